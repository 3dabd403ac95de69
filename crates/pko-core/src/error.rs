//! The one error type of `pko-core`.

/// Everything that can go wrong when building a `pko-core` value.
///
/// Every variant names the rejected input (in backticks in the message) and
/// what is wrong with it, so that a caller can report it to a person as is.
///
/// # Example
///
/// ```
/// use pko_core::{CountryCode, Error};
///
/// let err = "JP".parse::<CountryCode>().unwrap_err();
/// assert!(matches!(err, Error::CountryCodeShape { .. }));
/// assert_eq!(err.to_string(), "invalid country code `JP`: expected three ASCII letters (ISO 3166-1 alpha-3)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not three ASCII letters.
    #[error("invalid country code `{input}`: expected three ASCII letters (ISO 3166-1 alpha-3)")]
    CountryCodeShape {
        /// The rejected input.
        input: String,
    },
    /// Three letters, but not a code assigned in ISO 3166-1.
    #[error("unknown country code `{input}`: not assigned in ISO 3166-1")]
    UnknownCountryCode {
        /// The rejected input.
        input: String,
    },
    /// The input is not the shape of a UN mission acronym.
    #[error("invalid mission code `{input}`: {reason}")]
    MissionCodeShape {
        /// The rejected input.
        input: String,
        /// What is wrong with its shape.
        reason: MissionCodeProblem,
    },
    /// The input is not a decimal number.
    #[error("invalid number `{input}`: expected a decimal number such as `10.833`")]
    NumberSyntax {
        /// The rejected input.
        input: String,
    },
    /// A percentage outside 0–100.
    #[error("percentage `{input}` out of range: expected 0 to 100 inclusive")]
    PercentOutOfRange {
        /// The rejected value.
        input: String,
    },
    /// The input is not a US-dollar amount.
    #[error(
        "invalid US-dollar amount `{input}`: expected digits with optional `US$`, thousands commas and at most two decimals"
    )]
    AmountSyntax {
        /// The rejected input.
        input: String,
    },
    /// An amount with a fraction of a cent, where no rounding was asked for.
    #[error("US-dollar amount `{input}` has a fraction of a cent: round it explicitly")]
    SubCentAmount {
        /// The rejected amount.
        input: String,
    },
    /// The input is not a `YYYY-MM` month.
    #[error("invalid month `{input}`: expected `YYYY-MM` with a month from 01 to 12")]
    YearMonthSyntax {
        /// The rejected input.
        input: String,
    },
    /// The input is not a `YYYY-MM-DD` day.
    #[error("invalid date `{input}`: expected `YYYY-MM-DD`")]
    DaySyntax {
        /// The rejected input.
        input: String,
    },
    /// The input is neither a `YYYY-MM-DD` day nor a `YYYY-MM` month.
    #[error("invalid date `{input}`: expected `YYYY-MM-DD` or `YYYY-MM`")]
    DateSyntax {
        /// The rejected input.
        input: String,
    },
    /// The input is not a period in the documented form.
    #[error("invalid period `{input}`: expected `YYYY-MM-DD..=YYYY-MM-DD` or `YYYY-MM-DD..`")]
    PeriodSyntax {
        /// The rejected input.
        input: String,
    },
    /// A period whose end is before its start.
    #[error("invalid period: end `{end}` is before start `{start}`")]
    PeriodReversed {
        /// The first day.
        start: chrono::NaiveDate,
        /// The last day, which is earlier.
        end: chrono::NaiveDate,
    },
    /// An apportionment that cannot be made.
    #[error("cannot apportion: {reason}")]
    Apportion {
        /// Why it cannot be made.
        reason: ApportionProblem,
    },
    /// A computation whose result does not fit the number type.
    #[error("arithmetic overflow in {operation}")]
    Overflow {
        /// The operation that overflowed, in words.
        operation: &'static str,
    },
}

/// Why a mission code was rejected.
///
/// # Example
///
/// ```
/// use pko_core::{Error, MissionCode, MissionCodeProblem};
///
/// let err = "unmiss".parse::<MissionCode>().unwrap_err();
/// assert!(matches!(err, Error::MissionCodeShape { reason: MissionCodeProblem::NotUppercase, .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MissionCodeProblem {
    /// Empty input.
    #[error("empty")]
    Empty,
    /// Longer than the longest acronym accepted.
    #[error("longer than 16 characters")]
    TooLong,
    /// Lower-case letters in the acronym.
    #[error("acronyms are written in capitals")]
    NotUppercase,
    /// A character other than capitals, digits, one space or one hyphen.
    #[error(
        "only capital letters, digits, and a single space or hyphen before a suffix are allowed"
    )]
    BadCharacter,
    /// The acronym part is shorter than two letters or does not start with a letter.
    #[error("the acronym must start with at least two capital letters")]
    TooShort,
}

/// Why an apportionment was refused.
///
/// # Example
///
/// ```
/// use pko_core::{apportion, ApportionProblem, Error, Usd};
/// use rust_decimal::Decimal;
///
/// let err = apportion(Usd::from_cents(100), &[Decimal::ZERO]).unwrap_err();
/// assert_eq!(err, Error::Apportion { reason: ApportionProblem::ZeroTotalWeight });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApportionProblem {
    /// No party to share among.
    #[error("no parties to share among")]
    NoParties,
    /// A negative weight.
    #[error("weight {index} is negative (`{weight}`)")]
    NegativeWeight {
        /// Position of the weight in the input.
        index: usize,
        /// The weight.
        weight: rust_decimal::Decimal,
    },
    /// All weights are zero.
    #[error("the weights sum to zero")]
    ZeroTotalWeight,
    /// A negative amount to share.
    #[error("the amount to share is negative (`{total}`)")]
    NegativeTotal {
        /// The amount.
        total: crate::Usd,
    },
}
