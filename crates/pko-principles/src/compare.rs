//! The same facts under two dates: what changed, and why.

use std::fmt;

use chrono::NaiveDate;

use crate::assess::{self, Assessment, Reason, Subject};
use crate::assumption::Assumptions;
use crate::error::Error;
use crate::facts::Deployment;
use crate::findings::Status;
use crate::regime::Regime;
use crate::report::{Interface, Said};

/// One finding whose status differs between the two dates.
///
/// # Example
///
/// ```
/// use pko_principles::{compare, Deployment, Fact, OperationKind, Status, Subject};
///
/// let mut d = Deployment::default();
/// d.operation.kind = Fact::Known(OperationKind::InternationallyCoordinated);
/// let c = compare(&d, pko_core::date(2015, 12, 1), pko_core::date(2019, 4, 19))?;
/// let basis = c.changes().iter().find(|ch| ch.subject() == Subject::LegalBasis).unwrap();
/// assert_eq!((basis.before(), basis.after()), (Some(Status::Violated), Some(Status::Satisfied)));
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Change {
    subject: Subject,
    before: Option<Status>,
    after: Option<Status>,
    reasons_before: Vec<Reason>,
    reasons_after: Vec<Reason>,
}

impl Change {
    /// What the finding is about.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment};
    /// # let c = compare(&Deployment::default(), pko_core::date(2015, 1, 1), pko_core::date(2016, 4, 1))?;
    /// assert!(c.changes().iter().all(|ch| ch.before() != ch.after()));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn subject(&self) -> Subject {
        self.subject
    }

    /// The status on the first date (`None`: no such finding then).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment};
    /// # let c = compare(&Deployment::default(), pko_core::date(2015, 1, 1), pko_core::date(2016, 4, 1))?;
    /// assert!(c.changes().iter().all(|ch| ch.before().is_some() || ch.after().is_some()));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn before(&self) -> Option<Status> {
        self.before
    }

    /// The status on the second date (`None`: no such finding then).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment};
    /// # let c = compare(&Deployment::default(), pko_core::date(2015, 1, 1), pko_core::date(2016, 4, 1))?;
    /// assert!(c.changes().is_empty());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn after(&self) -> Option<Status> {
        self.after
    }

    /// The reasons on the first date.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment};
    /// # let c = compare(&Deployment::default(), pko_core::date(2015, 1, 1), pko_core::date(2016, 4, 1))?;
    /// assert!(c.changes().iter().all(|ch| ch.reasons_before().len() < 100));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn reasons_before(&self) -> &[Reason] {
        &self.reasons_before
    }

    /// The reasons on the second date.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment};
    /// # let c = compare(&Deployment::default(), pko_core::date(2015, 1, 1), pko_core::date(2016, 4, 1))?;
    /// assert!(c.changes().iter().all(|ch| ch.reasons_after().len() < 100));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn reasons_after(&self) -> &[Reason] {
        &self.reasons_after
    }
}

/// The same facts assessed on two dates.
///
/// # Example
///
/// ```
/// use pko_principles::{compare, Deployment, Regime};
///
/// let c = compare(&Deployment::default(), pko_core::date(1995, 1, 1), pko_core::date(2003, 1, 1))?;
/// assert_eq!(c.amendments_between(), [Regime::Amended1998, Regime::Amended2001]);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Comparison {
    from: Assessment,
    to: Assessment,
    changes: Vec<Change>,
    amendments_between: Vec<Regime>,
}

impl Comparison {
    /// The assessment on the first date.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment, Regime};
    /// # let c = compare(&Deployment::default(), pko_core::date(1995, 1, 1), pko_core::date(2003, 1, 1))?;
    /// assert_eq!(c.from().regime(), Regime::Act1992);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn from(&self) -> &Assessment {
        &self.from
    }

    /// The assessment on the second date.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment, Regime};
    /// # let c = compare(&Deployment::default(), pko_core::date(1995, 1, 1), pko_core::date(2003, 1, 1))?;
    /// assert_eq!(c.to().regime(), Regime::Amended2001);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn to(&self) -> &Assessment {
        &self.to
    }

    /// The findings whose status changed, in the order of the second
    /// assessment, then those that disappeared.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment};
    /// # let c = compare(&Deployment::default(), pko_core::date(1995, 1, 1), pko_core::date(2003, 1, 1))?;
    /// assert!(c.changes().is_empty());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// The amendments that came into force after the first date and on or
    /// before the second (or the other way round, if the second is earlier).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{compare, Deployment, Regime};
    /// # let c = compare(&Deployment::default(), pko_core::date(2015, 12, 1), pko_core::date(2016, 11, 15))?;
    /// assert_eq!(c.amendments_between(), [Regime::Amended2015]);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn amendments_between(&self) -> &[Regime] {
        &self.amendments_between
    }
}

