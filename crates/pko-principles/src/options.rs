//! The one options value that every entry point that evaluates the law
//! honours: [`Options`].

use chrono::NaiveDate;

use crate::act::Law;
use crate::act::reform::Reform;
use crate::assess::{self, Assessment};
use crate::assumption::{Assumption, Assumptions};
use crate::compare::{self, Comparison};
use crate::error::Error;
use crate::facts::Deployment;
use crate::history::{self, Replay};
use crate::impact::{self, Impact};
use crate::in_kind::{self, Transfer, TransferAssessment};
use crate::monitor::{self, Event, Timeline};
use crate::periods::{self, Period};

/// The choices a caller makes for an evaluation: today the
/// [`Assumptions`] where the sources are silent. Every function that
/// applies the law is a method here, and the free functions of the crate
/// ([`assess`](crate::assess), [`periods`](crate::periods),
/// [`compare`](crate::compare), [`monitor`](crate::monitor),
/// [`history::replay`], [`in_kind::assess_transfer`],
/// [`assess_batch`](crate::assess_batch)) are these methods with the
/// defaults. A choice is never ignored by one entry point and honoured by
/// another.
///
/// # Example
///
/// ```
/// use pko_principles::{history, Assumptions, Options, Reading, Verdict};
///
/// // The 11th UNMISS engineering rotation was assigned kaketsuke-keigo in
/// // November 2016; whether that needs the Diet's approval is unverified.
/// let eleventh = |o: &Options| -> Result<Verdict, pko_principles::Error> {
///     let r = o.replay()?;
///     Ok(r.iter().find(|r| r.dispatch().id() == "unmiss-engineering-2015-tasks").unwrap().first().verdict())
/// };
/// assert_eq!(eleventh(&Options::default())?, Verdict::Undetermined);
/// let no_approval_needed = Options::from(Assumptions::default().with_diet_approval_2015_tasks(Reading::No));
/// assert_eq!(eleventh(&no_approval_needed)?, Verdict::Permitted);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
#[non_exhaustive]
pub struct Options {
    /// The assumptions where the sources are silent.
    pub assumptions: Assumptions,
}

impl From<Assumptions> for Options {
    fn from(assumptions: Assumptions) -> Self {
        Self { assumptions }
    }
}

