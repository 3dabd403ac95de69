//! The reasons behind findings, what they are about, and their English
//! text.

use std::fmt;

use chrono::NaiveDate;

use crate::FactPath;
use crate::facts::{ConflictSituation, ContingentKind, OperationKind, Task, WeaponsUse};
use crate::law::Principle;

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

/// Whose consent.
///
/// # Example
///
/// ```
/// use pko_principles::Consenter;
///
/// assert_eq!(Consenter::Party("Party A".into()).to_string(), "party `Party A`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Consenter {
    /// The host state.
    Host,
    /// A party to the conflict.
    Party(String),
}

impl fmt::Display for Consenter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Host => f.write_str("the host state"),
            Self::Party(name) => write!(f, "party `{name}`"),
        }
    }
}

/// Consent to what.
///
/// # Example
///
/// ```
/// use pko_principles::ConsentTo;
///
/// assert_eq!(ConsentTo::JapansParticipation.to_string(), "Japan's participation");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ConsentTo {
    /// The operation taking place.
    Operation,
    /// Japan's participation in it.
    JapansParticipation,
}

impl fmt::Display for ConsentTo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Operation => "the operation",
            Self::JapansParticipation => "Japan's participation",
        })
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
/// `Display` gives the reason in English.
///
/// # Example
///
/// ```
/// use pko_principles::Reason;
///
/// use pko_principles::{ConsentTo, FactPath};
/// let r = Reason::Unknown { fact: FactPath::HostConsent(ConsentTo::JapansParticipation) };
/// assert_eq!(r.to_string(), "the fact `host_consent.to_japan` is unknown");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "reason"))]
#[non_exhaustive]
pub enum Reason {
    /// A fact the finding needs is unknown.
    Unknown {
        /// The fact (written as its JSON path).
        fact: FactPath,
    },
    /// The finding turns on a choice the sources leave open, which the
    /// caller can make in [`Assumptions`](crate::Assumptions) (the field's path).
    OpenAssumption {
        /// The assumption's path (`assumptions.headcount_cap_after_2016`).
        assumption: String,
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
    /// Weapons are used on the order of a superior officer present on site
    /// (Art. 24(4), from 12 July 1998).
    SuperiorOrderRequired,
    /// Duty-execution weapons use asked for without a task it serves.
    DutyExecutionWithoutTask,
    /// The host consent is confirmed stably maintained.
    StableConsentConfirmed,
    /// The host consent is not confirmed stably maintained.
    StableConsentNotConfirmed,
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
    /// The Act does not allow this kind of contingent to do the task: SDF
    /// units only the items of Art. 6(6), persons other than SDF personnel
    /// not the PKF core tasks (Art. 12(1) proviso).
    NotForContingent {
        /// Which task.
        task: Task,
        /// Who would do it.
        contingent: ContingentKind,
    },
    /// pko's sources do not say whether this kind of contingent may do the
    /// task (a 2015 task done by others than SDF units).
    WhoMayUnverified {
        /// Which task.
        task: Task,
        /// Who would do it.
        contingent: ContingentKind,
    },
    /// Whether this kind of contingent may do the task, read from
    /// [`Assumptions::unverified_permissions`](crate::Assumptions::unverified_permissions)
    /// where pko's sources are silent.
    AssumedPermission {
        /// Which task.
        task: Task,
        /// Who would do it.
        contingent: ContingentKind,
        /// Whether the assumption allows it.
        allowed: bool,
    },
    /// Items of a UN peacekeeping operation applied to an internationally
    /// coordinated operation, by [`Assumptions::coordinated_as_peacekeeping`](crate::Assumptions::coordinated_as_peacekeeping).
    CoordinatedAsPeacekeeping,
    /// Weapons use in the joint protection of camps asked for without that
    /// task.
    CampProtectionWithoutTask,
    /// A task not provided for this kind of operation.
    TaskNotForOperation {
        /// Which.
        task: Task,
        /// The kind of operation.
        kind: OperationKind,
    },
    /// The contingent and the persons already engaged elsewhere are within
    /// the cap.
    WithinCap {
        /// The contingent's size.
        size: u32,
        /// Persons already engaged in other operations.
        already_engaged: u32,
        /// The cap.
        cap: u32,
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
    },
    /// Whether the cap survived the 2015 amendment is unverified, and the
    /// persons engaged would exceed 2,000.
    CapUnverifiedAfter2016 {
        /// The persons engaged (the contingent alone if nothing else is
        /// known).
        total: u32,
    },
    /// The Diet approved.
    DietApproved,
    /// The Diet did not approve: the work must end (Art. 6(9)).
    DietRefused,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { fact } => write!(f, "the fact `{fact}` is unknown"),
            Self::OpenAssumption { assumption } => {
                write!(f, "the sources leave this open: set `{assumption}` to decide it")
            }
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
            Self::NoWeaponsRequested => f.write_str("no authority to use weapons is asked for"),
            Self::WeaponsAllowed { weapons } => write!(f, "weapons use for {weapons} is allowed"),
            Self::WeaponsNotAllowed { weapons } => {
                write!(f, "weapons use for {weapons} is not allowed")
            }
            Self::SuperiorOrderRequired => f.write_str(
                "weapons are used on the order of a superior officer present on site, unless danger is too imminent to wait",
            ),
            Self::DutyExecutionWithoutTask => f.write_str(
                "weapons use to execute duties is allowed only for safety-ensuring operations and kaketsuke-keigo, and neither is among the tasks",
            ),
            Self::StableConsentConfirmed => {
                f.write_str("the host state's consent is confirmed to be stably maintained")
            }
            Self::StableConsentNotConfirmed => f.write_str(
                "the host state's consent is not confirmed to be stably maintained",
            ),
            Self::UseOfForceProhibited => f.write_str(
                "the work must not amount to the threat or use of force, under any version of the Act",
            ),
            Self::TaskProvided { .. }
            | Self::PkfCoreTaskFrozen { .. }
            | Self::IndividualsNotFrozen
            | Self::NotForContingent { .. }
            | Self::WhoMayUnverified { .. }
            | Self::AssumedPermission { .. }
            | Self::CoordinatedAsPeacekeeping
            | Self::CampProtectionWithoutTask
            | Self::TaskNotForOperation { .. }
            | Self::WithinCap { .. }
            | Self::OverCap { .. }
            | Self::CapUnverifiedAfter2016 { .. } => self.fmt_task_or_headcount(f),
            Self::DietApproved => f.write_str("the Diet has approved the assignment"),
            Self::DietRefused => f.write_str(
                "the Diet has not approved the assignment: the work must be ended",
            ),
        }
    }
}

