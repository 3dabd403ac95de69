//! Japan's national steps before a contingent deploys, and which of them
//! an assessment leaves still to take.
//!
//! The assessment ([`assess`](crate::assess)) applies the five principles
//! and the Act's limits to the facts; it does not ask whether the
//! Government has yet done what the Act asks of it. This module does, from
//! the assessment and the steps already taken ([`Procedure`]):
//!
//! - the **Cabinet's decision** to carry out the work and on its
//!   implementation plan, which the Prime Minister must seek (Art. 6(1),
//!   July 2015 text; the post-2016 Art. 6(1) keeps the decision of the
//!   plan, as reproduced by an unofficial copy of e-Gov);
//! - before it, where the plan includes safety-ensuring operations or
//!   kaketsuke-keigo, the **National Security Council's** deliberation
//!   (Ministry of Defense White Paper 2018);
//! - the **Diet's approval** where the assessment finds the law asks for
//!   it (PKF core tasks by SDF units, Art. 6(7)): before the units are
//!   dispatched, or at the first Diet convened after if the Diet is not
//!   sitting.
//!
//! The Act dates none of these by a day, so a [`MissingStep`] says when in
//! words. A step is missing unless the facts show it taken on or before
//! the day: a step whose taking is unknown is listed too, since nothing
//! shows it done.
//!
//! # Example
//!
//! ```
//! use pko_principles::procedure::{self, CabinetDecision, Procedure, Step};
//! use pko_principles::{assess, Deployment, Fact};
//!
//! let day = pko_core::date(2017, 6, 1);
//! let a = assess(&Deployment::default(), day)?;
//! let none_taken = procedure::missing_steps(&a, &Procedure::default());
//! assert_eq!(none_taken[0].step, Step::CabinetDecision);
//!
//! let decided = Procedure { cabinet_decision: Fact::Known(CabinetDecision::On(pko_core::date(2017, 5, 30))) };
//! assert!(procedure::missing_steps(&a, &decided).is_empty());
//! # Ok::<(), pko_principles::Error>(())
//! ```

use std::fmt;

use chrono::NaiveDate;
use pko_core::{Fact, Source, Status};

use crate::assess::{Assessment, Condition, Subject};
use crate::cite;
use crate::regime::Regime;

/// The Cabinet's decision to carry out the work and on its implementation
/// plan: not taken, or taken on a day.
///
/// # Example
///
/// ```
/// use pko_principles::procedure::CabinetDecision;
///
/// let d = CabinetDecision::On(pko_core::date(2016, 11, 15));
/// assert!(d.taken_by(pko_core::date(2016, 11, 15)));
/// assert!(!d.taken_by(pko_core::date(2016, 11, 14)));
/// assert!(!CabinetDecision::NotTaken.taken_by(pko_core::date(2030, 1, 1)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum CabinetDecision {
    /// Not taken (or not yet sought).
    NotTaken,
    /// Taken on this day.
    On(NaiveDate),
}

impl CabinetDecision {
    /// Whether the decision was taken on or before `day`.
    #[must_use]
    pub fn taken_by(self, day: NaiveDate) -> bool {
        match self {
            Self::NotTaken => false,
            Self::On(taken) => taken <= day,
        }
    }
}

/// The national steps Japan has already taken for a contingent. The Diet's
/// approval is a fact of the [`Deployment`](crate::Deployment) itself
/// (`diet_approval`), since the assessment reads it.
///
/// # Example
///
/// ```
/// use pko_principles::procedure::Procedure;
///
/// assert_eq!(Procedure::default().cabinet_decision, pko_core::Fact::Unknown);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "JapanProcedure"))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Procedure {
    /// The Cabinet's decision on the implementation plan (Art. 6(1)).
    pub cabinet_decision: Fact<CabinetDecision>,
}

