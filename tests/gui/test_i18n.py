"""Choosing and installing the interface language."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from teambuilder.gui import i18n


@pytest.mark.parametrize(("code", "expected"), [
    ("fa_IR", "fa"), ("ro-RO", "ro"), ("VI", "vi"), ("ar_EG.UTF-8", "ar"), ("en", "en"),
    ("de_DE", None), ("", None),
])
def test_normalise(code: str, expected: str | None) -> None:
    assert i18n.normalise(code) == expected


def test_an_explicit_language_wins_and_unknown_ones_fall_back() -> None:
    assert i18n.choose_language("vi") == "vi"
    assert i18n.choose_language("xx") == i18n.system_language()
    assert i18n.system_language() in ("en", "fa", "ar", "ro", "vi")


@pytest.mark.parametrize(("lang", "direction"), [
    ("fa", Qt.LayoutDirection.RightToLeft), ("ar", Qt.LayoutDirection.RightToLeft),
    ("ro", Qt.LayoutDirection.LeftToRight), ("en", Qt.LayoutDirection.LeftToRight),
])
def test_installing_sets_direction_and_number_format(qapp: QApplication, lang: str,
                                                     direction: Qt.LayoutDirection) -> None:
    i18n.install_language(qapp, lang)
    assert QApplication.layoutDirection() == direction
    assert QLocale().language() == i18n.locale_for(lang).language()


def test_persian_numbers_use_persian_digits(qapp: QApplication) -> None:
    i18n.install_language(qapp, "fa")
    assert QLocale().toString(1234) == "\u06f1\u066c\u06f2\u06f3\u06f4"  # 1,234


@pytest.mark.parametrize(("lang", "save", "discard", "cancel", "yes"), [
    ("fa", "ذخیره", "دورانداختن", "انصراف", "&بله"),  # Qt's own qtbase_fa
    ("ro", "Salvează", "Nu salva", "Anulează", "&Da"),  # resources/i18n/qtbase_ro
    ("vi", "Lưu", "Không lưu", "Hủy", "&Có"),  # resources/i18n/qtbase_vi
])
def test_standard_buttons_follow_the_language(qapp: QApplication, lang: str, save: str,
                                              discard: str, cancel: str, yes: str) -> None:
    """The unsaved-changes question and the dialogs' buttons are not left in English."""
    i18n.install_language(qapp, lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Discard
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes)
    try:
        texts = [button.text() for button in (
            box.button(QDialogButtonBox.StandardButton.Save),
            box.button(QDialogButtonBox.StandardButton.Discard),
            box.button(QDialogButtonBox.StandardButton.Cancel),
            box.button(QDialogButtonBox.StandardButton.Yes))]
    finally:
        box.deleteLater()
    # Some platform themes (GNOME) add their own mnemonics: compare without them.
    assert [t.replace("&", "") for t in texts] == [
        t.replace("&", "") for t in (save, discard, cancel, yes)]


def _update_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", Path(__file__).resolve().parents[2] / "scripts"
        / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["ro", "vi"])
def test_shipped_qt_translation_is_complete_and_built_from_its_ts(lang: str,
                                                                  tmp_path: Path) -> None:
    ut = _update_translations()
    assert lang in ut.QT_TS_LANGUAGES
    root = ElementTree.parse(ut.qt_ts_path(lang)).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if not (m.findtext("translation") or "").strip()
                  or m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []
    built = tmp_path / ut.qt_qm_path(lang).name
    ut.lrelease(ut.qt_ts_path(lang), built)
    assert ut.qt_qm_path(lang).read_bytes() == built.read_bytes(), (
        "run python scripts/update_translations.py --release")
