//! The exceptions of the package, and the library's errors turned into
//! them with their location.
//!
//! Every exception of pko is a `pko.Error`, itself a `ValueError` (each is
//! about a value the caller gave). Each carries the library's message in
//! `message` and, where the library knows it, the location: `path` (the
//! JSON path, `contingent.size`), `file`, `line`, `column` (1-based) and
//! `field` (a CSV column's name). A missing location is `None`.

use std::fmt::Write as _;

use pyo3::exceptions::{PyUserWarning, PyValueError};
use pyo3::prelude::*;
use pyo3::{PyTypeInfo, create_exception};

create_exception!(
    pko,
    Error,
    PyValueError,
    "Every error of pko: a value pko cannot use."
);
create_exception!(
    pko,
    FactsError,
    Error,
    "Facts (of a deployment, a transfer, events or a roster) that are not well formed or contradict each other."
);
create_exception!(
    pko,
    AssumptionError,
    Error,
    "An assumption that is not one, a value it does not take, or one left open where it is needed."
);
create_exception!(
    pko,
    ReformError,
    Error,
    "A reform that cannot be read or applied."
);
create_exception!(
    pko,
    DateError,
    Error,
    "A day outside the law (before the Act), a span whose end comes before its start, or a month that is not one."
);
create_exception!(
    pko,
    LoadError,
    Error,
    "A file of the UN's or IPI's personnel data, or a scale, that cannot be read: with its file, line, column and field."
);
create_exception!(
    pko,
    InstituteError,
    Error,
    "A rule of the proposed institute that the input breaks (no members, a bad rotation order, a budget that cannot be shared)."
);
create_exception!(
    pko,
    ReformWarning,
    PyUserWarning,
    "A change of a reform that changes nothing in the law it is applied to."
);

/// Adds the exceptions to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("Error", py.get_type::<Error>())?;
    m.add("FactsError", py.get_type::<FactsError>())?;
    m.add("AssumptionError", py.get_type::<AssumptionError>())?;
    m.add("ReformError", py.get_type::<ReformError>())?;
    m.add("DateError", py.get_type::<DateError>())?;
    m.add("LoadError", py.get_type::<LoadError>())?;
    m.add("InstituteError", py.get_type::<InstituteError>())?;
    m.add("ReformWarning", py.get_type::<ReformWarning>())?;
    Ok(())
}

/// The kinds of exception, to choose one away from the interpreter (in a
/// batch on every core).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Base,
    Facts,
    Assumption,
    Reform,
    Date,
    Load,
    Institute,
}

/// A message and where it applies: the parts of a pko exception.
#[derive(Debug, Clone, Default)]
pub(crate) struct Located {
    pub(crate) message: String,
    pub(crate) path: Option<String>,
    pub(crate) file: Option<String>,
    pub(crate) line: Option<u64>,
    pub(crate) column: Option<u64>,
    pub(crate) field: Option<String>,
    /// The place of the input in a batch.
    pub(crate) index: Option<usize>,
}

impl Located {
    /// A message with no location.
    pub(crate) fn message(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            ..Self::default()
        }
    }

    /// The exception's text: `file:line:column: at `path`: message`, with
    /// the parts that are known.
    fn text(&self) -> String {
        let mut s = String::new();
        if let Some(i) = self.index {
            let _ = write!(s, "item {i}: ");
        }
        if let Some(file) = &self.file {
            s.push_str(file);
            if let Some(line) = self.line {
                let _ = write!(s, ":{line}");
                if let Some(column) = self.column {
                    let _ = write!(s, ":{column}");
                }
            }
            s.push_str(": ");
        } else if let (Some(line), Some(column)) = (self.line, self.column) {
            let _ = write!(s, "line {line} column {column}: ");
        }
        if let Some(field) = &self.field {
            let _ = write!(s, "field `{field}`: ");
        }
        if let Some(path) = &self.path {
            let _ = write!(s, "at `{path}`: ");
        }
        s.push_str(&self.message);
        s
    }
}

/// An error found away from the interpreter, raised once back in it.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) kind: Kind,
    /// Boxed: a `Result` of a failure stays two words wide.
    pub(crate) at: Box<Located>,
}

impl Failure {
    pub(crate) fn new(kind: Kind, at: Located) -> Self {
        Self {
            kind,
            at: Box::new(at),
        }
    }

    /// The exception, not raised.
    pub(crate) fn into_py_err(self, py: Python<'_>) -> PyErr {
        match self.kind {
            Kind::Base => build::<Error>(py, &self.at),
            Kind::Facts => build::<FactsError>(py, &self.at),
            Kind::Assumption => build::<AssumptionError>(py, &self.at),
            Kind::Reform => build::<ReformError>(py, &self.at),
            Kind::Date => build::<DateError>(py, &self.at),
            Kind::Load => build::<LoadError>(py, &self.at),
            Kind::Institute => build::<InstituteError>(py, &self.at),
        }
    }
}

