"""``to_columns()`` goes straight into pandas and polars, neither of which
pko depends on: they are installed for this test only. Without them the
test is skipped, unless ``PKO_REQUIRE_DATAFRAMES=1`` (as in CI)."""

from __future__ import annotations

import datetime
import importlib
import os

import pytest

from pko import contributions


def _need(name: str) -> object:
    try:
        return importlib.import_module(name)
    except ImportError:
        if os.environ.get("PKO_REQUIRE_DATAFRAMES") == "1":
            raise
        pytest.skip(f"{name} is not installed (pip install {name})")


def test_pandas_and_polars_take_the_columns_as_they_are() -> None:
    pd = _need("pandas")
    pl = _need("polars")
    data = contributions.ipi()
    columns = data.to_columns()

    frame = pd.DataFrame(columns)  # type: ignore[attr-defined]
    assert frame.shape == (len(data), 6)
    feb = frame[(frame["month"] == datetime.date(2014, 2, 1)) & (frame["contributor"] == "JPN")]
    assert int(feb["female"].sum() + feb["male"].sum()) == 271

    lf = pl.DataFrame(columns)  # type: ignore[attr-defined]
    assert lf.shape == (len(data), 6)
    assert str(lf.schema["month"]) == "Date"
    top = (
        lf.filter(pl.col("month") == datetime.date(2014, 2, 1))  # type: ignore[attr-defined]
        .group_by("contributor")
        .agg((pl.col("female") + pl.col("male")).sum().alias("total"))  # type: ignore[attr-defined]
        .sort("total", descending=True)
        .head(1)
    )
    assert top.row(0) == ("PAK", 8266)
    assert [(r["country"], r["total"]) for r in data.rank("2014-02", top=1)] == [("PAK", 8266)]
