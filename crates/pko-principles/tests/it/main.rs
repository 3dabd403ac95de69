//! The integration tests of pko-principles: one test binary, one module per concern,
//! helpers shared through [`common`].

mod common;

mod assumptions;
mod cases;
mod corpus;
mod details;
mod details_more;
mod differential;
mod golden;
mod history;
mod in_kind;
mod procedure;
mod properties;
mod reform;
mod statute;
