"""The proposed Asian Institute for Peace Operations (speech, section F):
the Director's rotation, the Governing Council's check and the sharing of
costs.

>>> [(t.number, t.state, t.start.isoformat()) for t in rotation(["JPN", "CHN", "KOR"], "2016-01-01", 3)]
[(1, 'JPN', '2016-01-01'), (2, 'CHN', '2021-01-01'), (3, 'KOR', '2026-01-01')]
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, Optional

from . import _native
from ._inputs import Day, JsonInput, day, json_text, parse_day
from ._model import _Answer
from ._native import Scale

__all__ = ["CouncilProblem", "Term", "check_council", "rotation", "share_costs"]


@dataclass(frozen=True)
class Term(_Answer):
    """One five-year term of the Director."""

    number: int = 0
    state: str = ""
    """The member state whose national holds the term (ISO code)."""
    start: datetime.date = datetime.date.min
    end: datetime.date = datetime.date.min
    """The last day of the term, included."""

    @classmethod
    def _of(cls, d: dict[str, Any]) -> Term:
        start, end = d["period"].split("..=")
        return cls(d, d["number"], d["state"], parse_day(start), parse_day(end))


def rotation(members: Sequence[str], start: Day, terms: int) -> list[Term]:
    """The Director's terms: ``terms`` five-year terms from ``start``, the
    ``members`` (ISO codes, in rotation order) in turn."""
    if isinstance(members, str):
        raise TypeError("members: expected a sequence of ISO codes, not one string")
    return [Term._of(t) for t in _native.rotation(list(members), day(start, "start"), terms)]


@dataclass(frozen=True)
class CouncilProblem(_Answer):
    """A rule of the charter that a Governing Council roster breaks."""

    rule: str = ""
    """The rule, with its citation of the speech."""
    problem: str = ""
    """What is wrong (``too_many_seats``, ``unknown_member``…)."""

    @classmethod
    def _of(cls, d: dict[str, Any]) -> CouncilProblem:
        return cls(d, d["rule"], d["kind"]["problem"])


def check_council(roster: JsonInput) -> list[CouncilProblem]:
    """The problems of a Governing Council roster (a dict, JSON text or a
    file with ``members``, ``ngo_seats`` and ``seats``; see
    ``examples/data/council-*.json``); an empty list when it is valid.

    >>> check_council("examples/data/council-valid.json")
    []
    """
    t = json_text(roster, "roster")
    return [CouncilProblem._of(p) for p in _native.check_council(t.text, t.file, t.positions)]


def share_costs(
    members: Sequence[str],
    budget: Decimal,
    basis: Literal["equal", "proportional", "hybrid"] = "proportional",
    *,
    scale: Optional[Scale] = None,
    floor: Optional[Decimal] = None,
    ceiling: Optional[Decimal] = None,
) -> dict[str, Decimal]:
    """Each member's share of ``budget`` (US dollars, whole cents), the
    shares summing to the budget to the cent: ``equal``, ``proportional``
    to the members' rates on ``scale`` (default: the 2015 peacekeeping
    rates of the speech's Annex 1), or ``hybrid`` (proportional, each share
    kept between ``floor`` and ``ceiling`` percent of the budget).

    >>> share_costs(["JPN", "CHN", "KOR"], Decimal("10000000.00"))
    {'JPN': Decimal('5565262.08'), 'CHN': Decimal('3412127.44'), 'KOR': Decimal('1022610.48')}
    """
    if isinstance(members, str):
        raise TypeError("members: expected a sequence of ISO codes, not one string")
    if basis != "equal" and scale is None:
        scale = Scale.annex_1()
    shares = _native.share_costs(list(members), budget, basis, scale, floor, ceiling)
    return dict(shares)
