//! Calendar months and date periods.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::Error;

/// A calendar month (`2015-03`), the unit of the UN's monthly personnel
/// reports.
///
/// Years run from 1 to 9999. `Display` and `FromStr` use `YYYY-MM` and
/// round-trip; months order chronologically.
///
/// # Example
///
/// ```
/// use pko_core::YearMonth;
///
/// let march: YearMonth = "2015-03".parse()?;
/// assert_eq!(march.last_day().to_string(), "2015-03-31");
/// assert_eq!(march.next().map(|m| m.to_string()), Some("2015-04".to_owned()));
/// assert!("2015-13".parse::<YearMonth>().is_err());
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: u16,
    month: u8,
}

impl YearMonth {
    /// A month from a year (1–9999) and a month number (1–12).
    ///
    /// # Errors
    ///
    /// [`Error::YearMonthSyntax`] outside those ranges.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::YearMonth;
    ///
    /// assert_eq!(YearMonth::new(2014, 2)?.to_string(), "2014-02");
    /// assert!(YearMonth::new(2014, 0).is_err());
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn new(year: u16, month: u8) -> Result<Self, Error> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return Err(Error::YearMonthSyntax {
                input: format!("{year:04}-{month:02}"),
            });
        }
        Ok(Self { year, month })
    }

    /// A month from a year (1–9999) and a month number (1–12), in a
    /// constant context; `None` outside those ranges.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::YearMonth;
    ///
    /// const MARCH_2015: Option<YearMonth> = YearMonth::checked(2015, 3);
    /// assert_eq!(MARCH_2015.map(|m| m.to_string()).as_deref(), Some("2015-03"));
    /// assert_eq!(YearMonth::checked(2015, 13), None);
    /// assert_eq!(YearMonth::checked(0, 1), None);
    /// ```
    #[must_use]
    pub const fn checked(year: u16, month: u8) -> Option<Self> {
        if year >= 1 && year <= 9999 && month >= 1 && month <= 12 {
            Some(Self { year, month })
        } else {
            None
        }
    }

    /// The month a date falls in.
    ///
    /// # Errors
    ///
    /// [`Error::YearMonthSyntax`] for a date outside years 1–9999.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::YearMonth;
    ///
    /// let d = pko_core::date(2014, 2, 28);
    /// assert_eq!(YearMonth::of(d)?.to_string(), "2014-02");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn of(date: NaiveDate) -> Result<Self, Error> {
        let year = u16::try_from(date.year()).map_err(|_| Error::YearMonthSyntax {
            input: date.to_string(),
        })?;
        let month = u8::try_from(date.month()).map_err(|_| Error::YearMonthSyntax {
            input: date.to_string(),
        })?;
        Self::new(year, month)
    }

    /// The year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::YearMonth::new(2015, 3)?.year(), 2015);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month number, 1–12.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::YearMonth::new(2015, 3)?.month(), 3);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The first day of the month.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::YearMonth::new(2016, 2)?.first_day().to_string(), "2016-02-01");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        // Year 1-9999 and month 1-12 (the type's invariant) always make a day.
        crate::date(i32::from(self.year), u32::from(self.month), 1)
    }

    /// The last day of the month (the UN's reporting date).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::YearMonth::new(2016, 2)?.last_day().to_string(), "2016-02-29");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn last_day(self) -> NaiveDate {
        let first = self.first_day();
        crate::date(
            first.year(),
            first.month(),
            u32::from(first.num_days_in_month()),
        )
    }

    /// The following month, or `None` after 9999-12.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::YearMonth;
    ///
    /// assert_eq!(YearMonth::new(2014, 12)?.next(), Some(YearMonth::new(2015, 1)?));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn next(self) -> Option<Self> {
        if self.month == 12 {
            Self::new(self.year.checked_add(1)?, 1).ok()
        } else {
            Self::new(self.year, self.month + 1).ok()
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("{:04}-{:02}", self.year, self.month))
    }
}

