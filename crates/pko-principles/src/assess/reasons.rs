//! The reasons behind findings, what they are about, and their English
//! text.

use std::fmt;

use chrono::NaiveDate;

use crate::assumption::{Assumption, Similarity};
use crate::fact_path::FactPath;
use crate::facts::{
    ConflictSituation, ConsentTo, Consenter, ContingentKind, OperationKind, Task, WeaponsUse,
};
use crate::findings::{Decider, Explains};
use crate::regime::Principle;
use crate::statute::Bar;

/// What a finding is about.
///
/// # Example
///
/// ```
/// use pko_principles::{Principle, Subject};
///
/// assert_eq!(Subject::Principle(Principle::Consent).to_string(), "principle 2 (consent)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Subject {
    /// Whether the law provides for this kind of operation on the date.
    LegalBasis,
    /// One of the five principles.
    Principle(Principle),
    /// The legality of one task.
    Task(Task),
    /// The legality of one authority to use weapons.
    Weapons(WeaponsUse),
    /// The cap on persons engaged (Art. 18).
    Headcount,
    /// The Diet's approval, where it is known.
    DietApproval,
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LegalBasis => f.write_str("legal basis"),
            Self::Principle(p) => p.fmt(f),
            Self::Task(t) => write!(f, "task: {t}"),
            Self::Weapons(w) => write!(f, "weapons: {w}"),
            Self::Headcount => f.write_str("headcount"),
            Self::DietApproval => f.write_str("Diet approval"),
        }
    }
}

/// Why consent is not in effect on the date.
///
/// # Example
///
/// ```
/// use pko_principles::ConsentGap;
///
/// assert_eq!(ConsentGap::Refused.to_string(), "refused");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ConsentGap {
    /// Refused.
    Refused,
    /// Given only after the date.
    NotYetGiven {
        /// The day it was given.
        given_on: NaiveDate,
    },
    /// Withdrawn on or before the date.
    Withdrawn {
        /// The day it was withdrawn.
        on: NaiveDate,
    },
}

impl fmt::Display for ConsentGap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Refused => f.write_str("refused"),
            Self::NotYetGiven { given_on } => write!(f, "not given until {given_on}"),
            Self::Withdrawn { on } => write!(f, "withdrawn on {on}"),
        }
    }
}

