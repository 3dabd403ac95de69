"""Bad inputs raise the right exception, with the library's message and
the right location; nothing is dropped silently."""

from __future__ import annotations

import datetime
import pathlib
import warnings
from decimal import Decimal

import pytest

import pko
from pko import contributions, institute

UNTAC = "examples/data/proposal-untac-1992.json"
UN_HEADER = (
    "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,"
    "Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n"
)


def test_the_exceptions_form_one_hierarchy() -> None:
    for cls in (
        pko.FactsError, pko.AssumptionError, pko.ReformError, pko.DateError,
        pko.LoadError, pko.InstituteError,
    ):
        assert issubclass(cls, pko.Error)
        assert cls.__module__ == "pko"
    assert issubclass(pko.Error, ValueError)
    assert issubclass(pko.ReformWarning, UserWarning)


def test_a_wrong_type_in_a_dict_names_its_path_and_no_line() -> None:
    with pytest.raises(pko.FactsError) as e:
        pko.assess({"contingent": {"size": "three hundred"}}, "2017-01-01")
    assert e.value.path == "contingent.size"
    assert e.value.message == 'invalid type: string "three hundred", expected u32'
    assert (e.value.file, e.value.line, e.value.column) == (None, None, None)
    assert str(e.value) == 'at `contingent.size`: invalid type: string "three hundred", expected u32'


def test_a_syntax_error_in_text_names_its_line_and_column() -> None:
    with pytest.raises(pko.FactsError) as e:
        pko.assess('{\n  "contingent": {"size": 3,}\n}', "2017-01-01")
    assert (e.value.line, e.value.column) == (2, 28)
    assert e.value.file is None
    assert "trailing comma" in e.value.message


def test_an_error_in_a_file_names_the_file_line_column_and_path(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "operation": {"kind": "un_peacekeeping"},\n  "contingent": {"kind": "battleship"}\n}\n')
    with pytest.raises(pko.FactsError) as e:
        pko.assess(bad, "2017-01-01")
    assert e.value.file == str(bad)
    assert e.value.line == 3
    assert e.value.path == "contingent.kind"
    assert "battleship" in e.value.message
    assert str(e.value).startswith(f"{bad}:3:")


@pytest.mark.parametrize(
    ("fixture", "path"),
    [
        ("unknown-field.json", None),
        ("unknown-task.json", "contingent.tasks[1]"),
        ("negative-size.json", "contingent.size"),
        ("bad-date.json", None),
    ],
)
def test_the_workspaces_bad_fixtures_are_facts_errors(fixture: str, path: str | None) -> None:
    file = f"crates/pko-principles/tests/data/bad/{fixture}"
    with pytest.raises(pko.FactsError) as e:
        pko.assess(file, "2017-01-01")
    assert e.value.file == file
    assert e.value.line is not None and e.value.line >= 1
    if path is not None:
        assert e.value.path == path


def test_inconsistent_facts_name_the_fact() -> None:
    facts = {
        "parties": [{"name": "A"}, {"name": "B"}],
        "ceasefires": [{"parties": ["A", "C"]}],
    }
    with pytest.raises(pko.FactsError) as e:
        pko.assess(facts, "2017-01-01")
    assert e.value.path == "ceasefires[0].parties[1]"
    assert e.value.message == "`C` is not among the parties"


def test_a_day_before_the_act_is_a_date_error() -> None:
    with pytest.raises(pko.DateError) as e:
        pko.assess(UNTAC, datetime.date(1992, 8, 9))
    assert str(e.value) == "no law to apply on `1992-08-09`: the Act came into force on 1992-08-10"
    with pytest.raises(pko.DateError) as e:
        pko.assess(UNTAC, "17 September 1992")
    assert e.value.path == "on"
    with pytest.raises(pko.DateError):
        pko.periods(UNTAC, "2000-01-02", "2000-01-01")


def test_a_datetime_counts_as_its_day() -> None:
    assert pko.assess(UNTAC, datetime.datetime(1992, 9, 17, 23, 59)) == pko.assess(UNTAC, "1992-09-17")


def test_bad_assumptions_name_the_assumption() -> None:
    with pytest.raises(pko.AssumptionError) as e:
        pko.assess(UNTAC, "2017-01-01", assumptions={"diet_approval_2015_tasks": "maybe"})
    assert e.value.path == "assumptions.diet_approval_2015_tasks"
    assert "maybe" in e.value.message
    with pytest.raises(pko.AssumptionError) as e:
        pko.assess(UNTAC, "2017-01-01", assumptions={"no_such_reading": "yes"})
    assert e.value.path is not None and "no_such_reading" in str(e.value)


def test_monitoring_without_a_grace_period_says_how_to_give_one() -> None:
    with pytest.raises(pko.AssumptionError) as e:
        pko.monitor(UNTAC, "examples/data/events-consent-withdrawn.json")
    assert e.value.path == "assumptions.grace_period_days"
    assert "grace_days=N" in e.value.message


def test_an_event_naming_an_unknown_party_names_the_event(tmp_path: pathlib.Path) -> None:
    events = tmp_path / "events.json"
    events.write_text('[{"date": "2014-03-01", "event": "consent_withdrawn", "by": {"party": "Nobody"}}]')
    with pytest.raises(pko.FactsError) as e:
        pko.monitor(UNTAC, events, grace_days=30)
    assert e.value.path == "[0].party"
    assert e.value.file == str(events)
    assert "Nobody" in e.value.message


