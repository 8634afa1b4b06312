"""The cost model: what each way of staffing each role costs a month, and where that comes from.

The built-in figures live in ``resources/costs/default.json``. Every figure names its public
source (see ``../shared/data/cost-sources.md`` in the project notes) and, where an official
occupation stands in for a role, says so. A user cost file (JSON) overrides any figure, the
on-cost multiplier, the currency or the coverage assumptions; its shape is::

    {
      "currency": "EUR",
      "on_cost_multiplier": 1.35,
      "roles": {
        "seo_specialist": {
          "full_time": {"annual_salary": 60000},
          "agency": 1200,
          "freelance": {"hourly_rate": 30},
          "part_time": null
        }
      },
      "coverage": {"agency": 0.4}
    }

A plain number is a fully loaded monthly cost; an object changes single fields of the
figure; ``null`` removes an option. Plans store the same document (``Plan.cost_overrides``).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from teambuilder.domain.recommendation import Mode
from teambuilder.domain.resources import read_json
from teambuilder.domain.trusted import construct

Option = Literal["full_time", "part_time", "freelance", "agency", "fractional"]
"""A way of staffing a role. ``fractional`` is a part-time outside leader (a fractional CMO)."""

OPTIONS: tuple[Option, ...] = ("full_time", "part_time", "freelance", "agency", "fractional")
"""Every staffing option, in the order reports list them."""

MODE_OF_OPTION: dict[Option, Mode] = {
    "full_time": "full_time",
    "part_time": "part_time",
    "freelance": "freelance",
    "agency": "agency",
    "fractional": "freelance",
}
"""The CLI contract's ``mode`` for each option: a fractional leader is an outside contractor."""

Basis = Literal["salary", "fraction", "hourly", "retainer", "fixed"]

MAX_MONTHLY = 1e8
"""Upper bound on any monthly figure: far above any real cost, below float trouble."""

_CURRENCY = re.compile(r"^[A-Z]{3}$")

PositiveMoney = Annotated[float, Field(gt=0, le=MAX_MONTHLY * 12, allow_inf_nan=False)]


class _Strict(BaseModel):
    # Validators are built on first use: the shipped data is constructed without one.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class CostSource(_Strict):
    """A public source of cost figures.

    Attributes:
        id: short id that figures refer to.
        publisher: who published it.
        title: what it is called.
        year: the year of the figures, or None when the source is undated.
        url: where to find it, if known.
        note: what it says that the app uses.
    """

    id: Annotated[str, Field(min_length=1)]
    publisher: Annotated[str, Field(min_length=1)]
    title: Annotated[str, Field(min_length=1)]
    year: int | None
    url: str = ""
    note: str = ""


class Figure(_Strict):
    """The monthly cost of one staffing option of one role, and how it is computed.

    ``basis`` says which fields are used:

    - ``salary``: ``annual_salary`` x on-cost multiplier / 12 (a full-time employee);
    - ``fraction``: ``fraction`` x the role's full-time monthly cost (part-time);
    - ``hourly``: ``hourly_rate`` x ``hours_per_month`` (a freelancer);
    - ``retainer``: ``monthly``, a published monthly fee (an agency or fractional leader);
    - ``fixed``: ``monthly``, a figure the user typed in.

    Attributes:
        source: id of the :class:`CostSource` of the figure (None for user figures and
            for model assumptions).
        proxy: which official occupation stands in for the role, when one does.
        note: how the figure was read (midpoint of a range, assumption, ...).
        set_by: the user file that changed this figure, if any.
    """

    basis: Basis
    annual_salary: PositiveMoney | None = None
    fraction: Annotated[float, Field(gt=0, le=1, allow_inf_nan=False)] | None = None
    hourly_rate: PositiveMoney | None = None
    hours_per_month: Annotated[float, Field(gt=0, le=744, allow_inf_nan=False)] | None = None
    monthly: PositiveMoney | None = None
    source: str | None = None
    proxy: str = ""
    note: str = ""
    set_by: str | None = None

    @model_validator(mode="after")
    def _fields_match_basis(self) -> Figure:
        needed = _BASIS_FIELDS[self.basis]
        for name in needed:
            if getattr(self, name) is None:
                raise ValueError(f"a figure with basis {self.basis!r} needs {name}")
        for name in _ALL_FIGURE_FIELDS - set(needed):
            if getattr(self, name) is not None:
                raise ValueError(f"{name} is not used by a figure with basis {self.basis!r}")
        return self


