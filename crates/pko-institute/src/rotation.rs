//! The Director: appointed in rotation among the member states for five
//! years (speech section F).

use std::fmt;

use chrono::{Datelike, NaiveDate};
use pko_core::{CountryCode, DatePeriod};

use crate::{Charter, Error, LeapDay, Problem, ProblemKind, RotationOrderProblem, Rule};

/// One Director's term.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{rotation, Charter};
///
/// let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
/// let charter = Charter::proposed(&members)?;
/// let terms = rotation(&charter, &members, pko_core::date(2016, 1, 1), 2)?;
/// assert_eq!(terms[1].to_string(), "term 2: CHN 2021-01-01..=2025-12-31");
/// # Ok::<(), pko_institute::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Term {
    number: usize,
    state: CountryCode,
    period: DatePeriod,
}

impl Term {
    /// The term's number, from 1.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_core::CountryCode;
    /// # let c = pko_institute::Charter::proposed(&[CountryCode::JPN])?;
    /// let t = pko_institute::rotation(&c, &[CountryCode::JPN], pko_core::date(2016, 1, 1), 1)?;
    /// assert_eq!(t[0].number(), 1);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn number(&self) -> usize {
        self.number
    }

    /// The member state whose national is Director.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_core::CountryCode;
    /// # let c = pko_institute::Charter::proposed(&[CountryCode::JPN])?;
    /// let t = pko_institute::rotation(&c, &[CountryCode::JPN], pko_core::date(2016, 1, 1), 1)?;
    /// assert_eq!(t[0].state(), CountryCode::JPN);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn state(&self) -> CountryCode {
        self.state
    }

    /// The days of the term, both ends included.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_core::CountryCode;
    /// # let c = pko_institute::Charter::proposed(&[CountryCode::JPN])?;
    /// let t = pko_institute::rotation(&c, &[CountryCode::JPN], pko_core::date(2016, 1, 1), 1)?;
    /// assert_eq!(t[0].period().to_string(), "2016-01-01..=2020-12-31");
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn period(&self) -> DatePeriod {
        self.period
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "term {}: {} {}", self.number, self.state, self.period)
    }
}

/// The anniversary of `start` `years` later, with the charter's rule for
/// 29 February.
fn anniversary(start: NaiveDate, years: i64, leap: LeapDay) -> Option<NaiveDate> {
    let year = i32::try_from(i64::from(start.year()).checked_add(years)?).ok()?;
    start.with_year(year).or_else(|| match leap {
        LeapDay::LastDayOfFebruary => NaiveDate::from_ymd_opt(year, 2, 28),
        LeapDay::FirstOfMarch => NaiveDate::from_ymd_opt(year, 3, 1),
    })
}

/// A term that starts on the stand-in for 29 February in a common year (28
/// February, or 1 March under [`LeapDay::FirstOfMarch`]) may be the
/// anniversary of a 29 February start: if the year `years` on is a leap
/// year, it then ends on 28 February, the day before 29 February.
fn leap_anchored_end(start: NaiveDate, years: i64, leap: LeapDay) -> Option<NaiveDate> {
    let stand_in = match leap {
        LeapDay::LastDayOfFebruary => (2, 28),
        LeapDay::FirstOfMarch => (3, 1),
    };
    let common = NaiveDate::from_ymd_opt(start.year(), 2, 29).is_none();
    if !common || (start.month(), start.day()) != stand_in {
        return None;
    }
    let year = i32::try_from(i64::from(start.year()).checked_add(years)?).ok()?;
    NaiveDate::from_ymd_opt(year, 2, 29)?.pred_opt()
}

