//! What a reform would change: every deployment whose assessment differs
//! under the reformed law, finding by finding, with the change that did
//! it; over a caller's deployments, a batch on every core, or Japan's
//! dispatches since 1992.

use std::fmt;
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use pko_core::Source;

use crate::act::Law;
use crate::act::reform::{Applied, Reform};
use crate::assess::{self, Assessment, Condition, Finding, Note, Reason, Subject};
use crate::assumption::Assumptions;
use crate::error::Error;
use crate::facts::Deployment;
use crate::findings::{Status, Verdict};
use crate::history::{self, Dispatch};

/// A finding as it stands under one law.
///
/// # Example
///
/// See [`FindingChange`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FindingState {
    /// Its status.
    pub status: Status,
    /// Its reasons.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::assess::explained"))]
    pub reasons: Vec<Reason>,
    /// Its citations.
    pub citations: Vec<&'static Source>,
}

impl From<Finding<'_>> for FindingState {
    fn from(f: Finding<'_>) -> Self {
        Self {
            status: f.status(),
            reasons: f.reasons().to_vec(),
            citations: f.citations().to_vec(),
        }
    }
}

/// One finding that differs: before (under the baseline) and after (under
/// the reformed law), either absent where the finding is made under one
/// law only, and the changes that did it.
///
/// # Example
///
/// ```
/// use pko_principles::{impact, ContingentKind, Deployment, HeadcountCap, LawChange, Law, Regime, Reform, Status, Subject};
///
/// let day = pko_core::date(2010, 1, 1);
/// let base = Law::of(Regime::Amended2001);
/// let cap = Reform::new("a cap of 1,000", pko_core::Source::SPEECH).change(LawChange::HeadcountCap { cap: HeadcountCap::Of(1_000) });
/// let facts = Deployment::builder().contingent(ContingentKind::SdfUnit, 1_200).already_engaged(0).build()?;
/// let i = impact(base, &base.with(&cap)?, &[facts], day)?;
/// let change = &i.cases()[0].findings()[0];
/// assert_eq!(change.subject(), Subject::Headcount);
/// assert_eq!(change.before().map(|f| f.status), Some(Status::Satisfied));
/// assert_eq!(change.after().map(|f| f.status), Some(Status::Violated));
/// assert_eq!(change.by()[0].reform(), "a cap of 1,000");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FindingChange {
    subject: Subject,
    before: Option<FindingState>,
    after: Option<FindingState>,
    #[cfg_attr(feature = "serde", serde(serialize_with = "shared"))]
    by: Vec<Arc<Applied>>,
}

/// Serializes shared changes as the changes.
#[cfg(feature = "serde")]
fn shared<S: serde::Serializer>(by: &[Arc<Applied>], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(by.iter().map(|a| &**a))
}

impl FindingChange {
    /// What the finding is about.
    ///
    /// # Example
    ///
    /// See [`FindingChange`].
    #[must_use]
    pub const fn subject(&self) -> Subject {
        self.subject
    }

    /// The finding under the baseline, if it is made there.
    ///
    /// # Example
    ///
    /// See [`FindingChange`].
    #[must_use]
    pub const fn before(&self) -> Option<&FindingState> {
        self.before.as_ref()
    }

    /// The finding under the reformed law, if it is made there.
    ///
    /// # Example
    ///
    /// See [`FindingChange`].
    #[must_use]
    pub const fn after(&self) -> Option<&FindingState> {
        self.after.as_ref()
    }

    /// The changes that set what the reformed finding read (for a finding
    /// the reformed law no longer makes, every change its assessment read).
    ///
    /// # Example
    ///
    /// See [`FindingChange`].
    #[must_use]
    pub fn by(&self) -> &[Arc<Applied>] {
        &self.by
    }
}

/// One deployment whose assessment differs.
///
/// # Example
///
/// See [`Impact`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Case {
    index: usize,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    dispatch: Option<&'static str>,
    on: NaiveDate,
    verdict_before: Verdict,
    verdict_after: Verdict,
    findings: Vec<FindingChange>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    conditions: Option<[Vec<Condition>; 2]>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    notes: Option<[Vec<Note>; 2]>,
}

