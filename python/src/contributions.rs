//! `pko-contributions` from Python: personnel data loaded on every core,
//! ranked and put in columns; scales and assessed amounts in exact
//! decimals; the audit of the speech.

use std::io::Read;

use chrono::NaiveDate;
use pko::contributions::personnel::{self, CategorySet, Format, LoadMode, Loaded};
use pko::contributions::{ContributorRank, Scale, audit, regular_budget, speech};
use pko::core::{CountryCode, Rounding, Usd, YearMonth};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rust_decimal::Decimal;

use crate::errors::{self, Failure, Kind, Located};
use crate::json;

/// Adds the classes and functions to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyPersonnel>()?;
    m.add_class::<PyScale>()?;
    m.add_function(wrap_pyfunction!(load_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(load_path, m)?)?;
    m.add_function(wrap_pyfunction!(ipi, m)?)?;
    m.add_function(wrap_pyfunction!(audit_speech, m)?)?;
    Ok(())
}

/// A month from its text (`2014-02`), or a `pko.DateError`.
pub(crate) fn month(text: &str) -> Result<YearMonth, Failure> {
    text.parse().map_err(|e| errors::core(&e, Kind::Date))
}

/// A country from its ISO code (`JPN`), or a `pko.Error`.
pub(crate) fn country(text: &str) -> Result<CountryCode, Failure> {
    text.parse().map_err(|e| errors::core(&e, Kind::Base))
}

/// A load mode by its name (`strict`, `lenient`).
fn mode(name: &str) -> Result<LoadMode, Failure> {
    name.parse()
        .map_err(|e: pko::contributions::Error| errors::core_message(&e.to_string(), Kind::Base))
}

/// The format's name in the package: `un_open_data` or `ipi`.
fn format_name(f: Format) -> String {
    match serde_json::to_value(f) {
        Ok(serde_json::Value::String(s)) => s,
        _ => f.to_string(),
    }
}

/// UN personnel data as loaded: the records, the rows read, and the rows
/// set aside.
#[pyclass(name = "NativePersonnel", module = "pko.contributions", frozen)]
#[derive(Debug)]
pub(crate) struct PyPersonnel {
    loaded: Loaded,
    file: String,
}

/// Loads `reader` on every core with the interpreter released.
fn load(
    py: Python<'_>,
    reader: impl Read + Send,
    file: &str,
    mode_name: &str,
    expected: Option<&str>,
) -> PyResult<PyPersonnel> {
    let mode = mode(mode_name)?;
    let loaded = py
        .detach(|| personnel::load_parallel(reader, file, mode))
        .map_err(|e| errors::contributions(&e))?;
    if let Some(expected) = expected {
        let found = format_name(loaded.format());
        if found != expected {
            return Err(Failure::new(
                Kind::Load,
                Located {
                    message: format!(
                        "the header is that of `{found}` ({}), not of `{expected}`",
                        loaded.format()
                    ),
                    file: Some(file.to_owned()),
                    line: Some(1),
                    ..Located::default()
                },
            )
            .into());
        }
    }
    Ok(PyPersonnel {
        loaded,
        file: file.to_owned(),
    })
}

/// Loads CSV bytes (UN open data or IPI, detected from the header).
#[pyfunction]
#[pyo3(signature = (data, name, mode="strict", format=None))]
fn load_bytes(
    py: Python<'_>,
    data: &[u8],
    name: &str,
    mode: &str,
    format: Option<&str>,
) -> PyResult<PyPersonnel> {
    load(py, data, name, mode, format)
}

/// Loads a CSV file.
#[pyfunction]
#[pyo3(signature = (path, mode="strict", format=None))]
fn load_path(
    py: Python<'_>,
    path: &str,
    mode: &str,
    format: Option<&str>,
) -> PyResult<PyPersonnel> {
    // An `OSError` built from (errno, message, file name) is the subclass
    // of its errno (`FileNotFoundError`…) and names the file.
    let file = std::fs::File::open(path).map_err(|e| {
        pyo3::exceptions::PyOSError::new_err((
            e.raw_os_error().unwrap_or(0),
            e.kind().to_string(),
            path.to_owned(),
        ))
    })?;
    load(py, file, path, mode, format)
}

/// The IPI data of 2009–2014 shipped with pko.
#[pyfunction]
fn ipi(py: Python<'_>) -> PyResult<PyPersonnel> {
    load(
        py,
        personnel::IPI_CSV.as_bytes(),
        "ipi-gender-2009-2014.csv",
        "strict",
        None,
    )
}

#[pymethods]
impl PyPersonnel {
    /// The file the data came from.
    #[getter]
    fn file(&self) -> &str {
        &self.file
    }

    /// The format detected: `un_open_data` or `ipi`.
    #[getter]
    fn format(&self) -> String {
        format_name(self.loaded.format())
    }

    /// The data rows read (the header not counted).
    #[getter]
    fn rows(&self) -> u64 {
        self.loaded.rows()
    }

