//! Helpers shared by the test modules: dates and periods from their text.

use chrono::NaiveDate;
use pko_core::DatePeriod;

/// A day written `YYYY-MM-DD`.
pub(crate) fn date(s: &str) -> NaiveDate {
    pko_core::parse_date(s).unwrap()
}

/// A period written `YYYY-MM-DD..YYYY-MM-DD`.
pub(crate) fn period(s: &str) -> DatePeriod {
    s.parse().unwrap()
}
