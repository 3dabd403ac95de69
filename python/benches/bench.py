"""The Python package's three performance figures (python/README.md and
benches/README.md record them):

1. the overhead of one ``pko.assess`` call over the Rust call (criterion's
   ``assess`` bench: the same UNMISS facts on 2016-11-15);
2. a batch of 100,000 varied deployments on every core, against the same
   batch in Rust (criterion's ``assess a batch of 100,000 varied
   deployments/all cores``); the batch is ``pko-synthetic``'s, written by
   ``cargo run --release --example generate_deployments -- --count 100000
   --out target/varied-100000.jsonl``;
3. loading the IPI file, against ``polars.read_csv`` on the same file.

Run from the repository's root, with the package installed (and polars for
the third figure):

    python python/benches/bench.py

Each figure is the median of several runs, timed with
``time.perf_counter``; the results of one run are released before the next
starts, so that no run pays for freeing the last.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import pko
from pko import _native, contributions

ON = datetime.date(2016, 11, 15)
IPI = "crates/pko-contributions/data/ipi-gender-2009-2014.csv"
BATCH = pathlib.Path("target/varied-100000.jsonl")


def median_seconds(run: Callable[[], Any], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
        del result
    return statistics.median(times), times


def per_call(run: Callable[[], Any], calls: int, repeat: int = 7) -> float:
    """Microseconds per call, the median of ``repeat`` runs of ``calls``."""

    def many() -> None:
        for _ in range(calls):
            run()

    m, _ = median_seconds(many, repeat)
    return m / calls * 1e6


def main() -> None:
    facts: dict[str, Any] = json.loads(
        pathlib.Path("crates/pko-principles/tests/data/unmiss-kaketsuke-keigo-2016.json").read_text()
    )
    facts.setdefault("host_consent", {})["stably_maintained"] = True
    deployment = pko.deployment(facts)
    text = json.dumps(facts)
    print("1. one assessment (UNMISS with kaketsuke-keigo, 2016-11-15), µs per call:")
    print(f"   pko.assess(Deployment, date)      {per_call(lambda: pko.assess(deployment, ON), 100_000):8.2f}")
    print(f"   _native.assess(Deployment, date)  {per_call(lambda: _native.assess(deployment, ON), 100_000):8.2f}")
    print(f"   pko.assess(JSON text, date)       {per_call(lambda: pko.assess(text, ON), 20_000):8.2f}")
    print(f"   pko.assess(dict, date)            {per_call(lambda: pko.assess(facts, ON), 20_000):8.2f}")
    a = pko.assess(deployment, ON)
    print(f"   then a.verdict                    {per_call(lambda: a.verdict, 100_000):8.2f}")
    print(f"   then a.to_dict()                  {per_call(a.to_dict, 5_000):8.2f}")

    if not BATCH.exists():
        sys.exit(f"{BATCH} is missing: cargo run --release --example generate_deployments -- --count 100000 --out {BATCH}")
    lines = BATCH.read_text().splitlines()
    deployments = [pko.Deployment.from_json(line) for line in lines]
    dicts = [json.loads(line) for line in lines]
    print(f"2. a batch of {len(lines):,} varied deployments on every core, ms (median of 7; runs):")
    for label, batch, repeat in (
        ("pko.Deployment items", deployments, 7),
        ("JSON text items", lines, 7),
        ("dict items", dicts, 3),
    ):
        m, runs = median_seconds(lambda: pko.assess_batch(batch, ON), repeat)
        print(f"   {label:22} {m * 1e3:8.1f}  ({', '.join(f'{t * 1e3:.0f}' for t in runs)})")
    # criterion's figure counts the freeing of the 100,000 assessments (its
    # loop drops each batch's answer as it goes): the same here.
    def batch_and_free() -> None:
        result = pko.assess_batch(deployments, ON)
        del result

    m, runs = median_seconds(batch_and_free, 7)
    print(f"   {'pko.Deployment, freed':22} {m * 1e3:8.1f}  ({', '.join(f'{t * 1e3:.0f}' for t in runs)})")
    m, _ = median_seconds(lambda: [pko.Deployment.from_json(line) for line in lines], 3)
    print(f"   reading them as pko.Deployment first: {m * 1e3:.0f} ms")

    print("3. the IPI file (2,274,342 bytes, 29,115 rows), ms (median of 15):")
    m, _ = median_seconds(lambda: contributions.load(IPI), 15)
    print(f"   pko.contributions.load            {m * 1e3:8.2f}")
    try:
        import polars as pl
    except ImportError:
        print("   polars.read_csv                   (polars is not installed)")
        return
    m, _ = median_seconds(lambda: pl.read_csv(IPI), 15)
    print(f"   polars.read_csv ({pl.__version__})      {m * 1e3:8.2f}")


if __name__ == "__main__":
    main()
