//! The integration tests of pko-contributions: one test binary, one module per concern,
//! helpers shared through [`common`].

mod common;

mod audit;
mod builder;
mod corpus;
mod details;
mod loaders;
mod peacekeeping;
mod properties;
mod real_data;
mod scales_and_figures;
mod women;
