"""The role catalogue: the eight roles of seed 004 and the combined roles, as validated data.

English text lives in ``resources/catalogue/catalogue.json``. Each other language has an
overlay ``resources/catalogue/l10n/<lang>.json`` with the same ids and any subset of the
text fields; a field missing from an overlay falls back to English, field by field.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from teambuilder.domain.resources import resource
from teambuilder.domain.trusted import construct

ROLE_IDS: tuple[str, ...] = (
    "digital_marketing_director",
    "content_marketing_manager",
    "social_media_manager",
    "seo_specialist",
    "paid_media_manager",
    "analytics_manager",
    "email_marketing_specialist",
    "digital_product_manager",
)
"""The eight roles of seed 004, in the article's order."""

LANGUAGES: tuple[str, ...] = ("en", "fa", "ar", "ro", "vi")
"""Languages the content is written in; ``en`` is the fallback for every field."""


class Capability(StrEnum):
    """What a marketing team must be able to do; roles cover these to some degree."""

    STRATEGY = "strategy"  # strategy, leadership, budgets, coordination (seed 000, 004)
    CONTENT = "content"  # content, blog, editorial calendar, brand voice
    SOCIAL = "social"  # social media presence, community, engagement
    SEO = "seo"  # organic search, website visibility
    PAID_ADS = "paid_ads"  # pay-per-click, paid social, display, retargeting
    ANALYTICS = "analytics"  # measurement, reporting, ROI tracking
    EMAIL_CRM = "email_crm"  # email, SMS, segmentation, retention
    MARTECH = "martech"  # marketing technology, digital product, website/purchase flow


Complexity = Literal["high", "medium", "low"]
Resources = Literal["high", "moderate", "low"]
Level = Literal["leadership", "specialist", "generalist"]

NonEmptyStr = Annotated[str, Field(min_length=1)]
Share = Annotated[float, Field(ge=0.0, le=1.0)]


class _Strict(BaseModel):
    # Validators are built on first use: the shipped data is constructed without one.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(_Strict):
    """Where a piece of content comes from: a seed article or a public source."""

    id: NonEmptyStr
    title: NonEmptyStr
    language: NonEmptyStr | None = None
    note: str = ""


class Example(_Strict):
    """A real-world example the article names (company and what it does)."""

    name: NonEmptyStr
    text: NonEmptyStr


class Channel(_Strict):
    """A marketing channel (website, LinkedIn, Instagram, email, ...)."""

    id: NonEmptyStr
    name: NonEmptyStr
    focus: list[Literal["b2b", "b2c"]] = Field(
        description="Market focus the seeds associate the channel with (seed 003)."
    )
    capability: Capability
    low_cost: bool = Field(
        default=False,
        description="Seed 003: with a small budget, social media, blogs and SEO pay back most.",
    )
    source: NonEmptyStr


class _Described(_Strict):
    """Fields that every role, single or combined, shows in the side-by-side view."""

    id: NonEmptyStr
    name: NonEmptyStr
    summary: NonEmptyStr
    level: Level
    responsibilities: list[NonEmptyStr] = Field(min_length=3)
    pros: list[NonEmptyStr] = Field(min_length=3)
    cons: list[NonEmptyStr] = Field(min_length=3)
    expected_results: NonEmptyStr
    ideal_use_case: NonEmptyStr
    key_advantage: NonEmptyStr
    kpis: list[NonEmptyStr] = Field(min_length=1)
    tips: list[NonEmptyStr] = Field(min_length=1)
    channels: list[NonEmptyStr]
    sources: list[NonEmptyStr] = Field(min_length=1, description="Source ids.")


class Role(_Described):
    """One of the eight roles of seed 004.

    ``complexity`` and ``resources`` are the ratings of the article's comparison table;
    ``*_note`` keep the table's explanation next to each rating.
    """

    kind: Literal["role"] = "role"
    complexity: Complexity
    complexity_note: NonEmptyStr
    resources: Resources
    resources_note: NonEmptyStr
    examples: list[Example] = Field(min_length=1)
    capabilities: dict[Capability, Share] = Field(
        description="How much of each capability one full-time person in this role covers."
    )


_COMPLEXITY_ORDER: dict[str, int] = {"low": 0, "medium": 1, "high": 2}
_RESOURCES_ORDER: dict[str, int] = {"low": 0, "moderate": 1, "high": 2}


