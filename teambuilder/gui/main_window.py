"""The main window: profile on one side, the plan, the comparison and the library on the other.

The window wires the pieces together and owns the plan's life cycle (new, open, save,
unsaved changes). The engine decides; the window only asks it again when the profile,
the costs or the language changed, a moment after the last change.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teambuilder import APP_NAME
from teambuilder.domain.catalogue import Catalogue, CatalogueError, load_catalogue
from teambuilder.domain.costs import CostFileError, CostTable, apply_overrides, default_costs
from teambuilder.domain.planfile import PLAN_SUFFIX, Plan, PlanFileError, load_plan, save_plan
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import Recommendation
from teambuilder.gui import i18n
from teambuilder.gui.document import PlanDocument, WindowState
from teambuilder.gui.file_errors import open_error_texts, save_error_texts
from teambuilder.gui.formatting import isolate_always
from teambuilder.gui.profile_panel import DEFAULT_PROFILE, ProfilePanel
from teambuilder.gui.team_view import TeamView

VIEWS: tuple[str, ...] = ("team", "compare", "library")
"""Names of the views, in tab order (the ``--view`` launch option uses them)."""

DEFAULT_SIZE = (1280, 800)
RECOMPUTE_DELAY_MS = 0
"""Changes made in one pass of the event loop are coalesced into one re-plan; no more delay,
since a re-plan and repaint fit in about a frame (bench/run.py, gui_update)."""

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fa": "فارسی",
    "ar": "العربية",
    "ro": "Română",
    "vi": "Tiếng Việt",
}
"""Each language named in itself, as language menus do."""


def _placeholder(object_name: str) -> QWidget:
    """A temporary empty view until the real one lands in the code base."""
    widget = QWidget()
    widget.setObjectName(object_name)
    layout = QVBoxLayout(widget)
    label = QLabel(QCoreApplication.translate("MainWindow", "This view is not available yet."))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(label)
    return widget


class _ViewPage(QWidget):
    """A tab page that builds its view the first time the view is needed: shown, or asked
    for by the window. Most sessions start on the plan, so starting does not pay for views
    that are not on screen.

    Until the view exists the page carries the view's object name, so the window always
    has a widget of that name; then the view has it, and the page is ``<name>Page``.
    """

    def __init__(self, name: str, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self.setObjectName(name)
        self._name = name
        self._build = build
        self._view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def view(self) -> QWidget:
        """The view, built now if it was not yet."""
        if self._view is None:
            view = self._build()
            self.setObjectName(self._name + "Page")
            layout = self.layout()
            assert layout is not None
            layout.addWidget(view)
            self._view = view
            if self.isVisible():
                view.show()
        return self._view

    def built_view(self) -> QWidget | None:
        """The view if it has been built, else None."""
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        """Build the view before the page is first painted."""
        self.view()
        super().showEvent(event)


def _dispose(dialog: QWidget) -> None:
    """Delete a dialog that has been answered: kept as a child of the window it would
    receive every later event (language, style) for the rest of the session. It may be
    gone already, if its window was closed while it was open."""
    with contextlib.suppress(RuntimeError):
        dialog.deleteLater()


def show_warning(parent: QWidget, text: str, detail: str, name: str = "") -> None:
    """Show a modal warning over ``parent`` (title TeamBuilder), then dispose of it.

    Args:
        text: the main sentence, translated.
        detail: the informative text: what it means and what to do.
        name: the box's object name, for tests and accessibility tools.
    """
    box = QMessageBox(parent)
    if name:
        box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(text)
    box.setInformativeText(detail)
    box.exec()
    _dispose(box)


class MainWindow(QMainWindow):
    """The TeamBuilder window.

    Signals:
        recommendationShown(Recommendation): a new plan is on screen.
    """

    recommendationShown = Signal(object)  # noqa: N815 (Qt naming)

    def __init__(self, lang: str = "en", state: WindowState | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._lang = lang
        self._state = state if state is not None else WindowState()
        self._catalogue = self._load_catalogue(lang)
        self._defaults: CostTable = default_costs()
        self._costs: CostTable = self._defaults
        self._rec: Recommendation | None = None
        self._last_key: tuple[Any, ...] | None = None
        self.document = PlanDocument(self)
        self.document.changed.connect(self._update_title)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)

        self._build_views()
        self._build_actions()
        self._build_menus()
        self.statusBar().setObjectName("statusBar")  # made now: status tips show at once
        self.retranslate()

        self.profile_panel.set_catalogue(self._catalogue)
        self.profile_panel.set_currency(self._costs.currency)
        self.profile_panel.profileChanged.connect(self._profile_changed)
        self.team_view.compareRequested.connect(self.compare)
        self._tabs.currentChanged.connect(self._tab_changed)

        self.resize(*DEFAULT_SIZE)
        self._restore_state()
        self._update_title()
        self.recompute()
        # Settle the layout now: a minimum size set after the window exists makes some
        # platforms (offscreen) warn, and costs a relayout on first show.
        layout = self.layout()
        if layout is not None:
            layout.activate()

    # --- construction ----------------------------------------------------------------

    def _build_views(self) -> None:
        self.profile_panel = ProfilePanel()
        left = QScrollArea(self)
        left.setObjectName("profileScroll")
        left.setWidget(self.profile_panel)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setMinimumWidth(self.profile_panel.minimumSizeHint().width() + 24)

        self.team_view = TeamView()
        self._compare_page = _ViewPage("compareView", self._make_compare_view)
        self._library_page = _ViewPage("roleLibrary", self._make_role_library)

        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("views")
        self._tabs.setDocumentMode(True)
        self._tabs.addTab(self.team_view, "")
        self._tabs.addTab(self._compare_page, "")
        self._tabs.addTab(self._library_page, "")
        # A fixed minimum: the views scroll, so their content never resizes the window.
        self._tabs.setMinimumSize(560, 360)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("mainSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(left)
        self._splitter.addWidget(self._tabs)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([300, 980])
        self.setCentralWidget(self._splitter)
        self.setTabOrder(self.profile_panel, self._tabs)

    @property
    def compare_view(self) -> QWidget:
        """The Compare view (built on first use)."""
        return self._compare_page.view()

    @property
    def role_library(self) -> QWidget:
        """The Role library view (built on first use)."""
        return self._library_page.view()

    def _make_compare_view(self) -> QWidget:
        try:
            from teambuilder.gui.compare_view import CompareView
        except ImportError:
            return _placeholder("compareView")
        view = CompareView()
        view.set_catalogue(self._catalogue)
        return view

    def _make_role_library(self) -> QWidget:
        try:
            from teambuilder.gui.role_library import RoleLibrary
        except ImportError:
            return _placeholder("roleLibrary")
        library = RoleLibrary()
        library.set_catalogue(self._catalogue)
        library.compareRequested.connect(self.compare)
        return library

    def _action(self, name: str, slot: Any,
                shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("actionNew", self.new_plan, keys.New)
        self.open_action = self._action("actionOpen", self._open_dialog, keys.Open)
        self.save_action = self._action("actionSave", self.save, keys.Save)
        self.save_as_action = self._action("actionSaveAs", self.save_as, keys.SaveAs)
        if not self.save_as_action.shortcuts():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.export_pdf_action = self._action("actionExportPdf", self.export_pdf, "Ctrl+E")
        self.export_csv_action = self._action("actionExportCsv", self.export_csv,
                                              "Ctrl+Shift+E")
        self.print_action = self._action("actionPrint", self.print_plan, keys.Print)
        self.quit_action = self._action("actionQuit", self.close, keys.Quit)
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.costs_action = self._action("actionCosts", self.edit_costs, "Ctrl+K")
        self.view_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for number, view in enumerate(VIEWS, start=1):
            action = self._action(f"actionView_{view}",
                                  lambda _=False, v=view: self.show_view(v), f"Ctrl+{number}")
            action.setCheckable(True)
            group.addAction(action)
            self.view_actions[view] = action
        self.view_actions["team"].setChecked(True)
        self.language_actions: dict[str, QAction] = {}
        language_group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = self._action(f"actionLanguage_{code}",
                                  lambda _=False, c=code: self.set_language(c))
            action.setText(name)
            action.setCheckable(True)
            action.setChecked(code == self._lang)
            language_group.addAction(action)
            self.language_actions[code] = action
        self.shortcuts_action = self._action("actionShortcuts", self.show_shortcuts,
                                             keys.HelpContents)
        self.about_action = self._action("actionAbout", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.clear_recent_action = self._action("actionClearRecent", self._clear_recent)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for action in (self.new_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addAction(self.export_csv_action)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.costs_action)

        self.view_menu = bar.addMenu("")
        for action in self.view_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    # --- language ------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every fixed text of the window in the current language."""
        tr = QCoreApplication.translate
        self.file_menu.setTitle(tr("MainWindow", "&File"))
        self.new_action.setText(tr("MainWindow", "&New"))
        self.new_action.setStatusTip(tr("MainWindow", "Start a new plan."))
        self.open_action.setText(tr("MainWindow", "&Open..."))
        self.open_action.setStatusTip(tr("MainWindow", "Open a saved plan."))
        self.recent_menu.setTitle(tr("MainWindow", "Open &Recent"))
        self.clear_recent_action.setText(tr("MainWindow", "&Clear Menu"))
        self.save_action.setText(tr("MainWindow", "&Save"))
        self.save_action.setStatusTip(tr("MainWindow", "Save the plan."))
        self.save_as_action.setText(tr("MainWindow", "Save &As..."))
        self.save_as_action.setStatusTip(tr("MainWindow", "Save the plan under a new name."))
        self.export_pdf_action.setText(tr("MainWindow", "Export &PDF..."))
        self.export_pdf_action.setStatusTip(tr("MainWindow", "Write the plan as a PDF report."))
        self.export_csv_action.setText(tr("MainWindow", "Export &CSV..."))
        self.export_csv_action.setStatusTip(tr("MainWindow", "Write the team lines as a CSV "
                                                             "spreadsheet file."))
        self.print_action.setText(tr("MainWindow", "P&rint..."))
        self.print_action.setStatusTip(tr("MainWindow", "Print the plan."))
        self.quit_action.setText(tr("MainWindow", "&Quit"))
        self.edit_menu.setTitle(tr("MainWindow", "&Edit"))
        self.costs_action.setText(tr("MainWindow", "&Cost Assumptions..."))
        self.costs_action.setStatusTip(tr("MainWindow", "See and change the salaries and rates "
                                                        "the plan is costed with."))
        self.view_menu.setTitle(tr("MainWindow", "&View"))
        view_names = self.view_titles()
        for view, action in self.view_actions.items():
            action.setText(view_names[view])
        for index, view in enumerate(VIEWS):
            self._tabs.setTabText(index, view_names[view].replace("&", ""))
        self.language_menu.setTitle(tr("MainWindow", "&Language"))
        self.help_menu.setTitle(tr("MainWindow", "&Help"))
        self.shortcuts_action.setText(tr("MainWindow", "&Keyboard Shortcuts"))
        self.about_action.setText(tr("MainWindow", "&About TeamBuilder"))
        self._update_title()

    @staticmethod
    def view_titles() -> dict[str, str]:
        """The translated name of each view, with its menu mnemonic."""
        tr = QCoreApplication.translate
        return {
            "team": tr("MainWindow", "Recommended &Team"),
            "compare": tr("MainWindow", "&Compare Roles"),
            "library": tr("MainWindow", "Role &Library"),
        }

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def language(self) -> str:
        """The interface and content language code."""
        return self._lang

    def set_language(self, lang: str) -> None:
        """Switch the interface, the catalogue and the engine's texts to ``lang``, and use
        it again on the next start."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install_language(app, lang)
        i18n.remember_language(lang)
        self._lang = lang
        self._catalogue = self._load_catalogue(lang)
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
        self.profile_panel.set_catalogue(self._catalogue)
        for page in (self._compare_page, self._library_page):
            # A view built later gets the catalogue of its time.
            setter = getattr(page.built_view(), "set_catalogue", None)
            if setter is not None:
                setter(self._catalogue)
        self.retranslate()
        self.recompute()

    # --- the plan --------------------------------------------------------------------

    def catalogue(self) -> Catalogue:
        """The role catalogue in the current language."""
        return self._catalogue

    def costs(self) -> CostTable:
        """The cost table in use (defaults with the plan's overrides)."""
        return self._costs

    def recommendation(self) -> Recommendation | None:
        """The plan on screen."""
        return self._rec

    def _profile_changed(self, _profile: Profile) -> None:
        self.document.set_dirty(True)
        self._timer.start()

    def recompute(self) -> None:
        """Ask the engine for a plan if the profile, costs or language changed."""
        self._timer.stop()
        profile = self.profile_panel.profile()
        key = (profile, self._costs, self._lang)
        if key == self._last_key:
            return
        from teambuilder.domain.engine import recommend

        try:
            rec = recommend(profile, self._catalogue, self._costs, lang=self._lang)
        except ValueError as error:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "No plan could be worked out for these answers, so the plan "
                              "shown has not changed: %1").replace(
                    "%1", isolate_always(str(error))))
            return
        self._last_key = key
        self._rec = rec
        self.team_view.set_recommendation(rec, self._catalogue)
        self.recommendationShown.emit(rec)

    def _load_catalogue(self, lang: str) -> Catalogue:
        try:
            return load_catalogue(lang)
        except CatalogueError as error:
            print(f"teambuilder: {error}; using English", file=sys.stderr)
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The role descriptions in this language cannot be read, so "
                              "the English ones are shown: %1").replace(
                    "%1", isolate_always(str(error))))
            return load_catalogue("en")

    # --- views -----------------------------------------------------------------------

    def show_view(self, view: str) -> None:
        """Bring ``view`` (one of :data:`VIEWS`) to the front."""
        self._tabs.setCurrentIndex(VIEWS.index(view))

    def current_view(self) -> str:
        """The name of the view in front."""
        return VIEWS[max(0, self._tabs.currentIndex())]

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(VIEWS):
            self.view_actions[VIEWS[index]].setChecked(True)
        if VIEWS[index] == "compare":
            selection = getattr(self.compare_view, "selection", None)
            if selection is not None and not selection():
                self._suggest_comparison()

    def _suggest_comparison(self) -> None:
        """Start an empty comparison from the plan: its combined role against the
        specialists, or else the roles the plan staffs."""
        rec = self._rec
        ids: list[str] = []
        if rec is not None:
            for row in range(len(rec.team)):
                ids = self.team_view.compare_ids(row)
                if ids:
                    break
            if not ids:
                ids = list(dict.fromkeys(line.entry_id for line in rec.team))[:4]
        if len(ids) >= 2:
            setter = getattr(self.compare_view, "set_selection", None)
            if setter is not None:
                setter(ids)

    def compare(self, ids: list[str]) -> None:
        """Show the Compare view with these catalogue ids side by side."""
        setter = getattr(self.compare_view, "set_selection", None)
        if setter is not None:
            setter(list(ids))
        self.show_view("compare")

    # --- files -----------------------------------------------------------------------

    def _update_title(self) -> None:
        self.setWindowTitle(self.document.window_title())
        self.setWindowModified(self.document.dirty)

    def maybe_discard(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        if not self.document.dirty:
            return True
        tr = QCoreApplication.translate
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(tr("MainWindow", "Do you want to save the changes to “%1”?")
                    .replace("%1", self.document.display_name()))
        box.setInformativeText(tr("MainWindow", "Your changes will be lost if you don't "
                                                "save them."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        _dispose(box)
        if answer == buttons.Save:
            return self.save()
        return bool(answer == buttons.Discard)

    def new_plan(self) -> bool:
        """Start a new plan with the default profile (after asking about unsaved changes)."""
        if not self.maybe_discard():
            return False
        self._set_costs(None)
        self.profile_panel.set_profile(DEFAULT_PROFILE)
        self.document.reset()
        self.recompute()
        return True

    def _open_dialog(self) -> None:
        if not self.maybe_discard():
            return
        tr = QCoreApplication.translate
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("MainWindow", "Open Plan"), start,
            tr("MainWindow", "TeamBuilder plans (*%1)").replace("%1", PLAN_SUFFIX))
        if path:
            self.open_plan(Path(path), ask=False)

    def open_plan(self, path: Path, ask: bool = True) -> bool:
        """Open a plan file; on failure say why and leave the current plan as it was.

        Args:
            path: the ``.tbplan`` file.
            ask: ask about unsaved changes first.
        """
        if ask and not self.maybe_discard():
            return False
        try:
            plan = load_plan(path)
        except PlanFileError as error:
            self._error(*open_error_texts(error))
            return False
        self._show_plan(plan, Path(path), modified=False)
        self._state.add_recent(Path(path))
        return True

    def restore_plan(self, plan: Plan, path: Path | None) -> bool:
        """Show a plan recovered after a crash: its own file (if any), marked modified."""
        self._show_plan(plan, path, modified=True)
        return True

    def _show_plan(self, plan: Plan, path: Path | None, *, modified: bool) -> None:
        """Show ``plan``; cost assumptions that cannot be used give way to the built-in
        figures, said in the status bar, and the plan counts as modified."""
        label = str(path) if path else QCoreApplication.translate("MainWindow", "the plan")
        try:
            costs = (apply_overrides(self._defaults, plan.cost_overrides, label)
                     if plan.cost_overrides else self._defaults)
        except CostFileError as error:
            costs = self._defaults
            plan = plan.model_copy(update={"cost_overrides": None})
            modified = True
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The plan's cost assumptions cannot be used, so the built-in "
                              "figures are used instead: %1").replace(
                    "%1", isolate_always(str(error))))
        self._costs = costs
        self.profile_panel.set_currency(costs.currency)
        self.profile_panel.set_profile(plan.profile)
        self.document.adopt(plan, path)
        self.document.set_dirty(modified)
        self.recompute()

    def save(self) -> bool:
        """Save to the plan's file, or ask for one; True when saved."""
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there; True when saved."""
        tr = QCoreApplication.translate
        if self.document.path is not None:
            start = str(self.document.path)
        else:
            start = tr("MainWindow", "Marketing team plan") + PLAN_SUFFIX
        path, _ = QFileDialog.getSaveFileName(
            self, tr("MainWindow", "Save Plan"), start,
            tr("MainWindow", "TeamBuilder plans (*%1)").replace("%1", PLAN_SUFFIX))
        if not path:
            return False
        target = Path(path)
        if target.suffix != PLAN_SUFFIX:
            target = target.with_name(target.name + PLAN_SUFFIX)
        return self.save_to(target)

    def save_to(self, path: Path) -> bool:
        """Save the plan to ``path``; on failure say why (the old file stays intact)."""
        plan = self.document.to_plan(self.profile_panel.profile(), self._lang)
        try:
            saved = save_plan(plan, path)
        except PlanFileError as error:
            self._error(*save_error_texts(error))
            return False
        self.document.adopt(saved, Path(path))
        self._state.add_recent(Path(path))
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved to %1.").replace(
                "%1", isolate_always(str(path))),
            4000)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._state.recent_files()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not recent:
            empty = self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent plans"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(recent))

    def _open_recent(self, path: Path) -> None:
        if not self.maybe_discard():
            return
        if not self.open_plan(path, ask=False) and not path.exists():
            self._state.remove_recent(path)

    def _clear_recent(self) -> None:
        self._state.clear_recent()

    def _error(self, text: str, detail: str) -> None:
        show_warning(self, text, detail)

    # --- costs ---------------------------------------------------------------------

    def _costs_with(self, overrides: dict[str, Any] | None) -> CostTable:
        if not overrides:
            return self._defaults
        label = QCoreApplication.translate("MainWindow", "your cost assumptions")
        return apply_overrides(self._defaults, overrides, label)

    def _set_costs(self, overrides: dict[str, Any] | None) -> None:
        self._costs = self._costs_with(overrides)
        self.document.cost_overrides = dict(overrides) if overrides else None
        self.profile_panel.set_currency(self._costs.currency)

    def edit_costs(self) -> None:
        """Open the cost assumptions editor; apply what the user accepts."""
        try:
            from teambuilder.gui.cost_dialog import CostDialog
        except ImportError:
            self._not_yet()
            return
        dialog = CostDialog(self._defaults, self.document.cost_overrides, self)
        accepted = dialog.exec() == CostDialog.DialogCode.Accepted
        overrides = dialog.overrides()
        _dispose(dialog)
        if not accepted:
            return
        if overrides == self.document.cost_overrides:
            return
        try:
            self._set_costs(overrides)
        except CostFileError as error:
            self._error(QCoreApplication.translate(
                "MainWindow", "These cost assumptions cannot be used."), isolate_always(str(error)))
            return
        self.document.set_dirty(True)
        self.recompute()

    # --- export, print, help -----------------------------------------------------------

    def _plan_title(self) -> str:
        return self.document.title or self.document.display_name()

    def _export_path(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        folder = self.document.path.parent if self.document.path else Path.home()
        start = folder / (self._plan_title() + suffix)
        path, _ = QFileDialog.getSaveFileName(self, caption, str(start), filter_text)
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == suffix else target.with_name(
            target.name + suffix)

    def export_pdf(self) -> None:
        """Write the plan as a PDF report chosen in a file dialog."""
        if self._rec is None:
            return
        try:
            from teambuilder.gui.export import export_pdf
        except ImportError:
            self._not_yet()
            return
        tr = QCoreApplication.translate
        path = self._export_path(tr("MainWindow", "Export PDF"), ".pdf",
                                 tr("MainWindow", "PDF documents (*.pdf)"))
        if path is None:
            return
        try:
            export_pdf(path, self._rec, self._catalogue, self._costs, self._plan_title(),
                       self._lang)
        except OSError as error:
            self._error(tr("MainWindow", "The PDF could not be written."),
                        isolate_always(str(error)))
            return
        self.statusBar().showMessage(tr("MainWindow", "Exported to %1.").replace(
            "%1", isolate_always(str(path))), 4000)

    def export_csv(self) -> None:
        """Write the team lines as CSV to a file chosen in a file dialog."""
        if self._rec is None:
            return
        try:
            from teambuilder.gui.export import export_csv
        except ImportError:
            self._not_yet()
            return
        tr = QCoreApplication.translate
        path = self._export_path(tr("MainWindow", "Export CSV"), ".csv",
                                 tr("MainWindow", "CSV files (*.csv)"))
        if path is None:
            return
        try:
            export_csv(path, self._rec, self._catalogue)
        except OSError as error:
            self._error(tr("MainWindow", "The CSV file could not be written."),
                        isolate_always(str(error)))
            return
        self.statusBar().showMessage(tr("MainWindow", "Exported to %1.").replace(
            "%1", isolate_always(str(path))), 4000)

    def print_plan(self) -> None:
        """Print the plan through the system print dialog."""
        if self._rec is None:
            return
        try:
            from teambuilder.gui.export import print_plan
        except ImportError:
            self._not_yet()
            return
        print_plan(self, self._rec, self._catalogue, self._costs, self._plan_title(),
                   self._lang)

    def show_about(self) -> None:
        """Show the About dialog."""
        try:
            from teambuilder.gui.dialogs import AboutDialog
        except ImportError:
            self._not_yet()
            return
        dialog = AboutDialog(self)
        dialog.exec()
        _dispose(dialog)

    def show_shortcuts(self) -> None:
        """Show the keyboard shortcuts."""
        try:
            from teambuilder.gui.dialogs import ShortcutsDialog
        except ImportError:
            self._not_yet()
            return
        dialog = ShortcutsDialog(self)
        dialog.exec()
        _dispose(dialog)

    def _not_yet(self) -> None:
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "This feature is not available yet."), 4000)

    # --- window state ------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._state.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self._state.splitter()
        if splitter is not None:
            self._splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        """Remember the geometry and the splitter for the next start."""
        self._state.set_geometry(self.saveGeometry())
        self._state.set_splitter(self._splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, then remember the window state."""
        if not self.maybe_discard():
            event.ignore()
            return
        with contextlib.suppress(OSError):
            self.save_window_state()
        event.accept()
