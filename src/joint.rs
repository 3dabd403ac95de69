//! A joint deployment checked under each participant's rules.
//!
//! The speech proposes joint East Asian PKO activities (section C) and that
//! "Japan, China and Korea cooperate in improving the efficiency and
//! effectiveness of UN peace operations" (summary paragraph). A joint
//! deployment is one operation and several national contingents; each
//! contingent may go only as far as its own state's rules allow, and the
//! operation itself answers to the UN's three principles. Japan's part is
//! `pko-principles`' assessment of Japan's facts, unchanged; the Republic of
//! Korea's and China's are `pko-partners`'. The facade composes them, as
//! [`record`](crate::record) composes two crates.
//!
//! # Example
//!
//! ```
//! use pko::core::{CountryCode, Fact, Verdict};
//! use pko::joint::{self, JointDeployment};
//! use pko::partners::{AssemblyConsent, Consent, Contingent, ContingentKind, ForceUse, Operation, OperationKind};
//!
//! let operation = Operation {
//!     name: Some("UNMISS".into()),
//!     kind: Fact::Known(OperationKind::UnPeacekeeping),
//!     host_consent: Fact::Known(Consent::Given),
//!     parties_consent: Fact::Known(Consent::Given),
//!     impartial: Fact::Known(true),
//!     force: Fact::Known(ForceUse::SelfDefenceAndMandate),
//! };
//! let korea = Contingent::new(CountryCode::KOR)
//!     .kind(ContingentKind::Unit)
//!     .size(280)
//!     .assembly_consent(AssemblyConsent::NotGiven);
//! let joint = JointDeployment { operation, partners: vec![korea], ..JointDeployment::default() };
//! let a = joint::assess(&joint, pko::core::date(2017, 6, 1))?;
//! assert_eq!(a.partners[0].verdict, Verdict::NotPermitted);
//! assert_eq!(a.un.verdict, Verdict::Permitted);
//! assert_eq!(a.verdict, Verdict::NotPermitted);
//! assert!(a.may_go.is_empty());
//! # Ok::<(), pko::joint::Error>(())
//! ```

use chrono::NaiveDate;
use pko_core::{CountryCode, Verdict};
use pko_partners::{Contingent, Operation};
use pko_principles::Deployment;

/// A joint deployment: one operation and the contingents of the
/// participants.
///
/// # Example
///
/// ```
/// let j = pko::joint::JointDeployment::default();
/// assert!(j.japan.is_none() && j.partners.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(transform = pko_core::schema_key::add_property)
)]
#[cfg_attr(
    feature = "serde",
    serde(remote = "Self", deny_unknown_fields, default)
)]
pub struct JointDeployment {
    /// The operation, as the UN's principles and the partners' rules read
    /// it.
    pub operation: Operation,
    /// Japan's contingent, as the facts its Act reads (the form of
    /// `schemas/deployment.schema.json`), or `None` if Japan does not take
    /// part.
    pub japan: Option<Deployment>,
    /// The steps Japan has already taken (the Cabinet's decision); read
    /// only if `japan` is given.
    pub japan_procedure: pko_principles::procedure::Procedure,
    /// The other participants' contingents (the Republic of Korea's,
    /// China's).
    pub partners: Vec<Contingent>,
}

// A file may name its schema (`"$schema"`): it is dropped as it is read.
#[cfg(feature = "serde")]
pko_core::serde_with_schema_key!(JointDeployment);

/// What can go wrong with a joint deployment.
///
/// # Example
///
/// ```
/// use pko::joint::{self, Error, JointDeployment};
///
/// let err = joint::assess(&JointDeployment::default(), pko::core::date(1990, 1, 1)).unwrap_err();
/// assert!(matches!(err, Error::Japan(_)) || matches!(err, Error::Empty));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No participant: nothing to assess.
    #[error("the joint deployment names no participant: give `japan` or `partners`")]
    Empty,
    /// Japan's facts cannot be assessed (a day before the Act, facts that
    /// contradict each other).
    #[error("Japan: {0}")]
    Japan(#[from] pko_principles::Error),
    /// A partner whose rules pko does not model, or named twice.
    #[error("partners[{index}]: {problem}")]
    Partner {
        /// Its place in `partners`.
        index: usize,
        /// What is wrong.
        problem: PartnerProblem,
    },
}

/// What is wrong with a partner's contingent.
///
/// # Example
///
/// ```
/// assert_eq!(pko::joint::PartnerProblem::Twice.to_string(), "the state is named twice");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PartnerProblem {
    /// Its rules are not modelled (Japan's go in `japan`).
    #[error("{0}")]
    NoRules(#[from] pko_partners::Error),
    /// Two contingents of one state.
    #[error("the state is named twice")]
    Twice,
}

/// The joint deployment on a day: each participant's assessment, the UN's
/// principles, and the whole.
///
/// # Example
///
/// ```
/// # use pko::joint::{self, JointDeployment};
/// let j = JointDeployment { partners: vec![pko::partners::Contingent::new(pko::core::CountryCode::CHN)], ..JointDeployment::default() };
/// let a = joint::assess(&j, pko::core::date(2017, 6, 1))?;
/// assert_eq!(a.verdict, pko::core::Verdict::Undetermined); // China's deciding body is not found
/// # Ok::<(), pko::joint::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct JointAssessment {
    /// The day.
    pub as_of: NaiveDate,
    /// The whole: the worst of the participants' verdicts and the UN's
    /// principles. The joint deployment goes ahead only as far as each
    /// participant can.
    pub verdict: Verdict,
    /// The participants whose rules permit their contingent on the day
    /// (ISO codes), in the order given, Japan first.
    pub may_go: Vec<CountryCode>,
    /// Japan's part: what `pko_principles::assess` gives for Japan's facts.
    pub japan: Option<pko_principles::Assessment>,
    /// What Japan still needs before its contingent may deploy
    /// ([`pko_principles::procedure::missing_steps`]); empty if Japan does
    /// not take part.
    pub japan_missing_steps: Vec<pko_principles::procedure::MissingStep>,
    /// The partners' parts, in the order given.
    pub partners: Vec<pko_partners::Assessment>,
    /// The UN's three principles, applied to the operation.
    pub un: pko_partners::Assessment,
}

