//! `docs/speech-coverage.md` names only code that exists, maps every
//! section of the speech, every row of the audit and every figure the
//! speech states, and its counts are those of its table.
#![expect(
    unused_qualifications,
    reason = "the items are written in full, as the map writes them"
)]

use std::collections::BTreeSet;

use pko::contributions::{audit, speech};
use pko::core::Locator;

/// A value path (function, method, static, constant) that must compile.
macro_rules! value {
    ($($p:tt)+) => {{
        let _ = &$($p)+;
        stringify!($($p)+).replace(' ', "")
    }};
}

/// A type path that must compile.
macro_rules! ty {
    ($p:ty) => {{
        let _ = std::marker::PhantomData::<$p>;
        stringify!($p).replace(' ', "")
    }};
}

fn known_items() -> BTreeSet<String> {
    BTreeSet::from([
        value!(pko::core::Source::SPEECH),
        value!(pko::record::check_speech),
        ty!(pko::institute::Charter),
        value!(pko::principles::history::RECORD),
        value!(pko::principles::history::replay),
        value!(pko::contributions::regular_budget::embedded),
        value!(pko::contributions::speech::sml_courses),
        ty!(pko::principles::Regime),
        value!(pko::principles::Regime::in_force_on),
        ty!(pko::principles::Principle),
        ty!(pko::principles::PrincipleText),
        value!(pko::principles::assess),
        ty!(pko::principles::WeaponsUse),
        value!(pko::principles::statute::ITEMS),
        ty!(pko::principles::Task),
        value!(pko::principles::compare),
        ty!(pko::principles::Reform),
        value!(pko::principles::Reform::amendment),
        value!(pko::principles::impact),
        value!(pko::principles::in_kind::AMMUNITION_2013),
        value!(pko::principles::in_kind::ammunition_2013),
        value!(pko::principles::in_kind::assess_transfer),
        value!(pko::contributions::wps::RESOLUTION_1325),
        value!(pko::contributions::wps::ACTIONS),
        value!(pko::contributions::personnel::Personnel::female_shares_of),
        value!(pko::contributions::personnel::parity_targets),
        ty!(pko::institute::HumanSecurityArea),
        ty!(pko::institute::Implementer),
        value!(pko::institute::validate_human_security),
        value!(pko::institute::Charter::secretariat),
        ty!(pko::institute::FinancialEligibility),
        value!(pko::institute::share_costs),
        value!(pko::institute::rotation),
        value!(pko::institute::Charter::proposed),
        value!(pko::institute::validate_decisions),
        value!(pko::institute::validate_history),
        value!(pko::institute::validate_deputies),
        value!(pko::institute::validate_council),
        value!(pko::institute::validate_payments),
        ty!(pko::institute::WorkArea),
        value!(pko::institute::validate_programmes),
        value!(pko::institute::Charter::partners),
        value!(pko::contributions::speech::annex_1),
        value!(pko::contributions::speech::annex_2),
    ])
}

struct Row {
    section: String,
    status: String,
    items: Vec<String>,
    reason: String,
}

fn rows() -> Vec<Row> {
    let doc = include_str!("../../docs/speech-coverage.md");
    doc.lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| section"))
        .map(|l| {
            let cells: Vec<&str> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            assert_eq!(cells.len(), 6, "{l}");
            let items = l
                .split('`')
                .skip(1)
                .step_by(2)
                .filter(|t| {
                    t.starts_with("pko::") || t.starts_with("figure:") || t.starts_with("audit:")
                })
                .map(str::to_owned)
                .collect();
            Row {
                section: cells[0].to_owned(),
                status: cells[3].to_owned(),
                items,
                reason: cells[5].to_owned(),
            }
        })
        .collect()
}

#[test]
fn every_item_the_map_names_exists_and_every_known_item_is_named() {
    let known = known_items();
    let named: BTreeSet<String> = rows()
        .iter()
        .flat_map(|r| r.items.iter().filter(|i| i.starts_with("pko::")).cloned())
        .collect();
    let unknown: Vec<&String> = named.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "named in the map but not checked to exist: {unknown:?}"
    );
    let unnamed: Vec<&String> = known.difference(&named).collect();
    assert!(
        unnamed.is_empty(),
        "checked here but not named in the map: {unnamed:?}"
    );
    for r in rows() {
        for i in &r.items {
            if let Some(id) = i.strip_prefix("figure:") {
                assert!(id.parse::<speech::FigureId>().is_ok(), "no figure {id}");
            }
            if let Some(id) = i.strip_prefix("audit:") {
                assert!(id.parse::<audit::CheckId>().is_ok(), "no audit row {id}");
            }
        }
    }
}

#[test]
fn every_section_every_audit_row_and_every_figure_of_the_speech_is_mapped() {
    let rows = rows();
    let sections: BTreeSet<&str> = rows.iter().map(|r| r.section.as_str()).collect();
    let expected = BTreeSet::from([
        "Intro", "A.1", "A.2", "A.3", "A.4", "B", "C", "D.1", "D.2", "D.3", "E", "E.1", "E.2", "F",
        "Annex 1", "Annex 2",
    ]);
    assert_eq!(sections, expected);
    let items: BTreeSet<&str> = rows
        .iter()
        .flat_map(|r| r.items.iter().map(String::as_str))
        .collect();
    for id in audit::check_ids() {
        assert!(
            items.contains(format!("audit:{id}").as_str()),
            "audit row {id} is not mapped"
        );
    }
    for f in speech::figures() {
        let of_the_speech = f.source().issuer() == pko::core::Source::SPEECH.issuer()
            && matches!(f.source().locator(), Some(Locator::Section(_)));
        if of_the_speech {
            assert!(
                items.contains(format!("figure:{}", f.id()).as_str()),
                "figure {} is not mapped",
                f.id()
            );
        }
    }
}

#[test]
fn statuses_have_what_they_claim_and_the_counts_add_up() {
    let rows = rows();
    let count = |s: &str| rows.iter().filter(|r| r.status == s).count();
    for r in &rows {
        match r.status.as_str() {
            "not modelled" => assert!(!r.reason.is_empty(), "{}: no reason", r.section),
            "modelled" => assert!(!r.items.is_empty(), "{}: no code", r.section),
            "audited" => assert!(
                r.items
                    .iter()
                    .any(|i| i.starts_with("audit:") || i == "pko::record::check_speech"),
                "{}: audited without a check",
                r.section
            ),
            other => panic!("{}: unknown status {other}", r.section),
        }
    }
    let doc = include_str!("../../docs/speech-coverage.md");
    let sentence = format!(
        "{} paragraphs mapped: {} audited, {} modelled, {} not modelled",
        rows.len(),
        count("audited"),
        count("modelled"),
        count("not modelled")
    );
    assert!(
        doc.replace('\n', " ").contains(&sentence),
        "the counts should read: {sentence}"
    );
    let findings = audit::audit_embedded().unwrap();
    let bad = findings.iter().filter(|f| !f.consistent()).count();
    let audit_sentence = format!(
        "The audit holds {} findings, {bad} of them inconsistent",
        findings.len()
    );
    assert!(
        doc.replace('\n', " ").contains(&audit_sentence),
        "should read: {audit_sentence}"
    );
}
