//! The table of checks: one row per [`CheckId`], each with the claim, what
//! it is computed from, the precisions compared and the sources beyond the
//! figures it names.
//!
//! Every lookup a row makes (a figure read as a count or an amount, a
//! country in an annex) is made once when the crate is built: a row that
//! names a figure of another kind, or a country an annex lacks, fails the
//! build, so the engine's lookups cannot miss.

use pko_core::{CountryCode, Percent, Source, SourceKind, Usd};

use super::precision::{
    EXACT, PERCENT_1DP, PERCENT_2DP, PERCENT_3DP, PERCENT_WHOLE, Precision, RATIO_2DP, RATIO_3DP,
    USD_1M, USD_10M, USD_100M, USD_CENT, dec,
};
use crate::speech::{
    Entry, FigureId, Qualifier, Quantity, annex_1_entries, annex_2, figure, same_country,
};

/// The identifier of a row of the audit's table of checks, written in
/// `Display`, `FromStr` and JSON as its kebab-case name (`uniformed-sum`).
///
/// A row gives one [`AuditFinding`](super::AuditFinding), or one per
/// country or year; the finding's [`id`](super::AuditFinding::id) then
/// adds it (`annex-1-vs-rb:JPN`). Apart from [`FigureId`]: a check compares
/// figures, it is not one.
///
/// # Example
///
/// ```
/// use pko_contributions::audit::CheckId;
///
/// let id: CheckId = "uniformed-sum".parse()?;
/// assert_eq!(id, CheckId::UniformedSum);
/// assert_eq!(id.to_string(), "uniformed-sum");
/// assert!("uniformed-total".parse::<CheckId>().is_err());
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum CheckId {
    /// `uniformed-sum`.
    UniformedSum,
    /// `civilian-sum`.
    CivilianSum,
    /// `japan-personnel-vs-mofa`.
    JapanPersonnelVsMofa,
    /// `japan-second-largest`.
    JapanSecondLargest,
    /// `japan-share-2000-2005`.
    JapanShare2000_2005,
    /// `japan-share-now`.
    JapanShareNow,
    /// `japan-contribution-last-year`.
    JapanContributionLastYear,
    /// `programme-japanese`.
    ProgrammeJapanese,
    /// `programme-foreigners`.
    ProgrammeForeigners,
    /// `east-asia-members`.
    EastAsiaMembers,
    /// `uniformed-troops-vs-ipi`.
    UniformedTroopsVsIpi,
    /// `uniformed-police-vs-ipi`.
    UniformedPoliceVsIpi,
    /// `uniformed-observers-vs-ipi`.
    UniformedObserversVsIpi,
    /// `uniformed-total-vs-ipi`.
    UniformedTotalVsIpi,
    /// `japan-contribution-2014-15`.
    JapanContribution2014_15,
    /// `japan-share-2014-15`.
    JapanShare2014_15,
    /// `budget-2014-15-vs-final`.
    Budget2014_15VsFinal,
    /// `budget-2014-15-vs-approved`.
    Budget2014_15VsApproved,
    /// `annex-1-count`.
    Annex1Count,
    /// `annex-1-order`.
    Annex1Order,
    /// `annex-1-vs-rb`.
    Annex1VsRb,
    /// `annex-2-order`.
    Annex2Order,
    /// `annex-2-ranks`.
    Annex2Ranks,
    /// `annex-2-china`.
    Annex2China,
}

