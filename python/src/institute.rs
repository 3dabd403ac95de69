//! `pko-institute` from Python: the Director's rotation, the Governing
//! Council's check and the sharing of costs.

use chrono::NaiveDate;
use pko::core::CountryCode;
use pko::institute::{Charter, CostSharing, CouncilProposal};
use pyo3::prelude::*;
use rust_decimal::Decimal;

use crate::contributions::{PyScale, country, usd};
use crate::errors::{self, Failure, Kind, Located};
use crate::json::{self, Origin};

/// Adds the functions to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(rotation, m)?)?;
    m.add_function(wrap_pyfunction!(check_council, m)?)?;
    m.add_function(wrap_pyfunction!(share_costs, m)?)?;
    Ok(())
}

/// The member states from their ISO codes.
fn members(codes: &[String]) -> Result<Vec<CountryCode>, Failure> {
    codes.iter().map(|c| country(c)).collect()
}

/// The Director's terms: `terms` five-year terms from `start`, the members
/// in turn; as JSON (what `pko institute rotation --format json` prints).
#[pyfunction]
#[expect(
    clippy::needless_pass_by_value,
    reason = "pyo3 reads a Python list into an owned Vec"
)]
fn rotation(
    py: Python<'_>,
    codes: Vec<String>,
    start: NaiveDate,
    terms: usize,
) -> PyResult<Py<PyAny>> {
    let members = members(&codes)?;
    let charter = Charter::proposed(&members).map_err(|e| errors::institute(&e, None))?;
    let schedule = pko::institute::rotation(&charter, &members, start, terms)
        .map_err(|e| errors::institute(&e, None))?;
    json::to_python(py, &schedule)
}

/// The problems of a Governing Council roster (JSON text), as JSON (what
/// `pko institute check-council --format json` prints).
#[pyfunction]
#[pyo3(signature = (roster, file=None, positions=true))]
fn check_council(
    py: Python<'_>,
    roster: &str,
    file: Option<&str>,
    positions: bool,
) -> PyResult<Py<PyAny>> {
    let roster: CouncilProposal = json::parse(roster, Origin::new(file, positions), Kind::Facts)?;
    let charter = roster.charter().map_err(|e| errors::institute(&e, file))?;
    let problems = pko::institute::validate_council(&charter, &roster.seats);
    json::to_python(py, &problems)
}

/// Each member's share of `budget` (whole cents, summing to it exactly):
/// `equal`, or `proportional` to `scale`, or `hybrid` (proportional,
/// each share kept between `floor` and `ceiling` percent).
#[pyfunction]
#[pyo3(signature = (codes, budget, basis, scale=None, floor=None, ceiling=None))]
#[expect(
    clippy::needless_pass_by_value,
    reason = "pyo3 reads a Python list into an owned Vec"
)]
fn share_costs(
    codes: Vec<String>,
    budget: Decimal,
    basis: &str,
    scale: Option<&PyScale>,
    floor: Option<Decimal>,
    ceiling: Option<Decimal>,
) -> PyResult<Vec<(String, Decimal)>> {
    let members = members(&codes)?;
    let charter = Charter::proposed(&members).map_err(|e| errors::institute(&e, None))?;
    let needs_scale = || {
        scale.map(|s| &s.inner).ok_or_else(|| {
            Failure::new(
                Kind::Institute,
                Located::message(format!("`{basis}` sharing needs a scale")),
            )
        })
    };
    let percent = |d: Option<Decimal>, name: &str| -> Result<pko::core::Percent, Failure> {
        let d = d.ok_or_else(|| {
            Failure::new(
                Kind::Institute,
                Located::message(format!("`hybrid` sharing needs a {name}")),
            )
        })?;
        pko::core::Percent::new(d).map_err(|e| errors::core(&e, Kind::Institute))
    };
    let policy = match basis {
        "equal" => CostSharing::Equal,
        "proportional" => CostSharing::Proportional(needs_scale()?),
        "hybrid" => CostSharing::Hybrid {
            scale: needs_scale()?,
            floor: percent(floor, "floor")?,
            ceiling: percent(ceiling, "ceiling")?,
        },
        other => {
            return Err(Failure::new(
                Kind::Institute,
                Located::message(format!(
                    "`{other}` is not a way to share costs: expected equal, proportional or hybrid"
                )),
            )
            .into());
        }
    };
    let shares = pko::institute::share_costs(&charter, usd(budget)?, &policy)
        .map_err(|e| errors::institute(&e, None))?;
    Ok(shares
        .into_iter()
        .map(|(c, u)| (c.as_str().to_owned(), u.amount()))
        .collect())
}
