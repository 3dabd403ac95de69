//! Japan's real dispatches under the Act, as sourced data, and their replay
//! through the rules.
//!
//! [`RECORD`] holds one [`Dispatch`] per component of each dispatch in the
//! Ministry of Foreign Affairs' table of Japan's deployments to UN
//! peacekeeping (27 February 2024), plus the HQ staff sent to the
//! Multinational Force and Observers in Sinai from April 2019 (Ministry of
//! Defense) and the 11th UNMISS engineering rotation assigned the 2015
//! tasks by the Cabinet decision of 15 November 2016 (Ministry of Defense
//! White Paper 2019). Periods are months, as the sources give them: no day
//! is made up.
//!
//! The law needs facts the record does not give: the consents of the host
//! state and the parties, the ceasefire, impartiality, the right to
//! withdraw. For those the record states **the government's finding at
//! dispatch** as a named [`Presumption`], never a fact of its own making:
//! a Cabinet may decide an implementation plan only once the consents are
//! there (Art. 6(1)), and every plan must provide for suspension and
//! withdrawal (Art. 8(1)(vi), 6(13)).
//!
//! [`replay`] assesses each component on the first day of its first month
//! and on the last day of its last month, each under the law of that day.
//! Every component is *permitted* except where the record lacks a fact the
//! law needs: the size at a time of the MFO HQ staff, which the sources do
//! not give, leaves its headcount *undetermined*. Nothing else is
//! undetermined, and nothing is *not permitted*.
//!
//! # Example
//!
//! ```
//! use pko_principles::history::{self, RECORD};
//! use pko_principles::Verdict;
//!
//! let untac = RECORD.iter().find(|d| d.id() == "untac-engineering").unwrap();
//! assert_eq!(untac.size(), Some(600));
//! let replays = history::replay()?;
//! assert!(replays.iter().filter(|r| r.dispatch().id() != "mfo-hq-staff")
//!     .all(|r| r.first().verdict() == Verdict::Permitted));
//! # Ok::<(), pko_principles::Error>(())
//! ```

use std::fmt;

use chrono::NaiveDate;
use pko_core::{Locator, Reliability, Source, SourceKind, YearMonth};

use crate::Error;
use crate::assess::{Assessment, assess};
use crate::facts::{
    Ceasefire, ConflictSituation, Consent, Contingent, ContingentKind, Deployment, Fact,
    HostConsent, Impartiality, Operation, OperationKind, Party, Task, WeaponsUse,
};

use pko_core::month;

/// The MOFA table of Japan's deployments to UN peacekeeping.
pub static MOFA_TABLE: Source = Source::new(
    SourceKind::Government,
    "Ministry of Foreign Affairs of Japan",
    "Japan's deployments to UN peacekeeping operations under the International Peace Cooperation Act (table)",
    NaiveDate::from_ymd_opt(2024, 2, 27),
    Reliability::Primary,
);

/// The Ministry of Defense's figures (UNDOF about 1,500 in total; MINUSTAH
/// about 2,200; UNMISS 3,854 in total, 3,912 with the support centre; the
/// MFO HQ staff from April 2019).
pub static MOD_PAGES: Source = Source::new(
    SourceKind::Government,
    "Ministry of Defense of Japan",
    "International peace cooperation activities (pages on UNDOF, MINUSTAH, UNMISS and the MFO)",
    None,
    Reliability::Primary,
);

/// The Ministry of Defense White Paper 2019 (the Cabinet decision of 15
/// November 2016).
pub static WHITE_PAPER_2019: Source = Source::new(
    SourceKind::Government,
    "Ministry of Defense of Japan",
    "Defense of Japan 2019 (White Paper): the Cabinet decision of 15 November 2016 changing the South Sudan implementation plan",
    None,
    Reliability::Primary,
);

/// The Prime Minister's press conference of 28 February 2019 (the five
/// principles checked for the MFO).
pub static PMO_2019: Source = Source::new(
    SourceKind::Government,
    "Prime Minister's Office of Japan",
    "Press conference of 28 February 2019 on the dispatch to the Multinational Force and Observers",
    NaiveDate::from_ymd_opt(2019, 2, 28),
    Reliability::Primary,
);

