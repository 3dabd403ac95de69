//! The one error type of `pko-principles`.

use chrono::NaiveDate;

use crate::assumption::Assumption;
use crate::fact_path::FactPath;

/// Everything that can go wrong in `pko-principles`.
///
/// # Example
///
/// ```
/// use pko_principles::{Error, Regime};
///
/// let err = Regime::in_force_on(pko_core::date(1990, 1, 1)).unwrap_err();
/// assert_eq!(err.to_string(), "no law to apply on `1990-01-01`: the Act came into force on 1992-08-10");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date before the Act came into force.
    #[error("no law to apply on `{date}`: the Act came into force on 1992-08-10")]
    BeforeAct {
        /// The date asked about.
        date: NaiveDate,
    },
    /// A regime name that is not one of `1992`, `1998`, `2001`, `2015`.
    #[error("unknown regime `{input}`: expected 1992, 1998, 2001 or 2015")]
    UnknownRegime {
        /// The rejected input.
        input: String,
    },
    /// Facts that contradict each other.
    #[error("inconsistent facts at `{path}`: {problem}")]
    InconsistentFacts {
        /// The fact (its `Display` is the path into the JSON form,
        /// `ceasefires[0].parties[1]`).
        path: FactPath,
        /// What is wrong.
        problem: FactProblem,
    },
    /// A span of dates whose end comes before its start.
    #[error("the span {from}..={to} is empty: its end comes before its start")]
    DatesOutOfOrder {
        /// The first day asked for.
        from: NaiveDate,
        /// The last day asked for.
        to: NaiveDate,
    },
    /// A fact path that names no fact of a deployment.
    #[error("`{input}` is not the path of a fact of a deployment")]
    UnknownFactPath {
        /// The rejected input.
        input: String,
    },
    /// A name that is not one of the [`Assumption`]s.
    #[error(
        "`{input}` is not an assumption: expected one of {}",
        assumption_names()
    )]
    UnknownAssumption {
        /// The rejected input.
        input: String,
    },
    /// A value an assumption does not take.
    #[error("`{input}` is not a value of `{assumption}`: expected {}", assumption.values().join(", "))]
    InvalidAssumptionValue {
        /// The assumption.
        assumption: Assumption,
        /// The rejected input.
        input: String,
    },
    /// Something that needs an assumption the caller left open (the grace
    /// period, for monitoring).
    #[error("`{assumption}` is open and this needs it: {}", assumption.question())]
    OpenAssumption {
        /// The assumption.
        assumption: Assumption,
    },
    /// An event that names a party the deployment does not list.
    #[error("event {index} on {date}: `{party}` is not among the parties")]
    UnknownEventParty {
        /// Position of the event in the input.
        index: usize,
        /// Its date.
        date: NaiveDate,
        /// The party it names.
        party: String,
    },
    /// A reform with no changes.
    #[error("the reform `{reform}` has no changes: give it at least one")]
    EmptyReform {
        /// The reform's name.
        reform: String,
    },
    /// A change a law cannot take.
    #[error("the reform `{reform}`, change {index}: {why}")]
    BadChange {
        /// The reform's name.
        reform: String,
        /// The change, by its place in the reform (0 first).
        index: usize,
        /// What is wrong.
        why: &'static str,
    },
    /// A regime that is not made by an amendment (the Act as enacted).
    #[error("{act} is not an amendment: only the acts of 1998, 2001 and 2015 are")]
    NotAnAmendment {
        /// The act that made the regime asked for.
        act: &'static str,
    },
}

/// What is wrong with a set of facts.
///
/// # Example
///
/// ```
/// use pko_principles::FactProblem;
///
/// assert_eq!(FactProblem::EmptyName.to_string(), "a party needs a name");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FactProblem {
    /// A party with an empty name.
    #[error("a party needs a name")]
    EmptyName,
    /// Two parties with one name.
    #[error("`{name}` is listed twice")]
    DuplicateParty {
        /// The repeated name.
        name: String,
    },
    /// A ceasefire naming a party that is not listed.
    #[error("`{name}` is not among the parties")]
    UnknownParty {
        /// The name.
        name: String,
    },
    /// An end before its start (a consent withdrawn before it was given, a
    /// ceasefire broken before it was agreed).
    #[error("ends on {end}, before it starts on {start}")]
    EndBeforeStart {
        /// The start.
        start: NaiveDate,
        /// The earlier end.
        end: NaiveDate,
    },
}

fn assumption_names() -> String {
    Assumption::ALL
        .iter()
        .map(|a| a.name())
        .collect::<Vec<_>>()
        .join(", ")
}