impl CheckId {
    /// Every check, in the order of the table (the order of the speech).
    pub const ALL: &'static [Self] = &[
        Self::UniformedSum,
        Self::CivilianSum,
        Self::JapanPersonnelVsMofa,
        Self::JapanSecondLargest,
        Self::JapanShare2000_2005,
        Self::JapanShareNow,
        Self::JapanContributionLastYear,
        Self::ProgrammeJapanese,
        Self::ProgrammeForeigners,
        Self::EastAsiaMembers,
        Self::UniformedTroopsVsIpi,
        Self::UniformedPoliceVsIpi,
        Self::UniformedObserversVsIpi,
        Self::UniformedTotalVsIpi,
        Self::JapanContribution2014_15,
        Self::JapanShare2014_15,
        Self::Budget2014_15VsFinal,
        Self::Budget2014_15VsApproved,
        Self::Annex1Count,
        Self::Annex1Order,
        Self::Annex1VsRb,
        Self::Annex2Order,
        Self::Annex2Ranks,
        Self::Annex2China,
    ];

    /// The kebab-case name.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::audit::CheckId;
    /// assert_eq!(CheckId::Annex1VsRb.as_str(), "annex-1-vs-rb");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::UniformedSum => "uniformed-sum",
            Self::CivilianSum => "civilian-sum",
            Self::JapanPersonnelVsMofa => "japan-personnel-vs-mofa",
            Self::JapanSecondLargest => "japan-second-largest",
            Self::JapanShare2000_2005 => "japan-share-2000-2005",
            Self::JapanShareNow => "japan-share-now",
            Self::JapanContributionLastYear => "japan-contribution-last-year",
            Self::ProgrammeJapanese => "programme-japanese",
            Self::ProgrammeForeigners => "programme-foreigners",
            Self::EastAsiaMembers => "east-asia-members",
            Self::UniformedTroopsVsIpi => "uniformed-troops-vs-ipi",
            Self::UniformedPoliceVsIpi => "uniformed-police-vs-ipi",
            Self::UniformedObserversVsIpi => "uniformed-observers-vs-ipi",
            Self::UniformedTotalVsIpi => "uniformed-total-vs-ipi",
            Self::JapanContribution2014_15 => "japan-contribution-2014-15",
            Self::JapanShare2014_15 => "japan-share-2014-15",
            Self::Budget2014_15VsFinal => "budget-2014-15-vs-final",
            Self::Budget2014_15VsApproved => "budget-2014-15-vs-approved",
            Self::Annex1Count => "annex-1-count",
            Self::Annex1Order => "annex-1-order",
            Self::Annex1VsRb => "annex-1-vs-rb",
            Self::Annex2Order => "annex-2-order",
            Self::Annex2Ranks => "annex-2-ranks",
            Self::Annex2China => "annex-2-china",
        }
    }
}

by_name!(
    CheckId,
    "CheckId",
    "The id of a row of the audit's table of checks.",
    UnknownCheckId
);

/// What a check claims: a figure of the speech, or a statement the check
/// spells out (a title, an ordering).
#[derive(Debug, Clone, Copy)]
pub(super) enum Claimed {
    Figure(FigureId),
    Stated(Qualifier, Quantity),
    /// A country's rank in Annex 2.
    Annex2Rank(CountryCode),
}

