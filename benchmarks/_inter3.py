import sys, time, statistics
sys.argv = [sys.argv[0], "/tmp/b10/data", "{}", ""]
import interactions as I
from PySide6.QtWidgets import QApplication
from mentordesk.app import open_app
from mentordesk.ui.window.application import settle_memory, ui_state
from mentordesk.ui.window.main_window import MainWindow
qt = QApplication.instance() or QApplication([])
app = open_app(None)
window = MainWindow(app.services, app.settings, ui_state(app.paths))
window.show(); I.settle(qt, 3); settle_memory()
parts = {"show": [], "lane": [], "paint": [], "total": []}
for i in range(11):
    t0 = time.perf_counter()
    window.companions.show_team()
    t1 = time.perf_counter()
    team = window.companions.team_window
    team.lane.wait()
    t2 = time.perf_counter()
    qt.processEvents()
    qt.processEvents()
    t4 = time.perf_counter()
    parts["show"].append((t1-t0)*1000); parts["lane"].append((t2-t1)*1000); parts["paint"].append((t4-t2)*1000); parts["total"].append((t4-t0)*1000)
    team.hide(); qt.processEvents()
for k, v in parts.items(): print(k, round(statistics.median(v),1), round(min(v),1))
