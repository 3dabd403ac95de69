"""``pko.joint``: a joint deployment under each participant's rules, equal
to ``pko joint --format json`` and its report, with errors that say where."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest

import pko

from conftest import cli_json, cli_text

EXAMPLES = ["examples/data/joint-unmiss-2017.json", "examples/data/joint-coordinated-2017.json"]


@pytest.mark.parametrize("example", EXAMPLES)
@pytest.mark.parametrize("on", ["2009-06-01", "2017-06-01", "2022-01-01"])
def test_joint_is_the_cli(example: str, on: str) -> None:
    expected = cli_json("joint", example, "--on", on)
    j = pko.joint(example, on)
    assert j.to_dict() == expected
    assert str(j) == cli_text("joint", example, "--on", on)
    assert j.as_of == datetime.date.fromisoformat(on)
    assert j.verdict.value == expected["verdict"]
    assert j.may_go == expected["may_go"]
    assert [p.verdict.value for p in j.partners] == [p["verdict"] for p in expected["partners"]]
    assert j.un is not None and j.un.verdict.value == expected["un"]["verdict"]


def test_japans_part_is_what_assess_gives_and_its_steps_follow_the_procedure() -> None:
    with open(EXAMPLES[0], encoding="utf-8") as f:
        data = json.load(f)
    j = pko.joint(data, datetime.date(2017, 6, 1))
    assert j.japan is not None
    assert j.japan.to_dict() == pko.assess(data["japan"], "2017-06-01").to_dict()
    assert [s["step"] for s in j.japan.missing_steps] == ["cabinet_decision"]
    data["japan_procedure"] = {"cabinet_decision": {"on": "2017-05-30"}}
    decided = pko.joint(data, "2017-06-01")
    assert decided.japan is not None and decided.japan.missing_steps == []
    # A day before the decision, it is still missing.
    assert pko.joint(data, "2017-05-29").japan.missing_steps[0]["step"] == "cabinet_decision"  # type: ignore[union-attr]


def test_assumptions_are_japans_open_readings() -> None:
    on = "2017-06-01"
    expected = cli_json("joint", EXAMPLES[0], "--on", on, "--assume", "pre_2016_text_after_2016=open")
    got = pko.joint(EXAMPLES[0], on, assumptions={"pre_2016_text_after_2016": "open"})
    assert got.to_dict() == expected
    # The reading decides Japan's part: left open, Japan may no longer go.
    assert got.japan is not None and got.japan.verdict is pko.Verdict.UNDETERMINED
    assert got.may_go == ["KOR"]
    assert pko.joint(EXAMPLES[0], on).may_go == ["JPN", "KOR"]


def test_korea_without_consent_is_not_permitted_and_needs_it() -> None:
    j = pko.joint(
        {"operation": {"kind": "un_peacekeeping"}, "partners": [{"state": "KOR", "kind": "unit", "procedure": {"assembly_consent": "not_given"}}]},
        "2017-06-01",
    )
    korea = j.partners[0]
    assert (korea.participant, korea.verdict) == ("korea", pko.Verdict.NOT_PERMITTED)
    steps = [m["step"] for m in korea.missing_steps]
    assert steps == ["state_council_resolution", "assembly_consent"]
    assert "safety measures" in korea.missing_steps[1]["details"][0]
    assert j.japan is None and j.may_go == []


def test_refusals_name_the_participant(tmp_path: pathlib.Path) -> None:
    with pytest.raises(pko.FactsError) as e:
        pko.joint({"partners": [{"state": "CHN"}, {"state": "CHN"}]}, "2017-06-01")
    assert e.value.path == "partners[1].state"
    with pytest.raises(pko.FactsError) as e:
        pko.joint({}, "2017-06-01")
    assert "names no participant" in str(e.value)
    with pytest.raises(pko.FactsError) as e:
        pko.joint({"japan": {"parties": [{"name": "A"}, {"name": "A"}]}}, "2017-06-01")
    assert e.value.path is not None and e.value.path.startswith("japan.parties")
    with pytest.raises(pko.DateError):
        pko.joint({"japan": {}}, "1990-01-01")
    bad = tmp_path / "joint.json"
    bad.write_text('{\n  "partners": [{"state": "KOR", "kind": "brigade"}]\n}\n', encoding="utf-8")
    with pytest.raises(pko.FactsError) as e:
        pko.joint(bad, "2017-06-01")
    assert (e.value.file, e.value.line, e.value.path) == (str(bad), 2, "partners[0].kind")
