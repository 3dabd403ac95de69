//! The speech's "13 missions" and "more than 9,000 personnel" against the
//! historical record, composed by the facade.

use pko::record::{self, Outcome};

#[test]
fn thirteen_missions_counting_every_component_eleven_with_sdf_or_police() {
    let check = record::check_speech();
    let m = check.missions();
    assert_eq!(
        m.every_component(),
        [
            "UNAVEM II",
            "UNTAC",
            "ONUMOZ",
            "ONUSAL",
            "UNDOF",
            "UNAMET",
            "UNTAET",
            "UNMISET",
            "UNMIT",
            "UNMIN",
            "UNMIS",
            "MINUSTAH",
            "UNMISS"
        ]
    );
    // UNAVEM II and ONUSAL had only civilian election observers.
    let civilian_only: Vec<_> = m
        .every_component()
        .iter()
        .filter(|x| !m.sdf_and_police().contains(x))
        .collect();
    assert_eq!(civilian_only, [&"UNAVEM II", &"ONUSAL"]);
    assert_eq!(m.outcome(), Outcome::Matches);
    // The MFO (from 2019) is neither a UN mission nor before the speech.
    assert!(!m.every_component().contains(&"MFO"));
}

#[test]
fn more_than_nine_thousand_lies_inside_what_the_record_allows() {
    let check = record::check_speech();
    let p = check.personnel();
    assert_eq!(p.more_than(), 9_000);
    assert_eq!(p.ended(), 7_501);
    // UNMISS engineering (287 at a time) and HQ staff (2 at a time) were
    // under way on 15 June 2015.
    assert_eq!(p.under_way(), ["unmiss-hq-staff", "unmiss-engineering"]);
    assert_eq!(p.lower_bound(), 7_788);
    assert_eq!(p.known_upper(), 11_355);
    assert_eq!(p.open(), ["unmiss-hq-staff"]);
    assert_eq!(p.upper_bound(), None);
    assert!(u64::from(p.lower_bound()) <= p.more_than());
    assert_eq!(p.outcome(), Outcome::Consistent);
}

#[test]
fn the_check_reads_as_a_report_and_as_json() {
    let check = record::check_speech();
    assert_eq!(
        check.to_string(),
        "\"13 UN PKO missions\" (speech, section A.1): matches the record: 13 missions with any component by 2015-06-15, 11 with SDF or police\n\
         \"more than 9,000 persons\" (speech, section A.1): consistent with the record: at least 7,788 persons, at most 11,355 persons plus unmiss-hq-staff (total not in the sources)"
    );
    let json = serde_json::to_value(&check).unwrap();
    assert_eq!(json["on"], "2015-06-15");
    assert_eq!(json["personnel"]["lower_bound"], 7_788);
    assert_eq!(
        json["missions"]["sdf_and_police"].as_array().map(Vec::len),
        Some(11)
    );
}
