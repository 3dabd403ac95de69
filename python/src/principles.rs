//! `pko-principles` from Python: deployments, reforms, assessments,
//! batches on every core, and the other evaluations of the law as JSON.

use chrono::NaiveDate;
use pko::principles::{
    self as p, Assessment, Assumption, Assumptions, Deployment, Event, GracePeriod, Interface, Law,
    Options, Reform, in_kind,
};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple};
use rayon::prelude::*;

use crate::errors::{self, Failure, Kind, Located};
use crate::json::{self, Origin};

/// Adds the classes and functions to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDeployment>()?;
    m.add_class::<PyOptions>()?;
    m.add_class::<PyReform>()?;
    m.add_class::<PyAssessment>()?;
    m.add_class::<PyFinding>()?;
    m.add_function(wrap_pyfunction!(assess, m)?)?;
    m.add_function(wrap_pyfunction!(assess_batch, m)?)?;
    m.add_function(wrap_pyfunction!(periods, m)?)?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(history, m)?)?;
    m.add_function(wrap_pyfunction!(monitor, m)?)?;
    m.add_function(wrap_pyfunction!(assess_transfer, m)?)?;
    m.add_function(wrap_pyfunction!(ammunition_2013, m)?)?;
    m.add_function(wrap_pyfunction!(impact, m)?)?;
    m.add_function(wrap_pyfunction!(open_readings, m)?)?;
    Ok(())
}

/// A deployment's facts, read and checked once (the JSON form of
/// `schemas/deployment.schema.json`).
#[pyclass(name = "Deployment", module = "pko", frozen)]
#[derive(Debug)]
pub(crate) struct PyDeployment {
    pub(crate) inner: Deployment,
}

#[pymethods]
impl PyDeployment {
    /// Reads the facts from JSON text; `file` names where it came from,
    /// `positions` says whether its lines and columns are the caller's.
    #[staticmethod]
    #[pyo3(signature = (text, file=None, positions=true))]
    fn from_json(text: &str, file: Option<&str>, positions: bool) -> PyResult<Self> {
        let inner = json::parse(text, Origin::new(file, positions), Kind::Facts)?;
        Ok(Self { inner })
    }

    /// Reads the facts straight from Python values (a dict of the JSON
    /// form), or `None` if they are not well formed, for the caller to read
    /// them again as JSON text and report the library's error with its
    /// location. The fast way for a dict: no JSON text is written.
    #[staticmethod]
    fn from_python(value: &Bound<'_, PyAny>) -> Option<Self> {
        pythonize::depythonize::<Deployment>(value)
            .ok()
            .map(|inner| Self { inner })
    }

    /// The facts as JSON text.
    fn to_json(&self) -> PyResult<String> {
        json::text(&self.inner)
    }

    /// The facts as a dict, in the JSON form.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        json::to_python(py, &self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        let c = &self.inner.contingent;
        format!(
            "Deployment(operation={}, contingent={}, size={})",
            py_str(self.inner.operation.name.as_deref().unwrap_or("(unnamed)")),
            fact_text(&c.kind),
            fact_text(&c.size)
        )
    }
}

/// A fact's value as text, or `unknown`.
fn fact_text<T: std::fmt::Display>(f: &p::Fact<T>) -> String {
    match f {
        p::Fact::Known(v) => v.to_string(),
        p::Fact::Unknown => "unknown".to_owned(),
    }
}

/// The open readings of the law a caller chose (`pko assumptions`).
#[pyclass(name = "Options", module = "pko", frozen)]
#[derive(Debug, Default)]
pub(crate) struct PyOptions {
    pub(crate) inner: Options,
}

