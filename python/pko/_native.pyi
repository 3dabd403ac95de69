"""Type stubs of the native module, ``pko._native`` (the Rust crate
``pko-py``). Its classes are re-exported by :mod:`pko` and
:mod:`pko.contributions`; its functions are the package's internals."""

import datetime
from decimal import Decimal
from collections.abc import Mapping
from typing import Any, Optional, Union, final

from ._enums import Status, Verdict

__version__: str

class Error(ValueError):
    """Every error of pko: a value pko cannot use."""

    message: str
    """The library's message, without the location."""
    path: Optional[str]
    """The JSON path of the value at fault (``contingent.size``)."""
    file: Optional[str]
    line: Optional[int]
    """1-based; ``None`` for a dict, whose text the package wrote."""
    column: Optional[int]
    field: Optional[str]
    """The CSV column at fault."""
    index: Optional[int]
    """The item's place in a batch."""

class FactsError(Error): ...
class AssumptionError(Error): ...
class ReformError(Error): ...
class DateError(Error): ...
class LoadError(Error): ...
class InstituteError(Error): ...
class ReformWarning(UserWarning): ...

@final
class Deployment:
    """A deployment's facts, read and checked once."""

    @staticmethod
    def from_json(text: str, file: Optional[str] = None, positions: bool = True) -> Deployment:
        """Reads the facts from JSON text; ``file`` names where it came
        from."""
    @staticmethod
    def from_python(value: object) -> Optional[Deployment]:
        """Reads the facts from a dict of the JSON form, or ``None`` if they
        are not well formed (read them as JSON text for the error)."""
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object) -> bool: ...

@final
class Options:
    """The open readings of the law a caller chose, made once for many
    calls: ``Options({"diet_approval_2015_tasks": "no"})`` (or the text of
    that JSON object); each value as ``pko assumptions`` lists it, a number
    for a number, ``None`` for ``open``."""

    def __init__(self, assumptions: Optional[Union[str, Mapping[str, Any]]] = None) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Reform:
    """Changes to the law, applied to the law in force on a day."""

    @staticmethod
    def from_json(text: str, file: Optional[str] = None, positions: bool = True) -> Reform:
        """Reads a reform from JSON text (``examples/data/reform-*.json``)."""
    @property
    def name(self) -> str: ...
    @property
    def source(self) -> str: ...
    def __len__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

@final
class Finding:
    """One finding of an assessment."""

    @property
    def subject(self) -> str:
        """``legal_basis``, ``principle.consent``, ``task.kaketsuke_keigo``,
        ``weapons.duty_execution``, ``headcount`` or ``diet_approval``."""
    @property
    def title(self) -> str:
        """The subject as a person reads it (``principle 2 (consent)``)."""
    @property
    def status(self) -> Status: ...
    @property
    def reasons(self) -> list[str]: ...
    @property
    def citations(self) -> list[str]: ...

@final
class Assessment:
    """The assessment of a deployment on a day."""

    @property
    def verdict(self) -> Verdict: ...
    @property
    def as_of(self) -> datetime.date: ...
    @property
    def regime(self) -> str: ...
    @property
    def findings(self) -> list[Finding]: ...
    @property
    def deciding_facts(self) -> list[str]: ...
    @property
    def conditions(self) -> list[str]: ...
    @property
    def notes(self) -> list[str]: ...
    @property
    def citations(self) -> list[str]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...

@final
class NativePersonnel:
    @property
    def file(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def rows(self) -> int: ...
    @property
    def rejected(self) -> list[LoadError]: ...
    def __len__(self) -> int: ...
    def months(self) -> list[str]: ...
    def contributors(self) -> list[str]: ...
    def rank(self, month_text: str, top: Optional[int] = None) -> Any: ...
    def series(self, code: str) -> list[tuple[datetime.date, int, int]]: ...
    def women_shares(
        self, code: str, first: Optional[str] = None, last: Optional[str] = None
    ) -> Any: ...
    def to_columns(self) -> Any: ...

@final
class Scale:
    """A scale of assessment: each member's rate in percent."""

    @staticmethod
    def annex_1() -> Scale:
        """The 2015 peacekeeping rates of the speech's Annex 1."""
    @staticmethod
    def peacekeeping_rates_2017() -> Scale:
        """The 2017 peacekeeping rates of Japan, China and Korea (Annex 2)."""
    @staticmethod
    def regular_budget(year: int) -> Scale:
        """The UN's regular-budget scale for a year label (2015: 2013–2015)."""
    @property
    def kind(self) -> str: ...
    @property
    def period(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def rates(self) -> list[tuple[str, Decimal]]: ...
    @property
    def total(self) -> Decimal: ...
    def __len__(self) -> int: ...
    def assessments(self, budget: Decimal) -> list[tuple[str, Decimal]]:
        """Each member's share of ``budget``, summing to it to the cent."""
    def assessment_of(
        self, code: str, budget: Decimal, rounding: str = "half_even"
    ) -> Optional[Decimal]:
        """``budget × rate / 100`` rounded to the cent, ``None`` off the
        scale."""

def assess(
    deployment: Deployment,
    on: datetime.date,
    options: Optional[Options] = None,
    reform: Optional[Reform] = None,
    file: Optional[str] = None,
) -> Assessment: ...
def assess_batch(
    batch: list[object],
    on: datetime.date,
    options: Optional[Options] = None,
    reform: Optional[Reform] = None,
    errors_as_values: bool = False,
) -> list[Any]: ...
def periods(
    deployment: Deployment,
    start: datetime.date,
    end: datetime.date,
    options: Optional[Options] = None,
    file: Optional[str] = None,
) -> Any: ...
def compare(
    deployment: Deployment,
    first: datetime.date,
    second: datetime.date,
    options: Optional[Options] = None,
    file: Optional[str] = None,
) -> tuple[Any, str]: ...
def history(options: Optional[Options] = None) -> Any: ...
def joint_assess(
    text: str,
    on: datetime.date,
    options: Optional[Options] = None,
    file: Optional[str] = None,
    positions: bool = True,
) -> tuple[Any, str]: ...
def monitor(
    deployment: Deployment,
    events: str,
    grace_days: Optional[int] = None,
    options: Optional[Options] = None,
    events_file: Optional[str] = None,
    positions: bool = True,
) -> Any: ...
def assess_transfer(
    transfer: str,
    on: datetime.date,
    options: Optional[Options] = None,
    file: Optional[str] = None,
    positions: bool = True,
) -> tuple[Any, str, str]: ...
def ammunition_2013() -> Any: ...
def impact(
    reform: Reform,
    deployment: Optional[Deployment] = None,
    on: Optional[datetime.date] = None,
    options: Optional[Options] = None,
    file: Optional[str] = None,
) -> tuple[Any, str, int]: ...
def open_readings() -> Any: ...
def load_bytes(
    data: bytes, name: str, mode: str = "strict", format: Optional[str] = None
) -> NativePersonnel: ...
def load_path(path: str, mode: str = "strict", format: Optional[str] = None) -> NativePersonnel: ...
def ipi() -> NativePersonnel: ...
def audit_speech() -> Any: ...
def rotation(codes: list[str], start: datetime.date, terms: int) -> Any: ...
def check_council(roster: str, file: Optional[str] = None, positions: bool = True) -> Any: ...
def share_costs(
    codes: list[str],
    budget: Decimal,
    basis: str,
    scale: Optional[Scale] = None,
    floor: Optional[Decimal] = None,
    ceiling: Optional[Decimal] = None,
) -> list[tuple[str, Decimal]]: ...
