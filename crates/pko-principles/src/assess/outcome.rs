//! What an assessment returns: the verdict, each finding with its status,
//! reasons and citations, the conditions and notes.

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use pko_core::Source;

use super::{Reason, Subject};
use crate::act::reform::Applied;
use crate::assumption::Assumption;
use crate::cite::{self, ACT_2024, ART_3_1, ART_6_7};
use crate::fact_path::FactPath;
use crate::findings::{Decider, Findings, Record, Status, Verdict};
use crate::regime::Regime;

/// One finding: a status, the reasons behind it, and the law it rests on.
///
/// A finding borrows from its [`Assessment`].
///
/// # Example
///
/// ```
/// use pko_principles::{assess, Deployment, Principle, Status, Subject};
///
/// let as_of = pko_core::date(2012, 1, 15);
/// let a = assess(&Deployment::default(), as_of)?;
/// let p4 = a.finding(Subject::Principle(Principle::Withdrawal)).unwrap();
/// assert_eq!(p4.status(), Status::Undetermined);
/// assert!(!p4.citations().is_empty());
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Finding<'a> {
    subject: Subject,
    status: Status,
    #[cfg_attr(feature = "serde", serde(serialize_with = "explained_ref"))]
    reasons: &'a [Reason],
    citations: &'a [&'static Source],
}

impl<'a> Finding<'a> {
    /// What it is about.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment, Subject};
    /// # let a = assess(&Deployment::default(), pko_core::date(2012, 1, 15))?;
    /// assert_eq!(a.findings().next().map(|f| f.subject()), Some(Subject::LegalBasis));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn subject(self) -> Subject {
        self.subject
    }

    /// Its status.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment, Status};
    /// # let a = assess(&Deployment::default(), pko_core::date(2012, 1, 15))?;
    /// assert_eq!(a.findings().next().map(|f| f.status()), Some(Status::Undetermined));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn status(self) -> Status {
        self.status
    }

    /// The reasons, in the order they were found.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment, Reason, Subject};
    /// # let a = assess(&Deployment::default(), pko_core::date(2012, 1, 15))?;
    /// let basis = a.finding(Subject::LegalBasis).unwrap();
    /// assert_eq!(basis.reasons(), [Reason::Unknown { fact: pko_principles::FactPath::OperationKind }]);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn reasons(self) -> &'a [Reason] {
        self.reasons
    }

    /// The law (and the speech) it rests on.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment};
    /// # let a = assess(&Deployment::default(), pko_core::date(2012, 1, 15))?;
    /// assert!(a.findings().all(|f| !f.citations().is_empty()));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn citations(self) -> &'a [&'static Source] {
        self.citations
    }
}

/// Serializes each reason with its English text beside its structure
/// (for the reasons of assessments and of contributions in kind alike).
#[cfg(feature = "serde")]
pub(crate) fn explained<R, S>(reasons: &[R], serializer: S) -> Result<S::Ok, S::Error>
where
    R: serde::Serialize + fmt::Display,
    S: serde::Serializer,
{
    #[derive(serde::Serialize)]
    struct Explained<'a, R> {
        #[serde(flatten)]
        reason: &'a R,
        text: String,
    }
    serializer.collect_seq(reasons.iter().map(|reason| Explained {
        reason,
        text: reason.to_string(),
    }))
}

/// [`explained`] for a borrowed slice field.
#[cfg(feature = "serde")]
fn explained_ref<S: serde::Serializer>(
    reasons: &&[Reason],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    explained(reasons, serializer)
}

/// A requirement that the law attaches to going ahead, which the facts do
/// not settle.
///
/// # Example
///
/// ```
/// use pko_principles::Condition;
///
/// assert!(Condition::DietApprovalRequired.to_string().starts_with("Diet approval"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Condition {
    /// PKF core tasks by SDF units need the Diet's approval before dispatch
    /// (or at the first session after, if the Diet is not sitting), and
    /// again every two years (Art. 6(7), 6(10)).
    DietApprovalRequired,
    /// As above, if the contingent turns out to be SDF units.
    DietApprovalRequiredIfSdfUnits,
    /// An implementation plan that includes safety-ensuring operations or
    /// kaketsuke-keigo is deliberated by the National Security Council
    /// (Ministry of Defense White Paper 2018).
    NationalSecurityCouncil,
    /// Kaketsuke-keigo is done by SDF members already doing items ヲ to ネ
    /// (or similar work under ナ) of Art. 3(5), when a threat to the persons
    /// it protects arises unforeseen (Art. 3(5)ラ).
    KaketsukeKeigoAlongsideOtherWork,
}

