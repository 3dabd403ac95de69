//! An audit of the speech's figures: against each other, against the
//! sources beside them, and against loaded data.

use std::fmt;

use pko_core::{CountryCode, Percent, Rounding, Source, SourceKind, Usd};
use rust_decimal::Decimal;

use crate::Error;
use crate::regular_budget::RegularBudgetTable;
use crate::speech::{
    FigureId, Qualifier, Quantity, annex_1_entries, annex_1_source, annex_2, annex_2_source, figure,
};

/// One check of a claim.
///
/// # Example
///
/// ```
/// let findings = pko_contributions::audit::audit_embedded()?;
/// let f = findings.iter().find(|f| f.id() == "uniformed-sum").unwrap();
/// assert!(f.consistent());
/// assert_eq!(f.computed().to_string(), "106,854 persons");
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AuditFinding {
    id: String,
    claim: String,
    claimed: Quantity,
    qualifier: Qualifier,
    computed: Quantity,
    tolerance: Decimal,
    precision: [Precision; 2],
    consistent: bool,
    note: String,
    sources: Vec<Source>,
}

impl AuditFinding {
    /// A short identifier (`uniformed-sum`, `annex-1-vs-rb:JPN`).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit_embedded()?.iter().all(|f| !f.id().is_empty()));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The claim checked, in words.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit_embedded()?.iter().all(|f| !f.claim().is_empty()));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn claim(&self) -> &str {
        &self.claim
    }

    /// The value claimed.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Quantity;
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "annex-1-count").unwrap();
    /// assert_eq!(f.claimed(), Quantity::Count(10));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn claimed(&self) -> Quantity {
        self.claimed
    }

    /// How the claim is stated ("more than", "about").
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Qualifier;
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "japan-contribution-last-year").unwrap();
    /// assert_eq!(f.qualifier(), Qualifier::MoreThan);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// The value computed from the other figures or data.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Quantity;
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "annex-1-count").unwrap();
    /// assert_eq!(f.computed(), Quantity::Count(11));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn computed(&self) -> Quantity {
        self.computed
    }

    /// The largest difference still counted as consistent, in the unit of
    /// the quantity (persons, percentage points, dollars, ratio).
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "uniformed-sum").unwrap();
    /// assert_eq!(f.tolerance(), rust_decimal::Decimal::ZERO);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn tolerance(&self) -> Decimal {
        self.tolerance
    }

    /// The precisions of the claim and of the computed value, whose sum is
    /// the [`AuditFinding::tolerance`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::audit::{PERCENT_1DP, PERCENT_2DP};
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// let f = a.iter().find(|f| f.id() == "japan-share-now").unwrap();
    /// assert_eq!(f.precision(), [PERCENT_1DP, PERCENT_2DP]);
    /// assert_eq!(f.tolerance().to_string(), "0.055");
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn precision(&self) -> [Precision; 2] {
        self.precision
    }

    /// Whether the claim holds.
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// assert!(!a.iter().find(|f| f.id() == "annex-1-count").unwrap().consistent());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn consistent(&self) -> bool {
        self.consistent
    }

    /// What to make of it.
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit_embedded()?;
    /// assert!(a.iter().find(|f| f.id() == "annex-1-count").unwrap().note().contains("eleven"));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn note(&self) -> &str {
        &self.note
    }

    /// The sources of the claim and of what it is checked against.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit_embedded()?.iter().all(|f| !f.sources().is_empty()));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
}

impl fmt::Display for AuditFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.consistent {
            "consistent  "
        } else {
            "INCONSISTENT"
        };
        write!(
            f,
            "[{mark}] {}: claimed {}{}, computed {}",
            self.claim, self.qualifier, self.claimed, self.computed
        )?;
        if !self.tolerance.is_zero() {
            write!(f, " (tolerance {})", self.tolerance)?;
        }
        if !self.note.is_empty() {
            write!(f, "; {}", self.note)?;
        }
        Ok(())
    }
}

