#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod audit;
mod error;
pub mod peacekeeping;
pub mod personnel;
mod rank;
pub mod regular_budget;
mod scale;
pub mod speech;
pub mod wps;

pub use error::{Error, LoadError, LoadProblem, ScaleProblem};
pub use rank::{ContributorRank, Ranked, Ranking};
pub use regular_budget::REGULAR_BUDGET_CSV;
pub use scale::{Scale, ScaleKind, ScalePeriod};
