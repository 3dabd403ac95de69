//! Sharing the institute's budget among its members: the speech's own
//! question, "how to determine financial eligibility and contribution from
//! each country" (section F).

use pko_contributions::Scale;
use pko_core::{CountryCode, Percent, Usd, apportion};
use rust_decimal::Decimal;

use crate::{Charter, Error};

/// How the budget is split.
///
/// # Example
///
/// ```
/// use pko_institute::CostSharing;
/// let equal = CostSharing::Equal;
/// assert!(matches!(equal, CostSharing::Equal));
/// ```
#[derive(Debug, Clone, Copy)]
pub enum CostSharing<'a> {
    /// Equal shares.
    Equal,
    /// In proportion to the members' rates on a scale (for example their
    /// 2015 peacekeeping rates, speech Annex 1).
    Proportional(&'a Scale),
    /// In proportion to a scale, each share kept between a floor and a
    /// ceiling (in percent of the budget); what the bounds take or give is
    /// spread over the other members in proportion to their rates.
    Hybrid {
        /// The scale.
        scale: &'a Scale,
        /// The smallest share, in percent of the budget.
        floor: Percent,
        /// The largest share, in percent of the budget.
        ceiling: Percent,
    },
}

/// Splits `budget` among the charter's members, **exactly to the cent**
/// (the shares add up to `budget`), in the order of
/// [`Charter::members`].
///
/// Cents left over by the split go by largest remainder (ties to the
/// member listed first, see [`pko_core::apportion`]). Under
/// [`CostSharing::Hybrid`] each share is `clamp(λ × rate, floor, ceiling)`
/// with the one `λ` that makes the shares add up to the budget, found
/// exactly; after rounding to cents a share may pass a bound by at most a
/// cent.
///
/// # Errors
///
/// [`Error::NotOnScale`] for a member with no rate;
/// [`Error::InfeasibleBounds`] if no split meets the floor and ceiling;
/// [`Error::Core`] for a negative budget or all-zero rates.
///
/// # Example
///
/// ```
/// use pko_core::{CountryCode, Usd};
/// use pko_institute::{share_costs, Charter, CostSharing};
///
/// let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
/// let charter = Charter::proposed(&members)?;
/// let budget: Usd = "US$10,000,000.00".parse()?;
///
/// let equal = share_costs(&charter, budget, &CostSharing::Equal)?;
/// assert_eq!(equal[0].1.to_string(), "US$3,333,333.34");
///
/// let annex_1 = pko_contributions::speech::annex_1();
/// let by_rate = share_costs(&charter, budget, &CostSharing::Proportional(&annex_1))?;
/// // 10.83 : 6.64 : 1.99
/// assert_eq!(by_rate[0].1.to_string(), "US$5,565,262.08");
/// assert_eq!(Usd::checked_sum(by_rate.iter().map(|(_, u)| *u))?, budget);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn share_costs(
    charter: &Charter,
    budget: Usd,
    policy: &CostSharing<'_>,
) -> Result<Vec<(CountryCode, Usd)>, Error> {
    let members = charter.members();
    let weights: Vec<Decimal> = match policy {
        CostSharing::Equal => vec![Decimal::ONE; members.len()],
        CostSharing::Proportional(scale) => rates(members, scale)?,
        CostSharing::Hybrid {
            scale,
            floor,
            ceiling,
        } => bounded(
            &rates(members, scale)?,
            floor.as_fraction(),
            ceiling.as_fraction(),
        )
        .ok_or(Error::InfeasibleBounds {
            floor: *floor,
            ceiling: *ceiling,
            members: members.len(),
        })?,
    };
    let shares = apportion(budget, &weights)
        .map_err(Error::core("apportioning the budget among members"))?;
    Ok(members.iter().copied().zip(shares).collect())
}

fn rates(members: &[CountryCode], scale: &Scale) -> Result<Vec<Decimal>, Error> {
    members
        .iter()
        .map(|m| {
            scale
                .rate(*m)
                .map(Percent::value)
                .ok_or(Error::NotOnScale { country: *m })
        })
        .collect()
}

/// Shares to twelve decimals: exact enough for any budget to the cent
/// (10^-12 of US$10^12 is a cent), and small enough for the exact integer
/// arithmetic of [`apportion`].
fn rounded(shares: Vec<Decimal>) -> Vec<Decimal> {
    shares.into_iter().map(|s| s.round_dp(12)).collect()
}

