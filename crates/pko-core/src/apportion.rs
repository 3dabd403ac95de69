//! Exact apportionment of an amount among weighted parties.

use rust_decimal::Decimal;

use crate::{ApportionProblem, Error, Usd};

/// Splits `total` among parties in proportion to `weights`, **exactly to the
/// cent**: the shares always add up to `total`.
///
/// Method (largest remainder, also called Hamilton's method): each party
/// first gets its exact share rounded down to the cent; the cents left over
/// (fewer than the number of parties) go one each to the parties with the
/// largest remainders. Ties between equal remainders go to the party that
/// comes first in `weights`, so the result is deterministic and depends only
/// on the input. Every share is within one cent of its exact proportion, and
/// a party of weight zero gets nothing.
///
/// Weights are any non-negative decimals (rates in percent, head counts,
/// equal ones): only their ratios matter. The arithmetic is exact integer
/// arithmetic on cents and on the weights' digits; inputs too large for
/// 128 bits (more than about 24 significant digits in a weight times a total
/// in cents) give [`Error::Overflow`], never a wrong answer.
///
/// # Errors
///
/// [`Error::Apportion`] with [`ApportionProblem::NoParties`],
/// [`ApportionProblem::NegativeWeight`], [`ApportionProblem::ZeroTotalWeight`]
/// or [`ApportionProblem::NegativeTotal`]; [`Error::Overflow`] as above.
///
/// # Example
///
/// ```
/// use pko_core::{apportion, Usd};
/// use rust_decimal::Decimal;
///
/// // US$100.00 among three equal parties: one cent is left over and goes
/// // to the first.
/// let shares = apportion(Usd::from_dollars(100), &[Decimal::ONE; 3])?;
/// let shown: Vec<String> = shares.iter().map(Usd::to_string).collect();
/// assert_eq!(shown, ["US$33.34", "US$33.33", "US$33.33"]);
/// # Ok::<(), pko_core::Error>(())
/// ```
pub fn apportion(total: Usd, weights: &[Decimal]) -> Result<Vec<Usd>, Error> {
    let overflow = || Error::Overflow {
        operation: "apportioning an amount",
    };
    if weights.is_empty() {
        return Err(apportion_error(ApportionProblem::NoParties));
    }
    if total.is_negative() {
        return Err(apportion_error(ApportionProblem::NegativeTotal { total }));
    }
    if let Some((index, weight)) = weights
        .iter()
        .enumerate()
        .find(|(_, w)| w.is_sign_negative() && !w.is_zero())
    {
        return Err(apportion_error(ApportionProblem::NegativeWeight {
            index,
            weight: *weight,
        }));
    }

    // Bring every weight to the same scale: integers m_i with w_i = m_i / 10^s.
    let scale = weights.iter().map(Decimal::scale).max().unwrap_or(0);
    let mut integers = Vec::with_capacity(weights.len());
    for w in weights {
        let factor = 10_u128
            .checked_pow(scale - w.scale())
            .ok_or_else(overflow)?;
        let mantissa = w.mantissa().unsigned_abs();
        integers.push(mantissa.checked_mul(factor).ok_or_else(overflow)?);
    }
    let sum = integers
        .iter()
        .try_fold(0_u128, |acc, m| acc.checked_add(*m))
        .ok_or_else(overflow)?;
    if sum == 0 {
        return Err(apportion_error(ApportionProblem::ZeroTotalWeight));
    }
    let cents = u128::try_from(total.cents()).map_err(|_| overflow())?;

    // Floors and remainders of cents * m_i / sum (one division each).
    let mut floors = Vec::with_capacity(integers.len());
    let mut remainders = Vec::with_capacity(integers.len());
    for m in &integers {
        let product = cents.checked_mul(*m).ok_or_else(overflow)?;
        let floor = product / sum;
        floors.push(floor);
        remainders.push(product - floor * sum);
    }
    let allotted = floors
        .iter()
        .try_fold(0_u128, |acc, f| acc.checked_add(*f))
        .ok_or_else(overflow)?;
    // Fewer than weights.len() cents are left; each goes to a distinct
    // party: the `left` largest remainders, ties to the earlier party. The
    // order is total, so which parties those are is fully determined.
    let left = usize::try_from(cents - allotted).map_err(|_| overflow())?;
    if left > 0 {
        let mut order: Vec<usize> = (0..integers.len()).collect();
        let by_remainder = |a: &usize, b: &usize| {
            let ra = remainders.get(*a).copied().unwrap_or(0);
            let rb = remainders.get(*b).copied().unwrap_or(0);
            rb.cmp(&ra).then(a.cmp(b))
        };
        if left < order.len() {
            order.select_nth_unstable_by(left, by_remainder);
        }
        for &i in order.iter().take(left) {
            if let Some(f) = floors.get_mut(i) {
                *f += 1;
            }
        }
    }
    floors
        .into_iter()
        .map(|f| {
            i64::try_from(f)
                .map(Usd::from_cents)
                .map_err(|_| overflow())
        })
        .collect()
}

