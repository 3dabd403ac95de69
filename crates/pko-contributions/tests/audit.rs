//! The audit's findings for the speech, asserted one by one.

use pko_contributions::audit::{AuditFinding, audit};
use pko_contributions::regular_budget;

fn findings() -> Vec<AuditFinding> {
    let rb = regular_budget::embedded().unwrap().scale(2015).unwrap();
    audit(Some(&rb))
}

fn check(id: &str, consistent: bool, claimed: &str, computed: &str) {
    let all = findings();
    let f = all
        .iter()
        .find(|f| f.id() == id)
        .unwrap_or_else(|| panic!("no finding {id}"));
    assert_eq!(f.consistent(), consistent, "{f}");
    assert_eq!(f.claimed().to_string(), claimed, "{id}");
    assert_eq!(f.computed().to_string(), computed, "{id}");
    assert!(!f.sources().is_empty());
}

#[test]
fn sums_of_the_speech() {
    check("uniformed-sum", true, "106,854 persons", "106,854 persons");
    check("civilian-sum", true, "17,092 persons", "17,092 persons");
}

#[test]
fn the_annexes() {
    check("annex-1-count", false, "10", "11");
    check("annex-1-order", true, "1", "1");
    check("annex-2-order", true, "1", "1");
    check("annex-2-ranks", false, "rank 0", "rank 11");
    check("annex-2-china", false, "rank 12", "rank 11");
}

#[test]
fn japans_share_and_amount() {
    check("japan-share-now", true, "10.8%", "10.83%");
    check("japan-share-2014-15", true, "10%", "10.83%");
    check(
        "japan-contribution-2014-15",
        true,
        "US$800,000,000.00",
        "US$917,301,000.00",
    );
    check(
        "japan-contribution-last-year",
        false,
        "US$1,000,000,000.00",
        "US$917,301,000.00",
    );
}

#[test]
fn uniformed_personnel_against_the_ipi() {
    check(
        "uniformed-troops-vs-ipi",
        true,
        "91,932 persons",
        "91,932 persons",
    );
    check(
        "uniformed-police-vs-ipi",
        false,
        "13,127 persons",
        "13,126 persons",
    );
    check(
        "uniformed-observers-vs-ipi",
        false,
        "1,795 persons",
        "1,796 persons",
    );
    check(
        "uniformed-total-vs-ipi",
        true,
        "106,854 persons",
        "106,854 persons",
    );
}

#[test]
fn the_training_programme_disagrees_with_itself() {
    check("programme-japanese", false, "164 persons", "105 persons");
    check("programme-foreigners", false, "138 persons", "105 persons");
}

#[test]
fn other_sources() {
    check(
        "japan-personnel-vs-mofa",
        true,
        "9,000 persons",
        "9,300 persons",
    );
    check(
        "budget-2014-15-vs-final",
        true,
        "US$8,470,000,000.00",
        "US$8,500,000,000.00",
    );
    check(
        "budget-2014-15-vs-approved",
        false,
        "US$8,470,000,000.00",
        "US$7,056,000,000.00",
    );
    check("east-asia-members", false, "4", "3");
}

#[test]
fn annex_1_against_the_regular_budget_scale() {
    // Level B members: the same rate to two decimals; permanent members:
    // the level-A premium, a ratio of about 1.29.
    let all = findings();
    for (c, computed) in [
        ("JPN", "10.83%"),
        ("DEU", "7.14%"),
        ("ITA", "4.45%"),
        ("CAN", "2.98%"),
        ("ESP", "2.97%"),
        ("KOR", "1.99%"),
        ("USA", "×1.29"),
        ("FRA", "×1.291"),
        ("GBR", "×1.290"),
        ("CHN", "×1.290"),
        ("RUS", "×1.292"),
    ] {
        let f = all
            .iter()
            .find(|f| f.id() == format!("annex-1-vs-rb:{c}"))
            .unwrap();
        assert!(f.consistent(), "{f}");
        assert_eq!(f.computed().to_string(), computed);
    }
}

#[test]
fn without_the_table_the_annex_1_checks_are_absent() {
    let without = audit(None);
    assert!(without.iter().all(|f| !f.id().starts_with("annex-1-vs-rb")));
    assert_eq!(findings().len(), without.len() + 11);
}

#[test]
fn a_changed_rate_is_caught() {
    use pko_contributions::{Scale, ScaleKind};
    use pko_core::CountryCode;
    let rb = regular_budget::embedded().unwrap().scale(2015).unwrap();
    let mut rates: Vec<_> = rb.rates().to_vec();
    for (c, r) in &mut rates {
        if *c == CountryCode::JPN {
            *r = "10.900".parse().unwrap();
        }
    }
    let altered = Scale::new(
        ScaleKind::RegularBudget,
        rb.period(),
        rates,
        rb.source().clone(),
    )
    .unwrap();
    let f = audit(Some(&altered))
        .into_iter()
        .find(|f| f.id() == "annex-1-vs-rb:JPN")
        .unwrap();
    assert!(!f.consistent());
}

#[test]
fn a_zero_rate_is_an_inconsistency_not_a_crash() {
    use pko_contributions::{Scale, ScaleKind};
    use pko_core::{CountryCode, Percent};
    let rb = Scale::new(
        ScaleKind::RegularBudget,
        "2013-2015".parse().unwrap(),
        [
            (CountryCode::USA, Percent::ZERO),
            (CountryCode::JPN, "10.833".parse().unwrap()),
        ],
        pko_core::Source::SPEECH,
    )
    .unwrap();
    let f = audit(Some(&rb))
        .into_iter()
        .find(|f| f.id() == "annex-1-vs-rb:USA")
        .unwrap();
    assert!(!f.consistent());
}

#[test]
fn every_finding_is_identified_once_and_cites_each_source_once() {
    let all = findings();
    let mut ids: Vec<&str> = all.iter().map(AuditFinding::id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
    for f in &all {
        assert!(!f.claim().trim().is_empty(), "{}", f.id());
        let s = f.sources();
        for (i, a) in s.iter().enumerate() {
            assert!(!s[i + 1..].contains(a), "{}: {a} cited twice", f.id());
        }
    }
}

#[test]
fn a_finding_reads_as_its_claim_its_figures_and_its_note() {
    let all = findings();
    let f = all.iter().find(|f| f.id() == "annex-1-count").unwrap();
    assert_eq!(
        f.note(),
        "the table lists eleven: the Republic of Korea is 11th"
    );
    assert_eq!(
        f.to_string(),
        "[INCONSISTENT] Annex 1 lists the \"ten top\" financial contributors: claimed 10, computed 11; the table lists eleven: the Republic of Korea is 11th"
    );
    let sum = all.iter().find(|f| f.id() == "uniformed-sum").unwrap();
    assert_eq!(sum.note(), "");
    assert_eq!(
        sum.to_string(),
        "[consistent  ] uniformed personnel = troops + police + military observers (31 March 2015): claimed 106,854 persons, computed 106,854 persons"
    );
}
