//! An audit of the speech's figures: against each other, against the
//! sources beside them, and against loaded data.

use std::fmt;

use pko_core::{CountryCode, Percent, Rounding, Source, Usd};
use rust_decimal::Decimal;

use crate::Scale;
use crate::speech::{
    Qualifier, Quantity, annex_1_entries, annex_1_source, annex_2, annex_2_source, figure,
};

/// One check of a claim.
///
/// # Example
///
/// ```
/// let findings = pko_contributions::audit::audit(None);
/// let f = findings.iter().find(|f| f.id() == "uniformed-sum").unwrap();
/// assert!(f.consistent());
/// assert_eq!(f.computed().to_string(), "106,854 persons");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct AuditFinding {
    id: String,
    claim: String,
    claimed: Quantity,
    qualifier: Qualifier,
    computed: Quantity,
    tolerance: Decimal,
    consistent: bool,
    note: String,
    sources: Vec<Source>,
}

impl AuditFinding {
    /// A short identifier (`uniformed-sum`, `annex-1-vs-rb:JPN`).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit(None).iter().all(|f| !f.id().is_empty()));
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The claim checked, in words.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit(None).iter().all(|f| !f.claim().is_empty()));
    /// ```
    #[must_use]
    pub fn claim(&self) -> &str {
        &self.claim
    }

    /// The value claimed.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Quantity;
    /// let a = pko_contributions::audit::audit(None);
    /// let f = a.iter().find(|f| f.id() == "annex-1-count").unwrap();
    /// assert_eq!(f.claimed(), Quantity::Count(10));
    /// ```
    #[must_use]
    pub const fn claimed(&self) -> Quantity {
        self.claimed
    }

    /// How the claim is stated ("more than", "about").
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Qualifier;
    /// let a = pko_contributions::audit::audit(None);
    /// let f = a.iter().find(|f| f.id() == "japan-contribution-last-year").unwrap();
    /// assert_eq!(f.qualifier(), Qualifier::MoreThan);
    /// ```
    #[must_use]
    pub const fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// The value computed from the other figures or data.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::speech::Quantity;
    /// let a = pko_contributions::audit::audit(None);
    /// let f = a.iter().find(|f| f.id() == "annex-1-count").unwrap();
    /// assert_eq!(f.computed(), Quantity::Count(11));
    /// ```
    #[must_use]
    pub const fn computed(&self) -> Quantity {
        self.computed
    }

    /// The largest difference still counted as consistent, in the unit of
    /// the quantity (persons, percentage points, dollars, ratio).
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit(None);
    /// let f = a.iter().find(|f| f.id() == "uniformed-sum").unwrap();
    /// assert_eq!(f.tolerance(), rust_decimal::Decimal::ZERO);
    /// ```
    #[must_use]
    pub const fn tolerance(&self) -> Decimal {
        self.tolerance
    }

    /// Whether the claim holds.
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit(None);
    /// assert!(!a.iter().find(|f| f.id() == "annex-1-count").unwrap().consistent());
    /// ```
    #[must_use]
    pub const fn consistent(&self) -> bool {
        self.consistent
    }

    /// What to make of it.
    ///
    /// # Example
    ///
    /// ```
    /// let a = pko_contributions::audit::audit(None);
    /// assert!(a.iter().find(|f| f.id() == "annex-1-count").unwrap().note().contains("eleven"));
    /// ```
    #[must_use]
    pub fn note(&self) -> &str {
        &self.note
    }

    /// The sources of the claim and of what it is checked against.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_contributions::audit::audit(None).iter().all(|f| !f.sources().is_empty()));
    /// ```
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
}

impl fmt::Display for AuditFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.consistent {
            "consistent  "
        } else {
            "INCONSISTENT"
        };
        write!(
            f,
            "[{mark}] {}: claimed {}{}, computed {}",
            self.claim, self.qualifier, self.claimed, self.computed
        )?;
        if !self.tolerance.is_zero() {
            write!(f, " (tolerance {})", self.tolerance)?;
        }
        if !self.note.is_empty() {
            write!(f, "; {}", self.note)?;
        }
        Ok(())
    }
}

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
fn agrees(qualifier: Qualifier, claimed: Quantity, computed: Quantity, tolerance: Decimal) -> bool {
    let (c, v) = (number(claimed), number(computed));
    match qualifier {
        Qualifier::MoreThan => v > c,
        Qualifier::Nearly => v <= c && c - v <= tolerance,
        Qualifier::Exact | Qualifier::About => (c - v).abs() <= tolerance,
    }
}

