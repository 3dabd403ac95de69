//! The table of sourced figures: those of the speech, by section, then
//! those beside it (IPI totals, budgets, a MOFA handout). One row per
//! [`FigureId`], in its order (checked when the crate is built), each with
//! its value, its date and its source.

use pko_core::{Locator, Percent, Reliability, Source, SourceKind, Usd, When};

use super::figure::Qualifier::{About, Exact, MoreThan, Nearly};
use super::figure::Quantity::{self, Count, Persons};
use super::figure::{Figure, FigureId};

/// A section of the speech.
const fn speech(section: &'static str) -> Source {
    Source::speech(Locator::section(section))
}

/// A day the source gives.
const fn day(y: i32, m: u32, d: u32) -> When {
    When::Day(pko_core::date(y, m, d))
}

/// A month the source gives without a day.
const fn month(y: u16, m: u8) -> When {
    When::Month(pko_core::month(y, m))
}

/// A percentage: the digits, and how many of them follow the point.
const fn pct(mantissa: i64, scale: u32) -> Quantity {
    Quantity::Percent(Percent::lit(mantissa, scale))
}

/// Whole US dollars.
const fn dollars(n: i64) -> Quantity {
    Quantity::Usd(Usd::from_dollars(n))
}

/// The IPI Peacekeeping Database's monthly totals (secondary).
const IPI: Source = Source::new(
    SourceKind::Research,
    "International Peace Institute",
    "IPI Peacekeeping Database, monthly mission totals",
    Some(pko_core::date(2015, 3, 31)),
    Reliability::Secondary,
);

