//! A joint deployment from Python: one operation, Japan's facts and the
//! partners' contingents, each under its own rules (`pko::joint`).

use chrono::NaiveDate;
use pko::joint::{self, JointDeployment};
use pyo3::prelude::*;

use crate::errors::{self, Failure, Kind, Located};
use crate::json::{self, Origin};
use crate::principles::PyOptions;

/// Adds the functions to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(joint_assess, m)?)?;
    Ok(())
}

/// The failure of an error of the joint check, at the participant it is
/// about, in `file` if known.
fn failure(e: &joint::Error, file: Option<&str>) -> Failure {
    match e {
        joint::Error::Japan(inner) => {
            let mut f = errors::principles(inner, file);
            if f.kind == Kind::Facts {
                f.at.path = Some(
                    f.at.path
                        .take()
                        .map_or_else(|| "japan".to_owned(), |p| format!("japan.{p}")),
                );
            }
            f
        }
        joint::Error::Partner { index, .. } => Failure::new(
            Kind::Facts,
            Located {
                message: e.to_string(),
                path: Some(format!("partners[{index}].state")),
                file: file.map(str::to_owned),
                ..Located::default()
            },
        ),
        _ => Failure::new(
            Kind::Facts,
            Located {
                message: e.to_string(),
                file: file.map(str::to_owned),
                ..Located::default()
            },
        ),
    }
}

/// Reads a joint deployment from JSON text and checks it on `on`: the
/// answer as JSON and as the command line's report.
#[pyfunction]
#[pyo3(signature = (text, on, options=None, file=None, positions=true))]
fn joint_assess(
    py: Python<'_>,
    text: &str,
    on: NaiveDate,
    options: Option<&PyOptions>,
    file: Option<&str>,
    positions: bool,
) -> PyResult<(Py<PyAny>, String)> {
    let j: JointDeployment = json::parse(text, Origin::new(file, positions), Kind::Facts)?;
    let options = options.map(|o| o.inner).unwrap_or_default();
    let a = joint::assess_with(&j, on, &options).map_err(|e| failure(&e, file))?;
    Ok((json::to_python(py, &a)?, a.to_string()))
}
