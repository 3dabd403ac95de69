//! What the validators report: every problem with its rule and citation.

use std::fmt;

use chrono::NaiveDate;
use pko_core::{CountryCode, DatePeriod, Source};

use crate::{HumanSecurityArea, Implementer, Rule, SeatKind};

/// One problem found in a proposal: which rule it breaks and how.
///
/// Validators report **every** problem they find, not just the first.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{validate_deputies, Charter, DeputyRules, Rule};
///
/// let charter = Charter::proposed(&[CountryCode::JPN, CountryCode::CHN, CountryCode::KOR])?;
/// let problems = validate_deputies(&charter, CountryCode::JPN, &[CountryCode::CHN], &DeputyRules::default());
/// assert_eq!(problems[0].rule(), Rule::DeputyDirectors);
/// assert_eq!(problems[0].to_string(), "three Deputy Directors: 1 Deputy Directors where the charter has 3 (speech, section F)");
/// # Ok::<(), pko_institute::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Problem {
    rule: Rule,
    kind: ProblemKind,
}

impl Problem {
    pub(crate) const fn new(rule: Rule, kind: ProblemKind) -> Self {
        Self { rule, kind }
    }

    /// The rule broken.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::CountryCode;
    /// # use pko_institute::{validate_deputies, Charter, DeputyRules, Rule};
    /// # let charter = Charter::proposed(&[CountryCode::JPN])?;
    /// let p = validate_deputies(&charter, CountryCode::JPN, &[], &DeputyRules::default());
    /// assert_eq!(p[0].rule(), Rule::DeputyDirectors);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn rule(&self) -> Rule {
        self.rule
    }

    /// What is wrong.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::CountryCode;
    /// # use pko_institute::{validate_deputies, Charter, DeputyRules, ProblemKind};
    /// # let charter = Charter::proposed(&[CountryCode::JPN])?;
    /// let p = validate_deputies(&charter, CountryCode::JPN, &[], &DeputyRules::default());
    /// assert_eq!(p[0].kind(), &ProblemKind::WrongDeputyCount { expected: 3, found: 0 });
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> &ProblemKind {
        &self.kind
    }

    /// Where the rule comes from (speech section F).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_core::CountryCode;
    /// # use pko_institute::{validate_deputies, Charter, DeputyRules};
    /// # let charter = Charter::proposed(&[CountryCode::JPN])?;
    /// let p = validate_deputies(&charter, CountryCode::JPN, &[], &DeputyRules::default());
    /// assert_eq!(p[0].citation(), pko_institute::section_f());
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn citation(&self) -> Source {
        self.rule.citation()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (speech, section F)", self.rule, self.kind)
    }
}