impl Case {
    /// The deployment's place in the input (for the record, in
    /// [`history::RECORD`]).
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub const fn index(&self) -> usize {
        self.index
    }

    /// For the record, the dispatch component's id.
    ///
    /// # Example
    ///
    /// See [`impact_on_record`].
    #[must_use]
    pub const fn dispatch(&self) -> Option<&'static str> {
        self.dispatch
    }

    /// The day assessed.
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub const fn on(&self) -> NaiveDate {
        self.on
    }

    /// The verdict under the baseline.
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub const fn verdict_before(&self) -> Verdict {
        self.verdict_before
    }

    /// The verdict under the reformed law.
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub const fn verdict_after(&self) -> Verdict {
        self.verdict_after
    }

    /// The findings that differ, in the order the reformed assessment
    /// makes them (then those it no longer makes).
    ///
    /// # Example
    ///
    /// See [`FindingChange`].
    #[must_use]
    pub fn findings(&self) -> &[FindingChange] {
        &self.findings
    }

    /// Where the conditions differ, those under the baseline and under the
    /// reformed law.
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub const fn conditions(&self) -> Option<&[Vec<Condition>; 2]> {
        self.conditions.as_ref()
    }

    /// Where the notes differ, those under the baseline and under the
    /// reformed law.
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub const fn notes(&self) -> Option<&[Vec<Note>; 2]> {
        self.notes.as_ref()
    }
}

/// What a reform changes over a set of deployments: each one whose
/// assessment differs, and the counts.
///
/// # Example
///
/// ```
/// use pko_principles::{impact, ContingentKind, Deployment, LawChange, Law, Regime, Reform, Task, Verdict};
/// use pko_principles::statute::Permission;
///
/// let day = pko_core::date(2010, 1, 1);
/// let base = Law::of(Regime::Amended2001);
/// let police = Reform::new("SDF units may advise police", pko_core::Source::SPEECH)
///     .change(LawChange::TaskContingent { task: Task::CivilianPolice, contingent: ContingentKind::SdfUnit, permission: Permission::Allowed });
/// let advice = Deployment::builder().contingent(ContingentKind::SdfUnit, 50).tasks([Task::CivilianPolice]).build()?;
/// let roads = Deployment::builder().contingent(ContingentKind::SdfUnit, 50).tasks([Task::Engineering]).build()?;
/// let i = impact(base, &base.with(&police)?, &[roads, advice], day)?;
/// assert_eq!((i.assessed(), i.changed()), (2, 1));
/// let case = &i.cases()[0];
/// assert_eq!(case.index(), 1);
/// assert_eq!(case.on(), day);
/// assert_eq!(case.verdict_before(), Verdict::NotPermitted);
/// assert_eq!(case.verdict_after(), Verdict::Undetermined); // the other facts are unknown
/// assert!(case.conditions().is_none() && case.notes().is_none());
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Impact {
    assessed: usize,
    verdicts_changed: usize,
    cases: Vec<Case>,
}

impl Impact {
    /// How many assessments were compared.
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub const fn assessed(&self) -> usize {
        self.assessed
    }

    /// How many differ in anything.
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub const fn changed(&self) -> usize {
        self.cases.len()
    }

    /// How many differ in verdict.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::Impact;
    /// assert_eq!(Impact::default().verdicts_changed(), 0);
    /// ```
    #[must_use]
    pub const fn verdicts_changed(&self) -> usize {
        self.verdicts_changed
    }

    /// The assessments that differ, in input order.
    ///
    /// # Example
    ///
    /// See [`Impact`].
    #[must_use]
    pub fn cases(&self) -> &[Case] {
        &self.cases
    }

    fn push(&mut self, case: Option<Case>) {
        self.assessed += 1;
        if let Some(case) = case {
            if case.verdict_before != case.verdict_after {
                self.verdicts_changed += 1;
            }
            self.cases.push(case);
        }
    }
}

