//! The integration tests of pko-cli: one test binary, one module per
//! concern.

mod cli;