_BASIS_FIELDS: dict[str, tuple[str, ...]] = {
    "salary": ("annual_salary",),
    "fraction": ("fraction",),
    "hourly": ("hourly_rate", "hours_per_month"),
    "retainer": ("monthly",),
    "fixed": ("monthly",),
}
_ALL_FIGURE_FIELDS = {"annual_salary", "fraction", "hourly_rate", "hours_per_month", "monthly"}


class Coverage(_Strict):
    """A MODEL ASSUMPTION: how much of a role's work one staffing option covers.

    Attributes:
        factor: share of a full-time person's coverage (1.0 = full-time).
        rationale: one line saying why, in plain words.
        seeds: seed articles the rationale rests on.
    """

    factor: Annotated[float, Field(gt=0, le=1, allow_inf_nan=False)]
    rationale: Annotated[str, Field(min_length=1)]
    seeds: list[str] = Field(default_factory=list)


class OnCost(_Strict):
    """Employer on-cost: fully loaded cost = salary x ``multiplier``."""

    multiplier: Annotated[float, Field(ge=1, le=3, allow_inf_nan=False)]
    source: str | None
    note: str = ""


class Assumptions(_Strict):
    """Model assumptions stored with the cost figures, clearly labelled as such."""

    note: str
    coverage: dict[Option, Coverage]

    @model_validator(mode="after")
    def _every_option(self) -> Assumptions:
        missing = [o for o in OPTIONS if o not in self.coverage]
        if missing:
            raise ValueError(f"coverage is missing options {missing}")
        return self


class CostTable(_Strict):
    """Monthly costs of every staffing option of every role, in one currency.

    Attributes:
        currency: ISO 4217 code of every amount.
        on_cost: employer on-cost multiplier and its derivation.
        sources: public sources the figures cite.
        assumptions: coverage factors per option (model assumptions).
        roles: for each role or combined-role id, its figures by option; an option with no
            figure is not offered for that role.
        label: where the table comes from ("built-in defaults" or the user file's name).
    """

    schema_version: Literal[1] = 1
    currency: str
    on_cost: OnCost
    sources: list[CostSource]
    assumptions: Assumptions
    roles: dict[str, dict[Option, Figure]]
    label: str = "built-in defaults"

    @model_validator(mode="after")
    def _check(self) -> CostTable:
        if not _CURRENCY.match(self.currency):
            raise ValueError(f"currency must be a 3-letter code such as USD, not {self.currency!r}")
        ids = {s.id for s in self.sources}
        if self.on_cost.source is not None and self.on_cost.source not in ids:
            raise ValueError(f"on_cost: unknown source id {self.on_cost.source!r}")
        for role_id, figures in self.roles.items():
            for option, figure in figures.items():
                if figure.source is not None and figure.source not in ids:
                    raise ValueError(f"roles.{role_id}.{option}: unknown source {figure.source!r}")
                if figure.basis == "fraction" and "full_time" not in figures:
                    raise ValueError(f"roles.{role_id}.{option}: a fraction of the full-time "
                                     "cost needs a full_time figure")
                if option == "full_time" and figure.basis == "fraction":
                    raise ValueError(f"roles.{role_id}.full_time cannot be a fraction of itself")
        return self

    # --- look-ups -------------------------------------------------------------------

    def options_for(self, role_id: str) -> list[Option]:
        """Staffing options offered for a role or combined role, in :data:`OPTIONS` order."""
        figures = self.roles.get(role_id, {})
        return [o for o in OPTIONS if o in figures]

    def figure(self, role_id: str, option: Option) -> Figure:
        """The figure behind one option of one role (KeyError if not offered)."""
        return self.roles[role_id][option]

    def monthly(self, role_id: str, option: Option) -> float:
        """Fully loaded monthly cost of one option of one role, in :attr:`currency`.

        Raises:
            KeyError: the option is not offered for this role.
        """
        figure = self.roles[role_id][option]
        if figure.basis == "salary":
            assert figure.annual_salary is not None
            return figure.annual_salary * self.on_cost.multiplier / 12
        if figure.basis == "fraction":
            assert figure.fraction is not None
            return figure.fraction * self.monthly(role_id, "full_time")
        if figure.basis == "hourly":
            assert figure.hourly_rate is not None and figure.hours_per_month is not None
            return figure.hourly_rate * figure.hours_per_month
        assert figure.monthly is not None
        return figure.monthly

    def coverage_factor(self, option: Option) -> float:
        """Share of a role's work this option covers (a model assumption)."""
        return self.assumptions.coverage[option].factor

    def source(self, source_id: str) -> CostSource:
        """The source with this id (KeyError if unknown)."""
        for src in self.sources:
            if src.id == source_id:
                return src
        raise KeyError(source_id)

    def citation(self, role_id: str, option: Option) -> str:
        """One line saying where a figure comes from: publisher, title, year, proxy, note."""
        figure = self.figure(role_id, option)
        if figure.set_by is not None:
            return f"Set in {figure.set_by}."
        parts: list[str] = []
        if figure.source is not None:
            src = self.source(figure.source)
            year = str(src.year) if src.year is not None else "undated"
            parts.append(f"{src.publisher}, {src.title} ({year}).")
        elif figure.basis == "fraction":
            parts.append("Derived from the full-time figure.")
        if figure.proxy:
            parts.append(figure.proxy + ".")
        if figure.note:
            parts.append(figure.note)
        return " ".join(parts)