/// Assesses a joint deployment on `on`: Japan's contingent under the Act in
/// force that day (`pko_principles::assess`), each partner's under its
/// state's rules, the operation under the UN's principles.
///
/// # Errors
///
/// [`Error::Empty`] with no participant, [`Error::Japan`] if Japan's facts
/// cannot be assessed on the day, [`Error::Partner`] for a partner whose
/// rules are not modelled or a state named twice.
///
/// # Example
///
/// ```
/// use pko::joint::{self, JointDeployment};
/// use pko::principles::Deployment;
///
/// let j = JointDeployment { japan: Some(Deployment::default()), ..JointDeployment::default() };
/// let a = joint::assess(&j, pko::core::date(2017, 6, 1))?;
/// // Japan's part is the library's own assessment, unchanged.
/// assert_eq!(a.japan.as_ref(), Some(&pko::principles::assess(&Deployment::default(), pko::core::date(2017, 6, 1))?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn assess(joint: &JointDeployment, on: NaiveDate) -> Result<JointAssessment, Error> {
    assess_with(joint, on, &pko_principles::Options::default())
}

/// [`assess`] with Japan's open readings of the law set
/// ([`pko_principles::Options`]).
///
/// # Errors
///
/// As [`assess`].
///
/// # Example
///
/// ```
/// use pko::joint::{self, JointDeployment};
/// use pko::principles::{Assumptions, Deployment, Options};
///
/// let j = JointDeployment { japan: Some(Deployment::default()), ..JointDeployment::default() };
/// let day = pko::core::date(2017, 6, 1);
/// assert_eq!(joint::assess_with(&j, day, &Options::default())?, joint::assess(&j, day)?);
/// # Ok::<(), pko::joint::Error>(())
/// ```
pub fn assess_with(
    joint: &JointDeployment,
    on: NaiveDate,
    options: &pko_principles::Options,
) -> Result<JointAssessment, Error> {
    if joint.japan.is_none() && joint.partners.is_empty() {
        return Err(Error::Empty);
    }
    for (index, c) in joint.partners.iter().enumerate() {
        if joint
            .partners
            .iter()
            .take(index)
            .any(|o| o.state == c.state)
        {
            return Err(Error::Partner {
                index,
                problem: PartnerProblem::Twice,
            });
        }
    }
    let japan = joint
        .japan
        .as_ref()
        .map(|d| options.assess(d, on))
        .transpose()?;
    let partners = joint
        .partners
        .iter()
        .enumerate()
        .map(|(index, c)| {
            pko_partners::assess(&joint.operation, c, on).map_err(|e| Error::Partner {
                index,
                problem: e.into(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let japan_missing_steps = japan
        .as_ref()
        .map(|a| pko_principles::procedure::missing_steps(a, &joint.japan_procedure))
        .unwrap_or_default();
    let un = pko_partners::un_principles(&joint.operation, on);
    let mut may_go = Vec::new();
    if japan
        .as_ref()
        .is_some_and(|a| a.verdict() == Verdict::Permitted)
    {
        may_go.push(CountryCode::JPN);
    }
    may_go.extend(
        joint
            .partners
            .iter()
            .zip(&partners)
            .filter(|(_, a)| a.verdict == Verdict::Permitted)
            .map(|(c, _)| c.state),
    );
    let verdict = japan
        .iter()
        .map(pko_principles::Assessment::verdict)
        .chain(partners.iter().map(|a| a.verdict))
        .fold(un.verdict, Verdict::max);
    Ok(JointAssessment {
        as_of: on,
        verdict,
        may_go,
        japan,
        japan_missing_steps,
        partners,
        un,
    })
}

impl std::fmt::Display for JointAssessment {
    /// Each participant's verdict, findings and missing steps, then the
    /// UN's principles, under a line for the whole.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let may_go: Vec<&str> = self.may_go.iter().map(CountryCode::as_str).collect();
        writeln!(
            f,
            "Joint deployment on {}: {} (may go: {})",
            self.as_of,
            self.verdict,
            if may_go.is_empty() {
                "none".to_owned()
            } else {
                may_go.join(", ")
            }
        )?;
        if let Some(japan) = &self.japan {
            writeln!(
                f,
                "Japan on {}: {} under {}",
                japan.as_of(),
                japan.verdict(),
                japan.regime()
            )?;
            for finding in japan.findings() {
                if finding.status() != pko_core::Status::Satisfied {
                    writeln!(f, "  [{}] {}", finding.status(), finding.subject())?;
                }
            }
            for step in &self.japan_missing_steps {
                writeln!(f, "  missing: {step}")?;
            }
            let deciding: Vec<String> = japan
                .deciding_facts()
                .iter()
                .map(ToString::to_string)
                .collect();
            if !deciding.is_empty() {
                writeln!(f, "  would decide: {}", deciding.join(", "))?;
            }
        }
        for p in &self.partners {
            write!(f, "{p}")?;
        }
        write!(f, "{}", self.un)
    }
}
