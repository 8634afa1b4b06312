"""An engine error while re-planning is a translated sentence in the status bar, with the
engine's English explanation isolated, and the plan on screen stays as it was."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from teambuilder.domain import engine
from teambuilder.domain.profile import Profile
from teambuilder.gui import i18n
from teambuilder.gui.main_window import MainWindow

DETAIL = "profile.have names an unknown role id: 'chief_vibes_officer'"


@pytest.mark.parametrize("lang", ["en", "fa", "ar", "ro", "vi"])
def test_engine_error_is_a_translated_sentence_with_the_detail_isolated(
        window: MainWindow, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        lang: str) -> None:
    i18n.install_language(qapp, lang)
    before = window.recommendation()
    assert before is not None

    def failing(*_args: object, **_kwargs: object) -> object:
        raise ValueError(DETAIL)

    monkeypatch.setattr(engine, "recommend", failing)
    window.profile_panel.set_profile(Profile(size=77, focus="b2c", budget=12345))
    window.recompute()
    message = window.statusBar().currentMessage()
    assert f"\u2068{DETAIL}\u2069" in message, message
    sentence = message.replace(f"\u2068{DETAIL}\u2069", "")
    if lang == "en":
        assert sentence.startswith("No plan could be worked out for these answers")
    else:  # the sentence around the detail is in the language, not English
        assert "No plan could be worked out" not in sentence
        assert any(not ch.isascii() for ch in sentence), sentence
    assert window.recommendation() is before  # the plan shown has not changed
