"""The profile inputs: company size, market focus, budget, horizon, digital products, goals,
roles covered.

The panel only collects what the owner says about the business and emits it as a
:class:`Profile`; it decides nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from teambuilder.domain.catalogue import ROLE_IDS, Catalogue
from teambuilder.domain.profile import MAX_BUDGET, MAX_SIZE, MIN_SIZE, Focus, Goal, Horizon, Profile
from teambuilder.gui.number_input import AmountInput, hint_label
from teambuilder.gui.team_model import short_role_name

DEFAULT_PROFILE = Profile(size=12, focus="b2b", budget=9000, goals=("leads",), horizon="balanced")
"""What a first start shows: a 12-person B2B firm with a modest budget for marketing people."""

FOCUS_VALUES: tuple[Focus, ...] = ("b2b", "b2c", "both")
GOAL_VALUES: tuple[Goal, ...] = ("awareness", "leads", "sales", "retention")
HORIZON_VALUES: tuple[Horizon, ...] = ("quick", "balanced", "long")


class ProfilePanel(QWidget):
    """Inputs for the business profile.

    Signals:
        profileChanged(Profile): any input changed; carries the complete new profile.
    """

    profileChanged = Signal(object)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePanel")
        self._updating = False
        self._currency = ""
        self._profile: Profile | None = None
        """The profile last built from the inputs, until an input changes (a change is
        handled by the window and the panel's listeners: built once, not once each)."""

        self._size = AmountInput(self)
        self._size.setObjectName("companySize")
        self._size.setRange(MIN_SIZE, MAX_SIZE)
        self._size.setGroupSeparatorShown(True)
        self._size.setAccelerated(True)

        self._focus = QComboBox(self)
        self._focus.setObjectName("marketFocus")
        for value in FOCUS_VALUES:
            self._focus.addItem("", value)

        self._budget = AmountInput(self)
        self._budget.setObjectName("monthlyBudget")
        self._budget.setRange(1, int(MAX_BUDGET))
        self._budget.setSingleStep(500)
        self._budget.setGroupSeparatorShown(True)
        self._budget.setAccelerated(True)
        self._currency_label = QLabel(self)
        self._currency_label.setObjectName("currencyLabel")
        budget_row = QHBoxLayout()
        budget_row.setContentsMargins(0, 0, 0, 0)
        budget_row.addWidget(self._budget, 1)
        budget_row.addWidget(self._currency_label)
        # Each number field says under it what is wrong with what was typed.
        size_field = QVBoxLayout()
        size_field.setContentsMargins(0, 0, 0, 0)
        size_field.addWidget(self._size)
        size_field.addWidget(hint_label(self._size, self))
        budget_field = QVBoxLayout()
        budget_field.setContentsMargins(0, 0, 0, 0)
        budget_field.addLayout(budget_row)
        budget_field.addWidget(hint_label(self._budget, self))

        self._horizon = QComboBox(self)
        self._horizon.setObjectName("timeHorizon")
        for horizon in HORIZON_VALUES:
            self._horizon.addItem("", horizon)
        # Sized by a few characters, not by the longest choice: otherwise a long
        # translation ("Creștere pe termen lung") pushed the row under its label.
        for combo in (self._focus, self._horizon):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        self._digital = QCheckBox(self)
        self._digital.setObjectName("digitalProducts")

        self._size_label = QLabel(self)
        self._size_label.setBuddy(self._size)
        self._focus_label = QLabel(self)
        self._focus_label.setBuddy(self._focus)
        self._budget_label = QLabel(self)
        self._budget_label.setBuddy(self._budget)
        self._horizon_label = QLabel(self)
        self._horizon_label.setBuddy(self._horizon)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._size_label, size_field)
        form.addRow(self._focus_label, self._focus)
        form.addRow(self._budget_label, budget_field)
        form.addRow(self._horizon_label, self._horizon)
        form.addRow(self._digital)

        self._goals_box = QGroupBox(self)
        self._goals_box.setObjectName("goals")
        goals_layout = QVBoxLayout(self._goals_box)
        self._goals: dict[Goal, QCheckBox] = {}
        for goal in GOAL_VALUES:
            box = QCheckBox(self._goals_box)
            box.setObjectName(f"goal_{goal}")
            goals_layout.addWidget(box)
            self._goals[goal] = box

        self._have_box = QGroupBox(self)
        have_layout = QVBoxLayout(self._have_box)
        self._have = QListWidget(self._have_box)
        self._have.setObjectName("rolesCovered")
        self._have.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._have.setUniformItemSizes(True)
        self._have.setSpacing(1)  # check boxes of neighbouring rows no longer touch
        self._have.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        have_layout.addWidget(self._have)
        for role_id in ROLE_IDS:
            item = QListWidgetItem(role_id, self._have)
            item.setData(Qt.ItemDataRole.UserRole, role_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._goals_box)
        layout.addWidget(self._have_box)
        layout.addStretch(1)

        self.set_profile(DEFAULT_PROFILE)
        self.retranslate()
        self._fit_list()

        self._size.valueChanged.connect(self._changed)
        self._budget.valueChanged.connect(self._changed)
        self._focus.currentIndexChanged.connect(self._changed)
        self._horizon.currentIndexChanged.connect(self._changed)
        self._digital.toggled.connect(self._changed)
        for box in self._goals.values():
            box.toggled.connect(self._changed)
        self._have.itemChanged.connect(self._changed)

    # --- the profile ------------------------------------------------------------

    def profile(self) -> Profile:
        """The profile the inputs describe now (built once per change of the inputs)."""
        if self._profile is None:
            self._profile = self._build_profile()
        return self._profile

    def _build_profile(self) -> Profile:
        return Profile(
            size=self._size.value(),
            focus=FOCUS_VALUES[max(0, self._focus.currentIndex())],
            budget=float(self._budget.value()),
            goals=tuple(g for g, box in self._goals.items() if box.isChecked()),
            horizon=HORIZON_VALUES[max(0, self._horizon.currentIndex())],
            have=tuple(
                str(self._have.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self._have.count())
                if self._have.item(i).checkState() == Qt.CheckState.Checked
            ),
            digital_products=self._digital.isChecked(),
        )

    def set_profile(self, profile: Profile) -> None:
        """Show ``profile`` in the inputs; emits :attr:`profileChanged` once if it differs."""
        before = self.profile()
        self._updating = True
        try:
            self._size.setValue(profile.size)
            self._focus.setCurrentIndex(FOCUS_VALUES.index(profile.focus))
            self._budget.setValue(round(min(profile.budget, MAX_BUDGET)))
            self._horizon.setCurrentIndex(HORIZON_VALUES.index(profile.horizon))
            self._digital.setChecked(profile.digital_products)
            for goal, box in self._goals.items():
                box.setChecked(goal in profile.goals)
            for i in range(self._have.count()):
                item = self._have.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in profile.have
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
            self._profile = None
        if self.profile() != before:
            self.profileChanged.emit(self.profile())

    def _changed(self, *_: object) -> None:
        self._profile = None  # an input changed: build the profile again when asked
        if not self._updating:
            self.profileChanged.emit(self.profile())

    # --- context from the window ------------------------------------------------

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Name the roles in the "already covered" list in the catalogue's language."""
        # Renaming items emits itemChanged; the profile itself does not change.
        updating, self._updating = self._updating, True
        try:
            for i in range(self._have.count()):
                item = self._have.item(i)
                role_id = str(item.data(Qt.ItemDataRole.UserRole))
                item.setText(short_role_name(catalogue, role_id))
                try:
                    item.setToolTip(catalogue.role(role_id).summary)
                except KeyError:
                    item.setToolTip("")
        finally:
            self._updating = updating
        self._fit_list()

    def set_currency(self, code: str) -> None:
        """Show the cost table's currency next to the budget."""
        self._currency = code
        self._currency_label.setText(code)
        self.retranslate()

    # --- language ---------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        tr = QCoreApplication.translate
        # The label names what is counted, so the field shows just the number: a fixed
        # suffix ("12 people") cannot agree with every number in Arabic or Romanian.
        self._size_label.setText(tr("ProfilePanel", "Em&ployees:"))
        self._size.setToolTip(tr("ProfilePanel", "How many people work in the whole company."))
        self._size.setAccessibleName(tr("ProfilePanel", "Number of employees"))
        self._size.setLocale(QLocale())

        self._focus_label.setText(tr("ProfilePanel", "Mar&ket focus:"))
        focus_texts = (tr("ProfilePanel", "Businesses (B2B)"),
                       tr("ProfilePanel", "Consumers (B2C)"),
                       tr("ProfilePanel", "Both"))
        for i, text in enumerate(focus_texts):
            self._focus.setItemText(i, text)
        self._focus.setToolTip(tr("ProfilePanel", "Whether you sell to other businesses, "
                                                  "to consumers, or to both."))
        self._focus.setAccessibleName(tr("ProfilePanel", "Market focus"))

        self._budget_label.setText(tr("ProfilePanel", "Monthly &budget:"))
        if self._currency:
            self._budget.setToolTip(tr("ProfilePanel", "What you can spend each month on "
                                                       "marketing people and services, in %1.")
                                    .replace("%1", self._currency))
        else:
            self._budget.setToolTip(tr("ProfilePanel", "What you can spend each month on "
                                                       "marketing people and services."))
        self._budget.setAccessibleName(tr("ProfilePanel", "Monthly budget"))
        self._budget.setLocale(QLocale())
        self._currency_label.setToolTip(tr("ProfilePanel", "Currency of the cost assumptions "
                                                           "(Edit > Cost assumptions)."))

        self._horizon_label.setText(tr("ProfilePanel", "Time h&orizon:"))
        horizon_texts = (tr("ProfilePanel", "Quick results"),
                         tr("ProfilePanel", "Balanced"),
                         tr("ProfilePanel", "Long-term growth"))
        for i, text in enumerate(horizon_texts):
            self._horizon.setItemText(i, text)
        self._horizon.setToolTip(tr("ProfilePanel", "Whether results must come quickly or you "
                                                    "are building for the long term."))
        self._horizon.setAccessibleName(tr("ProfilePanel", "Time horizon"))

        self._digital.setText(tr("ProfilePanel", "&Digital products or online platform"))
        self._digital.setToolTip(tr("ProfilePanel", "Tick this if the business sells or builds "
                                                    "software, an app or a web service, or runs "
                                                    "an online platform: its marketing "
                                                    "technology then needs an owner, the digital "
                                                    "product manager."))

        self._goals_box.setTitle(tr("ProfilePanel", "Goals"))
        goal_texts = {
            "awareness": (tr("ProfilePanel", "Brand &awareness"),
                          tr("ProfilePanel", "Get known by more of the people you sell to.")),
            "leads": (tr("ProfilePanel", "More &leads"),
                      tr("ProfilePanel", "More enquiries and prospects for your sales team.")),
            "sales": (tr("ProfilePanel", "O&nline sales"),
                      tr("ProfilePanel", "Sell more through your website or online shop.")),
            "retention": (tr("ProfilePanel", "Keep &customers"),
                          tr("ProfilePanel", "Bring existing customers back and keep them.")),
        }
        for goal, box in self._goals.items():
            text, tip = goal_texts[goal]
            box.setText(text)
            box.setToolTip(tip)

        self._have_box.setTitle(tr("ProfilePanel", "Roles already covered"))
        self._have.setToolTip(tr("ProfilePanel", "Tick the roles someone in the company "
                                                 "already does, so the plan does not hire "
                                                 "for them."))
        self._have.setAccessibleName(tr("ProfilePanel", "Roles already covered"))

    def _fit_list(self) -> None:
        """Make the roles list exactly as tall as its rows: the panel scrolls, not the list."""
        count = self._have.count()
        rows = sum(self._have.sizeHintForRow(i) for i in range(count))
        rows += 2 * self._have.spacing() * count  # spacing goes round every item
        self._have.setFixedHeight(rows + 2 * self._have.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes; refit when the font changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.FontChange:
            self._fit_list()
        super().changeEvent(event)
