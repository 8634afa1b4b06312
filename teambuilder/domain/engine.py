"""The recommendation engine: from a business profile to a costed, explained team.

How it decides (see ``product.md``):

1. The profile becomes a demand for each capability (:mod:`teambuilder.domain.demand`,
   rules from the seed articles, data in ``resources/engine/demand.json``).
2. Every way of staffing every role or combined role is a candidate with a monthly cost
   (:mod:`teambuilder.domain.costs`) and a coverage: the option's coverage factor times the
   capabilities the catalogue gives the role.
3. The exact search (:mod:`teambuilder.domain.solver`) picks the set that covers the most
   demand within the budget. Each seed role has at most one in-house line (full-time or
   part-time, single or combined) and at most one outsourced line (freelancer, agency or
   fractional leader): the classic small-business set-up is one in-house generalist with
   specialists bought in (seed 002: a task goes to "you, a freelancer or a specialised
   agency"; published team-shape guidance: 1-3 generalists with specialists outsourced).
   Their coverage adds up, with diminishing returns. There is at most one leader line (a
   director in-house or a fractional one), roles already covered in the company are not
   bought again, and a director only pays off with a team to lead. A combined role covers
   less as the company grows (the demand model's ``combined_factor``: large companies split
   the work across specialists, seeds 002 and 003).
4. Every line, deferral, channel, step and note is explained with message templates
   (:mod:`teambuilder.domain.messages`).

Everything that does not depend on the profile is prepared once per catalogue and cost
table (:class:`Engine`); :func:`recommend` keeps a few prepared engines. Nothing is cached
per profile: every call decides afresh.
"""

from __future__ import annotations

import math
from operator import add
from typing import cast

from teambuilder.domain.catalogue import ROLE_IDS, Capability, Catalogue, CombinedRole, Role
from teambuilder.domain.costs import MODE_OF_OPTION, CostTable, Option
from teambuilder.domain.demand import (
    CAPABILITIES,
    Demand,
    DemandModel,
    compute_demand,
    when_strength,
)
from teambuilder.domain.demand import demand_model as shipped_demand_model
from teambuilder.domain.messages import join_list, text
from teambuilder.domain.money import format_decimal, format_money, format_number, format_percent
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import Mode, Recommendation
from teambuilder.domain.solver import (
    SCALE,
    Candidate,
    Entry,
    Scorer,
    Selection,
    build_entries,
    coverage,
    growth_path,
    scorer_for,
    solve,
)
from teambuilder.domain.trusted import construct

WEIGHT_SCALE = 1_000_000
"""Integer precision of capability weights in the search."""

TOP_CHANNELS = 6
"""How many channels a recommendation lists."""

PERCENT = 100
"""Precision of the share of coverage a combined role keeps as the company grows."""

GROWTH_STEPS = 3
"""How many phases of the growth path a recommendation gives."""

OUTSOURCED: frozenset[str] = frozenset({"freelance", "agency", "fractional"})
"""Staffing options bought from outside the company; the others are in-house lines."""

# Bits of a candidate's mask (no two lines of a team share a bit): one per seed role for an
# in-house line, one per seed role for an outsourced line, and one for a leader line.
_OUT_SHIFT = len(ROLE_IDS)
_LEADER_BIT = 1 << (2 * len(ROLE_IDS))


