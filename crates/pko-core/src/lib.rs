#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod country;
mod error;
mod judgement;
mod mission;
mod number;
mod period;
#[cfg(feature = "serde")]
pub mod schema_key;
mod source;

mod apportion;

pub use apportion::apportion;
pub use country::CountryCode;
pub use error::{ApportionProblem, Error, MissionCodeProblem};
pub use judgement::{Fact, Status, Verdict};
pub use mission::MissionCode;
pub use number::{Percent, Rounding, Usd};
pub use period::{DatePeriod, When, YearMonth};
pub use source::{Locator, Reliability, Source, SourceKind, Sourced};

/// Parses a strict ISO `YYYY-MM-DD` date (four-digit year, two-digit month
/// and day; a signed year of more digits outside 0–9999, as chrono writes
/// it), the only date form the pko crates read from text.
///
/// # Example
///
/// ```
/// assert_eq!(pko_core::parse_date("2016-03-29")?.to_string(), "2016-03-29");
/// assert_eq!(
///     pko_core::parse_date("2016-3-29"),
///     Err(pko_core::Error::DaySyntax { input: "2016-3-29".into() })
/// );
/// assert!(pko_core::parse_date("2015-02-29").is_err()); // no such day
/// # Ok::<(), pko_core::Error>(())
/// ```
///
/// # Errors
///
/// [`Error::DaySyntax`] with the input, if it is not such a date or the day
/// does not exist.
pub fn parse_date(input: &str) -> Result<chrono::NaiveDate, Error> {
    period::parse_iso_date(input).ok_or_else(|| Error::DaySyntax {
        input: input.to_owned(),
    })
}

/// A date written as a literal, for tables, docs and tests:
/// `date(2016, 3, 29)`.
///
/// In a `const` or `static` an invalid date fails the build; elsewhere it
/// panics. For dates that come from input, use [`parse_date`] or chrono's
/// `NaiveDate::from_ymd_opt`, which return an error or `None` instead.
///
/// # Panics
///
/// If the year, month and day do not make a date (`date(2015, 2, 29)`).
///
/// # Example
///
/// ```
/// use pko_core::date;
///
/// const IN_FORCE: chrono::NaiveDate = date(1992, 8, 10);
/// assert_eq!(IN_FORCE.to_string(), "1992-08-10");
/// ```
#[must_use]
#[expect(
    clippy::panic,
    reason = "a literal date that does not exist is a bug in the caller's source, caught at build time in const contexts"
)]
pub const fn date(year: i32, month: u32, day: u32) -> chrono::NaiveDate {
    match chrono::NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("pko_core::date: not a date"),
    }
}

/// A month written as a literal, for tables, docs and tests:
/// `month(2014, 7)`. As [`date`]: an invalid month fails the build in a
/// `const` and panics elsewhere; use `str::parse` or
/// [`YearMonth::checked`] for input.
///
/// # Panics
///
/// If the year is not 1-9999 or the month not 1-12.
///
/// # Example
///
/// ```
/// const JULY_2014: pko_core::YearMonth = pko_core::month(2014, 7);
/// assert_eq!(JULY_2014.to_string(), "2014-07");
/// ```
#[must_use]
#[expect(
    clippy::panic,
    reason = "a literal month that does not exist is a bug in the caller's source, caught at build time in const contexts"
)]
pub const fn month(year: u16, month: u8) -> YearMonth {
    match YearMonth::checked(year, month) {
        Some(m) => m,
        None => panic!("pko_core::month: not a month"),
    }
}

/// Implements serde for a type through its `FromStr`, serializing with
/// `Display` or with the given function.
macro_rules! serde_via_str {
    ($ty:ty, $expecting:literal) => {
        crate::serde_via_str!($ty, $expecting, |v: &$ty| v.to_string());
    };
    ($ty:ty, $expecting:literal, $to_string:expr) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let to_string = $to_string;
                serializer.serialize_str(&to_string(self))
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}
pub(crate) use serde_via_str;

/// Implements `schemars::JsonSchema` for a type serialized as a string,
/// under `name`, with the given JSON Schema (what its `FromStr` accepts).
macro_rules! schema_via_str {
    ($ty:ty, $name:literal, $schema:tt) => {
        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed($name)
            }
            fn schema_id() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(concat!("pko_core::", $name))
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!($schema)
            }
        }
    };
}
pub(crate) use schema_via_str;