MAX_MERGED_WORK = 1.25
"""Upper bound on the sum of a combined role's shares, in full-time people.

The rule the shipped catalogue follows: one person's shares add up to about one person's
work, 1.0 to 1.2, the part above 1 being what doing closely related jobs in one head saves
in hand-offs and duplicated effort (1.1 for most combinations; 1.2 for content with SEO, where
one piece of work serves both). Anything above 1.25 would have one person do more than a
specialist and a quarter, which no seed supports.
"""


class CombinedRole(_Described):
    """One person doing the work of several roles (seeds 000-003: small firms do this).

    ``merges`` says how much of each merged role's work the person realistically covers;
    together the shares are about one person (see :data:`MAX_MERGED_WORK`).
    Ratings are not in the seed table, so they are derived from the merged roles
    (the hardest of them), never invented: see :meth:`Catalogue.complexity_of`.
    """

    kind: Literal["combined"] = "combined"
    merges: dict[NonEmptyStr, Share] = Field(min_length=2)
    examples: list[Example] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_person(self) -> CombinedRole:
        total = sum(self.merges.values())
        if total > MAX_MERGED_WORK + 1e-9:
            raise ValueError(
                f"merges: the shares of {self.id!r} add up to {total:.2f} full-time people; "
                f"one person realistically covers at most {MAX_MERGED_WORK:g} "
                "(about one person's work plus a little gained by combining related jobs)"
            )
        return self


class Catalogue(_Strict):
    """All roles, combined roles, channels and sources, in one language."""

    schema_version: Literal[1] = 1
    language: str = "en"
    sources: list[Source]
    channels: list[Channel]
    roles: list[Role]
    combined_roles: list[CombinedRole]

    @model_validator(mode="after")
    def _check_references(self) -> Catalogue:
        role_ids = [r.id for r in self.roles]
        if sorted(role_ids) != sorted(ROLE_IDS):
            missing = sorted(set(ROLE_IDS) - set(role_ids))
            extra = sorted(set(role_ids) - set(ROLE_IDS))
            raise ValueError(f"roles must be exactly the eight of seed 004; missing {missing}, "
                             f"unexpected {extra}")
        all_ids = role_ids + [c.id for c in self.combined_roles]
        if len(set(all_ids)) != len(all_ids):
            raise ValueError("role ids must be unique")
        source_ids = {s.id for s in self.sources}
        channel_ids = {c.id for c in self.channels}
        for entry in [*self.roles, *self.combined_roles]:
            for sid in entry.sources:
                if sid not in source_ids:
                    raise ValueError(f"{entry.id}: unknown source id {sid!r}")
            for cid in entry.channels:
                if cid not in channel_ids:
                    raise ValueError(f"{entry.id}: unknown channel id {cid!r}")
        for combo in self.combined_roles:
            for rid in combo.merges:
                if rid not in ROLE_IDS:
                    raise ValueError(f"{combo.id}: merges unknown role id {rid!r}")
        return self

    # --- look-ups -------------------------------------------------------------------

    def role(self, role_id: str) -> Role | CombinedRole:
        """Return the single or combined role with this id.

        Raises:
            KeyError: no such id.
        """
        for entry in self.entries():
            if entry.id == role_id:
                return entry
        raise KeyError(role_id)

    def entries(self) -> list[Role | CombinedRole]:
        """Every single role (article order) followed by every combined role."""
        return [*self.roles, *self.combined_roles]

    def ids(self) -> list[str]:
        """Ids of :meth:`entries`, in the same order."""
        return [e.id for e in self.entries()]

    def channel(self, channel_id: str) -> Channel:
        """Return the channel with this id (KeyError if unknown)."""
        for ch in self.channels:
            if ch.id == channel_id:
                return ch
        raise KeyError(channel_id)

    def source(self, source_id: str) -> Source:
        """Return the source with this id (KeyError if unknown)."""
        for src in self.sources:
            if src.id == source_id:
                return src
        raise KeyError(source_id)

    def complexity_of(self, entry: Role | CombinedRole) -> Complexity:
        """The seed table's rating for a role; for a combined role, its hardest part's."""
        if isinstance(entry, Role):
            return entry.complexity
        merged = [self._single(rid) for rid in entry.merges]
        return max((r.complexity for r in merged), key=_COMPLEXITY_ORDER.__getitem__)

    def resources_of(self, entry: Role | CombinedRole) -> Resources:
        """The seed table's rating for a role; for a combined role, its heaviest part's."""
        if isinstance(entry, Role):
            return entry.resources
        merged = [self._single(rid) for rid in entry.merges]
        return max((r.resources for r in merged), key=_RESOURCES_ORDER.__getitem__)

    def capabilities_of(self, entry: Role | CombinedRole) -> dict[Capability, float]:
        """Capability coverage of one full-time person in this (possibly combined) role.

        A combined role covers each merged role's capabilities scaled by how much of that
        role it takes on; overlaps add up, capped at 1.
        """
        if isinstance(entry, Role):
            return dict(entry.capabilities)
        total: dict[Capability, float] = {}
        for rid, share in entry.merges.items():
            for cap, amount in self._single(rid).capabilities.items():
                total[cap] = min(1.0, total.get(cap, 0.0) + share * amount)
        return total

    def _single(self, role_id: str) -> Role:
        for r in self.roles:
            if r.id == role_id:
                return r
        raise KeyError(role_id)