/// Generates the Director's terms: `terms` terms of the charter's length
/// from `start`, the Directorship passing to the members in `order`.
///
/// Term *k* (from 0) runs from the anniversary of `start` 5*k* years on to
/// the day before the anniversary 5(*k*+1) years on. Anniversaries are
/// counted from `start` itself, so a start on 29 February gives terms that
/// start on 28 February (or 1 March, by the charter's [`LeapDay`]) in
/// common years and on 29 February again in leap years: no drift builds
/// up.
///
/// # Errors
///
/// [`Error::BadRotationOrder`] unless `order` lists every member exactly
/// once; [`Error::DateOutOfRange`] past the calendar's end.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{rotation, Charter};
///
/// let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
/// let charter = Charter::proposed(&members)?;
/// let start = pko_core::date(2016, 2, 29);
/// let terms = rotation(&charter, &members, start, 3)?;
/// assert_eq!(terms[0].period().to_string(), "2016-02-29..=2021-02-27");
/// assert_eq!(terms[1].period().to_string(), "2021-02-28..=2026-02-27");
/// # Ok::<(), pko_institute::Error>(())
/// ```
pub fn rotation(
    charter: &Charter,
    order: &[CountryCode],
    start: NaiveDate,
    terms: usize,
) -> Result<Vec<Term>, Error> {
    check_order(charter, order)?;
    let years = i64::from(charter.term_years());
    let leap = charter.leap_day();
    // chrono's calendar ends in year 262,142: no schedule has more terms
    // than that allows, whatever `terms` asks.
    let mut out = Vec::with_capacity(terms.min(60_000));
    let mut term_start = start;
    for (k, state) in (0..terms).zip(order.iter().cycle()) {
        let out_of_range = || Error::DateOutOfRange { term: k + 1 };
        let k64 = i64::try_from(k).map_err(|_| out_of_range())?;
        let offset = k64
            .checked_add(1)
            .and_then(|n| n.checked_mul(years))
            .ok_or_else(out_of_range)?;
        let next = anniversary(start, offset, leap).ok_or_else(out_of_range)?;
        let end = next.pred_opt().ok_or_else(out_of_range)?;
        let period = DatePeriod::new(term_start, end).map_err(|_| out_of_range())?;
        out.push(Term {
            number: k + 1,
            state: *state,
            period,
        });
        term_start = next;
    }
    Ok(out)
}

fn check_order(charter: &Charter, order: &[CountryCode]) -> Result<(), Error> {
    let bad = |problem| Err(Error::BadRotationOrder { problem });
    for (i, s) in order.iter().enumerate() {
        if !charter.is_member(*s) {
            return bad(RotationOrderProblem::NotAMember { state: *s });
        }
        if order.iter().take(i).any(|x| x == s) {
            return bad(RotationOrderProblem::Twice { state: *s });
        }
    }
    if let Some(m) = charter.members().iter().find(|m| !order.contains(m)) {
        return bad(RotationOrderProblem::Missing { state: *m });
    }
    Ok(())
}

/// An appointment of a Director, as it happened or is proposed.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::Appointment;
///
/// let a = Appointment::new(CountryCode::JPN, "2016-01-01..=2020-12-31".parse()?);
/// assert_eq!(a.state, CountryCode::JPN);
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Appointment {
    /// The Director's state.
    pub state: CountryCode,
    /// The days served; an open period is a term still running.
    pub period: DatePeriod,
}

impl Appointment {
    /// An appointment.
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_institute::Appointment::new(pko_core::CountryCode::KOR, "2026-01-01..".parse()?);
    /// assert_eq!(a.period.end(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub const fn new(state: CountryCode, period: DatePeriod) -> Self {
        Self { state, period }
    }
}

/// A gap or an overlap between the previous appointment `j` and
/// appointment `i` that follows it.
fn continuity(
    before: (usize, &Appointment),
    after: (usize, &Appointment),
    problems: &mut Vec<Problem>,
) {
    let (first, earlier) = before;
    let (second, later) = after;
    let start = later.period.start();
    match earlier.period.end() {
        Some(earlier_end) if earlier_end < start => {
            let uncovered = earlier_end
                .succ_opt()
                .zip(start.pred_opt())
                .and_then(|(from, to)| DatePeriod::new(from, to).ok());
            if let Some(days) = uncovered {
                problems.push(Problem::new(
                    Rule::DirectorRotation,
                    ProblemKind::Gap {
                        after: first,
                        before: second,
                        days,
                    },
                ));
            }
        }
        earlier_end => {
            let last = match (earlier_end, later.period.end()) {
                (Some(one), Some(other)) => Some(one.min(other)),
                (Some(one), None) | (None, Some(one)) => Some(one),
                (None, None) => None,
            };
            let days = match last {
                Some(last) => DatePeriod::new(start, last).ok(),
                None => Some(DatePeriod::starting(start)),
            };
            if let Some(days) = days {
                problems.push(Problem::new(
                    Rule::DirectorRotation,
                    ProblemKind::Overlap {
                        first,
                        second,
                        days,
                    },
                ));
            }
        }
    }
}

