//! The speech's tables: Annex 1 (the ten top financial contributors),
//! Annex 2 (troop and police contributors, March 2015), the peacekeeping
//! rates beside them, and the dates of the GPOI courses.

use pko_core::{CountryCode, Locator, Percent, Reliability, Source, SourceKind, Sourced, When};

use crate::{Scale, ScaleKind, ScalePeriod};

fn speech(section: &'static str) -> Source {
    Source::speech(Locator::section(section))
}

/// The GPOI Senior Mission Leaders courses Japan co-organised in Tokyo with
/// the United States (section A.4): months, as the speech gives them, each
/// two weeks long.
///
/// # Example
///
/// ```
/// let courses = pko_contributions::speech::sml_courses();
/// let months: Vec<String> = courses.iter().map(|c| c.value().to_string()).collect();
/// assert_eq!(months, ["2009-10", "2011-09", "2013-11"]);
/// ```
#[must_use]
pub fn sml_courses() -> [Sourced<When>; 3] {
    let course = |m| Sourced::new(When::Month(m), speech("A.4"));
    [
        course(pko_core::month(2009, 10)),
        course(pko_core::month(2011, 9)),
        course(pko_core::month(2013, 11)),
    ]
}

/// An entry of a ranked table as the speech prints it.
///
/// # Example
///
/// ```
/// let a2 = pko_contributions::speech::annex_2();
/// assert_eq!((a2[0].rank(), a2[0].name(), a2[0].value()), (1, "Bangladesh", 9_516));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entry<V> {
    rank: u16,
    name: &'static str,
    country: CountryCode,
    value: V,
}

impl<V: Copy> Entry<V> {
    /// The rank printed.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::speech::annex_1_entries()[10].rank(), 11);
    /// ```
    #[must_use]
    pub const fn rank(&self) -> u16 {
        self.rank
    }

    /// The name printed (`Rep of Korea`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::speech::annex_1_entries()[10].name(), "Rep of Korea");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The country.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::speech::annex_1_entries()[10].country(), pko_core::CountryCode::KOR);
    /// ```
    #[must_use]
    pub const fn country(&self) -> CountryCode {
        self.country
    }

    /// The value printed.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::speech::annex_2()[17].value(), 108);
    /// ```
    #[must_use]
    pub const fn value(&self) -> V {
        self.value
    }
}

/// An entry of an annex: rank, name and value as printed, and the country
/// (`annex_codes_match_names` checks each code against the name).
const fn entry(rank: u16, name: &'static str, code: &'static str, value: u32) -> Entry<u32> {
    Entry {
        rank,
        name,
        country: CountryCode::lit(code),
        value,
    }
}

/// Speech Annex 1, "Ten top financial contributors to UN peacekeeping
/// budget (2015)", as printed (eleven entries), rates in hundredths of a
/// percent. The speech cites A/67/224/Add.1 of 27 December 2012.
///
/// # Example
///
/// ```
/// let a1 = pko_contributions::speech::annex_1_entries();
/// assert_eq!(a1.len(), 11);
/// assert_eq!((a1[1].name(), a1[1].value()), ("Japan", 1083));
/// ```
#[must_use]
pub const fn annex_1_entries() -> [Entry<u32>; 11] {
    ANNEX_1
}

/// The source of Annex 1: the speech, citing A/67/224/Add.1.
///
/// # Example
///
/// ```
/// assert!(pko_contributions::speech::annex_1_source().to_string().contains("Annex 1"));
/// ```
#[must_use]
pub fn annex_1_source() -> Source {
    Source::SPEECH.at(Locator::annex(
        "1 (Ref: A/67/224/Add.1 of 27 December 2012)",
    ))
}

/// Annex 1 as a (partial) peacekeeping [`Scale`] for 2015.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
///
/// let s = pko_contributions::speech::annex_1();
/// assert_eq!(s.rate(CountryCode::CHN).map(|r| r.to_string()), Some("6.64%".into()));
/// assert_eq!(s.total().to_string(), "82.43");
/// ```
#[must_use]
pub fn annex_1() -> Scale {
    let rates = ANNEX_1.map(|e| (e.country, Percent::lit(i64::from(e.value), 2)));
    Scale::from_distinct(
        ScaleKind::Peacekeeping,
        ScalePeriod::year(2015),
        &rates,
        annex_1_source(),
    )
}

/// Speech Annex 2, "Troop and police personnel in UN operations, March
/// 2015", as printed: ranks 1–10, then 12, 32, 37, 39, 52, 54, 57, 69.
///
/// # Example
///
/// ```
/// let a2 = pko_contributions::speech::annex_2();
/// let japan = a2.iter().find(|e| e.name() == "Japan").unwrap();
/// assert_eq!((japan.rank(), japan.value()), (54, 272));
/// ```
#[must_use]
pub const fn annex_2() -> [Entry<u32>; 18] {
    ANNEX_2
}

/// The source of Annex 2.
///
/// # Example
///
/// ```
/// assert!(pko_contributions::speech::annex_2_source().to_string().contains("Annex 2"));
/// ```
#[must_use]
pub fn annex_2_source() -> Source {
    Source::SPEECH.at(Locator::annex("2"))
}

