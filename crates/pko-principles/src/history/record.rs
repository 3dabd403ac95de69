//! The record of Japan's dispatches, as data a reviewer of sources can
//! read alone: every component, each figure with its source, and the
//! presumptions that stand in for facts the sources do not give.
//!
//! How to read a component:
//!
//! - **period**: months, as the sources give them; a day only where a
//!   source gives one (the Cabinet decisions of 15 November 2016 and 2
//!   April 2019). Where the MOFA table has one row for a mission with
//!   several components, each component is given the row's period
//!   ([`Presumption::MissionPeriod`]);
//! - **size**: persons at a time, from the main source unless
//!   `size_source` names another; **total**: persons over the whole
//!   period, likewise with `total_source`, marked where the source says
//!   "about";
//! - **host**: the ISO 3166 code of the host state; where the source names
//!   a place, pko's reading of it ([`Presumption::HostReading`]): the Golan
//!   Heights as the Syrian Arab Republic, East Timor as Timor-Leste, Sinai
//!   as Egypt.

use chrono::NaiveDate;
use pko_core::{
    CountryCode, Locator, MissionCode, Reliability, Source, SourceKind, YearMonth, date, month,
};

use super::model::{Dispatch, Presumption};
use crate::facts::{ContingentKind, OperationKind, Task, WeaponsUse};

/// The MOFA table of Japan's deployments to UN peacekeeping.
pub static MOFA_TABLE: Source = Source::new(
    SourceKind::Government,
    "Ministry of Foreign Affairs of Japan",
    "Japan's deployments to UN peacekeeping operations under the International Peace Cooperation Act (table)",
    Some(date(2024, 2, 27)),
    Reliability::Primary,
);

/// The Ministry of Defense's pages: UNDOF about 1,500 in total; MINUSTAH
/// about 2,200 in total, withdrawal support included; the MFO HQ staff
/// from April 2019.
pub static MOD_PAGES: Source = Source::new(
    SourceKind::Government,
    "Ministry of Defense of Japan",
    "International peace cooperation activities (pages on UNDOF, MINUSTAH and the MFO)",
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
/// principles checked for the MFO), held before the dispatch.
pub static PMO_2019: Source = Source::new(
    SourceKind::Government,
    "Prime Minister's Office of Japan",
    "Press conference of 28 February 2019 on the dispatch to the Multinational Force and Observers",
    Some(date(2019, 2, 28)),
    Reliability::Primary,
);

/// The Cabinet Office's page on the Sinai dispatch: the Cabinet decision
/// of 2 April 2019, the first internationally coordinated operation.
pub static CAO_SINAI: Source = Source::new(
    SourceKind::Government,
    "Cabinet Office, International Peace Cooperation Headquarters",
    "The dispatch of SDF officers to the Multinational Force and Observers in the Sinai Peninsula (Cabinet decision of 2 April 2019)",
    Some(date(2019, 4, 2)),
    Reliability::Primary,
);

/// The International Peace Institute's monthly contributions data, JPN
/// rows for UNMISS: December 2011, 2 troops (before the engineering unit
/// arrived); at most 287 from January 2012 to February 2014, the data's
/// last month, staff officers included (the UN counts them among troops).
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
pub const RECORD_AS_OF: NaiveDate = date(2024, 2, 27);

use ContingentKind::{Civilians, Police, SdfIndividuals, SdfUnit};
use OperationKind::{InternationallyCoordinated, UnPeacekeeping};
use Presumption::{
    AlreadyEngagedFromRecord, Article3Met, ConsentsAtDispatch, EarlierOfTwoMonths,
    ElectionObserversAsCivilians, HostReading, MissionPeriod, SizeFromMonthlyData,
    StableConsentAtDecision, TaskReading, WithdrawalUnderThePlan,
};

/// The fields of a MOFA-table component that vary, in the table's order.
#[derive(Clone, Copy)]
struct C {
    id: &'static str,
    mission: &'static str,
    host: &'static str,
    place: &'static str,
    contingent: ContingentKind,
    tasks: &'static [Task],
    size: Option<u32>,
    rotations: Option<u32>,
    total: Option<u32>,
    first: YearMonth,
    last: Option<YearMonth>,
    as_listed: &'static str,
}

/// The fields that only some components have.
#[derive(Clone, Copy)]
struct X {
    size_source: Option<&'static Source>,
    size_includes: &'static [&'static str],
    total_is_approximate: bool,
    total_source: Option<&'static Source>,
    total_includes: &'static [&'static str],
    ongoing_as_of: Option<NaiveDate>,
}