/// The International Peace Institute's monthly contributions data, JPN
/// rows for UNMISS (December 2011: 2 troops, before the engineering unit
/// arrived; at most 287 from January 2012 to December 2014, staff officers
/// included).
pub static IPI_JPN_UNMISS: Source = Source::new_at(
    SourceKind::Research,
    "International Peace Institute (IPI Peacekeeping Database), from UN monthly reports",
    "Contributions by country, mission and sex, 2009-2014 (JPN, UNMISS)",
    None,
    Reliability::Secondary,
    Locator::table("JPN UNMISS rows"),
);

/// The day the MOFA table gives its state of affairs: a dispatch it lists
/// as ongoing is replayed on this day as its last.
pub const RECORD_AS_OF: NaiveDate = match NaiveDate::from_ymd_opt(2024, 2, 27) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// A finding the government made at dispatch that the record states in
/// place of facts its sources do not give.
///
/// # Example
///
/// ```
/// use pko_principles::history::Presumption;
///
/// assert!(Presumption::ConsentsAtDispatch.to_string().contains("Art. 6(1)"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Presumption {
    /// The Cabinet decided the dispatch, which Art. 6(1) allows only with
    /// the consents of the host state (and, for peacekeeping, the parties):
    /// the consents are read as given for the whole period. pko's sources
    /// do not name the parties, so they appear as one placeholder.
    ConsentsAtDispatch,
    /// For peacekeeping: the Art. 3(1) requirements (a ceasefire agreement
    /// among the parties, impartiality) are read as met for the whole
    /// period. Which case of Art. 3(1) a dispatch rested on (a ceasefire,
    /// or no armed conflict, as may have been said for Haiti in 2010 and
    /// South Sudan in 2011) is not in pko's sources; the record uses the
    /// ceasefire case for all.
    Article3Met,
    /// Every implementation plan provides for suspension and withdrawal
    /// (Art. 8(1)(vi), 6(13)): Japan's right to withdraw is read as kept.
    WithdrawalUnderThePlan,
    /// The persons already engaged elsewhere are the sizes at a time of the
    /// record's other components on the day. Relief and election
    /// operations outside the MOFA table are not in pko's sources and are
    /// not counted.
    AlreadyEngagedFromRecord,
    /// The Cabinet decision of 15 November 2016 is read as the government's
    /// confirmation that South Sudan's consent was stably maintained.
    StableConsentAtDecision,
    /// The size at a time is taken from the IPI monthly data (see
    /// [`IPI_JPN_UNMISS`]) and assumed for the months the data do not
    /// cover.
    SizeFromMonthlyData,
    /// The task is pko's reading of the role the source names (military
    /// observers monitoring the management of arms, liaison officers, HQ
    /// staff), not a classification given by the source.
    TaskReading,
    /// The source gives "Feb/Mar 2002": the earlier month is used.
    EarlierOfTwoMonths,
}

impl fmt::Display for Presumption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::ConsentsAtDispatch => "consents read from the Cabinet's decision to dispatch (Art. 6(1)); parties not named in pko's sources",
            Self::Article3Met => "the Art. 3(1) requirements read as met at dispatch (ceasefire case; which case the government relied on is not in pko's sources)",
            Self::WithdrawalUnderThePlan => "the right to withdraw read from the implementation plan (Art. 8(1)(vi), 6(13))",
            Self::AlreadyEngagedFromRecord => "persons already engaged counted from the record's other components only",
            Self::StableConsentAtDecision => "stable host consent read from the Cabinet decision of 15 November 2016",
            Self::SizeFromMonthlyData => "size at a time from the IPI monthly data, assumed beyond the months it covers",
            Self::TaskReading => "the task is pko's reading of the role named in the source",
            Self::EarlierOfTwoMonths => "the source gives two possible first months; the earlier is used",
        })
    }
}