class CostFileError(Exception):
    """A cost file is unreadable or invalid; the message names the file, field and value."""


def _show(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False) if _is_json(value) else repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def _error(label: str, field: str, problem: str, value: Any) -> CostFileError:
    return CostFileError(f"{label}: field {field}: {problem} (value {_show(value)})")


def _number(label: str, field: str, value: Any, low: float, high: float,
            low_inclusive: bool = False) -> float:
    ok = (isinstance(value, (int, float)) and not isinstance(value, bool)
          and math.isfinite(value) and value <= high
          and (value >= low if low_inclusive else value > low))
    if not ok:
        bound = f"at least {low:g}" if low_inclusive else f"more than {low:g}"
        raise _error(label, field, f"must be a number {bound} and at most {high:g}", value)
    return float(value)


_OVERRIDE_KEYS = ("schema_version", "currency", "on_cost_multiplier", "roles", "coverage")
_FIGURE_LIMITS: dict[str, tuple[float, float]] = {
    "annual_salary": (0.0, MAX_MONTHLY * 12),
    "monthly": (0.0, MAX_MONTHLY),
    "hourly_rate": (0.0, MAX_MONTHLY),
    "hours_per_month": (0.0, 744.0),
    "fraction": (0.0, 1.0),
}


def apply_overrides(table: CostTable, overrides: Any, label: str) -> CostTable:
    """Return a copy of ``table`` with a user cost document applied.

    Args:
        table: the table to start from (usually the built-in defaults).
        overrides: the parsed JSON document (see the module docstring for its shape).
        label: how to name the document in messages (usually its file name).

    Raises:
        CostFileError: the document is malformed; the message names ``label``, the field
            and the offending value, and says what is allowed.
    """
    if not isinstance(overrides, dict):
        raise _error(label, "(top level)", "must be a JSON object", overrides)
    for key in overrides:
        if key not in _OVERRIDE_KEYS:
            raise _error(label, str(key), "unknown field; allowed: " + ", ".join(_OVERRIDE_KEYS),
                         overrides[key])
    data = table.model_dump()
    data["label"] = label
    if "schema_version" in overrides and overrides["schema_version"] != 1:
        raise _error(label, "schema_version", "must be 1", overrides["schema_version"])
    if "currency" in overrides:
        cur = overrides["currency"]
        if not isinstance(cur, str) or not _CURRENCY.match(cur):
            raise _error(label, "currency", "must be a 3-letter currency code such as USD or EUR",
                         cur)
        data["currency"] = cur
    if "on_cost_multiplier" in overrides:
        data["on_cost"] = {
            "multiplier": _number(label, "on_cost_multiplier", overrides["on_cost_multiplier"],
                                  1.0, 3.0, low_inclusive=True),
            "source": None,
            "note": f"Set in {label}.",
        }
    if "coverage" in overrides:
        _apply_coverage(data, overrides["coverage"], label)
    if "roles" in overrides:
        _apply_roles(data, overrides["roles"], label)
    try:
        return CostTable.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise CostFileError(f"{label}: {loc}: {err['msg']}") from exc


def _apply_coverage(data: dict[str, Any], coverage: Any, label: str) -> None:
    if not isinstance(coverage, dict):
        raise _error(label, "coverage", "must be an object mapping options to factors",
                     coverage)
    for option, factor in coverage.items():
        field = f"coverage.{option}"
        if option not in OPTIONS:
            raise _error(label, field, "unknown option; allowed: " + ", ".join(OPTIONS), option)
        value = _number(label, field, factor, 0.0, 1.0)
        entry = data["assumptions"]["coverage"][option]
        entry["factor"] = value
        entry["rationale"] = f"Set in {label}."


