//! Japan's real dispatches replayed through the rules: every component
//! assessed on its first and last day under the law of that day.

use std::collections::BTreeSet;

use pko_principles::history::{self, Presumption, RECORD};
use pko_principles::{
    Assumptions, Condition, ContingentKind, OperationKind, Options, Reading, Regime, Task, Verdict,
};

#[test]
fn every_dispatch_is_permitted_on_its_first_and_last_day_or_says_why_not() {
    let replays = history::replay().unwrap();
    assert_eq!(replays.len(), RECORD.len());
    for r in &replays {
        let d = r.dispatch();
        let days = std::iter::once(r.first()).chain(r.last());
        for a in days {
            assert_eq!(a.regime(), Regime::in_force_on(a.as_of()).unwrap());
            match d.id() {
                // The sources do not give the MFO HQ staff's size: the
                // headcount alone is open, and only that fact decides.
                "mfo-hq-staff" => {
                    assert_eq!(a.verdict(), Verdict::Undetermined, "{a}");
                    assert_eq!(a.deciding_facts(), ["contingent.size"]);
                }
                // Whether kaketsuke-keigo by SDF units needs the Diet's
                // approval is unverified (facts.md §2b), and the record does
                // not say whether the Diet approved.
                "unmiss-engineering-2015-tasks" => {
                    assert_eq!(a.verdict(), Verdict::Undetermined, "{a}");
                    assert_eq!(
                        a.deciding_facts(),
                        ["assumptions.diet_approval_2015_tasks", "diet_approval"]
                    );
                    assert!(a.conditions().contains(&Condition::NationalSecurityCouncil));
                }
                id => assert_eq!(a.verdict(), Verdict::Permitted, "{id}: {a}"),
            }
        }
    }
    // Under either answer to the Diet question, the 11th rotation is
    // permitted: it is the only open reading it turns on.
    for reading in [Reading::Yes, Reading::No] {
        let o = Options::from(Assumptions::default().with_diet_approval_2015_tasks(reading));
        let replays = o.replay().unwrap();
        let eleventh = replays
            .iter()
            .find(|r| r.dispatch().id() == "unmiss-engineering-2015-tasks")
            .unwrap();
        for a in std::iter::once(eleventh.first()).chain(eleventh.last()) {
            assert_eq!(a.verdict(), Verdict::Permitted, "{reading}: {a}");
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
        .map(|d| d.mission().as_str())
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
    // The 3,854 count all eleven rotations: the 11th has no total of its
    // own, so a sum of totals counts no one twice.
    assert_eq!(get("unmiss-engineering").rotations(), Some(10));
    assert_eq!(
        get("unmiss-engineering").total_includes(),
        ["unmiss-engineering-2015-tasks"]
    );
    assert_eq!(get("unmiss-engineering-2015-tasks").total(), None);
    let sum: u32 = RECORD
        .iter()
        .filter(|d| d.mission().as_str() == "UNMISS" && d.contingent() == ContingentKind::SdfUnit)
        .filter_map(history::Dispatch::total)
        .sum();
    assert_eq!(sum, 3_854);
    // A size read from monthly data is no per-rotation size: no total is
    // made from it (287 × 1 for the 11th rotation would count it twice).
    assert_eq!(get("unmiss-engineering-2015-tasks").size(), Some(287));
    assert_eq!(get("unmiss-engineering-2015-tasks").rotations(), Some(1));
    assert_eq!(get("unmiss-hq-staff").total(), None);
    assert_eq!(get("minustah-engineering").size(), Some(350));
    // An ongoing dispatch in the MOFA table is replayed on the table's
    // date; one outside it has no last day.
    assert_eq!(
        get("unmiss-hq-staff").last_day(),
        Some(history::RECORD_AS_OF)
    );
    assert_eq!(get("mfo-hq-staff").last_day(), None);
    // The 11th rotation is replayed from the Cabinet decision of 15
    // November 2016, and the MFO from that of 2 April 2019.
    assert_eq!(
        get("unmiss-engineering-2015-tasks").first_day(),
        pko_core::date(2016, 11, 15)
    );
    assert_eq!(get("mfo-hq-staff").first_day(), pko_core::date(2019, 4, 2));
    // Every host is a code ISO 3166 assigns.
    for d in &RECORD {
        assert_eq!(
            pko_core::CountryCode::new(d.host().as_str()),
            Ok(d.host()),
            "{}",
            d.id()
        );
        assert_eq!(
            d.presumptions()
                .contains(&Presumption::ElectionObserversAsCivilians),
            d.tasks() == [Task::ElectionObservation],
            "{}",
            d.id()
        );
    }
    assert_eq!(
        get("mfo-hq-staff").kind(),
        OperationKind::InternationallyCoordinated
    );
}

#[test]
fn a_size_that_counts_another_component_counts_it_once() {
    let get = |id: &str| RECORD.iter().find(|d| d.id() == id).unwrap();
    let engineering = get("unmiss-engineering");
    let hq = get("unmiss-hq-staff");
    // June 2012: the engineering unit's 287 include the 2 HQ staff
    // officers. Elsewhere: UNDOF (3 + 44), MINUSTAH (350), UNMIT (2).
    let on = pko_core::date(2012, 6, 1);
    let elsewhere = 3 + 44 + 350 + 2;
    assert_eq!(history::engaged_besides(engineering, on), elsewhere);
    // Seen from the HQ staff: the engineering unit's 287 less themselves.
    assert_eq!(history::engaged_besides(hq, on), 285 + elsewhere);
    // Seen from UNMIT: the engineering unit, the HQ staff inside it.
    let unmit = get("unmit-liaison");
    assert_eq!(history::engaged_besides(unmit, on), 287 + 3 + 44 + 350);
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

#[test]
fn a_size_read_from_the_monthly_data_names_that_data_as_its_source() {
    for d in &RECORD {
        let monthly = d.presumptions().contains(&Presumption::SizeFromMonthlyData);
        assert_eq!(d.size_source().is_some(), monthly, "{}", d.id());
        if let Some(s) = d.size_source() {
            assert!(s.title().contains("UNMISS"), "{}: {}", d.id(), s.title());
        }
    }
}

#[test]
fn only_the_haiti_total_is_given_as_approximate() {
    let approximate: Vec<&str> = RECORD
        .iter()
        .filter(|d| d.total_is_approximate())
        .map(history::Dispatch::id)
        .collect();
    assert_eq!(approximate, ["minustah-engineering"]);
}
