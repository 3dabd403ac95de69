"""Contributions in money and people: the UN's personnel data loaded on
every core, ranked and put in columns for pandas or polars; scales of
assessment and assessed amounts in exact decimals; the audit of the
speech's figures.

>>> data = ipi()
>>> [(r["rank"], r["country"], r["total"]) for r in data.rank("2014-02", top=3)]
[(1, 'PAK', 8266), (2, 'BGD', 7929), (3, 'IND', 7848)]
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, Optional, Union

from . import _native
from ._inputs import Month, month, parse_day
from ._model import _Answer
from ._native import NativePersonnel, Scale

__all__ = [
    "AuditFinding",
    "Personnel",
    "Scale",
    "SeriesPoint",
    "WomenShare",
    "audit",
    "ipi",
    "load",
]

Format = Literal["un_open_data", "ipi"]
"""The two layouts of personnel data: the UN Peacekeeping open-data
"contributions by gender" file, and the International Peace Institute's
wide file."""

Mode = Literal["strict", "lenient"]
"""What a bad row does: stop the load at the first (``strict``), or be set
aside in :attr:`Personnel.rejected` (``lenient``)."""


class Personnel:
    """Uniformed personnel by month, contributor, mission, category and sex,
    as loaded: the records, the rows read, and the rows set aside."""

    __slots__ = ("_native",)

    def __init__(self, native: NativePersonnel) -> None:
        self._native = native

    @property
    def file(self) -> str:
        """The file the data came from."""
        return self._native.file

    @property
    def format(self) -> Format:
        """The format detected from the header."""
        f: Format = self._native.format  # type: ignore[assignment]
        return f

    @property
    def rows(self) -> int:
        """The data rows read (the header not counted)."""
        return self._native.rows

    @property
    def rejected(self) -> list[_native.LoadError]:
        """The rows set aside in ``lenient`` mode, each a
        :class:`pko.LoadError` (not raised) with its ``file``, ``line``,
        ``column``, ``field`` and ``message``."""
        return self._native.rejected

    def __len__(self) -> int:
        """The records held (one per month, contributor, mission and
        category)."""
        return len(self._native)

    def __repr__(self) -> str:
        return repr(self._native).replace("NativePersonnel", "Personnel", 1)

    def months(self) -> list[datetime.date]:
        """The months with records, in order, each as its first day."""
        return [parse_day(m + "-01") for m in self._native.months()]

    def contributors(self) -> list[str]:
        """The contributors, as ISO 3166 codes."""
        return self._native.contributors()

    def rank(self, month_: Month, top: Optional[int] = None) -> list[dict[str, Any]]:
        """The contributors of a month ranked by uniformed personnel, ties
        sharing a rank; with ``top``, the first ``top`` and any tied at the
        cut. Each row has ``rank``, ``country``, ``name`` and ``total``: the
        rows of ``pko contributions rank --format json``."""
        rows: list[dict[str, Any]] = self._native.rank(month(month_), top)
        return rows

    def series(self, country: str) -> list[SeriesPoint]:
        """A contributor's persons month by month, all categories, in date
        order, for the months in which it has records."""
        return [SeriesPoint(m, f, m_) for m, f, m_ in self._native.series(country)]

    def women_shares(
        self, country: str, first: Optional[Month] = None, last: Optional[Month] = None
    ) -> list[WomenShare]:
        """A contributor's share of women month by month (within ``first``
        and ``last`` when given), against each of the UN's parity targets."""
        rows = self._native.women_shares(
            country,
            None if first is None else month(first),
            None if last is None else month(last),
        )
        return [WomenShare._of(r) for r in rows]

    def to_columns(self) -> dict[str, list[Any]]:
        """The records as columns: a dict of equal-length lists, ``month``
        (the month's first day, a ``datetime.date``), ``contributor`` (ISO
        code), ``mission``, ``category`` (``troops``, ``staff_officers``,
        ``experts_on_mission``, ``individual_police``,
        ``formed_police_units``), ``female`` and ``male``. Give it to
        ``pandas.DataFrame(...)`` or ``polars.DataFrame(...)``; neither is a
        dependency of pko."""
        columns: dict[str, list[Any]] = self._native.to_columns()
        return columns


def load(
    source: Union[str, bytes, "os.PathLike[str]"],
    format: Optional[Format] = None,
    *,
    mode: Mode = "strict",
    name: str = "<bytes>",
) -> Personnel:
    """Loads a CSV file of uniformed personnel (a path, or the file's bytes)
    on every core, with the interpreter released. The format is detected
    from the header; given ``format``, another header is a
    :class:`pko.LoadError`. In ``lenient`` mode a bad row is set aside in
    ``rejected``, never dropped silently; in ``strict`` mode it raises
    :class:`pko.LoadError` with its file, line, column and field.

    >>> data = load(b"Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\\n1,JPN,392,Japan,UNMISS,Troops,4,267,28/02/2014\\n")
    >>> len(data), data.format
    (1, 'un_open_data')
    """
    if isinstance(source, bytes):
        return Personnel(_native.load_bytes(source, name, mode, format))
    return Personnel(_native.load_path(os.fspath(source), mode, format))


def ipi() -> Personnel:
    """The International Peace Institute's data of 2009–2014 shipped with
    pko (29,115 rows; see ``crates/pko-contributions/data/README.md``).

    >>> ipi().rows
    29115
    """
    return Personnel(_native.ipi())


@dataclass(frozen=True)
class WomenShare(_Answer):
    """A contributor's share of women in one month against one of the UN's
    parity targets."""

    month: datetime.date = datetime.date.min
    """The month's first day."""
    target: str = ""
    female: int = 0
    male: int = 0
    share: Optional[Decimal] = None
    """Women in percent of the persons the target counts; ``None`` when it
    counts nobody."""
    target_share: Decimal = Decimal(0)
    meets: Optional[bool] = None

    @classmethod
    def _of(cls, d: dict[str, Any]) -> WomenShare:
        return cls(
            d,
            parse_day(d["month"] + "-01"),
            d["target"]["name"],
            d["count"]["female"],
            d["count"]["male"],
            None if d["share"] is None else Decimal(d["share"]),
            Decimal(d["target"]["share"]),
            d["meets"],
        )


@dataclass(frozen=True)
class SeriesPoint:
    """A contributor's uniformed personnel in one month."""

    month: datetime.date
    """The month's first day."""
    female: int
    male: int

    @property
    def total(self) -> int:
        return self.female + self.male


@dataclass(frozen=True)
class AuditFinding(_Answer):
    """One check of the speech's figures."""

    check: str = ""
    claim: str = ""
    consistent: bool = True
    note: str = ""

    @classmethod
    def _of(cls, d: dict[str, Any]) -> AuditFinding:
        return cls(d, d["check"], d["claim"], d["consistent"], d["note"])


def audit() -> list[AuditFinding]:
    """The audit of the 2015 speech's figures against each other, other
    sources and the UN's regular-budget scale.

    >>> findings = audit()
    >>> len(findings), sum(not f.consistent for f in findings)
    (39, 16)
    """
    return [AuditFinding._of(f) for f in _native.audit_speech()]


