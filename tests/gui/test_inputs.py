"""Inputs are bounded and checked where they are typed; a bad cost or catalogue file names
the file, the field and the value, and the built-in figures take over. Never a dialog."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import CatalogueError
from teambuilder.domain.costs import default_costs
from teambuilder.domain.planfile import Plan, load_plan, save_plan
from teambuilder.domain.profile import MAX_BUDGET, MAX_SIZE, Profile
from teambuilder.gui import main_window as main_window_module
from teambuilder.gui.main_window import MainWindow
from teambuilder.gui.number_input import MAX_TEXT, AmountInput, hint_label
from teambuilder.gui.profile_panel import DEFAULT_PROFILE, ProfilePanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail on any modal message box or dialog: every problem here is said in place."""
    shown: list[str] = []

    def refuse(self: QDialog) -> int:
        shown.append(type(self).__name__)
        raise AssertionError(f"a {type(self).__name__} was shown")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)
    yield shown
    assert shown == []


@pytest.fixture
def panel(qtbot: QtBot) -> ProfilePanel:
    widget = ProfilePanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def field(panel: ProfilePanel, name: str) -> AmountInput:
    widget = panel.findChild(QSpinBox, name)
    assert isinstance(widget, AmountInput)
    return widget


def hint(panel: ProfilePanel, name: str) -> QLabel:
    label = panel.findChild(QLabel, f"{name}Hint")
    assert isinstance(label, QLabel)
    return label


def paste(spin: QSpinBox, text: str) -> None:
    """Replace the field's text by pasting ``text``, as a person would."""
    QApplication.clipboard().setText(text)
    line = spin.lineEdit()
    assert line is not None
    line.selectAll()
    line.paste()


PASTED_BUDGETS = [
    ("$12,500", 12500),
    ("12 500 €", 12500),
    ("12\u202f500\u00a0€", 12500),  # narrow no-break space as in French or Swiss text
    ("USD 5,000.00", 5000),
    ("5000 RON", 5000),
    ("12.500 lei", 12500),  # Romanian grouping in an English locale
    ("1,234,567", 1234567),
    ("\u06f1\u06f2\u066c\u06f5\u06f0\u06f0 \u062a\u0648\u0645\u0627\u0646", 12500),  # Persian
    ("\u0663\u0660\u0660\u0660 \u0631.\u0633", 3000),  # Arabic-Indic with a Saudi riyal mark
    ("\u200f\u06f5\u06f0\u06f0\u06f0\u200f", 5000),  # wrapped in right-to-left marks
    ("\u20ab 30.000.000", 30000000),  # Vietnamese dong
    ("  7777  ", 7777),
]


@pytest.mark.parametrize(("text", "value"), PASTED_BUDGETS)
def test_pasted_budgets_are_read(panel: ProfilePanel, text: str, value: int) -> None:
    budget = field(panel, "monthlyBudget")
    paste(budget, text)
    budget.interpretText()
    assert budget.value() == value
    assert panel.profile().budget == value
    assert not hint(panel, "monthlyBudget").isVisible()


@pytest.mark.parametrize(("text", "value"), [
    ("1 200 people", 1200), ("\u06f4\u06f0", 40), ("\u0664\u0665", 45), ("2,500", 2500),
])
def test_pasted_sizes_are_read(panel: ProfilePanel, text: str, value: int) -> None:
    size = field(panel, "companySize")
    paste(size, text)
    size.interpretText()
    assert size.value() == value


BAD = [
    ("companySize", "0", "Enter at least 1."),
    ("companySize", "-5", "Enter at least 1."),
    ("companySize", "12.5", "Enter a whole number."),
    ("companySize", "999999999", f"Enter at most {MAX_SIZE:,}."),
    ("companySize", "lots", "“lots” is not a number."),
    ("monthlyBudget", "1e9", "“1e9” is not a number."),
    ("monthlyBudget", "nan", "“nan” is not a number."),
    ("monthlyBudget", "12abc34", "“12abc34” is not a number."),
    ("monthlyBudget", "99999999999999", f"Enter at most {int(MAX_BUDGET):,}."),
    ("monthlyBudget", "0", "Enter at least 1."),
    ("monthlyBudget", "12,500.50", "Enter a whole number."),
    ("monthlyBudget", "1,2,3", "“1,2,3” is not a number."),
    # A word for thousand or million is not a currency word to drop: 12k is not 12.
    ("monthlyBudget", "12k", "“12k” is not a number."),
    ("monthlyBudget", "$12 K", "“$12 K” is not a number."),
    ("monthlyBudget", "3 million", "“3 million” is not a number."),
    ("monthlyBudget", "20 triệu", "“20 triệu” is not a number."),
    ("monthlyBudget", "۲۰ هزار", "“۲۰ هزار” is not a number."),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD)