impl Condition {
    /// The source that sets it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Condition;
    ///
    /// assert_eq!(Condition::DietApprovalRequired.citation().locator().map(ToString::to_string).as_deref(), Some("Art. 6(7)"));
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Source {
        match self {
            Self::DietApprovalRequired | Self::DietApprovalRequiredIfSdfUnits => &ART_6_7,
            Self::NationalSecurityCouncil => &cite::WHITE_PAPER_2018,
            Self::KaketsukeKeigoAlongsideOtherWork => &cite::ART16_3_5_RA,
        }
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::DietApprovalRequired => {
                "Diet approval of the PKF core tasks before the SDF units are dispatched, renewed every two years (Art. 6(7), 6(10))"
            }
            Self::DietApprovalRequiredIfSdfUnits => {
                "Diet approval of the PKF core tasks if they are assigned to SDF units (Art. 6(7))"
            }
            Self::NationalSecurityCouncil => {
                "the implementation plan is deliberated by the National Security Council (safety-ensuring operations and kaketsuke-keigo)"
            }
            Self::KaketsukeKeigoAlongsideOtherWork => {
                "kaketsuke-keigo is done by SDF members already doing other work of the operation (items ヲ to ネ, or similar work under ナ, of Art. 3(5)), when a threat arises unforeseen"
            }
        })
    }
}

/// Something the reader should know about how the law was applied.
///
/// # Example
///
/// ```
/// use pko_principles::Note;
///
/// assert!(Note::Act2024NotModelled.to_string().contains("2024"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Note {
    /// The date is on or after 12 July 2024, when Act No. 24 of 2024 came
    /// into force; its content is unverified and not modelled.
    Act2024NotModelled,
    /// The "no armed conflict" clause of Art. 3(1) was applied before the
    /// 2001 regime under [`Assumptions::no_conflict_clause_since_1992`](crate::Assumptions::no_conflict_clause_since_1992).
    NoConflictClauseAssumed,
    /// From 29 March 2016, findings cite provisions of the July 2015 text
    /// whose successors are not in pko's sources: they are applied,
    /// renumbered but unchanged, under
    /// [`Assumptions::pre_2016_text_after_2016`](crate::Assumptions::pre_2016_text_after_2016).
    Pre2016TextApplied,
}

impl Note {
    /// The source the note rests on.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Reliability;
    /// use pko_principles::Note;
    ///
    /// let s = Note::Act2024NotModelled.source();
    /// assert_eq!(s.reliability(), Reliability::Secondary);
    /// assert!(s.title().contains("Act No. 24 of 2024"));
    /// ```
    #[must_use]
    pub fn source(self) -> &'static Source {
        match self {
            Self::Act2024NotModelled => &ACT_2024,
            Self::NoConflictClauseAssumed => &ART_3_1,
            Self::Pre2016TextApplied => &cite::REGIME_2015,
        }
    }
}

impl Note {
    /// The assumption the note is about, if it is about one.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumption, Note};
    ///
    /// assert_eq!(Note::Pre2016TextApplied.assumption(), Some(Assumption::Pre2016TextAfter2016));
    /// assert_eq!(Note::Act2024NotModelled.assumption(), None);
    /// ```
    #[must_use]
    pub const fn assumption(self) -> Option<Assumption> {
        match self {
            Self::Act2024NotModelled => None,
            Self::NoConflictClauseAssumed => Some(Assumption::NoConflictClauseSince1992),
            Self::Pre2016TextApplied => Some(Assumption::Pre2016TextAfter2016),
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Act2024NotModelled => "Act No. 24 of 2024 (in force 12 July 2024) is not modelled: its content is unverified; the 2015 regime was applied",
            Self::NoConflictClauseAssumed => "the Art. 3(1) case of an operation where no armed conflict has occurred was applied before 2001 by assumption",
            Self::Pre2016TextApplied => "findings that cite the July 2015 text apply it after 28 March 2016 as an assumption: pko's sources give the text in force from 29 March 2016 only in part",
        })?;
        match self.assumption() {
            Some(a) => write!(f, " ({a})"),
            None => Ok(()),
        }
    }
}