/// One component of a dispatch: who went, to do what, where and when.
///
/// # Example
///
/// ```
/// use pko_principles::history::RECORD;
/// use pko_principles::{ContingentKind, Task};
///
/// let police = RECORD.iter().find(|d| d.id() == "untac-police").unwrap();
/// assert_eq!(police.contingent(), ContingentKind::Police);
/// assert_eq!(police.tasks(), [Task::CivilianPolice]);
/// assert_eq!(police.first_month().to_string(), "1992-09");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dispatch {
    id: &'static str,
    mission: &'static str,
    host: &'static str,
    kind: OperationKind,
    contingent: ContingentKind,
    tasks: &'static [Task],
    weapons_use: &'static [WeaponsUse],
    size: Option<u32>,
    rotations: Option<u32>,
    total: Option<u32>,
    first_month: YearMonth,
    last_month: Option<YearMonth>,
    as_listed: &'static str,
    presumptions: &'static [Presumption],
    #[cfg_attr(feature = "serde", serde(skip))]
    source: &'static Source,
}

impl Dispatch {
    /// A short identifier (`untac-engineering`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].id(), "unavem-ii-election");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The mission's acronym (`UNTAC`, `MFO`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].mission(), "UNAVEM II");
    /// ```
    #[must_use]
    pub const fn mission(&self) -> &'static str {
        self.mission
    }

    /// Where (`Cambodia`, `Golan Heights`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].host(), "Angola");
    /// ```
    #[must_use]
    pub const fn host(&self) -> &'static str {
        self.host
    }

    /// The kind of operation.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::OperationKind;
    /// assert_eq!(pko_principles::history::RECORD[0].kind(), OperationKind::UnPeacekeeping);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> OperationKind {
        self.kind
    }

    /// Who went.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::ContingentKind;
    /// assert_eq!(pko_principles::history::RECORD[0].contingent(), ContingentKind::Civilians);
    /// ```
    #[must_use]
    pub const fn contingent(&self) -> ContingentKind {
        self.contingent
    }

    /// The tasks.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Task;
    /// assert_eq!(pko_principles::history::RECORD[0].tasks(), [Task::ElectionObservation]);
    /// ```
    #[must_use]
    pub const fn tasks(&self) -> &'static [Task] {
        self.tasks
    }

    /// The weapons authorities asked for beyond what the record leaves
    /// unsaid (only the 11th UNMISS rotation's, for kaketsuke-keigo).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::history::RECORD[0].weapons_use().is_empty());
    /// ```
    #[must_use]
    pub const fn weapons_use(&self) -> &'static [WeaponsUse] {
        self.weapons_use
    }

    /// Persons at a time, if the sources give it.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].size(), Some(3));
    /// ```
    #[must_use]
    pub const fn size(&self) -> Option<u32> {
        self.size
    }

    /// How many rotations, if the sources give it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let engineering = RECORD.iter().find(|d| d.id() == "untac-engineering").unwrap();
    /// assert_eq!(engineering.rotations(), Some(2));
    /// ```
    #[must_use]
    pub const fn rotations(&self) -> Option<u32> {
        self.rotations
    }

    /// Persons in total over the whole period: as the source gives it, or
    /// size × rotations.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let engineering = RECORD.iter().find(|d| d.id() == "untac-engineering").unwrap();
    /// assert_eq!(engineering.total(), Some(1_200));
    /// ```
    #[must_use]
    pub fn total(&self) -> Option<u32> {
        self.total.or_else(|| {
            self.size
                .zip(self.rotations)
                .and_then(|(s, r)| s.checked_mul(r))
        })
    }

    /// The first month.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].first_month().to_string(), "1992-09");
    /// ```
    #[must_use]
    pub const fn first_month(&self) -> YearMonth {
        self.first_month
    }

    /// The last month; `None` if the source lists it as ongoing.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].last_month().map(|m| m.to_string()).as_deref(), Some("1992-10"));
    /// ```
    #[must_use]
    pub const fn last_month(&self) -> Option<YearMonth> {
        self.last_month
    }

    /// The first day it is replayed on: the first day of its first month.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].first_day().to_string(), "1992-09-01");
    /// ```
    #[must_use]
    pub fn first_day(&self) -> NaiveDate {
        self.first_month.first_day()
    }

    /// The last day it is replayed on: the last day of its last month, or
    /// for an ongoing dispatch in the MOFA table [`RECORD_AS_OF`]; `None`
    /// for an ongoing dispatch the table does not list (the MFO).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].last_day().map(|d| d.to_string()).as_deref(), Some("1992-10-31"));
    /// ```
    #[must_use]
    pub fn last_day(&self) -> Option<NaiveDate> {
        match self.last_month {
            Some(m) => Some(m.last_day()),
            None if *self.source == MOFA_TABLE => Some(RECORD_AS_OF),
            None => None,
        }
    }

    /// Whether it was under way on `date` (by month).
    ///
    /// # Example
    ///
    /// ```
    /// let d = &pko_principles::history::RECORD[0];
    /// assert!(d.under_way_on(pko_core::date(1992, 10, 31)));
    /// ```
    #[must_use]
    pub fn under_way_on(&self, date: NaiveDate) -> bool {
        self.first_day() <= date && self.last_day().is_none_or(|last| date <= last)
    }

    /// The personnel as the source lists them (`8×2 ceasefire monitors`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].as_listed(), "3 election observers");
    /// ```
    #[must_use]
    pub const fn as_listed(&self) -> &'static str {
        self.as_listed
    }

    /// The government's findings the record states in place of facts.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::{Presumption, RECORD};
    /// assert!(RECORD[0].presumptions().contains(&Presumption::ConsentsAtDispatch));
    /// ```
    #[must_use]
    pub const fn presumptions(&self) -> &'static [Presumption] {
        self.presumptions
    }

    /// The source of the component.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].source().issuer(), "Ministry of Foreign Affairs of Japan");
    /// ```
    #[must_use]
    pub const fn source(&self) -> &'static Source {
        self.source
    }

    /// The component as the facts of a deployment, with the persons
    /// already engaged elsewhere: the record's facts, and the government's
    /// findings at dispatch for the rest (see [`Presumption`]).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// use pko_principles::Fact;
    ///
    /// let d = RECORD[0].deployment(0);
    /// assert_eq!(d.contingent.size, Fact::Known(3));
    /// assert_eq!(d.withdrawal_reserved, Fact::Known(true));
    /// ```
    #[must_use]
    pub fn deployment(&self, already_engaged: u32) -> Deployment {
        let peacekeeping = matches!(self.kind, UnPeacekeeping | InternationallyCoordinated);
        let parties = "the parties, as found at dispatch";
        let stable = self.presumptions.contains(&StableConsentAtDecision);
        Deployment {
            operation: Operation {
                kind: Fact::Known(self.kind),
                name: Some(format!("{} ({})", self.mission, self.as_listed)),
                mission: None,
                host_state: None,
                conflict: Fact::Known(ConflictSituation::CeasefireBased),
                host_is_party: Fact::Known(false),
            },
            parties: Fact::Known(if peacekeeping {
                vec![Party::new(
                    parties,
                    Fact::Known(Consent::GIVEN),
                    Fact::Known(Consent::GIVEN),
                )]
            } else {
                Vec::new()
            }),
            ceasefires: Fact::Known(if peacekeeping {
                vec![Ceasefire::new([parties], None, None)]
            } else {
                Vec::new()
            }),
            host_consent: HostConsent {
                to_operation: Fact::Known(Consent::GIVEN),
                to_japan: Fact::Known(Consent::GIVEN),
                stably_maintained: if stable {
                    Fact::Known(true)
                } else {
                    Fact::Unknown
                },
            },
            impartiality: Fact::Known(Impartiality::NoneReported),
            contingent: Contingent {
                kind: Fact::Known(self.contingent),
                size: self.size.into(),
                tasks: self.tasks.to_vec(),
                weapons_use: self.weapons_use.to_vec(),
            },
            withdrawal_reserved: Fact::Known(true),
            diet_approval: Fact::Unknown,
            already_engaged: Fact::Known(already_engaged),
        }
    }
}