/// How precisely a figure is stated: half a unit of its last digit, the
/// most by which the value it stands for can differ from it.
///
/// A check allows the sum of the two precisions, the claim's and the
/// computed value's: two rounded figures agree when the intervals they stand
/// for overlap. Every precision is a named constant of this module.
///
/// # Example
///
/// ```
/// use pko_contributions::audit::PERCENT_1DP;
///
/// assert_eq!(PERCENT_1DP.half_unit().to_string(), "0.05");
/// assert_eq!(PERCENT_1DP.stated(), "a percentage to one decimal");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Precision {
    half_unit: Decimal,
    stated: &'static str,
}

impl Precision {
    /// Half a unit of the last stated digit, in the unit of the quantity.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::EXACT.half_unit().is_zero());
    /// ```
    #[must_use]
    pub const fn half_unit(&self) -> Decimal {
        self.half_unit
    }

    /// How the figure is stated, in words.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::audit::USD_10M.stated(), "dollars to the US$10 million");
    /// ```
    #[must_use]
    pub const fn stated(&self) -> &'static str {
        self.stated
    }
}

const fn dec(n: u32, scale: u32) -> Decimal {
    Decimal::from_parts(n, 0, 0, false, scale)
}

/// Counts, ranks, sums of counts and yes-or-no results: compared exactly.
pub const EXACT: Precision = Precision {
    half_unit: Decimal::ZERO,
    stated: "exact",
};
/// A percentage stated as a whole number ("10 percent"): ±0.5 points.
pub const PERCENT_WHOLE: Precision = Precision {
    half_unit: dec(5, 1),
    stated: "a whole percentage",
};
/// A percentage to one decimal ("10.8", "19.6"): ±0.05 points.
pub const PERCENT_1DP: Precision = Precision {
    half_unit: dec(5, 2),
    stated: "a percentage to one decimal",
};
/// A percentage to two decimals (Annex 1's rates): ±0.005 points.
pub const PERCENT_2DP: Precision = Precision {
    half_unit: dec(5, 3),
    stated: "a percentage to two decimals",
};
/// A percentage to three decimals (the regular-budget scale): ±0.0005
/// points.
pub const PERCENT_3DP: Precision = Precision {
    half_unit: dec(5, 4),
    stated: "a percentage to three decimals",
};
/// A ratio to two decimals ("about 1.29"): ±0.005.
pub const RATIO_2DP: Precision = Precision {
    half_unit: dec(5, 3),
    stated: "a ratio to two decimals",
};
/// A ratio computed and rounded to three decimals: ±0.0005.
pub const RATIO_3DP: Precision = Precision {
    half_unit: dec(5, 4),
    stated: "a ratio rounded to three decimals",
};
/// An amount computed to the cent: ±half a cent.
pub const USD_CENT: Precision = Precision {
    half_unit: dec(5, 3),
    stated: "dollars to the cent",
};
/// Dollars to the million ("US$7.056 billion"): ±US$500,000.
pub const USD_1M: Precision = Precision {
    half_unit: dec(500_000, 0),
    stated: "dollars to the US$1 million",
};
/// Dollars to ten million ("US$8.47 billion"): ±US$5 million.
pub const USD_10M: Precision = Precision {
    half_unit: dec(5_000_000, 0),
    stated: "dollars to the US$10 million",
};
/// Dollars to a hundred million ("about US$8.5 billion"): ±US$50 million.
pub const USD_100M: Precision = Precision {
    half_unit: dec(50_000_000, 0),
    stated: "dollars to the US$100 million",
};

/// The numeric value of a quantity, for comparisons.
fn number(q: Quantity) -> Decimal {
    match q {
        Quantity::Persons(n) | Quantity::Count(n) | Quantity::Rank(n) => Decimal::from(n),
        Quantity::Percent(p) => p.value(),
        Quantity::Usd(u) => u.amount(),
        Quantity::Ratio(r) => r,
    }
}

