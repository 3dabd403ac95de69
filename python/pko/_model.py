"""The answers of pko beyond an assessment, as Python objects: each keeps
the library's JSON form (``to_dict()``, what the command line's
``--format json`` prints) and gives its main parts as typed attributes."""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field
from typing import Any, Optional

from ._enums import Verdict
from ._inputs import parse_day


@dataclass(frozen=True)
class _Answer:
    """An answer and its JSON form."""

    _data: Any = field(repr=False, compare=False)

    def to_dict(self) -> Any:
        """The JSON form, as the command line's ``--format json`` prints it
        (a copy: changing it changes nothing here)."""
        return copy.deepcopy(self._data)


@dataclass(frozen=True)
class Period(_Answer):
    """A maximal span of days that share one verdict."""

    start: datetime.date = datetime.date.min
    end: datetime.date = datetime.date.min
    verdict: Verdict = Verdict.UNDETERMINED
    changes: list[dict[str, Any]] = field(default_factory=list)
    """The findings that changed at ``start``, each with its subject, status
    before and after, and reasons."""

    @classmethod
    def _of(cls, d: dict[str, Any]) -> Period:
        return cls(d, parse_day(d["start"]), parse_day(d["end"]), Verdict(d["verdict"]), d["changes"])


@dataclass(frozen=True)
class Comparison(_Answer):
    """The same facts on two days, and what changed between them."""

    first: datetime.date = datetime.date.min
    second: datetime.date = datetime.date.min
    verdict_first: Verdict = Verdict.UNDETERMINED
    verdict_second: Verdict = Verdict.UNDETERMINED
    changes: list[dict[str, Any]] = field(default_factory=list)
    amendments_between: list[str] = field(default_factory=list)
    """The amendments that came into force between the two days."""
    _report: str = field(default="", repr=False, compare=False)

    @classmethod
    def _of(cls, d: dict[str, Any], report: str) -> Comparison:
        return cls(
            d,
            parse_day(d["from"]["as_of"]),
            parse_day(d["to"]["as_of"]),
            Verdict(d["from"]["verdict"]),
            Verdict(d["to"]["verdict"]),
            d["changes"],
            d["amendments_between"],
            report,
        )

    def __str__(self) -> str:
        return self._report


@dataclass(frozen=True)
class Replay(_Answer):
    """One dispatch of Japan's record, assessed on its first and last day
    under the law of each day."""

    dispatch: str = ""
    """The dispatch's id (``unmiss-engineering-2015-tasks``)."""
    mission: str = ""
    first_day: datetime.date = datetime.date.min
    first_verdict: Verdict = Verdict.UNDETERMINED
    last_day: Optional[datetime.date] = None
    """``None`` while the dispatch is ongoing."""
    last_verdict: Optional[Verdict] = None

    @classmethod
    def _of(cls, d: dict[str, Any]) -> Replay:
        last = d.get("last_day")
        return cls(
            d,
            d["dispatch"]["id"],
            d["dispatch"]["mission"],
            parse_day(d["first_day"]["date"]),
            Verdict(d["first_day"]["verdict"]),
            parse_day(last["date"]) if last else None,
            Verdict(last["verdict"]) if last else None,
        )


@dataclass(frozen=True)
class Action(_Answer):
    """A dated step of principle 4: suspend, resume or terminate."""

    date: datetime.date = datetime.date.min
    action: str = ""
    causes: list[Any] = field(default_factory=list)

    @classmethod
    def _of(cls, d: dict[str, Any]) -> Action:
        return cls(d, parse_day(d["date"]), d["action"], d["causes"])


@dataclass(frozen=True)
class Timeline(_Answer):
    """Principle 4 over dated events: when work is suspended, resumed or the
    dispatch terminated."""

    grace_days: int = 0
    entries: list[Action] = field(default_factory=list)
    ignored: list[Any] = field(default_factory=list)
    """Events that changed nothing, with why."""

    @classmethod
    def _of(cls, d: dict[str, Any]) -> Timeline:
        return cls(d, d["grace"], [Action._of(e) for e in d["entries"]], d["ignored"])


