//! Exact numbers: percentages and US-dollar amounts.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::Error;

/// Parses `-?digits(.digits)?` exactly, rejecting exponents, signs other than
/// a leading minus, underscores and white space.
pub(crate) fn parse_decimal(input: &str) -> Option<Decimal> {
    let unsigned = input.strip_prefix('-').unwrap_or(input);
    let (int, frac) = match unsigned.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    Decimal::from_str_exact(input).ok()
}

/// A percentage from 0 to 100 inclusive, held exactly (for example a
/// member's rate in a scale of assessment, `10.833`).
///
/// `Display` writes the number followed by `%`; `FromStr` accepts it with or
/// without the `%`. With the `serde` feature it is a JSON string holding the
/// bare number (`"10.833"`), never a float.
///
/// # Example
///
/// ```
/// use pko_core::Percent;
/// use rust_decimal::Decimal;
///
/// let japan: Percent = "10.833".parse()?;
/// assert_eq!(japan.to_string(), "10.833%");
/// assert_eq!(japan.as_fraction(), Decimal::new(10833, 5));
/// assert!("100.001".parse::<Percent>().is_err());
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(Decimal);

impl Percent {
    /// 0 %.
    pub const ZERO: Self = Self(Decimal::ZERO);
    /// 100 %.
    pub const HUNDRED: Self = Self(Decimal::ONE_HUNDRED);

    /// A percentage written as a literal, for tables of real-world data:
    /// `Percent::lit(10_833, 3)` is 10.833 %, the digits and the number of
    /// them after the decimal point, as [`Decimal::new`] takes them.
    ///
    /// In a `const` or `static` a value outside 0–100 fails the build;
    /// elsewhere it panics. For numbers that come from input, use
    /// [`Percent::new`] or `parse`.
    ///
    /// # Panics
    ///
    /// If the value is below 0 or above 100, or `scale` is above 28.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Percent;
    ///
    /// const JAPAN_2013: Percent = Percent::lit(10_833, 3);
    /// assert_eq!(JAPAN_2013.to_string(), "10.833%");
    /// ```
    ///
    /// A rate above 100 % does not build:
    ///
    /// ```compile_fail
    /// const TOO_MUCH: pko_core::Percent = pko_core::Percent::lit(100_001, 3);
    /// ```
    #[must_use]
    pub const fn lit(mantissa: i64, scale: u32) -> Self {
        assert!(
            scale <= Decimal::MAX_SCALE,
            "pko_core::Percent::lit: more than 28 digits after the point"
        );
        // From 17 digits after the point, 100 is more than any i64 mantissa.
        assert!(
            mantissa >= 0 && (scale >= 17 || mantissa <= 100 * 10_i64.pow(scale)),
            "pko_core::Percent::lit: not between 0 and 100"
        );
        let [b0, b1, b2, b3, b4, b5, b6, b7] = mantissa.unsigned_abs().to_le_bytes();
        let lo = u32::from_le_bytes([b0, b1, b2, b3]);
        let mid = u32::from_le_bytes([b4, b5, b6, b7]);
        Self(Decimal::from_parts(lo, mid, 0, false, scale))
    }

    /// A percentage from a number between 0 and 100 inclusive.
    ///
    /// # Errors
    ///
    /// [`Error::PercentOutOfRange`] outside 0–100.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Percent;
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!(Percent::new(Decimal::new(2838, 2))?.to_string(), "28.38%");
    /// assert!(Percent::new(Decimal::NEGATIVE_ONE).is_err());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn new(value: Decimal) -> Result<Self, Error> {
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(Error::PercentOutOfRange {
                input: value.to_string(),
            });
        }
        Ok(Self(value))
    }

    /// The number of percent (`10.833` for 10.833 %).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Percent::HUNDRED.value(), rust_decimal::Decimal::ONE_HUNDRED);
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The fraction of one (`0.10833` for 10.833 %), exact.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Percent::HUNDRED.as_fraction(), rust_decimal::Decimal::ONE);
    /// ```
    #[must_use]
    pub fn as_fraction(self) -> Decimal {
        // Dividing by 100 only moves the decimal point, which is exact for any
        // value in range.
        self.0 / Decimal::ONE_HUNDRED
    }

    /// This percentage of an amount, rounded to the cent as asked.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] if the product does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Percent, Rounding, Usd};
    ///
    /// let rate: Percent = "10.83".parse()?;
    /// let budget: Usd = "US$8,470,000,000".parse()?;
    /// assert_eq!(rate.of(budget, Rounding::HalfEven)?.to_string(), "US$917,301,000.00");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn of(self, amount: Usd, rounding: Rounding) -> Result<Usd, Error> {
        amount.mul_rounded(self.as_fraction(), rounding)
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("{}%", self.0))
    }
}