/// Whether a claim, as qualified, agrees with a computed value.
fn agrees(qualifier: Qualifier, claimed: Quantity, computed: Quantity, tolerance: Decimal) -> bool {
    let (c, v) = (number(claimed), number(computed));
    match qualifier {
        Qualifier::MoreThan => v > c,
        // How far below its figure "nearly" reaches is not stated: pko
        // reads it like "about", within the figures' rounding.
        Qualifier::Exact | Qualifier::About | Qualifier::Nearly => (c - v).abs() <= tolerance,
    }
}

/// What a check claims: a figure of the speech, or a statement the check
/// spells out (a title, an ordering).
#[derive(Debug, Clone, Copy)]
enum Claimed {
    Figure(FigureId),
    Stated(Qualifier, Quantity),
    /// A country's rank in Annex 2.
    Annex2Rank(CountryCode),
}

/// What a check computes the claim against.
#[derive(Debug, Clone, Copy)]
enum Basis {
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
struct Check {
    id: &'static str,
    claim: &'static str,
    claimed: Claimed,
    basis: Basis,
    /// The precisions of the claim and of the computed value.
    precision: (Precision, Precision),
    note: &'static str,
    /// Sources beyond the figures the check names.
    sources: &'static [Source],
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

const PERMANENT: [&str; 5] = ["USA", "FRA", "GBR", "CHN", "RUS"];

/// The table of checks, in the order of the speech.
static CHECKS: [Check; 25] = [
    Check {
        id: "uniformed-sum",
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
        id: "civilian-sum",
        claim: "civilian personnel = international + local staff (30 November 2014)",
        claimed: Claimed::Figure(FigureId::CivilianTotal),
        basis: Basis::Sum(&[FigureId::CivilianInternational, FigureId::CivilianLocal]),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: "japan-personnel-vs-mofa",
        claim: "Japan's \"more than 9,000\" personnel since 1992 (A.1) against MOFA's \"about 9,300\"",
        claimed: Claimed::Figure(FigureId::JapanPersonnelSince1992),
        basis: Basis::Figure(FigureId::MofaJapanPersonnel),
        precision: (EXACT, EXACT),
        note: "the historical record of dispatches checks it too (pko::record, in the facade)",
        sources: &[],
    },
    Check {
        id: "japan-second-largest",
        claim: "Japan \"the second largest financial contributor\" (A.2) against its rank in Annex 1",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Rank(2)),
        basis: Basis::Annex1Rank(CountryCode::JPN),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[SPEECH_A2],
    },
    Check {
        id: "japan-share-2000-2005",
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
        id: "japan-share-now",
        claim: "Japan's share \"now\" (A.2) against Annex 1",
        claimed: Claimed::Figure(FigureId::JapanShareNow),
        basis: Basis::Annex1Rate(CountryCode::JPN),
        precision: (PERCENT_1DP, PERCENT_2DP),
        note: "10.83 rounds to 10.8",
        sources: &[],
    },
    Check {
        id: "japan-contribution-last-year",
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
        id: "programme-japanese",
        claim: "Japanese trained by the peacebuilding programme: A.4's total against D.2's 15 a year for 7 years",
        claimed: Claimed::Figure(FigureId::ProgrammeTrainedJapanese),
        basis: Basis::Product(FigureId::ProgrammeJapanesePerYear, FigureId::ProgrammeYears),
        precision: (EXACT, EXACT),
        note: "the two sections of the speech disagree",
        sources: &[SPEECH_D2],
    },
    Check {
        id: "programme-foreigners",
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
        id: "east-asia-members",
        claim: "\"the four East Asian countries\" (E.1) against the states the speech names (Japan, China, Korea)",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(4)),
        basis: Basis::Given(Quantity::Count(3)),
        precision: (EXACT, EXACT),
        note: "the speech does not fix the membership; pko-institute takes it as an input",
        sources: &[SPEECH_E1, SPEECH_F],
    },
    Check {
        id: "uniformed-troops-vs-ipi",
        claim: "troops on 31 March 2015: speech against the IPI's monthly totals",
        claimed: Claimed::Figure(FigureId::UniformedTroops),
        basis: Basis::Figure(FigureId::IpiTroops2015_03),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: "uniformed-police-vs-ipi",
        claim: "police on 31 March 2015: speech against the IPI's monthly totals",
        claimed: Claimed::Figure(FigureId::UniformedPolice),
        basis: Basis::Figure(FigureId::IpiPolice2015_03),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: "uniformed-observers-vs-ipi",
        claim: "military observers (IPI: experts on mission) on 31 March 2015: speech against the IPI's monthly totals",
        claimed: Claimed::Figure(FigureId::UniformedObservers),
        basis: Basis::Figure(FigureId::IpiExperts2015_03),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: "uniformed-total-vs-ipi",
        claim: "uniformed personnel in total on 31 March 2015: speech against the IPI's monthly totals",
        claimed: Claimed::Figure(FigureId::UniformedTotal),
        basis: Basis::Figure(FigureId::IpiTotal2015_03),
        precision: (EXACT, EXACT),
        note: "",
        sources: &[],
    },
    Check {
        id: "japan-contribution-2014-15",
        claim: "Japan's \"more than $800 million\" of 2014/15 (E.2) against 10.83 % of US$8.47 billion",
        claimed: Claimed::Figure(FigureId::JapanContribution2014_15),
        basis: Basis::Annex1Share(CountryCode::JPN, FigureId::Budget2014_15),
        precision: (EXACT, USD_CENT),
        note: "true, but the assessed share is about US$917 million, well above the figure stated",
        sources: &[],
    },
    Check {
        id: "japan-share-2014-15",
        claim: "Japan's \"10 percent\" of 2014/15 (E.2) against Annex 1",
        claimed: Claimed::Figure(FigureId::JapanShare2014_15),
        basis: Basis::Annex1Rate(CountryCode::JPN),
        precision: (PERCENT_WHOLE, PERCENT_2DP),
        note: "10.83 rounds to 11, not 10: the speech rounds down",
        sources: &[],
    },
    Check {
        id: "budget-2014-15-vs-final",
        claim: "the US$8.47 billion of 2014/15 (E.2) against the final total, estimated at about US$8.5 billion",
        claimed: Claimed::Figure(FigureId::Budget2014_15),
        basis: Basis::Figure(FigureId::Budget2014_15Final),
        precision: (USD_10M, USD_100M),
        note: "",
        sources: &[],
    },
    Check {
        id: "budget-2014-15-vs-approved",
        claim: "the US$8.47 billion of 2014/15 (E.2) against the US$7.056 billion approved in July 2014",
        claimed: Claimed::Figure(FigureId::Budget2014_15),
        basis: Basis::Figure(FigureId::Budget2014_15ApprovedJuly2014),
        precision: (USD_10M, USD_1M),
        note: "US$7.056 billion was approved in July 2014 with three missions funded for half a year only; the speech's figure is the full-year total",
        sources: &[],
    },
    Check {
        id: "annex-1-count",
        claim: "Annex 1 lists the \"ten top\" financial contributors",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(10)),
        basis: Basis::Annex1Count,
        precision: (EXACT, EXACT),
        note: "the table lists eleven: the Republic of Korea is 11th",
        sources: &[],
    },
    Check {
        id: "annex-1-order",
        claim: "Annex 1 is ranked by rate",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(1)),
        basis: Basis::Annex1Ordered,
        precision: (EXACT, EXACT),
        note: "1 = every rank follows a rate no smaller",
        sources: &[],
    },
    Check {
        id: "annex-1-vs-rb",
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
        id: "annex-1-vs-rb",
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
        id: "annex-2-order",
        claim: "Annex 2 is ranked by personnel",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Count(1)),
        basis: Basis::Annex2Ordered,
        precision: (EXACT, EXACT),
        note: "1 = every rank follows a number no smaller",
        sources: &[],
    },
    Check {
        id: "annex-2-ranks",
        claim: "Annex 2's top ranks run 1, 2, 3, … without a gap",
        claimed: Claimed::Stated(Qualifier::Exact, Quantity::Rank(0)),
        basis: Basis::Annex2FirstGap,
        precision: (EXACT, EXACT),
        note: "the first missing rank (0 = none): the table goes from 10 to 12",
        sources: &[],
    },
    Check {
        id: "annex-2-china",
        claim: "China's rank in March 2015 (speech) against the UN's February and April 2015 reports",
        claimed: Claimed::Annex2Rank(CountryCode::CHN),
        basis: Basis::Given(Quantity::Rank(11)),
        precision: (EXACT, EXACT),
        note: "the UN's monthly reports of February and April 2015 rank China 11th",
        sources: &[UN_MONTHLY_2015],
    },
];