@dataclass(frozen=True)
class TransferAssessment(_Answer):
    """A contribution in kind (goods given for an operation), assessed on a
    day."""

    on: datetime.date = datetime.date.min
    regime: str = ""
    verdict: Verdict = Verdict.UNDETERMINED
    findings: list[dict[str, Any]] = field(default_factory=list)
    deciding_facts: list[str] = field(default_factory=list)
    _report: str = field(default="", repr=False, compare=False)

    @classmethod
    def _of(cls, d: dict[str, Any], report: str) -> TransferAssessment:
        return cls(
            d,
            parse_day(d["on"]),
            d["regime"],
            Verdict(d["verdict"]),
            d["findings"],
            d["deciding_facts"],
            report,
        )

    def __str__(self) -> str:
        return self._report


@dataclass(frozen=True)
class Impact(_Answer):
    """What a reform changes: each case (a deployment on a day) whose
    findings differ, finding by finding, with the change that did it."""

    assessed: int = 0
    """Cases assessed."""
    verdicts_changed: int = 0
    changed: int = 0
    """Cases with any finding changed."""
    cases: list[dict[str, Any]] = field(default_factory=list)
    _report: str = field(default="", repr=False, compare=False)

    @classmethod
    def _of(cls, d: dict[str, Any], report: str, changed: int) -> Impact:
        return cls(d, d["assessed"], d["verdicts_changed"], changed, d["cases"], report)

    def __str__(self) -> str:
        return self._report


@dataclass(frozen=True)
class OpenReading(_Answer):
    """A reading of the law the sources leave open, set with
    ``assumptions={name: value}``."""

    name: str = ""
    question: str = ""
    values: list[str] = field(default_factory=list)
    default: str = ""
    why: str = ""

    @classmethod
    def _of(cls, d: dict[str, Any]) -> OpenReading:
        return cls(d, d["name"], d["question"], d["values"], d["default"], d["why"])


@dataclass(frozen=True)
class Part(_Answer):
    """One participant's part of a joint deployment, or the UN's principles
    applied to its operation."""

    participant: str = ""
    """``japan``, ``korea``, ``china`` or ``united_nations``."""
    verdict: Verdict = Verdict.UNDETERMINED
    findings: list[dict[str, Any]] = field(default_factory=list)
    """Every finding, each with its subject, status, reasons and
    citations (a secondary source says so)."""
    deciding_facts: list[str] = field(default_factory=list)
    """The unknown facts (and, for Japan, open readings) that would decide
    an undetermined finding."""
    missing_steps: list[dict[str, Any]] = field(default_factory=list)
    """The national steps the participant still needs before it may
    deploy, each with ``step``, ``when`` and its ``citations`` (and ``by``,
    a day, where the law dates it)."""

    @classmethod
    def _japan(cls, d: dict[str, Any], steps: list[dict[str, Any]]) -> Part:
        return cls(d, "japan", Verdict(d["verdict"]), d["findings"], d["deciding_facts"], steps)

    @classmethod
    def _of(cls, d: dict[str, Any]) -> Part:
        return cls(
            d, d["participant"], Verdict(d["verdict"]), d["findings"], d["deciding_facts"], d["missing_steps"]
        )


@dataclass(frozen=True)
class JointAssessment(_Answer):
    """A joint deployment on a day: each participant's part, the UN's
    principles, and the whole, which goes only as far as each participant
    can."""

    as_of: datetime.date = datetime.date.min
    verdict: Verdict = Verdict.UNDETERMINED
    """The worst of the parts' verdicts."""
    may_go: list[str] = field(default_factory=list)
    """The participants whose rules permit their contingent (ISO codes),
    Japan first."""
    japan: Optional[Part] = None
    """Japan's part: its assessment under the Act of the day (as
    :func:`pko.assess` gives it) with the steps it still needs; ``None``
    if Japan does not take part."""
    partners: list[Part] = field(default_factory=list)
    un: Optional[Part] = None
    """The UN's three basic principles, applied to the operation."""
    _report: str = field(default="", repr=False, compare=False)

    @classmethod
    def _of(cls, d: dict[str, Any], report: str) -> JointAssessment:
        japan = d.get("japan")
        return cls(
            d,
            parse_day(d["as_of"]),
            Verdict(d["verdict"]),
            d["may_go"],
            Part._japan(japan, d["japan_missing_steps"]) if japan else None,
            [Part._of(p) for p in d["partners"]],
            Part._of(d["un"]),
            report,
        )

    def __str__(self) -> str:
        return self._report