#[pymethods]
impl PyOptions {
    /// The defaults, or the assumptions of a dict (or of the text of a
    /// JSON object) of names and values (`{"diet_approval_2015_tasks":
    /// "no", "grace_period_days": 30}`): each value as the command line's
    /// `--assume` writes it, a number for a number, `None` for `open`.
    #[new]
    #[pyo3(signature = (assumptions=None))]
    fn new(assumptions: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let Some(given) = assumptions else {
            return Ok(Self::default());
        };
        let pairs: serde_json::Map<String, serde_json::Value> =
            if let Ok(text) = given.cast::<PyString>() {
                json::parse(&text.to_cow()?, Origin::new(None, false), Kind::Assumption).map_err(
                    |mut f| {
                        f.at.path = Some(match f.at.path.take() {
                            Some(p) => format!("assumptions.{p}"),
                            None => "assumptions".to_owned(),
                        });
                        f
                    },
                )?
            } else {
                pythonize::depythonize(given).map_err(|e| {
                    Failure::new(
                        Kind::Assumption,
                        Located {
                            message: format!("expected names and values: {e}"),
                            path: Some("assumptions".to_owned()),
                            ..Located::default()
                        },
                    )
                })?
            };
        let mut set = Assumptions::default();
        for (name, value) in &pairs {
            let at = |e: &p::Error| {
                let mut f = errors::principles(e, None);
                f.at.path = Some(format!(
                    "assumptions.{}",
                    name.strip_prefix("assumptions.").unwrap_or(name)
                ));
                f
            };
            let which: Assumption = name.parse().map_err(|e| at(&e))?;
            let text = match value {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => "open".to_owned(),
                serde_json::Value::Bool(true) => "yes".to_owned(),
                serde_json::Value::Bool(false) => "no".to_owned(),
                other => other.to_string(),
            };
            set.set(which, &text).map_err(|e| at(&e))?;
        }
        Ok(Self {
            inner: Options::from(set),
        })
    }

    /// The assumptions, each by name with its value as text.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        json::to_python(py, &self.inner.assumptions)
    }
}

/// A reform: changes to the law, applied to the law in force on a day.
#[pyclass(name = "Reform", module = "pko", frozen)]
#[derive(Debug)]
pub(crate) struct PyReform {
    inner: Reform,
    file: Option<String>,
}

#[pymethods]
impl PyReform {
    /// Reads a reform from JSON text (`examples/data/reform-*.json`).
    #[staticmethod]
    #[pyo3(signature = (text, file=None, positions=true))]
    fn from_json(text: &str, file: Option<&str>, positions: bool) -> PyResult<Self> {
        let inner = json::parse(text, Origin::new(file, positions), Kind::Reform)?;
        Ok(Self {
            inner,
            file: file.map(str::to_owned),
        })
    }

    /// The reform's name.
    #[getter]
    fn name(&self) -> &str {
        self.inner.name()
    }

    /// The reform's source, as a citation.
    #[getter]
    fn source(&self) -> String {
        self.inner.source().to_string()
    }

    /// How many changes it makes.
    fn __len__(&self) -> usize {
        self.inner.changes().len()
    }

    /// The reform as a dict, in the JSON form.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        json::to_python(py, &self.inner)
    }

    /// The reform as JSON text.
    fn to_json(&self) -> PyResult<String> {
        json::text(&self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "Reform(name={}, changes={})",
            py_str(self.inner.name()),
            self.inner.changes().len()
        )
    }
}

impl PyReform {
    /// The law in force on `on` with this reform applied; each change that
    /// changes nothing is a `pko.ReformWarning`.
    fn law_on(&self, py: Python<'_>, on: NaiveDate) -> PyResult<Law> {
        let file = self.file.as_deref();
        let baseline = Law::in_force_on(on).map_err(|e| errors::principles(&e, file))?;
        let law = baseline
            .with(&self.inner)
            .map_err(|e| errors::principles(&e, file))?;
        for w in law.warnings() {
            errors::warn_reform(py, &w.to_string())?;
        }
        Ok(law)
    }
}

/// The Python enum member of `name` in `pko._enums.<class>`.
fn member(py: Python<'_>, class: &str, name: &str) -> PyResult<Py<PyAny>> {
    static ENUMS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    let enums = ENUMS.get_or_try_init(py, || py.import("pko._enums").map(Bound::unbind))?;
    enums
        .bind(py)
        .getattr(class)?
        .call1((name,))
        .map(Bound::unbind)
}

/// A name in its serde form (`not_permitted`).
fn serde_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(e) => e.to_string(),
    }
}