/// The ids of the table's rows, in order (a row about Annex 1 against the
/// regular-budget scale gives one finding per country, `annex-1-vs-rb:JPN`;
/// the 2000-2005 row one per year, `japan-share-2000-2005:2001`).
///
/// # Example
///
/// ```
/// let ids = pko_contributions::audit::check_ids();
/// assert_eq!(ids.first(), Some(&"uniformed-sum"));
/// assert!(ids.contains(&"japan-share-2000-2005"));
/// ```
#[must_use]
pub fn check_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = CHECKS.iter().map(|c| c.id).collect();
    ids.dedup();
    ids
}

fn usd(id: FigureId) -> Result<Usd, Error> {
    match figure(id).quantity() {
        Quantity::Usd(u) => Ok(u),
        _ => Err(Error::UnknownFigure { id: id.as_str() }),
    }
}

fn count(id: FigureId) -> Result<u64, Error> {
    match figure(id).quantity() {
        Quantity::Persons(n) | Quantity::Count(n) => Ok(n),
        _ => Err(Error::UnknownFigure { id: id.as_str() }),
    }
}

fn annex_1_rate(country: CountryCode) -> Result<Percent, Error> {
    let entry = annex_1_entries()
        .into_iter()
        .find(|e| e.country() == country)
        .ok_or(Error::UnknownFigure { id: "annex-1" })?;
    Percent::new(Decimal::new(i64::from(entry.value()), 2))
        .map_err(Error::core("reading a rate of the regular-budget table"))
}