impl FromStr for YearMonth {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let syntax = || Error::YearMonthSyntax {
            input: s.to_owned(),
        };
        let (y, m) = s.split_once('-').ok_or_else(syntax)?;
        let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(y, 4) || !digits(m, 2) {
            return Err(syntax());
        }
        let year = y.parse().map_err(|_| syntax())?;
        let month = m.parse().map_err(|_| syntax())?;
        Self::new(year, month).map_err(|_| syntax())
    }
}

crate::schema_via_str!(YearMonth, "YearMonth", {
    "description": "A month, `YYYY-MM`.",
    "type": "string",
    "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$",
    "examples": ["2014-07"]
});

crate::serde_via_str!(YearMonth, "a month as \"YYYY-MM\"");

/// When something happened or holds, as precisely as its source says: a
/// day, or only a month when the source gives no day ("approved in July
/// 2014"). pko never makes up a day.
///
/// `Display` and `FromStr` use `YYYY-MM-DD` or `YYYY-MM` and round-trip.
///
/// # Example
///
/// ```
/// use pko_core::When;
///
/// let july: When = "2014-07".parse()?;
/// assert_eq!(july.to_string(), "2014-07");
/// assert_eq!(july.first_day().to_string(), "2014-07-01");
/// assert_eq!(july.last_day().to_string(), "2014-07-31");
/// let day: When = "2015-03-31".parse()?;
/// assert_eq!(day.first_day(), day.last_day());
/// assert!("2015-3".parse::<When>().is_err());
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    /// A day.
    Day(NaiveDate),
    /// A month, the day not given.
    Month(YearMonth),
}

impl When {
    /// The first day it may be.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::When::Month("2014-02".parse()?).first_day().to_string(), "2014-02-01");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        match self {
            Self::Day(d) => d,
            Self::Month(m) => m.first_day(),
        }
    }

    /// The last day it may be.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::When::Month("2016-02".parse()?).last_day().to_string(), "2016-02-29");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn last_day(self) -> NaiveDate {
        match self {
            Self::Day(d) => d,
            Self::Month(m) => m.last_day(),
        }
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Day(d) => f.pad(&d.to_string()),
            Self::Month(m) => m.fmt(f),
        }
    }
}

impl FromStr for When {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        if s.len() == 7 {
            s.parse().map(Self::Month)
        } else {
            parse_iso_date(s)
                .map(Self::Day)
                .ok_or_else(|| Error::DateSyntax {
                    input: s.to_owned(),
                })
        }
    }
}

