"""Fixtures for the window tests: the catalogue, a hand-made plan and a main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import Catalogue, load_catalogue
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import DeferredRole, Recommendation, TeamLine
from teambuilder.gui import i18n
from teambuilder.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts in English, left to right, and leaves it that way."""
    i18n.install_language(qapp, "en")
    yield
    i18n.install_language(qapp, "en")


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The shipped English catalogue."""
    return load_catalogue("en")


@pytest.fixture
def sample_rec() -> Recommendation:
    """A small plan with one combined line, one specialist and one deferred role."""
    profile = Profile(size=12, focus="b2b", budget=9000)
    team = [
        TeamLine(title="Digital marketing generalist", entry_id="digital_marketing_generalist",
                 roles=["social_media_manager", "content_marketing_manager"],
                 coverage={"social_media_manager": 0.6, "content_marketing_manager": 0.45},
                 mode="full_time", option="full_time", monthly_cost=6000.0,
                 reasons=["One person covers social media and content."]),
        TeamLine(title="SEO agency", entry_id="seo_specialist", roles=["seo_specialist"],
                 mode="agency", option="agency", monthly_cost=1500.0,
                 reasons=["Search matters for B2B buyers."]),
    ]
    deferred = [DeferredRole(role="paid_media_manager", reason="Wait until organic works.",
                             monthly_cost_to_add=1800.0, mode_to_add="agency")]
    return Recommendation(profile=profile, currency="USD", team=team, deferred=deferred,
                          total_monthly_cost=7500.0, monthly_budget=9000.0,
                          channels=["website", "linkedin"], next_steps=["Add paid media."],
                          notes=["Costs include on-costs."], score=0.6)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """A main window in English, shown, with its unsaved mark cleared on teardown."""
    win = MainWindow("en")
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Closed here rather than by qtbot.addWidget, which closes before fixtures tear down:
    # the unsaved mark must be cleared first or closing would wait for an answer.
    win.document.set_dirty(False)
    win.close()
    win.deleteLater()
