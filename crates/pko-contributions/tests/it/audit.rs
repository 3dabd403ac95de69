//! The audit's findings for the speech, asserted one by one.

use pko_contributions::audit::{AuditFinding, audit};
use pko_contributions::regular_budget;

fn findings() -> Vec<AuditFinding> {
    audit(&regular_budget::embedded().unwrap()).unwrap()
}

/// The embedded table with one cell's text replaced on Japan's row.
fn with_japan(from: &str, to: &str) -> regular_budget::RegularBudgetTable {
    let text: String = regular_budget::REGULAR_BUDGET_CSV
        .lines()
        .map(|l| {
            if l.starts_with("Japan,") {
                l.replace(from, to)
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    regular_budget::load(text.as_bytes(), "altered.csv").unwrap()
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
    check("japan-second-largest", true, "rank 2", "rank 2");
    check("japan-share-now", true, "10.8%", "10.83%");
    // "10 percent" stands for 9.5-10.5; 10.83 rounds to 11.
    check("japan-share-2014-15", false, "10%", "10.83%");
    check(
        "japan-contribution-2014-15",
        true,
        "US$800,000,000.00",
        "US$917,301,000.00",
    );
    // Calendar 2014: half of 10.83 % of US$7.78 bn (2013/14) and half of
    // 10.83 % of US$8.47 bn (2014/15).
    check(
        "japan-contribution-last-year",
        false,
        "US$1,000,000,000.00",
        "US$879,937,500.00",
    );
    let all = findings();
    let f = all
        .iter()
        .find(|f| f.id() == "japan-contribution-last-year")
        .unwrap();
    assert!(f.note().contains("assessed, not paid"), "{f}");
    let cited: Vec<String> = f.sources().iter().map(|s| s.title().to_owned()).collect();
    assert!(cited.iter().any(|t| t.contains("fact sheet")), "{cited:?}");
}

#[test]
fn nearly_nineteen_point_six_percent_year_by_year() {
    // Japan's regular-budget rates 2000-2005; "nearly 19.6" (to one
    // decimal, ±0.05) holds only for 2001.
    for (year, consistent, rate) in [
        (2000, false, "20.573%"),
        (2001, true, "19.629%"),
        (2002, false, "19.669%"),
        (2003, false, "19.516%"),
        (2004, false, "19.468%"),
        (2005, false, "19.468%"),
    ] {
        check(
            &format!("japan-share-2000-2005:{year}"),
            consistent,
            "19.6%",
            rate,
        );
    }
    let all = findings();
    let f = all
        .iter()
        .find(|f| f.id() == "japan-share-2000-2005:2001")
        .unwrap();
    assert_eq!(f.tolerance().to_string(), "0.0505");
    assert!(f.note().starts_with("assumes Japan was at level B"), "{f}");
    assert!(f.claim().ends_with(": 2001"), "{f}");
    assert!(
        f.sources()
            .iter()
            .any(|s| s.issuer() == "UN General Assembly")
    );
    // A changed rate for 2002 is seen.
    let altered = audit(&with_japan(",19.669,", ",19.600,")).unwrap();
    let y2002 = altered
        .iter()
        .find(|f| f.id() == "japan-share-2000-2005:2002")
        .unwrap();
    assert!(y2002.consistent(), "{y2002}");
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
        ("JPN", "10.833%"),
        ("DEU", "7.141%"),
        ("ITA", "4.448%"),
        ("CAN", "2.984%"),
        ("ESP", "2.973%"),
        ("KOR", "1.994%"),
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
fn a_table_without_the_needed_columns_is_an_error_not_a_silence() {
    // The columns up to 1999 only.
    let mut reader = csv::Reader::from_reader(regular_budget::REGULAR_BUDGET_CSV.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let keep = |r: &csv::StringRecord| r.iter().take(33).collect::<csv::StringRecord>();
    writer
        .write_record(&keep(reader.headers().unwrap()))
        .unwrap();
    for r in reader.records() {
        writer.write_record(&keep(&r.unwrap())).unwrap();
    }
    let bytes = writer.into_inner().unwrap();
    let short = regular_budget::load(bytes.as_slice(), "short.csv").unwrap();
    assert_eq!(short.labels().last(), Some(&1999));
    let err = audit(&short).unwrap_err();
    assert!(err.to_string().contains("2000"), "{err}");
    // Japan's row gone: the rate is missing, and the audit says so.
    let text: String = regular_budget::REGULAR_BUDGET_CSV
        .lines()
        .filter(|l| !l.starts_with("Japan,"))
        .collect::<Vec<_>>()
        .join("\n");
    let without_japan = regular_budget::load(text.as_bytes(), "no-japan.csv").unwrap();
    assert_eq!(
        audit(&without_japan).unwrap_err(),
        pko_contributions::Error::MissingRate {
            country: pko_core::CountryCode::JPN,
            label: 2000
        }
    );
}

#[test]
fn a_changed_rate_is_caught() {
    let f = audit(&with_japan(",10.833,", ",10.900,"))
        .unwrap()
        .into_iter()
        .find(|f| f.id() == "annex-1-vs-rb:JPN")
        .unwrap();
    assert!(!f.consistent());
}

#[test]
fn every_row_of_the_table_gives_findings() {
    let all = findings();
    for &id in pko_contributions::audit::check_ids() {
        let of_row: Vec<_> = all.iter().filter(|f| f.check() == id).collect();
        assert!(!of_row.is_empty(), "row {id} gave no finding");
        for f in of_row {
            assert!(
                f.id() == id.as_str() || f.id().starts_with(&format!("{id}:")),
                "{} is not of {id}",
                f.id()
            );
        }
    }
    // Each finding's check is the one its id names.
    for f in &all {
        let named = f.id().split(':').next().unwrap();
        assert_eq!(named.parse(), Ok(f.check()), "{}", f.id());
    }
    assert_eq!(all.len(), 39);
    assert_eq!(all.iter().filter(|f| !f.consistent()).count(), 16);
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

#[test]
fn the_embedded_audit_is_the_audit_of_the_embedded_table() {
    let embedded = pko_contributions::audit::audit_embedded().unwrap();
    assert_eq!(
        embedded,
        audit(&regular_budget::embedded().unwrap()).unwrap()
    );
    assert_eq!(embedded.len(), 39);
}
