//! The rest of section F: the Director under the Council's policy guidance,
//! the secretariat's decisions, and the programmes checked against the
//! human-security areas and who carries them out (the areas and the
//! implementers are in `terms`, financial eligibility in `charter`).

use std::fmt;

use crate::{HumanSecurityArea, Implementer, Problem, ProblemKind, Programme, Rule};

/// Checks a set of programmes against the human-security part of section
/// F: together they should address each of the six
/// [`HumanSecurityArea`]s, and be carried out by national and
/// non-governmental organisations as well as international ones. Reports
/// each area no programme addresses and each kind of implementer none
/// involves. Programmes that name no area or implementer count for none.
///
/// # Example
///
/// ```
/// use pko_institute::{validate_human_security, HumanSecurityArea, Implementer, Programme, ProblemKind};
///
/// let mut p = Programme::new("Judicial training", "peacebuilding");
/// p.addresses = vec![HumanSecurityArea::RuleOfLaw];
/// p.implementers = vec![Implementer::International, Implementer::National];
/// let problems = validate_human_security(&[p]);
/// assert_eq!(problems.len(), 5 + 1);
/// assert!(problems.iter().any(|x| x.kind() == &ProblemKind::ImplementerMissing { implementer: Implementer::NonGovernmental }));
/// ```
#[must_use]
pub fn validate_human_security(programmes: &[Programme]) -> Vec<Problem> {
    let areas = HumanSecurityArea::ALL
        .iter()
        .copied()
        .filter(|a| !programmes.iter().any(|p| p.addresses.contains(a)))
        .map(|area| {
            Problem::new(
                Rule::HumanSecurityAreas,
                ProblemKind::AreaNotAddressed { area },
            )
        });
    let implementers = Implementer::ALL
        .iter()
        .copied()
        .filter(|i| !programmes.iter().any(|p| p.implementers.contains(i)))
        .map(|implementer| {
            Problem::new(
                Rule::HumanSecurityAreas,
                ProblemKind::ImplementerMissing { implementer },
            )
        });
    areas.chain(implementers).collect()
}

/// Which body takes a decision.
///
/// # Example
///
/// ```
/// assert_eq!(pko_institute::Body::GoverningCouncil.to_string(), "the Governing Council");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Body {
    /// The Director.
    Director,
    /// The Governing Council.
    GoverningCouncil,
}

impl fmt::Display for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Director => "the Director",
            Self::GoverningCouncil => "the Governing Council",
        })
    }
}

/// What a decision is about: the institute's policy, or its management
/// within that policy.
///
/// # Example
///
/// ```
/// assert_eq!(pko_institute::DecisionKind::Policy.to_string(), "policy");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DecisionKind {
    /// Policy: what the institute does and how.
    Policy,
    /// Management: running the institute within its policy.
    Management,
}

impl fmt::Display for DecisionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Policy => "policy",
            Self::Management => "management",
        })
    }
}

/// A decision of the institute.
///
/// # Example
///
/// ```
/// use pko_institute::{Body, Decision, DecisionKind};
///
/// let d = Decision::new("adopt the 2017 work plan", DecisionKind::Policy, Body::GoverningCouncil);
/// assert_eq!(d.by, Body::GoverningCouncil);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Decision {
    /// What was decided.
    pub what: String,
    /// Policy or management.
    pub kind: DecisionKind,
    /// Who took it.
    pub by: Body,
}

impl Decision {
    /// A decision.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_institute::{Body, Decision, DecisionKind};
    /// assert_eq!(Decision::new("hire staff", DecisionKind::Management, Body::Director).what, "hire staff");
    /// ```
    #[must_use]
    pub fn new(what: impl Into<String>, kind: DecisionKind, by: Body) -> Self {
        Self {
            what: what.into(),
            kind,
            by,
        }
    }
}

/// Checks decisions against "managed by a Director under the overall
/// policy guidance of a Governing Council" (section F): policy is the
/// Council's, so a policy decision the Director takes alone is reported.
/// Management decisions may be taken by either body: the speech gives the
/// Director the management, but does not bar the Council from it.
///
/// # Example
///
/// ```
/// use pko_institute::{validate_decisions, Body, Decision, DecisionKind};
///
/// let decisions = [
///     Decision::new("adopt the work plan", DecisionKind::Policy, Body::Director),
///     Decision::new("hire a finance officer", DecisionKind::Management, Body::Director),
/// ];
/// let problems = validate_decisions(&decisions);
/// assert_eq!(problems.len(), 1);
/// assert_eq!(problems[0].to_string(), "Director under the Council's guidance: decision 0 (`adopt the work plan`) is policy, taken by the Director without the Governing Council (speech, section F)");
/// ```
#[must_use]
pub fn validate_decisions(decisions: &[Decision]) -> Vec<Problem> {
    decisions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == DecisionKind::Policy && d.by == Body::Director)
        .map(|(index, d)| {
            Problem::new(
                Rule::DirectorUnderCouncil,
                ProblemKind::PolicyWithoutCouncil {
                    index,
                    what: d.what.clone(),
                },
            )
        })
        .collect()
}