/// A subject as `kind.name` (`principle.ceasefire`, `task.kaketsuke_keigo`)
/// or its name alone (`legal_basis`, `headcount`).
fn subject_name(subject: p::Subject) -> String {
    match serde_json::to_value(subject) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Object(map)) => map
            .into_iter()
            .next()
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}.{s}"),
                other => format!("{k}.{other}"),
            })
            .unwrap_or_default(),
        Ok(other) => other.to_string(),
        Err(e) => e.to_string(),
    }
}

/// The assessment of a deployment on a day.
#[pyclass(name = "Assessment", module = "pko", frozen)]
#[derive(Debug)]
pub(crate) struct PyAssessment {
    inner: Assessment,
}

#[pymethods]
impl PyAssessment {
    /// `pko.Verdict.PERMITTED`, `NOT_PERMITTED` or `UNDETERMINED`.
    #[getter]
    fn verdict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        member(py, "Verdict", &serde_name(&self.inner.verdict()))
    }

    /// The day the law was applied as of.
    #[getter]
    fn as_of(&self) -> NaiveDate {
        self.inner.as_of()
    }

    /// The regime in force on that day (`amended2015`).
    #[getter]
    fn regime(&self) -> String {
        serde_name(&self.inner.regime())
    }

    /// The findings, one per subject, in the order of the law.
    #[getter]
    fn findings(&self) -> Vec<PyFinding> {
        self.inner
            .findings()
            .map(|f| PyFinding {
                subject: subject_name(f.subject()),
                title: f.subject().to_string(),
                status: serde_name(&f.status()),
                reasons: f.reasons().iter().map(ToString::to_string).collect(),
                citations: f.citations().iter().map(ToString::to_string).collect(),
            })
            .collect()
    }

    /// The unknown facts and open assumptions that would decide an
    /// undetermined finding, as JSON paths (`host_consent.to_japan`,
    /// `assumptions.diet_approval_2015_tasks`).
    #[getter]
    fn deciding_facts(&self) -> Vec<String> {
        self.inner
            .deciding_facts()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// What must be done for the verdict to hold (`national_security_council`).
    #[getter]
    fn conditions(&self) -> Vec<String> {
        self.inner.conditions().iter().map(serde_name).collect()
    }

    /// Notes on how the law was read (`pre2016_text_applied`).
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes().iter().map(serde_name).collect()
    }

    /// Every source the findings cite, once each, in the order first cited.
    #[getter]
    fn citations(&self) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for f in self.inner.findings() {
            for c in f.citations() {
                let c = c.to_string();
                if !seen.contains(&c) {
                    seen.push(c);
                }
            }
        }
        seen
    }

    /// The assessment as a dict: the JSON that `pko assess --format json`
    /// prints.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        json::to_python(py, &self.inner)
    }

    /// The assessment as JSON text.
    fn to_json(&self) -> PyResult<String> {
        json::text(&self.inner)
    }

    /// The report a person reads: what `pko assess` prints.
    fn __str__(&self) -> String {
        self.inner.report(Interface::CommandLine).to_string()
    }

    fn __repr__(&self) -> String {
        let count = |s: p::Status| self.inner.findings().filter(|f| f.status() == s).count();
        format!(
            "Assessment(verdict={}, as_of={}, regime={}, findings={} ({} satisfied, {} not applicable, {} undetermined, {} violated), deciding_facts={})",
            serde_name(&self.inner.verdict()),
            self.inner.as_of(),
            serde_name(&self.inner.regime()),
            self.inner.findings().count(),
            count(p::Status::Satisfied),
            count(p::Status::NotApplicable),
            count(p::Status::Undetermined),
            count(p::Status::Violated),
            py_list(&self.deciding_facts()),
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }
}

/// One finding of an assessment.
#[pyclass(name = "Finding", module = "pko", frozen, get_all)]
#[derive(Debug, Clone)]
pub(crate) struct PyFinding {
    /// What the finding is about: `legal_basis`, `principle.consent`,
    /// `task.kaketsuke_keigo`, `weapons.duty_execution`, `headcount`,
    /// `diet_approval`.
    subject: String,
    /// The subject as a person reads it (`principle 2 (consent)`).
    title: String,
    status: String,
    /// Why, each reason as a sentence.
    reasons: Vec<String>,
    /// The law and the speech it rests on.
    citations: Vec<String>,
}

