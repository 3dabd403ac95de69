//! What the rules find: for each participant (or the UN's principles), a
//! finding per requirement with its reasons and citations, the verdict, the
//! facts that would decide what is undetermined, and the steps still
//! missing.

use std::fmt;

use chrono::NaiveDate;
use pko_core::{Source, Status, Verdict};

/// Whose rules: a participant's, or the UN's own principles.
///
/// # Example
///
/// ```
/// assert_eq!(pko_partners::Participant::Korea.to_string(), "Republic of Korea");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Participant {
    /// The Republic of Korea.
    Korea,
    /// The People's Republic of China.
    China,
    /// The UN's basic principles of peacekeeping, which apply to the
    /// operation whoever contributes.
    UnitedNations,
}

impl fmt::Display for Participant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Korea => "Republic of Korea",
            Self::China => "People's Republic of China",
            Self::UnitedNations => "United Nations",
        })
    }
}

/// What a finding is about.
///
/// # Example
///
/// ```
/// assert_eq!(pko_partners::Subject::AssemblyConsent.to_string(), "the National Assembly's consent");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerSubject"))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Subject {
    /// Whether a law provides for taking part in this operation.
    LegalBasis,
    /// The National Assembly's prior consent (Korea).
    AssemblyConsent,
    /// The extension of a dispatch past its consent (Korea).
    Extension,
    /// A provisional agreement with the UN before the Assembly's consent
    /// (Korea).
    ProvisionalAgreement,
    /// The body that decides a deployment (China).
    DecidingBody,
    /// The principles a state states as its policy (China).
    StatedPolicy,
    /// The UN's principle of the consent of the parties.
    Consent,
    /// The UN's principle of impartiality.
    Impartiality,
    /// The UN's principle of the non-use of force except in self-defence
    /// and defence of the mandate.
    NonUseOfForce,
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::LegalBasis => "legal basis",
            Self::AssemblyConsent => "the National Assembly's consent",
            Self::Extension => "extension",
            Self::ProvisionalAgreement => "provisional agreement with the UN",
            Self::DecidingBody => "the deciding body",
            Self::StatedPolicy => "stated policy",
            Self::Consent => "consent of the parties",
            Self::Impartiality => "impartiality",
            Self::NonUseOfForce => {
                "non-use of force except in self-defence and defence of the mandate"
            }
        })
    }
}

/// One finding: a requirement, its status, why, and the law it rests on
/// (a secondary source says so in its citation).
///
/// # Example
///
/// ```
/// use pko_core::{CountryCode, Status};
/// use pko_partners::{assess, Contingent, Operation, Subject};
///
/// let a = assess(&Operation::default(), &Contingent::new(CountryCode::CHN), pko_core::date(2017, 1, 1))?;
/// let f = a.finding(Subject::DecidingBody).ok_or("China's rules name the deciding body")?;
/// assert_eq!(f.status, Status::Undetermined);
/// assert!(f.reasons[0].contains("not found"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerFinding"))]
#[non_exhaustive]
pub struct Finding {
    /// What it is about.
    pub subject: Subject,
    /// Its status.
    pub status: Status,
    /// Why, each reason a sentence.
    pub reasons: Vec<String>,
    /// The law and the reports it rests on.
    pub citations: Vec<Source>,
}

impl Finding {
    pub(crate) fn new(subject: Subject, status: Status, reason: impl Into<String>) -> Self {
        Self {
            subject,
            status,
            reasons: vec![reason.into()],
            citations: Vec::new(),
        }
    }

    pub(crate) fn cites(mut self, sources: &[&Source]) -> Self {
        self.citations.extend(sources.iter().map(|s| (*s).clone()));
        self
    }
}

/// A national step the law requires before the contingent may deploy.
///
/// # Example
///
/// ```
/// assert_eq!(pko_partners::Step::AssemblyConsent.to_string(), "the National Assembly's consent");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerStep"))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Step {
    /// The State Council's resolution of the motion to dispatch or to
    /// extend, before it goes to the National Assembly (Korea; reports of
    /// its meetings, secondary).
    StateCouncilResolution,
    /// The National Assembly's consent to dispatch (Korea: Act Art. 6, or
    /// Constitution Art. 60(2)).
    AssemblyConsent,
    /// The National Assembly's consent to extend (Korea).
    AssemblyConsentToExtend,
    /// The decision of the body the law names (China: not found).
    DecisionOfAnUnnamedBody,
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::StateCouncilResolution => "the State Council's resolution of the motion",
            Self::AssemblyConsent => "the National Assembly's consent",
            Self::AssemblyConsentToExtend => "the National Assembly's consent to extend",
            Self::DecisionOfAnUnnamedBody => {
                "a decision by the body that decides (no law naming it was found)"
            }
        })
    }
}