    /// The rows set aside (lenient mode), each a `pko.LoadError` with its
    /// file, line, column and field.
    #[getter]
    fn rejected(&self, py: Python<'_>) -> Vec<Py<PyAny>> {
        self.loaded
            .rejected()
            .iter()
            .map(|e| errors::load_error_value(py, e))
            .collect()
    }

    /// The records held (one per month, contributor, mission and category).
    fn __len__(&self) -> usize {
        self.loaded.personnel().len()
    }

    /// The months with records, in order, as `YYYY-MM`.
    fn months(&self) -> Vec<String> {
        self.loaded
            .personnel()
            .months()
            .map(|m| m.to_string())
            .collect()
    }

    /// The contributors, as ISO codes.
    fn contributors(&self) -> Vec<String> {
        self.loaded
            .personnel()
            .contributors()
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect()
    }

    /// The contributors of a month ranked by uniformed personnel, ties
    /// sharing a rank, the `top` first (ties at the cut kept): the rows
    /// `pko contributions rank --format json` prints.
    #[pyo3(signature = (month_text, top=None))]
    fn rank(&self, py: Python<'_>, month_text: &str, top: Option<usize>) -> PyResult<Py<PyAny>> {
        let ranking = self
            .loaded
            .personnel()
            .ranking(month(month_text)?, CategorySet::ALL);
        let shown = match top {
            Some(n) => ranking.top(n),
            None => ranking.entries(),
        };
        json::to_python(py, &ContributorRank::rows(shown))
    }

    /// A contributor's monthly (first day, women, men), all categories.
    fn series(&self, code: &str) -> PyResult<Vec<(NaiveDate, u64, u64)>> {
        let c = country(code)?;
        Ok(self
            .loaded
            .personnel()
            .series(c, CategorySet::ALL)
            .into_iter()
            .map(|(m, n)| (m.first_day(), n.female, n.male))
            .collect())
    }

    /// A contributor's share of women per month against the UN's parity
    /// targets: the rows `pko contributions women --format json` prints.
    #[pyo3(signature = (code, first=None, last=None))]
    fn women_shares(
        &self,
        py: Python<'_>,
        code: &str,
        first: Option<&str>,
        last: Option<&str>,
    ) -> PyResult<Py<PyAny>> {
        let c = country(code)?;
        let first = first.map(month).transpose()?;
        let last = last.map(month).transpose()?;
        let targets = personnel::parity_targets();
        let checks = self
            .loaded
            .personnel()
            .female_shares_of(c, first, last, &targets);
        let rows: Vec<personnel::TargetRow<'_>> =
            checks.iter().map(personnel::TargetCheck::row).collect();
        json::to_python(py, &rows)
    }

    /// The records as columns: a dict of equal-length lists (`month` as
    /// the month's first day, `contributor`, `mission`, `category`,
    /// `female`, `male`), ready for `pandas.DataFrame` or
    /// `polars.DataFrame`.
    fn to_columns(&self, py: Python<'_>) -> PyResult<Py<PyDict>> {
        let data = self.loaded.personnel();
        let n = data.len();
        let mut months: Vec<Py<PyAny>> = Vec::with_capacity(n);
        let mut contributors: Vec<CountryCode> = Vec::with_capacity(n);
        let mut missions: Vec<&str> = Vec::with_capacity(n);
        let mut categories: Vec<String> = Vec::with_capacity(n);
        let mut female: Vec<u32> = Vec::with_capacity(n);
        let mut male: Vec<u32> = Vec::with_capacity(n);
        let mut last: Option<(YearMonth, Py<PyAny>)> = None;
        let category_names: Vec<(personnel::Category, String)> = personnel::Category::ALL
            .iter()
            .map(|&c| (c, format_category(c)))
            .collect();
        for r in data.records() {
            let day = match &last {
                Some((m, d)) if *m == r.month() => d.clone_ref(py),
                _ => {
                    let d = r.month().first_day().into_pyobject(py)?.into_any().unbind();
                    last = Some((r.month(), d.clone_ref(py)));
                    d
                }
            };
            months.push(day);
            contributors.push(r.contributor());
            missions.push(r.mission().as_str());
            categories.push(
                category_names
                    .iter()
                    .find(|(c, _)| *c == r.category())
                    .map(|(_, name)| name.clone())
                    .unwrap_or_default(),
            );
            female.push(r.female());
            male.push(r.male());
        }
        let out = PyDict::new(py);
        out.set_item("month", PyList::new(py, months)?)?;
        out.set_item(
            "contributor",
            PyList::new(py, contributors.iter().map(CountryCode::as_str))?,
        )?;
        out.set_item("mission", PyList::new(py, missions)?)?;
        out.set_item("category", PyList::new(py, categories)?)?;
        out.set_item("female", PyList::new(py, female)?)?;
        out.set_item("male", PyList::new(py, male)?)?;
        Ok(out.unbind())
    }