use ContingentKind::{Civilians, Police, SdfIndividuals, SdfUnit};
use OperationKind::{InternationallyCoordinated, UnPeacekeeping};
use Presumption::{
    AlreadyEngagedFromRecord, Article3Met, ConsentsAtDispatch, EarlierOfTwoMonths,
    SizeFromMonthlyData, StableConsentAtDecision, TaskReading, WithdrawalUnderThePlan,
};

/// The presumptions every peacekeeping component rests on.
const FOUND: &[Presumption] = &[
    ConsentsAtDispatch,
    Article3Met,
    WithdrawalUnderThePlan,
    AlreadyEngagedFromRecord,
];
const FOUND_READING: &[Presumption] = &[
    ConsentsAtDispatch,
    Article3Met,
    WithdrawalUnderThePlan,
    AlreadyEngagedFromRecord,
    TaskReading,
];

/// The fields of a component that vary, in the order of the MOFA table.
#[derive(Clone, Copy)]
struct C {
    id: &'static str,
    mission: &'static str,
    host: &'static str,
    contingent: ContingentKind,
    tasks: &'static [Task],
    size: Option<u32>,
    rotations: Option<u32>,
    total: Option<u32>,
    first: YearMonth,
    last: Option<YearMonth>,
    as_listed: &'static str,
}