impl FromStr for Percent {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let number = s.strip_suffix('%').unwrap_or(s);
        let value = parse_decimal(number).ok_or_else(|| Error::NumberSyntax {
            input: s.to_owned(),
        })?;
        Self::new(value).map_err(|_| Error::PercentOutOfRange {
            input: s.to_owned(),
        })
    }
}

crate::schema_via_str!(Percent, "Percent", {
    "description": "A percentage from 0 to 100, exact, as a string holding the bare number (`\"10.833\"`), never a float.",
    "type": "string",
    "pattern": "^(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%?$",
    "examples": ["10.833"]
});

crate::serde_via_str!(Percent, "a percentage such as \"10.833\"", |p: &Percent| p
    .0
    .to_string());

/// How to round an exact result to the cent. Every computation that may
/// produce a fraction of a cent takes one: no rounding is implicit.
///
/// # Example
///
/// ```
/// use pko_core::{Rounding, Usd};
/// use rust_decimal::Decimal;
///
/// let half_cent = Decimal::new(1005, 3); // 1.005
/// assert_eq!(Usd::rounded(half_cent, Rounding::HalfEven).to_string(), "US$1.00");
/// assert_eq!(Usd::rounded(half_cent, Rounding::HalfUp).to_string(), "US$1.01");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Rounding {
    /// To the nearest cent, halves to the even cent (banker's rounding).
    HalfEven,
    /// To the nearest cent, halves away from zero (commercial rounding).
    HalfUp,
    /// Toward zero (truncation).
    TowardZero,
    /// Away from zero.
    AwayFromZero,
    /// Toward negative infinity.
    Floor,
    /// Toward positive infinity.
    Ceiling,
}

impl Rounding {
    fn strategy(self) -> RoundingStrategy {
        match self {
            Self::HalfEven => RoundingStrategy::MidpointNearestEven,
            Self::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Self::TowardZero => RoundingStrategy::ToZero,
            Self::AwayFromZero => RoundingStrategy::AwayFromZero,
            Self::Floor => RoundingStrategy::ToNegativeInfinity,
            Self::Ceiling => RoundingStrategy::ToPositiveInfinity,
        }
    }
}

/// An amount of US dollars, exact to the cent.
///
/// A value always holds a whole number of cents. Arithmetic is checked (an
/// overflow is an [`Error::Overflow`], never a wrap or a panic) and any
/// operation that could produce a fraction of a cent takes a [`Rounding`].
///
/// `Display` writes `US$1,234.56` (`-US$1,234.56` below zero); `FromStr`
/// accepts that form and the plain `1234.56`, with at most two decimals.
/// With the `serde` feature it is a JSON string holding the plain form.
///
/// # Example
///
/// ```
/// use pko_core::Usd;
///
/// let budget: Usd = "US$8,470,000,000".parse()?;
/// assert_eq!(budget.cents(), 847_000_000_000);
/// assert_eq!(budget.to_string(), "US$8,470,000,000.00");
/// assert!("12.345".parse::<Usd>().is_err());
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Usd(Decimal);

impl Usd {
    /// US$0.00.
    pub const ZERO: Self = Self(Decimal::ZERO);

