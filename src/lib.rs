#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use pko_contributions as contributions;
pub use pko_core as core;
pub use pko_institute as institute;
pub use pko_partners as partners;
pub use pko_principles as principles;

pub mod joint;
pub mod record;
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub mod schema;
