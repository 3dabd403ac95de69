"""How the package reads what a caller gives: JSON as a dict, a list, a
JSON string, bytes or a path; a day as a ``datetime.date`` or its ISO text;
a month as a date or ``YYYY-MM``."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import os
from typing import Any, NamedTuple, Optional, Union

from . import _native

JsonInput = Union[dict[str, Any], list[Any], str, bytes, "os.PathLike[str]"]
"""JSON facts: a dict or a list (the JSON form), JSON text (``str`` or
``bytes``), or the path of a JSON file (a ``pathlib.Path``, or a ``str``
that does not start with ``{`` or ``[``)."""

Day = Union[datetime.date, str]
"""A day: a ``datetime.date`` (a ``datetime`` counts as its date) or its
ISO text, ``YYYY-MM-DD``."""


class Text(NamedTuple):
    """JSON text, where it came from, and whether its lines and columns are
    the caller's (they are not for a dict the package serialized)."""

    text: str
    file: Optional[str]
    positions: bool


def _default(value: object) -> object:
    """Dates, decimals and enums in a dict, in their JSON form."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not JSON: {value!r}")


def dumps(value: object) -> str:
    """A Python value as JSON text, dates as ``YYYY-MM-DD``."""
    return json.dumps(value, default=_default, ensure_ascii=False)


def json_text(value: JsonInput, what: str) -> Text:
    """The JSON text of ``value``, read from its file when it is a path."""
    if isinstance(value, (dict, list)):
        return Text(dumps(value), None, False)
    if isinstance(value, bytes):
        return Text(value.decode("utf-8"), None, True)
    if isinstance(value, str):
        if value.lstrip().startswith(("{", "[")):
            return Text(value, None, True)
        path = value
    elif isinstance(value, os.PathLike):
        path = os.fspath(value)
    else:
        raise TypeError(
            f"{what}: expected a dict, JSON text or a path, not {type(value).__name__}"
        )
    with open(path, encoding="utf-8") as f:
        return Text(f.read(), path, True)


def located(cls: type[_native.Error], message: str, **where: object) -> _native.Error:
    """An exception of pko with its message and location attributes."""
    parts = [f"at `{where['path']}`: "] if where.get("path") else []
    error = cls("".join(parts) + message)
    error.message = message
    for name in ("path", "file", "line", "column", "field", "index"):
        setattr(error, name, where.get(name))
    return error


def day(value: Day, name: str = "on") -> datetime.date:
    """A day from a date, a datetime or ``YYYY-MM-DD``."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise located(
                _native.DateError,
                f"`{value}` is not a date in the form YYYY-MM-DD",
                path=name,
            ) from None
    raise TypeError(f"{name}: expected a datetime.date or YYYY-MM-DD, not {type(value).__name__}")


Month = Union[datetime.date, str]
"""A month: any ``datetime.date`` in it, or ``YYYY-MM``."""


def month(value: Month) -> str:
    """A month as ``YYYY-MM``."""
    if isinstance(value, datetime.date):
        return f"{value.year:04}-{value.month:02}"
    if isinstance(value, str):
        return value
    raise TypeError(f"expected a datetime.date or YYYY-MM, not {type(value).__name__}")


def parse_day(text: str) -> datetime.date:
    """A day of the library's JSON (always ``YYYY-MM-DD``)."""
    return datetime.date.fromisoformat(text)