struct Auditor {
    findings: Vec<AuditFinding>,
}

impl Auditor {
    #[expect(
        clippy::too_many_arguments,
        reason = "one finding's fields, named at the call"
    )]
    fn check(
        &mut self,
        id: impl Into<String>,
        claim: impl Into<String>,
        qualifier: Qualifier,
        claimed: Quantity,
        computed: Quantity,
        tolerance: Decimal,
        note: impl Into<String>,
        sources: Vec<Source>,
    ) {
        self.findings.push(AuditFinding {
            id: id.into(),
            claim: claim.into(),
            claimed,
            qualifier,
            computed,
            tolerance,
            consistent: agrees(qualifier, claimed, computed, tolerance),
            note: note.into(),
            sources,
        });
    }

    /// A sum of figures against a figure.
    fn sum(&mut self, id: &str, claim: &str, total: &str, parts: &[&str]) {
        let Some(t) = figure(total) else { return };
        let mut sum = 0;
        let mut sources = vec![t.source().clone()];
        for p in parts {
            if let Some(f) = figure(p) {
                sum += persons(p);
                if !sources.contains(f.source()) {
                    sources.push(f.source().clone());
                }
            }
        }
        self.check(
            id,
            claim,
            Qualifier::Exact,
            t.quantity(),
            Quantity::Persons(sum),
            Decimal::ZERO,
            "",
            sources,
        );
    }
}

fn persons(id: &str) -> u64 {
    figure(id).map_or(0, |f| match f.quantity() {
        Quantity::Persons(n) | Quantity::Count(n) => n,
        _ => 0,
    })
}