impl From<Failure> for PyErr {
    fn from(f: Failure) -> Self {
        Python::attach(|py| f.into_py_err(py))
    }
}

/// An exception of type `E` with the message and location of `at` as
/// attributes.
fn build<E: PyTypeInfo>(py: Python<'_>, at: &Located) -> PyErr {
    let err = PyErr::new::<E, _>(at.text());
    let value = err.value(py);
    let set = || -> PyResult<()> {
        value.setattr("message", &at.message)?;
        value.setattr("path", at.path.as_deref())?;
        value.setattr("file", at.file.as_deref())?;
        value.setattr("line", at.line)?;
        value.setattr("column", at.column)?;
        value.setattr("field", at.field.as_deref())?;
        value.setattr("index", at.index)?;
        Ok(())
    };
    match set() {
        Ok(()) => err,
        Err(e) => e,
    }
}

/// The failure of an error of `pko-principles`, in `file` if known.
pub(crate) fn principles(e: &pko::principles::Error, file: Option<&str>) -> Failure {
    use pko::principles::Error as E;
    let message = e.to_string();
    let mut at = Located {
        message,
        file: file.map(str::to_owned),
        ..Located::default()
    };
    let kind = match e {
        E::InconsistentFacts { path, problem } => {
            at.path = Some(path.to_string());
            problem.to_string().clone_into(&mut at.message);
            Kind::Facts
        }
        E::UnknownEventParty { index, .. } => {
            at.path = Some(format!("[{index}].party"));
            Kind::Facts
        }
        E::BeforeAct { .. } | E::DatesOutOfOrder { .. } => {
            at.file = None;
            Kind::Date
        }
        E::UnknownAssumption { input } => {
            at.path = Some(format!(
                "assumptions.{}",
                input.strip_prefix("assumptions.").unwrap_or(input)
            ));
            at.file = None;
            Kind::Assumption
        }
        E::InvalidAssumptionValue { assumption, .. } | E::OpenAssumption { assumption } => {
            at.path = Some(assumption.to_string());
            at.file = None;
            Kind::Assumption
        }
        E::BadChange { index, .. } => {
            at.path = Some(format!("changes[{index}]"));
            Kind::Reform
        }
        E::EmptyReform { .. }
        | E::NotAnAmendment { .. }
        | E::UnknownRegime { .. }
        | E::UnknownFactPath { .. } => Kind::Reform,
        _ => Kind::Base,
    };
    Failure::new(kind, at)
}

/// The failure of an error of `pko-contributions`.
pub(crate) fn contributions(e: &pko::contributions::Error) -> Failure {
    let mut at = Located::message(e.to_string());
    if let Some(load) = e.as_load() {
        at = load_error(load);
    }
    Failure::new(Kind::Load, at)
}

/// The location and message of a row the loader stopped at or set aside.
pub(crate) fn load_error(e: &pko::contributions::LoadError) -> Located {
    Located {
        message: e.problem().to_string(),
        file: Some(e.file().to_owned()),
        line: Some(e.line()),
        column: e.column().and_then(|c| u64::try_from(c).ok()),
        field: e.field().map(str::to_owned),
        ..Located::default()
    }
}

/// A `pko.LoadError`, not raised: a row set aside.
pub(crate) fn load_error_value(py: Python<'_>, e: &pko::contributions::LoadError) -> Py<PyAny> {
    Failure::new(Kind::Load, load_error(e))
        .into_py_err(py)
        .into_value(py)
        .into_any()
}

/// The failure of an error of `pko-core` (a month, a country code).
pub(crate) fn core(e: &pko::core::Error, kind: Kind) -> Failure {
    Failure::new(kind, Located::message(e.to_string()))
}

/// The failure of an error of `pko-institute`.
pub(crate) fn institute(e: &pko::institute::Error, file: Option<&str>) -> Failure {
    Failure::new(
        Kind::Institute,
        Located {
            message: e.to_string(),
            file: file.map(str::to_owned),
            ..Located::default()
        },
    )
}

/// Emits a `pko.ReformWarning`.
pub(crate) fn warn_reform(py: Python<'_>, message: &str) -> PyResult<()> {
    let category = py.get_type::<ReformWarning>();
    let text = std::ffi::CString::new(message.replace('\0', " "))
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    PyErr::warn(py, &category, &text, 2)
}

/// A failure of `kind` with a message and no location.
pub(crate) fn core_message(message: &str, kind: Kind) -> Failure {
    Failure::new(kind, Located::message(message))
}
