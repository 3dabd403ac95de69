//! "When was it lawful?": the maximal spans of days that share one verdict.

use std::fmt;

use chrono::NaiveDate;

use crate::assess::{self, ACT_2024_IN_FORCE, Assessment};
use crate::assumption::Assumptions;
use crate::compare::{Change, changes_between};
use crate::error::Error;
use crate::facts::{Consent, Deployment, Fact};
use crate::findings::Verdict;
use crate::regime::{Regime, effective};

/// A maximal span of days on which the same facts get the same verdict.
///
/// # Example
///
/// ```
/// use pko_principles::{periods, Deployment, Fact, OperationKind, Verdict};
///
/// let mut d = Deployment::default();
/// d.operation.kind = Fact::Known(OperationKind::InternationallyCoordinated);
/// let day = |y, m, dd| pko_core::date(y, m, dd);
/// let p = periods(&d, day(2015, 1, 1), day(2017, 1, 1))?;
/// assert_eq!(p.len(), 2);
/// assert_eq!((p[0].verdict(), p[0].end()), (Verdict::NotPermitted, day(2016, 3, 28)));
/// assert_eq!((p[1].verdict(), p[1].start()), (Verdict::Undetermined, day(2016, 3, 29)));
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Period {
    start: NaiveDate,
    end: NaiveDate,
    verdict: Verdict,
    changes: Vec<Change>,
}

impl Period {
    /// Its first day.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{periods, Deployment};
    /// let d = pko_core::date(2000, 1, 1);
    /// assert_eq!(periods(&Deployment::default(), d, d)?[0].start(), d);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn start(&self) -> NaiveDate {
        self.start
    }

    /// Its last day (included).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{periods, Deployment};
    /// let d = pko_core::date(2000, 1, 1);
    /// assert_eq!(periods(&Deployment::default(), d, d)?[0].end(), d);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn end(&self) -> NaiveDate {
        self.end
    }

    /// The verdict on every day of it.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{periods, Deployment, Verdict};
    /// let d = pko_core::date(2000, 1, 1);
    /// assert_eq!(periods(&Deployment::default(), d, d)?[0].verdict(), Verdict::Undetermined);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// The findings that changed on its first day, against the day before
    /// (empty for the first period).
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{periods, Deployment};
    /// let d = pko_core::date(2000, 1, 1);
    /// assert!(periods(&Deployment::default(), d, d)?[0].changes().is_empty());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..={}: {}", self.start, self.end, self.verdict)?;
        for (i, c) in self.changes.iter().enumerate() {
            f.write_str(if i == 0 { " (changed: " } else { ", " })?;
            write!(f, "{}", c.subject())?;
        }
        if !self.changes.is_empty() {
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// The maximal spans of days from `from` to `to` (both included) that share
/// one verdict, each with the findings that changed on its first day, under
/// the default assumptions ([`Options::periods`](crate::Options::periods)
/// takes others).
///
/// Computed from the days on which something can change: the amendments'
/// in-force dates, the one-month dates of Art. 24, the day Act No. 24 of
/// 2024 came into force, and every date in the facts (consents given and
/// withdrawn, ceasefires agreed and broken). Between two such days nothing
/// the law or the facts depend on changes, so one assessment stands for
/// every day.
///
/// # Errors
///
/// [`Error::DatesOutOfOrder`] if `to` is before `from`;
/// [`Error::BeforeAct`] if `from` is before 10 August 1992;
/// [`Error::InconsistentFacts`] as [`assess`](crate::assess).
///
/// # Example
///
/// ```
/// use pko_principles::{periods, Deployment, Verdict};
///
/// let d: Deployment = serde_json::from_str(include_str!("../tests/data/unmiss-kaketsuke-keigo-2016.json")).unwrap();
/// let day = |y, m, dd| pko_core::date(y, m, dd);
/// let p = periods(&d, day(1992, 8, 10), day(2030, 12, 31))?;
/// let last = p.last().unwrap();
/// assert_eq!(last.start(), day(2016, 3, 29));
/// assert_eq!(p.first().map(|p| p.verdict()), Some(Verdict::NotPermitted));
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn periods(
    deployment: &Deployment,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Period>, Error> {
    run(deployment, from, to, &Assumptions::DEFAULT)
}

/// The periods under the given assumptions.
pub(crate) fn run(
    deployment: &Deployment,
    from: NaiveDate,
    to: NaiveDate,
    assumptions: &Assumptions,
) -> Result<Vec<Period>, Error> {
    if to < from {
        return Err(Error::DatesOutOfOrder { from, to });
    }
    let mut points = change_points(deployment);
    points.retain(|d| *d > from && *d <= to);
    points.push(from);
    points.sort_unstable();
    points.dedup();

    let mut out: Vec<Period> = Vec::new();
    let mut previous: Option<Assessment> = None;
    let mut ends = points
        .iter()
        .skip(1)
        .map(NaiveDate::pred_opt)
        .chain([Some(to)]);
    for start in &points {
        let end = ends.next().flatten().unwrap_or(to);
        let a = assess::run(deployment, *start, assumptions)?;
        let verdict = a.verdict();
        match out.last_mut() {
            Some(last) if last.verdict == verdict => last.end = end,
            _ => out.push(Period {
                start: *start,
                end,
                verdict,
                changes: previous
                    .as_ref()
                    .map(|p| changes_between(p, &a))
                    .unwrap_or_default(),
            }),
        }
        previous = Some(a);
    }
    Ok(out)
}

/// Every day on which the law or the facts can change the assessment.
fn change_points(d: &Deployment) -> Vec<NaiveDate> {
    let mut points: Vec<NaiveDate> = Regime::ALL.iter().map(|r| r.in_force_from()).collect();
    points.extend([effective::SUPERIOR_ORDER_RULE, effective::ART_24_2001]);
    points.push(ACT_2024_IN_FORCE);
    let mut consent = |c: &Fact<Consent>| {
        if let Fact::Known(Consent::Given { on, withdrawn_on }) = c {
            points.extend(on.iter().chain(withdrawn_on));
        }
    };
    consent(&d.host_consent.to_operation);
    consent(&d.host_consent.to_japan);
    if let Fact::Known(parties) = &d.parties {
        for p in parties {
            consent(&p.to_operation);
            consent(&p.to_japan);
        }
    }
    if let Fact::Known(ceasefires) = &d.ceasefires {
        for c in ceasefires {
            points.extend(c.agreed_on.iter().chain(&c.broken_on));
        }
    }
    points
}
