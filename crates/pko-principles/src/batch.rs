//! Assessing many deployments at once, for simulations.

use chrono::NaiveDate;

use crate::{Assessment, Assumptions, Deployment, Error, assess_with};

/// Assesses each deployment of `batch` under the law in force on `as_of`,
/// with the given [`Assumptions`]: [`assess_with`] on each, in order, on
/// this thread.
///
/// Each deployment has its own result: a bad one does not stop the rest.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pko_principles::{
///     assess_batch, Assumptions, Consent, ConflictSituation, ContingentKind, Deployment,
///     OperationKind, Task, Verdict,
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
/// let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let verdicts: Vec<_> = assess_batch(&batch, day, &Assumptions::default())
///     .into_iter()
///     .map(|a| a.map(|a| a.verdict()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(verdicts, [Verdict::Permitted, Verdict::NotPermitted]);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[must_use]
pub fn assess_batch(
    batch: &[Deployment],
    as_of: NaiveDate,
    assumptions: &Assumptions,
) -> Vec<Result<Assessment, Error>> {
    batch
        .iter()
        .map(|d| assess_with(d, as_of, assumptions))
        .collect()
}

/// [`assess_batch`] on every core of rayon's global pool: the same
/// results, in the same order.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use pko_principles::{assess_batch, assess_batch_parallel, Assumptions, Deployment};
///
/// let batch: Vec<Deployment> = Vec::new();
/// let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// assert_eq!(
///     assess_batch_parallel(&batch, day, &Assumptions::default()),
///     assess_batch(&batch, day, &Assumptions::default())
/// );
/// ```
#[cfg(feature = "parallel")]
#[must_use]
pub fn assess_batch_parallel(
    batch: &[Deployment],
    as_of: NaiveDate,
    assumptions: &Assumptions,
) -> Vec<Result<Assessment, Error>> {
    use rayon::prelude::*;
    batch
        .par_iter()
        .map(|d| assess_with(d, as_of, assumptions))
        .collect()
}