class Engine:
    """A recommendation engine prepared for one catalogue and one cost table.

    Args:
        catalogue: roles and combined roles (any language; ids and numbers are the same).
        costs: monthly costs and coverage assumptions.
        model: the demand model (defaults to the shipped one).
    """

    def __init__(self, catalogue: Catalogue, costs: CostTable,
                 model: DemandModel | None = None) -> None:
        self.catalogue = catalogue
        self.costs = costs
        self.model = model or shipped_demand_model()
        self._bit = {rid: 1 << i for i, rid in enumerate(ROLE_IDS)}
        self._entries_by_id: dict[str, Role | CombinedRole] = {
            e.id: e for e in catalogue.entries()
        }
        self._role_vec: dict[str, tuple[int, ...]] = {}
        self._entry_roles: dict[str, list[str]] = {}
        self._entry_shares: dict[str, dict[str, float]] = {}
        self._main_caps: dict[str, tuple[Capability, ...]] = {}
        main_share = self.model.reasons.main_share
        candidates: list[Candidate] = []
        for entry in sorted(catalogue.entries(), key=lambda e: e.id):
            caps = catalogue.capabilities_of(entry)
            if isinstance(entry, Role):
                shares = {entry.id: 1.0}
                self._role_vec[entry.id] = self._vector(caps, 1.0)
            else:
                shares = dict(entry.merges)
            roles = [r for r in ROLE_IDS if r in shares]
            self._entry_roles[entry.id] = roles
            self._entry_shares[entry.id] = shares
            # What the line mainly takes care of: the main capability of each of its roles
            # (of each role a combined role does a real share of).
            main: list[Capability] = []
            for r in roles:
                if shares[r] >= main_share or len(roles) == 1:
                    top = _main_capability(catalogue.capabilities_of(catalogue.role(r)))
                    if top is not None and top not in main:
                        main.append(top)
            self._main_caps[entry.id] = tuple(main)
            in_house = sum(self._bit[r] for r in roles)
            for option in costs.options_for(entry.id):
                mask = in_house << _OUT_SHIFT if option in OUTSOURCED else in_house
                min_team = 0
                if entry.level == "leadership":
                    mask |= _LEADER_BIT  # one leader, in-house or fractional
                    min_team = self.model.leadership.min_team.get(option, 0)
                candidates.append(Candidate(
                    key=f"{entry.id}:{option}", entry_id=entry.id, option=option, mask=mask,
                    cost=_cents(costs.monthly(entry.id, option)),
                    vec=self._vector(caps, costs.coverage_factor(option)), min_team=min_team,
                ))
        self._candidates = candidates
        self._combined = frozenset(e.id for e in catalogue.entries()
                                   if isinstance(e, CombinedRole))
        self._entries = build_entries(candidates)
        self._entries_at: dict[int, tuple[Entry, ...]] = {PERCENT: self._entries}
        # What a deferred role would cost to add: its own non-dominated options.
        self._role_options: dict[str, list[Candidate]] = {
            rid: sorted((o for e in self._entries for o in e.options if o.entry_id == rid),
                        key=lambda c: (c.cost, c.key))
            for rid in ROLE_IDS
        }
        self._cheapest_full_time = min(
            (c.cost for c in candidates if c.option == "full_time"), default=0
        )
        # Per channel: the rules that name it (with their weight) and whether every
        # e-marketer works it.
        self._channel_data = [
            (ch, [(r.id, r.channel_weight) for r in self.model.rules if ch.id in r.channels],
             ch.id in self.model.base.channels)
            for ch in sorted(catalogue.channels, key=lambda c: c.id)
        ]
        self._entry_channels = {e.id: frozenset(e.channels) for e in catalogue.entries()}
        self._fixed: dict[tuple[str, str], str] = {}
        self._formatted: dict[tuple[int, str, str], str] = {}

    def entries_at(self, percent: int) -> tuple[Entry, ...]:
        """The search entries when combined roles give ``percent`` of their coverage (kept:
        the percentage depends only on the company's size, so few of them come back)."""
        got = self._entries_at.get(percent)
        if got is None:
            got = self._entries_at[percent] = build_entries(
                c._replace(vec=tuple(v * percent // PERCENT for v in c.vec))
                if c.entry_id in self._combined else c
                for c in self._candidates)
        return got

    def size_factor(self, entry_id: str, percent: int) -> float:
        """Share of its coverage an entry gives at this combined-role ``percent``."""
        return percent / PERCENT if entry_id in self._combined else 1.0

    @staticmethod
    def _vector(caps: dict[Capability, float], factor: float) -> tuple[int, ...]:
        return tuple(round(factor * caps.get(c, 0.0) * SCALE) for c in CAPABILITIES)

    def fixed_text(self, key: str, lang: str) -> str:
        """A message without parameters, rendered once per language and kept."""
        cached = self._fixed.get((key, lang))
        if cached is None:
            cached = self._fixed[(key, lang)] = text(key, lang)
        return cached

    def entry_text(self, key: str, entry_id: str, lang: str) -> str:
        """A sentence about one catalogue entry: its title, or what a combined role merges
        (rendered once per language and kept)."""
        cached = self._fixed.get((key + "/" + entry_id, lang))
        if cached is None:
            entry = self._entries_by_id[entry_id]
            if key == "reason.combined":
                names = [self._entries_by_id[r].name for r in self._entry_roles[entry_id]]
                cached = text(key, lang, roles=join_list(names, lang))
            else:
                cached = text(key, lang, name=entry.name)
            self._fixed[(key + "/" + entry_id, lang)] = cached
        return cached

    def costs_note(self, lang: str) -> str:
        """Where the costs come from (kept per language)."""
        cached = self._fixed.get(("note.costs", lang))
        if cached is None:
            if self.costs.label == "built-in defaults":
                cached = text("note.costs_default", lang, multiplier=format_decimal(
                    self.costs.on_cost.multiplier, lang))
            else:
                cached = text("note.costs_custom", lang, label=self.costs.label)
            self._fixed[("note.costs", lang)] = cached
        return cached

    def money_text(self, cents: int, currency: str, lang: str) -> str:
        """An amount in whole units as the language writes it (formatted once, then kept:
        the same few costs come back in every recommendation)."""
        key = (round(cents / 100), currency, lang)
        shown = self._formatted.get(key)
        if shown is None:
            if len(self._formatted) > 10_000:
                self._formatted.clear()
            shown = self._formatted[key] = format_money(key[0], currency, lang)
        return shown

    def percent_text(self, share: float, lang: str) -> str:
        """A share as a whole percentage in the language (kept per rounded value)."""
        if not math.isfinite(share):
            return format_percent(share, lang)
        key = (round(share * 100), "%", lang)
        shown = self._formatted.get(key)
        if shown is None:
            shown = self._formatted[key] = format_percent(key[0] / 100, lang)
        return shown

    def role_bits(self, role_ids: tuple[str, ...]) -> int:
        """Mask bits (in-house and outsourced) of these seed roles."""
        bits = 0
        for rid in role_ids:
            bits |= self._bit[rid]
        return bits | bits << _OUT_SHIFT

    # --- the decision ----------------------------------------------------------------

    def recommend(self, profile: Profile, lang: str = "en") -> Recommendation:
        """Recommend a team for ``profile`` within its budget.

        Raises:
            ValueError: ``profile.have`` names a role id that is not one of the eight.
        """
        unknown = [r for r in profile.have if r not in self._bit]
        if unknown:
            raise ValueError(f"have: unknown role id {unknown[0]!r}; allowed: "
                             + ", ".join(ROLE_IDS))
        demand = compute_demand(profile, self.model)
        need = [round(demand.need[c] * SCALE) for c in CAPABILITIES]
        weight = [
            round(WEIGHT_SCALE * demand.weights[c] / demand.need[c]) if demand.need[c] > 0
            else 0
            for c in CAPABILITIES
        ]
        base = [0] * len(CAPABILITIES)
        for rid in profile.have:
            base = list(map(add, base, self._role_vec[rid]))
        blocked = self.role_bits(profile.have)
        budget = _budget_cents(profile.budget)
        percent = max(0, min(PERCENT, round(demand.combined_factor * PERCENT)))
        entries = self.entries_at(percent)
        scorer = scorer_for(entries, need, weight, base)
        selection = solve(entries, need, weight, base, blocked, len(profile.have), budget,
                          scorer)
        ctx = _Context(self, profile, lang, demand, need, weight, base, blocked, scorer,
                       selection, entries, percent)
        return ctx.build()


class _Context:
    """Everything about one recommendation while its text is being written.

    Values are computed on packed coverage (:class:`~teambuilder.domain.solver.Scorer`);
    sentences that do not depend on the profile come from the engine's per-language cache.
    """

    def __init__(self, engine: Engine, profile: Profile, lang: str, demand: Demand,
                 need: list[int], weight: list[int], base: list[int], blocked: int,
                 scorer: Scorer, selection: Selection, entries: tuple[Entry, ...],
                 percent: int) -> None:
        self.e = engine
        self.entries = entries
        self.combined_percent = percent
        self.profile = profile
        self.lang = lang
        self.demand = demand
        self.need = need
        self.weight = weight
        self.blocked = blocked
        self.sc = scorer
        self.sel = selection
        self.total = scorer.total
        self.team_cov = coverage(selection.picks, base)  # per capability, for the reasons
        self.team_packed = scorer.base + sum(scorer.pack(p.vec) for p in selection.picks)
        self.currency = engine.costs.currency
        self.budget = _budget_cents(profile.budget)
        self.used = 0
        for p in selection.picks:
            self.used |= p.mask

    # helpers
    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def fixed(self, key: str) -> str:
        """A sentence without parameters (cached per language by the engine)."""
        return self.e.fixed_text(key, self.lang)

    def money(self, cents: int) -> str:
        return self.e.money_text(cents, self.currency, self.lang)

    def percent(self, share: float) -> str:
        return self.e.percent_text(share, self.lang)

    def share(self, value: int) -> float:
        return value / self.total if self.total > 0 else 1.0

    def value_with(self, extra: Candidate) -> int:
        """Value of the chosen team plus one more candidate."""
        return self.sc.value(self.team_packed + self.sc.pack(extra.vec))

    def name(self, entry_id: str) -> str:
        return self.e._entries_by_id[entry_id].name

    def title(self, c: Candidate) -> str:
        key = "title.fractional" if c.option == "fractional" else "title.single"
        return self.e.entry_text(key, c.entry_id, self.lang)

    # building blocks
    def build(self) -> Recommendation:
        picks = self.sel.picks
        score = self.share(self.sel.value) if self.total > 0 else 1.0
        team = [self.line(p) for p in sorted(picks, key=lambda p: (-p.cost, p.key))]
        channels = self.channels()
        phases, steps = self.growth()
        # Built without validation: every value is the engine's own, of the right type
        # (tests/domain/test_trusted.py checks that validation gives the same).
        return construct(Recommendation, {
            "profile": self.profile,
            "currency": self.currency,
            "team": team,
            "deferred": self.deferred(),
            "total_monthly_cost": self.sel.cost / 100,
            "monthly_budget": self.profile.budget,
            "channels": channels,
            "next_steps": steps,
            "notes": self.notes(channels, score),
            "demand": {c.value: round(self.demand.need[c], 4) for c in CAPABILITIES},
            "covered": {
                c.value: round(min(n, v) / SCALE, 4)
                for c, n, v in zip(CAPABILITIES, self.need, self.team_cov, strict=True)
            },
            "score": round(score, 6),
            "phases": phases,
        })

    def line(self, p: Candidate) -> dict[str, object]:
        marginal = self.sel.value - self.sc.value(self.team_packed - self.sc.pack(p.vec))
        # What the line mainly takes care of (its roles' main capabilities), those it adds
        # most to, given the rest of the team, first.
        added = {
            cap: w * (min(n, c) - min(n, c - v))
            for w, n, c, v, cap in zip(self.weight, self.need, self.team_cov, p.vec,
                                       CAPABILITIES, strict=True)
        }
        main = self.e._main_caps[p.entry_id]
        top = sorted(main, key=lambda cap: (-added[cap], main.index(cap)))[
            :self.e.model.reasons.most]
        reasons: list[str] = []
        if top:
            reasons.append(self.t("reason.covers",
                                  capabilities=join_list([self.fixed(f"cap.{c.value}")
                                                          for c in top], self.lang),
                                  share=self.percent(self.share(marginal))))
            reasons.append(self.why(top[0]))
        reasons.append(self.fixed(f"reason.mode.{p.option}"))
        roles = self.e._entry_roles[p.entry_id]
        if len(roles) > 1:
            reasons.append(self.e.entry_text("reason.combined", p.entry_id, self.lang))
            if self.combined_percent <= PERCENT * self.e.model.reasons.combined_large_below:
                reasons.append(self.fixed("reason.combined_large"))
        if p.option in OUTSOURCED:
            reasons.extend(self.complements(p, roles))
        if p.min_team:
            reasons.append(self.t("reason.leader",
                                  count=len(self.sel.picks) - 1 + len(self.profile.have)))
        shares = self.e._entry_shares[p.entry_id]
        factor = self.e.costs.coverage_factor(cast(Option, p.option)) * self.e.size_factor(
            p.entry_id, self.combined_percent)
        return {
            "title": self.title(p),
            "entry_id": p.entry_id,
            "roles": roles,
            "coverage": {r: round(shares[r] * factor, 4) for r in roles},
            "mode": _mode(p.option),
            "option": p.option,
            "monthly_cost": p.cost / 100,
            "reasons": reasons,
        }

    def complements(self, p: Candidate, roles: list[str]) -> list[str]:
        """Why an outsourced line sits next to an in-house line that covers the same role."""
        out: list[str] = []
        for q in self.sel.picks:
            if q is p or q.option in OUTSOURCED:
                continue
            shares = self.e._entry_shares[q.entry_id]
            factor = self.e.costs.coverage_factor(cast(Option, q.option)) * self.e.size_factor(
                q.entry_id, self.combined_percent)
            for rid in roles:
                if rid in shares:
                    out.append(self.t(
                        "reason.complements", other=self.name(q.entry_id),
                        other_mode=self.fixed(f"mode.{q.option}"), role=self.name(rid),
                        share=self.percent(shares[rid] * factor),
                        option=self.fixed(f"option.{p.option}")))
        return out

    def why(self, cap: Capability) -> str:
        """The seed rule that raised the demand for ``cap`` most for this profile."""
        best: tuple[float, str] | None = None
        for rule_id in sorted(self.demand.rule_weights):
            amount = self.demand.rule_weights[rule_id].get(cap, 0.0)
            if amount > 0 and (best is None or amount > best[0]):
                best = (amount, rule_id)
        if best is None:
            return self.t("reason.base", capability=self.fixed(f"cap.{cap.value}"))
        return self.fixed(f"rule.{best[1]}")

    def deferred(self) -> list[dict[str, object]]:
        in_team = {r for p in self.sel.picks for r in self.e._entry_roles[p.entry_id]}
        left = self.budget - self.sel.cost
        others = len(self.sel.picks) + len(self.profile.have)
        out: list[dict[str, object]] = []
        for rid in ROLE_IDS:
            if rid in in_team:
                continue
            options = self.e._role_options[rid]
            if not options:
                out.append({"role": rid, "reason": self.fixed("deferred.no_price"),
                            "monthly_cost_to_add": 0.0, "mode_to_add": "full_time",
                            "option_to_add": ""})
                continue
            chosen = options[0]
            if rid in self.profile.have:
                reason = self.fixed("deferred.have")
            else:
                # The cheapest option that would cover more, and why it is not in the team.
                useful = None
                for o in options:
                    if not o.mask & self.used:
                        gained = self.value_with(o) - self.sel.value
                        if gained > 0:
                            useful = (o, gained)
                            break
                if useful is None:
                    reason = self.fixed(self.not_needed_key(rid))
                else:
                    chosen, gained = useful
                    if chosen.min_team > others:
                        reason = self.t("deferred.needs_team", count=others,
                                        option=self.fixed(f"option.{chosen.option}"),
                                        minimum=chosen.min_team)
                    elif chosen.cost > left:
                        reason = self.t("deferred.over_budget",
                                        share=self.percent(self.share(gained)),
                                        option=self.fixed(f"option.{chosen.option}"),
                                        cost=self.money(chosen.cost),
                                        left=self.money(max(0, left)))
                    else:
                        reason = self.fixed("deferred.optional")
            out.append({"role": rid, "reason": reason,
                        "monthly_cost_to_add": chosen.cost / 100,
                        "mode_to_add": _mode(chosen.option), "option_to_add": chosen.option})
        return out

    def not_needed_key(self, rid: str) -> str:
        """The message key saying why role ``rid``, which adds nothing here, is left out:
        the demand model's reason for this role and profile, if it has one."""
        for why in self.e.model.deferred_reasons:
            if why.role == rid and when_strength(why.when, self.profile, self.e.model) > 0:
                return why.message
        return "deferred.not_needed"

    def channels(self) -> list[str]:
        """Channels to favour, best first (the scoring is described in ``demand.json``).

        A channel the seeds tie to the other market focus is left out (LinkedIn for a shop
        selling to consumers; Instagram, Facebook and Pinterest for B2B). The rest score
        the applying seed rules that name them (the market-focus rules most), then the
        seed-003 channels every e-marketer works (SEO, a blog, email) and their capability's
        share of the demand, which count half when nobody in the chosen team works the
        channel; with a budget below one full-time salary the low-cost channels of seed 003
        count more.
        """
        model = self.e.model
        focus = self.profile.focus
        small = self.budget < self.e._cheapest_full_time
        strength = self.demand.rule_strength
        weights = self.demand.weights
        worked: set[str] = set()
        for p in self.sel.picks:
            worked |= self.e._entry_channels[p.entry_id]
        scored: list[tuple[float, str]] = []
        for ch, rules, basic in self.e._channel_data:
            if focus != "both" and focus not in ch.focus:
                continue
            # What the seeds advise for this profile, then what the team and the demand add.
            advised = model.channel_boost * sum(strength.get(rule_id, 0.0) * weight
                                                for rule_id, weight in rules)
            extra = weights[ch.capability] + (model.base_channel_boost if basic else 0.0)
            if worked and ch.id not in worked:
                extra *= model.unworked_channel_factor
            score = advised + extra
            if small and ch.low_cost:
                score *= model.low_cost_boost
            scored.append((score, ch.id))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return [cid for _, cid in scored[:TOP_CHANNELS]]

    def growth(self) -> tuple[list[dict[str, object]], list[str]]:
        path = growth_path(self.entries, self.sc, self.blocked, len(self.profile.have),
                           self.sel, steps=GROWTH_STEPS)
        phases: list[dict[str, object]] = []
        steps: list[str] = []
        for step in path:
            sel = step.selection
            share = self.percent(self.share(sel.value))
            extra = self.money(sel.cost - self.sel.cost)
            c = step.add
            if step.replaces is None:
                steps.append(self.t("step.add", budget=self.money(sel.cost), extra=extra,
                                    title=self.title(c),
                                    option=self.fixed(f"option.{c.option}"), share=share))
            else:
                steps.append(self.t("step.upgrade", budget=self.money(sel.cost), extra=extra,
                                    title=self.name(c.entry_id),
                                    old_option=self.fixed(f"option.{step.replaces.option}"),
                                    option=self.fixed(f"option.{c.option}"), share=share))
            phases.append({
                "monthly_budget": sel.cost / 100, "entry_id": c.entry_id, "option": c.option,
                "mode": _mode(c.option),
                "replaces_option": step.replaces.option if step.replaces else None,
                "score": round(self.share(sel.value), 6),
            })
        if not path:
            complete = self.sel.value >= self.total
            steps.append(self.fixed("step.complete" if complete else "step.none"))
        return phases, steps

    def notes(self, channels: list[str], score: float) -> list[str]:
        notes: list[str] = []
        budget = self.budget
        if not self.sel.picks:
            cheapest = self.cheapest_useful()
            if cheapest is not None:
                notes.append(self.t("note.no_one", budget=self.money(budget),
                                    title=self.title(cheapest),
                                    option=self.fixed(f"option.{cheapest.option}"),
                                    cost=self.money(cheapest.cost)))
            low = [c for c in channels if self.e.catalogue.channel(c).low_cost] or channels
            if low:
                notes.append(self.t("note.instead_freelancer",
                                    channel=self.e.catalogue.channel(low[0]).name))
            notes.append(self.fixed("note.instead_owner"))
            notes.append(self.fixed("note.instead_low_cost"))
        elif budget < self.e._cheapest_full_time:
            notes.append(self.t("note.small_budget",
                                cost=self.money(self.e._cheapest_full_time)))
        notes.append(self.t("note.coverage", share=self.percent(score),
                            size=format_number(self.profile.size, self.lang)))
        if self.profile.have:
            notes.append(self.t("note.have", roles=join_list(
                [self.name(r) for r in ROLE_IDS if r in self.profile.have], self.lang)))
        left = budget - self.sel.cost
        if self.sel.picks and left >= max(100, budget // 100):
            notes.append(self.t("note.unspent", left=self.money(left)))
        if any(p.option == "agency" and "paid_media_manager" in self.e._entry_roles[p.entry_id]
               for p in self.sel.picks):
            notes.append(self.fixed("note.ad_spend"))
        if any(p.entry_id == "digital_marketing_generalist" for p in self.sel.picks):
            notes.append(self.fixed("note.generalist_first"))
        notes.append(self.e.costs_note(self.lang))
        notes.append(self.fixed("note.assumptions"))
        return notes

    def cheapest_useful(self) -> Candidate | None:
        """The cheapest candidate that would cover some of the demand on its own."""
        best: Candidate | None = None
        n_have = len(self.profile.have)
        for entry in self.entries:
            if entry.mask & self.blocked:
                continue
            for o in entry.options:
                if o.min_team > n_have:
                    continue
                if self.value_with(o) > self.sel.value and (
                    best is None or (o.cost, o.key) < (best.cost, best.key)
                ):
                    best = o
        return best


def _main_capability(caps: dict[Capability, float]) -> Capability | None:
    """The capability a role covers most (the first in the fixed order on a tie)."""
    best: Capability | None = None
    for cap in CAPABILITIES:
        if caps.get(cap, 0.0) > 0 and (best is None or caps[cap] > caps[best]):
            best = cap
    return best


def _mode(option: str) -> Mode:
    """The CLI contract's mode of a staffing option id."""
    return MODE_OF_OPTION[cast(Option, option)]


def _cents(amount: float) -> int:
    """A cost in whole cents, at least one: nothing in the search is free."""
    return max(1, round(amount * 100))


def _budget_cents(budget: float) -> int:
    """The budget in whole cents, never more than the budget itself."""
    cents = math.floor(budget * 100)
    while cents / 100 > budget:
        cents -= 1
    return cents


_ENGINES: dict[tuple[int, int], tuple[Catalogue, CostTable, Engine]] = {}
_MAX_ENGINES = 8


def engine_for(catalogue: Catalogue, costs: CostTable) -> Engine:
    """A prepared engine for this catalogue and cost table (kept for reuse).

    The cache holds the objects themselves, so an id is never reused while its entry lives.
    """
    key = (id(catalogue), id(costs))
    hit = _ENGINES.get(key)
    if hit is not None and hit[0] is catalogue and hit[1] is costs:
        return hit[2]
    engine = Engine(catalogue, costs)
    if len(_ENGINES) >= _MAX_ENGINES:
        _ENGINES.pop(next(iter(_ENGINES)))
    _ENGINES[key] = (catalogue, costs, engine)
    return engine


def recommend(profile: Profile, catalogue: Catalogue, costs: CostTable,
              lang: str = "en") -> Recommendation:
    """Recommend a team for ``profile`` (see the module docstring for how).

    Args:
        profile: the business; its budget is in ``costs.currency``.
        catalogue: the role catalogue (its language gives the role names).
        costs: the cost table.
        lang: language of the reasons, steps and notes (English where untranslated).

    Raises:
        ValueError: ``profile.have`` names an unknown role id.
    """
    return engine_for(catalogue, costs).recommend(profile, lang)
