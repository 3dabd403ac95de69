//! Targets for the share of women, and checks against them.

use std::fmt;

use pko_core::{Percent, Reliability, Source, SourceKind, YearMonth};

use super::{Category, CategorySet, Count};

/// A target for the share of women in some categories.
///
/// Targets are data that a caller supplies; [`parity_targets`] gives the
/// checked ones of the UN's Uniformed Gender Parity Strategy 2018–2028 with
/// their sources.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{CategorySet, Target};
/// use pko_core::Source;
///
/// let t = Target::new("all uniformed, 20 %", CategorySet::ALL, "20".parse()?, Some(2030), Source::SPEECH);
/// assert_eq!(t.share().to_string(), "20%");
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Target {
    name: String,
    pub(super) categories: CategorySet,
    share: Percent,
    by: Option<u16>,
    source: Source,
}

impl Target {
    /// A target of `share` women in `categories`, by year `by` if set.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{CategorySet, Target};
    /// let t = Target::new("police", CategorySet::POLICE, "15".parse()?, None, pko_core::Source::SPEECH);
    /// assert_eq!(t.by(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        categories: CategorySet,
        share: Percent,
        by: Option<u16>,
        source: Source,
    ) -> Self {
        Self {
            name: name.into(),
            categories,
            share,
            by,
            source,
        }
    }

    /// Its name.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::personnel::parity_targets()[0].name().contains("contingents"));
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The categories it covers.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{parity_targets, Category};
    /// assert!(parity_targets()[0].categories().contains(Category::Troops));
    /// ```
    #[must_use]
    pub const fn categories(&self) -> CategorySet {
        self.categories
    }

    /// The share of women aimed at.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::parity_targets()[0].share().to_string(), "15%");
    /// ```
    #[must_use]
    pub const fn share(&self) -> Percent {
        self.share
    }

    /// The year by which, if stated.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::parity_targets()[0].by(), Some(2028));
    /// ```
    #[must_use]
    pub const fn by(&self) -> Option<u16> {
        self.by
    }

    /// Where it comes from.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Reliability;
    /// assert_eq!(pko_contributions::personnel::parity_targets()[0].source().reliability(), Reliability::Secondary);
    /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }
}

/// The checked targets of the UN Uniformed Gender Parity Strategy
/// 2018–2028; every other target of the strategy is unverified and left
/// out. Military observers are reported as "experts on mission"; the IPI
/// data of 2009–2014 counts staff officers among troops.
///
/// | target | categories | share | by | source |
/// |---|---|---|---|---|
/// | military contingents | troops | 15 % | 2028 | Canadian parliamentary committee (secondary) |
/// | military observers and staff officers | experts on mission, staff officers | 25 % | 2028 | same (secondary) |
/// | troops, interim | troops | 8 % | 2021 | copy of a UN page (secondary) |
/// | individual military positions, interim | experts on mission, staff officers | 18 % | 2021 | same (secondary) |
/// | formed police units | formed police units | 12 % | "around 2022": no year set | UN Police page |
///
/// # Example
///
/// ```
/// assert_eq!(pko_contributions::personnel::parity_targets().len(), 5);
/// ```
#[must_use]
pub fn parity_targets() -> Vec<Target> {
    let canada = Source::new(
        SourceKind::Government,
        "House of Commons of Canada, parliamentary committee",
        "Report citing the UN Uniformed Gender Parity Strategy 2018-2028",
        None,
        Reliability::Secondary,
    );
    let un_copy = Source::new(
        SourceKind::UnitedNations,
        "United Nations (copy of a UN page)",
        "Uniformed Gender Parity Strategy 2018-2028: interim targets for 2021",
        None,
        Reliability::Secondary,
    );
    let un_police = Source::new(
        SourceKind::UnitedNations,
        "United Nations Police",
        "Women in UN Police: formed police units target",
        None,
        Reliability::Primary,
    );
    let individual_military =
        CategorySet::of(&[Category::ExpertsOnMission, Category::StaffOfficers]);
    let troops = CategorySet::of(&[Category::Troops]);
    vec![
        Target::new(
            "military contingents, 2028",
            troops,
            const { Percent::lit(15, 0) },
            Some(2028),
            canada.clone(),
        ),
        Target::new(
            "military observers and staff officers, 2028",
            individual_military,
            const { Percent::lit(25, 0) },
            Some(2028),
            canada,
        ),
        Target::new(
            "troops, interim 2021",
            troops,
            const { Percent::lit(8, 0) },
            Some(2021),
            un_copy.clone(),
        ),
        Target::new(
            "individual military positions, interim 2021",
            individual_military,
            const { Percent::lit(18, 0) },
            Some(2021),
            un_copy,
        ),
        Target::new(
            "formed police units (around 2022)",
            CategorySet::of(&[Category::FormedPoliceUnits]),
            const { Percent::lit(12, 0) },
            None,
            un_police,
        ),
    ]
}

