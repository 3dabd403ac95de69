//! Laws of rotation and cost sharing, on random input.

use chrono::{Days, NaiveDate};
use pko_contributions::{Scale, ScaleKind};
use pko_core::{CountryCode, Percent, Source, Usd};
use pko_institute::{
    Appointment, Charter, CostSharing, LeapDay, rotation, share_costs, validate_history,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn members() -> impl Strategy<Value = Vec<CountryCode>> {
    proptest::sample::subsequence(CountryCode::un_member_states().collect::<Vec<_>>(), 1..8)
        .prop_shuffle()
}

fn start() -> impl Strategy<Value = NaiveDate> {
    (0_u64..40_000).prop_map(|n| {
        pko_core::date(1990, 1, 1)
            .checked_add_days(Days::new(n))
            .unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn generated_rotations_are_fair_contiguous_and_valid(
        m in members(), s in start(), terms in 0_usize..40, march in any::<bool>()
    ) {
        let leap = if march { LeapDay::FirstOfMarch } else { LeapDay::LastDayOfFebruary };
        let charter = Charter::proposed(&m).unwrap().with_leap_day(leap);
        let t = rotation(&charter, &m, s, terms).unwrap();
        prop_assert_eq!(t.len(), terms);
        // Fairness: after any prefix, counts differ by at most one.
        let mut counts = vec![0_usize; m.len()];
        for term in &t {
            let i = m.iter().position(|x| *x == term.state()).unwrap();
            counts[i] += 1;
            let (lo, hi) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
            prop_assert!(hi - lo <= 1);
        }
        for pair in t.windows(2) {
            prop_assert_eq!(pair[0].period().end().unwrap().succ_opt(), Some(pair[1].period().start()));
        }
        for term in &t {
            let days = term.period().days().unwrap();
            prop_assert!((1825..=1827).contains(&days), "{} days", days);
        }
        let history: Vec<Appointment> = t.iter().map(|x| Appointment::new(x.state(), x.period())).collect();
        prop_assert!(validate_history(&charter, &history).is_empty());
    }

    #[test]
    fn shares_sum_to_the_budget_under_every_policy(
        m in members(),
        rates in proptest::collection::vec(1_i64..30_000, 8),
        cents in 0_i64..100_000_000_000,
        floor in 0_u32..20,
        ceiling in 20_u32..=100,
    ) {
        let charter = Charter::proposed(&m).unwrap();
        let scale = Scale::new(
            ScaleKind::Peacekeeping,
            "2015".parse().unwrap(),
            m.iter().zip(&rates).map(|(c, r)| (*c, Percent::new(Decimal::new(*r, 3)).unwrap())),
            Source::SPEECH,
        ).unwrap();
        let budget = Usd::from_cents(cents);
        let floor = Percent::new(Decimal::from(floor)).unwrap();
        let ceiling = Percent::new(Decimal::from(ceiling)).unwrap();
        for policy in [
            CostSharing::Equal,
            CostSharing::Proportional(&scale),
            CostSharing::Hybrid { scale: &scale, floor, ceiling },
        ] {
            match share_costs(&charter, budget, &policy) {
                Ok(shares) => {
                    prop_assert_eq!(Usd::checked_sum(shares.iter().map(|(_, u)| *u)).unwrap(), budget);
                    if let CostSharing::Hybrid { .. } = policy {
                        let cent = Decimal::new(1, 2);
                        for (_, u) in &shares {
                            let lo = budget.amount() * floor.as_fraction() - cent;
                            let hi = budget.amount() * ceiling.as_fraction() + cent;
                            prop_assert!(u.amount() >= lo && u.amount() <= hi, "{} outside [{}, {}]", u, lo, hi);
                        }
                    }
                }
                Err(e) => {
                    // Only the bounds may be infeasible.
                    let n = Decimal::from(m.len());
                    let infeasible = floor.as_fraction() * n > Decimal::ONE || ceiling.as_fraction() * n < Decimal::ONE;
                    prop_assert!(matches!(policy, CostSharing::Hybrid { .. }) && infeasible, "{}", e);
                }
            }
        }
    }
}
