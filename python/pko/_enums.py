"""The enums of pko: a verdict, and the status of a finding."""

from __future__ import annotations

import enum


class Verdict(enum.Enum):
    """What the law says of a deployment on a day.

    >>> Verdict("not_permitted")
    <Verdict.NOT_PERMITTED: 'not_permitted'>
    """

    PERMITTED = "permitted"
    """Every finding is satisfied or not applicable."""
    UNDETERMINED = "undetermined"
    """None is violated, but at least one is undetermined: a fact is unknown
    or an open reading of the law decides it."""
    NOT_PERMITTED = "not_permitted"
    """At least one finding is violated."""

    def __str__(self) -> str:
        return self.value


class Status(enum.Enum):
    """The status of one finding.

    >>> Status("not_applicable").name
    'NOT_APPLICABLE'
    """

    SATISFIED = "satisfied"
    NOT_APPLICABLE = "not_applicable"
    UNDETERMINED = "undetermined"
    VIOLATED = "violated"

    def __str__(self) -> str:
        return self.value