fn apportion_error(reason: ApportionProblem) -> Error {
    Error::Apportion { reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cents(total: i64, weights: &[i64]) -> Vec<i128> {
        let w: Vec<Decimal> = weights.iter().map(|&x| Decimal::from(x)).collect();
        apportion(Usd::from_cents(total), &w)
            .unwrap()
            .into_iter()
            .map(Usd::cents)
            .collect()
    }

    #[test]
    fn largest_remainder_with_first_come_ties() {
        assert_eq!(cents(100, &[1, 1, 1]), [34, 33, 33]);
        assert_eq!(cents(200, &[1, 1, 1]), [67, 67, 66]);
        assert_eq!(cents(10, &[0, 1, 0, 1]), [0, 5, 0, 5]);
        assert_eq!(cents(7, &[5, 3, 2]), [4, 2, 1]); // exact 3.5, 2.1, 1.4
        assert_eq!(cents(0, &[1, 2]), [0, 0]);
        assert_eq!(cents(1, &[1, 1, 1]), [1, 0, 0]);
        // The larger share can have the smaller remainder: 8.18 and 1.82.
        assert_eq!(cents(10, &[9, 2]), [8, 2]);
        assert_eq!(cents(10, &[2, 9]), [2, 8]);
    }

    #[test]
    fn mixed_scales() {
        let w = [
            Decimal::new(22, 0),
            Decimal::new(10833, 3),
            Decimal::new(1, 3),
        ];
        let shares = apportion(Usd::from_dollars(1_000_000), &w).unwrap();
        assert_eq!(
            Usd::checked_sum(shares.iter().copied()).unwrap(),
            Usd::from_dollars(1_000_000)
        );
        // 22 / 32.834 of a million dollars = 670037.1566...
        assert_eq!(shares[0].cents(), 67_003_716);
    }

    #[test]
    fn refusals() {
        let err = |total: i64, w: &[Decimal]| apportion(Usd::from_cents(total), w).unwrap_err();
        assert_eq!(err(1, &[]), apportion_error(ApportionProblem::NoParties));
        assert_eq!(
            err(1, &[Decimal::ONE, Decimal::NEGATIVE_ONE]),
            apportion_error(ApportionProblem::NegativeWeight {
                index: 1,
                weight: Decimal::NEGATIVE_ONE
            })
        );
        assert_eq!(
            err(1, &[Decimal::ZERO, Decimal::ZERO]),
            apportion_error(ApportionProblem::ZeroTotalWeight)
        );
        assert_eq!(
            err(-1, &[Decimal::ONE]),
            apportion_error(ApportionProblem::NegativeTotal {
                total: Usd::from_cents(-1)
            })
        );
        assert!(matches!(
            err(i64::MAX, &[Decimal::MAX, Decimal::ONE]),
            Error::Overflow { .. }
        ));
    }

    #[test]
    fn negative_zero_weight_is_zero() {
        let mut minus_zero = Decimal::ZERO;
        minus_zero.set_sign_negative(true);
        assert_eq!(
            apportion(Usd::from_cents(3), &[minus_zero, Decimal::ONE]).map(|v| v.len()),
            Ok(2)
        );
    }
}
