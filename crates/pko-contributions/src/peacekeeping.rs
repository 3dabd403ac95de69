//! Peacekeeping effective rates, derived from a regular-budget scale.
//!
//! Method (General Assembly resolution 55/235, verified in outline): each
//! Member State is placed in one of ten levels, A to J. Levels below A get a
//! discount on their regular-budget rate; the permanent members of the
//! Security Council (level A) pay a premium that absorbs those discounts in
//! proportion to their regular-budget rates. The discount of each level is
//! **data**, supplied by the caller: the sources at hand do not give it.

use std::collections::HashMap;
use std::fmt;

use pko_core::{CountryCode, Locator, Percent, Reliability, Source, SourceKind};
use rust_decimal::Decimal;

use crate::{Error, Scale, ScaleKind};

/// A level of the peacekeeping scale.
///
/// # Example
///
/// ```
/// use pko_contributions::peacekeeping::Level;
///
/// assert_eq!("C".parse::<Level>(), Ok(Level::C));
/// assert_eq!(Level::A.to_string(), "A");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Level {
    /// Level A: the permanent members of the Security Council.
    A,
    /// Level B: no discount.
    B,
    /// Level C.
    C,
    /// Level D.
    D,
    /// Level E.
    E,
    /// Level F.
    F,
    /// Level G.
    G,
    /// Level H.
    H,
    /// Level I.
    I,
    /// Level J.
    J,
}

impl Level {
    /// The ten levels.
    pub const ALL: &'static [Self] = &[
        Self::A,
        Self::B,
        Self::C,
        Self::D,
        Self::E,
        Self::F,
        Self::G,
        Self::H,
        Self::I,
        Self::J,
    ];
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::str::FromStr for Level {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::ALL
            .iter()
            .copied()
            .find(|l| l.to_string() == s)
            .ok_or_else(|| Error::UnknownLevel {
                input: s.to_owned(),
            })
    }
}

/// The inputs of the derivation: each member's level and each level's
/// discount.
///
/// # Example
///
/// ```
/// use pko_contributions::peacekeeping::{Level, Levels};
/// use pko_core::CountryCode;
///
/// let mut levels = Levels::new();
/// levels.assign(CountryCode::USA, Level::A);
/// levels.discount(Level::C, "7.5".parse()?);
/// assert_eq!(levels.level_of(CountryCode::USA), Some(Level::A));
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Levels {
    members: HashMap<CountryCode, Level>,
    discounts: HashMap<Level, Percent>,
}

impl Levels {
    /// No assignment, no discount.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::peacekeeping::Levels::new().level_of(pko_core::CountryCode::JPN), None);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Places a member at a level.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::peacekeeping::{Level, Levels};
    /// let mut l = Levels::new();
    /// l.assign(pko_core::CountryCode::JPN, Level::B);
    /// ```
    pub fn assign(&mut self, country: CountryCode, level: Level) -> &mut Self {
        self.members.insert(country, level);
        self
    }

    /// Sets a level's discount on the regular-budget rate, in percent of
    /// that rate (level A takes none: a discount given for A is ignored).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::peacekeeping::{Level, Levels};
    /// let mut l = Levels::new();
    /// l.discount(Level::J, "90".parse()?);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn discount(&mut self, level: Level, discount: Percent) -> &mut Self {
        self.discounts.insert(level, discount);
        self
    }

    /// A member's level.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::peacekeeping::Levels;
    /// assert_eq!(Levels::new().level_of(pko_core::CountryCode::CHN), None);
    /// ```
    #[must_use]
    pub fn level_of(&self, country: CountryCode) -> Option<Level> {
        self.members.get(&country).copied()
    }

    fn discount_of(&self, level: Level) -> Decimal {
        if level == Level::A {
            return Decimal::ZERO;
        }
        self.discounts
            .get(&level)
            .map_or(Decimal::ZERO, |p| p.as_fraction())
    }
}

/// The number of decimals of the derived rates.
const DECIMALS: u32 = 6;

