"""Interface language: choose it, format for it, and install Qt's translators for it.

The language comes from ``--lang`` when given, otherwise from the system locale, and falls
back to English. Installing a language sets the default :class:`QLocale` (numbers and money),
the layout direction (right to left for Persian and Arabic) and loads
``teambuilder_<lang>.qm`` from ``resources/i18n/`` plus Qt's own ``qtbase_<lang>.qm`` when
they exist, so standard dialogs and buttons follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from teambuilder.domain.catalogue import LANGUAGES
from teambuilder.domain.resources import resource

RTL_LANGUAGES: frozenset[str] = frozenset({"fa", "ar"})
"""Languages written right to left."""

DEFAULT_LANGUAGE = "en"

_installed: list[QTranslator] = []


def normalise(code: str) -> str | None:
    """Turn ``fa_IR``, ``ro-RO`` or ``VI`` into a supported language code, or None."""
    base = code.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The first supported language among the system's UI languages, else English."""
    for name in QLocale.system().uiLanguages():
        lang = normalise(name)
        if lang is not None:
            return lang
    return DEFAULT_LANGUAGE


def choose_language(requested: str | None) -> str:
    """The language to use: the requested one if supported, else the system's."""
    if requested:
        lang = normalise(requested)
        if lang is not None:
            return lang
    return system_language()


def locale_for(lang: str) -> QLocale:
    """The locale used to format numbers and money for ``lang``."""
    names = {"en": "en_US", "fa": "fa_IR", "ar": "ar_SA", "ro": "ro_RO", "vi": "vi_VN"}
    return QLocale(names.get(lang, lang))


def is_right_to_left(lang: str) -> bool:
    """True for languages laid out right to left."""
    return lang in RTL_LANGUAGES


def install_language(app: QApplication, lang: str) -> None:
    """Make ``lang`` the application's language: locale, direction and translators.

    Safe to call again with another language: the previous translators are removed first,
    and Qt then sends a LanguageChange event to every widget.
    """
    QLocale.setDefault(locale_for(lang))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_right_to_left(lang) else Qt.LayoutDirection.LeftToRight
    )
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang == DEFAULT_LANGUAGE:
        return
    own = QTranslator(app)
    folder = resource("i18n")
    qm = folder / f"teambuilder_{lang}.qm"
    if qm.is_file() and own.load(str(qm)):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        QCoreApplication.installTranslator(qtbase)
        _installed.append(qtbase)