/// Peacekeeping rates for 2017 of the ten largest contributors (US
/// Congressional Research Service, citing A/70/331/Add.1; secondary).
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// let s = pko_contributions::speech::peacekeeping_rates_2017();
/// assert_eq!(s.rate(CountryCode::CHN).map(|r| r.to_string()), Some("10.25%".into()));
/// ```
#[must_use]
pub fn peacekeeping_rates_2017() -> Scale {
    Scale::from_distinct(
        ScaleKind::Peacekeeping,
        ScalePeriod::year(2017),
        &RATES_2017,
        Source::new(
            SourceKind::Research,
            "US Congressional Research Service",
            "report on UN peacekeeping funding, citing A/70/331/Add.1",
            None,
            Reliability::Secondary,
        ),
    )
}

/// The 2017 rates, in hundredths of a percent.
const RATES_2017: [(CountryCode, Percent); 10] = [
    (CountryCode::USA, Percent::lit(2847, 2)),
    (CountryCode::CHN, Percent::lit(1025, 2)),
    (CountryCode::JPN, Percent::lit(968, 2)),
    (CountryCode::lit("DEU"), Percent::lit(639, 2)),
    (CountryCode::lit("FRA"), Percent::lit(628, 2)),
    (CountryCode::lit("GBR"), Percent::lit(577, 2)),
    (CountryCode::lit("RUS"), Percent::lit(399, 2)),
    (CountryCode::lit("ITA"), Percent::lit(375, 2)),
    (CountryCode::lit("CAN"), Percent::lit(292, 2)),
    (CountryCode::lit("ESP"), Percent::lit(244, 2)),
];

/// Whether no two entries name the same country.
const fn distinct_entries(entries: &[Entry<u32>]) -> bool {
    let mut rest = entries;
    while let [first, tail @ ..] = rest {
        let mut others = tail;
        while let [other, more @ ..] = others {
            if same_country(first.country, other.country) {
                return false;
            }
            others = more;
        }
        rest = tail;
    }
    true
}

/// Whether no two rates are of the same country.
const fn distinct_rates(rates: &[(CountryCode, Percent)]) -> bool {
    let mut rest = rates;
    while let [first, tail @ ..] = rest {
        let mut others = tail;
        while let [other, more @ ..] = others {
            if same_country(first.0, other.0) {
                return false;
            }
            others = more;
        }
        rest = tail;
    }
    true
}

/// Whether two codes are the same country, in a `const` context (where
/// `==` is not available).
pub(crate) const fn same_country(a: CountryCode, b: CountryCode) -> bool {
    matches!(
        (a.as_str().as_bytes(), b.as_str().as_bytes()),
        ([a0, a1, a2], [b0, b1, b2]) if *a0 == *b0 && *a1 == *b1 && *a2 == *b2
    )
}

// Annex 1 and the 2017 rates become scales: each country once, and every
// Annex 1 value (hundredths of a percent) at most 100 %.
const _: () = {
    assert!(distinct_entries(&ANNEX_1), "a country twice in Annex 1");
    assert!(
        distinct_rates(&RATES_2017),
        "a country twice in the 2017 rates"
    );
    let mut rest: &[Entry<u32>] = &ANNEX_1;
    while let [first, tail @ ..] = rest {
        assert!(first.value <= 10_000, "an Annex 1 rate above 100 %");
        rest = tail;
    }
};

/// Annex 1, as printed.
const ANNEX_1: [Entry<u32>; 11] = [
    entry(1, "United States", "USA", 2838),
    entry(2, "Japan", "JPN", 1083),
    entry(3, "France", "FRA", 722),
    entry(4, "Germany", "DEU", 714),
    entry(5, "United Kingdom", "GBR", 668),
    entry(6, "China", "CHN", 664),
    entry(7, "Italy", "ITA", 445),
    entry(8, "Russia", "RUS", 315),
    entry(9, "Canada", "CAN", 298),
    entry(10, "Spain", "ESP", 297),
    entry(11, "Rep of Korea", "KOR", 199),
];

/// Annex 2, as printed.
const ANNEX_2: [Entry<u32>; 18] = [
    entry(1, "Bangladesh", "BGD", 9_516),
    entry(2, "Pakistan", "PAK", 8_349),
    entry(3, "India", "IND", 8_121),
    entry(4, "Ethiopia", "ETH", 7_862),
    entry(5, "Rwanda", "RWA", 5_709),
    entry(6, "Nepal", "NPL", 5_244),
    entry(7, "Senegal", "SEN", 3_316),
    entry(8, "Ghana", "GHA", 3_023),
    entry(9, "Nigeria", "NGA", 2_980),
    entry(10, "Egypt", "EGY", 2_904),
    entry(12, "China", "CHN", 2_371),
    entry(32, "France", "FRA", 917),
    entry(37, "Netherlands", "NLD", 743),
    entry(39, "Rep of Korea", "KOR", 614),
    entry(52, "United Kingdom", "GBR", 289),
    entry(54, "Japan", "JPN", 272),
    entry(57, "Germany", "DEU", 196),
    entry(69, "USA", "USA", 108),
];