def test_absurd_values_are_refused_with_a_hint_in_place(
        panel: ProfilePanel, qtbot: QtBot, name: str, text: str, message: str) -> None:
    spin = field(panel, name)
    before = panel.profile()
    with qtbot.assertNotEmitted(panel.profileChanged):
        paste(spin, text)
    label = hint(panel, name)
    assert label.isVisible()
    assert label.text() == message
    assert spin.accessibleDescription() == message  # screen readers hear it too
    line = spin.lineEdit()
    assert line is not None and text in line.text()  # kept, so it can be corrected
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert panel.profile() == before
    assert label.isVisible() and label.text() == "Not changed: " + message
    paste(spin, "40")  # a good value clears the hint
    assert not label.isVisible()
    spin.interpretText()
    assert spin.value() == 40


def test_typing_keeps_a_half_typed_value_and_explains(panel: ProfilePanel,
                                                      qtbot: QtBot) -> None:
    size = field(panel, "companySize")
    line = size.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "-")
    assert line.text().startswith("-")
    assert hint(panel, "companySize").text() == "“-” is not a number."
    qtbot.keyClicks(line, "3")
    assert hint(panel, "companySize").text() == "Enter at least 1."
    line.selectAll()
    qtbot.keyClicks(line, "30")
    assert not hint(panel, "companySize").isVisible()


def test_an_emptied_field_asks_for_a_number(panel: ProfilePanel) -> None:
    budget = field(panel, "monthlyBudget")
    line = budget.lineEdit()
    assert line is not None
    line.selectAll()
    line.del_()
    assert hint(panel, "monthlyBudget").text() == "Enter a number."
    budget.interpretText()
    assert budget.value() == DEFAULT_PROFILE.budget


def test_a_huge_paste_is_refused_outright(panel: ProfilePanel) -> None:
    budget = field(panel, "monthlyBudget")
    paste(budget, "9" * (MAX_TEXT + 1))
    line = budget.lineEdit()
    assert line is not None and len(line.text()) <= MAX_TEXT
    assert budget.value() == DEFAULT_PROFILE.budget


def test_setting_a_profile_clears_an_old_hint(panel: ProfilePanel, qtbot: QtBot) -> None:
    paste(field(panel, "companySize"), "lots")
    qtbot.keyClick(field(panel, "companySize"), Qt.Key.Key_Return)
    assert hint(panel, "companySize").isVisible()
    panel.set_profile(Profile(size=77, focus="b2c", budget=5000))
    assert not hint(panel, "companySize").isVisible()


def test_arrows_stay_in_range(panel: ProfilePanel, qtbot: QtBot) -> None:
    size = field(panel, "companySize")
    size.setValue(1)
    qtbot.keyClick(size, Qt.Key.Key_Down)
    assert size.value() == 1
    size.setValue(MAX_SIZE)
    qtbot.keyClick(size, Qt.Key.Key_Up)
    assert size.value() == MAX_SIZE


def test_hint_label_follows_its_field(qtbot: QtBot) -> None:
    spin = AmountInput()
    spin.setObjectName("people")
    spin.setRange(1, 10)
    label = hint_label(spin)
    qtbot.addWidget(spin)
    qtbot.addWidget(label)
    assert label.objectName() == "peopleHint" and label.isHidden()
    paste(spin, "11")
    assert label.text() == "Enter at most 10." and not label.isHidden()


def test_hint_picture(panel: ProfilePanel) -> None:
    """The hint sits under its field, readable, without moving other rows off screen."""
    paste(field(panel, "monthlyBudget"), "12abc34")
    picture = panel.grab()
    if os.environ.get("TEAMBUILDER_SHOTS"):
        picture.save(str(Path(os.environ["TEAMBUILDER_SHOTS"]) / "input-hint.png"))
    label = hint(panel, "monthlyBudget")
    budget = field(panel, "monthlyBudget")
    assert label.geometry().top() >= budget.mapTo(panel, budget.rect().bottomLeft()).y()
    assert label.width() > label.fontMetrics().horizontalAdvance("Enter") * 3