/// The shares (fractions adding up to 1) `clamp(λ w_i, floor, ceiling)`,
/// or `None` if the bounds cannot be met.
fn bounded(weights: &[Decimal], floor: Decimal, ceiling: Decimal) -> Option<Vec<Decimal>> {
    let n = Decimal::from(weights.len());
    if floor > ceiling || floor * n > Decimal::ONE || ceiling * n < Decimal::ONE {
        return None;
    }
    let total: Decimal = weights.iter().sum();
    if total.is_zero() {
        return None;
    }
    let w: Vec<Decimal> = weights.iter().map(|x| *x / total).collect();
    let shares_at = |lambda: Decimal| -> Vec<Decimal> {
        w.iter()
            .map(|x| (lambda * *x).max(floor).min(ceiling))
            .collect()
    };
    let sum_at = |lambda: Decimal| -> Decimal { shares_at(lambda).iter().sum() };
    // Breakpoints where a member meets a bound; the sum is piecewise linear
    // and non-decreasing in λ between them.
    let mut points: Vec<Decimal> = vec![Decimal::ZERO];
    for x in w.iter().filter(|x| !x.is_zero()) {
        points.push(floor / *x);
        points.push(ceiling / *x);
    }
    points.sort_unstable();
    points.dedup();
    let mut lo = Decimal::ZERO;
    for p in points {
        if sum_at(p) >= Decimal::ONE {
            // The crossing lies in [lo, p]: solve on the members free there.
            let mid = (lo + p) / Decimal::TWO;
            let mut fixed = Decimal::ZERO;
            let mut free = Decimal::ZERO;
            for x in &w {
                let at = mid * *x;
                if at <= floor {
                    fixed += floor;
                } else if at >= ceiling {
                    fixed += ceiling;
                } else {
                    free += *x;
                }
            }
            let lambda = if free.is_zero() {
                p
            } else {
                (Decimal::ONE - fixed) / free
            };
            return Some(rounded(shares_at(lambda)));
        }
        lo = p;
    }
    // Past every breakpoint every member sits at the ceiling.
    Some(vec![ceiling; w.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn bounded_shares_meet_their_bounds_and_add_up() {
        let close = |a: Decimal, b: &str| (a - d(b)).abs() < d("0.0000000001");
        // Floor binding only: Korea at 20 %, the others in proportion.
        let shares = bounded(&[d("10.83"), d("6.64"), d("1.99")], d("0.2"), d("0.5")).unwrap();
        let sum: Decimal = shares.iter().sum();
        assert!(close(sum, "1"), "{sum}");
        assert_eq!(shares[2], d("0.2"));
        assert!(close(shares[0], "0.4959358900973096"), "{}", shares[0]);
        assert!(close(shares[0] / shares[1], "1.6310240963855421"));
        // Both bounds binding: the middle member takes what is left.
        let shares = bounded(&[d("10.83"), d("6.64"), d("1.99")], d("0.2"), d("0.45")).unwrap();
        assert_eq!(shares[0], d("0.45"));
        assert_eq!(shares[2], d("0.2"));
        assert!(close(shares[1], "0.35"));
    }

    #[test]
    fn infeasible_bounds_are_refused() {
        assert!(bounded(&[d("1"), d("1")], d("0.6"), d("0.9")).is_none());
        assert!(bounded(&[d("1"), d("1")], d("0.1"), d("0.4")).is_none());
        assert!(bounded(&[d("1"), d("1")], d("0.5"), d("0.4")).is_none());
    }

    #[test]
    fn bounds_that_leave_one_answer() {
        // Floor equal to ceiling, and a floor that takes the whole budget.
        assert_eq!(
            bounded(&[d("1"), d("3")], d("0.5"), d("0.5")),
            Some(vec![d("0.5"), d("0.5")])
        );
        assert_eq!(
            bounded(&[d("1"), d("3")], d("0.5"), d("0.6")),
            Some(vec![d("0.5"), d("0.5")])
        );
        assert_eq!(
            bounded(&[d("1"), d("3")], d("0.4"), d("0.5")),
            Some(vec![d("0.5"), d("0.5")])
        );
        // One member with every weight: it takes the ceiling, the other the floor.
        assert_eq!(
            bounded(&[d("5"), d("0")], d("0.1"), d("0.9")),
            Some(vec![d("0.9"), d("0.1")])
        );
    }

    #[test]
    fn loose_bounds_change_nothing() {
        let shares = bounded(&[d("3"), d("1")], d("0"), d("1")).unwrap();
        assert_eq!(shares, [d("0.75"), d("0.25")]);
    }
}
