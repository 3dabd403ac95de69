//! The engine: runs the table of checks against a regular-budget scale and
//! writes one finding per row, or one per country or year.

use pko_core::{Rounding, Source, Usd};
use rust_decimal::Decimal;

use super::AuditFinding;
use super::checks::{
    Basis, CHECKS, Check, Claimed, PERMANENT, annex_1_rank, annex_1_rate, annex_2_rank, count, usd,
};
use crate::Error;
use crate::regular_budget::RegularBudgetTable;
use crate::speech::{
    Qualifier, Quantity, annex_1_entries, annex_1_source, annex_2, annex_2_source, figure,
};

/// The numeric value of a quantity, for comparisons.
fn number(q: Quantity) -> Decimal {
    match q {
        Quantity::Persons(n) | Quantity::Count(n) | Quantity::Rank(n) => Decimal::from(n),
        Quantity::Percent(p) => p.value(),
        Quantity::Usd(u) => u.amount(),
        Quantity::Ratio(r) => r,
    }
}

/// Whether a claim, as qualified, agrees with a computed value.
pub(super) fn agrees(
    qualifier: Qualifier,
    claimed: Quantity,
    computed: Quantity,
    tolerance: Decimal,
) -> bool {
    let (c, v) = (number(claimed), number(computed));
    match qualifier {
        Qualifier::MoreThan => v > c,
        // How far below its figure "nearly" reaches is not stated: pko
        // reads it like "about", within the figures' rounding.
        Qualifier::Exact | Qualifier::About | Qualifier::Nearly => (c - v).abs() <= tolerance,
    }
}

/// The label of the regular-budget column that covers `year`.
fn column_for(table: &RegularBudgetTable, year: u16) -> Result<u16, Error> {
    table
        .labels()
        .iter()
        .copied()
        .find(|l| RegularBudgetTable::period_of(*l).contains(year))
        .ok_or(Error::UnknownPeriod { label: year })
}

/// A finding under construction: the row's fixed parts and its sources.
struct Row<'a> {
    check: &'a Check,
    sources: Vec<Source>,
}

impl Row<'_> {
    fn cite(&mut self, source: &Source) {
        if !self.sources.contains(source) {
            self.sources.push(source.clone());
        }
    }

    fn finding(
        &self,
        id: String,
        claim: String,
        (qualifier, claimed): (Qualifier, Quantity),
        computed: Quantity,
    ) -> AuditFinding {
        let (p, q) = self.check.precision;
        let tolerance = p.half_unit() + q.half_unit();
        AuditFinding {
            check: self.check.id,
            id,
            claim,
            claimed,
            qualifier,
            computed,
            tolerance,
            precision: [p, q],
            consistent: agrees(qualifier, claimed, computed, tolerance),
            note: self.check.note.to_owned(),
            sources: self.sources.clone(),
        }
    }

    /// The row's one finding, under its own id and claim.
    fn one(&self, claimed: (Qualifier, Quantity), computed: Quantity) -> AuditFinding {
        self.finding(
            self.check.id.as_str().to_owned(),
            self.check.claim.to_owned(),
            claimed,
            computed,
        )
    }
}

/// Audits the speech's figures: every row of the table of checks, in the
/// order of the speech. A row compares a claim with a value computed from
/// other figures, the annexes or the regular-budget scale, allowing the
/// sum of the two figures' [`Precision`](super::Precision)s.
///
/// The checks: the sums in the speech; Japan's personnel (A.1) against a
/// MOFA handout; Japan's "nearly 19.6 percent" of 2000-2005 (A.2) against
/// its regular-budget rate year by year; its share "now" (A.2) and of
/// 2014/15 (E.2) against Annex 1; its "more than one billion dollars last
/// year" (A.2) against its assessments for calendar 2014; its "more than
/// $800 million" (E.2); the training programme of A.4 against D.2; the
/// "four East Asian countries"; the uniformed totals of 31 March 2015
/// against the IPI's; the 2014/15 budget against the approved and final
/// figures; Annex 1's title and order, and its rates against the 2013-2015
/// regular-budget scale; Annex 2's order and ranks, and China's rank.
///
/// # Errors
///
/// [`Error::UnknownPeriod`] if `regular_budget` lacks a column the checks
/// need (2000-2005, 2015); [`Error::MissingRate`] if a column lacks a
/// country a check compares. No check is skipped silently.
///
/// # Example
///
/// ```
/// use pko_contributions::{audit::audit, regular_budget};
///
/// let findings = audit(&regular_budget::embedded()?)?;
/// let japan = findings.iter().find(|f| f.id() == "annex-1-vs-rb:JPN").unwrap();
/// assert!(japan.consistent());
/// let y2001 = findings.iter().find(|f| f.id() == "japan-share-2000-2005:2001").unwrap();
/// assert_eq!(y2001.computed().to_string(), "19.629%");
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn audit(regular_budget: &RegularBudgetTable) -> Result<Vec<AuditFinding>, Error> {
    let mut out = Vec::new();
    for check in &CHECKS {
        let mut row = Row {
            check,
            sources: Vec::new(),
        };
        let claimed = match check.claimed {
            Claimed::Figure(id) => {
                let f = figure(id);
                row.cite(f.source());
                (f.qualifier(), f.quantity())
            }
            Claimed::Stated(q, v) => (q, v),
            Claimed::Annex2Rank(country) => {
                row.cite(&annex_2_source());
                (Qualifier::Exact, Quantity::Rank(annex_2_rank(country)))
            }
        };
        for s in check.sources {
            row.cite(s);
        }
        match check.basis {
            Basis::Annex1Count
            | Basis::Annex1Ordered
            | Basis::Annex1Rate(_)
            | Basis::Annex1Rank(_)
            | Basis::Annex1Share(..)
            | Basis::CalendarYearShare { .. }
            | Basis::Annex1AgainstRegularBudget { .. } => row.cite(&annex_1_source()),
            Basis::Annex2Ordered | Basis::Annex2FirstGap => row.cite(&annex_2_source()),
            _ => {}
        }
        compute(&mut row, claimed, regular_budget, &mut out)?;
    }
    Ok(out)
}

