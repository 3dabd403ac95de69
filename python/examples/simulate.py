"""A simulation's use of pko: many varied deployments assessed in one
batch on every core, and what a reform would change among them.

Run from the repository's root after ``pip install ./python``:

    python python/examples/simulate.py [COUNT]
"""

from __future__ import annotations

import collections
import random
import sys
import time
from typing import Any

import pko

KINDS = ["un_peacekeeping", "internationally_coordinated", "humanitarian_relief"]
TASKS = ["engineering", "medical", "transport", "ceasefire_monitoring", "kaketsuke_keigo", "civilian_police"]


def proposal(rng: random.Random) -> dict[str, Any]:
    """One illustrative deployment (synthetic facts, not a real one)."""
    return {
        "operation": {"kind": rng.choice(KINDS), "conflict": "ceasefire_based"},
        "parties": [{"name": "A", "to_operation": {"given": {}}, "to_japan": {"given": {}}}],
        "ceasefires": [{"parties": ["A"]}],
        "host_consent": {"to_operation": {"given": {}}, "to_japan": {"given": {}}},
        "impartiality": "none_reported",
        "contingent": {
            "kind": rng.choice(["sdf_unit", "police"]),
            "size": rng.randrange(10, 1200),
            "tasks": rng.sample(TASKS, rng.randrange(1, 3)),
            "weapons_use": ["self_preservation"],
        },
        "withdrawal_reserved": True,
        "diet_approval": True,
        "already_engaged": rng.randrange(0, 800),
    }


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = random.Random(2015)
    batch = [pko.deployment(proposal(rng)) for _ in range(count)]
    on = "2017-06-01"
    start = time.perf_counter()
    results = pko.assess_batch(batch, on)
    elapsed = time.perf_counter() - start
    verdicts = collections.Counter(a.verdict.value for a in results)
    print(f"{count} deployments assessed on {on} in {elapsed:.3f} s: {dict(sorted(verdicts.items()))}")
    reform = "examples/data/reform-sdf-police-advice.json"
    reformed = pko.assess_batch(batch, on, reform=reform)
    changed = sum(a.verdict != b.verdict for a, b in zip(results, reformed))
    print(f"under {reform}: {changed} verdicts change")


if __name__ == "__main__":
    main()
