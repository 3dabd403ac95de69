//! Helpers shared by the test modules: the vocabulary's values from their
//! text.

use pko_core::{CountryCode, MissionCode, YearMonth};

/// A month written `YYYY-MM`.
pub(crate) fn month(s: &str) -> YearMonth {
    s.parse().unwrap()
}

/// A mission by its acronym.
pub(crate) fn mission(s: &str) -> MissionCode {
    s.parse().unwrap()
}

/// A country by its ISO 3166-1 alpha-3 code.
pub(crate) fn code(s: &str) -> CountryCode {
    s.parse().unwrap()
}