/// The assessment of a deployment on a date.
///
/// # Example
///
/// ```
/// use pko_principles::{assess, Deployment, Regime, Verdict};
///
/// let a = assess(&Deployment::default(), pko_core::date(1995, 1, 1))?;
/// assert_eq!(a.regime(), Regime::Act1992);
/// assert_eq!(a.verdict(), Verdict::Undetermined);
/// assert!(a.deciding_facts().iter().any(|d| d == "operation.kind"));
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub(super) as_of: NaiveDate,
    pub(super) regime: Regime,
    pub(super) verdict: Verdict,
    pub(super) findings: Findings<Subject, Reason>,
    pub(super) deciding_facts: Vec<Decider<FactPath>>,
    pub(super) conditions: Vec<Condition>,
    pub(super) notes: Vec<Note>,
    pub(super) reformed: Vec<Reformed>,
}

/// A finding that read a provision a reform set: the finding's subject and
/// the change, with its reform and source.
///
/// # Example
///
/// ```
/// use pko_principles::{ContingentKind, Deployment, LawChange, Law, Reform, Regime, Subject, Task};
/// use pko_principles::statute::Permission;
///
/// let reform = Reform::new("SDF units may advise police", pko_core::Source::SPEECH)
///     .change(LawChange::TaskContingent { task: Task::CivilianPolice, contingent: ContingentKind::SdfUnit, permission: Permission::Allowed });
/// let law = Law::of(Regime::Amended2001).with(&reform)?;
/// let facts = Deployment::builder().contingent(ContingentKind::SdfUnit, 50).tasks([Task::CivilianPolice]).build()?;
/// let a = law.assess(&facts, pko_core::date(2010, 1, 1))?;
/// let r = &a.reformed()[0];
/// assert_eq!(r.subject(), Subject::Task(Task::CivilianPolice));
/// assert_eq!(r.change().reform(), "SDF units may advise police");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reformed {
    pub(crate) subject: Subject,
    pub(crate) change: Arc<Applied>,
}

/// The serde form of a [`Reformed`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Reformed"))]
struct ReformedView<'a> {
    /// The finding's subject.
    subject: Subject,
    /// The change, its reform and their sources.
    #[serde(flatten)]
    change: &'a Applied,
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Reformed {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <ReformedView<'static>>::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <ReformedView<'static>>::json_schema(generator)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Reformed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ReformedView {
            subject: self.subject,
            change: &self.change,
        }
        .serialize(serializer)
    }
}

impl Reformed {
    /// The finding's subject.
    ///
    /// # Example
    ///
    /// See [`Reformed`].
    #[must_use]
    pub const fn subject(&self) -> Subject {
        self.subject
    }

    /// The change that set what it read.
    ///
    /// # Example
    ///
    /// See [`Reformed`].
    #[must_use]
    pub fn change(&self) -> &Applied {
        &self.change
    }
}

/// The serde form of an [`Assessment`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Assessment"))]
struct AssessmentView<'a> {
    /// The day the law was applied as of.
    as_of: NaiveDate,
    /// The regime in force that day.
    regime: Regime,
    /// The verdict.
    verdict: Verdict,
    /// Every finding, with its reasons and citations.
    findings: Vec<Finding<'a>>,
    /// What would decide the findings left undetermined: unknown facts and
    /// open assumptions.
    deciding_facts: &'a [Decider],
    /// The conditions the deployment must keep meeting.
    conditions: &'a [Condition],
    /// Notes on the law that bear on the facts.
    notes: &'a [Note],
    /// Under a reform: the findings that read a provision it set.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    reformed: &'a [Reformed],
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Assessment {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <AssessmentView<'static>>::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <AssessmentView<'static>>::json_schema(generator)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Assessment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        AssessmentView {
            as_of: self.as_of,
            regime: self.regime,
            verdict: self.verdict,
            findings: self.findings().collect(),
            deciding_facts: &self.deciding_facts,
            conditions: &self.conditions,
            notes: &self.notes,
            reformed: &self.reformed,
        }
        .serialize(serializer)
    }
}