# ------------------------------------------------------------------------------ cost editor


@pytest.mark.parametrize(("text", "fragment"), [
    ("-300", "cannot be negative"), ("nan", "not a number"), ("", "enter an amount"),
    ("12k", "not a number")])
def test_cost_editor_refuses_bad_figures_inline(qtbot: QtBot, text: str,
                                                fragment: str) -> None:
    from PySide6.QtWidgets import QTableView

    from teambuilder.domain.catalogue import load_catalogue
    from teambuilder.gui.cost_dialog import CostDialog
    from teambuilder.gui.cost_model import CostColumn, CostRole

    dialog = CostDialog(default_costs(), None, None, catalogue=load_catalogue("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(CostRole.ENTRY_ID) == "seo_specialist"
               and model.index(r, 0).data(CostRole.OPTION) == "agency")
    index = model.index(row, CostColumn.FIGURE)
    before = index.data(Qt.ItemDataRole.EditRole)
    view = dialog.findChild(QTableView, "costTable")
    assert isinstance(view, QTableView)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text or "5")
    if not text:
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    message = dialog.findChild(QLabel, "costFigureMessage")
    assert isinstance(message, QLabel)
    assert message.isVisible() and fragment in message.text().lower(), message.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert message.isVisible()  # Return does not take it: the editor stays to be corrected
    assert index.data(Qt.ItemDataRole.EditRole) == before
    assert dialog.overrides() is None


# ------------------------------------------------------------------ bad cost / catalogue files


def test_a_plan_with_unusable_costs_opens_with_the_built_in_figures(
        window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "odd costs.tbplan"
    profile = Profile(size=20, focus="b2c", budget=6000)
    save_plan(Plan(profile=profile,
                   cost_overrides={"roles": {"seo_specialist": {"agency": -40}}}), path)
    before = path.read_bytes()
    assert window.open_plan(path)
    message = window.statusBar().currentMessage()
    assert str(path) in message  # the file
    assert "roles.seo_specialist.agency" in message  # the field
    assert "-40" in message  # the value
    assert "built-in figures" in message  # what happens instead
    assert window.costs() == default_costs()
    assert window.profile_panel.profile() == profile
    assert window.document.path == path
    assert window.document.dirty  # what is shown is not what the file holds
    assert window.document.cost_overrides is None
    assert path.read_bytes() == before  # the file is not touched
    rec = window.recommendation()
    assert rec is not None and rec.profile == profile
    assert window.save_to(path)  # saving writes a plan that opens cleanly
    assert load_plan(path).cost_overrides is None


@pytest.mark.parametrize("overrides", [
    {"currency": "dollars"},
    {"on_cost_multiplier": 40},
    {"coverage": {"agency": "lots"}},
    {"roles": {"nobody": {"agency": 1}}},
    {"surprise": 1},
])
def test_every_kind_of_bad_cost_assumption_falls_back(window: MainWindow, tmp_path: Path,
                                                      overrides: dict[str, object]) -> None:
    path = tmp_path / "p.tbplan"
    save_plan(Plan(profile=Profile(size=5, focus="b2b", budget=3000),
                   cost_overrides=overrides), path)
    assert window.open_plan(path)
    assert str(path) in window.statusBar().currentMessage()
    assert window.costs() == default_costs()


def test_a_broken_catalogue_translation_falls_back_to_english(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from teambuilder.domain.catalogue import load_catalogue as real

    def broken(lang: str = "en", path: Path | None = None):  # type: ignore[no-untyped-def]
        if lang != "en":
            raise CatalogueError("l10n/ro.json: field roles.0.name: Input should be a valid "
                                 "string (value 42)")
        return real(lang, path)

    monkeypatch.setattr(main_window_module, "load_catalogue", broken)
    window.set_language("ro")
    message = window.statusBar().currentMessage()
    assert "l10n/ro.json" in message and "roles.0.name" in message and "42" in message
    assert window.catalogue().language == "en"
    assert window.recommendation() is not None
    assert "using English" in capsys.readouterr().err
    window.set_language("en")
