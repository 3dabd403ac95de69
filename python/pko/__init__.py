"""pko: Japan's participation in UN peace operations, as typed, tested,
explainable code, from Python.

The Rust libraries of pko, in process: assess a deployment against Japan's
five principles under the PKO Act as it stood on any day since 10 August
1992, with a reason and a legal citation for every finding and
*undetermined* kept apart from *not permitted*; reforms of the law and what
they would have changed; UN contributions in money and people
(:mod:`pko.contributions`); the proposed Asian Institute for Peace
Operations (:mod:`pko.institute`).

>>> import datetime, pko
>>> a = pko.assess("examples/data/proposal-untac-1992.json", datetime.date(1992, 9, 17))
>>> a.verdict
<Verdict.PERMITTED: 'permitted'>
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, Optional, Union, overload

from . import _native
from ._enums import Status, Verdict
from ._inputs import Day, JsonInput, day, dumps, json_text
from ._model import (
    Action,
    Comparison,
    Impact,
    JointAssessment,
    OpenReading,
    Part,
    Period,
    Replay,
    Timeline,
    TransferAssessment,
)
from ._native import (
    Assessment,
    AssumptionError,
    DateError,
    Deployment,
    Error,
    FactsError,
    Finding,
    InstituteError,
    LoadError,
    Options,
    Reform,
    ReformError,
    ReformWarning,
)

__version__: str = _native.__version__

__all__ = [
    "Action",
    "Assessment",
    "AssumptionError",
    "Comparison",
    "DateError",
    "Deployment",
    "Error",
    "FactsError",
    "Finding",
    "Impact",
    "InstituteError",
    "JointAssessment",
    "LoadError",
    "OpenReading",
    "Options",
    "Part",
    "Period",
    "Reform",
    "ReformError",
    "ReformWarning",
    "Replay",
    "Status",
    "Timeline",
    "TransferAssessment",
    "Verdict",
    "ammunition_2013",
    "assess",
    "assess_batch",
    "assess_transfer",
    "compare",
    "deployment",
    "history",
    "joint",
    "impact",
    "monitor",
    "open_readings",
    "periods",
    "Facts",
    "Assumptions",
]

Facts = Union[Deployment, JsonInput]
"""A deployment's facts: a :class:`Deployment` already read, or JSON (a
dict, JSON text, or the path of a file) in the form of
``schemas/deployment.schema.json``."""

Assumptions = Union[Options, Mapping[str, Any], None]
"""The open readings of the law: ``None`` for the defaults, a mapping of
names to values (``{"diet_approval_2015_tasks": "no"}``, see
:func:`open_readings`), or an :class:`Options` made once for many calls."""


def deployment(facts: Facts) -> Deployment:
    """The facts of a deployment, read and checked once.

    Reading is the slow part of a call with a dict: a deployment read once
    can be assessed on many days, or in a batch, at the library's speed.

    >>> d = deployment({"operation": {"kind": "un_peacekeeping"}})
    >>> d.to_dict()["operation"]["kind"]
    'un_peacekeeping'
    """
    if isinstance(facts, Deployment):
        return facts
    if isinstance(facts, dict):
        read = Deployment.from_python(facts)
        if read is not None:
            return read
        # Not well formed: read as JSON text, for the library's message and
        # the JSON path.
    t = json_text(facts, "facts")
    return Deployment.from_json(t.text, t.file, t.positions)


def _file_of(facts: Facts) -> Optional[str]:
    if isinstance(facts, str) and not facts.lstrip().startswith(("{", "[")):
        return facts
    if hasattr(facts, "__fspath__"):
        return str(facts)
    return None


def _options(assumptions: Assumptions) -> Optional[Options]:
    if assumptions is None or isinstance(assumptions, Options):
        return assumptions
    return Options(dict(assumptions))


def _reform_of(value: Union[Reform, JsonInput]) -> Reform:
    """A reform from a dict, JSON text or a file."""
    if isinstance(value, Reform):
        return value
    t = json_text(value, "reform")
    return Reform.from_json(t.text, t.file, t.positions)


def assess(
    facts: Facts,
    on: Day,
    *,
    assumptions: Assumptions = None,
    reform: Union[Reform, JsonInput, None] = None,
) -> Assessment:
    """Assesses a deployment under the law in force on ``on``, or under it
    with ``reform`` applied (each finding the reform changed says so in
    ``to_dict()["reformed"]``).

    Raises :class:`FactsError` for facts that are not well formed or
    contradict each other (with ``path``, and ``file``, ``line`` and
    ``column`` where they mean something), :class:`DateError` for a day
    before the Act, :class:`AssumptionError` for a bad assumption.

    >>> import datetime
    >>> a = assess("examples/data/proposal-unmiss-kaketsuke-keigo.json", datetime.date(2016, 11, 15))
    >>> a.verdict.name, a.deciding_facts
    ('UNDETERMINED', ['assumptions.diet_approval_2015_tasks', 'diet_approval'])
    """
    return _native.assess(
        deployment(facts),
        day(on),
        _options(assumptions),
        None if reform is None else _reform_of(reform),
        _file_of(facts),
    )


@overload
def assess_batch(
    batch: Iterable[Facts],
    on: Day,
    *,
    assumptions: Assumptions = ...,
    reform: Union[Reform, JsonInput, None] = ...,
    errors: Literal["raise"] = ...,
) -> list[Assessment]: ...


@overload
def assess_batch(
    batch: Iterable[Facts],
    on: Day,
    *,
    assumptions: Assumptions = ...,
    reform: Union[Reform, JsonInput, None] = ...,
    errors: Literal["return"],
) -> list[Union[Assessment, Error]]: ...


def assess_batch(
    batch: Iterable[Facts],
    on: Day,
    *,
    assumptions: Assumptions = None,
    reform: Union[Reform, JsonInput, None] = None,
    errors: Literal["raise", "return"] = "raise",
) -> Union[list[Assessment], list[Union[Assessment, Error]]]:
    """Assesses every deployment of ``batch`` on ``on``, on every core with
    the interpreter released, and returns the assessments in the batch's
    order.

    Each item is a :class:`Deployment` (fastest: read once, assessed at the
    library's speed), JSON text (``str`` or ``bytes``, read on the
    workers), a dict (read from its Python values first, one at a time: the
    slow part) or a path. A bad item raises its error, whose
    ``index`` is its place in the batch; with ``errors="return"`` the
    error takes the item's place in the answer instead.

    >>> import datetime
    >>> facts = deployment("examples/data/proposal-untac-1992.json")
    >>> [a.verdict.name for a in assess_batch([facts, facts], datetime.date(1992, 9, 17))]
    ['PERMITTED', 'PERMITTED']
    """
    items: list[object] = []
    for index, item in enumerate(batch):
        if isinstance(item, (Deployment, bytes)):
            items.append(item)
        elif isinstance(item, str) and item.lstrip().startswith(("{", "[")):
            items.append(item)
        elif isinstance(item, dict):
            read = Deployment.from_python(item)
            # Not well formed: written as JSON text and read on the workers,
            # which report the error; a 1-tuple says the package wrote it.
            items.append(read if read is not None else (dumps(item),))
        elif isinstance(item, list):
            items.append((dumps(item),))
        elif isinstance(item, (str, os.PathLike)):
            # A file: read here, so that an error names it.
            try:
                items.append(deployment(item))
            except Error as e:
                e.index = index
                if errors == "raise":
                    raise
                items.append(e)
        else:
            raise TypeError(
                f"item {index}: expected a pko.Deployment, a dict, JSON text or a path, "
                f"not {type(item).__name__}"
            )
    if errors not in ("raise", "return"):
        raise ValueError(f"errors: expected 'raise' or 'return', not {errors!r}")
    return _native.assess_batch(
        items,
        day(on),
        _options(assumptions),
        None if reform is None else _reform_of(reform),
        errors == "return",
    )


def periods(
    facts: Facts, start: Day, end: Day, *, assumptions: Assumptions = None
) -> list[Period]:
    """The maximal spans of days from ``start`` to ``end`` (included) that
    share one verdict: when was the deployment lawful? Each span lists the
    findings that changed at its start.

    >>> import datetime
    >>> spans = periods("examples/data/proposal-unmiss-kaketsuke-keigo.json", "2015-01-01", "2017-01-01")
    >>> [(p.start.isoformat(), p.verdict.name) for p in spans]
    [('2015-01-01', 'NOT_PERMITTED'), ('2016-03-29', 'UNDETERMINED')]
    """
    data = _native.periods(
        deployment(facts), day(start, "start"), day(end, "end"), _options(assumptions), _file_of(facts)
    )
    return [Period._of(p) for p in data]


def compare(
    facts: Facts, first: Day, second: Day, *, assumptions: Assumptions = None
) -> Comparison:
    """The same facts assessed on two days, and every finding that changed.

    >>> c = compare("examples/data/proposal-unmiss-kaketsuke-keigo.json", "2015-12-01", "2016-11-15")
    >>> c.verdict_first.name, c.verdict_second.name
    ('NOT_PERMITTED', 'UNDETERMINED')
    """
    data, report = _native.compare(
        deployment(facts), day(first, "first"), day(second, "second"), _options(assumptions), _file_of(facts)
    )
    return Comparison._of(data, report)


def joint(
    deployment: JsonInput, on: Day, *, assumptions: Assumptions = None
) -> JointAssessment:
    """A joint deployment checked on ``on``: one operation, Japan's facts
    (as :func:`assess` reads them) and the partners' contingents (the
    Republic of Korea's, China's), each under its own state's rules, and
    the operation under the UN's three basic principles. ``deployment`` is
    a dict, JSON text or a path, in the form ``pko joint`` reads
    (``schemas/joint.schema.json``); ``assumptions`` sets Japan's open
    readings. Japan's part is what :func:`assess` gives for its facts.

    >>> j = joint("examples/data/joint-unmiss-2017.json", "2017-06-01")
    >>> j.verdict.name, j.may_go
    ('UNDETERMINED', ['JPN', 'KOR'])
    >>> [(p.participant, p.verdict.name) for p in j.partners]
    [('korea', 'PERMITTED'), ('china', 'UNDETERMINED')]
    >>> [s["step"] for s in j.japan.missing_steps]
    ['cabinet_decision']
    """
    t = json_text(deployment, "deployment")
    data, report = _native.joint_assess(t.text, day(on), _options(assumptions), t.file, t.positions)
    return JointAssessment._of(data, report)


def history(*, assumptions: Assumptions = None) -> list[Replay]:
    """Japan's dispatches since 1992, each assessed on its first and last
    day under the law of that day.

    >>> record = history()
    >>> len(record), record[0].dispatch, record[0].first_verdict.name
    (25, 'unavem-ii-election', 'PERMITTED')
    """
    return [Replay._of(r) for r in _native.history(_options(assumptions))]


def monitor(
    facts: Facts,
    events: Union[JsonInput, Sequence[Mapping[str, Any]]],
    *,
    grace_days: Optional[int] = None,
    assumptions: Assumptions = None,
) -> Timeline:
    """Principle 4 over an ongoing deployment's dated events (consent
    withdrawn, a ceasefire broken, restored…): when work is suspended,
    resumed, or the dispatch terminated. The statute sets no grace period
    before termination: give ``grace_days`` (or the assumption
    ``grace_period_days``), else :class:`AssumptionError`.

    >>> t = monitor("examples/data/proposal-unmiss-kaketsuke-keigo.json",
    ...             "examples/data/events-consent-withdrawn.json", grace_days=30)
    >>> [(e.date.isoformat(), e.action) for e in t.entries][:1]
    [('2014-03-01', 'suspend')]
    """
    if isinstance(events, Sequence) and not isinstance(events, (str, bytes)):
        events = [dict(e) for e in events]
    t = json_text(events, "events")
    data = _native.monitor(
        deployment(facts), t.text, grace_days, _options(assumptions), t.file, t.positions
    )
    return Timeline._of(data)


def ammunition_2013() -> dict[str, Any]:
    """The contribution in kind of the record: the 10,000 rounds of 5.56-mm
    ammunition given through UNMISS to the Republic of Korea's contingent,
    December 2013 (speech, section C), as the JSON of a transfer.

    >>> assess_transfer(ammunition_2013(), "2013-12-23").verdict.name
    'PERMITTED'
    """
    data: dict[str, Any] = _native.ammunition_2013()
    return data


def assess_transfer(
    transfer: JsonInput, on: Day, *, assumptions: Assumptions = None
) -> TransferAssessment:
    """A contribution in kind (goods given to the UN or another organisation
    for an operation) under the law in force on ``on``.

    >>> assess_transfer(ammunition_2013(), "2013-12-22").verdict.name
    'NOT_PERMITTED'
    """
    t = json_text(transfer, "transfer")
    data, report, _ = _native.assess_transfer(t.text, day(on), _options(assumptions), t.file, t.positions)
    return TransferAssessment._of(data, report)


def impact(
    reform: Union[Reform, JsonInput],
    facts: Optional[Facts] = None,
    on: Optional[Day] = None,
    *,
    assumptions: Assumptions = None,
) -> Impact:
    """What a reform would change: for ``facts`` on ``on``, or, given
    neither, for Japan's 25 dispatch components of the record, each on its
    first and last day.

    >>> i = impact("examples/data/reform-cap-1000.json")
    >>> (i.assessed, i.verdicts_changed)
    (49, 4)
    """
    r = _reform_of(reform)
    if (facts is None) != (on is None):
        raise TypeError("impact: give both facts and on, or neither (the record)")
    data, report, changed = _native.impact(
        r,
        None if facts is None else deployment(facts),
        None if on is None else day(on),
        _options(assumptions),
        None if facts is None else _file_of(facts),
    )
    return Impact._of(data, report, changed)


def open_readings() -> list[OpenReading]:
    """The readings of the law the sources leave open, with their values,
    defaults and why: the names ``assumptions`` takes.

    >>> r = {r.name: r for r in open_readings()}["diet_approval_2015_tasks"]
    >>> r.values, r.default
    (['yes', 'no', 'open'], 'open')
    """
    return [OpenReading._of(r) for r in _native.open_readings()]


from . import contributions, institute  # noqa: E402  (they use the names above)

__all__ += ["contributions", "institute"]
