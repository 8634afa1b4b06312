"""Help dialogs: About (version, data sources, licence) and the keyboard shortcuts."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from teambuilder import APP_NAME, __version__
from teambuilder.domain.catalogue import Catalogue, CatalogueError, load_catalogue
from teambuilder.domain.costs import CostFileError, CostTable, load_costs
from teambuilder.gui.formatting import format_year, isolate

LICENCE = "GPL-3.0-or-later"
"""The project's licence (pyproject.toml)."""


def _language() -> str:
    from teambuilder.gui.i18n import normalise

    return normalise(QLocale().name()) or "en"


def about_html(catalogue: Catalogue | None, costs: CostTable | None) -> str:
    """The About text: what the app does, where its content and figures come from, licence."""
    tr = QCoreApplication.translate

    def para(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"

    def heading(text: str) -> str:
        return f"<h3>{html.escape(text)}</h3>"

    parts = [para(tr(
        "AboutDialog",
        "TeamBuilder helps a small business decide which digital-marketing roles to hire, "
        "which to combine into one person and which to outsource, for its size, market and "
        "monthly budget. It works offline.",
    ))]
    if catalogue is not None:
        parts.append(heading(tr("AboutDialog", "Where the role content comes from")))
        parts.append(para(tr(
            "AboutDialog",
            "The roles, their ratings, pros, cons and advice are written in our own words "
            "from five articles in Persian, Arabic, Romanian and Vietnamese:",
        )))
        items = []
        for src in catalogue.sources:
            native = QLocale(src.language).nativeLanguageName() if src.language else ""
            lang = f" ({html.escape(native)})" if native else ""
            items.append(f"<li>{html.escape(src.title)}{lang}</li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    if costs is not None:
        parts.append(heading(tr("AboutDialog", "Where the cost figures come from")))
        parts.append(para(tr(
            "AboutDialog",
            "Default salaries and rates come from public sources; every figure can be changed "
            "under Edit > Cost Assumptions.",
        )))
        items = []
        for cost_src in costs.sources:
            year = (format_year(cost_src.year) if cost_src.year is not None
                    else tr("AboutDialog", "undated"))
            title = isolate(f"{cost_src.publisher}: {cost_src.title}")
            items.append(f"<li>{html.escape(title)} ({html.escape(year)})</li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    parts.append(heading(tr("AboutDialog", "Licence")))
    parts.append(para(tr("AboutDialog", "Free software under the {licence} licence.").replace(
        "{licence}", LICENCE)))
    parts.append(para(tr(
        "AboutDialog",
        "Persian and Arabic text is shown in the Vazirmatn font by Saber Rastikerdar, "
        "shipped under the SIL Open Font License 1.1.",
    )))
    return "".join(parts)


class AboutDialog(QDialog):
    """Name, version, what the app is for, its data sources and its licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        try:
            self._catalogue: Catalogue | None = load_catalogue(_language())
        except CatalogueError:
            self._catalogue = None
        try:
            self._costs: CostTable | None = load_costs()
        except CostFileError:
            self._costs = None

        self._icon = QLabel(self)
        icon = QGuiApplication.windowIcon()
        if not icon.isNull():
            self._icon.setPixmap(icon.pixmap(64, 64))
        self._icon.setVisible(not icon.isNull())
        self._title = QLabel(self)
        self._title.setObjectName("aboutTitle")
        self._title.setTextFormat(Qt.TextFormat.RichText)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self._title, 1)

        self._body = QTextBrowser(self)
        self._body.setObjectName("aboutText")
        self._body.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self._body, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and screen readers)."""
        return f"{self._title.text()}\n{self._body.toPlainText()}"

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        tr = QCoreApplication.translate
        self.setWindowTitle(tr("AboutDialog", "About {app}").replace("{app}", APP_NAME))
        version = tr("AboutDialog", "Version {version}").replace("{version}", __version__)
        # Rich text guesses each line's direction from its first letter: say it, so the
        # Latin name and the lists of English titles line up right to left in fa and ar.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        direction = "rtl" if rtl else "ltr"
        self._title.setText(
            f"<div dir='{direction}'><h2 style='margin:0'>{html.escape(APP_NAME)}</h2>"
            f"<p>{html.escape(version)}</p></div>"
        )
        option = self._body.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        self._body.document().setDefaultTextOption(option)
        self._body.setHtml(about_html(self._catalogue, self._costs))
        self._body.setAccessibleName(tr("AboutDialog", "About TeamBuilder"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow language and direction changes."""
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)


def _action_name(action: QAction) -> str:
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("...").removesuffix("\u2026").strip()


def window_shortcuts(window: QWidget | None) -> list[tuple[str, QKeySequence]]:
    """The named actions of ``window`` that have a shortcut, in the order they were made."""
    if window is None:
        return []
    found: list[tuple[str, QKeySequence]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        name = _action_name(action)
        if keys.isEmpty() or not name or name in seen:
            continue
        seen.add(name)
        found.append((name, keys))
    return found


class ShortcutsDialog(QDialog):
    """A table of the app's keyboard shortcuts.

    Args:
        parent: the main window; its actions are listed when ``shortcuts`` is None.
        shortcuts: (action name, key sequence) pairs to list instead.
    """

    def __init__(self, parent: QWidget | None = None,
                 shortcuts: list[tuple[str, QKeySequence | str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        pairs = shortcuts if shortcuts is not None else window_shortcuts(parent)
        self._pairs = [(name, QKeySequence(keys)) for name, keys in pairs]
        self._table = QTableWidget(len(self._pairs), 2, self)
        self._table.setObjectName("shortcutsTable")
        self._table.verticalHeader().setVisible(False)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setAlternatingRowColors(True)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (name, keys) in enumerate(self._pairs):
            self._table.setItem(row, 0, QTableWidgetItem(name))
            key_text = keys.toString(QKeySequence.SequenceFormat.NativeText)
            key_item = QTableWidgetItem(key_text)
            key_item.setData(Qt.ItemDataRole.AccessibleTextRole, key_text)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self._table.setItem(row, 1, key_item)
        # Fitted to the keys plus some air: fitted exactly, a translated "Ctrl+Shift+S"
        # (Persian, Arabic) touched the table's edge.
        self._table.resizeColumnToContents(1)
        air = 2 * self._table.fontMetrics().horizontalAdvance("MM")
        self._table.setColumnWidth(1, self._table.columnWidth(1) + air)
        self._empty = QLabel(self)
        self._empty.setVisible(not self._pairs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._empty)
        layout.addWidget(buttons)
        self.resize(460, 520)
        self.retranslate()

    def rows(self) -> list[tuple[str, str]]:
        """The listed (action, shortcut) texts, in order."""
        out = []
        for row in range(self._table.rowCount()):
            name, keys = self._table.item(row, 0), self._table.item(row, 1)
            out.append((name.text() if name else "", keys.text() if keys else ""))
        return out

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        tr = QCoreApplication.translate
        self.setWindowTitle(tr("ShortcutsDialog", "Keyboard Shortcuts"))
        self._table.setHorizontalHeaderLabels(
            [tr("ShortcutsDialog", "Action"), tr("ShortcutsDialog", "Shortcut")]
        )
        self._table.setAccessibleName(tr("ShortcutsDialog", "Keyboard shortcuts"))
        self._empty.setText(tr("ShortcutsDialog", "No keyboard shortcuts are defined."))

    def changeEvent(self, event: QEvent) -> None:
        """Follow language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