def _apply_roles(data: dict[str, Any], roles: Any, label: str) -> None:
    if not isinstance(roles, dict):
        raise _error(label, "roles", "must be an object mapping role ids to options", roles)
    known = sorted(data["roles"])
    for role_id, options in roles.items():
        if role_id not in data["roles"]:
            raise _error(label, f"roles.{role_id}", "unknown role id; allowed: "
                         + ", ".join(known), role_id)
        if not isinstance(options, dict):
            raise _error(label, f"roles.{role_id}",
                         "must be an object mapping staffing options to costs", options)
        figures: dict[str, Any] = data["roles"][role_id]
        for option, value in options.items():
            field = f"roles.{role_id}.{option}"
            if option not in OPTIONS:
                raise _error(label, field, "unknown option; allowed: " + ", ".join(OPTIONS),
                             option)
            if value is None:
                figures.pop(option, None)
            elif isinstance(value, dict):
                figures[option] = _merge_figure(figures.get(option), value, field, label)
            else:
                monthly = _number(label, field, value, 0.0, MAX_MONTHLY)
                figures[option] = {"basis": "fixed", "monthly": monthly, "set_by": label}
        # A part-time figure may be a fraction of a full-time one that was just removed.
        for option, figure in list(figures.items()):
            if figure.get("basis") == "fraction" and "full_time" not in figures:
                raise _error(label, f"roles.{role_id}.full_time",
                             f"cannot be removed while {option} is a fraction of it; "
                             f"give {option} a monthly cost too", None)


def _merge_figure(current: dict[str, Any] | None, change: dict[str, Any], field: str,
                  label: str) -> dict[str, Any]:
    for name, value in change.items():
        if name not in _FIGURE_LIMITS:
            raise _error(label, f"{field}.{name}", "unknown field; allowed: "
                         + ", ".join(_FIGURE_LIMITS), value)
        low, high = _FIGURE_LIMITS[name]
        _number(label, f"{field}.{name}", value, low, high)
    if not change:
        raise _error(label, field, "must name at least one of " + ", ".join(_FIGURE_LIMITS),
                     change)
    if "monthly" in change:
        if len(change) > 1:
            raise _error(label, field, "a monthly cost replaces the whole figure; give it alone",
                         change)
        return {"basis": "fixed", "monthly": float(change["monthly"]), "set_by": label}
    if current is None:
        if set(change) == {"annual_salary"} and field.endswith(".full_time"):
            return {"basis": "salary", "annual_salary": float(change["annual_salary"]),
                    "set_by": label}
        raise _error(label, field, "this option has no default figure to change; give a "
                     "monthly cost", change)
    used = set(_BASIS_FIELDS[current["basis"]])
    for name in change:
        if name not in used:
            raise _error(label, f"{field}.{name}",
                         "not used by this figure; change " + ", ".join(sorted(used))
                         + " or give a monthly cost", change[name])
    merged = dict(current)
    merged.update({k: float(v) for k, v in change.items()})
    merged["set_by"] = label
    return merged


_DEFAULT: CostTable | None = None


def default_costs() -> CostTable:
    """The built-in cost table (read once, then shared: it is immutable)."""
    global _DEFAULT
    if _DEFAULT is None:
        # Shipped and validated by the tests: no validator needs to be built at start.
        _DEFAULT = construct(CostTable, read_json("costs", "default.json"))
    return _DEFAULT


def read_cost_document(path: str | Path) -> Any:
    """Read a user cost file as JSON without applying it.

    Raises:
        CostFileError: the file is missing, unreadable, too large or not JSON.
    """
    label = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise CostFileError(f"{label}: is a folder, not a cost file")
        if p.stat().st_size > 1024 * 1024:
            raise CostFileError(f"{label}: is larger than 1 MB, so it is not a cost file")
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CostFileError(f"{label}: no such file") from exc
    except PermissionError as exc:
        raise CostFileError(f"{label}: permission denied") from exc
    except UnicodeDecodeError as exc:
        raise CostFileError(f"{label}: not a UTF-8 text file") from exc
    except OSError as exc:
        raise CostFileError(f"{label}: cannot read the file ({exc.strerror})") from exc
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise CostFileError(f"{label}: not valid JSON (line {exc.lineno}, column "
                                f"{exc.colno}: {exc.msg})") from exc
        raise CostFileError(f"{label}: {exc}") from exc


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a cost file may hold")


def load_costs(path: str | Path | None = None) -> CostTable:
    """The built-in cost table, with a user cost file applied when ``path`` is given.

    Raises:
        CostFileError: the file is unreadable or invalid; the message names the file, the
            field and the value.
    """
    table = default_costs()
    if path is None:
        return table
    return apply_overrides(table, read_cost_document(path), str(path))