/// One reason behind a finding, naming the facts it used or missed.
///
/// `Display` gives the reason in English; where it names an assumption it
/// names its JSON path (`assumptions.…`), which is also its Rust field.
///
/// # Example
///
/// ```
/// use pko_principles::{ConsentTo, FactPath, Reason};
///
/// let r = Reason::Unknown { fact: FactPath::HostConsent(ConsentTo::JapansParticipation) };
/// assert_eq!(r.to_string(), "the fact `host_consent.to_japan` is unknown");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "reason"))]
#[non_exhaustive]
pub enum Reason {
    /// A fact the finding needs is unknown.
    Unknown {
        /// The fact (written as its JSON path).
        fact: FactPath,
    },
    /// The finding turns on a choice the sources leave open, which the
    /// caller can make in [`Assumptions`](crate::Assumptions).
    OpenAssumption {
        /// The assumption.
        assumption: Assumption,
    },
    /// From 29 March 2016, the finding rests on a provision of the July
    /// 2015 text whose successor pko's sources do not give, applied by
    /// [`Assumptions::pre_2016_text_after_2016`](crate::Assumptions::pre_2016_text_after_2016).
    Pre2016Provision {
        /// The article, as numbered in July 2015 (`6(6)`).
        article: &'static str,
    },
    /// The law provides for this kind of operation.
    OperationProvided {
        /// The kind.
        kind: OperationKind,
    },
    /// Something asked for is not yet law on the date.
    NotYetInForce {
        /// What, in words.
        what: String,
        /// The day it comes into force.
        from: NaiveDate,
    },
    /// The conflict situation means no ceasefire is required.
    NoCeasefireRequired {
        /// The situation.
        situation: ConflictSituation,
    },
    /// The host state is not a party, so no ceasefire is required (relief
    /// and election observation).
    HostNotParty,
    /// Every party is covered by a ceasefire agreement in effect.
    CeasefireInEffect {
        /// How many parties.
        parties: usize,
    },
    /// No ceasefire agreement in effect covers this party.
    PartyNotInCeasefire {
        /// The party.
        party: String,
    },
    /// The conflict is ceasefire-based but no party is listed.
    NoPartiesListed,
    /// A consent is in effect.
    ConsentInEffect {
        /// Whose.
        by: Consenter,
        /// To what.
        to: ConsentTo,
    },
    /// Every listed party consents to the operation and to Japan's
    /// participation.
    PartiesConsent {
        /// How many parties.
        parties: usize,
    },
    /// A consent is not in effect.
    ConsentNotInEffect {
        /// Whose.
        by: Consenter,
        /// To what.
        to: ConsentTo,
        /// Why not.
        gap: ConsentGap,
    },
    /// The parties' consent is not required (only the host state's).
    PartiesConsentNotRequired,
    /// A party refused, but whether the parties' consent is required turns
    /// on the unknown conflict situation.
    PartiesConsentMayBeRequired,
    /// Impartiality assessed; nothing compromising it reported.
    ImpartialityMaintained,
    /// Facts compromising impartiality are reported.
    ImpartialityCompromised {
        /// What is reported.
        reports: Vec<String>,
    },
    /// The law sets no impartiality requirement for this kind of
    /// operation.
    ImpartialityNotRequired {
        /// The kind.
        kind: OperationKind,
    },
    /// Japan keeps the right to suspend and withdraw.
    WithdrawalReserved,
    /// Japan does not keep the right to suspend and withdraw.
    WithdrawalNotReserved,
    /// No weapons use is asked for beyond what the law allows.
    NoWeaponsRequested,
    /// A requested authority is allowed on the date.
    WeaponsAllowed {
        /// Which.
        weapons: WeaponsUse,
    },
    /// A requested authority is not allowed on the date.
    WeaponsNotAllowed {
        /// Which.
        weapons: WeaponsUse,
    },
    /// A requested authority is not this kind of contingent's.
    WeaponsNotForContingent {
        /// Which.
        weapons: WeaponsUse,
        /// Who would use it.
        contingent: ContingentKind,
        /// The rule that bars it.
        bar: Bar,
    },
    /// SDF units use weapons on the order of a superior officer present on
    /// site (Art. 24(4), from 12 July 1998; it covers SDF and coast-guard
    /// officers).
    SuperiorOrderRequired,
    /// As [`Reason::SuperiorOrderRequired`], if the contingent turns out to
    /// be SDF units.
    SuperiorOrderRequiredIfSdfUnits,
    /// Duty-execution weapons use asked for without a task it serves.
    DutyExecutionWithoutTask,
    /// The consents are judged stably maintained.
    StableConsentConfirmed,
    /// The consents are not judged stably maintained.
    StableConsentNotConfirmed,
    /// For kaketsuke-keigo in a humanitarian relief operation, every party
    /// to the conflict consents too (Art. 6(1) of the 2016 text).
    PartiesConsentForRelief {
        /// How many parties.
        parties: usize,
    },
    /// The use of force is prohibited (Art. 2(2)).
    UseOfForceProhibited,
    /// A task is provided for by the law on the date.
    TaskProvided {
        /// Which.
        task: Task,
    },
    /// A PKF core task frozen for SDF units on the date.
    PkfCoreTaskFrozen {
        /// Which.
        task: Task,
        /// The day the freeze was lifted.
        lifted_on: NaiveDate,
    },
    /// The freeze and Diet approval concern SDF units; these are SDF
    /// personnel sent as individuals.
    IndividualsNotFrozen,
    /// The Act does not allow this kind of contingent to do the task.
    NotForContingent {
        /// Which task.
        task: Task,
        /// Who would do it.
        contingent: ContingentKind,
        /// The rule that bars it.
        bar: Bar,
    },
    /// pko's sources do not say whether this kind of contingent may do the
    /// task (SDF units doing safety-ensuring operations).
    WhoMayUnverified {
        /// Which task.
        task: Task,
        /// Who would do it.
        contingent: ContingentKind,
    },
    /// Whether this kind of contingent may do the task, as
    /// [`Assumptions::unverified_permissions`](crate::Assumptions::unverified_permissions)
    /// answers where pko's sources are silent.
    AssumedPermission {
        /// Which task.
        task: Task,
        /// Who would do it.
        contingent: ContingentKind,
        /// Whether the assumption allows it.
        allowed: bool,
    },
    /// What the task's work is similar to is set by the mission's Cabinet
    /// Order, and it decides this finding.
    SimilarWorkOpen {
        /// Which task.
        task: Task,
    },
    /// The task's work is read as similar to these items, whose rules
    /// apply, as the assumption answers.
    SimilarWorkAssumed {
        /// Which task.
        task: Task,
        /// What it is similar to.
        similar_to: Similarity,
    },
    /// Items of a UN peacekeeping operation applied to an internationally
    /// coordinated operation, by [`Assumptions::coordinated_as_peacekeeping`](crate::Assumptions::coordinated_as_peacekeeping).
    CoordinatedAsPeacekeeping,
    /// pko's sources do not say whether this kind of operation may include
    /// the task.
    OperationUnverified {
        /// Which task.
        task: Task,
        /// The kind of operation.
        kind: OperationKind,
    },
    /// A task not provided for this kind of operation.
    TaskNotForOperation {
        /// Which.
        task: Task,
        /// The kind of operation.
        kind: OperationKind,
    },
    /// SDF officers may also be sent to UN posts that direct the
    /// contingents' work, with the Prime Minister's consent, only while the
    /// consents are judged stably maintained (Art. 27 of the 2016 text).
    Article27Route,
    /// The contingent and the persons already engaged elsewhere are within
    /// the cap.
    WithinCap {
        /// The contingent's size.
        size: u32,
        /// Persons already engaged in other operations.
        already_engaged: u32,
        /// The cap.
        cap: u32,
        /// Whether the cap is an assumption's
        /// ([`Assumptions::headcount_cap_after_2016`](crate::Assumptions::headcount_cap_after_2016)).
        assumed: bool,
    },
    /// The persons engaged would exceed the cap: the contingent alone
    /// (`already_engaged` unknown) or with those already engaged.
    OverCap {
        /// The contingent's size.
        size: u32,
        /// Persons already engaged in other operations, if known.
        already_engaged: Option<u32>,
        /// The cap.
        cap: u32,
        /// Whether the cap is an assumption's.
        assumed: bool,
    },
    /// From 29 March 2016, the persons engaged are within 2,000: within the
    /// pre-2016 cap, whether or not it survived the 2015 amendment.
    WithinCapEitherWay {
        /// The contingent's size.
        size: u32,
        /// Persons already engaged in other operations.
        already_engaged: u32,
    },
    /// No cap applies, as assumed.
    NoCapAssumed,
    /// Whether the cap survived the 2015 amendment is unverified, and the
    /// persons engaged would exceed 2,000.
    CapUnverifiedAfter2016 {
        /// The persons engaged (the contingent alone if nothing else is
        /// known).
        total: u32,
    },
    /// Whether assigning the task to SDF units needs the Diet's approval is
    /// not in pko's sources (the post-2016 Art. 6(7) could not be read).
    DietApprovalUnverified {
        /// Which task.
        task: Task,
    },
    /// Whether the Diet must approve the task, as an assumption answers.
    DietApprovalAssumed {
        /// Which task.
        task: Task,
        /// Whether approval is required.
        required: bool,
    },
    /// The Diet has approved, so whether its approval is required does not
    /// matter.
    DietApprovedEitherWay {
        /// Which task.
        task: Task,
    },
    /// The Diet approved.
    DietApproved,
    /// The Diet did not approve: the work must end (Art. 6(9)).
    DietRefused,
    /// The law as a reform changed it has no such provision.
    NotInLaw {
        /// What, in words.
        what: String,
    },
    /// A reform waived the principle for this kind of operation.
    PrincipleWaived {
        /// The principle.
        principle: Principle,
        /// The kind of operation.
        kind: OperationKind,
    },
    /// A reform waived the principle for some kinds of operation, and the
    /// kind is unknown: a failure of it does not settle the finding.
    PrincipleMayBeWaived {
        /// The principle.
        principle: Principle,
    },
    /// No cap applies: the law has none.
    NoCap,
}