/// Every figure, at the index of its [`FigureId`].
pub(super) static FIGURES: [Figure; FigureId::ALL.len()] = [
    // Section A.1
    Figure {
        id: FigureId::JapanPersonnelSince1992,
        what: "SDF and police personnel Japan deployed to UN PKO since 1992",
        qualifier: MoreThan,
        quantity: Persons(9_000),
        as_of: None,
        source: speech("A.1"),
    },
    Figure {
        id: FigureId::JapanMissionsSince1992,
        what: "UN PKO missions those personnel served in",
        qualifier: Exact,
        quantity: Count(13),
        as_of: None,
        source: speech("A.1"),
    },
    // Section A.2
    Figure {
        id: FigureId::JapanShare2000_2005,
        what: "Japan's share of the UN peacekeeping budget, 2000-2005",
        qualifier: Nearly,
        quantity: pct(196, 1),
        as_of: None,
        source: speech("A.2"),
    },
    Figure {
        id: FigureId::JapanShareNow,
        what: "Japan's share of the UN peacekeeping budget now",
        qualifier: Exact,
        quantity: pct(108, 1),
        as_of: Some(day(2015, 6, 15)),
        source: speech("A.2"),
    },
    Figure {
        id: FigureId::JapanContributionLastYear,
        what: "Japan's contribution to UN peace operations last year (2014)",
        qualifier: MoreThan,
        quantity: dollars(1_000_000_000),
        as_of: None,
        source: speech("A.2"),
    },
    // Section A.4
    Figure {
        id: FigureId::ProgrammeTrainedJapanese,
        what: "Japanese trained by the Program for Human Resources Development for Peacebuilding, 2007-2014",
        qualifier: Exact,
        quantity: Persons(164),
        as_of: None,
        source: speech("A.4"),
    },
    Figure {
        id: FigureId::ProgrammeTrainedForeigners,
        what: "foreigners trained by the same programme, 2007-2014",
        qualifier: Exact,
        quantity: Persons(138),
        as_of: None,
        source: speech("A.4"),
    },
    Figure {
        id: FigureId::SmlParticipants,
        what: "participants of the GPOI Senior Mission Leaders courses (Oct 2009, Sep 2011, Nov 2013)",
        qualifier: Exact,
        quantity: Persons(66),
        as_of: None,
        source: speech("A.4"),
    },
    Figure {
        id: FigureId::SmlCountries,
        what: "countries of the Asia-Pacific those participants came from",
        qualifier: Exact,
        quantity: Count(15),
        as_of: None,
        source: speech("A.4"),
    },
    Figure {
        id: FigureId::LecturersSdf,
        what: "SDF personnel sent as lecturers to PKO training centres",
        qualifier: About,
        quantity: Persons(20),
        as_of: None,
        source: speech("A.4"),
    },
    Figure {
        id: FigureId::LecturersCivilian,
        what: "civilians sent as lecturers to PKO training centres",
        qualifier: Exact,
        quantity: Persons(33),
        as_of: None,
        source: speech("A.4"),
    },
    Figure {
        id: FigureId::TrainingCentresSupport,
        what: "financial support to PKO training centres in Africa and Malaysia",
        qualifier: MoreThan,
        quantity: dollars(40_000_000),
        as_of: None,
        source: speech("A.4"),
    },
    Figure {
        id: FigureId::TrainingCentresAfrica,
        what: "PKO training centres in Africa supported",
        qualifier: Exact,
        quantity: Count(11),
        as_of: None,
        source: speech("A.4"),
    },
    // Section C
    Figure {
        id: FigureId::AmmunitionRounds,
        what: "rounds of 5.56-mm ammunition provided to the Republic of Korea's contingent in UNMISS, December 2013",
        qualifier: Exact,
        quantity: Count(10_000),
        as_of: None,
        source: speech("C"),
    },
    // Section D.2
    Figure {
        id: FigureId::ProgrammeJapanesePerYear,
        what: "Japanese trained each year by the peacebuilding programme",
        qualifier: Exact,
        quantity: Persons(15),
        as_of: None,
        source: speech("D.2"),
    },
    Figure {
        id: FigureId::ProgrammeForeignersPerYear,
        what: "non-Japanese trained each year by the peacebuilding programme",
        qualifier: Exact,
        quantity: Persons(15),
        as_of: None,
        source: speech("D.2"),
    },
    Figure {
        id: FigureId::ProgrammeYears,
        what: "years of the programme",
        qualifier: Exact,
        quantity: Count(7),
        as_of: None,
        source: speech("D.2"),
    },
    Figure {
        id: FigureId::ProgrammeAssigned,
        what: "persons assigned to UN and other international organisations",
        qualifier: Exact,
        quantity: Persons(85),
        as_of: None,
        source: speech("D.2"),
    },
    Figure {
        id: FigureId::ProgrammeDutyStations,
        what: "duty stations they were assigned to",
        qualifier: Exact,
        quantity: Count(43),
        as_of: None,
        source: speech("D.2"),
    },
    // Section E.2
    Figure {
        id: FigureId::UniformedTotal,
        what: "uniformed personnel in UN peace operations (PKO missions + 2 SPM)",
        qualifier: Exact,
        quantity: Persons(106_854),
        as_of: Some(day(2015, 3, 31)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::UniformedTroops,
        what: "troops",
        qualifier: Exact,
        quantity: Persons(91_932),
        as_of: Some(day(2015, 3, 31)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::UniformedPolice,
        what: "police personnel",
        qualifier: Exact,
        quantity: Persons(13_127),
        as_of: Some(day(2015, 3, 31)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::UniformedObservers,
        what: "military observers",
        qualifier: Exact,
        quantity: Persons(1_795),
        as_of: Some(day(2015, 3, 31)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::CivilianTotal,
        what: "civilian personnel (PKO missions only)",
        qualifier: Exact,
        quantity: Persons(17_092),
        as_of: Some(day(2014, 11, 30)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::CivilianInternational,
        what: "international civilian staff",
        qualifier: Exact,
        quantity: Persons(5_289),
        as_of: Some(day(2014, 11, 30)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::CivilianLocal,
        what: "local civilian staff",
        qualifier: Exact,
        quantity: Persons(11_803),
        as_of: Some(day(2014, 11, 30)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::UnVolunteers,
        what: "UN volunteers",
        qualifier: Exact,
        quantity: Persons(1_800),
        as_of: Some(day(2014, 12, 31)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::JapaneseCivilians,
        what: "Japanese civilian personnel (PKO missions only)",
        qualifier: Exact,
        quantity: Persons(13),
        as_of: Some(day(2013, 12, 31)),
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::JapanContribution2014_15,
        what: "Japan's contribution, 1 July 2014 - 30 June 2015",
        qualifier: MoreThan,
        quantity: dollars(800_000_000),
        as_of: None,
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::JapanShare2014_15,
        what: "Japan's share of the total, 1 July 2014 - 30 June 2015",
        qualifier: Exact,
        quantity: pct(10, 0),
        as_of: None,
        source: speech("E.2"),
    },
    Figure {
        id: FigureId::Budget2014_15,
        what: "total financial resources approved, 1 July 2014 - 30 June 2015",
        qualifier: About,
        quantity: dollars(8_470_000_000),
        as_of: None,
        source: speech("E.2"),
    },
    // Beyond the speech
    Figure {
        id: FigureId::IpiTroops2015_03,
        what: "troops (IPI monthly mission totals)",
        qualifier: Exact,
        quantity: Persons(91_932),
        as_of: Some(day(2015, 3, 31)),
        source: IPI,
    },
    Figure {
        id: FigureId::IpiPolice2015_03,
        what: "police (IPI monthly mission totals)",
        qualifier: Exact,
        quantity: Persons(13_126),
        as_of: Some(day(2015, 3, 31)),
        source: IPI,
    },
    Figure {
        id: FigureId::IpiExperts2015_03,
        what: "experts on mission (IPI monthly mission totals)",
        qualifier: Exact,
        quantity: Persons(1_796),
        as_of: Some(day(2015, 3, 31)),
        source: IPI,
    },
    Figure {
        id: FigureId::IpiTotal2015_03,
        what: "uniformed personnel (IPI monthly mission totals)",
        qualifier: Exact,
        quantity: Persons(106_854),
        as_of: Some(day(2015, 3, 31)),
        source: IPI,
    },
    Figure {
        id: FigureId::MofaJapanPersonnel,
        what: "SDF and police personnel Japan deployed (MOFA handout of about 2013)",
        qualifier: About,
        quantity: Persons(9_300),
        as_of: None,
        source: Source::new(
            SourceKind::Government,
            "Ministry of Foreign Affairs of Japan",
            "handout on Japan's PKO contributions (about 2013), secondary copy",
            None,
            Reliability::Secondary,
        ),
    },
    Figure {
        id: FigureId::Budget2013_14,
        what: "approved peacekeeping budget, 1 July 2013 - 30 June 2014",
        qualifier: About,
        quantity: dollars(7_780_000_000),
        as_of: None,
        source: Source::new(
            SourceKind::UnitedNations,
            "United Nations",
            "Peacekeeping fact sheet",
            None,
            Reliability::Primary,
        ),
    },
    Figure {
        id: FigureId::Budget2014_15ApprovedJuly2014,
        what: "peacekeeping budget approved in July 2014 for 2014/15, three missions funded for half a year only",
        qualifier: About,
        quantity: dollars(7_056_000_000),
        as_of: Some(month(2014, 7)),
        source: Source::new(
            SourceKind::Government,
            "Permanent Mission of Japan to the United Nations",
            "statement on the 2014/15 peacekeeping budget",
            None,
            Reliability::Primary,
        ),
    },
    Figure {
        id: FigureId::Budget2014_15Final,
        what: "final peacekeeping budget total for 2014/15, estimated",
        qualifier: About,
        quantity: dollars(8_500_000_000),
        as_of: None,
        source: Source::new(
            SourceKind::Government,
            "Permanent Mission of France to the United Nations",
            "statement on peacekeeping budgets",
            None,
            Reliability::Primary,
        ),
    },
    Figure {
        id: FigureId::Budget2015_16,
        what: "approved peacekeeping budget, 2015/16",
        qualifier: Exact,
        quantity: dollars(8_260_000_000),
        as_of: None,
        source: Source::new(
            SourceKind::UnitedNations,
            "United Nations",
            "Press release GA/AB/4160",
            None,
            Reliability::Primary,
        ),
    },
];

// Each row sits at the index of its id, where `figure(id)` reads it.
const _: () = {
    let mut rest: &[Figure] = &FIGURES;
    let mut index = 0;
    while let [first, tail @ ..] = rest {
        assert!(
            first.id().index() == index,
            "FIGURES is not in FigureId's order"
        );
        rest = tail;
        index += 1;
    }
};
