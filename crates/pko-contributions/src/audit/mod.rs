//! An audit of the speech's figures: against each other, against the
//! sources beside them, and against loaded data.
//!
//! - `precision`: how precisely each figure is stated, the tolerance of a
//!   comparison;
//! - `checks`: the table of checks, one row per [`CheckId`], each with the
//!   claim, what it is computed from, and its sources;
//! - `compute`: the engine that runs the table against a regular-budget
//!   scale.

use std::fmt;

use pko_core::Source;
use rust_decimal::Decimal;

use crate::speech::{Qualifier, Quantity};

mod checks;
mod compute;
mod precision;

pub use checks::CheckId;
pub use compute::{audit, audit_embedded};
pub use precision::{
    EXACT, PERCENT_1DP, PERCENT_2DP, PERCENT_3DP, PERCENT_WHOLE, Precision, RATIO_2DP, RATIO_3DP,
    USD_1M, USD_10M, USD_100M, USD_CENT,
};

/// One check of a claim.
///
/// # Example
///
/// ```
/// let findings = pko_contributions::audit::audit_embedded()?;
/// let f = findings.iter().find(|f| f.id() == "uniformed-sum").unwrap();
/// assert!(f.consistent());
/// assert_eq!(f.computed().to_string(), "106,854 persons");
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AuditFinding {
    pub(super) check: CheckId,
    pub(super) id: String,
    pub(super) claim: String,
    pub(super) claimed: Quantity,
    pub(super) qualifier: Qualifier,
    pub(super) computed: Quantity,
    pub(super) tolerance: Decimal,
    pub(super) precision: [Precision; 2],
    pub(super) consistent: bool,
    pub(super) note: String,
    pub(super) sources: Vec<Source>,
}

impl AuditFinding {
    /// The row of the table of checks it comes from.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::audit::{audit_embedded, CheckId};
    ///
    /// let findings = audit_embedded()?;
    /// let by_country = findings.iter().filter(|f| f.check() == CheckId::Annex1VsRb);
    /// assert_eq!(by_country.count(), 11);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn check(&self) -> CheckId {
        self.check
    }

    /// A short identifier: the check's, with the country or year of a row
    /// that gives one finding per country or year (`uniformed-sum`,
    /// `annex-1-vs-rb:JPN`).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit_embedded()?.iter().all(|f| !f.id().is_empty()));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The claim checked, in words.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit_embedded()?.iter().all(|f| !f.claim().is_empty()));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn claim(&self) -> &str {
        &self.claim
    }

    /// The value claimed.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Quantity;
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "annex-1-count").unwrap();
    /// assert_eq!(f.claimed(), Quantity::Count(10));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn claimed(&self) -> Quantity {
        self.claimed
    }

    /// How the claim is stated ("more than", "about").
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Qualifier;
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "japan-contribution-last-year").unwrap();
    /// assert_eq!(f.qualifier(), Qualifier::MoreThan);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// The value computed from the other figures or data.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Quantity;
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "annex-1-count").unwrap();
    /// assert_eq!(f.computed(), Quantity::Count(11));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn computed(&self) -> Quantity {
        self.computed
    }

    /// The largest difference still counted as consistent, in the unit of
    /// the quantity (persons, percentage points, dollars, ratio).
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "uniformed-sum").unwrap();
    /// assert_eq!(f.tolerance(), rust_decimal::Decimal::ZERO);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn tolerance(&self) -> Decimal {
        self.tolerance
    }

    /// The precisions of the claim and of the computed value, whose sum is
    /// the [`AuditFinding::tolerance`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::audit::{PERCENT_1DP, PERCENT_2DP};
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "japan-share-now").unwrap();
    /// assert_eq!(f.precision(), [PERCENT_1DP, PERCENT_2DP]);
    /// assert_eq!(f.tolerance().to_string(), "0.055");
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn precision(&self) -> [Precision; 2] {
        self.precision
    }

    /// Whether the claim holds.
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// assert!(!a.iter().find(|f| f.id() == "annex-1-count").unwrap().consistent());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn consistent(&self) -> bool {
        self.consistent
    }

    /// What to make of it.
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// assert!(a.iter().find(|f| f.id() == "annex-1-count").unwrap().note().contains("eleven"));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn note(&self) -> &str {
        &self.note
    }

    /// The sources of the claim and of what it is checked against.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit_embedded()?.iter().all(|f| !f.sources().is_empty()));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
}