/// A step still missing: what, by when if the law dates it, what it must
/// contain, and the law it rests on.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_partners::{assess, AssemblyConsent, Contingent, ContingentKind, Operation, Step};
///
/// let unit = Contingent::new(CountryCode::KOR).kind(ContingentKind::Unit).assembly_consent(AssemblyConsent::NotGiven);
/// let a = assess(&Operation::default(), &unit, pko_core::date(2017, 1, 1))?;
/// let steps: Vec<Step> = a.missing_steps.iter().map(|m| m.step).collect();
/// assert_eq!(steps, [Step::StateCouncilResolution, Step::AssemblyConsent]);
/// # Ok::<(), pko_partners::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerMissingStep"))]
#[non_exhaustive]
pub struct MissingStep {
    /// The step.
    pub step: Step,
    /// The last day it may be taken, where the law dates it.
    pub by: Option<NaiveDate>,
    /// When the law wants it, in words ("before the unit deploys").
    pub when: String,
    /// What the step must contain, where the sources say (Korea: what the
    /// motion to the National Assembly states); empty otherwise.
    pub details: Vec<String>,
    /// The law it rests on.
    pub citations: Vec<Source>,
}

/// One participant's rules (or the UN's principles) applied on a day.
///
/// # Example
///
/// ```
/// use pko_core::{CountryCode, Verdict};
/// use pko_partners::{assess, Contingent, ContingentKind, Operation, Participant};
///
/// let staff = Contingent::new(CountryCode::KOR).kind(ContingentKind::Individuals);
/// let a = assess(&Operation::default(), &staff, pko_core::date(2017, 1, 1))?;
/// assert_eq!(a.participant, Participant::Korea);
/// assert_eq!(a.verdict, Verdict::Undetermined); // the kind of operation is unknown
/// assert_eq!(a.deciding_facts, ["operation.kind"]);
/// # Ok::<(), pko_partners::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "PartnerAssessment"))]
#[non_exhaustive]
pub struct Assessment {
    /// Whose rules.
    pub participant: Participant,
    /// The day.
    pub as_of: NaiveDate,
    /// Not permitted if any finding is violated, else undetermined if any
    /// is undetermined, else permitted.
    pub verdict: Verdict,
    /// The findings, in the order of the rules.
    pub findings: Vec<Finding>,
    /// The unknown facts that would decide an undetermined finding, as
    /// JSON paths into the joint deployment (`operation.kind`,
    /// `procedure.assembly_consent`).
    pub deciding_facts: Vec<String>,
    /// The steps the law still requires, in order.
    pub missing_steps: Vec<MissingStep>,
}

impl Assessment {
    pub(crate) fn of(
        participant: Participant,
        as_of: NaiveDate,
        findings: Vec<Finding>,
        mut deciding_facts: Vec<String>,
        missing_steps: Vec<MissingStep>,
    ) -> Self {
        let verdict = Verdict::of(findings.iter().map(|f| f.status));
        let mut seen = Vec::with_capacity(deciding_facts.len());
        deciding_facts.retain(|f| {
            let new = !seen.contains(f);
            seen.push(f.clone());
            new
        });
        Self {
            participant,
            as_of,
            verdict,
            findings,
            deciding_facts,
            missing_steps,
        }
    }

    /// The finding about `subject`, if the rules make one.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_partners::{un_principles, Operation, Subject};
    ///
    /// let a = un_principles(&Operation::default(), pko_core::date(2017, 1, 1));
    /// assert!(a.finding(Subject::Impartiality).is_some());
    /// assert!(a.finding(Subject::AssemblyConsent).is_none());
    /// ```
    #[must_use]
    pub fn finding(&self, subject: Subject) -> Option<&Finding> {
        self.findings.iter().find(|f| f.subject == subject)
    }
}

impl fmt::Display for Assessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} on {}: {}",
            self.participant, self.as_of, self.verdict
        )?;
        for finding in &self.findings {
            writeln!(f, "  [{}] {}", finding.status, finding.subject)?;
            for r in &finding.reasons {
                writeln!(f, "      - {r}")?;
            }
        }
        for m in &self.missing_steps {
            match m.by {
                Some(day) => writeln!(f, "  missing: {} ({}, by {day})", m.step, m.when)?,
                None => writeln!(f, "  missing: {} ({})", m.step, m.when)?,
            }
            for d in &m.details {
                writeln!(f, "      - {d}")?;
            }
        }
        if !self.deciding_facts.is_empty() {
            writeln!(f, "  would decide: {}", self.deciding_facts.join(", "))?;
        }
        Ok(())
    }
}