    /// An amount that is already a whole number of cents.
    ///
    /// # Errors
    ///
    /// [`Error::SubCentAmount`] if the amount has a fraction of a cent: use
    /// [`Usd::rounded`] to round it explicitly.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Usd;
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!(Usd::new(Decimal::new(1050, 2))?.to_string(), "US$10.50");
    /// assert!(Usd::new(Decimal::new(10501, 3)).is_err());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn new(amount: Decimal) -> Result<Self, Error> {
        let cents = amount.round_dp_with_strategy(2, RoundingStrategy::ToZero);
        if cents != amount {
            return Err(Error::SubCentAmount {
                input: amount.to_string(),
            });
        }
        Ok(Self::normalised(cents))
    }

    /// An amount rounded to the cent as asked.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Rounding, Usd};
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!(Usd::rounded(Decimal::new(12345, 3), Rounding::TowardZero).cents(), 1234);
    /// ```
    #[must_use]
    pub fn rounded(amount: Decimal, rounding: Rounding) -> Self {
        Self::normalised(amount.round_dp_with_strategy(2, rounding.strategy()))
    }

    /// A whole number of cents.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Usd::from_cents(-150).to_string(), "-US$1.50");
    /// ```
    #[must_use]
    pub fn from_cents(cents: i64) -> Self {
        Self(Decimal::new(cents, 2))
    }

    /// A whole number of dollars.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Usd::from_dollars(40_000_000).to_string(), "US$40,000,000.00");
    /// ```
    #[must_use]
    pub const fn from_dollars(dollars: i64) -> Self {
        // The cents, |dollars| × 100, fit in 96 bits (under 2^71); built
        // from bytes so that the function is `const`.
        let [b0, b1, b2, b3, b4, b5, b6, b7] = dollars.unsigned_abs().to_le_bytes();
        let cents =
            u128::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7, 0, 0, 0, 0, 0, 0, 0, 0]) * 100;
        let [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, ..] = cents.to_le_bytes();
        Self(Decimal::from_parts(
            u32::from_le_bytes([c0, c1, c2, c3]),
            u32::from_le_bytes([c4, c5, c6, c7]),
            u32::from_le_bytes([c8, c9, c10, c11]),
            dollars < 0,
            2,
        ))
    }

    fn normalised(mut amount: Decimal) -> Self {
        // A scale of 2 always fits: amounts have at most 28 digits.
        amount.rescale(2);
        Self(amount)
    }

    /// The amount in dollars, with two decimals.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!(pko_core::Usd::from_cents(1234).amount(), Decimal::new(1234, 2));
    /// ```
    #[must_use]
    pub const fn amount(self) -> Decimal {
        self.0
    }

    /// The amount in cents.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Usd::from_dollars(3).cents(), 300);
    /// ```
    #[must_use]
    pub const fn cents(self) -> i128 {
        // The scale is always 2, so the mantissa counts cents.
        self.0.mantissa()
    }

    /// Whether the amount is below zero.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_core::Usd::from_cents(-1).is_negative());
    /// ```
    #[must_use]
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// The sum, or an error on overflow.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] if the sum does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Usd;
    ///
    /// assert_eq!(Usd::from_cents(1).checked_add(Usd::from_cents(2))?, Usd::from_cents(3));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn checked_add(self, other: Self) -> Result<Self, Error> {
        self.0
            .checked_add(other.0)
            .map(Self::normalised)
            .ok_or(Error::Overflow {
                operation: "adding US-dollar amounts",
            })
    }

    /// The difference, or an error on overflow.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] if the difference does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Usd;
    ///
    /// assert_eq!(Usd::from_cents(1).checked_sub(Usd::from_cents(3))?, Usd::from_cents(-2));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn checked_sub(self, other: Self) -> Result<Self, Error> {
        self.0
            .checked_sub(other.0)
            .map(Self::normalised)
            .ok_or(Error::Overflow {
                operation: "subtracting US-dollar amounts",
            })
    }

    /// The amount times a factor, rounded to the cent as asked.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] if the product does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Rounding, Usd};
    /// use rust_decimal::Decimal;
    ///
    /// let third = Usd::from_dollars(1).mul_rounded(Decimal::ONE / Decimal::from(3), Rounding::HalfEven)?;
    /// assert_eq!(third.cents(), 33);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn mul_rounded(self, factor: Decimal, rounding: Rounding) -> Result<Self, Error> {
        self.0
            .checked_mul(factor)
            .map(|product| Self::rounded(product, rounding))
            .ok_or(Error::Overflow {
                operation: "multiplying a US-dollar amount",
            })
    }

    /// The sum of many amounts, or an error on overflow.
    ///
    /// # Errors
    ///
    /// [`Error::Overflow`] if the sum does not fit.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Usd;
    ///
    /// let total = Usd::checked_sum([Usd::from_cents(5), Usd::from_cents(7)])?;
    /// assert_eq!(total, Usd::from_cents(12));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn checked_sum(amounts: impl IntoIterator<Item = Self>) -> Result<Self, Error> {
        amounts.into_iter().try_fold(Self::ZERO, Usd::checked_add)
    }
}