/// Audits the speech's figures. With the 2013–2015 regular-budget scale
/// (the `2015` column of the embedded table), Annex 1 is also checked
/// against it: equal to two decimals for the members below level A, about
/// 1.29 times for the five permanent members (facts.md §8).
///
/// The checks, each a finding with its sources: every sum in the speech;
/// Annex 1's title against its length and its order; Annex 2's ranks and
/// order; Japan's shares (A.2, E.2) against Annex 1; Japan's contribution
/// (A.2 "more than one billion dollars last year", E.2 "more than $800
/// million") against 10.83 % of the US$8.47 billion of E.2; the uniformed
/// totals of 31 March 2015 against the IPI's; the training programme of
/// A.4 against D.2; the "more than 9,000" of A.1 against a MOFA handout; the
/// 2014/15 budget against the approved and final figures; China's rank in
/// Annex 2; and the membership of "four East Asian countries".
///
/// # Example
///
/// ```
/// use pko_contributions::{audit::audit, regular_budget};
///
/// let rb = regular_budget::embedded()?.scale(2015)?;
/// let findings = audit(Some(&rb));
/// let japan = findings.iter().find(|f| f.id() == "annex-1-vs-rb:JPN").unwrap();
/// assert!(japan.consistent());
/// let usa = findings.iter().find(|f| f.id() == "annex-1-vs-rb:USA").unwrap();
/// assert!(usa.consistent()); // 28.38 / 22.000 = 1.29
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[must_use]
#[expect(
    clippy::too_many_lines,
    reason = "one block per claim, in the order of the speech"
)]
pub fn audit(regular_budget_2013_2015: Option<&Scale>) -> Vec<AuditFinding> {
    let mut a = Auditor {
        findings: Vec::new(),
    };
    let e2 = Source::SPEECH.at(pko_core::Locator::section("E.2"));
    let zero = Decimal::ZERO;

    // Sums.
    a.sum(
        "uniformed-sum",
        "uniformed personnel = troops + police + military observers (31 March 2015)",
        "uniformed-total",
        &[
            "uniformed-troops",
            "uniformed-police",
            "uniformed-observers",
        ],
    );
    a.sum(
        "civilian-sum",
        "civilian personnel = international + local staff (30 November 2014)",
        "civilian-total",
        &["civilian-international", "civilian-local"],
    );

    // Annex 1.
    let a1 = annex_1_entries();
    a.check(
        "annex-1-count",
        "Annex 1 lists the \"ten top\" financial contributors",
        Qualifier::Exact,
        Quantity::Count(10),
        Quantity::Count(u64::try_from(a1.len()).unwrap_or(u64::MAX)),
        zero,
        "the table lists eleven: the Republic of Korea is 11th",
        vec![annex_1_source()],
    );
    let ordered = a1
        .windows(2)
        .all(|w| matches!(w, [x, y] if x.value() >= y.value() && x.rank() < y.rank()));
    a.check(
        "annex-1-order",
        "Annex 1 is ranked by rate",
        Qualifier::Exact,
        Quantity::Count(1),
        Quantity::Count(u64::from(ordered)),
        zero,
        "1 = every rank follows a rate no smaller",
        vec![annex_1_source()],
    );

    // Annex 2.
    let a2 = annex_2();
    let ordered2 = a2
        .windows(2)
        .all(|w| matches!(w, [x, y] if x.value() >= y.value() && x.rank() < y.rank()));
    a.check(
        "annex-2-order",
        "Annex 2 is ranked by personnel",
        Qualifier::Exact,
        Quantity::Count(1),
        Quantity::Count(u64::from(ordered2)),
        zero,
        "1 = every rank follows a number no smaller",
        vec![annex_2_source()],
    );
    let first_gap = a2
        .iter()
        .zip(1_u16..)
        .find(|(e, i)| e.rank() != *i)
        .map_or(0, |(_, i)| i);
    a.check(
        "annex-2-ranks",
        "Annex 2's top ranks run 1, 2, 3, … without a gap",
        Qualifier::Exact,
        Quantity::Rank(0),
        Quantity::Rank(u64::from(first_gap)),
        zero,
        "the first missing rank (0 = none): the table goes from 10 to 12",
        vec![annex_2_source()],
    );
    let china = a2
        .iter()
        .find(|e| e.country() == CountryCode::CHN)
        .map_or(0, |e| u64::from(e.rank()));
    a.check(
        "annex-2-china",
        "China's rank in March 2015 (speech) against the UN's February and April 2015 reports",
        Qualifier::Exact,
        Quantity::Rank(china),
        Quantity::Rank(11),
        zero,
        "the UN's monthly reports of February and April 2015 rank China 11th",
        vec![
            annex_2_source(),
            Source::new(
                "United Nations",
                "monthly ranking of military and police contributions, February and April 2015",
                None,
                pko_core::Reliability::Primary,
            ),
        ],
    );

    // Japan's shares.
    let japan_a1 = a1
        .iter()
        .find(|e| e.country() == CountryCode::JPN)
        .map(|e| Decimal::new(i64::from(e.value()), 2));
    let japan_rate = japan_a1
        .and_then(|d| Percent::new(d).ok())
        .unwrap_or(Percent::ZERO);
    if let Some(f) = figure("japan-share-now") {
        a.check(
            "japan-share-now",
            "Japan's share \"now\" (A.2) against Annex 1",
            Qualifier::Exact,
            f.quantity(),
            Quantity::Percent(japan_rate),
            Decimal::new(5, 2),
            "10.83 rounds to 10.8",
            vec![f.source().clone(), annex_1_source()],
        );
    }
    if let Some(f) = figure("japan-share-2014-15") {
        a.check(
            "japan-share-2014-15",
            "Japan's \"10 percent\" of 2014/15 (E.2) against Annex 1",
            Qualifier::Exact,
            f.quantity(),
            Quantity::Percent(japan_rate),
            Decimal::ONE,
            "a round figure: Annex 1 gives 10.83",
            vec![f.source().clone(), annex_1_source()],
        );
    }
    let budget = figure("budget-2014-15").map_or(Usd::ZERO, |f| match f.quantity() {
        Quantity::Usd(u) => u,
        _ => Usd::ZERO,
    });
    let japan_amount = japan_rate
        .of(budget, Rounding::HalfEven)
        .unwrap_or(Usd::ZERO);
    if let Some(f) = figure("japan-contribution-2014-15") {
        a.check("japan-contribution-2014-15", "Japan's \"more than $800 million\" of 2014/15 (E.2) against 10.83 % of US$8.47 billion", Qualifier::MoreThan, f.quantity(), Quantity::Usd(japan_amount), zero, "true, but the assessed share is about US$917 million, well above the figure stated", vec![e2.clone(), annex_1_source()]);
    }
    if let Some(f) = figure("japan-contribution-last-year") {
        a.check("japan-contribution-last-year", "Japan's \"more than one billion dollars\" last year (A.2) against 10.83 % of US$8.47 billion", Qualifier::MoreThan, f.quantity(), Quantity::Usd(japan_amount), zero, "the assessed share of the 2014/15 budget stated in E.2 is below US$1 billion; the claim would need payments beyond the assessment", vec![f.source().clone(), e2.clone(), annex_1_source()]);
    }
    // Uniformed personnel against the IPI's totals.
    for (id, speech_id, ipi_id, what) in [
        (
            "uniformed-troops-vs-ipi",
            "uniformed-troops",
            "ipi-troops-2015-03",
            "troops",
        ),
        (
            "uniformed-police-vs-ipi",
            "uniformed-police",
            "ipi-police-2015-03",
            "police",
        ),
        (
            "uniformed-observers-vs-ipi",
            "uniformed-observers",
            "ipi-experts-2015-03",
            "military observers (IPI: experts on mission)",
        ),
        (
            "uniformed-total-vs-ipi",
            "uniformed-total",
            "ipi-total-2015-03",
            "uniformed personnel in total",
        ),
    ] {
        if let (Some(s), Some(i)) = (figure(speech_id), figure(ipi_id)) {
            a.check(
                id,
                format!("{what} on 31 March 2015: speech against the IPI's monthly totals"),
                Qualifier::Exact,
                s.quantity(),
                i.quantity(),
                zero,
                "",
                vec![s.source().clone(), i.source().clone()],
            );
        }
    }

    // The training programme: A.4 against D.2.
    let per_year = persons("programme-japanese-per-year");
    let years = persons("programme-years");
    let d2 = Quantity::Persons(per_year * years);
    for (id, fig_id, who) in [
        (
            "programme-japanese",
            "programme-trained-japanese",
            "Japanese",
        ),
        (
            "programme-foreigners",
            "programme-trained-foreigners",
            "foreigners",
        ),
    ] {
        if let Some(f) = figure(fig_id) {
            a.check(id, format!("{who} trained by the peacebuilding programme: A.4's total against D.2's 15 a year for 7 years"), Qualifier::Exact, f.quantity(), d2, zero, "the two sections of the speech disagree", vec![f.source().clone(), Source::SPEECH.at(pko_core::Locator::section("D.2"))]);
        }
    }

    // Japan's personnel: A.1 against a MOFA handout.
    if let (Some(s), Some(m)) = (
        figure("japan-personnel-since-1992"),
        figure("mofa-japan-personnel"),
    ) {
        a.check(
            "japan-personnel-vs-mofa",
            "Japan's \"more than 9,000\" personnel since 1992 (A.1) against MOFA's \"about 9,300\"",
            Qualifier::MoreThan,
            s.quantity(),
            m.quantity(),
            zero,
            "",
            vec![s.source().clone(), m.source().clone()],
        );
    }

    // The 2014/15 budget.
    for (id, other, tolerance, note) in [
        (
            "budget-2014-15-vs-final",
            "budget-2014-15-final",
            Decimal::from(50_000_000),
            "the final total was estimated at about US$8.5 billion",
        ),
        (
            "budget-2014-15-vs-approved",
            "budget-2014-15-approved-july-2014",
            Decimal::from(50_000_000),
            "US$7.056 billion was approved in July 2014 with three missions funded for half a year only; the speech's figure is the full-year total",
        ),
    ] {
        if let (Some(s), Some(o)) = (figure("budget-2014-15"), figure(other)) {
            a.check(
                id,
                format!("the US$8.47 billion of 2014/15 (E.2) against {}", o.what()),
                Qualifier::About,
                s.quantity(),
                o.quantity(),
                tolerance,
                note,
                vec![s.source().clone(), o.source().clone()],
            );
        }
    }

    // The membership of the cooperation.
    a.check("east-asia-members", "\"the four East Asian countries\" (E.1) against the states the speech names (Japan, China, Korea)", Qualifier::Exact, Quantity::Count(4), Quantity::Count(3), zero, "the speech does not fix the membership; pko-institute takes it as an input", vec![Source::SPEECH.at(pko_core::Locator::section("E.1")), Source::SPEECH.at(pko_core::Locator::section("F"))]);

    // Annex 1 against the regular-budget scale.
    if let Some(rb) = regular_budget_2013_2015 {
        for e in &a1 {
            let Some(rb_rate) = rb.rate(e.country()) else {
                continue;
            };
            let annex = Decimal::new(i64::from(e.value()), 2);
            let permanent = matches!(e.country().as_str(), "USA" | "FRA" | "GBR" | "CHN" | "RUS");
            let id = format!("annex-1-vs-rb:{}", e.country());
            let sources = vec![annex_1_source(), rb.source().clone()];
            if permanent {
                // A zero rate gives no ratio; the check then fails.
                let ratio = annex
                    .checked_div(rb_rate.value())
                    .map_or(Decimal::ZERO, |r| r.round_dp(3));
                a.check(id, format!("{}: Annex 1 rate about 1.29 times the 2013-2015 regular-budget rate {} (permanent member, level A)", e.name(), rb_rate), Qualifier::About, Quantity::Ratio(Decimal::new(129, 2)), Quantity::Ratio(ratio), Decimal::new(1, 2), "the premium of level A", sources);
            } else {
                let rounded = rb_rate.value().round_dp(2);
                a.check(id, format!("{}: Annex 1 rate equal to the 2013-2015 regular-budget rate {} to two decimals (level B, no discount)", e.name(), rb_rate), Qualifier::Exact, Quantity::Percent(Percent::new(annex).unwrap_or(Percent::ZERO)), Quantity::Percent(Percent::new(rounded).unwrap_or(Percent::ZERO)), zero, "", sources);
            }
        }
    }
    a.findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn persons(n: u64) -> Quantity {
        Quantity::Persons(n)
    }

    #[test]
    fn more_than_is_strict() {
        let zero = Decimal::ZERO;
        assert!(agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(9_001),
            zero
        ));
        assert!(!agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(9_000),
            zero
        ));
        assert!(!agrees(
            Qualifier::MoreThan,
            persons(9_000),
            persons(8_999),
            zero
        ));
    }

    #[test]
    fn nearly_is_at_most_the_claim_and_within_the_tolerance_below_it() {
        let t = Decimal::from(100);
        // "nearly 1,000": 900 to 1,000 inclusive.
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(1_000), t));
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(950), t));
        assert!(agrees(Qualifier::Nearly, persons(1_000), persons(900), t));
        assert!(!agrees(Qualifier::Nearly, persons(1_000), persons(899), t));
        assert!(!agrees(
            Qualifier::Nearly,
            persons(1_000),
            persons(1_001),
            t
        ));
        assert!(!agrees(
            Qualifier::Nearly,
            persons(1_000),
            persons(2_000),
            t
        ));
    }

    #[test]
    fn exact_and_about_are_symmetric_within_the_tolerance() {
        let t = Decimal::new(5, 2);
        let pct = |m: i64| Quantity::Percent(Percent::new(Decimal::new(m, 2)).unwrap());
        for q in [Qualifier::Exact, Qualifier::About] {
            assert!(agrees(q, pct(1_080), pct(1_083), t));
            assert!(agrees(q, pct(1_080), pct(1_085), t));
            assert!(agrees(q, pct(1_080), pct(1_075), t));
            assert!(!agrees(q, pct(1_080), pct(1_086), t));
            assert!(!agrees(q, pct(1_080), pct(1_074), t));
        }
        assert!(agrees(
            Qualifier::Exact,
            persons(7),
            persons(7),
            Decimal::ZERO
        ));
        assert!(!agrees(
            Qualifier::Exact,
            persons(7),
            persons(8),
            Decimal::ZERO
        ));
    }

    #[test]
    fn display_shows_the_tolerance_and_the_note_only_when_there_are_some() {
        let mut f = AuditFinding {
            id: "x".into(),
            claim: "a claim".into(),
            claimed: persons(10),
            qualifier: Qualifier::About,
            computed: persons(11),
            tolerance: Decimal::ZERO,
            consistent: false,
            note: String::new(),
            sources: Vec::new(),
        };
        assert_eq!(
            f.to_string(),
            "[INCONSISTENT] a claim: claimed about 10 persons, computed 11 persons"
        );
        f.tolerance = Decimal::ONE;
        f.consistent = true;
        f.note = "a note".into();
        assert_eq!(
            f.to_string(),
            "[consistent  ] a claim: claimed about 10 persons, computed 11 persons (tolerance 1); a note"
        );
        assert_eq!(f.claim(), "a claim");
        assert_eq!(f.note(), "a note");
    }
}
