"""Money is exact: ``decimal.Decimal`` to the cent, shares that sum to the
budget, the figures of the speech."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pko import contributions, institute


def test_japans_assessment_of_the_2014_15_budget() -> None:
    # Speech, section E.2 and Annex 1: 10.83 % of US$8.47 bn.
    annex_1 = contributions.Scale.annex_1()
    amount = annex_1.assessment_of("JPN", Decimal("8470000000"))
    assert amount == Decimal("917301000.00") and isinstance(amount, Decimal)
    assert annex_1.assessment_of("FJI", Decimal("8470000000")) is None
    assert dict(annex_1.rates)["JPN"] == Decimal("10.83")
    assert annex_1.kind == "peacekeeping"


@pytest.mark.parametrize(
    ("rounding", "expected"),
    [("half_even", "0.03"), ("half_up", "0.03"), ("toward_zero", "0.02"), ("ceiling", "0.03"), ("floor", "0.02")],
)
def test_rounding_is_explicit(rounding: str, expected: str) -> None:
    # 10.83 % of 25 cents is 2.7075 cents: up or down as the rounding says.
    scale = contributions.Scale.annex_1()
    assert scale.assessment_of("JPN", Decimal("0.25"), rounding) == Decimal(expected)


@pytest.mark.parametrize("budget", ["0.01", "1.00", "8470000000.00", "12345.67"])
def test_assessments_sum_to_the_budget_to_the_cent(budget: str) -> None:
    b = Decimal(budget)
    for scale in (
        contributions.Scale.annex_1(),
        contributions.Scale.peacekeeping_rates_2017(),
        contributions.Scale.regular_budget(2015),
    ):
        shares = scale.assessments(b)
        assert sum((a for _, a in shares), Decimal(0)) == b
        assert all(a == a.quantize(Decimal("0.01")) for _, a in shares)


def test_the_regular_budget_scale_of_2013_2015() -> None:
    rb = contributions.Scale.regular_budget(2015)
    assert (len(rb), rb.total, rb.period) == (193, Decimal("100.000"), "2013-2015")
    assert rb.kind == "regular_budget"


def test_the_institutes_costs() -> None:
    members = ["JPN", "CHN", "KOR"]
    budget = Decimal("10000000.00")
    shares = institute.share_costs(members, budget)
    assert shares == {
        "JPN": Decimal("5565262.08"),
        "CHN": Decimal("3412127.44"),
        "KOR": Decimal("1022610.48"),
    }
    equal = institute.share_costs(members, budget, "equal")
    assert sum(equal.values()) == budget
    assert max(equal.values()) - min(equal.values()) == Decimal("0.01")
    hybrid = institute.share_costs(members, budget, "hybrid", floor=Decimal("20"), ceiling=Decimal("45"))
    assert sum(hybrid.values()) == budget
    assert all(Decimal("2000000.00") <= v <= Decimal("4500000.00") for v in hybrid.values())
