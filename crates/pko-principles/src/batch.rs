//! Assessing many deployments at once, for simulations.

use chrono::NaiveDate;

use crate::assess::Assessment;
use crate::error::Error;
use crate::facts::Deployment;
use crate::options::Options;

/// Assesses each deployment of `batch` under the law in force on `as_of`,
/// with the default assumptions: [`assess`](crate::assess) on each, in
/// order, on this thread. [`Options::assess_batch`] takes other
/// assumptions.
///
/// Each deployment has its own result: a bad one does not stop the rest.
///
/// # Example
///
/// ```
/// use pko_principles::{
///     assess_batch, Consent, ConflictSituation, ContingentKind, Deployment, OperationKind,
///     Task, Verdict,
/// };
///
/// let base = Deployment::builder()
///     .operation(OperationKind::UnPeacekeeping)
///     .conflict(ConflictSituation::NoConflictYet)
///     .impartial()
///     .withdrawal_reserved(true)
///     .contingent(ContingentKind::SdfUnit, 300)
///     .tasks([Task::Engineering])
///     .already_engaged(0);
/// let batch = [
///     base.clone().host_consents(Consent::GIVEN).build()?,
///     base.host_consents(Consent::Refused).build()?,
/// ];
/// let verdicts: Vec<_> = assess_batch(&batch, pko_core::date(2024, 1, 1))
///     .into_iter()
///     .map(|a| a.map(|a| a.verdict()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(verdicts, [Verdict::Permitted, Verdict::NotPermitted]);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[must_use]
pub fn assess_batch(batch: &[Deployment], as_of: NaiveDate) -> Vec<Result<Assessment, Error>> {
    Options::new().assess_batch(batch, as_of)
}

/// [`assess_batch`] on every core of rayon's global pool: the same
/// results, in the same order.
///
/// # Example
///
/// ```
/// use pko_principles::{assess_batch, assess_batch_parallel, Deployment};
///
/// let batch = vec![Deployment::default(); 4];
/// let day = pko_core::date(2024, 1, 1);
/// assert_eq!(assess_batch_parallel(&batch, day), assess_batch(&batch, day));
/// ```
#[cfg(feature = "parallel")]
#[must_use]
pub fn assess_batch_parallel(
    batch: &[Deployment],
    as_of: NaiveDate,
) -> Vec<Result<Assessment, Error>> {
    Options::new().assess_batch_parallel(batch, as_of)
}
