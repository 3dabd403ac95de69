//! Uniformed personnel in UN peacekeeping by month, contributor, mission,
//! category and sex: the UN's published data, loaded, indexed and queried.
//!
//! The module is split by concern: [`Category`], [`Count`] and [`Record`]
//! (the model); [`Personnel`] and its builder (the store); the queries on a
//! [`Personnel`]; [`Target`]s for the share of women; and [`load`] with its
//! [`Format`]s (the loaders). Every item is re-exported here.

#[cfg(feature = "parallel")]
mod blocks;
mod loaders;
mod model;
#[cfg(feature = "parallel")]
mod parallel;
mod queries;
mod records;
mod store;
mod targets;

pub use loaders::{Format, IPI_CSV, LoadMode, Loaded, ipi_embedded, load};
pub use model::{Category, CategorySet, Count, Record};
#[cfg(feature = "parallel")]
pub use parallel::load_parallel;
pub use store::{Personnel, PersonnelBuilder};
pub use targets::{Target, TargetCheck, TargetRow, parity_targets};
