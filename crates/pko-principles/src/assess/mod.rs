//! Assessment of a deployment under the law in force on a date.
//!
//! Split by concern: the rules ([`assess`] and the engine under the
//! caller's assumptions), the outcome ([`Assessment`], [`Finding`],
//! [`Condition`], [`Note`]) and the reasons ([`Reason`] with its text, and
//! what findings are about).

mod outcome;
mod reasons;
mod rules;

#[cfg(feature = "serde")]
pub(crate) use outcome::explained;
pub use outcome::{Assessment, Condition, Finding, Note, Reformed};
pub use reasons::{ConsentGap, Reason, Subject};
pub use rules::assess;
pub(crate) use rules::{ACT_2024_IN_FORCE, run, run_under};
