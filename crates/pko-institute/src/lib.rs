#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod charter;
mod cost;
mod council;
mod error;
mod governance;
mod payments;
mod problem;
mod programme;
mod rotation;
mod terms;

pub use charter::{Charter, FinancialEligibility, LeapDay, NgoSeats, Rule, WorkArea, section_f};
pub use cost::{CostSharing, share_costs};
pub use council::{CouncilProposal, DeputyRules, Seat, validate_council, validate_deputies};
pub use error::{Error, RotationOrderProblem};
pub use governance::{Body, Decision, DecisionKind, validate_decisions, validate_human_security};
pub use payments::{Meeting, Payment, PaymentKind, PaymentRules, validate_payments};
pub use problem::{Problem, ProblemKind};
pub use programme::{Programme, validate_programmes};
pub use rotation::{Appointment, Term, rotation, validate_history};
pub use terms::{HumanSecurityArea, Implementer, SeatKind};
