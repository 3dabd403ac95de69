"""Every function of the package against the command line's JSON for the
same input: the example inputs of the workspace and the real IPI file."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest

import pko
from pko import contributions, institute

from conftest import cli_json, cli_text

PROPOSALS = sorted(str(p) for p in pathlib.Path("examples/data").glob("proposal-*.json")) or [
    "examples/data/proposal-untac-1992.json"
]
FIXTURES = sorted(
    str(p) for p in pathlib.Path("crates/pko-principles/tests/data").glob("*.json")
    if "events" not in p.name
)
DAYS = ["1992-09-17", "1999-01-01", "2013-12-22", "2015-12-01", "2016-11-15", "2019-06-30"]
REFORMS = sorted(str(p) for p in pathlib.Path("examples/data").glob("reform-*.json"))
IPI = "crates/pko-contributions/data/ipi-gender-2009-2014.csv"


def test_there_are_inputs_to_compare() -> None:
    # A glob that found nothing would make the tests below vacuous.
    assert len(PROPOSALS) >= 3 and len(FIXTURES) >= 5 and len(REFORMS) >= 3


@pytest.mark.parametrize("facts", PROPOSALS + FIXTURES)
@pytest.mark.parametrize("on", DAYS)
def test_assess_is_the_cli(facts: str, on: str) -> None:
    expected = cli_json("assess", facts, "--as-of", on)
    a = pko.assess(facts, datetime.date.fromisoformat(on))
    assert a.to_dict() == expected
    assert json.loads(a.to_json()) == expected
    assert a.verdict.value == expected["verdict"]
    assert a.as_of.isoformat() == expected["as_of"]
    assert a.deciding_facts == expected["deciding_facts"]
    assert a.conditions == expected["conditions"]
    assert a.notes == expected["notes"]
    assert a.regime == expected["regime"]
    subjects = [
        f["subject"] if isinstance(f["subject"], str)
        else ".".join(next(iter(f["subject"].items())))
        for f in expected["findings"]
    ]
    assert [f.subject for f in a.findings] == subjects
    for f in a.findings:
        if f.subject.startswith("principle."):
            # "principle 2 (consent)": the number and the name a person reads.
            assert f.title.startswith("principle ") and f.title.endswith(")"), f.title
    assert [f.status.value for f in a.findings] == [f["status"] for f in expected["findings"]]
    assert [f.reasons for f in a.findings] == [
        [r["text"] for r in f["reasons"]] for f in expected["findings"]
    ]
    # Every source a finding cites is among the assessment's citations.
    assert {c for f in a.findings for c in f.citations} == set(a.citations)
    assert len(a.citations) == len(set(a.citations))


@pytest.mark.parametrize("facts", PROPOSALS)
def test_the_same_facts_as_a_dict_text_and_path_give_one_answer(facts: str) -> None:
    text = pathlib.Path(facts).read_text()
    on = "2016-11-15"
    by_path = pko.assess(facts, on)
    assert pko.assess(pathlib.Path(facts), on) == by_path
    assert pko.assess(text, on) == by_path
    assert pko.assess(text.encode(), on) == by_path
    assert pko.assess(json.loads(text), on) == by_path
    assert pko.assess(pko.deployment(facts), on) == by_path


@pytest.mark.parametrize("facts", PROPOSALS)
def test_assumptions_are_the_cli(facts: str) -> None:
    expected = cli_json(
        "assess", facts, "--as-of", "2016-11-15",
        "--assume", "diet_approval_2015_tasks=no", "--assume", "headcount_cap_after_2016=1500",
    )
    got = pko.assess(
        facts, "2016-11-15",
        assumptions={"diet_approval_2015_tasks": "no", "headcount_cap_after_2016": "1500"},
    )
    assert got.to_dict() == expected
    options = pko.Options('{"diet_approval_2015_tasks": "no", "headcount_cap_after_2016": "1500"}')
    assert pko.assess(facts, "2016-11-15", assumptions=options) == got
    # A number for a number, None for open, as a dict or its JSON text.
    as_dict = pko.Options({"diet_approval_2015_tasks": "no", "headcount_cap_after_2016": 1500})
    assert pko.assess(facts, "2016-11-15", assumptions=as_dict) == got
    assert pko.Options({"grace_period_days": None}).to_dict() == pko.Options().to_dict()


# Some changes of the 2015 bills change nothing after 2016 (tested in
# test_errors.py): here only the answers are compared.
@pytest.mark.filterwarnings("ignore::pko.ReformWarning")
@pytest.mark.parametrize("reform", REFORMS)
@pytest.mark.parametrize("on", ["2010-01-01", "2016-11-15"])
def test_assess_under_a_reform_is_the_cli(reform: str, on: str) -> None:
    facts = "examples/data/proposal-unmiss-kaketsuke-keigo.json"
    expected = cli_json("assess", facts, "--as-of", on, "--reform", reform)
    assert pko.assess(facts, on, reform=reform).to_dict() == expected
    r = pko.Reform.from_json(pathlib.Path(reform).read_text())
    assert pko.assess(facts, on, reform=r).to_dict() == expected


@pytest.mark.filterwarnings("ignore::pko.ReformWarning")
@pytest.mark.parametrize("reform", REFORMS)
def test_impact_is_the_cli(reform: str) -> None:
    on_record = pko.impact(reform)
    expected = cli_json("reform", reform, "--history")
    assert on_record.to_dict() == expected
    assert (on_record.assessed, on_record.verdicts_changed) == (
        expected["assessed"], expected["verdicts_changed"],
    )
    assert on_record.changed == len(expected["cases"])
    facts = "examples/data/proposal-unmiss-kaketsuke-keigo.json"
    one = pko.impact(reform, facts, "2016-11-15")
    assert one.to_dict() == cli_json("reform", reform, "--facts", facts, "--on", "2016-11-15")


@pytest.mark.parametrize("facts", PROPOSALS)
def test_periods_are_the_cli(facts: str) -> None:
    expected = cli_json("periods", facts, "--from", "1992-08-10", "--to", "2030-12-31")
    got = pko.periods(facts, "1992-08-10", datetime.date(2030, 12, 31))
    assert [p.to_dict() for p in got] == expected
    assert [(p.start.isoformat(), p.end.isoformat(), p.verdict.value) for p in got] == [
        (p["start"], p["end"], p["verdict"]) for p in expected
    ]
    # The spans tile the days asked for.
    assert got[0].start == datetime.date(1992, 8, 10) and got[-1].end == datetime.date(2030, 12, 31)
    assert all(a.end + datetime.timedelta(days=1) == b.start for a, b in zip(got, got[1:]))


@pytest.mark.parametrize("facts", PROPOSALS)
def test_compare_is_the_cli(facts: str) -> None:
    expected = cli_json("compare", facts, "--from", "2015-12-01", "--to", "2016-11-15")
    c = pko.compare(facts, "2015-12-01", "2016-11-15")
    assert c.to_dict() == expected
    assert (c.verdict_first.value, c.verdict_second.value) == (
        expected["from"]["verdict"], expected["to"]["verdict"],
    )
    assert str(c) == cli_text("compare", facts, "--from", "2015-12-01", "--to", "2016-11-15")
    assert str(pko.assess(facts, "2016-11-15")) == cli_text("assess", facts, "--as-of", "2016-11-15")


def test_history_is_the_cli() -> None:
    expected = cli_json("history")
    got = pko.history()
    assert [r.to_dict() for r in got] == expected
    assert [r.dispatch for r in got] == [r["dispatch"]["id"] for r in expected]
    changed = pko.history(assumptions={"diet_approval_2015_tasks": "no"})
    assert [r.to_dict() for r in changed] == cli_json(
        "history", "--assume", "diet_approval_2015_tasks=no"
    )
    assert [r.to_dict() for r in changed] != expected


def test_monitor_is_the_cli() -> None:
    facts = "examples/data/proposal-unmiss-kaketsuke-keigo.json"
    events = "examples/data/events-consent-withdrawn.json"
    for grace in (0, 30, 365):
        expected = cli_json("monitor", facts, events, "--grace-days", str(grace))
        t = pko.monitor(facts, events, grace_days=grace)
        assert t.to_dict() == expected
        assert t.grace_days == grace
        assert [(e.date.isoformat(), e.action) for e in t.entries] == [
            (e["date"], e["action"]) for e in expected["entries"]
        ]
    # Events as a list of dicts, and the grace period as an assumption.
    as_list = json.loads(pathlib.Path(events).read_text())
    assert pko.monitor(facts, as_list, assumptions={"grace_period_days": "30"}).to_dict() == cli_json(
        "monitor", facts, events, "--grace-days", "30"
    )


@pytest.mark.parametrize("on", ["2013-12-22", "2013-12-23", "2016-11-15"])
def test_assess_transfer_is_the_cli(on: str, tmp_path: pathlib.Path) -> None:
    expected = cli_json("in-kind", "--case", "ammunition-2013", "--on", on)
    got = pko.assess_transfer(pko.ammunition_2013(), on)
    assert got.to_dict() == expected
    assert got.verdict.value == expected["verdict"]
    # The transfer of the record, written to a file, reads back the same.
    path = tmp_path / "transfer.json"
    path.write_text(json.dumps(pko.ammunition_2013()))
    assert cli_json("in-kind", str(path), "--on", on) == expected
    assert pko.assess_transfer(path, on).to_dict() == expected


def test_open_readings_are_the_assumptions_the_cli_takes() -> None:
    readings = pko.open_readings()
    assert len(readings) >= 5
    for r in readings:
        assert r.default in r.values or r.default.isdigit()
        # Every value of every reading is accepted, as the CLI accepts it.
        for value in r.values:
            if value.isalpha() or "_" in value:
                pko.Options(json.dumps({r.name: value}))


@pytest.mark.parametrize("month", ["2009-11", "2012-06", "2014-02"])
def test_rank_of_the_real_ipi_file_is_the_cli(month: str) -> None:
    data = contributions.load(IPI)
    expected = cli_json("contributions", "rank", IPI, "--month", month)
    assert data.rank(month) == expected
    assert data.rank(datetime.date.fromisoformat(month + "-15"), top=10) == cli_json(
        "contributions", "rank", IPI, "--month", month, "--top", "10"
    )
    assert contributions.ipi().rank(month) == expected
    assert contributions.load(pathlib.Path(IPI).read_bytes(), name=IPI).rank(month) == expected


def test_women_shares_are_the_cli() -> None:
    expected = cli_json(
        "contributions", "women", "--country", "JPN", "--from", "2012-01", "--to", "2014-02",
        "--file", IPI,
    )
    got = contributions.load(IPI).women_shares("JPN", "2012-01", datetime.date(2014, 2, 1))
    assert [s.to_dict() for s in got] == expected
    for s, e in zip(got, expected):
        assert s.month.strftime("%Y-%m") == e["month"]
        assert (s.female, s.male) == (e["count"]["female"], e["count"]["male"])
        assert s.share == (None if e["share"] is None else pko_decimal(e["share"]))
        assert s.meets == e["meets"]


def pko_decimal(text: str) -> object:
    from decimal import Decimal

    return Decimal(text)


def test_series_and_columns_agree_with_the_ranking() -> None:
    data = contributions.load(IPI)
    columns = data.to_columns()
    lengths = {len(v) for v in columns.values()}
    assert lengths == {len(data)}
    feb = datetime.date(2014, 2, 1)
    japan = sum(
        f + m
        for month, c, f, m in zip(columns["month"], columns["contributor"], columns["female"], columns["male"])
        if month == feb and c == "JPN"
    )
    ranked = {r["country"]: r["total"] for r in data.rank("2014-02")}
    assert japan == ranked["JPN"] == 271
    point = {p.month: p for p in data.series("JPN")}[feb]
    assert point.total == 271
    assert all(isinstance(m, datetime.date) for m in columns["month"][:100])
    assert data.months() == sorted(set(columns["month"]))
    assert sorted(data.contributors()) == sorted(set(columns["contributor"]))
    assert data.months()[-1] == feb and data.file == IPI and data.format == "ipi"
    assert set(columns["category"]) <= {
        "troops", "staff_officers", "experts_on_mission", "individual_police", "formed_police_units",
    }


def test_audit_is_the_cli() -> None:
    expected = cli_json("contributions", "audit")
    got = contributions.audit()
    assert [f.to_dict() for f in got] == expected
    assert [f.consistent for f in got] == [f["consistent"] for f in expected]


def test_rotation_is_the_cli() -> None:
    expected = cli_json(
        "institute", "rotation", "--members", "JPN,CHN,KOR", "--start", "2016-01-01", "--terms", "4"
    )
    got = institute.rotation(["JPN", "CHN", "KOR"], datetime.date(2016, 1, 1), 4)
    assert [t.to_dict() for t in got] == expected
    assert [t.state for t in got] == ["JPN", "CHN", "KOR", "JPN"]
    assert all(b.start == a.end + datetime.timedelta(days=1) for a, b in zip(got, got[1:]))


@pytest.mark.parametrize("roster", ["examples/data/council-valid.json", "examples/data/council-with-problems.json"])
def test_check_council_is_the_cli(roster: str) -> None:
    expected = cli_json("institute", "check-council", roster)
    got = institute.check_council(roster)
    assert [p.to_dict() for p in got] == expected
    assert [p.problem for p in got] == [p["kind"]["problem"] for p in expected]