impl fmt::Display for Usd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = self.0.abs().to_string();
        let (int, frac) = plain.split_once('.').unwrap_or((&plain, "00"));
        let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 4);
        if self.is_negative() {
            out.push('-');
        }
        out.push_str("US$");
        let len = int.len();
        for (i, digit) in int.chars().enumerate() {
            if i > 0 && (len - i) % 3 == 0 {
                out.push(',');
            }
            out.push(digit);
        }
        out.push('.');
        out.push_str(frac);
        f.pad(&out)
    }
}

impl FromStr for Usd {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let syntax = || Error::AmountSyntax {
            input: s.to_owned(),
        };
        let (negative, rest) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let rest = rest.strip_prefix("US$").unwrap_or(rest);
        let (int, frac) = match rest.split_once('.') {
            Some((int, frac)) => (int, frac),
            None => (rest, ""),
        };
        let groups: Vec<&str> = int.split(',').collect();
        let well_grouped = match groups.split_first() {
            Some((first, others)) if !others.is_empty() => {
                (1..=3).contains(&first.len()) && others.iter().all(|g| g.len() == 3)
            }
            Some((first, _)) => !first.is_empty(),
            None => false,
        };
        let all_digits = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
        let dangling_point = rest.contains('.') && frac.is_empty();
        let frac_ok =
            frac.len() <= 2 && frac.bytes().all(|b| b.is_ascii_digit()) && !dangling_point;
        if !well_grouped || !all_digits || !frac_ok {
            return Err(syntax());
        }
        let digits: String = groups.concat();
        let text = if frac.is_empty() {
            digits
        } else {
            format!("{digits}.{frac}")
        };
        let mut amount = Decimal::from_str_exact(&text).map_err(|_| syntax())?;
        if negative {
            amount.set_sign_negative(true);
        }
        Self::new(amount)
    }
}

crate::schema_via_str!(Usd, "Usd", {
    "description": "A US-dollar amount, exact to the cent, as a string (`\"1234.56\"`), never a float.",
    "type": "string",
    "pattern": "^-?[0-9]+(\\.[0-9]{1,2})?$",
    "examples": ["8470000000.00"]
});