impl fmt::Display for AuditFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.consistent {
            "consistent  "
        } else {
            "INCONSISTENT"
        };
        write!(
            f,
            "[{mark}] {}: claimed {}{}, computed {}",
            self.claim, self.qualifier, self.claimed, self.computed
        )?;
        if !self.tolerance.is_zero() {
            write!(f, " (tolerance {})", self.tolerance)?;
        }
        if !self.note.is_empty() {
            write!(f, "; {}", self.note)?;
        }
        Ok(())
    }
}

/// The checks of the table, in order (a row about Annex 1 against the
/// regular-budget scale gives one finding per country, `annex-1-vs-rb:JPN`;
/// the 2000-2005 row one per year, `japan-share-2000-2005:2001`).
///
/// # Example
///
/// ```
/// use pko_contributions::audit::{check_ids, CheckId};
///
/// let ids = check_ids();
/// assert_eq!(ids.first(), Some(&CheckId::UniformedSum));
/// assert!(ids.contains(&CheckId::JapanShare2000_2005));
/// ```
#[must_use]
pub const fn check_ids() -> &'static [CheckId] {
    CheckId::ALL
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speech::{Qualifier, Quantity};
    use compute::agrees;
    use pko_core::Percent;
    use precision::EXACT;
    use rust_decimal::Decimal;

    fn persons(n: u64) -> Quantity {
        Quantity::Persons(n)
    }

    #[test]
    fn more_than_is_strict() {
        let zero = Decimal::ZERO;
        assert!(agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(9_001),
            zero
        ));
        assert!(!agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(9_000),
            zero
        ));
        assert!(!agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(8_999),
            zero
        ));
    }

    #[test]
    fn nearly_reads_like_about_within_the_rounding() {
        let t = Decimal::from(100);
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(1_000), t));
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(900), t));
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(1_100), t));
        assert!(!agrees(Qualifier::Nearly, persons(1_000), persons(899), t));
        assert!(!agrees(
            Qualifier::Nearly,
            persons(1_000),
            persons(1_101),
            t
        ));
    }

    #[test]
    fn exact_and_about_are_symmetric_within_the_tolerance() {
        let t = Decimal::new(5, 2);
        let pct = |m: i64| Quantity::Percent(Percent::new(Decimal::new(m, 2)).unwrap());
        for q in [Qualifier::Exact, Qualifier::About] {
            assert!(agrees(q, pct(1_080), pct(1_083), t));
            assert!(agrees(q, pct(1_080), pct(1_085), t));
            assert!(agrees(q, pct(1_080), pct(1_075), t));
            assert!(!agrees(q, pct(1_080), pct(1_086), t));
            assert!(!agrees(q, pct(1_080), pct(1_074), t));
        }
        assert!(agrees(
            Qualifier::Exact,
            persons(7),
            persons(7),
            Decimal::ZERO
        ));
        assert!(!agrees(
            Qualifier::Exact,
            persons(7),
            persons(8),
            Decimal::ZERO
        ));
    }

    #[test]
    fn display_shows_the_tolerance_and_the_note_only_when_there_are_some() {
        let mut f = AuditFinding {
            check: CheckId::UniformedSum,
            id: "x".into(),
            claim: "a claim".into(),
            claimed: persons(10),
            qualifier: Qualifier::About,
            computed: persons(11),
            tolerance: Decimal::ZERO,
            precision: [EXACT, EXACT],
            consistent: false,
            note: String::new(),
            sources: Vec::new(),
        };
        assert_eq!(
            f.to_string(),
            "[INCONSISTENT] a claim: claimed about 10 persons, computed 11 persons"
        );
        f.tolerance = Decimal::ONE;
        f.consistent = true;
        f.note = "a note".into();
        assert_eq!(
            f.to_string(),
            "[consistent  ] a claim: claimed about 10 persons, computed 11 persons (tolerance 1); a note"
        );
        assert_eq!(f.claim(), "a claim");
        assert_eq!(f.note(), "a note");
    }
}
