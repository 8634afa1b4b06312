"""The team and deferred-role models: display text, named roles, model consistency."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from teambuilder.domain.catalogue import Catalogue, load_catalogue
from teambuilder.domain.recommendation import Recommendation
from teambuilder.gui import i18n
from teambuilder.gui.team_model import DeferredModel, TeamModel


def test_team_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                            sample_rec: Recommendation,
                                            catalogue: Catalogue) -> None:
    model = TeamModel()
    qtmodeltester.check(model)  # empty
    model.set_recommendation(sample_rec, catalogue)
    qtmodeltester.check(model)
    model.set_recommendation(None, catalogue)
    qtmodeltester.check(model)


def test_deferred_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                                sample_rec: Recommendation,
                                                catalogue: Catalogue) -> None:
    model = DeferredModel()
    model.set_recommendation(sample_rec, catalogue)
    qtmodeltester.check(model)


def test_team_rows_show_each_line(sample_rec: Recommendation, catalogue: Catalogue) -> None:
    model = TeamModel()
    model.set_recommendation(sample_rec, catalogue)
    col = TeamModel.Column
    assert model.rowCount() == 2
    assert model.index(0, col.LINE).data() == "Digital marketing generalist"
    assert model.index(0, col.MODE).data() == "Full-time"
    assert model.index(1, col.MODE).data() == "Agency"
    assert model.index(0, col.COST).data() == "$6,000"
    assert "One person covers social media and content." in model.index(0, col.REASONS).data()


def test_a_combined_line_says_how_much_of_each_role_it_covers(
        sample_rec: Recommendation, catalogue: Catalogue) -> None:
    model = TeamModel()
    model.set_recommendation(sample_rec, catalogue)
    covers = model.index(0, TeamModel.Column.COVERS).data().replace("\u00a0", " ")
    assert covers.splitlines() == ["Social Media Manager 60%", "Content Marketing Manager 45%"]
    # A specialist line covers its role fully: no percentage.
    assert model.index(1, TeamModel.Column.COVERS).data() == "SEO Specialist"


def test_named_roles_give_the_underlying_values(sample_rec: Recommendation,
                                                catalogue: Catalogue) -> None:
    model = TeamModel()
    model.set_recommendation(sample_rec, catalogue)
    first = model.index(0, 0)
    assert first.data(TeamModel.EntryIdRole) == "digital_marketing_generalist"
    assert first.data(TeamModel.CostRole) == 6000.0
    assert first.data(TeamModel.IsCombinedRole) is True
    assert model.index(1, 0).data(TeamModel.IsCombinedRole) is False
    assert first.data(TeamModel.LineRole) == sample_rec.team[0]
    names = {bytes(v.data()).decode() for v in model.roleNames().values()}
    assert {"entryId", "monthlyCost", "isCombined", "coverage", "reasons"} <= names


def test_deferred_rows_give_reason_and_cost_to_add(sample_rec: Recommendation,
                                                   catalogue: Catalogue) -> None:
    model = DeferredModel()
    model.set_recommendation(sample_rec, catalogue)
    assert model.rowCount() == 1
    assert model.index(0, DeferredModel.Column.ROLE).data() == "Paid Media Manager"
    assert model.index(0, DeferredModel.Column.REASON).data() == "Wait until organic works."
    assert model.index(0, DeferredModel.Column.COST).data() == "$1,800 a month (Agency)"
    assert model.index(0, 0).data(DeferredModel.CostRole) == 1800.0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Role"


def test_deferred_texts_follow_the_language_of_the_plan_shown(
        qapp: QApplication, sample_rec: Recommendation, catalogue: Catalogue) -> None:
    # The table's texts are made once per plan (the table reads them a dozen times per
    # cell): showing the plan again after a language switch must translate them.
    model = DeferredModel()
    model.set_recommendation(sample_rec, catalogue)
    cost = model.index(0, DeferredModel.Column.COST)
    role = model.index(0, DeferredModel.Column.ROLE)
    english = (role.data(), cost.data())
    i18n.install_language(qapp, "fa")
    model.set_recommendation(sample_rec, load_catalogue("fa"))
    persian = (role.data(), cost.data())
    assert persian[0] == load_catalogue("fa").role("paid_media_manager").name.split(" (")[0]
    assert "\u06f1\u066c\u06f8\u06f0\u06f0" in persian[1] and persian[1] != english[1]  # 1,800
    assert role.data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    assert role.data(Qt.ItemDataRole.ToolTipRole) is None