const fn un(c: C, presumptions: &'static [Presumption], source: &'static Source) -> Dispatch {
    Dispatch {
        id: c.id,
        mission: c.mission,
        host: c.host,
        kind: UnPeacekeeping,
        contingent: c.contingent,
        tasks: c.tasks,
        weapons_use: &[],
        size: c.size,
        rotations: c.rotations,
        total: c.total,
        first_month: c.first,
        last_month: c.last,
        as_listed: c.as_listed,
        presumptions,
        source,
    }
}

/// Japan's dispatches, component by component, oldest first.
///
/// # Example
///
/// ```
/// use pko_principles::history::RECORD;
/// use pko_principles::OperationKind;
///
/// let missions: std::collections::BTreeSet<_> = RECORD.iter()
///     .filter(|d| d.kind() == OperationKind::UnPeacekeeping)
///     .map(|d| d.mission())
///     .collect();
/// assert_eq!(missions.len(), 13);
/// ```
pub static RECORD: [Dispatch; 25] = [
    un(
        C {
            id: "unavem-ii-election",
            mission: "UNAVEM II",
            host: "Angola",
            contingent: Civilians,
            tasks: &[Task::ElectionObservation],
            size: Some(3),
            rotations: Some(1),
            total: None,
            first: month(1992, 9),
            last: Some(month(1992, 10)),
            as_listed: "3 election observers",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "untac-ceasefire-monitors",
            mission: "UNTAC",
            host: "Cambodia",
            contingent: SdfIndividuals,
            tasks: &[Task::CeasefireMonitoring],
            size: Some(8),
            rotations: Some(2),
            total: None,
            first: month(1992, 9),
            last: Some(month(1993, 9)),
            as_listed: "8×2 ceasefire monitors (SDF)",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "untac-engineering",
            mission: "UNTAC",
            host: "Cambodia",
            contingent: SdfUnit,
            tasks: &[Task::Engineering],
            size: Some(600),
            rotations: Some(2),
            total: None,
            first: month(1992, 9),
            last: Some(month(1993, 9)),
            as_listed: "engineering unit 600×2",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "untac-police",
            mission: "UNTAC",
            host: "Cambodia",
            contingent: Police,
            tasks: &[Task::CivilianPolice],
            size: Some(75),
            rotations: Some(1),
            total: None,
            first: month(1992, 9),
            last: Some(month(1993, 9)),
            as_listed: "75 civilian police",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "untac-election",
            mission: "UNTAC",
            host: "Cambodia",
            contingent: Civilians,
            tasks: &[Task::ElectionObservation],
            size: Some(41),
            rotations: Some(1),
            total: None,
            first: month(1992, 9),
            last: Some(month(1993, 9)),
            as_listed: "41 election staff",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "onumoz-staff",
            mission: "ONUMOZ",
            host: "Mozambique",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(5),
            rotations: Some(2),
            total: None,
            first: month(1993, 5),
            last: Some(month(1995, 1)),
            as_listed: "5×2 staff officers",
        },
        FOUND_READING,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "onumoz-movement-control",
            mission: "ONUMOZ",
            host: "Mozambique",
            contingent: SdfUnit,
            tasks: &[Task::Transport],
            size: Some(48),
            rotations: Some(3),
            total: None,
            first: month(1993, 5),
            last: Some(month(1995, 1)),
            as_listed: "movement-control units 48×3",
        },
        FOUND_READING,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "onumoz-election",
            mission: "ONUMOZ",
            host: "Mozambique",
            contingent: Civilians,
            tasks: &[Task::ElectionObservation],
            size: Some(15),
            rotations: Some(1),
            total: None,
            first: month(1993, 5),
            last: Some(month(1995, 1)),
            as_listed: "15 election observers",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "onusal-election",
            mission: "ONUSAL",
            host: "El Salvador",
            contingent: Civilians,
            tasks: &[Task::ElectionObservation],
            size: Some(15),
            rotations: Some(2),
            total: None,
            first: month(1994, 3),
            last: Some(month(1994, 4)),
            as_listed: "15×2 election observers",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "undof-hq-staff",
            mission: "UNDOF",
            host: "Golan Heights",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(3),
            rotations: Some(17),
            total: Some(38),
            first: month(1996, 2),
            last: Some(month(2013, 1)),
            as_listed: "HQ staff 2×13 and 3×4",
        },
        FOUND_READING,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "undof-transport",
            mission: "UNDOF",
            host: "Golan Heights",
            contingent: SdfUnit,
            tasks: &[Task::Transport],
            size: Some(44),
            rotations: Some(34),
            total: Some(1_463),
            first: month(1996, 2),
            last: Some(month(2013, 1)),
            as_listed: "transport unit 43×33 + 44×1 (about 1,500 in total, Ministry of Defense)",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unamet-police",
            mission: "UNAMET",
            host: "East Timor",
            contingent: Police,
            tasks: &[Task::CivilianPolice],
            size: Some(3),
            rotations: Some(1),
            total: None,
            first: month(1999, 7),
            last: Some(month(1999, 9)),
            as_listed: "3 civilian police",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "untaet-hq-staff",
            mission: "UNTAET",
            host: "East Timor",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(10),
            rotations: Some(1),
            total: None,
            first: month(2002, 2),
            last: Some(month(2002, 5)),
            as_listed: "10 HQ staff (Feb/Mar – May 2002)",
        },
        &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            TaskReading,
            EarlierOfTwoMonths,
        ],
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "untaet-engineering",
            mission: "UNTAET",
            host: "East Timor",
            contingent: SdfUnit,
            tasks: &[Task::Engineering],
            size: Some(680),
            rotations: Some(1),
            total: None,
            first: month(2002, 2),
            last: Some(month(2002, 5)),
            as_listed: "engineering 680 (Feb/Mar – May 2002)",
        },
        &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            EarlierOfTwoMonths,
        ],
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unmiset-engineering",
            mission: "UNMISET",
            host: "Timor-Leste",
            contingent: SdfUnit,
            tasks: &[Task::Engineering],
            size: Some(680),
            rotations: Some(3),
            total: Some(1_607),
            first: month(2002, 5),
            last: Some(month(2004, 6)),
            as_listed: "engineering 680 + 522 + 405 (continuing rotation)",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unmiset-hq-staff",
            mission: "UNMISET",
            host: "Timor-Leste",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(7),
            rotations: Some(1),
            total: None,
            first: month(2002, 5),
            last: Some(month(2004, 6)),
            as_listed: "HQ staff 7",
        },
        FOUND_READING,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unmit-police",
            mission: "UNMIT",
            host: "Timor-Leste",
            contingent: Police,
            tasks: &[Task::CivilianPolice],
            size: Some(2),
            rotations: Some(2),
            total: None,
            first: month(2007, 1),
            last: Some(month(2008, 2)),
            as_listed: "2×2 civilian police",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unmit-liaison",
            mission: "UNMIT",
            host: "Timor-Leste",
            contingent: SdfIndividuals,
            tasks: &[Task::MilitaryLiaison],
            size: Some(2),
            rotations: None,
            total: Some(8),
            first: month(2010, 9),
            last: Some(month(2012, 9)),
            as_listed: "2 military liaison officers at a time, 8 in total",
        },
        FOUND_READING,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unmin-observers",
            mission: "UNMIN",
            host: "Nepal",
            contingent: SdfIndividuals,
            tasks: &[Task::CeasefireMonitoring],
            size: Some(6),
            rotations: Some(4),
            total: None,
            first: month(2007, 3),
            last: Some(month(2011, 1)),
            as_listed: "6×4 military observers",
        },
        FOUND_READING,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unmis-hq-staff",
            mission: "UNMIS",
            host: "Sudan",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(2),
            rotations: Some(6),
            total: None,
            first: month(2008, 10),
            last: Some(month(2011, 9)),
            as_listed: "2×6 HQ staff officers",
        },
        FOUND_READING,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "minustah-engineering",
            mission: "MINUSTAH",
            host: "Haiti",
            contingent: SdfUnit,
            tasks: &[Task::Engineering],
            size: Some(350),
            rotations: None,
            total: Some(2_200),
            first: month(2010, 2),
            last: Some(month(2013, 2)),
            as_listed: "engineering unit, up to 350 at a time; about 2,200 in total with withdrawal support (Ministry of Defense)",
        },
        FOUND,
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unmiss-hq-staff",
            mission: "UNMISS",
            host: "South Sudan",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(2),
            rotations: None,
            total: None,
            first: month(2011, 11),
            last: None,
            as_listed: "HQ staff officers from Nov 2011 (ongoing)",
        },
        &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            TaskReading,
            SizeFromMonthlyData,
        ],
        &MOFA_TABLE,
    ),
    un(
        C {
            id: "unmiss-engineering",
            mission: "UNMISS",
            host: "South Sudan",
            contingent: SdfUnit,
            tasks: &[Task::Engineering],
            size: Some(287),
            rotations: Some(11),
            total: Some(3_854),
            first: month(2012, 1),
            last: Some(month(2016, 11)),
            as_listed: "engineering unit, 11 rotations, 3,854 in total (3,912 with the support centre), rotations 1-10",
        },
        &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            SizeFromMonthlyData,
        ],
        &MOFA_TABLE,
    ),
    Dispatch {
        id: "unmiss-engineering-2015-tasks",
        mission: "UNMISS",
        host: "South Sudan",
        kind: UnPeacekeeping,
        contingent: SdfUnit,
        tasks: &[
            Task::Engineering,
            Task::KaketsukeKeigo,
            Task::JointCampProtection,
        ],
        weapons_use: &[WeaponsUse::SelfPreservation, WeaponsUse::DutyExecution],
        size: Some(287),
        rotations: Some(1),
        total: None,
        first_month: month(2016, 11),
        last_month: Some(month(2017, 5)),
        as_listed: "11th engineering rotation, assigned kaketsuke-keigo and joint camp protection by the Cabinet decision of 15 Nov 2016",
        presumptions: &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            StableConsentAtDecision,
            SizeFromMonthlyData,
        ],
        source: &WHITE_PAPER_2019,
    },
    Dispatch {
        id: "mfo-hq-staff",
        mission: "MFO",
        host: "Sinai (Egypt)",
        kind: InternationallyCoordinated,
        contingent: SdfIndividuals,
        tasks: &[Task::HeadquartersStaff],
        weapons_use: &[],
        size: None,
        rotations: None,
        total: None,
        first_month: month(2019, 4),
        last_month: None,
        as_listed: "HQ staff from April 2019; the government stated that the five principles were checked",
        presumptions: &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            TaskReading,
        ],
        source: &PMO_2019,
    },
];