crate::schema_via_str!(When, "When", {
    "description": "When something happened or holds, as precisely as its source says: a day (`YYYY-MM-DD`) or only a month (`YYYY-MM`).",
    "anyOf": [
        { "type": "string", "format": "date" },
        { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" }
    ],
    "examples": ["2015-09-19", "2014-07"]
});

crate::serde_via_str!(When, "a day as \"YYYY-MM-DD\" or a month as \"YYYY-MM\"");

/// A span of days with inclusive bounds: both `start` and `end` belong to
/// it. An open period (no `end`) runs on indefinitely.
///
/// Inclusive ends match how laws and budgets state periods ("from 1 July
/// 2014 to 30 June 2015"). `Display` and `FromStr` use
/// `2014-07-01..=2015-06-30` for a closed period and `2016-03-29..` for an
/// open one, and round-trip.
///
/// # Example
///
/// ```
/// use pko_core::DatePeriod;
///
/// let budget: DatePeriod = "2014-07-01..=2015-06-30".parse()?;
/// assert!(budget.contains(pko_core::date(2015, 6, 30)));
/// assert!(!budget.contains(pko_core::date(2015, 7, 1)));
/// assert_eq!(budget.days(), Some(365));
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DatePeriod {
    start: NaiveDate,
    end: Option<NaiveDate>,
}

impl DatePeriod {
    /// The closed period from `start` to `end`, both included.
    ///
    /// # Errors
    ///
    /// [`Error::PeriodReversed`] if `end` is before `start`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::DatePeriod;
    ///
    /// let day = pko_core::date(2016, 3, 29);
    /// assert_eq!(DatePeriod::new(day, day)?.days(), Some(1));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self, Error> {
        if end < start {
            return Err(Error::PeriodReversed { start, end });
        }
        Ok(Self {
            start,
            end: Some(end),
        })
    }

    /// The open period from `start` on.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::DatePeriod;
    ///
    /// let p = DatePeriod::starting(pko_core::date(2016, 3, 29));
    /// assert_eq!(p.to_string(), "2016-03-29..");
    /// ```
    #[must_use]
    pub const fn starting(start: NaiveDate) -> Self {
        Self { start, end: None }
    }

    /// The first day.
    ///
    /// # Example
    ///
    /// ```
    /// let p: pko_core::DatePeriod = "2016-03-29..".parse()?;
    /// assert_eq!(p.start().to_string(), "2016-03-29");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn start(self) -> NaiveDate {
        self.start
    }

    /// The last day, or `None` for an open period.
    ///
    /// # Example
    ///
    /// ```
    /// let p: pko_core::DatePeriod = "2016-03-29..".parse()?;
    /// assert_eq!(p.end(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn end(self) -> Option<NaiveDate> {
        self.end
    }

    /// Whether `date` lies in the period (bounds included).
    ///
    /// # Example
    ///
    /// ```
    ///
    /// let p: pko_core::DatePeriod = "2016-03-29..".parse()?;
    /// assert!(p.contains(pko_core::date(2016, 3, 29)));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn contains(self, date: NaiveDate) -> bool {
        date >= self.start && self.end.is_none_or(|end| date <= end)
    }

    /// The number of days, bounds included, or `None` for an open period.
    ///
    /// # Example
    ///
    /// ```
    /// let p: pko_core::DatePeriod = "2016-01-01..=2020-12-31".parse()?;
    /// assert_eq!(p.days(), Some(1827));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn days(self) -> Option<i64> {
        self.end
            .map(|end| (end - self.start).num_days().saturating_add(1))
    }

    /// Whether two periods share at least one day.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::DatePeriod;
    ///
    /// let a: DatePeriod = "2016-01-01..=2020-12-31".parse()?;
    /// let b: DatePeriod = "2020-12-31..".parse()?;
    /// let c: DatePeriod = "2021-01-01..".parse()?;
    /// assert!(a.overlaps(b));
    /// assert!(!a.overlaps(c));
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn overlaps(self, other: Self) -> bool {
        let self_before_other = self.end.is_some_and(|end| end < other.start);
        let other_before_self = other.end.is_some_and(|end| end < self.start);
        !self_before_other && !other_before_self
    }
}

impl fmt::Display for DatePeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&match self.end {
            Some(end) => format!("{}..={}", self.start, end),
            None => format!("{}..", self.start),
        })
    }
}

/// Parses a date in the canonical form that chrono displays: `YYYY-MM-DD`
/// for years 0–9999, and a signed year of four or more digits outside that
/// range (`+10124-09-29`, `-0001-01-01`). Nothing else is accepted: no
/// missing zero padding, no time, no white space.
pub(crate) fn parse_iso_date(input: &str) -> Option<NaiveDate> {
    let (sign, rest) = match input.as_bytes().first() {
        Some(b'+') => (Some(1), input.get(1..)?),
        Some(b'-') => (Some(-1), input.get(1..)?),
        _ => (None, input),
    };
    let mut parts = rest.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(y) || !digits(m) || !digits(d) {
        return None;
    }
    if m.len() != 2 || d.len() != 2 || y.len() < 4 || (sign.is_none() && y.len() != 4) {
        return None;
    }
    let magnitude: i32 = y.parse().ok()?;
    let year = match sign {
        None => magnitude,
        // A sign is written only outside 0–9999.
        Some(1) if magnitude > 9999 => magnitude,
        Some(-1) if magnitude > 0 => -magnitude,
        Some(_) => return None,
    };
    if y.len() > 4 && y.starts_with('0') {
        return None;
    }
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

impl FromStr for DatePeriod {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let syntax = || Error::PeriodSyntax {
            input: s.to_owned(),
        };
        if let Some((start, end)) = s.split_once("..=") {
            let start = parse_iso_date(start).ok_or_else(syntax)?;
            let end = parse_iso_date(end).ok_or_else(syntax)?;
            return Self::new(start, end);
        }
        let start = s.strip_suffix("..").ok_or_else(syntax)?;
        parse_iso_date(start).map(Self::starting).ok_or_else(syntax)
    }
}

