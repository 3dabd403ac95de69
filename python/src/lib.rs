//! The native module of the `pko` Python package, `pko._native`.
//!
//! It binds the pko crates for the package's Python layer
//! (`python/pko/`), which gives them Python's idiom: enums, dates,
//! `decimal.Decimal`, dicts and files. Nothing here is a Rust API: Rust
//! users depend on the `pko` crate itself. The library crates know nothing
//! of Python; this crate depends on them, never the other way round.
//!
//! Every input arrives as a value the crates read (JSON text in the forms
//! of `schemas/`, a date, a decimal), every answer leaves in the crates'
//! own serde form or as a typed object, so that what Python sees is what
//! the command line's `--format json` prints.

mod contributions;
mod errors;
mod institute;
mod joint;
mod json;
mod principles;

use pyo3::prelude::*;

/// The module `pko._native`.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::register(m)?;
    principles::register(m)?;
    contributions::register(m)?;
    institute::register(m)?;
    joint::register(m)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