/// The label of the regular-budget column that covers `year`.
fn column_for(table: &RegularBudgetTable, year: u16) -> Result<u16, Error> {
    table
        .labels()
        .iter()
        .copied()
        .find(|l| RegularBudgetTable::period_of(*l).contains(year))
        .ok_or(Error::UnknownPeriod { label: year })
}

/// A finding under construction: the row's fixed parts and its sources.
struct Row<'a> {
    check: &'a Check,
    sources: Vec<Source>,
}

impl Row<'_> {
    fn cite(&mut self, source: &Source) {
        if !self.sources.contains(source) {
            self.sources.push(source.clone());
        }
    }

    fn finding(
        &self,
        id: String,
        claim: String,
        (qualifier, claimed): (Qualifier, Quantity),
        computed: Quantity,
    ) -> AuditFinding {
        let (p, q) = self.check.precision;
        let tolerance = p.half_unit + q.half_unit;
        AuditFinding {
            id,
            claim,
            claimed,
            qualifier,
            computed,
            tolerance,
            precision: [p, q],
            consistent: agrees(qualifier, claimed, computed, tolerance),
            note: self.check.note.to_owned(),
            sources: self.sources.clone(),
        }
    }
}

/// Audits the speech's figures: every row of the table of checks, in the
/// order of the speech. A row compares a claim with a value computed from
/// other figures, the annexes or the regular-budget scale, allowing the
/// sum of the two figures' [`Precision`]s.
///
/// The checks: the sums in the speech; Japan's personnel (A.1) against a
/// MOFA handout; Japan's "nearly 19.6 percent" of 2000-2005 (A.2) against
/// its regular-budget rate year by year; its share "now" (A.2) and of
/// 2014/15 (E.2) against Annex 1; its "more than one billion dollars last
/// year" (A.2) against its assessments for calendar 2014; its "more than
/// $800 million" (E.2); the training programme of A.4 against D.2; the
/// "four East Asian countries"; the uniformed totals of 31 March 2015
/// against the IPI's; the 2014/15 budget against the approved and final
/// figures; Annex 1's title and order, and its rates against the 2013-2015
/// regular-budget scale; Annex 2's order and ranks, and China's rank.
///
/// # Errors
///
/// [`Error::UnknownPeriod`] if `regular_budget` lacks a column the checks
/// need (2000-2005, 2015); [`Error::UnknownFigure`] if the speech's table
/// lost a figure a check names. No check is skipped silently.
///
/// # Example
///
/// ```
/// use pko_contributions::{audit::audit, regular_budget};
///
/// let findings = audit(&regular_budget::embedded()?)?;
/// let japan = findings.iter().find(|f| f.id() == "annex-1-vs-rb:JPN").unwrap();
/// assert!(japan.consistent());
/// let y2001 = findings.iter().find(|f| f.id() == "japan-share-2000-2005:2001").unwrap();
/// assert_eq!(y2001.computed().to_string(), "19.629%");
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn audit(regular_budget: &RegularBudgetTable) -> Result<Vec<AuditFinding>, Error> {
    let mut out = Vec::new();
    for check in &CHECKS {
        let mut row = Row {
            check,
            sources: Vec::new(),
        };
        let claimed = match check.claimed {
            Claimed::Figure(id) => {
                let f = figure(id);
                row.cite(f.source());
                (f.qualifier(), f.quantity())
            }
            Claimed::Stated(q, v) => (q, v),
            Claimed::Annex2Rank(country) => {
                row.cite(&annex_2_source());
                let rank = annex_2()
                    .iter()
                    .find(|e| e.country() == country)
                    .map_or(0, |e| u64::from(e.rank()));
                (Qualifier::Exact, Quantity::Rank(rank))
            }
        };
        for s in check.sources {
            row.cite(s);
        }
        match check.basis {
            Basis::Annex1Count
            | Basis::Annex1Ordered
            | Basis::Annex1Rate(_)
            | Basis::Annex1Rank(_)
            | Basis::Annex1Share(..)
            | Basis::CalendarYearShare { .. }
            | Basis::Annex1AgainstRegularBudget { .. } => row.cite(&annex_1_source()),
            Basis::Annex2Ordered | Basis::Annex2FirstGap => row.cite(&annex_2_source()),
            _ => {}
        }
        compute(&mut row, claimed, regular_budget, &mut out)?;
    }
    Ok(out)
}

