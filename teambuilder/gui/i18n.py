"""Interface language: choose it, remember it, format for it, and install Qt's translators.

The language comes from ``--lang`` when given, otherwise from the language chosen in the
View menu last time (``preferences.json``), otherwise from the system locale, and falls back
to English. Installing a language sets the default :class:`QLocale` (numbers and money, with
Persian or Arabic-Indic digits where the locale uses them), the layout direction (right to
left for Persian and Arabic), the font (Vazirmatn, shipped in ``resources/fonts``, for
Persian and Arabic, or as the fallback for Arabic script where the system has no font for
it) and loads ``teambuilder_<lang>.qm`` from ``resources/i18n/`` plus Qt's own
``qtbase_<lang>.qm`` when they exist, so standard dialogs and buttons follow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from teambuilder.domain import preferences
from teambuilder.domain.catalogue import LANGUAGES
from teambuilder.domain.resources import resource

RTL_LANGUAGES: frozenset[str] = frozenset({"fa", "ar"})
"""Languages written right to left."""

DEFAULT_LANGUAGE = "en"

ARABIC_SCRIPT_FONT = "Vazirmatn"
"""The shipped font family for Persian and Arabic (SIL Open Font License 1.1)."""
FONT_FILES: tuple[str, ...] = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")

_LOCALES: dict[str, str] = {
    "en": "en_US", "fa": "fa_IR", "ar": "ar_SA", "ro": "ro_RO", "vi": "vi_VN",
}

_installed: list[QTranslator] = []
_translation_data: list[bytes] = []
_font_state: dict[str, list[str] | bool] = {}


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
    """The language to use: the requested one if supported, else the one chosen last time
    in the View menu, else the system's."""
    if requested:
        lang = normalise(requested)
        if lang is not None:
            return lang
    return preferences.remembered_language() or system_language()


def remember_language(lang: str) -> bool:
    """Use ``lang`` on the next start too; False if the preference could not be saved."""
    return preferences.remember_language(lang)


def locale_for(lang: str) -> QLocale:
    """The locale used to format numbers and money for ``lang``."""
    return QLocale(_LOCALES.get(lang, lang))


def is_right_to_left(lang: str) -> bool:
    """True for languages laid out right to left."""
    return lang in RTL_LANGUAGES


def qm_file(lang: str) -> str:
    """The path of TeamBuilder's compiled translation for ``lang`` (it may not exist)."""
    return str(resource("i18n", f"teambuilder_{lang}.qm"))


def _system_has_arabic_font() -> bool:
    """Whether the system itself has a font for Arabic script (looked up once, before
    Vazirmatn is registered)."""
    known = _font_state.get("system_arabic")
    if not isinstance(known, bool):
        known = any(family != ARABIC_SCRIPT_FONT for family in
                    QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))
        _font_state["system_arabic"] = known
    return known


def register_arabic_script_font() -> bool:
    """Make the shipped Vazirmatn font available to the application (once).

    Returns:
        True when the font family can be used.
    """
    if _font_state.get("registered") is True:
        return True
    ok = True
    for name in FONT_FILES:
        ok = QFontDatabase.addApplicationFont(str(resource("fonts", name))) >= 0 and ok
    if ok:
        _font_state["registered"] = True
    return ok


def _apply_font(app: QApplication, lang: str) -> None:
    """Put Vazirmatn first for Persian and Arabic, last (a fallback) when needed elsewhere."""
    base = _font_state.get("base")
    if not isinstance(base, list):
        base = [f for f in app.font().families() if f != ARABIC_SCRIPT_FONT]
        _font_state["base"] = base
    rtl = is_right_to_left(lang)
    system_font = _system_has_arabic_font()
    if rtl or not system_font:
        register_arabic_script_font()
    if _font_state.get("registered") is not True:
        families = list(base)
    elif rtl:
        families = [ARABIC_SCRIPT_FONT, *base]
    else:
        families = list(base) if system_font else [*base, ARABIC_SCRIPT_FONT]
    font = QFont(app.font())
    if font.families() != families:
        font.setFamilies(families)
        app.setFont(font)


def install_language(app: QApplication, lang: str) -> None:
    """Make ``lang`` the application's language: locale, direction, font and translators.

    Safe to call again with another language: the previous translators are removed first,
    and Qt then sends a LanguageChange event to every widget.
    """
    QLocale.setDefault(locale_for(lang))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_right_to_left(lang) else Qt.LayoutDirection.LeftToRight
    )
    _apply_font(app, lang)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _translation_data.clear()
    if lang == DEFAULT_LANGUAGE:
        return
    own = QTranslator(app)
    # Loaded from memory, not mapped from the file: replacing the .qm while the app runs
    # (an update, a rebuild) must not crash it. Qt does not copy the data: keep it alive.
    try:
        data = Path(qm_file(lang)).read_bytes()
    except OSError:
        data = b""
    if data and own.load(data):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
        _translation_data.append(data)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    # Qt ships no qtbase_ro/qtbase_vi: resources/i18n has the standard texts for those.
    if qtbase.load(f"qtbase_{lang}", qt_dir) or qtbase.load(
            f"qtbase_{lang}", str(resource("i18n"))):
        QCoreApplication.installTranslator(qtbase)
        _installed.append(qtbase)
