"""The profile inputs: what they emit, what they accept, how they are labelled."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.profile import Profile
from teambuilder.gui import i18n, profile_panel
from teambuilder.gui.profile_panel import DEFAULT_PROFILE, ProfilePanel

W = TypeVar("W", bound=QWidget)


def _type(widget: QWidget, text: str) -> None:
    """Type any Unicode text (QTest only types ASCII), one key event per character."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def _child(panel: QWidget, kind: type[W], name: str) -> W:
    """The panel's widget of that type and objectName (the test fails if there is none)."""
    widget = panel.findChild(kind, name)
    assert isinstance(widget, kind), f"no {kind.__name__} named {name!r}"
    return widget


def _panel(qtbot: QtBot) -> ProfilePanel:
    panel = ProfilePanel()
    qtbot.addWidget(panel)
    return panel


def test_first_start_shows_a_sensible_default_profile(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert panel.profile() == DEFAULT_PROFILE
    assert DEFAULT_PROFILE.size == 12 and DEFAULT_PROFILE.focus == "b2b"


def test_inputs_have_the_contract_object_names(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert isinstance(panel.findChild(QSpinBox, "companySize"), QSpinBox)
    assert isinstance(panel.findChild(QComboBox, "marketFocus"), QComboBox)
    assert isinstance(panel.findChild(QSpinBox, "monthlyBudget"), QSpinBox)


def test_every_input_has_an_accessible_name_and_a_tooltip(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    inputs: list[QWidget] = [
        *panel.findChildren(QSpinBox), *panel.findChildren(QComboBox),
        *panel.findChildren(QListWidget)]
    for widget in inputs:
        assert widget.accessibleName(), widget.objectName()
        assert widget.toolTip(), widget.objectName()
    for box in panel.findChildren(QCheckBox):
        assert box.text() and box.toolTip()


def test_changing_an_input_emits_the_whole_new_profile(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    size = _child(panel, QSpinBox, "companySize")
    with qtbot.waitSignal(panel.profileChanged) as blocker:
        size.setValue(40)
    assert blocker.args[0] == DEFAULT_PROFILE.model_copy(update={"size": 40})
    focus = _child(panel, QComboBox, "marketFocus")
    with qtbot.waitSignal(panel.profileChanged) as blocker:
        focus.setCurrentIndex(1)
    assert blocker.args[0].focus == "b2c"
    goal = _child(panel, QCheckBox, "goal_sales")
    with qtbot.waitSignal(panel.profileChanged) as blocker:
        qtbot.mouseClick(goal, Qt.MouseButton.LeftButton)
    assert "sales" in blocker.args[0].goals


def test_roles_already_covered_are_part_of_the_profile(qtbot: QtBot,
                                                       catalogue: Catalogue) -> None:
    panel = _panel(qtbot)
    panel.set_catalogue(catalogue)
    roles = _child(panel, QListWidget, "rolesCovered")
    names = [roles.item(i).text() for i in range(roles.count())]
    assert "SEO Specialist" in names
    item = roles.item(names.index("SEO Specialist"))
    with qtbot.waitSignal(panel.profileChanged) as blocker:
        item.setCheckState(Qt.CheckState.Checked)
    assert blocker.args[0].have == ("seo_specialist",)


def test_set_profile_shows_it_and_emits_once(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    profile = Profile(size=60, focus="both", budget=25000, goals=("awareness", "retention"),
                      horizon="long", have=("seo_specialist", "analytics_manager"))
    with qtbot.waitSignal(panel.profileChanged) as blocker:
        panel.set_profile(profile)
    assert blocker.args[0] == profile
    assert panel.profile() == profile
    with qtbot.assertNotEmitted(panel.profileChanged):
        panel.set_profile(profile)


def test_budget_accepts_persian_digits_and_separators(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    budget = _child(panel, QSpinBox, "monthlyBudget")
    budget.lineEdit().selectAll()
    _type(budget.lineEdit(), "\u06f1\u06f2\u066c\u06f5\u06f0\u06f0")  # 12,500 in Persian digits
    budget.interpretText()
    assert budget.value() == 12500
    budget.lineEdit().selectAll()
    qtbot.keyClicks(budget.lineEdit(), "7,250")
    budget.interpretText()
    assert budget.value() == 7250


def test_budget_rejects_letters(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    budget = _child(panel, QSpinBox, "monthlyBudget")
    budget.lineEdit().selectAll()
    qtbot.keyClicks(budget.lineEdit(), "abc")
    budget.interpretText()
    assert budget.value() == DEFAULT_PROFILE.budget


def test_currency_label_follows_the_cost_table(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_currency("EUR")
    assert "EUR" in _child(panel, QLabel, "currencyLabel").text()


def test_company_size_shows_just_the_number_and_the_label_names_the_unit(
        qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QLabel

    from teambuilder.gui import i18n

    # A fixed suffix cannot agree with the number in Arabic or Romanian ("20 de persoane").
    workers = "\u0627\u0644\u0639\u0627\u0645\u0644\u064a\u0646"  # Arabic: "the workers"
    cases = (("en", "20", "Employees"), ("ar", "\u0662\u0660", workers), ("ro", "20", "angajați"))
    for lang, twenty, unit in cases:
        i18n.install_language(qapp, lang)
        panel = _panel(qtbot)
        size = _child(panel, QSpinBox, "companySize")
        assert size is not None
        size.setValue(20)
        assert size.text() == twenty, lang
        label = next(lb for lb in panel.findChildren(QLabel) if lb.buddy() is size)
        assert unit in label.text().replace("&", ""), lang
    i18n.install_language(qapp, "en")


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter
@pytest.mark.parametrize("lang", ["en", "fa", "ar", "ro", "vi"])
def test_every_field_sits_beside_its_label_in_a_narrow_panel(qtbot: QtBot, qapp: QApplication,
                                                             lang: str) -> None:
    """At the width the panel has in a 1024-pixel window, no row wraps under its label (the
    Romanian time horizon did: its longest choice set the combo box's minimum width)."""
    i18n.install_language(qapp, lang)
    panel = _panel(qtbot)
    panel.resize(280, 700)
    panel.show()
    qtbot.waitExposed(panel)
    for label in panel.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisible():
            continue
        label_mid = label.mapTo(panel, label.rect().center()).y()
        top = buddy.mapTo(panel, buddy.rect().topLeft()).y()
        assert top <= label_mid <= top + buddy.height(), label.text()


def test_digital_products_answer_is_part_of_the_profile(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    box = _child(panel, QCheckBox, "digitalProducts")
    assert not box.isChecked() and not panel.profile().digital_products
    with qtbot.waitSignal(panel.profileChanged) as blocker:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == DEFAULT_PROFILE.model_copy(update={"digital_products": True})
    opened = Profile(size=300, focus="b2c", budget=50000, digital_products=False)
    panel.set_profile(opened)
    assert not box.isChecked() and panel.profile() == opened
    panel.set_profile(opened.model_copy(update={"digital_products": True}))
    assert box.isChecked()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform chatter
@pytest.mark.parametrize("lang", ["en", "fa", "ar", "ro", "vi"])
def test_digital_products_box_fits_the_narrow_panel(qtbot: QtBot, qapp: QApplication,
                                                    lang: str) -> None:
    """Its whole text shows at the width the panel has in a 1024-pixel window."""
    i18n.install_language(qapp, lang)
    panel = _panel(qtbot)
    panel.resize(280, 700)
    panel.show()
    qtbot.waitExposed(panel)
    box = _child(panel, QCheckBox, "digitalProducts")
    assert box.text() and box.toolTip()
    assert panel.minimumSizeHint().width() <= 280
    assert box.width() >= box.sizeHint().width()


def test_a_change_builds_the_profile_once_and_every_input_is_seen(
        qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window re-plans from ``profile()`` on each ``profileChanged``: that is one profile
    built per change, not two, and always the profile the inputs show now."""
    panel = _panel(qtbot)
    panel.set_catalogue(catalogue)
    built: list[Profile] = []

    def counting(**fields: object) -> Profile:
        built.append(Profile.model_validate(fields))
        return built[-1]

    monkeypatch.setattr(profile_panel, "Profile", counting)
    seen: list[tuple[Profile, Profile]] = []
    panel.profileChanged.connect(lambda emitted: seen.append((emitted, panel.profile())))
    roles = _child(panel, QListWidget, "rolesCovered")
    changes: list[tuple[Callable[[], None], dict[str, object]]] = [
        (lambda: _child(panel, QSpinBox, "companySize").setValue(40), {"size": 40}),
        (lambda: _child(panel, QComboBox, "marketFocus").setCurrentIndex(2), {"focus": "both"}),
        (lambda: _child(panel, QSpinBox, "monthlyBudget").setValue(20000), {"budget": 20000.0}),
        (lambda: _child(panel, QComboBox, "timeHorizon").setCurrentIndex(0),
         {"horizon": "quick"}),
        (lambda: _child(panel, QCheckBox, "digitalProducts").setChecked(True),
         {"digital_products": True}),
        (lambda: _child(panel, QCheckBox, "goal_sales").setChecked(True),
         {"goals": ("leads", "sales")}),
        (lambda: roles.item(0).setCheckState(Qt.CheckState.Checked),
         {"have": (str(roles.item(0).data(Qt.ItemDataRole.UserRole)),)}),
    ]
    expected = DEFAULT_PROFILE
    for change, update in changes:
        built.clear()
        seen.clear()
        change()
        expected = expected.model_copy(update=update)
        assert seen == [(expected, expected)], update
        assert len(built) == 1, update
        assert panel.profile() is seen[0][0] and len(built) == 1, update
    built.clear()
    panel.set_profile(DEFAULT_PROFILE)
    assert seen[-1] == (DEFAULT_PROFILE, DEFAULT_PROFILE) and panel.profile() == DEFAULT_PROFILE
