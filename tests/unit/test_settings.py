"""Settings: typed, versioned, saved atomically, an unreadable file set aside."""

from pathlib import Path

from mentordesk.settings import Settings, SettingsStore


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    assert SettingsStore(tmp_path / "settings.json").load() == Settings()


def test_saved_settings_come_back(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "nested" / "settings.json")
    store.save(Settings(first_run_done=True, current_user="ana"))
    assert store.load() == Settings(first_run_done=True, current_user="ana")


def test_an_unreadable_file_is_kept_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert SettingsStore(path).load() == Settings()
    assert (tmp_path / "settings.unreadable.json").read_text(encoding="utf-8") == "{not json"


def test_a_newer_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 99, "first_run_done": true}', encoding="utf-8")
    assert SettingsStore(path).load() == Settings()
    assert path.exists()