/// Derives peacekeeping effective rates from a regular-budget scale.
///
/// For a member at level B–J: `rate × (1 − discount)`. The discounts add up
/// to `D`; each level-A member pays `rate + D × rate / Σ rates of level A`.
/// Rates are given to six decimals, and the premium is apportioned among the
/// level-A members by largest remainder at that precision, so the derived
/// scale adds up **exactly** to the regular-budget scale's total (100 for a
/// complete scale).
///
/// # Errors
///
/// [`Error::MissingLevel`] for a member without a level;
/// [`Error::NoPermanentMembers`] if there are discounts but no level-A
/// member with a positive rate to carry them.
///
/// # Example
///
/// ```
/// use pko_contributions::peacekeeping::{derive, Level, Levels};
/// use pko_contributions::{Scale, ScaleKind};
/// use pko_core::{CountryCode, Source};
///
/// let bgd: CountryCode = "BGD".parse()?;
/// let rb = Scale::new(ScaleKind::RegularBudget, "2013-2015".parse()?, [
///     (CountryCode::USA, "60".parse()?),
///     (CountryCode::JPN, "30".parse()?),
///     (bgd, "10".parse()?),
/// ], Source::SPEECH)?;
/// let mut levels = Levels::new();
/// levels.assign(CountryCode::USA, Level::A).assign(CountryCode::JPN, Level::B).assign(bgd, Level::J);
/// levels.discount(Level::J, "90".parse()?);
/// let pk = derive(&rb, &levels)?;
/// assert_eq!(pk.rate(bgd).map(|r| r.value().to_string()), Some("1.000000".into()));
/// assert_eq!(pk.rate(CountryCode::JPN).map(|r| r.value().to_string()), Some("30.000000".into()));
/// assert_eq!(pk.rate(CountryCode::USA).map(|r| r.value().to_string()), Some("69.000000".into()));
/// assert_eq!(pk.total(), rb.total());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn derive(regular_budget: &Scale, levels: &Levels) -> Result<Scale, Error> {
    let unit = Decimal::new(1, DECIMALS);
    let mut discounted: Vec<(CountryCode, Decimal)> = Vec::with_capacity(regular_budget.len());
    let mut level_a: Vec<(CountryCode, Decimal)> = Vec::new();
    let mut discount_total = Decimal::ZERO;
    for (country, rate) in regular_budget.rates() {
        let level = levels
            .level_of(*country)
            .ok_or(Error::MissingLevel { country: *country })?;
        if level == Level::A {
            level_a.push((*country, rate.value()));
            continue;
        }
        // Round each discounted rate down to the unit; what rounding takes
        // off goes into the premium, so nothing is lost.
        let kept = (rate.value() * (Decimal::ONE - levels.discount_of(level)))
            .round_dp_with_strategy(DECIMALS, rust_decimal::RoundingStrategy::ToZero);
        discount_total += rate.value() - kept;
        discounted.push((*country, kept));
    }
    let carriers = level_a.iter().any(|(_, r)| !r.is_zero());
    if discount_total > Decimal::ZERO && !carriers {
        return Err(Error::NoPermanentMembers);
    }
    // The premium in units of 10^-6 percent, exact: every rate has at most
    // six decimals here.
    let premium_units = (discount_total / unit).trunc();
    let premium_usd_like = pko_core::Usd::from_cents(
        i64::try_from(premium_units.mantissa())
            .map_err(|_| pko_core::Error::Overflow {
                operation: "apportioning the premium",
            })
            .map_err(Error::core("apportioning the premium"))?,
    );
    let weights: Vec<Decimal> = level_a.iter().map(|(_, r)| *r).collect();
    let shares = if carriers {
        pko_core::apportion(premium_usd_like, &weights)
            .map_err(Error::core("apportioning the premium among level A"))?
    } else {
        vec![pko_core::Usd::ZERO; level_a.len()]
    };
    let mut rates: Vec<(CountryCode, Percent)> = Vec::with_capacity(regular_budget.len());
    for ((country, rate), share) in level_a.iter().zip(&shares) {
        let premium = Decimal::from_i128_with_scale(share.cents(), DECIMALS);
        rates.push((
            *country,
            Percent::new(rescaled(*rate + premium))
                .map_err(Error::core("rating a level-A member"))?,
        ));
    }
    for (country, rate) in discounted {
        rates.push((
            country,
            Percent::new(rescaled(rate)).map_err(Error::core("rating a discounted member"))?,
        ));
    }
    let source = Source::new(
        SourceKind::Derived,
        "pko-contributions",
        "Peacekeeping effective rates derived by GA resolution 55/235's method from a regular-budget scale and caller-supplied levels",
        None,
        Reliability::Secondary,
    )
    .at(Locator::Table(
        format!("derived from: {}", regular_budget.source()).into(),
    ));
    Scale::new(
        ScaleKind::Peacekeeping,
        regular_budget.period(),
        rates,
        source,
    )
}

fn rescaled(mut d: Decimal) -> Decimal {
    d.rescale(DECIMALS);
    d
}
