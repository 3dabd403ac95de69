//! Writing the answers: streamed to standard output as text or JSON.

use std::io::{self, Write};

use serde::Serialize;

use crate::args::Format;
use crate::input::Failure;

/// Writes `value` as `format` asks: its JSON, or the text `text` writes.
///
/// # Errors
///
/// [`Failure::Output`] if the output cannot be written; [`Failure::Data`]
/// if the value cannot be written as JSON.
pub(crate) fn emit<T: Serialize + ?Sized>(
    out: &mut impl Write,
    format: Format,
    value: &T,
    text: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Failure> {
    match format {
        Format::Text => text(out)?,
        Format::Json => json(out, value)?,
    }
    Ok(())
}

/// Writes `value` as `format` asks: its JSON, or its `Display`.
///
/// # Errors
///
/// As [`emit`].
pub(crate) fn show<T: Serialize + std::fmt::Display + ?Sized>(
    out: &mut impl Write,
    format: Format,
    value: &T,
) -> Result<(), Failure> {
    emit(out, format, value, |w| write!(w, "{value}"))
}

/// Writes `value` as pretty JSON and a line feed.
///
/// # Errors
///
/// As [`emit`].
pub(crate) fn json<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> Result<(), Failure> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| {
        if e.is_io() {
            Failure::Output(io::Error::from(e))
        } else {
            Failure::Data(format!("cannot write JSON: {e}"))
        }
    })?;
    writeln!(out)?;
    Ok(())
}
