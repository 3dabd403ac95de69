//! Women, peace and security: Security Council resolution 1325 and the
//! four actions the speech asks of the East Asian states (section E.2).
//!
//! The speech asks the regional states to "implement diligently" resolution
//! 1325 "adopted in October 2000" and names four actions. The resolution's
//! day and meeting come from its text. What a contributor's uniformed
//! personnel look like against the UN's parity targets is measured by
//! [`Personnel::female_shares_of`](crate::personnel::Personnel::female_shares_of)
//! with [`parity_targets`](crate::personnel::parity_targets).
//!
//! # Example
//!
//! ```
//! use pko_contributions::wps::{ACTIONS, RESOLUTION_1325};
//!
//! assert_eq!(RESOLUTION_1325.adopted().to_string(), "2000-10-31");
//! assert_eq!(RESOLUTION_1325.meeting(), 4213);
//! assert_eq!(ACTIONS.len(), 4);
//! assert!(ACTIONS[1].text().contains("gender perspective"));
//! ```

use std::fmt;

use chrono::NaiveDate;
use pko_core::{Locator, Reliability, Source, SourceKind};

/// A Security Council resolution.
///
/// # Example
///
/// ```
/// use pko_contributions::wps::RESOLUTION_1325;
///
/// assert_eq!(RESOLUTION_1325.to_string(), "Security Council resolution 1325 (2000), adopted on 2000-10-31 at the 4213th meeting");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Resolution {
    number: u32,
    adopted: NaiveDate,
    meeting: u32,
    source: Source,
    cited_by: Source,
}

impl Resolution {
    /// Its number.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::wps::RESOLUTION_1325.number(), 1325);
    /// ```
    #[must_use]
    pub const fn number(&self) -> u32 {
        self.number
    }

    /// The day it was adopted.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::wps::RESOLUTION_1325.adopted(), pko_core::date(2000, 10, 31));
    /// ```
    #[must_use]
    pub const fn adopted(&self) -> NaiveDate {
        self.adopted
    }

    /// The Council meeting that adopted it.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::wps::RESOLUTION_1325.meeting(), 4213);
    /// ```
    #[must_use]
    pub const fn meeting(&self) -> u32 {
        self.meeting
    }

    /// The source of its day and meeting (the resolution's text).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Reliability;
    /// assert_eq!(pko_contributions::wps::RESOLUTION_1325.source().reliability(), Reliability::Primary);
    /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }

    /// Where the speech cites it (section E.2, "adopted in October 2000").
    ///
    /// # Example
    ///
    /// ```
    /// let cited = pko_contributions::wps::RESOLUTION_1325.cited_by();
    /// assert_eq!(cited.locator().map(ToString::to_string).as_deref(), Some("section E.2"));
    /// ```
    #[must_use]
    pub const fn cited_by(&self) -> &Source {
        &self.cited_by
    }
}

impl fmt::Display for Resolution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Security Council resolution {} ({}), adopted on {} at the {}th meeting",
            self.number,
            chrono::Datelike::year(&self.adopted),
            self.adopted,
            self.meeting
        )
    }
}

const SECTION_E2: Source = Source::speech(Locator::section("E.2"));

/// Security Council resolution 1325 (2000) on women, peace and security.
pub static RESOLUTION_1325: Resolution = Resolution {
    number: 1325,
    adopted: pko_core::date(2000, 10, 31),
    meeting: 4213,
    source: Source::new(
        SourceKind::UnitedNations,
        "UN Security Council",
        "Resolution 1325 (2000), S/RES/1325 (2000)",
        Some(pko_core::date(2000, 10, 31)),
        Reliability::Primary,
    ),
    cited_by: SECTION_E2,
};

/// One of the speech's four actions for implementing resolution 1325.
///
/// # Example
///
/// ```
/// use pko_contributions::wps::ACTIONS;
///
/// assert_eq!(ACTIONS[0].number(), 1);
/// assert_eq!(ACTIONS[0].to_string(), "(1) involve more women in decision making on conflict resolution and peace processes, at all levels");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Action {
    number: u8,
    text: &'static str,
    source: Source,
}

impl Action {
    /// Its number in the speech, 1 to 4.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::wps::ACTIONS[3].number(), 4);
    /// ```
    #[must_use]
    pub const fn number(&self) -> u8 {
        self.number
    }

    /// The speech's wording.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::wps::ACTIONS[2].text().starts_with("protect women"));
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// The speech, section E.2.
    ///
    /// # Example
    ///
    /// ```
    /// let s = pko_contributions::wps::ACTIONS[0].source();
    /// assert_eq!(s.locator().map(ToString::to_string).as_deref(), Some("section E.2"));
    /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}) {}", self.number, self.text)
    }
}

/// The four actions of section E.2, in the speech's words and order.
pub static ACTIONS: [Action; 4] = [
    Action {
        number: 1,
        text: "involve more women in decision making on conflict resolution and peace processes, at all levels",
        source: SECTION_E2,
    },
    Action {
        number: 2,
        text: "develop peacekeeping training programs which would include the gender perspective",
        source: SECTION_E2,
    },
    Action {
        number: 3,
        text: "protect women from gender based violence during the armed conflicts, especially from rape and other forms of sexual abuse",
        source: SECTION_E2,
    },
    Action {
        number: 4,
        text: "include gender perspective into the UN reports on peace-building and implementation of the programs",
        source: SECTION_E2,
    },
];
