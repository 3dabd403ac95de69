"""The tour of pko from Python: the principles under the law of the day,
contributions in money and people, the proposed institute.

Run from the repository's root after ``pip install ./python``:

    python python/examples/tour.py
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pko
from pko import contributions, institute


def main() -> None:
    unmiss = pko.deployment("examples/data/proposal-unmiss-kaketsuke-keigo.json")
    for day in (datetime.date(2015, 12, 1), datetime.date(2016, 11, 15)):
        a = pko.assess(unmiss, day)
        open_ = ", ".join(a.deciding_facts) or "nothing"
        print(f"UNMISS with kaketsuke-keigo on {day}: {a.verdict} under {a.regime} (open: {open_})")
    settled = pko.assess(unmiss, "2016-11-15", assumptions={"diet_approval_2015_tasks": "no"})
    print(f"  with the Diet's approval not needed: {settled.verdict}")
    for p in pko.periods(unmiss, "1992-08-10", "2030-12-31"):
        print(f"  {p.start}..={p.end}: {p.verdict}")
    record = pko.history()
    permitted = sum(r.first_verdict is pko.Verdict.PERMITTED for r in record)
    print(f"Japan's dispatches since 1992: {permitted} of {len(record)} permitted on their first day")
    cap = pko.impact("examples/data/reform-cap-1000.json")
    print(f"a cap of 1,000: {cap.verdicts_changed} of {cap.assessed} assessments of the record change verdict")

    japan = contributions.Scale.annex_1().assessment_of("JPN", Decimal("8470000000"))
    print(f"Japan's 10.83 % of the US$8.47 bn 2014/15 budget: US${japan:,}")
    data = contributions.ipi()
    top = ", ".join(f"{r['rank']}. {r['country']} {r['total']}" for r in data.rank("2014-02", top=5))
    print(f"uniformed personnel, 2014-02: {top}")
    bad = [f for f in contributions.audit() if not f.consistent]
    print(f"audit of the speech: {len(bad)} inconsistent checks")

    for t in institute.rotation(["JPN", "CHN", "KOR"], "2016-01-01", 3):
        print(f"Director term {t.number}: {t.state} {t.start}..={t.end}")
    shares = institute.share_costs(["JPN", "CHN", "KOR"], Decimal("10000000.00"))
    print("a US$10 m budget:", ", ".join(f"{c} US${v:,}" for c, v in shares.items()))


if __name__ == "__main__":
    main()