impl Explains for Reason {
    type Path = FactPath;

    fn decider(&self) -> Option<Decider> {
        match self {
            Self::Unknown { fact } => Some(Decider::Fact(*fact)),
            Self::OpenAssumption { assumption } => Some(Decider::Assumption(*assumption)),
            _ => None,
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { fact } => write!(f, "the fact `{fact}` is unknown"),
            Self::OpenAssumption { assumption } => write!(
                f,
                "the sources leave this open: set `{assumption}` ({}) to decide it",
                assumption.values().join(", ")
            ),
            Self::Pre2016Provision { article } => write!(
                f,
                "the July 2015 text's Art. {article} is applied: its successor is not in pko's sources ({})",
                Assumption::Pre2016TextAfter2016
            ),
            Self::OperationProvided { kind } => {
                write!(f, "the Act provides for {} {kind}", kind.article())
            }
            Self::NotYetInForce { what, from } => write!(f, "{what} is law only from {from}"),
            Self::NoCeasefireRequired { situation } => {
                write!(f, "{situation}: no ceasefire agreement is required")
            }
            Self::HostNotParty => f.write_str(
                "the host state is not a party to the conflict: no ceasefire agreement is required",
            ),
            Self::CeasefireInEffect { parties } => write!(
                f,
                "a ceasefire agreement in effect covers each of the {parties} parties"
            ),
            Self::PartyNotInCeasefire { party } => {
                write!(f, "no ceasefire agreement in effect covers party `{party}`")
            }
            Self::NoPartiesListed => f.write_str(
                "the conflict is ceasefire-based but no party is listed, so no agreement among the parties can be shown",
            ),
            Self::ConsentInEffect { by, to } => write!(f, "{by} consents to {to}"),
            Self::PartiesConsent { parties } => write!(
                f,
                "each of the {parties} parties consents to the operation and to Japan's participation"
            ),
            Self::ConsentNotInEffect { by, to, gap } => {
                write!(f, "the consent of {by} to {to} is {gap}")
            }
            Self::PartiesConsentNotRequired => f.write_str(
                "with no parties to the conflict present, only the host state's consent is required",
            ),
            Self::PartiesConsentMayBeRequired => f.write_str(
                "a party's consent is missing, and whether it is required turns on the unknown conflict situation",
            ),
            Self::ImpartialityMaintained => {
                f.write_str("impartiality assessed: nothing compromising it is reported")
            }
            Self::ImpartialityCompromised { reports } => {
                write!(f, "reported against impartiality: {}", reports.join("; "))
            }
            Self::ImpartialityNotRequired { kind } => {
                write!(f, "the Act sets no impartiality requirement for {} {kind}", kind.article())
            }
            Self::WithdrawalReserved => {
                f.write_str("Japan keeps the right to suspend its work and withdraw")
            }
            Self::WithdrawalNotReserved => {
                f.write_str("Japan does not keep the right to suspend its work and withdraw")
            }
            _ => self.fmt_weapons(f),
        }
    }
}