crate::schema_via_str!(DatePeriod, "DatePeriod", {
    "description": "A span of days with inclusive bounds: `YYYY-MM-DD..=YYYY-MM-DD`, or `YYYY-MM-DD..` when it runs on.",
    "type": "string",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}\\.\\.(=[0-9]{4}-[0-9]{2}-[0-9]{2})?$",
    "examples": ["2014-07-01..=2015-06-30", "2016-03-29.."]
});

crate::serde_via_str!(DatePeriod, "a period such as \"2014-07-01..=2015-06-30\"");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_month_rejects_each_bad_shape() {
        for bad in [
            "",
            "2015",
            "2015-3",
            "15-03",
            "2015/03",
            "2015-00",
            "2015-13",
            "0000-01",
            "2015-03-31",
            "+015-03",
            "２０１５-03",
        ] {
            assert!(
                matches!(bad.parse::<YearMonth>(), Err(Error::YearMonthSyntax { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn last_days() {
        for (ym, last) in [
            ("2014-02", "2014-02-28"),
            ("2016-02", "2016-02-29"),
            ("1900-02", "1900-02-28"),
            ("2000-02", "2000-02-29"),
            ("2015-12", "2015-12-31"),
            ("9999-12", "9999-12-31"),
        ] {
            let m: YearMonth = ym.parse().unwrap();
            assert_eq!(m.last_day().to_string(), last);
        }
        assert_eq!(YearMonth::new(9999, 12).unwrap().next(), None);
    }

    #[test]
    fn overlaps_in_both_orders() {
        let p = |s: &str| s.parse::<DatePeriod>().unwrap();
        let (a, b, c) = (
            p("2016-01-01..=2020-12-31"),
            p("2021-01-01..=2025-12-31"),
            p("2020-12-31..=2021-01-01"),
        );
        assert!(!a.overlaps(b) && !b.overlaps(a));
        assert!(a.overlaps(c) && c.overlaps(a) && b.overlaps(c) && c.overlaps(b));
        assert!(a.overlaps(a));
        assert_eq!(a.end().map(|d| d.to_string()), Some("2020-12-31".into()));
    }

    #[test]
    fn dates_parse_only_in_canonical_form() {
        for ok in [
            "2015-01-31",
            "0000-01-01",
            "9999-12-31",
            "+10000-01-01",
            "-0001-12-31",
        ] {
            assert_eq!(
                parse_iso_date(ok).map(|d| d.to_string()).as_deref(),
                Some(ok),
                "{ok}"
            );
        }
        for bad in [
            "2015-+1-01",
            "2015-01-+1",
            "+2015-01-01",
            "+9999-12-31",
            "-0000-01-01",
            "2015-1-01",
            "2015-01-1",
            "215-01-01",
            "2015-01-01-",
            "2015--01",
            "+010000-01-01",
            "2015-01-32",
            "",
            "-",
            "+",
            "-215-01-01",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn period_rejects_each_bad_shape() {
        for bad in [
            "",
            "2015-01-01",
            "2015-01-01..2015-02-01",
            "2015-1-01..",
            "2015-02-30..",
            "..=2015-01-01",
            "2015-01-01..=",
            "2015-01-01 ..",
            "+2015-01-01..",
            "-0000-01-01..",
            "+010000-01-01..",
            "2015-01-01T00:00..",
        ] {
            assert!(
                matches!(bad.parse::<DatePeriod>(), Err(Error::PeriodSyntax { .. })),
                "{bad:?}"
            );
        }
        for far in ["+10124-09-29..", "-0001-01-01..=+10000-01-01"] {
            assert_eq!(far.parse::<DatePeriod>().unwrap().to_string(), far);
        }
        assert!(matches!(
            "2015-02-01..=2015-01-31".parse::<DatePeriod>(),
            Err(Error::PeriodReversed { .. })
        ));
    }
}