fn list(countries: &[CountryCode]) -> String {
    countries
        .iter()
        .map(CountryCode::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// How a proposal breaks a rule. Indexes are positions in the caller's
/// input, from 0.
///
/// # Example
///
/// ```
/// use pko_institute::ProblemKind;
///
/// let k = ProblemKind::Salary { index: 2, person: "A. Member".into() };
/// assert_eq!(k.to_string(), "payment 2 to `A. Member` is a salary");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "problem"))]
#[non_exhaustive]
pub enum ProblemKind {
    /// Days with no Director between two appointments.
    Gap {
        /// The earlier appointment.
        after: usize,
        /// The later appointment.
        before: usize,
        /// The days uncovered.
        days: DatePeriod,
    },
    /// Two appointments covering the same days.
    Overlap {
        /// The earlier appointment.
        first: usize,
        /// The later appointment.
        second: usize,
        /// The days covered twice.
        days: DatePeriod,
    },
    /// A term that is not five years.
    WrongTermLength {
        /// The appointment.
        index: usize,
        /// The last day a five-year term would have.
        expected_end: NaiveDate,
        /// Its last day.
        actual_end: NaiveDate,
    },
    /// A member serving again before every member has served as often.
    ServedAgainEarly {
        /// The appointment.
        index: usize,
        /// The member.
        state: CountryCode,
        /// The members that have served fewer terms.
        waiting: Vec<CountryCode>,
    },
    /// A state that is not a member.
    NonMember {
        /// Where: an appointment, a seat, a deputy.
        index: usize,
        /// The state.
        state: CountryCode,
    },
    /// The wrong number of Deputy Directors.
    WrongDeputyCount {
        /// The charter's number.
        expected: u8,
        /// The number proposed.
        found: usize,
    },
    /// A deputy of the Director's nationality (when that is ruled out).
    DeputyOfDirectorsNationality {
        /// The deputy.
        index: usize,
        /// The nationality.
        state: CountryCode,
    },
    /// Two deputies of one nationality (when that is ruled out).
    DeputiesOfOneNationality {
        /// The later deputy.
        index: usize,
        /// The nationality.
        state: CountryCode,
    },
    /// A council seat the charter provides that nobody fills.
    MissingSeat {
        /// Which seat.
        seat: SeatKind,
        /// For whom (none for an NGO seat in total).
        state: Option<CountryCode>,
    },
    /// A council seat the charter does not provide (a second seat of a
    /// kind for one member).
    ExtraSeat {
        /// The seat.
        index: usize,
        /// Which seat.
        seat: SeatKind,
        /// For whom.
        state: Option<CountryCode>,
    },
    /// One person in two seats.
    DuplicatePerson {
        /// The later seat.
        index: usize,
        /// The person.
        person: String,
    },
    /// A "former senior official" without UN peace-operations service.
    NoPeaceOperationsService {
        /// The seat.
        index: usize,
        /// The person.
        person: String,
    },
    /// The wrong number of NGO seats.
    WrongNgoCount {
        /// The charter's number.
        expected: usize,
        /// The number proposed.
        found: usize,
    },
    /// An NGO not engaged in humanitarian or development activities.
    NgoOutsideScope {
        /// The seat.
        index: usize,
        /// The organisation.
        organisation: String,
    },
    /// A salary to a council member.
    Salary {
        /// The payment.
        index: usize,
        /// The person.
        person: String,
    },
    /// A payment to someone not on the council.
    NotOnCouncil {
        /// The payment.
        index: usize,
        /// The person.
        person: String,
    },
    /// A payment for a meeting that does not exist.
    NoSuchMeeting {
        /// The payment.
        index: usize,
        /// The meeting named.
        meeting: String,
    },
    /// A payment for a meeting the person did not attend.
    DidNotAttend {
        /// The payment.
        index: usize,
        /// The person.
        person: String,
        /// The meeting.
        meeting: String,
    },
    /// A payment dated outside the meeting and its travel days.
    OutsideMeeting {
        /// The payment.
        index: usize,
        /// Its date.
        date: NaiveDate,
        /// The days it may fall in.
        window: DatePeriod,
    },
    /// A payment of a negative or zero amount.
    NotPositive {
        /// The payment.
        index: usize,
    },
    /// A programme outside the five work areas.
    NotAWorkArea {
        /// The programme.
        index: usize,
        /// The area it names.
        area: String,
    },
    /// A human-security area no programme addresses.
    AreaNotAddressed {
        /// The area.
        area: HumanSecurityArea,
    },
    /// A kind of implementer no programme involves.
    ImplementerMissing {
        /// The kind.
        implementer: Implementer,
    },
    /// A policy decision the Director took without the Governing Council.
    PolicyWithoutCouncil {
        /// The decision.
        index: usize,
        /// What was decided.
        what: String,
    },
}

impl fmt::Display for ProblemKind {
    #[expect(clippy::too_many_lines, reason = "one message per kind of problem")]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Gap {
                after,
                before,
                days,
            } => {
                write!(
                    f,
                    "no Director {days}, between appointments {after} and {before}"
                )
            }
            Self::Overlap {
                first,
                second,
                days,
            } => {
                write!(f, "appointments {first} and {second} overlap {days}")
            }
            Self::WrongTermLength {
                index,
                expected_end,
                actual_end,
            } => write!(
                f,
                "appointment {index} ends {actual_end}, where a five-year term ends {expected_end}"
            ),
            Self::ServedAgainEarly {
                index,
                state,
                waiting,
            } => write!(
                f,
                "appointment {index}: `{state}` serves again before {} has served as often",
                list(waiting)
            ),
            Self::NonMember { index, state } => {
                write!(f, "entry {index}: `{state}` is not a member state")
            }
            Self::WrongDeputyCount { expected, found } => write!(
                f,
                "{found} Deputy Directors where the charter has {expected}"
            ),
            Self::DeputyOfDirectorsNationality { index, state } => write!(
                f,
                "deputy {index} is of the Director's nationality (`{state}`)"
            ),
            Self::DeputiesOfOneNationality { index, state } => write!(
                f,
                "deputy {index} is of a nationality another deputy has (`{state}`)"
            ),
            Self::MissingSeat { seat, state } => match state {
                Some(s) => write!(f, "no {seat} for `{s}`"),
                None => write!(f, "no {seat}"),
            },
            Self::ExtraSeat { index, seat, state } => match state {
                Some(s) => write!(f, "seat {index}: a second {seat} for `{s}`"),
                None => write!(f, "seat {index}: a {seat} the charter does not provide"),
            },
            Self::DuplicatePerson { index, person } => {
                write!(f, "seat {index}: `{person}` already holds a seat")
            }
            Self::NoPeaceOperationsService { index, person } => write!(
                f,
                "seat {index}: `{person}` is named a former senior official but has not served in UN peace operations"
            ),
            Self::WrongNgoCount { expected, found } => {
                write!(
                    f,
                    "{found} NGO representatives where the charter has {expected}"
                )
            }
            Self::NgoOutsideScope {
                index,
                organisation,
            } => write!(
                f,
                "seat {index}: `{organisation}` is not engaged in humanitarian or development activities"
            ),
            Self::Salary { index, person } => {
                write!(f, "payment {index} to `{person}` is a salary")
            }
            Self::NotOnCouncil { index, person } => {
                write!(f, "payment {index}: `{person}` does not sit on the council")
            }
            Self::NoSuchMeeting { index, meeting } => {
                write!(
                    f,
                    "payment {index}: there is no council meeting `{meeting}`"
                )
            }
            Self::DidNotAttend {
                index,
                person,
                meeting,
            } => write!(
                f,
                "payment {index}: `{person}` did not attend meeting `{meeting}`"
            ),
            Self::OutsideMeeting {
                index,
                date,
                window,
            } => write!(
                f,
                "payment {index} is dated {date}, outside the meeting and its travel days ({window})"
            ),
            Self::NotPositive { index } => write!(f, "payment {index} is not a positive amount"),
            Self::NotAWorkArea { index, area } => write!(
                f,
                "programme {index}: `{area}` is not one of the five work areas"
            ),
            Self::AreaNotAddressed { area } => {
                write!(f, "no programme addresses {area}")
            }
            Self::ImplementerMissing { implementer } => {
                write!(f, "no programme is carried out by {implementer}")
            }
            Self::PolicyWithoutCouncil { index, what } => write!(
                f,
                "decision {index} (`{what}`) is policy, taken by the Director without the Governing Council"
            ),
        }
    }
}
