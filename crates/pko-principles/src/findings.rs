//! The findings kernel, shared by the assessment of a deployment
//! ([`crate::assess`]) and of a contribution in kind ([`crate::in_kind`]):
//! a finding's subject, status, reasons and citations; the verdict from the
//! statuses; and what would decide an undetermined verdict.
//!
//! The severity order of [`Status`] is written once, as its declaration
//! order: greater is worse.

use std::fmt;
use std::ops::Range;

use pko_core::Source;

use crate::assumption::Assumption;
use crate::fact_path::{FactPath, displays_as};

pub use pko_core::{Status, Verdict};

/// What would decide an undetermined verdict: an unknown fact (named by
/// `P`, a [`FactPath`] for a deployment), or an open [`Assumption`] the
/// caller can set. `Display` (and JSON) write the fact's path or the
/// assumption's (`assumptions.headcount_cap_after_2016`).
///
/// # Example
///
/// ```
/// use pko_principles::{assess, Decider, Deployment, FactPath};
///
/// let a = assess(&Deployment::default(), pko_core::date(2012, 1, 15))?;
/// assert_eq!(a.deciding_facts()[0], Decider::Fact(FactPath::OperationKind));
/// assert_eq!(a.deciding_facts()[0], "operation.kind");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Decider<P = FactPath> {
    /// An unknown fact.
    Fact(P),
    /// An open assumption.
    Assumption(Assumption),
}

impl<P: fmt::Display> fmt::Display for Decider<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Fact(p) => p.fmt(f),
            Self::Assumption(a) => a.fmt(f),
        }
    }
}

impl<P: fmt::Display> PartialEq<str> for Decider<P> {
    fn eq(&self, other: &str) -> bool {
        displays_as(self, other)
    }
}

impl<P: fmt::Display> PartialEq<&str> for Decider<P> {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

#[cfg(feature = "serde")]
impl<P: fmt::Display> serde::Serialize for Decider<P> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The schema: the fact's path or the assumption's.
#[cfg(feature = "schema")]
impl<P: schemars::JsonSchema> schemars::JsonSchema for Decider<P> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Decider_of_{}", P::schema_name()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let fact = generator.subschema_for::<P>();
        let assumption = generator.subschema_for::<Assumption>();
        schemars::json_schema!({
            "description": "What would decide a finding: an unknown fact, by its JSON path, or an open assumption (`assumptions.NAME`).",
            "anyOf": [fact, assumption]
        })
    }
}

/// A reason that may name what would decide its finding.
pub(crate) trait Explains {
    /// How the facts are named.
    type Path: Copy + PartialEq;
    /// The unknown fact or open assumption this reason names, if any.
    fn decider(&self) -> Option<Decider<Self::Path>>;
}

/// A finding's citations as stored: a static list (most findings cite a
/// table's list unchanged) or a range of the findings' shared pool (for a
/// list extended as the finding was made), so that an assessment allocates
/// one list of citations, not one per finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cited {
    Static(&'static [&'static Source]),
    Pooled(Range<usize>),
}

/// A finding as stored: its reasons are a range of the findings' list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record<S> {
    pub(crate) subject: S,
    pub(crate) status: Status,
    pub(crate) reasons: Range<usize>,
    pub(crate) citations: Cited,
}

/// Every finding of an assessment, and the reasons and citations they
/// share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Findings<S, R> {
    pub(crate) records: Vec<Record<S>>,
    reasons: Vec<R>,
    pool: Vec<&'static Source>,
}

