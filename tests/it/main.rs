//! The integration tests of pko (the facade): one test binary, one module per
//! concern.

mod architecture;
mod consumer;
mod joint;
mod record;
mod schemas;
mod sources;
mod speech_coverage;