impl X {
    const NONE: Self = Self {
        size_source: None,
        size_includes: &[],
        total_is_approximate: false,
        total_source: None,
        total_includes: &[],
        ongoing_as_of: None,
    };
}

/// A component of a UN peacekeeping operation in the MOFA table.
const fn un(c: C, presumptions: &'static [Presumption]) -> Dispatch {
    un_with(c, presumptions, X::NONE)
}

/// A component with fields that only some have.
const fn un_with(c: C, presumptions: &'static [Presumption], x: X) -> Dispatch {
    Dispatch {
        id: c.id,
        mission: MissionCode::lit(c.mission),
        host: CountryCode::lit(c.host),
        place: c.place,
        kind: UnPeacekeeping,
        contingent: c.contingent,
        tasks: c.tasks,
        weapons_use: &[],
        size: c.size,
        size_includes: x.size_includes,
        rotations: c.rotations,
        total: c.total,
        total_is_approximate: x.total_is_approximate,
        total_includes: x.total_includes,
        first_month: c.first,
        first_day: None,
        last_month: c.last,
        as_listed: c.as_listed,
        presumptions,
        source: &MOFA_TABLE,
        more_sources: &[],
        ongoing_as_of: x.ongoing_as_of,
        size_source: x.size_source,
        total_source: x.total_source,
    }
}