/// Whether `list` holds `s`: the same static (citations are statics, so
/// this is the usual match) or an equal source.
fn holds(list: &[&'static Source], s: &'static Source) -> bool {
    list.iter().any(|c| std::ptr::eq(*c, s) || **c == *s)
}

impl<S: Copy + PartialEq, R: Explains> Findings<S, R> {
    /// The reasons of one record.
    #[expect(
        clippy::indexing_slicing,
        reason = "every range is cut by `Builder::finish` from the reasons pushed since `begin`, so it lies within the list, which only grows"
    )]
    pub(crate) fn reasons_of(&self, r: &Record<S>) -> &[R] {
        &self.reasons[r.reasons.clone()]
    }

    /// The citations of one record.
    #[expect(
        clippy::indexing_slicing,
        reason = "every pooled range is cut by `Builder::finish` from the citations pooled since `begin`, and the pool is only cut back to the start of the finding being made"
    )]
    pub(crate) fn citations_of(&self, r: &Record<S>) -> &[&'static Source] {
        match &r.citations {
            Cited::Static(list) => list,
            Cited::Pooled(range) => &self.pool[range.clone()],
        }
    }

    /// The record about `subject`, if there is one.
    pub(crate) fn record(&self, subject: S) -> Option<&Record<S>> {
        self.records.iter().find(|r| r.subject == subject)
    }

    /// The verdict from the statuses.
    pub(crate) fn verdict(&self) -> Verdict {
        Verdict::of(self.records.iter().map(|r| r.status))
    }

    /// For an undetermined verdict, what the undetermined findings name as
    /// deciding them, each once, in the order of the findings; empty
    /// otherwise.
    pub(crate) fn deciding(&self) -> Vec<Decider<R::Path>> {
        let mut out: Vec<Decider<R::Path>> = Vec::new();
        if self.verdict() != Verdict::Undetermined {
            return out;
        }
        for r in self
            .records
            .iter()
            .filter(|r| r.status == Status::Undetermined)
        {
            for d in self.reasons_of(r).iter().filter_map(Explains::decider) {
                if !out.contains(&d) {
                    out.push(d);
                }
            }
        }
        out
    }
}

/// Builds findings one at a time: [`Builder::begin`] one, add its reasons
/// (each worsening its status to at least its own), [`Builder::finish`] it.
pub(crate) struct Builder<S, R> {
    findings: Findings<S, R>,
    subject: S,
    start: usize,
    worst: Status,
    /// While set, a violation only leaves the finding undetermined (where
    /// whether a requirement applies is itself unknown).
    soft: bool,
    soft_violation: bool,
    /// The current finding's citations: a static list until one is added,
    /// then the tail of the pool from `pooled` on.
    citations: Cited,
}

impl<S: Copy + PartialEq, R: Explains> Builder<S, R> {
    /// A builder for about `findings` findings with `reasons` reasons in
    /// all, the first about `subject`.
    pub(crate) fn new(subject: S, findings: usize, reasons: usize) -> Self {
        Self {
            findings: Findings {
                records: Vec::with_capacity(findings),
                reasons: Vec::with_capacity(reasons),
                pool: Vec::with_capacity(reasons),
            },
            subject,
            start: 0,
            worst: Status::Satisfied,
            soft: false,
            soft_violation: false,
            citations: Cited::Static(&[]),
        }
    }