impl Reason {
    /// The text of the reasons about tasks and the headcount.
    fn fmt_task_or_headcount(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TaskProvided { task } => write!(f, "the Act provides for {task}"),
            Self::PkfCoreTaskFrozen { task, lifted_on } => write!(
                f,
                "{task} is frozen for SDF units until the freeze is lifted on {lifted_on}"
            ),
            Self::IndividualsNotFrozen => f.write_str(
                "the freeze on PKF core tasks and Diet approval concern SDF units, and these are SDF personnel sent as individuals",
            ),
            Self::NotForContingent { task, contingent } => match contingent {
                ContingentKind::SdfUnit => write!(
                    f,
                    "SDF units may not be assigned {task}: it is not among the items of Art. 6(6)"
                ),
                _ => write!(
                    f,
                    "only SDF personnel may do {task}, not {contingent} (Art. 12(1) proviso)"
                ),
            },
            Self::WhoMayUnverified { task, contingent } => write!(
                f,
                "whether {contingent} may do {task} under the 2015 text is not in pko's sources"
            ),
            Self::AssumedPermission {
                task,
                contingent,
                allowed,
            } => write!(
                f,
                "{contingent} {} do {task}, as assumed where pko's sources are silent (assumptions.unverified_permissions)",
                if *allowed { "may" } else { "may not" }
            ),
            Self::CoordinatedAsPeacekeeping => f.write_str(
                "the items of a UN peacekeeping operation are applied to an internationally coordinated operation (assumptions.coordinated_as_peacekeeping)",
            ),
            Self::CampProtectionWithoutTask => f.write_str(
                "weapons use in the joint protection of camps is asked for, but that task is not among the tasks",
            ),
            Self::TaskNotForOperation { task, kind } => {
                write!(f, "the Act does not provide for {task} in {} {kind}", kind.article())
            }
            Self::WithinCap {
                size,
                already_engaged,
                cap,
            } => write!(
                f,
                "{size} persons with {already_engaged} already engaged elsewhere, within the cap of {cap} engaged at a time"
            ),
            Self::OverCap {
                size,
                already_engaged: None,
                cap,
            } => write!(
                f,
                "{size} persons exceed on their own the cap of {cap} engaged at a time"
            ),
            Self::OverCap {
                size,
                already_engaged: Some(others),
                cap,
            } => write!(
                f,
                "{size} persons with {others} already engaged elsewhere exceed the cap of {cap} engaged at a time"
            ),
            Self::CapUnverifiedAfter2016 { total } => write!(
                f,
                "{total} persons engaged would exceed 2,000, and whether the cap survived the 2015 amendment is unverified"
            ),
            _ => Ok(()),
        }
    }
}