#[pymethods]
impl PyFinding {
    /// `pko.Status.SATISFIED`, `NOT_APPLICABLE`, `UNDETERMINED` or
    /// `VIOLATED`.
    #[getter(status)]
    fn status_member(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        member(py, "Status", &self.status)
    }

    fn __repr__(&self) -> String {
        format!(
            "Finding(subject={}, status={}, reasons={})",
            py_str(&self.subject),
            self.status,
            py_list(&self.reasons)
        )
    }
}

/// The options and the law to assess under.
fn options_of(options: Option<&PyOptions>) -> Options {
    options.map(|o| o.inner).unwrap_or_default()
}

/// Assesses `deployment` on `on`, under the law of that day or under it
/// with `reform` applied.
#[pyfunction]
#[pyo3(signature = (deployment, on, options=None, reform=None, file=None))]
fn assess(
    py: Python<'_>,
    deployment: &PyDeployment,
    on: NaiveDate,
    options: Option<&PyOptions>,
    reform: Option<&PyReform>,
    file: Option<&str>,
) -> PyResult<PyAssessment> {
    let options = options_of(options);
    let a = match reform {
        None => options.assess(&deployment.inner, on),
        Some(r) => {
            let law = r.law_on(py, on)?;
            options.assess_under(&law, &deployment.inner, on)
        }
    }
    .map_err(|e| errors::principles(&e, file))?;
    Ok(PyAssessment { inner: a })
}

/// An item of a batch: facts already read, or JSON text to read on a
/// worker.
enum Item {
    Read(Py<PyDeployment>),
    /// JSON text, and whether its lines and columns are the caller's.
    Text(PyBackedStr, bool),
    Bytes(PyBackedBytes),
    /// An item the Python layer could not read (a file's facts): its
    /// `pko.Error`, put in the item's place.
    Failed(Py<PyAny>),
}

impl Item {
    fn of(value: &Bound<'_, PyAny>, index: usize) -> PyResult<Self> {
        if let Ok(d) = value.cast::<PyDeployment>() {
            return Ok(Self::Read(d.clone().unbind()));
        }
        if let Ok(s) = value.cast::<PyString>() {
            return Ok(Self::Text(s.clone().try_into()?, true));
        }
        // The Python layer passes the text it wrote from a dict as a
        // 1-tuple: its lines and columns are not the caller's.
        if let Ok(t) = value.cast::<PyTuple>()
            && let Ok(item) = t.get_item(0)
            && let Ok(s) = item.cast::<PyString>()
            && t.len() == 1
        {
            return Ok(Self::Text(s.clone().try_into()?, false));
        }
        if let Ok(b) = value.extract::<PyBackedBytes>() {
            return Ok(Self::Bytes(b));
        }
        if value.is_instance_of::<errors::Error>() {
            return Ok(Self::Failed(value.clone().unbind()));
        }
        Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "item {index}: expected a pko.Deployment, a dict, or JSON text (str or bytes), not {}",
            value.get_type().name()?
        )))
    }

    /// The assessment, away from the interpreter.
    fn assess(
        &self,
        options: &Options,
        law: Option<&Law>,
        on: NaiveDate,
    ) -> Result<Option<Assessment>, Failure> {
        let parsed: Deployment;
        let d = match self {
            Self::Read(d) => &d.get().inner,
            Self::Text(s, positions) => {
                parsed = json::parse(s, Origin::new(None, *positions), Kind::Facts)?;
                &parsed
            }
            Self::Bytes(b) => {
                let text = std::str::from_utf8(b).map_err(|e| {
                    Failure::new(
                        Kind::Facts,
                        Located::message(format!("the JSON text is not UTF-8: {e}")),
                    )
                })?;
                parsed = json::parse(text, Origin::new(None, true), Kind::Facts)?;
                &parsed
            }
            Self::Failed(_) => return Ok(None),
        };
        match law {
            None => options.assess(d, on),
            Some(law) => options.assess_under(law, d, on),
        }
        .map(Some)
        .map_err(|e| errors::principles(&e, None))
    }
}

