//! The integration tests of pko-core: one test binary, one module per
//! concern.

mod properties;