/// Checks a history of Director appointments and reports **every**
/// problem: a non-member; a gap or an overlap between consecutive terms;
/// a closed term that is not five years (ending the day before the fifth
/// anniversary of its start; a term starting on the common-year stand-in
/// for 29 February may also end the day before 29 February, as
/// [`rotation`] makes it); a member serving again before every member has served as
/// many terms (rotation fairness). Appointments may come in any order; the
/// problems name them by their position in the input.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{validate_history, Appointment, Charter, ProblemKind};
///
/// let charter = Charter::proposed(&[CountryCode::JPN, CountryCode::CHN, CountryCode::KOR])?;
/// let history = [
///     Appointment::new(CountryCode::JPN, "2016-01-01..=2020-12-31".parse()?),
///     Appointment::new(CountryCode::JPN, "2021-01-01..=2025-12-31".parse()?),
/// ];
/// let problems = validate_history(&charter, &history);
/// assert!(matches!(problems[0].kind(), ProblemKind::ServedAgainEarly { index: 1, .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn validate_history(charter: &Charter, appointments: &[Appointment]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, a) in appointments.iter().enumerate() {
        if !charter.is_member(a.state) {
            problems.push(Problem::new(
                Rule::DirectorRotation,
                ProblemKind::NonMember {
                    index: i,
                    state: a.state,
                },
            ));
        }
    }
    let mut order: Vec<usize> = (0..appointments.len()).collect();
    order.sort_by_key(|i| {
        appointments
            .get(*i)
            .map(|a| (a.period.start(), a.period.end()))
    });
    let years = i64::from(charter.term_years());
    let mut served: Vec<(CountryCode, usize)> = charter.members().iter().map(|m| (*m, 0)).collect();
    let mut previous: Option<(usize, &Appointment)> = None;
    for &i in &order {
        let Some(a) = appointments.get(i) else {
            continue;
        };
        // Term length.
        if let Some(end) = a.period.end() {
            let expected =
                anniversary(a.period.start(), years, charter.leap_day()).and_then(|d| d.pred_opt());
            let leap_anchored = leap_anchored_end(a.period.start(), years, charter.leap_day());
            if let Some(expected_end) = expected.filter(|e| *e != end && leap_anchored != Some(end))
            {
                problems.push(Problem::new(
                    Rule::DirectorTerm,
                    ProblemKind::WrongTermLength {
                        index: i,
                        expected_end,
                        actual_end: end,
                    },
                ));
            }
        }
        // Continuity with the previous term.
        if let Some((j, p)) = previous {
            continuity((j, p), (i, a), &mut problems);
        }
        // Fairness: nobody serves n+1 terms before everyone has served n.
        if let Some(count) = served.iter().find(|(m, _)| *m == a.state).map(|(_, c)| *c) {
            let waiting: Vec<CountryCode> = served
                .iter()
                .filter(|(_, c)| *c < count)
                .map(|(m, _)| *m)
                .collect();
            if !waiting.is_empty() {
                problems.push(Problem::new(
                    Rule::DirectorRotation,
                    ProblemKind::ServedAgainEarly {
                        index: i,
                        state: a.state,
                        waiting,
                    },
                ));
            }
            if let Some((_, c)) = served.iter_mut().find(|(m, _)| *m == a.state) {
                *c += 1;
            }
        }
        previous = Some((i, a));
    }
    problems
}
