"""Start-up: read the launch options, create the one QApplication, open the window.

Options are checked before Qt is even imported, so a mistake gets a one-line message on
stderr and exit status 2 at once. A plan file that cannot be opened is different: it
usually comes from a double-click, so the window opens and says what is wrong with it
(see :func:`main`). Slow modules (export, printing, dialogs) are imported only
when the user asks for them.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from teambuilder import APP_ID, APP_NAME, __version__
from teambuilder.domain.catalogue import LANGUAGES
from teambuilder.domain.planfile import PLAN_SUFFIX, Plan, PlanFileError, load_plan
from teambuilder.domain.profile import MAX_BUDGET, MAX_SIZE, MIN_SIZE

VIEWS = ("team", "compare", "library")
FOCUS_CHOICES = ("b2b", "b2c", "both")
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_PNG_QUALITY = 80
"""Qt's PNG writer turns this into zlib level 1: for pictures of the window (large flat
areas) that is about a third faster than the default level, and the files come out about
a tenth smaller, not larger."""


class UsageError(Exception):
    """A launch option is wrong; the message says which and why."""


class PlanOpenError(UsageError):
    """Every launch option is right, but the plan to open cannot be used.

    Attributes:
        options: the checked launch options. Without the plan when the file cannot be
            read (``plan_error`` says why); with it when only its cost assumptions are
            unusable (the window then opens it with the built-in figures and says so).
        plan_error: the plan file's own problem, or None.
    """

    def __init__(self, message: str, options: LaunchOptions,
                 plan_error: PlanFileError | None) -> None:
        super().__init__(message)
        self.options = options
        self.plan_error = plan_error


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line instead of usage text plus a message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


@dataclass
class LaunchOptions:
    """The checked launch options."""

    size: int | None = None
    focus: str | None = None
    budget: float | None = None
    lang: str | None = None
    plan_path: Path | None = None
    plan: Plan | None = None
    view: str | None = None
    compare: list[str] = field(default_factory=list)
    screenshot: Path | None = None
    plan_error: PlanFileError | None = None
    """A plan given at launch that could not be opened: the window says so once shown."""


def _parser() -> _Parser:
    parser = _Parser(
        prog="teambuilder",
        description="Plan a small business's digital-marketing team: which roles to hire, "
                    "combine or outsource.",
    )
    parser.add_argument("plan_file", nargs="?", metavar="PLAN" + PLAN_SUFFIX,
                        help="a plan to open")
    parser.add_argument("--size", metavar="N", help="company size (head count)")
    parser.add_argument("--focus", metavar="b2b|b2c|both", help="market focus")
    parser.add_argument("--budget", metavar="X", help="monthly budget for marketing people")
    parser.add_argument("--lang", metavar="CODE",
                        help="interface language: " + ", ".join(LANGUAGES))
    parser.add_argument("--open", metavar="PLAN" + PLAN_SUFFIX, dest="open_path",
                        help="a plan to open")
    parser.add_argument("--view", metavar="team|compare|library", help="the view to show")
    parser.add_argument("--compare", metavar="ID,ID[,ID,ID]",
                        help="two to four role ids to show side by side")
    parser.add_argument("--screenshot", metavar="PATH.png",
                        help="save a picture of the window at 1280x800 and exit")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def parse_options(args: list[str]) -> LaunchOptions:
    """Check the launch options without starting Qt.

    Raises:
        PlanOpenError: the options are right but the plan to open cannot be read, or its
            cost assumptions cannot be used; it carries the checked options.
        UsageError: an option is unknown, malformed or out of range; the message is one
            line naming the problem.
    """
    ns = _parser().parse_args(args)
    opts = LaunchOptions()
    if ns.size is not None:
        try:
            opts.size = int(ns.size)
        except ValueError:
            raise UsageError(f"--size must be a whole number of people, not {ns.size!r}") from None
        if not MIN_SIZE <= opts.size <= MAX_SIZE:
            raise UsageError(f"--size must be between {MIN_SIZE} and {MAX_SIZE:,}, "
                             f"not {opts.size}")
    if ns.focus is not None:
        focus = ns.focus.lower()
        if focus not in FOCUS_CHOICES:
            raise UsageError(f"--focus must be b2b, b2c or both, not {ns.focus!r}")
        opts.focus = focus
    if ns.budget is not None:
        from teambuilder.domain.numbers import AmountError, parse_amount

        try:
            budget = parse_amount(ns.budget, maximum=MAX_BUDGET)
        except AmountError:
            raise UsageError(f"--budget must be a positive amount no larger than "
                             f"{MAX_BUDGET:,.0f}, not {ns.budget!r}") from None
        if budget <= 0:
            raise UsageError(f"--budget must be more than 0, not {ns.budget!r}")
        opts.budget = budget
    if ns.lang is not None:
        lang = ns.lang.strip().lower()
        if lang not in LANGUAGES:
            raise UsageError(f"--lang must be one of {', '.join(LANGUAGES)}, not {ns.lang!r}")
        opts.lang = lang
    if ns.view is not None:
        if ns.view not in VIEWS:
            raise UsageError(f"--view must be team, compare or library, not {ns.view!r}")
        opts.view = ns.view
    if ns.compare is not None:
        opts.compare = _compare_ids(ns.compare)
    if ns.plan_file and ns.open_path:
        raise UsageError("give the plan to open either as --open PLAN or as the only "
                         "argument, not both")
    if ns.screenshot is not None:
        shot = Path(ns.screenshot)
        if shot.suffix.lower() != ".png":
            raise UsageError(f"--screenshot must name a .png file, not {ns.screenshot!r}")
        if not shot.absolute().parent.is_dir():
            raise UsageError(f"--screenshot: the folder {str(shot.absolute().parent)!r} "
                             "does not exist")
        opts.screenshot = shot
    if (ns.plan_file and Path(ns.plan_file).suffix.lower() != PLAN_SUFFIX
            and not Path(ns.plan_file).exists()):
        # Not a file a double-click could have passed: most likely a mistyped command.
        from teambuilder.cli import SUBCOMMANDS

        raise UsageError(f"{ns.plan_file!r} is neither a command nor a plan file; the "
                         f"commands are {', '.join(sorted(SUBCOMMANDS))}, and a plan file "
                         f"ends in {PLAN_SUFFIX}")
    path = ns.open_path or ns.plan_file
    if path:  # last, so that a PlanOpenError carries every other option checked
        opts.plan_path = Path(path)
        try:
            opts.plan = load_plan(opts.plan_path)
        except PlanFileError as error:
            raise PlanOpenError(str(error), opts, error) from None
        if opts.plan.cost_overrides:
            from teambuilder.domain.costs import CostFileError, apply_overrides, default_costs

            try:
                apply_overrides(default_costs(), opts.plan.cost_overrides, str(opts.plan_path))
            except CostFileError as error:
                raise PlanOpenError(f"the plan's cost assumptions cannot be used: {error}",
                                    opts, None) from None
    return opts


def _compare_ids(text: str) -> list[str]:
    from teambuilder.domain.catalogue import CatalogueError, load_catalogue

    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not 2 <= len(ids) <= 4:
        raise UsageError(f"--compare needs two to four role ids separated by commas, "
                         f"not {text!r}")
    if len(set(ids)) != len(ids):
        raise UsageError(f"--compare lists a role twice: {text!r}")
    try:
        known = load_catalogue("en").ids()
    except CatalogueError as error:
        raise UsageError(f"the role catalogue cannot be read: {error}") from None
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise UsageError(f"--compare: unknown role id {unknown[0]!r}; known ids: "
                         + ", ".join(known))
    return ids


def main(args: list[str] | None = None) -> int:
    """Run the desktop app; returns the exit status.

    Args:
        args: launch options without the program name (default: ``sys.argv[1:]``).
    """
    argv = list(sys.argv[1:] if args is None else args)
    from teambuilder.cli import SUBCOMMANDS

    if argv and argv[0] in SUBCOMMANDS:
        # The same words as `python -m teambuilder` and the bundle: a subcommand runs
        # headless (on Windows this entry point has no console, so teambuilder-cli is
        # the one to script with; README "Command line").
        from teambuilder.cli import main as cli_main

        return cli_main(argv)
    try:
        opts = parse_options(argv)
    except PlanOpenError as error:
        print(f"teambuilder: error: {error}", file=sys.stderr)
        # The rule: a wrong option is a typing mistake on a command line, answered there
        # (exit 2). A plan that cannot be opened usually comes from a double-click (the
        # desktop file runs `teambuilder %f`), where nobody sees stderr: the window opens
        # with a new plan and says what is wrong with the file. Only a --screenshot run has
        # no one in front of the window, so it keeps the scripted contract: exit 2, no window.
        if error.options.screenshot is not None:
            return 2
        opts = error.options
        opts.plan_error = error.plan_error
    except UsageError as error:
        print(f"teambuilder: error: {error}", file=sys.stderr)
        return 2
    return _run(opts)


def _preload_before_qt() -> None:
    """Import the Qt-free modules the first window needs before Qt itself.

    Once PySide6 is loaded, it reads the source of every module imported after it (looking
    for ``from __feature__ import``), which costs start-up time and keeps the text in
    memory; modules already imported are not read again. These are needed for the first
    plan anyway (the engine) or when the window is built (settings, plan files).
    """
    import teambuilder.domain.engine
    import teambuilder.domain.numbers
    import teambuilder.domain.preferences  # noqa: F401
    from teambuilder.domain.resources import resource

    resource("icons")  # the first look-up imports importlib's resource readers


def _run(opts: LaunchOptions) -> int:
    _preload_before_qt()
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from teambuilder.domain.profile import Profile
    from teambuilder.domain.resources import resource
    from teambuilder.gui import i18n
    from teambuilder.gui.main_window import MainWindow

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("teambuilder.github.io")
    QGuiApplication.setDesktopFileName(APP_ID)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing  # embedded (tests): the policy below only applies before creation
    else:
        # Sharp at fractional scale factors (125%, 150%): no rounding to whole multiples.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        # Qt paints every fill taller than 64 lines in a thread pool and waits for it; for
        # this window's small widgets the hand-off costs more than the fill (the team
        # view's scroll bar took 3 ms to paint instead of 0.1 ms on two busy cores).
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        app = QApplication([sys.argv[0]])
    icon = QIcon()
    for name in ("teambuilder.svg", "teambuilder-256.png"):
        file = resource("icons", name)
        if file.is_file():
            icon.addFile(str(file))
    if not icon.isNull():
        app.setWindowIcon(icon)

    lang = i18n.choose_language(opts.lang)
    i18n.install_language(app, lang)

    window = MainWindow(lang)
    if opts.plan is not None and opts.plan_path is not None:
        window.open_plan(opts.plan_path, ask=False)
    if opts.size is not None or opts.focus is not None or opts.budget is not None:
        current = window.profile_panel.profile()
        window.profile_panel.set_profile(Profile(
            size=opts.size if opts.size is not None else current.size,
            focus=opts.focus if opts.focus is not None else current.focus,
            budget=opts.budget if opts.budget is not None else current.budget,
            goals=current.goals, horizon=current.horizon, have=current.have))
        if opts.plan is None:
            window.document.set_dirty(False)  # a launch option is not an edit to save
        window.recompute()
    if opts.compare:
        window.compare(opts.compare)
    if opts.view is not None:
        window.show_view(opts.view)

    if opts.screenshot is not None:
        window.setWindowState(Qt.WindowState.WindowNoState)  # a remembered maximised state
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        status: list[int] = []

        def shoot() -> None:
            window.resize(*SCREENSHOT_SIZE)
            QApplication.processEvents()
            ok = window.grab().save(str(opts.screenshot), "PNG", SCREENSHOT_PNG_QUALITY)
            if not ok:
                print(f"teambuilder: error: could not write {opts.screenshot}",
                      file=sys.stderr)
            status.append(0 if ok else 1)
            loop.quit()

        # A local loop, not app.exec()/app.quit(): QCoreApplication.quit() leaves the
        # thread's "quit now" flag set, which would end at once every later event loop of
        # an application that outlives this call (embedding, tests).
        loop = QEventLoop()
        QTimer.singleShot(0, shoot)
        loop.exec()
        window.document.set_dirty(False)
        window.deleteLater()
        return status[0] if status else 1

    window.show()
    if opts.plan_error is not None:  # a double-clicked plan that cannot be opened
        from teambuilder.gui.launch_error import show_launch_error

        show_launch_error(window, opts.plan_error)
    from teambuilder.gui.autosave import start_autosave

    if sys.platform == "darwin":  # only macOS sends plans as events (Finder, the Dock)
        # Elsewhere the handler, an application-wide filter in Python that sees every
        # event of every widget, made each re-plan about 2 ms slower for nothing.
        from teambuilder.gui.file_open import install_file_open_handler

        install_file_open_handler(app, window)
    start_autosave(window)  # offers a crashed session's work, then autosaves this one
    code = app.exec()
    return int(code)