impl Assessment {
    /// The date the law was applied as of.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment};
    /// let d = pko_core::date(2012, 1, 15);
    /// assert_eq!(assess(&Deployment::default(), d)?.as_of(), d);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    /// The regime in force on that date.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment, Regime};
    /// let d = pko_core::date(2012, 1, 15);
    /// assert_eq!(assess(&Deployment::default(), d)?.regime(), Regime::Amended2001);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn regime(&self) -> Regime {
        self.regime
    }

    /// The verdict.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment, Verdict};
    /// let d = pko_core::date(2012, 1, 15);
    /// assert_eq!(assess(&Deployment::default(), d)?.verdict(), Verdict::Undetermined);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// Every finding: legal basis, the five principles, each task and each
    /// weapons authority (in the order the facts list them), headcount,
    /// Diet approval.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment};
    /// let d = pko_core::date(2012, 1, 15);
    /// assert!(assess(&Deployment::default(), d)?.findings().len() >= 6);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use = "the iterator is lazy"]
    pub fn findings(
        &self,
    ) -> impl ExactSizeIterator<Item = Finding<'_>> + DoubleEndedIterator + Clone {
        self.findings.records.iter().map(|r| self.view(r))
    }

    fn view<'a>(&'a self, r: &'a Record<Subject>) -> Finding<'a> {
        Finding {
            subject: r.subject,
            status: r.status,
            reasons: self.findings.reasons_of(r),
            citations: self.findings.citations_of(r),
        }
    }

    /// The finding about `subject`, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment, Principle, Subject};
    /// let d = pko_core::date(2012, 1, 15);
    /// assert!(assess(&Deployment::default(), d)?.finding(Subject::Principle(Principle::Ceasefire)).is_some());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn finding(&self, subject: Subject) -> Option<Finding<'_>> {
        self.findings.record(subject).map(|r| self.view(r))
    }

    /// For an undetermined verdict, the unknown facts (as JSON paths) and
    /// open assumptions (as `assumptions.…`) that would decide it; empty
    /// otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment};
    /// let d = pko_core::date(2012, 1, 15);
    /// assert!(assess(&Deployment::default(), d)?.deciding_facts().iter().any(|f| f == "withdrawal_reserved"));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn deciding_facts(&self) -> &[Decider] {
        &self.deciding_facts
    }

    /// Requirements the law attaches to going ahead.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment};
    /// let d = pko_core::date(2012, 1, 15);
    /// assert!(assess(&Deployment::default(), d)?.conditions().is_empty());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn conditions(&self) -> &[Condition] {
        &self.conditions
    }

    /// Notes on how the law was applied.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment, Note};
    /// let d = pko_core::date(2025, 1, 1);
    /// let notes = assess(&Deployment::default(), d)?.notes().to_vec();
    /// assert!(notes.contains(&Note::Act2024NotModelled));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// The findings that read a provision a reform set, each with the
    /// change; empty under a law no reform changed.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::{assess, Deployment};
    /// assert!(assess(&Deployment::default(), pko_core::date(2012, 1, 15))?.reformed().is_empty());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn reformed(&self) -> &[Reformed] {
        &self.reformed
    }

    /// Whether two assessments say the same: verdict, findings (status,
    /// reasons, citations), deciding facts, conditions and notes, whatever
    /// the law's name and the reforms that made it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{assess, Deployment, Law, Reform, Regime};
    ///
    /// let d = pko_core::date(2000, 1, 1);
    /// let reformed = Law::of(Regime::Act1992).with(&Reform::amendment(Regime::Amended1998)?)?;
    /// let facts = Deployment::default();
    /// assert!(reformed.assess(&facts, d)?.says_the_same_as(&assess(&facts, d)?));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn says_the_same_as(&self, other: &Self) -> bool {
        self.as_of == other.as_of
            && self.verdict == other.verdict
            && self.findings().eq(other.findings())
            && self.deciding_facts == other.deciding_facts
            && self.conditions == other.conditions
            && self.notes == other.notes
    }
}