def test_a_bad_reform_is_a_reform_error() -> None:
    with pytest.raises(pko.ReformError) as e:
        pko.Reform.from_json('{"name": "nothing", "source": {}, "changes": [{"change": "no_such_change"}]}')
    assert e.value.path is not None and e.value.path.startswith(("source", "changes"))
    empty = '{"name": "empty", "source": {"issuer": "x", "title": "y", "date": "2020-01-01", "locator": null, "url": null, "reliability": "primary", "kind": "other"}, "changes": []}'
    # Read, then refused as it is applied to the law.
    r = pko.Reform.from_json(empty)
    with pytest.raises(pko.ReformError) as e:
        pko.assess(UNTAC, "2017-01-01", reform=r)
    assert "no changes" in e.value.message


def test_a_reform_that_changes_nothing_warns() -> None:
    # The 2015 bills, applied to the law after the 2015 amendment, change
    # what is already so: each such change is a warning, not an error.
    r = "examples/data/reform-2015-bills-speech.json"
    with pytest.warns(pko.ReformWarning) as caught:
        after = pko.assess(UNTAC, "2016-11-15", reform=r)
    assert after == pko.assess(UNTAC, "2016-11-15")
    assert len(caught) == 3
    assert all("changes nothing: the law already says so" in str(w.message) for w in caught)
    # Before the amendment the same changes change the law: no warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pko.assess(UNTAC, "2015-06-15", reform=r)


def test_a_strict_load_stops_at_the_first_bad_row_with_its_place() -> None:
    csv = UN_HEADER + "1,JPN,392,Japan,UNMISS,Troops,4,267,28/02/2014\n2,#N/A,392,Japan,UNMISS,Troops,1,2,28/02/2014\n"
    with pytest.raises(pko.LoadError) as e:
        contributions.load(csv.encode(), name="un.csv")
    assert (e.value.file, e.value.line, e.value.column, e.value.field) == ("un.csv", 3, 2, "ISOCode3")
    assert str(e.value).startswith("un.csv:3:2: field `ISOCode3`:")


def test_a_lenient_load_reports_every_row_it_sets_aside() -> None:
    csv = (
        UN_HEADER
        + "1,JPN,392,Japan,UNMISS,Troops,4,267,28/02/2014\n"
        + "2,#N/A,392,Japan,UNMISS,Troops,1,2,28/02/2014\n"
        + "3,KOR,410,Korea,UNMISS,Troops,x,2,28/02/2014\n"
    )
    data = contributions.load(csv.encode(), mode="lenient", name="un.csv")
    assert len(data) == 1 and data.rows == 3
    rejected = data.rejected
    assert [type(r) for r in rejected] == [pko.LoadError, pko.LoadError]
    assert [(r.line, r.field) for r in rejected] == [(3, "ISOCode3"), (4, "Female_Personnel")]


def test_a_format_that_is_not_the_one_asked_for_is_a_load_error() -> None:
    with pytest.raises(pko.LoadError) as e:
        contributions.load(UN_HEADER.encode(), "ipi")
    assert e.value.line == 1 and "un_open_data" in e.value.message


def test_a_missing_file_is_python_s_own_error() -> None:
    with pytest.raises(FileNotFoundError) as e:
        contributions.load("no/such/file.csv")
    assert e.value.filename == "no/such/file.csv"
    with pytest.raises(FileNotFoundError):
        pko.assess("no/such/facts.json", "2017-01-01")


def test_a_bad_month_and_a_bad_country() -> None:
    data = contributions.ipi()
    with pytest.raises(pko.DateError):
        data.rank("2014-13")
    with pytest.raises(pko.Error) as e:
        data.series("XXX")
    assert "XXX" in str(e.value)


def test_money_must_be_whole_cents_and_sharing_must_be_known() -> None:
    with pytest.raises(pko.Error) as e:
        contributions.Scale.annex_1().assessment_of("JPN", Decimal("0.001"))
    assert "0.001" in str(e.value)
    with pytest.raises(pko.InstituteError):
        institute.share_costs(["JPN", "CHN"], Decimal("100"), "by_lottery")  # type: ignore[arg-type]
    with pytest.raises(pko.InstituteError):
        institute.share_costs([], Decimal("100"), "equal")
    with pytest.raises(pko.Error):
        contributions.Scale.annex_1().assessment_of("JPN", Decimal("1"), "to_the_nearest_yen")


def test_a_roster_that_is_not_one() -> None:
    with pytest.raises(pko.FactsError) as e:
        institute.check_council('{"members": ["JPN"], "seats": [{"kind": "nobody"}]}')
    assert e.value.path is not None and e.value.path.startswith("seats[0]")


def test_wrong_python_types_are_type_errors() -> None:
    with pytest.raises(TypeError):
        pko.assess(42, "2017-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pko.assess(UNTAC, 19920917)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pko.assess_batch([UNTAC, 42], "1992-09-17")  # type: ignore[list-item]
    with pytest.raises(TypeError):
        institute.rotation("JPN", "2016-01-01", 1)


def test_assumptions_that_are_not_names_and_values() -> None:
    with pytest.raises(pko.AssumptionError) as e:
        pko.Options(["diet_approval_2015_tasks"])  # type: ignore[arg-type]
    assert e.value.path == "assumptions"
    with pytest.raises(pko.AssumptionError) as e:
        pko.Options('["diet_approval_2015_tasks"]')
    assert e.value.path == "assumptions"