/// What a check computes the claim against.
#[derive(Debug, Clone, Copy)]
pub(super) enum Basis {
    /// The sum of figures.
    Sum(&'static [FigureId]),
    /// The product of two figures (per year × years).
    Product(FigureId, FigureId),
    /// Another figure.
    Figure(FigureId),
    /// A value given by the check's extra source.
    Given(Quantity),
    /// How many entries Annex 1 lists.
    Annex1Count,
    /// 1 if Annex 1 is ordered by rate, else 0.
    Annex1Ordered,
    /// 1 if Annex 2 is ordered by personnel, else 0.
    Annex2Ordered,
    /// The first rank Annex 2 skips, 0 if none.
    Annex2FirstGap,
    /// A country's Annex 1 rate.
    Annex1Rate(CountryCode),
    /// A country's rank in Annex 1.
    Annex1Rank(CountryCode),
    /// A country's Annex 1 rate of a budget figure, to the cent.
    Annex1Share(CountryCode, FigureId),
    /// A country's Annex 1 rate of a calendar year's part of two budget
    /// years (July to June): `months` months of the first, the rest of the
    /// second, to the cent.
    CalendarYearShare {
        country: CountryCode,
        first: FigureId,
        second: FigureId,
        months_of_first: u32,
    },
    /// A country's regular-budget rate, one finding per year.
    RegularBudgetYears {
        country: CountryCode,
        first: u16,
        last: u16,
    },
    /// Annex 1's rates against a regular-budget column, one finding per
    /// entry: the same rate for members below level A, a ratio for the five
    /// permanent members.
    Annex1AgainstRegularBudget { label: u16, permanent: bool },
}

/// One row of the table of checks.
#[derive(Debug, Clone, Copy)]
pub(super) struct Check {
    pub(super) id: CheckId,
    pub(super) claim: &'static str,
    pub(super) claimed: Claimed,
    pub(super) basis: Basis,
    /// The precisions of the claim and of the computed value.
    pub(super) precision: (Precision, Precision),
    pub(super) note: &'static str,
    /// Sources beyond the figures the check names.
    pub(super) sources: &'static [Source],
}

const SPEECH_A2: Source = Source::speech(pko_core::Locator::section("A.2"));
const SPEECH_D2: Source = Source::speech(pko_core::Locator::section("D.2"));
const SPEECH_E1: Source = Source::speech(pko_core::Locator::section("E.1"));
const SPEECH_F: Source = Source::speech(pko_core::Locator::section("F"));
const UN_MONTHLY_2015: Source = Source::new(
    SourceKind::UnitedNations,
    "United Nations",
    "monthly ranking of military and police contributions, February and April 2015",
    None,
    pko_core::Reliability::Primary,
);
/// GA resolution 55/235: the levels of the peacekeeping scale; a level-B
/// member (Japan) pays its regular-budget rate without discount.
const RES_55_235: Source = Source::new(
    SourceKind::UnitedNations,
    "UN General Assembly",
    "Resolution 55/235, scale of assessments for the apportionment of the expenses of UN peacekeeping operations (levels A-J)",
    None,
    pko_core::Reliability::Primary,
);

/// The five permanent members of the Security Council (UN Charter, Art.
/// 23): their peacekeeping rates carry a premium over their regular-budget
/// rates (level A).
pub(super) const PERMANENT: [CountryCode; 5] = [
    CountryCode::USA,
    CountryCode::lit("FRA"),
    CountryCode::lit("GBR"),
    CountryCode::CHN,
    CountryCode::lit("RUS"),
];

/// The table of checks, in the order of the speech.
pub(super) static CHECKS: [Check; 25] = [
    Check {
        id: CheckId::UniformedSum,
        claim: "uniformed personnel = troops + police + military observers (31 March 2015)",
        claimed: Claimed::Figure(FigureId::UniformedTotal),
        basis: Basis::Sum(&[
            FigureId::UniformedTroops,
            FigureId::UniformedPolice,
            FigureId::UniformedObservers,
        ]),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: CheckId::CivilianSum,
        claim: "civilian personnel = international + local staff (30 November 2014)",
        claimed: Claimed::Figure(FigureId::CivilianTotal),
        basis: Basis::Sum(&[FigureId::CivilianInternational, FigureId::CivilianLocal]),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: CheckId::JapanPersonnelVsMofa,
        claim: "Japan's \"more than 9,000\" personnel since 1992 (A.1) against MOFA's \"about 9,300\"",
        claimed: Claimed::Figure(FigureId::JapanPersonnelSince1992),
        basis: Basis::Figure(FigureId::MofaJapanPersonnel),
        precision: (EXACT, EXACT),
        note: "the historical record of dispatches checks it too (pko::record, in the facade)",
        sources: &[],
    },
    Check {
        id: CheckId::JapanSecondLargest,
        claim: "Japan \"the second largest financial contributor\" (A.2) against its rank in Annex 1",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Rank(2)),
        basis: Basis::Annex1Rank(CountryCode::JPN),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[SPEECH_A2],
    },
    Check {
        id: CheckId::JapanShare2000_2005,
        claim: "Japan's \"nearly 19.6 percent\" of 2000-2005 (A.2) against its regular-budget rate",
        claimed: Claimed::Figure(FigureId::JapanShare2000_2005),
        basis: Basis::RegularBudgetYears {
            country: CountryCode::JPN,
            first: 2000,
            last: 2005,
        },
        precision: (PERCENT_1DP, PERCENT_3DP),
        note: "assumes Japan was at level B of the peacekeeping scale (no discount) in 2000-2005, as Annex 1 shows for 2013-2015, so that its peacekeeping rate is its regular-budget rate; \"nearly\" is read like \"about\", within the rounding",
        sources: &[RES_55_235],
    },
    Check {
        id: CheckId::JapanShareNow,
        claim: "Japan's share \"now\" (A.2) against Annex 1",
        claimed: Claimed::Figure(FigureId::JapanShareNow),
        basis: Basis::Annex1Rate(CountryCode::JPN),
        precision: (PERCENT_1DP, PERCENT_2DP),
        note: "10.83 rounds to 10.8",
        sources: &[],
    },
    Check {
        id: CheckId::JapanContributionLastYear,
        claim: "Japan's \"more than one billion dollars\" last year (A.2) against its assessments for calendar 2014: six months of 2013/14 (US$7.78 billion) and six of 2014/15 (US$8.47 billion) at 10.83 %",
        claimed: Claimed::Figure(FigureId::JapanContributionLastYear),
        basis: Basis::CalendarYearShare {
            country: CountryCode::JPN,
            first: FigureId::Budget2013_14,
            second: FigureId::Budget2014_15,
            months_of_first: 6,
        },
        precision: (EXACT, USD_CENT),
        note: "assessed, not paid: budget years run July to June, so calendar 2014 takes half of each year's assessment; what Japan paid in 2014 (arrears, advances, the timing of payments) is not in pko's data and may differ",
        sources: &[],
    },
    Check {
        id: CheckId::ProgrammeJapanese,
        claim: "Japanese trained by the peacebuilding programme: A.4's total against D.2's 15 a year for 7 years",
        claimed: Claimed::Figure(FigureId::ProgrammeTrainedJapanese),
        basis: Basis::Product(FigureId::ProgrammeJapanesePerYear, FigureId::ProgrammeYears),
        precision: (EXACT, EXACT),
        note: "the two sections of the speech disagree",
        sources: &[SPEECH_D2],
    },
    Check {
        id: CheckId::ProgrammeForeigners,
        claim: "foreigners trained by the peacebuilding programme: A.4's total against D.2's 15 a year for 7 years",
        claimed: Claimed::Figure(FigureId::ProgrammeTrainedForeigners),
        basis: Basis::Product(
            FigureId::ProgrammeForeignersPerYear,
            FigureId::ProgrammeYears,
        ),
        precision: (EXACT, EXACT),
        note: "the two sections of the speech disagree",
        sources: &[SPEECH_D2],
    },
    Check {
        id: CheckId::EastAsiaMembers,
        claim: "\"the four East Asian countries\" (E.1) against the states the speech names (Japan, China, Korea)",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(4)),
        basis: Basis::Given(Quantity::Count(3)),
        precision: (EXACT, EXACT),
        note: "the speech does not fix the membership; pko-institute takes it as an input",
        sources: &[SPEECH_E1, SPEECH_F],
    },
    Check {
        id: CheckId::UniformedTroopsVsIpi,
        claim: "troops on 31 March 2015: speech against the IPI's monthly totals",
        claimed: Claimed::Figure(FigureId::UniformedTroops),
        basis: Basis::Figure(FigureId::IpiTroops2015_03),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: CheckId::UniformedPoliceVsIpi,
        claim: "police on 31 March 2015: speech against the IPI's monthly totals",
        claimed: Claimed::Figure(FigureId::UniformedPolice),
        basis: Basis::Figure(FigureId::IpiPolice2015_03),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: CheckId::UniformedObserversVsIpi,
        claim: "military observers (IPI: experts on mission) on 31 March 2015: speech against the IPI's monthly totals",
        claimed: Claimed::Figure(FigureId::UniformedObservers),
        basis: Basis::Figure(FigureId::IpiExperts2015_03),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: CheckId::UniformedTotalVsIpi,
        claim: "uniformed personnel in total on 31 March 2015: speech against the IPI's monthly totals",
        claimed: Claimed::Figure(FigureId::UniformedTotal),
        basis: Basis::Figure(FigureId::IpiTotal2015_03),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: CheckId::JapanContribution2014_15,
        claim: "Japan's \"more than $800 million\" of 2014/15 (E.2) against 10.83 % of US$8.47 billion",
        claimed: Claimed::Figure(FigureId::JapanContribution2014_15),
        basis: Basis::Annex1Share(CountryCode::JPN, FigureId::Budget2014_15),
        precision: (EXACT, USD_CENT),
        note: "true, but the assessed share is about US$917 million, well above the figure stated",
        sources: &[],
    },
    Check {
        id: CheckId::JapanShare2014_15,
        claim: "Japan's \"10 percent\" of 2014/15 (E.2) against Annex 1",
        claimed: Claimed::Figure(FigureId::JapanShare2014_15),
        basis: Basis::Annex1Rate(CountryCode::JPN),
        precision: (PERCENT_WHOLE, PERCENT_2DP),
        note: "10.83 rounds to 11, not 10: the speech rounds down",
        sources: &[],
    },
    Check {
        id: CheckId::Budget2014_15VsFinal,
        claim: "the US$8.47 billion of 2014/15 (E.2) against the final total, estimated at about US$8.5 billion",
        claimed: Claimed::Figure(FigureId::Budget2014_15),
        basis: Basis::Figure(FigureId::Budget2014_15Final),
        precision: (USD_10M, USD_100M),
        note: "",
        sources: &[],
    },
    Check {
        id: CheckId::Budget2014_15VsApproved,
        claim: "the US$8.47 billion of 2014/15 (E.2) against the US$7.056 billion approved in July 2014",
        claimed: Claimed::Figure(FigureId::Budget2014_15),
        basis: Basis::Figure(FigureId::Budget2014_15ApprovedJuly2014),
        precision: (USD_10M, USD_1M),
        note: "US$7.056 billion was approved in July 2014 with three missions funded for half a year only; the speech's figure is the full-year total",
        sources: &[],
    },
    Check {
        id: CheckId::Annex1Count,
        claim: "Annex 1 lists the \"ten top\" financial contributors",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(10)),
        basis: Basis::Annex1Count,
        precision: (EXACT, EXACT),
        note: "the table lists eleven: the Republic of Korea is 11th",
        sources: &[],
    },
    Check {
        id: CheckId::Annex1Order,
        claim: "Annex 1 is ranked by rate",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(1)),
        basis: Basis::Annex1Ordered,
        precision: (EXACT, EXACT),
        note: "1 = every rank follows a rate no smaller",
        sources: &[],
    },
    Check {
        id: CheckId::Annex1VsRb,
        claim: "Annex 1 rate equal to the 2013-2015 regular-budget rate (level B, no discount)",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(0)),
        basis: Basis::Annex1AgainstRegularBudget {
            label: 2015,
            permanent: false,
        },
        precision: (PERCENT_2DP, PERCENT_3DP),
        note: "",
        sources: &[RES_55_235],
    },
    Check {
        id: CheckId::Annex1VsRb,
        claim: "Annex 1 rate about 1.29 times the 2013-2015 regular-budget rate (permanent member, level A)",
        claimed: Claimed::Stated(Qualifier::About, Quantity::Ratio(dec(129, 2))),
        basis: Basis::Annex1AgainstRegularBudget {
            label: 2015,
            permanent: true,
        },
        precision: (RATIO_2DP, RATIO_3DP),
        note: "the premium of level A",
        sources: &[RES_55_235],
    },
    Check {
        id: CheckId::Annex2Order,
        claim: "Annex 2 is ranked by personnel",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(1)),
        basis: Basis::Annex2Ordered,
        precision: (EXACT, EXACT),
        note: "1 = every rank follows a number no smaller",
        sources: &[],
    },
    Check {
        id: CheckId::Annex2Ranks,
        claim: "Annex 2's top ranks run 1, 2, 3, … without a gap",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Rank(0)),
        basis: Basis::Annex2FirstGap,
        precision: (EXACT, EXACT),
        note: "the first missing rank (0 = none): the table goes from 10 to 12",
        sources: &[],
    },
    Check {
        id: CheckId::Annex2China,
        claim: "China's rank in March 2015 (speech) against the UN's February and April 2015 reports",
        claimed: Claimed::Annex2Rank(CountryCode::CHN),
        basis: Basis::Given(Quantity::Rank(11)),
        precision: (EXACT, EXACT),
        note: "the UN's monthly reports of February and April 2015 rank China 11th",
        sources: &[UN_MONTHLY_2015],
    },
];