/// Assesses every deployment of `batch` on `on`, on every core with the
/// interpreter released, in order. A bad item raises its error with its
/// `index`, or with `errors_as_values`, takes its place in the answer.
#[pyfunction]
#[pyo3(signature = (batch, on, options=None, reform=None, errors_as_values=false))]
fn assess_batch(
    py: Python<'_>,
    batch: &Bound<'_, PyList>,
    on: NaiveDate,
    options: Option<&PyOptions>,
    reform: Option<&PyReform>,
    errors_as_values: bool,
) -> PyResult<Py<PyList>> {
    let items = batch
        .iter()
        .enumerate()
        .map(|(i, v)| Item::of(&v, i))
        .collect::<PyResult<Vec<Item>>>()?;
    let options = options_of(options);
    let law = reform.map(|r| r.law_on(py, on)).transpose()?;
    let results: Vec<Result<Option<Assessment>, Failure>> = py.detach(|| {
        items
            .par_iter()
            .map(|item| item.assess(&options, law.as_ref(), on))
            .collect()
    });
    let out = PyList::empty(py);
    for (index, (r, item)) in results.into_iter().zip(&items).enumerate() {
        match r {
            Ok(Some(a)) => out.append(Py::new(py, PyAssessment { inner: a })?)?,
            Ok(None) => {
                if let Item::Failed(e) = item {
                    out.append(e.bind(py))?;
                }
            }
            Err(mut f) => {
                f.at.index = Some(index);
                let err = f.into_py_err(py);
                if !errors_as_values {
                    return Err(err);
                }
                out.append(err.into_value(py))?;
            }
        }
    }
    Ok(out.unbind())
}

/// The spans of one verdict from `start` to `end`, as JSON.
#[pyfunction]
#[pyo3(signature = (deployment, start, end, options=None, file=None))]
fn periods(
    py: Python<'_>,
    deployment: &PyDeployment,
    start: NaiveDate,
    end: NaiveDate,
    options: Option<&PyOptions>,
    file: Option<&str>,
) -> PyResult<Py<PyAny>> {
    let p = options_of(options)
        .periods(&deployment.inner, start, end)
        .map_err(|e| errors::principles(&e, file))?;
    json::to_python(py, &p)
}

/// The same facts on two days, as JSON and as the report.
#[pyfunction]
#[pyo3(signature = (deployment, first, second, options=None, file=None))]
fn compare(
    py: Python<'_>,
    deployment: &PyDeployment,
    first: NaiveDate,
    second: NaiveDate,
    options: Option<&PyOptions>,
    file: Option<&str>,
) -> PyResult<(Py<PyAny>, String)> {
    let c = options_of(options)
        .compare(&deployment.inner, first, second)
        .map_err(|e| errors::principles(&e, file))?;
    Ok((
        json::to_python(py, &c)?,
        c.report(Interface::CommandLine).to_string(),
    ))
}

/// Japan's dispatches since 1992, each on its first and last day, as JSON.
#[pyfunction]
#[pyo3(signature = (options=None))]
fn history(py: Python<'_>, options: Option<&PyOptions>) -> PyResult<Py<PyAny>> {
    let r = options_of(options)
        .replay()
        .map_err(|e| errors::principles(&e, None))?;
    json::to_python(py, &r)
}

/// Principle 4 over dated events, as JSON: the events are JSON text.
#[pyfunction]
#[pyo3(signature = (deployment, events, grace_days=None, options=None, events_file=None, positions=true))]
fn monitor(
    py: Python<'_>,
    deployment: &PyDeployment,
    events: &str,
    grace_days: Option<u32>,
    options: Option<&PyOptions>,
    events_file: Option<&str>,
    positions: bool,
) -> PyResult<Py<PyAny>> {
    let mut options = options_of(options);
    if let Some(days) = grace_days {
        options.assumptions = options
            .assumptions
            .with_grace_period_days(Some(GracePeriod::days(days)));
    }
    let events: Vec<Event> = json::parse(events, Origin::new(events_file, positions), Kind::Facts)?;
    p::check_events(&deployment.inner, &events).map_err(|e| errors::principles(&e, events_file))?;
    let t = options.monitor(&events).map_err(|e| {
        let mut f = errors::principles(&e, None);
        if matches!(
            e,
            p::Error::OpenAssumption {
                assumption: Assumption::GracePeriodDays
            }
        ) {
            f.at.message
                .push_str(": pass grace_days=N or assumptions={\"grace_period_days\": N}");
        }
        f
    })?;
    json::to_python(py, &t)
}

