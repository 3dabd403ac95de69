//! How precisely a figure is stated, and the precisions the checks use.

use rust_decimal::Decimal;

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

pub(super) const fn dec(n: u32, scale: u32) -> Decimal {
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