impl Options {
    /// The defaults.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Options::new(), pko_principles::Options::default());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Self {
            assumptions: Assumptions::DEFAULT,
        }
    }

    /// The same options with these assumptions.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Options, Reading};
    ///
    /// let a = Assumptions::default().with_unverified_permissions(Reading::Yes);
    /// assert_eq!(Options::new().with_assumptions(a).assumptions, a);
    /// ```
    #[must_use]
    pub const fn with_assumptions(mut self, assumptions: Assumptions) -> Self {
        self.assumptions = assumptions;
        self
    }

    /// [`assess`](crate::assess) under these options.
    ///
    /// # Errors
    ///
    /// As [`assess`](crate::assess).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Deployment, HeadcountCap, Options, Subject, Status};
    ///
    /// let mut d = Deployment::default();
    /// d.contingent.size = pko_principles::Fact::Known(2_500);
    /// d.already_engaged = pko_principles::Fact::Known(0);
    /// let on = pko_core::date(2017, 1, 1);
    /// let open = Options::new().assess(&d, on)?;
    /// assert_eq!(open.finding(Subject::Headcount).unwrap().status(), Status::Undetermined);
    /// let removed = Options::from(Assumptions::default().with_headcount_cap_after_2016(HeadcountCap::Removed));
    /// assert_eq!(removed.assess(&d, on)?.finding(Subject::Headcount).unwrap().status(), Status::Satisfied);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn assess(&self, deployment: &Deployment, as_of: NaiveDate) -> Result<Assessment, Error> {
        assess::run(deployment, as_of, &self.assumptions)
    }

    /// [`Law::assess`] under these assumptions: the assessment under any
    /// law, built in or reformed.
    ///
    /// # Errors
    ///
    /// As [`Law::assess`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Deployment, HeadcountCap, Law, Options, Regime, Subject, Status};
    ///
    /// let mut d = Deployment::default();
    /// d.contingent.size = pko_principles::Fact::Known(2_500);
    /// d.already_engaged = pko_principles::Fact::Known(0);
    /// let on = pko_core::date(2017, 1, 1);
    /// let law = Law::of(Regime::Amended2015);
    /// let removed = Options::from(Assumptions::default().with_headcount_cap_after_2016(HeadcountCap::Removed));
    /// assert_eq!(removed.assess_under(law, &d, on)?.finding(Subject::Headcount).map(|f| f.status()), Some(Status::Satisfied));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn assess_under(
        &self,
        law: &Law,
        deployment: &Deployment,
        as_of: NaiveDate,
    ) -> Result<Assessment, Error> {
        assess::run_under(law, deployment, as_of, &self.assumptions)
    }

    /// [`periods`](crate::periods) under these options.
    ///
    /// # Errors
    ///
    /// As [`periods`](crate::periods).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Options};
    ///
    /// let d = pko_core::date(2000, 1, 1);
    /// assert_eq!(Options::new().periods(&Deployment::default(), d, d)?.len(), 1);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn periods(
        &self,
        deployment: &Deployment,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<Period>, Error> {
        periods::run(deployment, from, to, &self.assumptions)
    }

    /// [`compare`](crate::compare) under these options.
    ///
    /// # Errors
    ///
    /// As [`compare`](crate::compare).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Options};
    ///
    /// let c = Options::new().compare(&Deployment::default(), pko_core::date(2015, 1, 1), pko_core::date(2017, 1, 1))?;
    /// assert_eq!(c.to().as_of(), pko_core::date(2017, 1, 1));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn compare(
        &self,
        deployment: &Deployment,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Comparison, Error> {
        compare::run(deployment, from, to, &self.assumptions)
    }

    /// [`monitor`](crate::monitor) with the grace period of
    /// [`Assumptions::grace_period_days`].
    ///
    /// # Errors
    ///
    /// [`Error::OpenAssumption`] if the grace period is open: the statute
    /// sets none, and pko does not choose one.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Error, GracePeriod, Options};
    ///
    /// assert!(matches!(Options::new().monitor(&[]), Err(Error::OpenAssumption { .. })));
    /// let thirty = Options::from(Assumptions::default().with_grace_period_days(Some(GracePeriod::days(30))));
    /// assert_eq!(thirty.monitor(&[])?.grace(), GracePeriod::days(30));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn monitor(&self, events: &[Event]) -> Result<Timeline, Error> {
        let grace = self
            .assumptions
            .grace_period_days
            .ok_or(Error::OpenAssumption {
                assumption: Assumption::GracePeriodDays,
            })?;
        Ok(monitor::monitor(events, grace))
    }

    /// [`history::replay`] under these options.
    ///
    /// # Errors
    ///
    /// As [`history::replay`].
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Options::new().replay()?.len(), pko_principles::history::RECORD.len());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn replay(&self) -> Result<Vec<Replay>, Error> {
        history::replay_with(&self.assumptions)
    }

    /// [`in_kind::assess_transfer`] under these options.
    ///
    /// # Errors
    ///
    /// As [`in_kind::assess_transfer`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{in_kind, Assumptions, Carryover, Options, Verdict};
    ///
    /// let case = in_kind::ammunition_2013();
    /// let strict = Options::from(Assumptions::default().with_pre_2016_text_after_2016(Carryover::Open));
    /// // In 2013 the July 2015 text was the law: the assumption does not matter.
    /// assert_eq!(strict.assess_transfer(&case, pko_core::date(2013, 12, 23))?.verdict(), Verdict::Permitted);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn assess_transfer(
        &self,
        transfer: &Transfer,
        on: NaiveDate,
    ) -> Result<TransferAssessment, Error> {
        in_kind::run(transfer, on, &self.assumptions)
    }

    /// [`assess_batch`](crate::assess_batch) under these options: each
    /// deployment assessed in turn, on this thread.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Options};
    ///
    /// let batch = [Deployment::default(), Deployment::default()];
    /// assert_eq!(Options::new().assess_batch(&batch, pko_core::date(2024, 1, 1)).len(), 2);
    /// ```
    #[must_use]
    pub fn assess_batch(
        &self,
        batch: &[Deployment],
        as_of: NaiveDate,
    ) -> Vec<Result<Assessment, Error>> {
        batch.iter().map(|d| self.assess(d, as_of)).collect()
    }

    /// [`assess_batch_parallel`](crate::assess_batch_parallel) under these
    /// options: the same results as [`Options::assess_batch`], in the same
    /// order, on every core of rayon's global pool.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Options};
    ///
    /// let batch = vec![Deployment::default(); 3];
    /// let day = pko_core::date(2024, 1, 1);
    /// let o = Options::new();
    /// assert_eq!(o.assess_batch_parallel(&batch, day), o.assess_batch(&batch, day));
    /// ```
    #[cfg(feature = "parallel")]
    #[must_use]
    pub fn assess_batch_parallel(
        &self,
        batch: &[Deployment],
        as_of: NaiveDate,
    ) -> Vec<Result<Assessment, Error>> {
        use rayon::prelude::*;
        batch.par_iter().map(|d| self.assess(d, as_of)).collect()
    }

    /// [`impact`](crate::impact) under these assumptions.
    ///
    /// # Errors
    ///
    /// As [`Law::assess`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Law, Options, Regime, Reform};
    ///
    /// let base = Law::of(Regime::Amended1998);
    /// let reformed = base.with(&Reform::amendment(Regime::Amended2001)?)?;
    /// let i = Options::new().impact(base, &reformed, &[Deployment::default()], pko_core::date(2005, 1, 1))?;
    /// assert_eq!(i.assessed(), 1);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn impact(
        &self,
        baseline: &Law,
        reformed: &Law,
        deployments: &[Deployment],
        on: NaiveDate,
    ) -> Result<Impact, Error> {
        impact::run(baseline, reformed, deployments, on, &self.assumptions)
    }

    /// [`Options::impact`] on every core of rayon's global pool: the same
    /// answer, for simulations.
    ///
    /// # Errors
    ///
    /// As [`Law::assess`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Law, Options, Regime, Reform};
    ///
    /// let base = Law::of(Regime::Amended1998);
    /// let reformed = base.with(&Reform::amendment(Regime::Amended2001)?)?;
    /// let batch = vec![Deployment::default(); 4];
    /// let day = pko_core::date(2005, 1, 1);
    /// let o = Options::new();
    /// assert_eq!(o.impact_parallel(base, &reformed, &batch, day)?, o.impact(base, &reformed, &batch, day)?);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[cfg(feature = "parallel")]
    pub fn impact_parallel(
        &self,
        baseline: &Law,
        reformed: &Law,
        deployments: &[Deployment],
        on: NaiveDate,
    ) -> Result<Impact, Error> {
        impact::run_parallel(baseline, reformed, deployments, on, &self.assumptions)
    }

    /// [`impact_on_record`](crate::impact_on_record) under these
    /// assumptions.
    ///
    /// # Errors
    ///
    /// As [`Law::with`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{HeadcountCap, LawChange, Options, Reform, Subject};
    ///
    /// let none = Reform::new("no cap", pko_core::Source::SPEECH).change(LawChange::HeadcountCap { cap: HeadcountCap::Removed });
    /// let i = Options::new().impact_on_record(&none)?;
    /// assert!(i.cases().iter().all(|c| c.findings().iter().all(|f| f.subject() == Subject::Headcount)));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn impact_on_record(&self, reform: &Reform) -> Result<Impact, Error> {
        impact::run_on_record(reform, &self.assumptions)
    }
}