class CatalogueError(Exception):
    """A catalogue file is missing, unreadable or invalid; the message names file and field."""


_TEXT_FIELDS_SCALAR = ("name", "summary", "expected_results", "ideal_use_case",
                       "key_advantage", "complexity_note", "resources_note", "title", "note",
                       "text")
_TEXT_FIELDS_LIST = ("responsibilities", "pros", "cons", "kpis", "tips")


def _overlay(base: Any, over: Any) -> Any:
    """Merge a translation overlay into English data, field by field.

    Only text fields are taken from the overlay; ids, ratings, numbers and structure always
    come from the English base, so a translation can never change what the engine decides.
    A list field is replaced only when the overlay has the same number of items.
    """
    if isinstance(base, dict) and isinstance(over, dict):
        merged = dict(base)
        for key, value in base.items():
            if key not in over:
                continue
            if key in _TEXT_FIELDS_SCALAR and isinstance(value, str) and isinstance(over[key], str):
                if over[key].strip():
                    merged[key] = over[key]
            elif key in _TEXT_FIELDS_LIST and isinstance(value, list):
                ov = over[key]
                if isinstance(ov, list) and len(ov) == len(value) and all(
                    isinstance(x, str) and x.strip() for x in ov
                ):
                    merged[key] = ov
            elif key == "examples" and isinstance(value, list) and isinstance(over[key], list):
                merged[key] = [
                    _overlay(b, o) for b, o in zip(value, over[key], strict=False)
                ] + value[len(over[key]):]
            elif isinstance(value, (dict, list)):
                merged[key] = _overlay(value, over[key])
        return merged
    if isinstance(base, list) and isinstance(over, dict):
        # Lists of objects with ids are overlaid by id.
        return [
            _overlay(item, over.get(item.get("id"), {})) if isinstance(item, dict) else item
            for item in base
        ]
    return base


def _read(path_label: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"{path_label}: not valid JSON (line {exc.lineno}, "
                             f"column {exc.colno}: {exc.msg})") from exc


def _describe(path_label: str, exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
    value = err.get("input")
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{path_label}: field {loc}: {err['msg']} (value {shown})"


def load_catalogue(lang: str = "en", path: Path | None = None) -> Catalogue:
    """Load and validate the catalogue, with text in ``lang`` where a translation has it.

    Args:
        lang: a code from :data:`LANGUAGES`; unknown codes fall back to English.
        path: an edited English catalogue to use instead of the shipped one.

    Raises:
        CatalogueError: the file is unreadable or invalid; the message names the file,
            the field and the value.
    """
    if path is None:
        label = "catalogue.json"
        text = resource("catalogue", "catalogue.json").read_text(encoding="utf-8")
    else:
        label = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogueError(f"{label}: cannot read the file ({exc})") from exc
    data = _read(label, text)
    shipped = path is None
    if lang != "en" and lang in LANGUAGES:
        overlay_file = resource("catalogue", "l10n", f"{lang}.json")
        if overlay_file.is_file():
            over = _read(f"l10n/{lang}.json", overlay_file.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(over, dict):
                data = _overlay(data, over)
                data["language"] = lang
    if shipped:
        # Shipped and checked by the tests in every language; an overlay only replaces text
        # with non-empty text, so it cannot make the catalogue invalid.
        return construct(Catalogue, data)
    try:
        return Catalogue.model_validate(data)
    except ValidationError as exc:
        raise CatalogueError(_describe(label, exc)) from exc
