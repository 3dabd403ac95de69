"""A batch gives what the same facts assessed in turn give, in order,
whatever form each item takes."""

from __future__ import annotations

import datetime
import json
import pathlib
import random
import threading
import time
from typing import Any

import pytest

import pko

KINDS = ["un_peacekeeping", "internationally_coordinated", "humanitarian_relief", "election_observation"]
CONTINGENTS = ["sdf_unit", "sdf_individuals", "police", "civilians"]
TASKS = ["engineering", "medical", "transport", "ceasefire_monitoring", "kaketsuke_keigo", "election_observation"]
WEAPONS = ["self_preservation", "persons_under_control", "duty_execution"]


def varied(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` deployments that differ in the facts the rules read, some
    facts left unknown."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        facts: dict[str, Any] = {
            "operation": {"kind": rng.choice(KINDS), "conflict": rng.choice(["ceasefire_based", "ended_parties_gone", "no_conflict_yet"])},
            "contingent": {
                "kind": rng.choice(CONTINGENTS),
                "size": rng.randrange(1, 2600),
                "tasks": rng.sample(TASKS, rng.randrange(1, 4)),
                "weapons_use": [w for w in WEAPONS if rng.random() < 0.5],
            },
        }
        if rng.random() < 0.8:
            facts["host_consent"] = {"to_operation": {"given": {}}, "to_japan": {"given": {}}}
        if rng.random() < 0.7:
            facts["impartiality"] = "none_reported"
        if rng.random() < 0.7:
            facts["withdrawal_reserved"] = rng.random() < 0.9
        if rng.random() < 0.5:
            facts["already_engaged"] = rng.randrange(0, 1500)
        out.append(facts)
    return out


@pytest.mark.parametrize("on", ["1995-01-01", "2016-11-15"])
def test_a_batch_equals_the_same_facts_assessed_in_turn(on: str) -> None:
    batch = varied(500, seed=7)
    one_by_one = [pko.assess(f, on).to_dict() for f in batch]
    assert [a.to_dict() for a in pko.assess_batch(batch, on)] == one_by_one
    # The verdicts vary: the batch is not 500 copies of one answer.
    assert len({a["verdict"] for a in one_by_one}) == 3


def test_every_form_of_an_item_gives_the_same_answer_in_its_place() -> None:
    batch = varied(60, seed=11)
    forms: list[Any] = []
    for i, facts in enumerate(batch):
        form = i % 4
        text = json.dumps(facts)
        forms.append([facts, text, text.encode(), pko.deployment(facts)][form])
    on = "2016-11-15"
    assert pko.assess_batch(forms, on) == [pko.assess(f, on) for f in batch]


def test_a_batch_honours_the_assumptions_and_the_reform() -> None:
    batch = varied(200, seed=3)
    on = "2017-06-01"
    options = {"headcount_cap_after_2016": "1000"}
    reform = "examples/data/reform-sdf-police-advice.json"
    got = pko.assess_batch(batch, on, assumptions=options, reform=reform)
    assert got == [pko.assess(f, on, assumptions=options, reform=reform) for f in batch]
    assert got != pko.assess_batch(batch, on)


def test_a_bad_item_raises_with_its_index_or_takes_its_place() -> None:
    batch: list[Any] = varied(10, seed=5)
    batch[6] = {"contingent": {"size": -1}}
    with pytest.raises(pko.FactsError) as e:
        pko.assess_batch(batch, "2016-11-15")
    assert e.value.index == 6 and e.value.path == "contingent.size"
    batch[6] = '{"contingent": {"size": -1}}'
    results = pko.assess_batch(batch, "2016-11-15", errors="return")
    assert len(results) == 10
    bad = results[6]
    assert isinstance(bad, pko.FactsError) and bad.index == 6 and bad.path == "contingent.size"
    assert all(isinstance(r, pko.Assessment) for i, r in enumerate(results) if i != 6)


def test_an_empty_batch_is_an_empty_list() -> None:
    assert pko.assess_batch([], "2016-11-15") == []


def test_the_batch_releases_the_interpreter() -> None:
    # While a large batch runs, a Python thread keeps counting: the batch
    # does not hold the interpreter lock.
    facts = pko.deployment(varied(1, seed=1)[0])
    batch = [facts] * 200_000
    ticks = 0
    done = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            time.sleep(0)

    t = threading.Thread(target=count)
    t.start()
    try:
        start = time.perf_counter()
        pko.assess_batch(batch, "2016-11-15")
        elapsed = time.perf_counter() - start
    finally:
        done.set()
        t.join()
    # Over a batch of this size the other thread runs many times; holding the
    # lock it would run at most a handful of switch intervals (5 ms each).
    assert ticks > 10 * max(1.0, elapsed / 0.005)


def test_the_speech_examples_in_a_batch_with_a_path() -> None:
    paths = sorted(str(p) for p in pathlib.Path("examples/data").glob("proposal-*.json"))
    on = datetime.date(2017, 1, 1)
    assert pko.assess_batch(paths, on) == [pko.assess(p, on) for p in paths]


def test_a_dict_read_from_its_values_is_the_dict_read_as_json() -> None:
    # The fast reading of a dict (from its Python values) and the reading
    # of its JSON text give the same facts, for varied and real facts.
    dicts = varied(300, seed=13) + [
        json.loads(p.read_text()) for p in sorted(pathlib.Path("examples/data").glob("proposal-*.json"))
    ]
    for facts in dicts:
        fast = pko.Deployment.from_python(facts)
        assert fast is not None
        assert fast == pko.Deployment.from_json(json.dumps(facts))


def test_dates_in_a_dict_are_read_as_days() -> None:
    # datetime.date values are not JSON; a dict may hold them all the same.
    facts = {
        "host_consent": {
            "to_operation": {"given": {"on": datetime.date(2014, 1, 1), "withdrawn_on": datetime.date(2014, 3, 1)}},
        },
    }
    assert pko.Deployment.from_python(facts) is None
    as_text = json.loads(json.dumps(facts, default=str))
    assert pko.deployment(facts) == pko.deployment(as_text)
    on = "2014-02-01"
    assert pko.assess_batch([facts], on) == [pko.assess(as_text, on)]