/// The replay of one component: its assessment on its first day and on its
/// last.
///
/// # Example
///
/// ```
/// use pko_principles::history;
/// use pko_principles::Verdict;
///
/// let r = &history::replay()?[0];
/// assert_eq!(r.first().verdict(), Verdict::Permitted);
/// assert_eq!(r.first().as_of().to_string(), "1992-09-01");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replay {
    dispatch: &'static Dispatch,
    first: Assessment,
    last: Option<Assessment>,
}

impl Replay {
    /// The component.
    ///
    /// # Example
    ///
    /// ```
    /// let r = &pko_principles::history::replay()?[0];
    /// assert_eq!(r.dispatch().mission(), "UNAVEM II");
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn dispatch(&self) -> &'static Dispatch {
        self.dispatch
    }

    /// The assessment on its first day.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Regime;
    /// let r = &pko_principles::history::replay()?[0];
    /// assert_eq!(r.first().regime(), Regime::Act1992);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn first(&self) -> &Assessment {
        &self.first
    }

    /// The assessment on its last day (`None` if that day is not known).
    ///
    /// # Example
    ///
    /// ```
    /// let r = &pko_principles::history::replay()?[0];
    /// assert_eq!(r.last().map(|a| a.as_of().to_string()).as_deref(), Some("1992-10-31"));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn last(&self) -> Option<&Assessment> {
        self.last.as_ref()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Replay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Day<'a> {
            date: NaiveDate,
            verdict: crate::Verdict,
            deciding_facts: &'a [crate::Decider],
        }
        #[derive(serde::Serialize)]
        struct View<'a> {
            dispatch: &'a Dispatch,
            first_day: Day<'a>,
            last_day: Option<Day<'a>>,
        }
        fn day(a: &Assessment) -> Day<'_> {
            Day {
                date: a.as_of(),
                verdict: a.verdict(),
                deciding_facts: a.deciding_facts(),
            }
        }
        View {
            dispatch: self.dispatch,
            first_day: day(&self.first),
            last_day: self.last.as_ref().map(day),
        }
        .serialize(serializer)
    }
}