/// The presumptions every peacekeeping component rests on.
const FOUND: &[Presumption] = &[
    ConsentsAtDispatch,
    Article3Met,
    WithdrawalUnderThePlan,
    AlreadyEngagedFromRecord,
];
/// The same, for a component that shares its mission's period.
const FOUND_SHARED: &[Presumption] = &[
    ConsentsAtDispatch,
    Article3Met,
    WithdrawalUnderThePlan,
    AlreadyEngagedFromRecord,
    MissionPeriod,
];
/// The same, for election observers.
const ELECTION: &[Presumption] = &[
    ConsentsAtDispatch,
    Article3Met,
    WithdrawalUnderThePlan,
    AlreadyEngagedFromRecord,
    ElectionObserversAsCivilians,
];
/// The same, for election observers who share their mission's period.
const ELECTION_SHARED: &[Presumption] = &[
    ConsentsAtDispatch,
    Article3Met,
    WithdrawalUnderThePlan,
    AlreadyEngagedFromRecord,
    ElectionObserversAsCivilians,
    MissionPeriod,
];
/// The same, for a role pko reads as a task.
const FOUND_READING: &[Presumption] = &[
    ConsentsAtDispatch,
    Article3Met,
    WithdrawalUnderThePlan,
    AlreadyEngagedFromRecord,
    TaskReading,
];
/// The same, sharing the mission's period.
const FOUND_READING_SHARED: &[Presumption] = &[
    ConsentsAtDispatch,
    Article3Met,
    WithdrawalUnderThePlan,
    AlreadyEngagedFromRecord,
    TaskReading,
    MissionPeriod,
];

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
///     .map(|d| d.mission().as_str())
///     .collect();
/// assert_eq!(missions.len(), 13);
/// ```
pub static RECORD: [Dispatch; 25] = [
    un(
        C {
            id: "unavem-ii-election",
            mission: "UNAVEM II",
            host: "AGO",
            place: "Angola",
            contingent: Civilians,
            tasks: &[Task::ElectionObservation],
            size: Some(3),
            rotations: Some(1),
            total: None,
            first: month(1992, 9),
            last: Some(month(1992, 10)),
            as_listed: "3 election observers",
        },
        ELECTION,
    ),
    un(
        C {
            id: "untac-ceasefire-monitors",
            mission: "UNTAC",
            host: "KHM",
            place: "Cambodia",
            contingent: SdfIndividuals,
            tasks: &[Task::CeasefireMonitoring],
            size: Some(8),
            rotations: Some(2),
            total: None,
            first: month(1992, 9),
            last: Some(month(1993, 9)),
            as_listed: "8×2 ceasefire monitors (SDF)",
        },
        FOUND_SHARED,
    ),
    un(
        C {
            id: "untac-engineering",
            mission: "UNTAC",
            host: "KHM",
            place: "Cambodia",
            contingent: SdfUnit,
            tasks: &[Task::Engineering],
            size: Some(600),
            rotations: Some(2),
            total: None,
            first: month(1992, 9),
            last: Some(month(1993, 9)),
            as_listed: "engineering unit 600×2",
        },
        FOUND_SHARED,
    ),
    un(
        C {
            id: "untac-police",
            mission: "UNTAC",
            host: "KHM",
            place: "Cambodia",
            contingent: Police,
            tasks: &[Task::CivilianPolice],
            size: Some(75),
            rotations: Some(1),
            total: None,
            first: month(1992, 9),
            last: Some(month(1993, 9)),
            as_listed: "75 civilian police",
        },
        FOUND_SHARED,
    ),
    un(
        C {
            id: "untac-election",
            mission: "UNTAC",
            host: "KHM",
            place: "Cambodia",
            contingent: Civilians,
            tasks: &[Task::ElectionObservation],
            size: Some(41),
            rotations: Some(1),
            total: None,
            first: month(1992, 9),
            last: Some(month(1993, 9)),
            as_listed: "41 election staff",
        },
        ELECTION_SHARED,
    ),
    un(
        C {
            id: "onumoz-staff",
            mission: "ONUMOZ",
            host: "MOZ",
            place: "Mozambique",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(5),
            rotations: Some(2),
            total: None,
            first: month(1993, 5),
            last: Some(month(1995, 1)),
            as_listed: "5×2 staff officers",
        },
        FOUND_READING_SHARED,
    ),
    un(
        C {
            id: "onumoz-movement-control",
            mission: "ONUMOZ",
            host: "MOZ",
            place: "Mozambique",
            contingent: SdfUnit,
            tasks: &[Task::Transport],
            size: Some(48),
            rotations: Some(3),
            total: None,
            first: month(1993, 5),
            last: Some(month(1995, 1)),
            as_listed: "movement-control units 48×3",
        },
        FOUND_READING_SHARED,
    ),
    un(
        C {
            id: "onumoz-election",
            mission: "ONUMOZ",
            host: "MOZ",
            place: "Mozambique",
            contingent: Civilians,
            tasks: &[Task::ElectionObservation],
            size: Some(15),
            rotations: Some(1),
            total: None,
            first: month(1993, 5),
            last: Some(month(1995, 1)),
            as_listed: "15 election observers",
        },
        ELECTION_SHARED,
    ),
    un(
        C {
            id: "onusal-election",
            mission: "ONUSAL",
            host: "SLV",
            place: "El Salvador",
            contingent: Civilians,
            tasks: &[Task::ElectionObservation],
            size: Some(15),
            rotations: Some(2),
            total: None,
            first: month(1994, 3),
            last: Some(month(1994, 4)),
            as_listed: "15×2 election observers",
        },
        ELECTION,
    ),
    un(
        C {
            id: "undof-hq-staff",
            mission: "UNDOF",
            host: "SYR",
            place: "Golan Heights",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(3),
            rotations: Some(17),
            total: Some(38),
            first: month(1996, 2),
            last: Some(month(2013, 1)),
            as_listed: "HQ staff 2×13 and 3×4",
        },
        &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            TaskReading,
            MissionPeriod,
            HostReading,
        ],
    ),
    un(
        C {
            id: "undof-transport",
            mission: "UNDOF",
            host: "SYR",
            place: "Golan Heights",
            contingent: SdfUnit,
            tasks: &[Task::Transport],
            size: Some(44),
            rotations: Some(34),
            total: Some(1_463),
            first: month(1996, 2),
            last: Some(month(2013, 1)),
            as_listed: "transport unit 43×33 + 44×1 (about 1,500 in total, Ministry of Defense)",
        },
        &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            MissionPeriod,
            HostReading,
        ],
    ),
    un(
        C {
            id: "unamet-police",
            mission: "UNAMET",
            host: "TLS",
            place: "East Timor",
            contingent: Police,
            tasks: &[Task::CivilianPolice],
            size: Some(3),
            rotations: Some(1),
            total: None,
            first: month(1999, 7),
            last: Some(month(1999, 9)),
            as_listed: "3 civilian police",
        },
        &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            HostReading,
        ],
    ),
    un(
        C {
            id: "untaet-hq-staff",
            mission: "UNTAET",
            host: "TLS",
            place: "East Timor",
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
            MissionPeriod,
            HostReading,
        ],
    ),
    un(
        C {
            id: "untaet-engineering",
            mission: "UNTAET",
            host: "TLS",
            place: "East Timor",
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
            MissionPeriod,
            HostReading,
        ],
    ),
    un(
        C {
            id: "unmiset-engineering",
            mission: "UNMISET",
            host: "TLS",
            place: "Timor-Leste",
            contingent: SdfUnit,
            tasks: &[Task::Engineering],
            size: Some(680),
            rotations: Some(3),
            total: Some(1_607),
            first: month(2002, 5),
            last: Some(month(2004, 6)),
            as_listed: "engineering 680 + 522 + 405 (continuing rotation)",
        },
        FOUND_SHARED,
    ),
    un(
        C {
            id: "unmiset-hq-staff",
            mission: "UNMISET",
            host: "TLS",
            place: "Timor-Leste",
            contingent: SdfIndividuals,
            tasks: &[Task::HeadquartersStaff],
            size: Some(7),
            rotations: Some(1),
            total: None,
            first: month(2002, 5),
            last: Some(month(2004, 6)),
            as_listed: "HQ staff 7",
        },
        FOUND_READING_SHARED,
    ),
    un(
        C {
            id: "unmit-police",
            mission: "UNMIT",
            host: "TLS",
            place: "Timor-Leste",
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
    ),
    un(
        C {
            id: "unmit-liaison",
            mission: "UNMIT",
            host: "TLS",
            place: "Timor-Leste",
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
    ),
    un(
        C {
            id: "unmin-observers",
            mission: "UNMIN",
            host: "NPL",
            place: "Nepal",
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
    ),
    un(
        C {
            id: "unmis-hq-staff",
            mission: "UNMIS",
            host: "SDN",
            place: "Sudan",
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
    ),
    un_with(
        C {
            id: "minustah-engineering",
            mission: "MINUSTAH",
            host: "HTI",
            place: "Haiti",
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
        X {
            total_is_approximate: true,
            total_source: Some(&MOD_PAGES),
            ..X::NONE
        },
    ),
    un_with(
        C {
            id: "unmiss-hq-staff",
            mission: "UNMISS",
            host: "SSD",
            place: "South Sudan",
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
        X {
            size_source: Some(&IPI_JPN_UNMISS),
            ongoing_as_of: Some(RECORD_AS_OF),
            ..X::NONE
        },
    ),
    un_with(
        C {
            id: "unmiss-engineering",
            mission: "UNMISS",
            host: "SSD",
            place: "South Sudan",
            contingent: SdfUnit,
            tasks: &[Task::Engineering],
            size: Some(287),
            rotations: Some(10),
            total: Some(3_854),
            first: month(2012, 1),
            last: Some(month(2016, 11)),
            as_listed: "engineering unit, rotations 1 to 10 (of 11 rotations, 3,854 in total, the 11th included; 3,912 with the support centre)",
        },
        &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            SizeFromMonthlyData,
        ],
        X {
            size_source: Some(&IPI_JPN_UNMISS),
            size_includes: &["unmiss-hq-staff"],
            total_includes: &["unmiss-engineering-2015-tasks"],
            ..X::NONE
        },
    ),
    Dispatch {
        id: "unmiss-engineering-2015-tasks",
        mission: MissionCode::lit("UNMISS"),
        host: CountryCode::lit("SSD"),
        place: "South Sudan",
        kind: UnPeacekeeping,
        contingent: SdfUnit,
        tasks: &[Task::Engineering, Task::KaketsukeKeigo],
        weapons_use: &[
            WeaponsUse::SelfPreservation,
            WeaponsUse::DutyExecution,
            WeaponsUse::JointCampProtection,
        ],
        size: Some(287),
        size_includes: &["unmiss-hq-staff"],
        rotations: Some(1),
        total: None,
        total_is_approximate: false,
        total_includes: &[],
        first_month: month(2016, 11),
        first_day: Some(date(2016, 11, 15)),
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
        more_sources: &[&MOFA_TABLE],
        ongoing_as_of: None,
        size_source: Some(&IPI_JPN_UNMISS),
        total_source: None,
    },
    Dispatch {
        id: "mfo-hq-staff",
        mission: MissionCode::lit("MFO"),
        host: CountryCode::lit("EGY"),
        place: "Sinai",
        kind: InternationallyCoordinated,
        contingent: SdfIndividuals,
        tasks: &[Task::HeadquartersStaff],
        weapons_use: &[],
        size: None,
        size_includes: &[],
        rotations: None,
        total: None,
        total_is_approximate: false,
        total_includes: &[],
        first_month: month(2019, 4),
        first_day: Some(date(2019, 4, 2)),
        last_month: None,
        as_listed: "HQ staff from April 2019 (Cabinet decision of 2 April 2019); the government stated that the five principles were checked",
        presumptions: &[
            ConsentsAtDispatch,
            Article3Met,
            WithdrawalUnderThePlan,
            AlreadyEngagedFromRecord,
            HostReading,
        ],
        source: &CAO_SINAI,
        more_sources: &[&MOD_PAGES, &PMO_2019],
        ongoing_as_of: None,
        size_source: None,
        total_source: None,
    },
];