/// A figure a row reads as a number of persons or a count.
#[expect(
    clippy::panic,
    reason = "every call's figure is read when the crate is built (the check of CHECKS below)"
)]
pub(super) const fn count(id: FigureId) -> u64 {
    match figure(id).quantity() {
        Quantity::Persons(n) | Quantity::Count(n) => n,
        _ => panic!("a check reads as a count a figure that is not one"),
    }
}

/// A figure a row reads as an amount.
#[expect(
    clippy::panic,
    reason = "every call's figure is read when the crate is built (the check of CHECKS below)"
)]
pub(super) const fn usd(id: FigureId) -> Usd {
    match figure(id).quantity() {
        Quantity::Usd(u) => u,
        _ => panic!("a check reads as an amount a figure that is not one"),
    }
}

/// The entry of `country` in an annex.
#[expect(
    clippy::panic,
    reason = "every call's country is looked up when the crate is built (the check of CHECKS below)"
)]
const fn entry_of(entries: &[Entry<u32>], country: CountryCode) -> Entry<u32> {
    let mut rest = entries;
    while let [first, tail @ ..] = rest {
        if same_country(first.country(), country) {
            return *first;
        }
        rest = tail;
    }
    panic!("a check looks up a country the annex does not list")
}

/// A country's rate in Annex 1 (printed in hundredths of a percent).
#[expect(
    clippy::as_conversions,
    reason = "a lossless widening, in a const fn where From is not available"
)]
pub(super) const fn annex_1_rate(country: CountryCode) -> Percent {
    Percent::lit(entry_of(&annex_1_entries(), country).value() as i64, 2)
}