/// Computes one row's findings.
fn compute(
    row: &mut Row<'_>,
    claimed: (Qualifier, Quantity),
    regular_budget: &RegularBudgetTable,
    out: &mut Vec<AuditFinding>,
) -> Result<(), Error> {
    let check = row.check;
    match check.basis {
        Basis::RegularBudgetYears {
            country,
            first,
            last,
        } => {
            row.cite(&crate::regular_budget::source());
            for year in first..=last {
                let label = column_for(regular_budget, year)?;
                let rate =
                    regular_budget
                        .scale(label)?
                        .rate(country)
                        .ok_or(Error::UnknownFigure {
                            id: "regular-budget rate",
                        })?;
                out.push(row.finding(
                    format!("{}:{year}", check.id),
                    format!("{}: {year}", check.claim),
                    claimed,
                    Quantity::Percent(rate),
                ));
            }
        }
        Basis::Annex1AgainstRegularBudget { label, permanent } => {
            let rb = regular_budget.scale(label)?;
            row.cite(rb.source());
            for e in annex_1_entries() {
                if PERMANENT.contains(&e.country().as_str()) != permanent {
                    continue;
                }
                let annex = Decimal::new(i64::from(e.value()), 2);
                let rb_rate = rb.rate(e.country()).unwrap_or(Percent::ZERO);
                let (claimed, computed) = if permanent {
                    // A zero rate gives no ratio; the check then fails.
                    let ratio = annex
                        .checked_div(rb_rate.value())
                        .map_or(Decimal::ZERO, |r| r.round_dp(3));
                    (claimed, Quantity::Ratio(ratio))
                } else {
                    (
                        (
                            Qualifier::Exact,
                            Quantity::Percent(
                                Percent::new(annex)
                                    .map_err(Error::core("reading a rate of Annex 1"))?,
                            ),
                        ),
                        Quantity::Percent(rb_rate),
                    )
                };
                out.push(row.finding(
                    format!("{}:{}", check.id, e.country()),
                    format!(
                        "{}: {} ({} in the regular-budget scale)",
                        check.claim,
                        e.name(),
                        rb_rate
                    ),
                    claimed,
                    computed,
                ));
            }
        }
        basis => {
            let computed = value(row, basis)?;
            out.push(row.finding(
                check.id.to_owned(),
                check.claim.to_owned(),
                claimed,
                computed,
            ));
        }
    }
    Ok(())
}

