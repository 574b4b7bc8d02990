"""Settings ▸ Shared Team Database: the PostgreSQL server every install opens, with a
connection test that runs off the GUI thread."""

from __future__ import annotations

import getpass
import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mentordesk.errors import ValidationError
from mentordesk.services.team_database import DEFAULT_PORT, ServerAddress, TeamDatabaseService
from mentordesk.ui.common.background import Background, Known, UnexpectedError, plain
from mentordesk.ui.common.file_dialogs import open_path
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tones import ERROR, GOOD, Tone, tint
from mentordesk.ui.common.translation import translate

log = logging.getLogger(__name__)


class TeamDatabaseDialog(FormDialog):
    """Choose the shared team database (or this computer's own), test it, keep its
    password in the system keyring if asked."""

    def __init__(
        self, team: TeamDatabaseService, now_open: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("TeamDatabaseDialog", "Shared Team Database"),
            parent,
            action=translate("TeamDatabaseDialog", "Us&e This Database"),
        )
        self._team = team
        self.chose_local = False
        self._tasks = Background(self)
        chosen = team.configured()
        self.intro = plain_label(
            translate(
                "TeamDatabaseDialog",
                "A team can keep every pair's log in one PostgreSQL database: each install "
                "opens it instead of this computer's own file. Private notes always stay on "
                "this computer.\n\nOpen now: {now_open}.",
            ).format(now_open=now_open),
            wrap=True,
        )
        self.form.addRow(self.intro)
        if team.override:
            overridden = plain_label(
                translate(
                    "TeamDatabaseDialog",
                    "This run was started with --db or MENTORDESK_DB, which wins over the "
                    "choice made here.",
                ),
                wrap=True,
            )
            tint(overridden, ERROR)
            self.form.addRow(overridden)
        self.host = QLineEdit(chosen.host if chosen else "")
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(chosen.port if chosen else DEFAULT_PORT)
        self.database = QLineEdit(chosen.database if chosen else "mentordesk")
        self.user = QLineEdit(chosen.user if chosen else _login_name())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            translate(
                "TeamDatabaseDialog",
                "&Remember the password in the system keyring",
            )
        )
        keyring = team.keyring_available()
        saved = keyring and chosen is not None and team.has_saved_password(chosen)
        self.password.setPlaceholderText(
            translate("TeamDatabaseDialog", "kept in the system keyring")
            if saved
            else translate("TeamDatabaseDialog", "empty: from ~/.pgpass or PGPASSWORD")
        )
        self.remember.setChecked(saved)
        self.remember.setEnabled(keyring)
        self.add_field("host", translate("TeamDatabaseDialog", "&Server:"), self.host)
        self.add_field("port", translate("TeamDatabaseDialog", "&Port:"), self.port)
        self.add_field("database", translate("TeamDatabaseDialog", "&Database:"), self.database)
        self.add_field("user", translate("TeamDatabaseDialog", "&User:"), self.user)
        self.add_field(
            "password",
            translate("TeamDatabaseDialog", "Pass&word:"),
            self.password,
            hint=(
                translate(
                    "TeamDatabaseDialog",
                    "MentorDesk never writes a password to its own files or logs.",
                )
                if keyring
                else translate(
                    "TeamDatabaseDialog",
                    "There is no system keyring here: put the password in ~/.pgpass "
                    "(libpq's own file) or PGPASSWORD, and leave this empty.",
                )
            ),
        )
        self.form.addRow("", self.remember)
        self._add_ca_row(chosen.ca_file if chosen else "")
        self.test_result = plain_label(wrap=True)
        self.test_result.setObjectName("test_result")
        self.form.addRow(self.test_result)
        self._add_buttons(has_choice=chosen is not None)
        self.setMinimumWidth(520)

    def _add_buttons(self, *, has_choice: bool) -> None:
        self.test_button = QPushButton(translate("TeamDatabaseDialog", "&Test Connection"))
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test_connection)
        self.local_button: QPushButton | None = None
        if has_choice:
            self.local_button = QPushButton(
                translate("TeamDatabaseDialog", "Use This &Computer's Own Database")
            )
            # Its long text whole, whatever the language: the box would squeeze it first.
            self.local_button.setMinimumWidth(self.local_button.sizeHint().width())
            self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.local_button.clicked.connect(self._use_local)

    def _add_ca_row(self, ca_file: str) -> None:
        self.ca_file = QLineEdit(ca_file)
        self.ca_file.setPlaceholderText(
            translate(
                "TeamDatabaseDialog",
                "none: encrypted only if the server offers it",
            )
        )
        self.ca_file.setAccessibleName(
            translate("TeamDatabaseDialog", "The server's CA certificate file")
        )
        browse = QPushButton(translate("TeamDatabaseDialog", "&Browse…"))
        browse.setAccessibleName(
            translate(
                "TeamDatabaseDialog",
                "Choose the server's CA certificate file",
            )
        )
        browse.clicked.connect(self._choose_ca_file)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_file, 1)
        ca_layout.addWidget(browse)
        self.add_field(
            "ca_file",
            translate("TeamDatabaseDialog", "C&A certificate:"),
            ca_row,
            hint=translate(
                "TeamDatabaseDialog",
                "From the team lead: with it, the connection is always encrypted and "
                "the server's certificate checked against it (libpq's verify-full).",
            ),
        )

    def address(self) -> ServerAddress:
        """The server the form describes."""
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.ca_file.text().strip(),
        )

    def test_connection(self) -> None:
        """Connect once in the background and say what was found."""
        self._clear()
        try:
            self.address().check()
        except ValidationError as error:
            self._show(error)
            return
        self.test_button.setEnabled(False)
        self._say(
            translate("TeamDatabaseDialog", "Connecting to {host}…").format(
                host=self.host.text().strip() or translate("TeamDatabaseDialog", "the server")
            ),
            None,
        )
        address, password = self.address(), self.password.text()
        self._tasks.run(
            lambda: self._team.test(address, password),
            lambda said: self._tested(True, said),
            lambda error: self._tested(False, _message(error)),
            progress=translate("TeamDatabaseDialog", "Testing the connection…"),
            window=self,
        )

    def testing(self) -> bool:
        """True while a connection test runs."""
        return not self.test_button.isEnabled()

    def submit(self) -> None:
        self._team.use(self.address(), self.password.text(), remember=self.remember.isChecked())

    def done(self, result: int) -> None:
        self._tasks.wait()
        super().done(result)

    def _tested(self, worked: bool, said: str) -> None:
        self.test_button.setEnabled(True)
        self._say(("✓ " if worked else "✗ ") + said, GOOD if worked else ERROR)

    def _say(self, text: str, tone: Tone | None) -> None:
        self.test_result.setText(text)
        tint(self.test_result, tone)
        self.adjustSize()

    def _choose_ca_file(self) -> None:
        chosen = open_path(
            self,
            translate("TeamDatabaseDialog", "The Server's CA Certificate"),
            translate("TeamDatabaseDialog", "Certificates (*.crt *.pem);;All files (*)"),
        )
        if chosen is not None:
            self.ca_file.setText(str(chosen))

    def _use_local(self) -> None:
        self._team.stop_using()
        self.chose_local = True
        self.accept()


def _message(error: Known) -> str:
    if isinstance(error, UnexpectedError):  # a bug, logged and shown by the crash dialog
        return translate(
            "TeamDatabaseDialog",
            "The test itself failed. The details are in the log.",
        )
    return plain(error)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name to be found
        return ""
