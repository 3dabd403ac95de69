//! The integration tests of pko-institute: one test binary, one module per concern,
//! helpers shared through [`common`].

mod common;

mod institute;
mod properties;
mod section_f;