/// Assesses the same facts on two dates and lists what changed, with the
/// default assumptions ([`Options::compare`](crate::Options::compare) takes
/// others).
///
/// # Errors
///
/// As [`assess`](crate::assess), for either date.
///
/// # Example
///
/// ```
/// use pko_principles::{compare, Deployment};
///
/// let c = compare(&Deployment::default(), pko_core::date(2015, 12, 1), pko_core::date(2016, 11, 15))?;
/// assert_eq!(c.to().as_of().to_string(), "2016-11-15");
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn compare(
    deployment: &Deployment,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Comparison, Error> {
    run(deployment, from, to, &Assumptions::DEFAULT)
}

/// The comparison under the given assumptions.
pub(crate) fn run(
    deployment: &Deployment,
    from: NaiveDate,
    to: NaiveDate,
    assumptions: &Assumptions,
) -> Result<Comparison, Error> {
    let a = assess::run(deployment, from, assumptions)?;
    let b = assess::run(deployment, to, assumptions)?;
    let (lo, hi) = if from <= to { (from, to) } else { (to, from) };
    let amendments_between = Regime::ALL
        .iter()
        .copied()
        .filter(|r| r.in_force_from() > lo && r.in_force_from() <= hi)
        .collect();
    let changes = changes_between(&a, &b);
    Ok(Comparison {
        from: a,
        to: b,
        changes,
        amendments_between,
    })
}

/// The findings whose status differs between two assessments of the same
/// facts: first those of `b` in its order, then those only `a` has.
pub(crate) fn changes_between(a: &Assessment, b: &Assessment) -> Vec<Change> {
    let mut changes = Vec::new();
    for fb in b.findings() {
        let fa = a.finding(fb.subject());
        if fa.map(assess::Finding::status) != Some(fb.status()) {
            changes.push(Change {
                subject: fb.subject(),
                before: fa.map(assess::Finding::status),
                after: Some(fb.status()),
                reasons_before: fa.map(|f| f.reasons().to_vec()).unwrap_or_default(),
                reasons_after: fb.reasons().to_vec(),
            });
        }
    }
    for fa in a.findings() {
        if b.finding(fa.subject()).is_none() {
            changes.push(Change {
                subject: fa.subject(),
                before: Some(fa.status()),
                after: None,
                reasons_before: fa.reasons().to_vec(),
                reasons_after: Vec::new(),
            });
        }
    }
    changes
}

fn status_or_none(s: Option<Status>) -> String {
    s.map_or_else(|| "(none)".to_owned(), |s| s.to_string())
}

/// The text report of a comparison, for one [`Interface`]; made by
/// [`Comparison::report`].
///
/// # Example
///
/// ```
/// use pko_principles::{compare, Deployment, Interface};
///
/// let c = compare(&Deployment::default(), pko_core::date(2015, 1, 1), pko_core::date(2017, 1, 1))?;
/// assert_eq!(c.report(Interface::Json).to_string(), c.to_string());
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ComparisonReport<'a> {
    comparison: &'a Comparison,
    interface: Interface,
}

impl Comparison {
    /// The text report in `interface`'s words (`Display` is the report in
    /// [`Interface::Json`]'s).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{compare, Deployment, Interface};
    ///
    /// let mut d = Deployment::default();
    /// d.contingent.size = pko_principles::Fact::Known(2_500);
    /// let c = compare(&d, pko_core::date(2015, 1, 1), pko_core::date(2017, 1, 1))?;
    /// assert!(c.report(Interface::CommandLine).to_string().contains("--assume headcount_cap_after_2016=VALUE"));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn report(&self, interface: Interface) -> ComparisonReport<'_> {
        ComparisonReport {
            comparison: self,
            interface,
        }
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report(Interface::Json).fmt(f)
    }
}

impl fmt::Display for ComparisonReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let this = self.comparison;
        writeln!(
            f,
            "Comparison: {} ({}) -> {} ({})",
            this.from.as_of(),
            this.from.regime().short_name(),
            this.to.as_of(),
            this.to.regime().short_name()
        )?;
        writeln!(
            f,
            "Verdict: {} -> {}",
            this.from.verdict(),
            this.to.verdict()
        )?;
        if !this.amendments_between.is_empty() {
            writeln!(f, "\nAmendments in force in between:")?;
            for r in &this.amendments_between {
                writeln!(f, "  {} (in force {}):", r.act(), r.in_force_from())?;
                for c in r.changes() {
                    writeln!(f, "    - {c}")?;
                }
            }
        }
        writeln!(f, "\nFindings that changed:")?;
        if this.changes.is_empty() {
            writeln!(f, "  none")?;
        }
        for c in &this.changes {
            writeln!(
                f,
                "  {}: {} -> {}",
                c.subject,
                status_or_none(c.before),
                status_or_none(c.after)
            )?;
            for r in &c.reasons_after {
                writeln!(f, "      now: {}", Said(r, self.interface))?;
            }
        }
        Ok(())
    }
}