    fn __repr__(&self) -> String {
        let data = self.loaded.personnel();
        format!(
            "Personnel(file={}, format={}, records={}, months={}, contributors={}, rows={}, rejected={})",
            crate::principles::py_str(&self.file),
            format_name(self.loaded.format()),
            data.len(),
            data.months().count(),
            data.contributors().len(),
            self.loaded.rows(),
            self.loaded.rejected().len()
        )
    }
}

/// A category's name in its serde form (`formed_police_units`).
fn format_category(c: personnel::Category) -> String {
    match serde_json::to_value(c) {
        Ok(serde_json::Value::String(s)) => s,
        _ => c.un_name().to_owned(),
    }
}

/// A rounding by its serde name (`half_even`, `half_up`, `toward_zero`,
/// `away_from_zero`, `floor`, `ceiling`).
fn rounding_of(name: &str) -> Result<Rounding, Failure> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).map_err(|e| {
        Failure::new(
            Kind::Base,
            Located::message(format!("`{name}` is not a rounding: {e}")),
        )
    })
}

/// An amount of US dollars, whole cents.
pub(crate) fn usd(amount: Decimal) -> Result<Usd, Failure> {
    Usd::new(amount).map_err(|e| errors::core(&e, Kind::Base))
}

/// A scale of assessment: each member's rate in percent.
#[pyclass(name = "Scale", module = "pko.contributions", frozen)]
#[derive(Debug)]
pub(crate) struct PyScale {
    pub(crate) inner: Scale,
}

#[pymethods]
impl PyScale {
    /// The 2015 peacekeeping rates of the speech's Annex 1 (its ten top
    /// contributors).
    #[staticmethod]
    fn annex_1() -> Self {
        Self {
            inner: speech::annex_1(),
        }
    }

    /// The 2017 peacekeeping rates of Japan, China and Korea (speech,
    /// Annex 2).
    #[staticmethod]
    fn peacekeeping_rates_2017() -> Self {
        Self {
            inner: speech::peacekeeping_rates_2017(),
        }
    }

    /// The regular-budget scale of the UN's table for a year label (2015:
    /// the scale of 2013–2015).
    #[staticmethod]
    fn regular_budget(year: u16) -> PyResult<Self> {
        let table = regular_budget::embedded().map_err(|e| errors::contributions(&e))?;
        let inner = table.scale(year).map_err(|e| errors::contributions(&e))?;
        Ok(Self { inner })
    }

    /// `regular_budget` or `peacekeeping`.
    #[getter]
    fn kind(&self) -> String {
        match serde_json::to_value(self.inner.kind()) {
            Ok(serde_json::Value::String(s)) => s,
            _ => self.inner.kind().to_string(),
        }
    }

    /// The years it applies to (`2013-2015`).
    #[getter]
    fn period(&self) -> String {
        self.inner.period().to_string()
    }

    /// Its source, as a citation.
    #[getter]
    fn source(&self) -> String {
        self.inner.source().to_string()
    }

    /// The rates, in percent, by ISO code, in the scale's order.
    #[getter]
    fn rates(&self) -> Vec<(String, Decimal)> {
        self.inner
            .rates()
            .iter()
            .map(|(c, r)| (c.as_str().to_owned(), r.value()))
            .collect()
    }

    /// The sum of the rates, in percent.
    #[getter]
    fn total(&self) -> Decimal {
        self.inner.total()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    /// Each member's share of `budget` (whole cents), apportioned so that
    /// the shares sum to the budget exactly.
    fn assessments(&self, budget: Decimal) -> PyResult<Vec<(String, Decimal)>> {
        let shares = self
            .inner
            .assessments(usd(budget)?)
            .map_err(|e| errors::contributions(&e))?;
        Ok(shares
            .into_iter()
            .map(|(c, u)| (c.as_str().to_owned(), u.amount()))
            .collect())
    }

    /// One member's assessment, `budget × rate / 100` rounded to the cent
    /// as asked, or `None` if it is not on the scale.
    #[pyo3(signature = (code, budget, rounding="half_even"))]
    fn assessment_of(
        &self,
        code: &str,
        budget: Decimal,
        rounding: &str,
    ) -> PyResult<Option<Decimal>> {
        let amount = self
            .inner
            .assessment_of(country(code)?, usd(budget)?, rounding_of(rounding)?)
            .map_err(|e| errors::contributions(&e))?;
        Ok(amount.map(Usd::amount))
    }

    fn __repr__(&self) -> String {
        format!(
            "Scale(kind={}, period={}, members={}, total={})",
            self.kind(),
            self.inner.period(),
            self.inner.len(),
            self.inner.total()
        )
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }
}

/// The audit of the speech's figures, as JSON (what `pko contributions
/// audit --format json` prints).
#[pyfunction]
fn audit_speech(py: Python<'_>) -> PyResult<Py<PyAny>> {
    let findings = audit::audit_embedded().map_err(|e| errors::contributions(&e))?;
    json::to_python(py, &findings)
}
