//! The integration tests of pko-server: one test binary, one module per
//! concern, helpers shared through [`common`].

mod api;
mod bad_input;
mod browser;
mod common;
mod layers;
mod load;
mod openapi;
mod page;
mod schemas;