/// A contribution in kind (JSON text) on `on`, as JSON and the report.
#[pyfunction]
#[pyo3(signature = (transfer, on, options=None, file=None, positions=true))]
fn assess_transfer(
    py: Python<'_>,
    transfer: &str,
    on: NaiveDate,
    options: Option<&PyOptions>,
    file: Option<&str>,
    positions: bool,
) -> PyResult<(Py<PyAny>, String, String)> {
    let t: in_kind::Transfer = json::parse(transfer, Origin::new(file, positions), Kind::Facts)?;
    let a = options_of(options)
        .assess_transfer(&t, on)
        .map_err(|e| errors::principles(&e, file))?;
    Ok((
        json::to_python(py, &a)?,
        a.to_string(),
        serde_name(&a.verdict()),
    ))
}

/// The 10,000 rounds of ammunition given through UNMISS in December 2013
/// (speech, section C), as the JSON of a transfer.
#[pyfunction]
fn ammunition_2013(py: Python<'_>) -> PyResult<Py<PyAny>> {
    json::to_python(py, &in_kind::ammunition_2013())
}

/// What `reform` changes: for `deployment` on `on`, or for Japan's record
/// when no deployment is given; as JSON and the report.
#[pyfunction]
#[pyo3(signature = (reform, deployment=None, on=None, options=None, file=None))]
fn impact(
    py: Python<'_>,
    reform: &PyReform,
    deployment: Option<&PyDeployment>,
    on: Option<NaiveDate>,
    options: Option<&PyOptions>,
    file: Option<&str>,
) -> PyResult<(Py<PyAny>, String, usize)> {
    let options = options_of(options);
    let impact = match (deployment, on) {
        (Some(d), Some(on)) => {
            let baseline =
                Law::in_force_on(on).map_err(|e| errors::principles(&e, reform.file.as_deref()))?;
            let law = reform.law_on(py, on)?;
            options
                .impact(baseline, &law, std::slice::from_ref(&d.inner), on)
                .map_err(|e| errors::principles(&e, file))?
        }
        (None, None) => options
            .impact_on_record(&reform.inner)
            .map_err(|e| errors::principles(&e, reform.file.as_deref()))?,
        _ => {
            return Err(Failure::new(
                Kind::Date,
                Located::message("give both the facts and the day, or neither (the record)"),
            )
            .into_py_err(py));
        }
    };
    let text = format!(
        "Reform: {} ({})\n{impact}",
        reform.inner.name(),
        reform.inner.source()
    );
    Ok((json::to_python(py, &impact)?, text, impact.changed()))
}

/// The open readings of the law: name, question, values, default, why.
#[pyfunction]
fn open_readings(py: Python<'_>) -> PyResult<Py<PyAny>> {
    #[derive(serde::Serialize)]
    struct Row {
        name: &'static str,
        question: &'static str,
        values: Vec<String>,
        default: String,
        why: &'static str,
    }
    let defaults = Assumptions::default();
    let rows: Vec<Row> = Assumption::ALL
        .iter()
        .map(|&a| Row {
            name: a.name(),
            question: a.question(),
            values: a.values().iter().map(|v| (*v).to_owned()).collect(),
            default: defaults.value(a),
            why: a.why(),
        })
        .collect();
    json::to_python(py, &rows)
}

/// A string as Python writes its `repr`: in single quotes, `\\` and `'`
/// escaped.
pub(crate) fn py_str(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// A list of strings as Python writes its `repr`.
fn py_list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| py_str(s)).collect();
    format!("[{}]", inner.join(", "))
}
