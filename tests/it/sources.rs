//! Every public figure and rule carries a `Source` that names who issued
//! what; data sets cited in several places carry one reliability.

use pko::contributions::personnel::{self, Format, parity_targets};
use pko::contributions::{audit, regular_budget, speech, wps};
use pko::core::{Reliability, Source, SourceKind};
use pko::institute::Rule;
use pko::principles::history::{self, RECORD};
use pko::principles::in_kind::{self, AMMUNITION_2013};
use pko::principles::statute::{ITEMS, TASKS_2015};
use pko::principles::{Deployment, Note, Regime, assess};

fn named(s: &Source, what: &str) {
    assert!(!s.issuer().trim().is_empty(), "{what}: no issuer");
    assert!(!s.title().trim().is_empty(), "{what}: no title");
    // Its kind is stated where it is made.
    assert_ne!(s.kind(), SourceKind::Other, "{what}: no kind");
    if s.issuer() == Source::SPEECH.issuer() {
        assert_eq!(s.kind(), SourceKind::Speech, "{what}");
    }
}

#[test]
fn every_figure_and_audit_finding_is_sourced() {
    for f in speech::figures() {
        named(f.source(), f.id().as_str());
    }
    for f in audit::audit_embedded().unwrap() {
        assert!(!f.sources().is_empty(), "{}", f.id());
        for s in f.sources() {
            named(s, f.id());
        }
    }
    named(&regular_budget::source(), "regular budget");
    for t in parity_targets() {
        named(t.source(), t.name());
    }
    named(wps::RESOLUTION_1325.source(), "resolution 1325");
    for a in &wps::ACTIONS {
        named(a.source(), "a WPS action");
    }
}

#[test]
fn every_rule_of_the_law_and_of_the_institute_is_sourced() {
    for &regime in Regime::ALL {
        named(&regime.source(), "a regime");
    }
    for row in ITEMS.iter().chain(&TASKS_2015) {
        named(row.citation(), row.english());
    }
    for d in &RECORD {
        named(d.source(), d.id());
    }
    for step in &AMMUNITION_2013 {
        assert!(!step.sources().is_empty(), "{}", step.what());
        for s in step.sources() {
            named(s, step.what());
        }
    }
    for note in [Note::Act2024NotModelled, Note::NoConflictClauseAssumed] {
        named(note.source(), "a note");
    }
    for &rule in Rule::ALL {
        named(&rule.citation(), &rule.to_string());
        assert!(!rule.text().is_empty(), "{rule}");
    }
    // Every finding of an assessment, in every regime, cites something.
    let d = Deployment::default();
    for day in [
        pko::core::date(1995, 1, 1),
        pko::core::date(2000, 1, 1),
        pko::core::date(2010, 1, 1),
        pko::core::date(2020, 1, 1),
    ] {
        for f in assess(&d, day).unwrap().findings() {
            assert!(!f.citations().is_empty(), "{:?}", f.subject());
        }
        for f in in_kind::assess_transfer(&in_kind::Transfer::default(), day)
            .unwrap()
            .findings()
        {
            assert!(!f.citations().is_empty(), "{:?}", f.requirement());
        }
    }
}

#[test]
fn a_data_set_has_one_reliability_wherever_it_is_cited() {
    let ipi = [
        Format::Ipi.source().reliability(),
        speech::figure(speech::FigureId::IpiTotal2015_03)
            .source()
            .reliability(),
        history::IPI_JPN_UNMISS.reliability(),
    ];
    assert_eq!(ipi, [Reliability::Secondary; 3]);
    assert_eq!(Format::Ipi.source().kind(), SourceKind::Research);
    assert_eq!(regular_budget::source().kind(), SourceKind::UnitedNations);
    assert_eq!(
        Format::UnOpenData.source().reliability(),
        Reliability::Primary
    );
    // The shipped files' sources say what each file is.
    assert!(
        regular_budget::source()
            .title()
            .contains("exported to CSV by a third party")
    );
    assert!(Format::Ipi.source().title().contains("compiled by IPI"));
    let data = personnel::ipi_embedded().unwrap();
    assert!(!data.is_empty());
}

#[test]
fn every_rule_of_the_other_participants_is_sourced_and_secondary_ones_say_so() {
    use pko::partners::{self, Contingent, ContingentKind, Operation};
    let listed = partners::sources();
    assert!(listed.len() >= 10);
    for s in &listed {
        named(s, s.title());
        // A report is secondary, a statute primary: the kind and the
        // reliability agree, and a secondary one says so when written.
        match s.kind() {
            SourceKind::Press => assert_eq!(s.reliability(), Reliability::Secondary, "{s}"),
            SourceKind::Statute => assert_eq!(s.reliability(), Reliability::Primary, "{s}"),
            _ => {}
        }
        assert_eq!(
            s.reliability() == Reliability::Secondary,
            s.to_string().ends_with("[secondary]"),
            "{s}"
        );
    }
    // Every finding, for each participant, on days either side of each
    // law's start, cites something.
    for state in [pko::core::CountryCode::KOR, pko::core::CountryCode::CHN] {
        for kind in [ContingentKind::Unit, ContingentKind::Individuals] {
            for day in [
                pko::core::date(2009, 1, 1),
                pko::core::date(2015, 7, 1),
                pko::core::date(2021, 1, 1),
            ] {
                let c = Contingent::new(state).kind(kind);
                let a = partners::assess(&Operation::default(), &c, day).unwrap();
                for f in a
                    .findings
                    .iter()
                    .chain(&partners::un_principles(&Operation::default(), day).findings)
                {
                    assert!(!f.citations.is_empty(), "{state} {:?}", f.subject);
                }
            }
        }
    }
}