/// The value of a row that gives one finding.
fn value(row: &mut Row<'_>, basis: Basis) -> Result<Quantity, Error> {
    Ok(match basis {
        Basis::Sum(parts) => {
            let mut sum = 0_u64;
            for id in parts {
                sum = sum.saturating_add(count(*id)?);
                row.cite(figure(*id).source());
            }
            Quantity::Persons(sum)
        }
        Basis::Product(a, b) => {
            let n = count(a)?.saturating_mul(count(b)?);
            Quantity::Persons(n)
        }
        Basis::Figure(id) => {
            let f = figure(id);
            row.cite(f.source());
            f.quantity()
        }
        Basis::Given(q) => q,
        Basis::Annex1Count => {
            Quantity::Count(u64::try_from(annex_1_entries().len()).unwrap_or(u64::MAX))
        }
        Basis::Annex1Ordered => {
            let ordered = annex_1_entries()
                .windows(2)
                .all(|w| matches!(w, [x, y] if x.value() >= y.value() && x.rank() < y.rank()));
            Quantity::Count(u64::from(ordered))
        }
        Basis::Annex2Ordered => {
            let ordered = annex_2()
                .windows(2)
                .all(|w| matches!(w, [x, y] if x.value() >= y.value() && x.rank() < y.rank()));
            Quantity::Count(u64::from(ordered))
        }
        Basis::Annex2FirstGap => {
            let gap = annex_2()
                .iter()
                .zip(1_u16..)
                .find(|(e, i)| e.rank() != *i)
                .map_or(0, |(_, i)| i);
            Quantity::Rank(u64::from(gap))
        }
        Basis::Annex1Rate(country) => Quantity::Percent(annex_1_rate(country)?),
        Basis::Annex1Rank(country) => Quantity::Rank(
            annex_1_entries()
                .iter()
                .find(|e| e.country() == country)
                .map_or(0, |e| u64::from(e.rank())),
        ),
        Basis::Annex1Share(country, budget) => {
            row.cite(figure(budget).source());
            let share = annex_1_rate(country)?
                .of(usd(budget)?, Rounding::HalfEven)
                .map_err(Error::core("assessing a member on the 2000 budget"))?;
            Quantity::Usd(share)
        }
        Basis::CalendarYearShare {
            country,
            first,
            second,
            months_of_first,
        } => {
            row.cite(figure(first).source());
            row.cite(figure(second).source());
            let rate = annex_1_rate(country)?;
            let part = |budget: Usd, months: u32| {
                budget
                    .mul_rounded(
                        Decimal::from(months) / Decimal::from(12),
                        Rounding::HalfEven,
                    )
                    .map_err(Error::core("prorating a budget year by months"))
            };
            let months_of_second = 12_u32.saturating_sub(months_of_first);
            let budget = part(usd(first)?, months_of_first)?
                .checked_add(part(usd(second)?, months_of_second)?)
                .map_err(Error::core("adding the parts of a budget year"))?;
            let share = rate
                .of(budget, Rounding::HalfEven)
                .map_err(Error::core("assessing Japan on a budget year"))?;
            Quantity::Usd(share)
        }
        // Rows of many findings are computed by `compute`.
        Basis::RegularBudgetYears { .. } | Basis::Annex1AgainstRegularBudget { .. } => {
            return Err(Error::UnknownFigure { id: row.check.id });
        }
    })
}