/// Computes one row's findings.
#[expect(clippy::too_many_lines, reason = "one arm per kind of basis")]
fn compute(
    row: &mut Row<'_>,
    claimed: (Qualifier, Quantity),
    regular_budget: &RegularBudgetTable,
    out: &mut Vec<AuditFinding>,
) -> Result<(), Error> {
    let check = row.check;
    let computed = match check.basis {
        Basis::RegularBudgetYears {
            country,
            first,
            last,
        } => {
            row.cite(&crate::regular_budget::source());
            for year in first..=last {
                let label = column_for(regular_budget, year)?;
                let rate = regular_budget
                    .scale(label)?
                    .rate(country)
                    .ok_or(Error::MissingRate { country, label })?;
                out.push(row.finding(
                    format!("{}:{year}", check.id),
                    format!("{}: {year}", check.claim),
                    claimed,
                    Quantity::Percent(rate),
                ));
            }
            return Ok(());
        }
        Basis::Annex1AgainstRegularBudget { label, permanent } => {
            let rb = regular_budget.scale(label)?;
            row.cite(rb.source());
            for e in annex_1_entries() {
                if PERMANENT.contains(&e.country()) != permanent {
                    continue;
                }
                let annex = annex_1_rate(e.country());
                let rb_rate = rb.rate(e.country()).ok_or(Error::MissingRate {
                    country: e.country(),
                    label,
                })?;
                let (claimed, computed) = if permanent {
                    // A zero rate gives no ratio; the check then fails.
                    let ratio = annex
                        .value()
                        .checked_div(rb_rate.value())
                        .map_or(Decimal::ZERO, |r| r.round_dp(3));
                    (claimed, Quantity::Ratio(ratio))
                } else {
                    (
                        (Qualifier::Exact, Quantity::Percent(annex)),
                        Quantity::Percent(rb_rate),
                    )
                };
                out.push(row.finding(
                    format!("{}:{}", check.id, e.country()),
                    format!(
                        "{}: {} ({} in the regular-budget scale)",
                        check.claim,
                        e.name(),
                        rb_rate
                    ),
                    claimed,
                    computed,
                ));
            }
            return Ok(());
        }
        Basis::Sum(parts) => {
            let mut sum = 0_u64;
            for &id in parts {
                sum = sum.saturating_add(count(id));
                row.cite(figure(id).source());
            }
            Quantity::Persons(sum)
        }
        Basis::Product(a, b) => Quantity::Persons(count(a).saturating_mul(count(b))),
        Basis::Figure(id) => {
            let f = figure(id);
            row.cite(f.source());
            f.quantity()
        }
        Basis::Given(q) => q,
        Basis::Annex1Count => Quantity::Count(annex_1_entries().iter().fold(0, |n, _| n + 1)),
        Basis::Annex1Ordered => {
            let ordered = annex_1_entries()
                .windows(2)
                .all(|w| matches!(w, [x, y] if x.value() >= y.value() && x.rank() < y.rank()));
            Quantity::Count(u64::from(ordered))
        }
        Basis::Annex2Ordered => {
            let ordered = annex_2()
                .windows(2)
                .all(|w| matches!(w, [x, y] if x.value() >= y.value() && x.rank() < y.rank()));
            Quantity::Count(u64::from(ordered))
        }
        Basis::Annex2FirstGap => {
            let gap = annex_2()
                .iter()
                .zip(1_u16..)
                .find(|(e, i)| e.rank() != *i)
                .map_or(0, |(_, i)| i);
            Quantity::Rank(u64::from(gap))
        }
        Basis::Annex1Rate(country) => Quantity::Percent(annex_1_rate(country)),
        Basis::Annex1Rank(country) => Quantity::Rank(annex_1_rank(country)),
        Basis::Annex1Share(country, budget) => {
            row.cite(figure(budget).source());
            let share = annex_1_rate(country)
                .of(usd(budget), Rounding::HalfEven)
                .map_err(Error::core("assessing a member on a budget"))?;
            Quantity::Usd(share)
        }
        Basis::CalendarYearShare {
            country,
            first,
            second,
            months_of_first,
        } => {
            row.cite(figure(first).source());
            row.cite(figure(second).source());
            let part = |budget: Usd, months: u32| {
                budget
                    .mul_rounded(
                        Decimal::from(months) / Decimal::from(12),
                        Rounding::HalfEven,
                    )
                    .map_err(Error::core("prorating a budget year by months"))
            };
            let months_of_second = 12_u32.saturating_sub(months_of_first);
            let budget = part(usd(first), months_of_first)?
                .checked_add(part(usd(second), months_of_second)?)
                .map_err(Error::core("adding the parts of a budget year"))?;
            let share = annex_1_rate(country)
                .of(budget, Rounding::HalfEven)
                .map_err(Error::core("assessing Japan on a budget year"))?;
            Quantity::Usd(share)
        }
    };
    out.push(row.one(claimed, computed));
    Ok(())
}

/// [`audit`] on the embedded regular-budget table.
///
/// # Errors
///
/// As [`audit`]; none with the shipped data (tested).
///
/// # Example
///
/// ```
/// let findings = pko_contributions::audit::audit_embedded()?;
/// assert!(findings.iter().any(|f| !f.consistent()));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn audit_embedded() -> Result<Vec<AuditFinding>, Error> {
    audit(&crate::regular_budget::embedded()?)
}
