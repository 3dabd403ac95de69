//! Japan's real dispatches replayed through the rules: every component
//! assessed on its first and last day under the law of that day.

use std::collections::BTreeSet;

use pko_principles::history::{self, Presumption, RECORD};
use pko_principles::{ContingentKind, OperationKind, Regime, Task, Verdict};

#[test]
fn every_dispatch_is_permitted_on_its_first_and_last_day() {
    let replays = history::replay().unwrap();
    assert_eq!(replays.len(), RECORD.len());
    for r in &replays {
        let d = r.dispatch();
        let days = std::iter::once(r.first()).chain(r.last());
        for a in days {
            assert_eq!(a.regime(), Regime::in_force_on(a.as_of()).unwrap());
            if d.id() == "mfo-hq-staff" {
                // The sources do not give the MFO HQ staff's size: the
                // headcount alone is open, and only that fact decides.
                assert_eq!(a.verdict(), Verdict::Undetermined, "{a}");
                assert_eq!(a.deciding_facts(), ["contingent.size"]);
            } else {
                assert_eq!(a.verdict(), Verdict::Permitted, "{}: {a}", d.id());
            }
        }
    }
    // The first and last days fall under every regime the record spans.
    let regimes: BTreeSet<Regime> = replays
        .iter()
        .flat_map(|r| std::iter::once(r.first()).chain(r.last()))
        .map(pko_principles::Assessment::regime)
        .collect();
    assert_eq!(regimes.len(), 4);
}

#[test]
fn the_replay_would_catch_the_rules_going_wrong() {
    // The same record under a rule it must not meet: an SDF unit may not
    // observe elections (Art. 6(6)), and in 1992 it may not monitor a
    // ceasefire (the freeze).
    let untac = RECORD
        .iter()
        .find(|d| d.id() == "untac-engineering")
        .unwrap();
    let on = untac.first_day();
    let mut d = untac.deployment(history::engaged_besides(untac, on));
    d.contingent.tasks.push(Task::CeasefireMonitoring);
    assert_eq!(
        pko_principles::assess(&d, on).unwrap().verdict(),
        Verdict::NotPermitted
    );
    let monitors = RECORD
        .iter()
        .find(|d| d.id() == "untac-ceasefire-monitors")
        .unwrap();
    let mut d = monitors.deployment(0);
    d.contingent.kind = pko_principles::Fact::Known(ContingentKind::Police);
    assert_eq!(
        pko_principles::assess(&d, on).unwrap().verdict(),
        Verdict::NotPermitted
    );
}

#[test]
fn the_record_is_the_mofa_table() {
    let un: BTreeSet<&str> = RECORD
        .iter()
        .filter(|d| d.kind() == OperationKind::UnPeacekeeping)
        .map(history::Dispatch::mission)
        .collect();
    assert_eq!(
        un.into_iter().collect::<Vec<_>>(),
        [
            "MINUSTAH",
            "ONUMOZ",
            "ONUSAL",
            "UNAMET",
            "UNAVEM II",
            "UNDOF",
            "UNMIN",
            "UNMIS",
            "UNMISET",
            "UNMISS",
            "UNMIT",
            "UNTAC",
            "UNTAET"
        ]
    );
    for d in &RECORD {
        assert!(!d.presumptions().is_empty(), "{}", d.id());
        assert!(d.presumptions().contains(&Presumption::ConsentsAtDispatch));
        assert!(
            d.last_month().is_none_or(|m| m >= d.first_month()),
            "{}",
            d.id()
        );
        assert!(!d.tasks().is_empty());
    }
    let get = |id: &str| RECORD.iter().find(|d| d.id() == id).unwrap();
    assert_eq!(get("undof-transport").total(), Some(43 * 33 + 44));
    assert_eq!(get("unmiset-engineering").total(), Some(680 + 522 + 405));
    assert_eq!(get("onumoz-movement-control").total(), Some(144));
    assert_eq!(get("unmiss-engineering").total(), Some(3_854));
    assert_eq!(get("minustah-engineering").size(), Some(350));
    // An ongoing dispatch in the MOFA table is replayed on the table's
    // date; one outside it has no last day.
    assert_eq!(
        get("unmiss-hq-staff").last_day(),
        Some(history::RECORD_AS_OF)
    );
    assert_eq!(get("mfo-hq-staff").last_day(), None);
    assert_eq!(
        get("mfo-hq-staff").kind(),
        OperationKind::InternationallyCoordinated
    );
}

#[test]
fn persons_already_engaged_come_from_the_other_components() {
    let get = |id: &str| RECORD.iter().find(|d| d.id() == id).unwrap();
    let minustah = get("minustah-engineering");
    // February 2010: UNDOF (3 + 44), UNMIN (6), UNMIS (2).
    assert_eq!(
        history::engaged_besides(minustah, minustah.first_day()),
        3 + 44 + 6 + 2
    );
    let d = minustah.deployment(57);
    assert_eq!(d.already_engaged, pko_principles::Fact::Known(57));
}