    /// Starts the finding about `subject`, resting on `citations`.
    pub(crate) fn begin(&mut self, subject: S, citations: &'static [&'static Source]) {
        self.subject = subject;
        self.start = self.findings.reasons.len();
        self.worst = Status::Satisfied;
        self.soft = false;
        self.soft_violation = false;
        self.citations = Cited::Static(citations);
    }

    /// Adds a citation to the current finding, unless it already has it.
    pub(crate) fn cite(&mut self, s: &'static Source) {
        if holds(self.citations(), s) {
            return;
        }
        let pool = &mut self.findings.pool;
        if let Cited::Static(list) = self.citations {
            let start = pool.len();
            pool.extend_from_slice(list);
            self.citations = Cited::Pooled(start..start);
        }
        pool.push(s);
        if let Cited::Pooled(range) = &mut self.citations {
            range.end = pool.len();
        }
    }

    /// Replaces the current finding's citations.
    pub(crate) fn recite(&mut self, citations: &'static [&'static Source]) {
        if let Cited::Pooled(range) = &self.citations {
            self.findings.pool.truncate(range.start);
        }
        self.citations = Cited::Static(citations);
    }

    /// The current finding's citations.
    #[expect(
        clippy::indexing_slicing,
        reason = "a pooled range of the finding being made runs from where `cite` began it to the pool's end"
    )]
    pub(crate) fn citations(&self) -> &[&'static Source] {
        match &self.citations {
            Cited::Static(list) => list,
            Cited::Pooled(range) => &self.findings.pool[range.clone()],
        }
    }

    /// The current finding's status so far.
    pub(crate) const fn worst(&self) -> Status {
        self.worst
    }

    /// Adds a reason of status `status` to the current finding.
    pub(crate) fn push(&mut self, status: Status, r: R) {
        let status = if self.soft && status == Status::Violated {
            self.soft_violation = true;
            Status::Undetermined
        } else {
            status
        };
        self.worst = self.worst.worse(status);
        self.findings.reasons.push(r);
    }

    /// Makes violations leave the finding undetermined (`true`), or count
    /// again (`false`); returns whether a softened violation was seen.
    pub(crate) fn soften(&mut self, soft: bool) -> bool {
        self.soft = soft;
        self.soft_violation
    }

    /// Ends the current finding.
    pub(crate) fn finish(&mut self) {
        self.findings.records.push(Record {
            subject: self.subject,
            status: self.worst,
            reasons: self.start..self.findings.reasons.len(),
            citations: std::mem::replace(&mut self.citations, Cited::Static(&[])),
        });
    }

    /// The records made so far.
    pub(crate) fn records(&self) -> &[Record<S>] {
        &self.findings.records
    }

    /// The reason at `index` of the reasons added so far.
    pub(crate) fn reason(&self, index: usize) -> Option<&R> {
        self.findings.reasons.get(index)
    }

    /// The records made so far, to move one.
    pub(crate) fn records_mut(&mut self) -> &mut Vec<Record<S>> {
        &mut self.findings.records
    }

    /// The findings.
    pub(crate) fn done(self) -> Findings<S, R> {
        self.findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_is_the_declaration_order() {
        use Status::{NotApplicable, Satisfied, Undetermined, Violated};
        let order = [Satisfied, NotApplicable, Undetermined, Violated];
        for (i, a) in order.iter().enumerate() {
            for (j, b) in order.iter().enumerate() {
                assert_eq!(a.worse(*b), order[i.max(j)]);
            }
        }
        assert_eq!(Verdict::of([]), Verdict::Permitted);
        assert_eq!(Verdict::of([Violated, Satisfied]), Verdict::NotPermitted);
    }

    struct NoDecider;

    impl Explains for NoDecider {
        type Path = FactPath;
        fn decider(&self) -> Option<Decider> {
            None
        }
    }

    #[test]
    fn a_finding_cites_a_source_once_whether_the_same_static_or_an_equal_one() {
        static A: Source = Source::SPEECH;
        static SAME_AS_A: Source = Source::SPEECH;
        static B: Source = crate::cite::act("1");
        static LIST: [&Source; 1] = [&A];
        assert!(!std::ptr::eq(&raw const A, &raw const SAME_AS_A));
        let mut b: Builder<u8, NoDecider> = Builder::new(0, 2, 0);
        b.begin(0, &LIST);
        b.cite(&A);
        b.cite(&SAME_AS_A);
        assert_eq!(b.citations(), [&A], "nothing added to the static list");
        b.cite(&B);
        b.cite(&B);
        assert_eq!(b.citations(), [&A, &B]);
        b.finish();
        // A finding replaced by another list gives back its pooled entries.
        b.begin(1, &[]);
        b.cite(&B);
        b.recite(&LIST);
        b.cite(&SAME_AS_A);
        assert_eq!(b.citations(), [&A]);
        b.finish();
        let findings = b.done();
        let cited: Vec<_> = findings
            .records
            .iter()
            .map(|r| findings.citations_of(r).to_vec())
            .collect();
        assert_eq!(cited, [vec![&A, &B], vec![&A]]);
        assert_eq!(
            findings.pool.len(),
            2,
            "only the first finding's list is pooled"
        );
    }
}