impl Reason {
    /// The text of the reasons about weapons and consent.
    fn fmt_weapons(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoWeaponsRequested => f.write_str("no authority to use weapons is asked for"),
            Self::WeaponsAllowed { weapons } => write!(f, "weapons use for {weapons} is allowed"),
            Self::WeaponsNotAllowed { weapons } => {
                write!(f, "weapons use for {weapons} is not allowed")
            }
            Self::WeaponsNotForContingent {
                weapons,
                contingent,
                bar,
            } => write!(
                f,
                "weapons use for {weapons} is not for {contingent}: {bar}"
            ),
            Self::SuperiorOrderRequired => f.write_str(
                "SDF units use weapons on the order of a superior officer present on site, unless danger is too imminent to wait",
            ),
            Self::SuperiorOrderRequiredIfSdfUnits => f.write_str(
                "if the contingent is SDF units, they use weapons on the order of a superior officer present on site, unless danger is too imminent to wait",
            ),
            Self::DutyExecutionWithoutTask => f.write_str(
                "weapons use to execute duties is allowed only for safety-ensuring operations and kaketsuke-keigo, and neither is among the tasks",
            ),
            Self::StableConsentConfirmed => {
                f.write_str("the consents are judged to be stably maintained")
            }
            Self::StableConsentNotConfirmed => {
                f.write_str("the consents are not judged to be stably maintained")
            }
            Self::PartiesConsentForRelief { parties } => write!(
                f,
                "in a humanitarian relief operation each of the {parties} parties to the conflict consents too"
            ),
            Self::UseOfForceProhibited => f.write_str(
                "the work must not amount to the threat or use of force, under any version of the Act",
            ),
            _ => self.fmt_task(f),
        }
    }

    /// The text of the reasons about tasks.
    fn fmt_task(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TaskProvided { task } => write!(f, "the Act provides for {task}"),
            Self::PkfCoreTaskFrozen { task, lifted_on } => write!(
                f,
                "{task} is frozen for SDF units until the freeze is lifted on {lifted_on}"
            ),
            Self::IndividualsNotFrozen => f.write_str(
                "the freeze on PKF core tasks and Diet approval concern SDF units, and these are SDF personnel sent as individuals",
            ),
            Self::NotForContingent {
                task,
                contingent,
                bar,
            } => write!(f, "{contingent} may not do {task}: {bar}"),
            Self::WhoMayUnverified { task, contingent } => write!(
                f,
                "whether {contingent} may do {task} under the 2016 text is not in pko's sources"
            ),
            Self::AssumedPermission {
                task,
                contingent,
                allowed,
            } => write!(
                f,
                "{contingent} {} do {task}, as assumed where pko's sources are silent ({})",
                if *allowed { "may" } else { "may not" },
                Assumption::UnverifiedPermissions
            ),
            Self::SimilarWorkOpen { task } => write!(
                f,
                "{task} is work similar to the listed items, set by the mission's Cabinet Order, and what it is similar to decides who may do it and whether the Diet must approve it"
            ),
            Self::SimilarWorkAssumed { task, similar_to } => write!(
                f,
                "{task} is read as work similar to {}, whose rules apply (as assumed)",
                similar_items(*similar_to)
            ),
            Self::CoordinatedAsPeacekeeping => write!(
                f,
                "the items of a UN peacekeeping operation are applied to an internationally coordinated operation ({})",
                Assumption::CoordinatedAsPeacekeeping
            ),
            Self::OperationUnverified { task, kind } => write!(
                f,
                "whether {} {kind} may include {task} is not in pko's sources",
                kind.article()
            ),
            Self::TaskNotForOperation { task, kind } => {
                write!(f, "the Act does not provide for {task} in {} {kind}", kind.article())
            }
            Self::Article27Route => f.write_str(
                "SDF officers may also be sent to UN posts that direct the contingents' work, with the Prime Minister's consent, while the consents are judged stably maintained (Art. 27)",
            ),
            _ => self.fmt_headcount_or_diet(f),
        }
    }

    /// The text of the reasons about the headcount and the Diet.
    fn fmt_headcount_or_diet(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let assumed = |a: bool| if a { " (as assumed)" } else { "" };
        match self {
            Self::WithinCap {
                size,
                already_engaged,
                cap,
                assumed: a,
            } => write!(
                f,
                "{size} persons with {already_engaged} already engaged elsewhere, within the cap of {cap} engaged at a time{}",
                assumed(*a)
            ),
            Self::OverCap {
                size,
                already_engaged: None,
                cap,
                assumed: a,
            } => write!(
                f,
                "{size} persons exceed on their own the cap of {cap} engaged at a time{}",
                assumed(*a)
            ),
            Self::OverCap {
                size,
                already_engaged: Some(others),
                cap,
                assumed: a,
            } => write!(
                f,
                "{size} persons with {others} already engaged elsewhere exceed the cap of {cap} engaged at a time{}",
                assumed(*a)
            ),
            Self::WithinCapEitherWay {
                size,
                already_engaged,
            } => write!(
                f,
                "{size} persons with {already_engaged} already engaged elsewhere, within 2,000: within the pre-2016 cap whether or not it survived the 2015 amendment"
            ),
            Self::NoCapAssumed => {
                f.write_str("no cap on the persons engaged at a time (as assumed)")
            }
            Self::NoCap => f.write_str("no cap on the persons engaged at a time"),
            Self::NotInLaw { what } => write!(f, "{what} is not provided by the law as changed"),
            Self::PrincipleWaived { principle, kind } => {
                write!(f, "{principle} is waived for {} {kind}", kind.article())
            }
            Self::PrincipleMayBeWaived { principle } => write!(
                f,
                "{principle} is waived for some kinds of operation: until the kind is known, its failure does not settle it"
            ),
            Self::CapUnverifiedAfter2016 { total } => write!(
                f,
                "{total} persons engaged would exceed 2,000, and whether the cap survived the 2015 amendment is unverified"
            ),
            Self::DietApprovalUnverified { task } => write!(
                f,
                "whether {task} by SDF units needs the Diet's approval after 28 March 2016 is not in pko's sources"
            ),
            Self::DietApprovalAssumed { task, required } => write!(
                f,
                "{task} by SDF units {} the Diet's approval (as assumed)",
                if *required { "needs" } else { "does not need" }
            ),
            Self::DietApprovedEitherWay { task } => write!(
                f,
                "the Diet has approved, whether or not {task} by SDF units needs its approval"
            ),
            Self::DietApproved => f.write_str("the Diet has approved the assignment"),
            Self::DietRefused => {
                f.write_str("the Diet has not approved the assignment: the work must be ended")
            }
            _ => Ok(()),
        }
    }
}

/// The items a similarity names, in words.
const fn similar_items(s: Similarity) -> &'static str {
    match s {
        Similarity::PkfCore => "the PKF core tasks, items (i)-(vi)",
        Similarity::Election => "election observation, item (vii)",
        Similarity::Administration => "police or administrative advice, items (viii)-(ix)",
        Similarity::Support => "the support items (x)-(xvi)",
        Similarity::Open => "items not yet known",
    }
}