/// [`audit`] on the embedded regular-budget table.
///
/// # Errors
///
/// As [`audit`]; none with the shipped data (tested).
///
/// # Example
///
/// ```
/// let findings = pko_contributions::audit::audit_embedded()?;
/// assert!(findings.iter().any(|f| !f.consistent()));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn audit_embedded() -> Result<Vec<AuditFinding>, Error> {
    audit(&crate::regular_budget::embedded()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn persons(n: u64) -> Quantity {
        Quantity::Persons(n)
    }

    #[test]
    fn more_than_is_strict() {
        let zero = Decimal::ZERO;
        assert!(agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(9_001),
            zero
        ));
        assert!(!agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(9_000),
            zero
        ));
        assert!(!agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(8_999),
            zero
        ));
    }

    #[test]
    fn nearly_reads_like_about_within_the_rounding() {
        let t = Decimal::from(100);
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(1_000), t));
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(900), t));
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(1_100), t));
        assert!(!agrees(Qualifier::Nearly, persons(1_000), persons(899), t));
        assert!(!agrees(
            Qualifier::Nearly,
            persons(1_000),
            persons(1_101),
            t
        ));
    }

    #[test]
    fn exact_and_about_are_symmetric_within_the_tolerance() {
        let t = Decimal::new(5, 2);
        let pct = |m: i64| Quantity::Percent(Percent::new(Decimal::new(m, 2)).unwrap());
        for q in [Qualifier::Exact, Qualifier::About] {
            assert!(agrees(q, pct(1_080), pct(1_083), t));
            assert!(agrees(q, pct(1_080), pct(1_085), t));
            assert!(agrees(q, pct(1_080), pct(1_075), t));
            assert!(!agrees(q, pct(1_080), pct(1_086), t));
            assert!(!agrees(q, pct(1_080), pct(1_074), t));
        }
        assert!(agrees(
            Qualifier::Exact,
            persons(7),
            persons(7),
            Decimal::ZERO
        ));
        assert!(!agrees(
            Qualifier::Exact,
            persons(7),
            persons(8),
            Decimal::ZERO
        ));
    }

    #[test]
    fn display_shows_the_tolerance_and_the_note_only_when_there_are_some() {
        let mut f = AuditFinding {
            id: "x".into(),
            claim: "a claim".into(),
            claimed: persons(10),
            qualifier: Qualifier::About,
            computed: persons(11),
            tolerance: Decimal::ZERO,
            precision: [EXACT, EXACT],
            consistent: false,
            note: String::new(),
            sources: Vec::new(),
        };
        assert_eq!(
            f.to_string(),
            "[INCONSISTENT] a claim: claimed about 10 persons, computed 11 persons"
        );
        f.tolerance = Decimal::ONE;
        f.consistent = true;
        f.note = "a note".into();
        assert_eq!(
            f.to_string(),
            "[consistent  ] a claim: claimed about 10 persons, computed 11 persons (tolerance 1); a note"
        );
        assert_eq!(f.claim(), "a claim");
        assert_eq!(f.note(), "a note");
    }
}
