//! JSON in and out: the inputs read with the location of any error, the
//! answers in the crates' serde form.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::errors::{Failure, Kind, Located};

/// Where a JSON text came from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Origin<'a> {
    /// The file, when the text was read from one.
    pub(crate) file: Option<&'a str>,
    /// Whether lines and columns mean something to the caller: a text or a
    /// file, not a Python value the package serialized.
    pub(crate) positions: bool,
}

impl<'a> Origin<'a> {
    /// The origin the Python layer describes: a file name, and whether the
    /// text is the caller's.
    pub(crate) const fn new(file: Option<&'a str>, positions: bool) -> Self {
        Self { file, positions }
    }
}

/// Parses `text` as a `T`, or the failure of `kind` with the JSON path,
/// and the line and column where they mean something.
pub(crate) fn parse<T: DeserializeOwned>(
    text: &str,
    origin: Origin<'_>,
    kind: Kind,
) -> Result<T, Failure> {
    // The common case first, at serde_json's speed; only a failure is
    // read again, tracking the path, to say where it is.
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(value) => {
            de.end().map_err(|e| failure(None, &e, origin, kind))?;
            Ok(value)
        }
        Err(e) => Err(failure(Some(e.path().to_string()), e.inner(), origin, kind)),
    }
}

/// The failure of a JSON error at `path`.
fn failure(path: Option<String>, e: &serde_json::Error, origin: Origin<'_>, kind: Kind) -> Failure {
    let full = e.to_string();
    let message = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(m, _)| m)
        .to_owned();
    let (line, column) = if origin.positions && e.line() > 0 {
        (u64::try_from(e.line()).ok(), u64::try_from(e.column()).ok())
    } else {
        (None, None)
    };
    Failure::new(
        kind,
        Located {
            message,
            path: path.filter(|p| p != "."),
            file: origin.file.map(str::to_owned),
            line,
            column,
            ..Located::default()
        },
    )
}

/// `value` in its serde JSON form, as text.
pub(crate) fn text<T: Serialize + ?Sized>(value: &T) -> PyResult<String> {
    serde_json::to_string(value)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))
}

/// `value` in its serde JSON form, as Python values (dicts, lists, strings,
/// numbers, `None`), read by Python's own `json.loads`.
pub(crate) fn to_python<T: Serialize + ?Sized>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let loads = LOADS.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("json")?.getattr("loads")?.unbind())
    })?;
    loads.bind(py).call1((text(value)?,)).map(Bound::unbind)
}