/// The persons engaged on `date` in the record's components other than
/// `except` (sizes at a time; components of unknown size count nothing).
///
/// # Example
///
/// ```
/// use pko_principles::history::{self, RECORD};
///
/// let untac = RECORD.iter().find(|d| d.id() == "untac-engineering").unwrap();
/// let on = pko_core::date(1992, 9, 1);
/// // UNAVEM II's 3, and UNTAC's monitors, police and election staff.
/// assert_eq!(history::engaged_besides(untac, on), 3 + 8 + 75 + 41);
/// ```
#[must_use]
pub fn engaged_besides(except: &Dispatch, date: NaiveDate) -> u32 {
    RECORD
        .iter()
        .filter(|d| !std::ptr::eq(*d, except) && d.under_way_on(date))
        .filter_map(Dispatch::size)
        .fold(0, u32::saturating_add)
}

/// Assesses every component of [`RECORD`] on its first and last day, each
/// under the law of that day.
///
/// # Errors
///
/// None in practice: every day in the record is after the Act came into
/// force, and the facts are consistent. The `Result` carries
/// [`assess`]'s errors should that ever change.
///
/// # Example
///
/// ```
/// use pko_principles::{history, Verdict};
///
/// let replays = history::replay()?;
/// assert_eq!(replays.len(), history::RECORD.len());
/// assert!(replays.iter().all(|r| r.first().verdict() != Verdict::NotPermitted));
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn replay() -> Result<Vec<Replay>, Error> {
    RECORD
        .iter()
        .map(|dispatch| {
            let on = |date: NaiveDate| {
                assess(&dispatch.deployment(engaged_besides(dispatch, date)), date)
            };
            Ok(Replay {
                dispatch,
                first: on(dispatch.first_day())?,
                last: dispatch.last_day().map(on).transpose()?,
            })
        })
        .collect()
}
