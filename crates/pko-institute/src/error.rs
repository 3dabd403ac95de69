//! The one error type of `pko-institute`.

use pko_core::{CountryCode, Percent};

/// Everything that can go wrong in `pko-institute` (as opposed to the
/// *problems* that validators report about a proposal, see
/// [`Problem`](crate::Problem)).
///
/// # Example
///
/// ```
/// use pko_institute::{Charter, Error};
///
/// let err = Charter::proposed(&[]).unwrap_err();
/// assert_eq!(err, Error::NoMembers);
/// assert_eq!(err.to_string(), "the institute needs at least one member state");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No member state.
    #[error("the institute needs at least one member state")]
    NoMembers,
    /// A member listed twice.
    #[error("member state `{country}` is listed twice")]
    DuplicateMember {
        /// The member.
        country: CountryCode,
    },
    /// A rotation order naming a non-member, or not naming every member
    /// exactly once.
    #[error("the rotation order must list every member state once: {problem}")]
    BadRotationOrder {
        /// What is wrong.
        problem: RotationOrderProblem,
    },
    /// Floor and ceiling that no split can meet.
    #[error("no split meets a floor of {floor} and a ceiling of {ceiling} for {members} members")]
    InfeasibleBounds {
        /// The floor, in percent of the budget.
        floor: Percent,
        /// The ceiling, in percent of the budget.
        ceiling: Percent,
        /// How many members.
        members: usize,
    },
    /// A member with no rate on the scale used for cost sharing.
    #[error("member state `{country}` has no rate on the scale used for cost sharing")]
    NotOnScale {
        /// The member.
        country: CountryCode,
    },
    /// A date too far in the future to compute.
    #[error("date out of range computing term {term}")]
    DateOutOfRange {
        /// The term, from 1.
        term: usize,
    },
    /// A name that is none of the five work areas of section F.
    #[error("`{name}` is not one of the five work areas of speech section F")]
    UnknownWorkArea {
        /// The name given.
        name: String,
    },
    /// A name that is none of the six human-security areas of section F.
    #[error("`{name}` is not one of the human-security areas of speech section F")]
    UnknownHumanSecurityArea {
        /// The name given.
        name: String,
    },
    /// An error of the shared vocabulary (an amount, an apportionment).
    #[error("{context}: {source}")]
    Core {
        /// What was being done: "apportioning the budget", "reading the
        /// scale", ….
        context: &'static str,
        /// The shared vocabulary's error.
        source: pko_core::Error,
    },
}

/// What is wrong with a rotation order.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::RotationOrderProblem;
///
/// assert_eq!(RotationOrderProblem::Missing { state: CountryCode::KOR }.to_string(), "`KOR` is missing");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RotationOrderProblem {
    /// A state that is not a member.
    #[error("`{state}` is not a member state")]
    NotAMember {
        /// The state.
        state: CountryCode,
    },
    /// A member listed twice.
    #[error("`{state}` is listed twice")]
    Twice {
        /// The member.
        state: CountryCode,
    },
    /// A member not listed.
    #[error("`{state}` is missing")]
    Missing {
        /// The member.
        state: CountryCode,
    },
}

impl Error {
    /// Wraps an error of the shared vocabulary with what was being done.
    pub(crate) fn core(context: &'static str) -> impl FnOnce(pko_core::Error) -> Self {
        move |source| Self::Core { context, source }
    }
}