crate::serde_via_str!(Usd, "a US-dollar amount such as \"1234.56\"", |u: &Usd| u
    .0
    .to_string());

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(input: &str) -> Result<i128, Error> {
        input.parse::<Usd>().map(Usd::cents)
    }

    #[test]
    fn a_percent_literal_is_the_parsed_number_and_checks_its_range() {
        for (mantissa, scale, text) in [
            (10_833, 3, "10.833"),
            (0, 0, "0"),
            (100, 0, "100"),
            (100_000, 3, "100.000"),
            (1, 28, "0.0000000000000000000000000001"),
            (i64::MAX, 17, "92.23372036854775807"),
            (4_294_967_296, 0, ""),
        ] {
            let lit = std::panic::catch_unwind(|| Percent::lit(mantissa, scale));
            if text.is_empty() {
                assert!(lit.is_err(), "{mantissa}e-{scale}");
            } else {
                assert_eq!(lit.ok(), text.parse().ok(), "{mantissa}e-{scale}");
                assert_eq!(Percent::lit(mantissa, scale).value().to_string(), text);
            }
        }
        for (mantissa, scale) in [(-1, 0), (101, 0), (100_001, 3), (1, 29), (i64::MAX, 16)] {
            let built = std::panic::catch_unwind(|| Percent::lit(mantissa, scale));
            assert!(built.is_err(), "{mantissa}e-{scale} is refused");
        }
    }

    #[test]
    fn whole_dollars_are_exact_at_every_size_and_sign() {
        for n in [0, 1, -1, 40_000_000, 8_470_000_000, i64::MAX, i64::MIN] {
            let usd = Usd::from_dollars(n);
            assert_eq!(usd.cents(), i128::from(n) * 100, "{n}");
            assert_eq!(usd.amount().scale(), 2, "{n}");
        }
        assert_eq!(Usd::from_dollars(0), Usd::ZERO);
        assert!(!Usd::from_dollars(0).amount().is_sign_negative());
    }

    #[test]
    fn parses_amounts() {
        for (input, cents) in [
            ("0", 0),
            ("1234.56", 123_456),
            ("US$1,234.56", 123_456),
            ("US$8,470,000,000", 847_000_000_000),
            ("-US$1.5", -150),
            ("-2", -200),
            ("999", 99_900),
            ("1,000", 100_000),
        ] {
            assert_eq!(usd(input), Ok(cents), "{input}");
        }
    }

    #[test]
    fn rejects_each_bad_amount_shape() {
        for bad in [
            "", "US$", "1.", ".5", "1,23", "1234,567", ",123", "1,2345", "12.345", "1e5", "+1",
            "US$-1", "1 000", "１２", "--1", "$1", "1.2.3",
        ] {
            assert!(
                matches!(bad.parse::<Usd>(), Err(Error::AmountSyntax { .. })),
                "{bad:?} gave {:?}",
                bad.parse::<Usd>()
            );
        }
    }

    #[test]
    fn displays_with_grouping() {
        for (cents, shown) in [
            (0, "US$0.00"),
            (5, "US$0.05"),
            (100_000, "US$1,000.00"),
            (12_345_678, "US$123,456.78"),
            (-99_999_999, "-US$999,999.99"),
        ] {
            assert_eq!(Usd::from_cents(cents).to_string(), shown);
        }
    }

    #[test]
    fn sub_cent_needs_rounding() {
        assert!(matches!(
            Usd::new(Decimal::new(1, 3)),
            Err(Error::SubCentAmount { .. })
        ));
        assert_eq!(Usd::new(Decimal::new(1500, 3)).map(Usd::cents), Ok(150));
    }

    #[test]
    fn rounding_modes_differ_where_they_should() {
        let x = Decimal::new(-12345, 3); // -12.345
        let cents = |r| Usd::rounded(x, r).cents();
        assert_eq!(cents(Rounding::HalfEven), -1234);
        assert_eq!(cents(Rounding::HalfUp), -1235);
        assert_eq!(cents(Rounding::TowardZero), -1234);
        assert_eq!(cents(Rounding::AwayFromZero), -1235);
        assert_eq!(cents(Rounding::Floor), -1235);
        assert_eq!(cents(Rounding::Ceiling), -1234);
    }

    #[test]
    fn overflow_is_an_error() {
        let max = Usd::rounded(Decimal::MAX, Rounding::TowardZero);
        assert!(matches!(
            max.checked_add(Usd::from_cents(100)),
            Err(Error::Overflow { .. })
        ));
        assert!(matches!(
            max.mul_rounded(Decimal::TWO, Rounding::HalfEven),
            Err(Error::Overflow { .. })
        ));
    }

    #[test]
    fn percent_shapes() {
        assert_eq!(
            "10.833%".parse::<Percent>().map(Percent::value),
            Ok(Decimal::new(10833, 3))
        );
        assert_eq!("0".parse::<Percent>(), Ok(Percent::ZERO));
        assert_eq!("100".parse::<Percent>(), Ok(Percent::HUNDRED));
        for bad in ["", "%", "ten", "1e1", " 5", "5 %", "5%%", "+5"] {
            assert!(
                matches!(bad.parse::<Percent>(), Err(Error::NumberSyntax { .. })),
                "{bad:?}"
            );
        }
        for out in ["-0.001", "100.0001", "101"] {
            assert!(
                matches!(out.parse::<Percent>(), Err(Error::PercentOutOfRange { .. })),
                "{out:?}"
            );
        }
    }
}