/// A country's rank in Annex 1.
#[expect(
    clippy::as_conversions,
    reason = "a lossless widening, in a const fn where From is not available"
)]
pub(super) const fn annex_1_rank(country: CountryCode) -> u64 {
    entry_of(&annex_1_entries(), country).rank() as u64
}

/// A country's rank in Annex 2.
#[expect(
    clippy::as_conversions,
    reason = "a lossless widening, in a const fn where From is not available"
)]
pub(super) const fn annex_2_rank(country: CountryCode) -> u64 {
    entry_of(&annex_2(), country).rank() as u64
}

/// Makes every lookup `row` makes, so that a lookup that would miss fails
/// the build.
const fn look_up(row: &Check) {
    if let Claimed::Annex2Rank(country) = row.claimed {
        annex_2_rank(country);
    }
    match row.basis {
        Basis::Sum(parts) => {
            let mut rest = parts;
            while let [first, tail @ ..] = rest {
                count(*first);
                rest = tail;
            }
        }
        Basis::Product(a, b) => {
            count(a);
            count(b);
        }
        Basis::Annex1Rate(country) => {
            annex_1_rate(country);
        }
        Basis::Annex1Rank(country) => {
            annex_1_rank(country);
        }
        Basis::Annex1Share(country, budget) => {
            annex_1_rate(country);
            usd(budget);
        }
        Basis::CalendarYearShare {
            country,
            first,
            second,
            ..
        } => {
            annex_1_rate(country);
            usd(first);
            usd(second);
        }
        Basis::Figure(_)
        | Basis::Given(_)
        | Basis::Annex1Count
        | Basis::Annex1Ordered
        | Basis::Annex2Ordered
        | Basis::Annex2FirstGap
        | Basis::RegularBudgetYears { .. }
        | Basis::Annex1AgainstRegularBudget { .. } => {}
    }
}

const _: () = {
    let mut rest: &[Check] = &CHECKS;
    while let [row, tail @ ..] = rest {
        look_up(row);
        rest = tail;
    }
};