/// Women's share against a target in one month.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{parity_targets, Category, Personnel};
/// use pko_core::CountryCode;
///
/// let mut b = Personnel::builder();
/// b.push("2014-02".parse()?, "BGD".parse::<CountryCode>()?, &"MONUSCO".parse()?, Category::FormedPoliceUnits, 71, 86)?;
/// let data = b.build();
/// let targets = parity_targets();
/// let checks = data.female_shares("2014-02".parse()?, &targets);
/// let fpu = checks.iter().find(|c| c.target().name().starts_with("formed police")).unwrap();
/// assert_eq!(fpu.meets(), Some(true)); // 71 of 157 = 45.2229 %
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TargetCheck<'t> {
    pub(super) target: &'t Target,
    pub(super) month: YearMonth,
    pub(super) count: Count,
    pub(super) share: Option<Percent>,
}

impl<'t> TargetCheck<'t> {
    /// The target.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].target().by(), Some(2028));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn target(&self) -> &'t Target {
        self.target
    }

    /// The month measured.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].month().to_string(), "2014-02");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn month(&self) -> YearMonth {
        self.month
    }

    /// The persons counted.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].count().total(), 0);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn count(&self) -> Count {
        self.count
    }

    /// Women's share, if anyone is counted.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].share(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn share(&self) -> Option<Percent> {
        self.share
    }

    /// Whether the share reaches the target; `None` if nobody is counted.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// assert_eq!(checks[0].meets(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn meets(&self) -> Option<bool> {
        self.share.map(|s| s >= self.target.share)
    }

    /// The check as one flat row, with whether it meets the target: what
    /// `pko contributions women --format json` prints a row of, and the
    /// Python package's `women_shares`.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{parity_targets, Personnel};
    /// # let t = parity_targets();
    /// # let checks = Personnel::builder().build().female_shares("2014-02".parse()?, &t);
    /// let row = checks[0].row();
    /// assert_eq!((row.month, row.meets, row.target.by()), (checks[0].month(), None, Some(2028)));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn row(&self) -> TargetRow<'t> {
        TargetRow {
            count: self.count,
            meets: self.meets(),
            month: self.month,
            share: self.share,
            target: self.target,
        }
    }
}

/// A [`TargetCheck`] as one flat row (its fields in this order in JSON):
/// the persons counted, whether the share meets the target, the month, the
/// share and the target.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{self, parity_targets};
///
/// let data = personnel::ipi_embedded()?;
/// let targets = parity_targets();
/// let month = "2014-02".parse()?;
/// let rows: Vec<_> = data
///     .female_shares_of(pko_core::CountryCode::JPN, Some(month), Some(month), &targets)
///     .iter()
///     .map(|c| c.row())
///     .collect();
/// assert_eq!(rows[0].meets, Some(false));
/// assert_eq!(rows[0].count.total(), 271);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct TargetRow<'t> {
    /// The persons counted.
    pub count: Count,
    /// Whether the share reaches the target; `None` if nobody is counted.
    pub meets: Option<bool>,
    /// The month measured.
    pub month: YearMonth,
    /// Women's share, if anyone is counted.
    pub share: Option<Percent>,
    /// The target.
    pub target: &'t Target,
}

impl fmt::Display for TargetCheck<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let share = self
            .share
            .map_or_else(|| "n/a".to_owned(), |s| s.to_string());
        let verdict = match self.meets() {
            Some(true) => "meets",
            Some(false) => "below",
            None => "nobody counted",
        };
        write!(
            f,
            "{:<48} women {:>9} of {:>7}, target {:>4}: {verdict}",
            self.target.name,
            share,
            self.count.total(),
            self.target.share.to_string()
        )
    }
}