/// The case, if the two assessments differ: each finding that differs,
/// with the changes it read (for one the reformed law no longer makes,
/// every change the reformed assessment read).
fn compare(
    index: usize,
    dispatch: Option<&'static str>,
    before: &Assessment,
    after: &Assessment,
) -> Option<Case> {
    if after.says_the_same_as(before) {
        return None;
    }
    let mut every: Vec<Arc<Applied>> = Vec::new();
    for r in after.reformed() {
        if !every.iter().any(|a| Arc::ptr_eq(a, &r.change)) {
            every.push(Arc::clone(&r.change));
        }
    }
    let by = |subject: Subject| -> Vec<Arc<Applied>> {
        let own: Vec<Arc<Applied>> = after
            .reformed()
            .iter()
            .filter(|r| r.subject() == subject)
            .map(|r| Arc::clone(&r.change))
            .collect();
        if own.is_empty() { every.clone() } else { own }
    };
    let mut findings = Vec::new();
    for f in after.findings() {
        let b = before.finding(f.subject());
        if b != Some(f) {
            findings.push(FindingChange {
                subject: f.subject(),
                before: b.map(FindingState::from),
                after: Some(f.into()),
                by: by(f.subject()),
            });
        }
    }
    for f in before.findings() {
        if after.finding(f.subject()).is_none() {
            findings.push(FindingChange {
                subject: f.subject(),
                before: Some(f.into()),
                after: None,
                by: every.clone(),
            });
        }
    }
    let differ = |a: &[Condition], b: &[Condition]| (a != b).then(|| [a.to_vec(), b.to_vec()]);
    Some(Case {
        index,
        dispatch,
        on: before.as_of(),
        verdict_before: before.verdict(),
        verdict_after: after.verdict(),
        findings,
        conditions: differ(before.conditions(), after.conditions()),
        notes: (before.notes() != after.notes())
            .then(|| [before.notes().to_vec(), after.notes().to_vec()]),
    })
}

/// [`impact`] under the given assumptions.
pub(crate) fn run(
    baseline: &Law,
    reformed: &Law,
    deployments: &[Deployment],
    on: NaiveDate,
    assumptions: &Assumptions,
) -> Result<Impact, Error> {
    let mut out = Impact::default();
    for (i, d) in deployments.iter().enumerate() {
        let before = assess::run_under(baseline, d, on, assumptions)?;
        let after = assess::run_under(reformed, d, on, assumptions)?;
        out.push(compare(i, None, &before, &after));
    }
    Ok(out)
}

/// [`impact`] on every core: the same answer.
#[cfg(feature = "parallel")]
pub(crate) fn run_parallel(
    baseline: &Law,
    reformed: &Law,
    deployments: &[Deployment],
    on: NaiveDate,
    assumptions: &Assumptions,
) -> Result<Impact, Error> {
    use rayon::prelude::*;
    let cases: Vec<Option<Case>> = deployments
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let before = assess::run_under(baseline, d, on, assumptions)?;
            let after = assess::run_under(reformed, d, on, assumptions)?;
            Ok(compare(i, None, &before, &after))
        })
        .collect::<Result<_, Error>>()?;
    let mut out = Impact::default();
    for c in cases {
        out.push(c);
    }
    Ok(out)
}

/// Each component of the record on each of its days: its index, the day,
/// its facts, and its assessment under the law of the day.
type Baseline = Vec<(usize, NaiveDate, Deployment, Assessment)>;

/// The record assessed under the law of each day and `assumptions`.
fn baseline(assumptions: &Assumptions) -> Result<Baseline, Error> {
    let mut out = Vec::new();
    for (index, dispatch) in history::RECORD.iter().enumerate() {
        let days = std::iter::once(dispatch.first_day()).chain(dispatch.last_day());
        for day in days {
            let facts = facts_of(dispatch, day);
            let a = assess::run_under(Law::in_force_on(day)?, &facts, day, assumptions)?;
            out.push((index, day, facts, a));
        }
    }
    Ok(out)
}