/// A step the Act asks of Japan before a contingent deploys.
///
/// # Example
///
/// ```
/// use pko_principles::procedure::Step;
///
/// assert_eq!(Step::CabinetDecision.to_string(), "the Cabinet's decision on the implementation plan");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "JapanStep"))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Step {
    /// The National Security Council deliberates an implementation plan
    /// that includes safety-ensuring operations or kaketsuke-keigo.
    NationalSecurityCouncil,
    /// The Cabinet decides to carry out the work and on its
    /// implementation plan (Art. 6(1)).
    CabinetDecision,
    /// The Diet approves the PKF core tasks of SDF units (Art. 6(7)).
    DietApproval,
    /// As above, if the contingent turns out to be SDF units.
    DietApprovalIfSdfUnits,
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NationalSecurityCouncil => {
                "the National Security Council's deliberation of the implementation plan"
            }
            Self::CabinetDecision => "the Cabinet's decision on the implementation plan",
            Self::DietApproval => "the Diet's approval of the PKF core tasks",
            Self::DietApprovalIfSdfUnits => {
                "the Diet's approval of the PKF core tasks, if SDF units do them"
            }
        })
    }
}

/// A step still missing: what, when the law wants it (in words: the Act
/// dates none of Japan's steps by a day), and the law it rests on.
///
/// # Example
///
/// ```
/// use pko_principles::procedure::{self, Procedure, Step};
/// use pko_principles::{assess, Deployment};
///
/// let a = assess(&Deployment::default(), pko_core::date(2012, 1, 15))?;
/// let steps = procedure::missing_steps(&a, &Procedure::default());
/// assert_eq!(steps[0].citations[0].locator().map(ToString::to_string).as_deref(), Some("Art. 6(1)"));
/// assert_eq!(steps[0].to_string(), "the Cabinet's decision on the implementation plan (before the contingent is dispatched)");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "JapanMissingStep"))]
#[non_exhaustive]
pub struct MissingStep {
    /// The step.
    pub step: Step,
    /// When the law wants it, in words ("before the contingent is
    /// dispatched").
    pub when: &'static str,
    /// The law it rests on.
    pub citations: Vec<Source>,
}

impl fmt::Display for MissingStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.step, self.when)
    }
}

/// The steps the Act still asks of Japan before the assessed contingent
/// deploys, in the order they are taken: the National Security Council's
/// deliberation and the Cabinet's decision unless the decision is known to
/// have been taken by the assessment's day, then the Diet's approval where
/// the assessment finds it asked for and not known given.
///
/// The steps are listed whatever the verdict: a contingent the law does
/// not permit needs them as well as a change of facts.
///
/// # Example
///
/// ```
/// use pko_principles::procedure::{self, Procedure, Step};
/// use pko_principles::{assess, ContingentKind, Deployment, Task};
///
/// // Ceasefire monitoring by an SDF unit in 2005: a PKF core task.
/// let d = Deployment::builder().contingent(ContingentKind::SdfUnit, 40).tasks([Task::CeasefireMonitoring]).build()?;
/// let a = assess(&d, pko_core::date(2005, 1, 1))?;
/// let steps: Vec<Step> = procedure::missing_steps(&a, &Procedure::default()).iter().map(|s| s.step).collect();
/// assert_eq!(steps, [Step::CabinetDecision, Step::DietApproval]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn missing_steps(assessment: &Assessment, procedure: &Procedure) -> Vec<MissingStep> {
    let mut steps = Vec::new();
    let decided = procedure
        .cabinet_decision
        .known()
        .is_some_and(|d| d.taken_by(assessment.as_of()));
    let conditions = assessment.conditions();
    if !decided {
        if conditions.contains(&Condition::NationalSecurityCouncil) {
            steps.push(MissingStep {
                step: Step::NationalSecurityCouncil,
                when: "before the Cabinet decides the implementation plan",
                citations: vec![cite::WHITE_PAPER_2018.clone()],
            });
        }
        let article = if assessment.regime() >= Regime::Amended2015 {
            &cite::ART16_6_1
        } else {
            &cite::ART_6_1
        };
        steps.push(MissingStep {
            step: Step::CabinetDecision,
            when: "before the contingent is dispatched",
            citations: vec![article.clone()],
        });
    }
    let refused = assessment
        .finding(Subject::DietApproval)
        .is_some_and(|f| f.status() == Status::Violated);
    let diet = if refused || conditions.contains(&Condition::DietApprovalRequired) {
        Some(Step::DietApproval)
    } else if conditions.contains(&Condition::DietApprovalRequiredIfSdfUnits) {
        Some(Step::DietApprovalIfSdfUnits)
    } else {
        None
    };
    if let Some(step) = diet {
        steps.push(MissingStep {
            step,
            when: "before the SDF units are dispatched, or at the first Diet convened after if the Diet is not sitting",
            citations: vec![cite::ART_6_7.clone()],
        });
    }
    steps
}
