//! Payments to Governing Council members: honoraria, travel and
//! accommodation for council meetings, never a salary (speech section F).

use std::fmt;

use chrono::{Days, NaiveDate};
use pko_core::{DatePeriod, Usd};

use crate::{Problem, ProblemKind, Rule, Seat};

/// What a payment is for.
///
/// # Example
///
/// ```
/// use pko_institute::PaymentKind;
/// assert_eq!(PaymentKind::Honorarium.to_string(), "honorarium");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PaymentKind {
    /// A regular salary: never allowed.
    Salary,
    /// An honorarium for a council meeting.
    Honorarium,
    /// Transportation to and from a council meeting.
    Travel,
    /// Accommodation during a council meeting.
    Accommodation,
}

impl fmt::Display for PaymentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Salary => "salary",
            Self::Honorarium => "honorarium",
            Self::Travel => "travel",
            Self::Accommodation => "accommodation",
        })
    }
}

/// A meeting of the Governing Council.
///
/// # Example
///
/// ```
/// use pko_institute::Meeting;
///
/// let m = Meeting { id: "GC-1".into(), days: "2017-03-06..=2017-03-08".parse()?, attendees: vec!["A. Tanaka".into()] };
/// assert_eq!(m.days.days(), Some(3));
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Meeting {
    /// Its identifier.
    pub id: String,
    /// The days it sits.
    pub days: DatePeriod,
    /// Who attended.
    pub attendees: Vec<String>,
}

/// A payment to a council member.
///
/// # Example
///
/// Travel to a meeting the member attended, the day before it sits: a
/// payment the rules allow.
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{validate_payments, Meeting, Payment, PaymentKind, PaymentRules, Seat};
///
/// let seats = [Seat::Government { person: "A. Tanaka".into(), state: CountryCode::JPN }];
/// let meetings = [Meeting { id: "GC-1".into(), days: "2017-03-06..=2017-03-08".parse()?, attendees: vec!["A. Tanaka".into()] }];
/// let travel = Payment {
///     person: "A. Tanaka".into(),
///     kind: PaymentKind::Travel,
///     date: pko_core::date(2017, 3, 5),
///     meeting: Some("GC-1".into()),
///     amount: "US$1,250.00".parse()?,
/// };
/// assert!(validate_payments(&seats, &meetings, &[travel], &PaymentRules::default()).is_empty());
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Payment {
    /// To whom.
    pub person: String,
    /// For what.
    pub kind: PaymentKind,
    /// The day of the expense or payment.
    pub date: NaiveDate,
    /// The council meeting it is for.
    #[cfg_attr(feature = "serde", serde(default))]
    pub meeting: Option<String>,
    /// How much.
    pub amount: Usd,
}

/// The days around a meeting on which its costs may fall. The speech says
/// costs are paid "during the meetings of the Governing Council"; travel
/// needs days before and after. **Assumption**: one travel day on each
/// side by default.
///
/// # Example
///
/// ```
/// use pko_institute::PaymentRules;
/// assert_eq!(PaymentRules::default().travel_days, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct PaymentRules {
    /// Days before the first and after the last day of a meeting on which
    /// its payments may be dated.
    pub travel_days: u32,
}

impl Default for PaymentRules {
    fn default() -> Self {
        Self { travel_days: 1 }
    }
}

fn window(meeting: &Meeting, rules: PaymentRules) -> Option<DatePeriod> {
    let pad = Days::new(u64::from(rules.travel_days));
    let start = meeting.days.start().checked_sub_days(pad)?;
    let end = meeting.days.end()?.checked_add_days(pad)?;
    DatePeriod::new(start, end).ok()
}

/// Checks payments to council members and reports **every** problem: a
/// salary; a payment to someone without a seat; an honorarium, travel or
/// accommodation with no meeting, for a meeting that does not exist or
/// that the person did not attend, or dated outside the meeting and its
/// travel days; an amount that is not positive.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{validate_payments, Meeting, Payment, PaymentKind, PaymentRules, ProblemKind, Seat};
///
/// let seats = [Seat::Government { person: "A. Tanaka".into(), state: CountryCode::JPN }];
/// let meetings = [Meeting { id: "GC-1".into(), days: "2017-03-06..=2017-03-08".parse()?, attendees: vec!["A. Tanaka".into()] }];
/// let salary = Payment {
///     person: "A. Tanaka".into(),
///     kind: PaymentKind::Salary,
///     date: pko_core::parse_date("2017-03-31").unwrap(),
///     meeting: None,
///     amount: "US$5,000.00".parse()?,
/// };
/// let problems = validate_payments(&seats, &meetings, &[salary], &PaymentRules::default());
/// assert!(matches!(problems[0].kind(), ProblemKind::Salary { index: 0, .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn validate_payments(
    seats: &[Seat],
    meetings: &[Meeting],
    payments: &[Payment],
    rules: &PaymentRules,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let pay = |kind| Problem::new(Rule::CouncilPay, kind);
    for (i, p) in payments.iter().enumerate() {
        let person = p.person.trim();
        if !seats.iter().any(|s| s.person().trim() == person) {
            problems.push(pay(ProblemKind::NotOnCouncil {
                index: i,
                person: person.to_owned(),
            }));
        }
        if p.amount <= Usd::ZERO {
            problems.push(pay(ProblemKind::NotPositive { index: i }));
        }
        if p.kind == PaymentKind::Salary {
            problems.push(pay(ProblemKind::Salary {
                index: i,
                person: person.to_owned(),
            }));
            continue;
        }
        let Some(id) = &p.meeting else {
            problems.push(pay(ProblemKind::NoSuchMeeting {
                index: i,
                meeting: "(none given)".into(),
            }));
            continue;
        };
        let Some(meeting) = meetings.iter().find(|m| m.id == *id) else {
            problems.push(pay(ProblemKind::NoSuchMeeting {
                index: i,
                meeting: id.clone(),
            }));
            continue;
        };
        if !meeting.attendees.iter().any(|a| a.trim() == person) {
            problems.push(pay(ProblemKind::DidNotAttend {
                index: i,
                person: person.to_owned(),
                meeting: id.clone(),
            }));
        }
        if let Some(w) = window(meeting, *rules)
            && !w.contains(p.date)
        {
            {
                problems.push(pay(ProblemKind::OutsideMeeting {
                    index: i,
                    date: p.date,
                    window: w,
                }));
            }
        }
    }
    problems
}