/// [`impact_on_record`] under the given assumptions. The record's
/// assessments without the reform do not depend on it: under the default
/// assumptions they are made once and kept.
pub(crate) fn run_on_record(reform: &Reform, assumptions: &Assumptions) -> Result<Impact, Error> {
    static DEFAULT: OnceLock<Result<Baseline, Error>> = OnceLock::new();
    let owned;
    let base: &Baseline = if *assumptions == Assumptions::DEFAULT {
        DEFAULT
            .get_or_init(|| baseline(&Assumptions::DEFAULT))
            .as_ref()
            .map_err(Clone::clone)?
    } else {
        owned = baseline(assumptions)?;
        &owned
    };
    // The reform applied to the law of each regime, once.
    let mut laws: Vec<(&'static Law, Law)> = Vec::new();
    let mut out = Impact::default();
    for (index, day, facts, before) in base {
        let law = Law::in_force_on(*day)?;
        if !laws.iter().any(|(b, _)| std::ptr::eq(*b, law)) {
            laws.push((law, law.with(reform)?));
        }
        let Some((_, reformed)) = laws.iter().find(|(b, _)| std::ptr::eq(*b, law)) else {
            continue;
        };
        let after = assess::run_under(reformed, facts, *day, assumptions)?;
        let id = history::RECORD.get(*index).map(Dispatch::id);
        out.push(compare(*index, id, before, &after));
    }
    Ok(out)
}

fn facts_of(dispatch: &Dispatch, day: NaiveDate) -> Deployment {
    dispatch.deployment(history::engaged_besides(dispatch, day))
}

/// Every deployment whose assessment on `on` differs between `baseline`
/// and `reformed` (with the default assumptions; see
/// [`Options::impact`](crate::Options::impact)), finding by finding, with
/// the change that did it, and the counts.
///
/// # Errors
///
/// As [`Law::assess`], for the first deployment that cannot be assessed.
///
/// # Example
///
/// See [`Impact`].
pub fn impact(
    baseline: &Law,
    reformed: &Law,
    deployments: &[Deployment],
    on: NaiveDate,
) -> Result<Impact, Error> {
    run(baseline, reformed, deployments, on, &Assumptions::DEFAULT)
}

/// Which of Japan's real dispatches since 1992 ([`history::RECORD`]) would
/// have been assessed differently under `reform`: each component on its
/// first and last day, under the law of that day with and without the
/// reform, as [`history::replay`] assesses them (default assumptions; see
/// [`Options::impact_on_record`](crate::Options::impact_on_record)).
///
/// # Errors
///
/// As [`Law::with`], for a reform that the law of one of the days cannot
/// take.
///
/// # Example
///
/// ```
/// use pko_principles::{impact_on_record, HeadcountCap, LawChange, Reform};
///
/// let cap = Reform::new("a cap of 500", pko_core::Source::SPEECH).change(LawChange::HeadcountCap { cap: HeadcountCap::Of(500) });
/// let i = impact_on_record(&cap)?;
/// assert!(i.assessed() >= pko_principles::history::RECORD.len());
/// assert!(i.cases().iter().any(|c| c.dispatch() == Some("untac-engineering")));
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn impact_on_record(reform: &Reform) -> Result<Impact, Error> {
    run_on_record(reform, &Assumptions::DEFAULT)
}

impl fmt::Display for Impact {
    /// The counts, then each case: its verdicts and the findings that
    /// differ, before and after, with the changes that did it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} assessed, {} assessed differently, {} with another verdict",
            self.assessed,
            self.cases.len(),
            self.verdicts_changed
        )?;
        for c in &self.cases {
            let what = c
                .dispatch
                .map_or_else(|| format!("#{}", c.index), str::to_owned);
            writeln!(
                f,
                "\n{what} on {}: {} -> {}",
                c.on, c.verdict_before, c.verdict_after
            )?;
            for fc in &c.findings {
                let status = |s: Option<&FindingState>| {
                    s.map_or_else(|| "-".to_owned(), |s| s.status.to_string())
                };
                writeln!(
                    f,
                    "  {}: {} -> {}",
                    fc.subject,
                    status(fc.before.as_ref()),
                    status(fc.after.as_ref())
                )?;
                if let Some(after) = &fc.after {
                    for r in &after.reasons {
                        writeln!(f, "      - {r}")?;
                    }
                }
                for b in &fc.by {
                    writeln!(f, "      by {b}")?;
                }
            }
        }
        Ok(())
    }
}
