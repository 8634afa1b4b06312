"""Choosing and installing the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

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
