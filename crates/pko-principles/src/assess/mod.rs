//! Assessment of a deployment under the law in force on a date.
//!
//! Split by concern: the rules ([`assess`], [`assess_with`] and the
//! [`Assumptions`] they take), the outcome ([`Assessment`], [`Finding`],
//! [`Verdict`], [`Status`], [`Condition`], [`Note`]) and the reasons
//! ([`Reason`] with its text, and what findings are about).

mod outcome;
mod reasons;
mod rules;

#[cfg(feature = "serde")]
pub(crate) use outcome::explained;
pub use outcome::{Assessment, Condition, Finding, Note, Status, Verdict};
pub use reasons::{ConsentGap, ConsentTo, Consenter, Reason, Subject};
pub(crate) use rules::ACT_2024_IN_FORCE;
pub use rules::{Assumptions, HEADCOUNT_CAP, assess, assess_with};
