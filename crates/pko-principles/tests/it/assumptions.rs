//! The open readings as a user sets them: by name and value (as the command
//! line and JSON write them), through `Options`, and what each decides.

use pko_principles::{
    Assumption, Assumptions, Deployment, Error, HeadcountCap, Options, Similarity, Status, Subject,
    Task, Verdict, periods,
};

use pko_core::date as ymd;

/// The values `which` takes, as text: its listed words, and numbers where
/// it takes "a number of …".
fn sample_values(which: Assumption) -> Vec<String> {
    let mut out = Vec::new();
    for v in which.values() {
        if v.starts_with("a number of") {
            out.extend(["0", "30", "1500"].map(String::from));
        } else {
            out.push((*v).to_owned());
        }
    }
    out
}

#[test]
fn every_value_of_every_assumption_reads_back_as_written_and_alone() {
    let defaults = Assumptions::default();
    for which in Assumption::ALL.iter().copied() {
        let values = sample_values(which);
        assert!(values.len() >= 2, "{which} takes a choice: {values:?}");
        assert!(
            values.iter().any(|v| v == "open"),
            "{which} can be left open"
        );
        for text in &values {
            let mut a = Assumptions::default();
            a.set(which, text).unwrap();
            assert_eq!(a.value(which), *text, "{which}={text}");
            assert_eq!(a.is_open(which), text == "open", "{which}={text}");
            // Setting one leaves every other at its default.
            for other in Assumption::ALL.iter().copied().filter(|o| *o != which) {
                assert_eq!(a.value(other), defaults.value(other), "{which}={text}");
            }
        }
        // A word it does not take is refused, naming what it does take.
        let mut a = Assumptions::default();
        let e = a.set(which, "perhaps").unwrap_err();
        assert!(
            matches!(&e, Error::InvalidAssumptionValue { assumption, input } if *assumption == which && input == "perhaps"),
            "{e:?}"
        );
        for v in which.values() {
            assert!(e.to_string().contains(v), "{e}");
        }
        assert_eq!(a, defaults, "a refused value changes nothing");
    }
}

#[test]
fn every_assumption_is_named_by_its_name_or_its_json_path() {
    for which in Assumption::ALL.iter().copied() {
        assert_eq!(which.name().parse::<Assumption>().unwrap(), which);
        assert_eq!(which.to_string(), format!("assumptions.{}", which.name()));
        assert_eq!(which.to_string().parse::<Assumption>().unwrap(), which);
    }
    let e = "diet".parse::<Assumption>().unwrap_err();
    assert!(matches!(&e, Error::UnknownAssumption { input } if input == "diet"));
    // The message lists every name, so that a user can pick one.
    let message = e.to_string();
    for which in Assumption::ALL.iter().copied() {
        assert!(message.contains(which.name()), "{message}");
    }
}

#[test]
fn each_assumption_asks_its_own_question_and_says_why_it_is_open() {
    let mut questions: Vec<&str> = Assumption::ALL.iter().map(|a| a.question()).collect();
    for (which, q) in Assumption::ALL.iter().zip(&questions) {
        assert!(q.ends_with('?') && q.len() > 30, "{which}: {q}");
        assert!(which.why().len() > 30, "{which}: {}", which.why());
        assert_ne!(which.why(), *q, "{which}");
    }
    questions.sort_unstable();
    questions.dedup();
    assert_eq!(
        questions.len(),
        Assumption::ALL.len(),
        "every question differs"
    );
    // Two pairs share one reason: the two similar-work readings (Cabinet
    // Orders) and the two Diet readings (Art. 6(7)).
    let mut whys: Vec<&str> = Assumption::ALL.iter().map(|a| a.why()).collect();
    whys.sort_unstable();
    whys.dedup();
    assert_eq!(whys.len(), Assumption::ALL.len() - 2);
    assert_eq!(
        Assumption::HeadquartersStaffSimilarTo.why(),
        Assumption::MilitaryLiaisonSimilarTo.why()
    );
    assert!(Assumption::DietApprovalCoreAfter2016.why().contains("6(7)"));
    assert!(Assumption::HeadcountCapAfter2016.why().contains("2,000"));
}

#[test]
fn the_headcount_cap_reads_a_number_none_or_open_in_json() {
    for (json, cap) in [
        ("1500", HeadcountCap::Of(1_500)),
        ("0", HeadcountCap::Of(0)),
        ("\"none\"", HeadcountCap::Removed),
        ("\"open\"", HeadcountCap::Open),
    ] {
        assert_eq!(serde_json::from_str::<HeadcountCap>(json).unwrap(), cap);
        assert_eq!(serde_json::to_string(&cap).unwrap(), json);
    }
    for bad in ["\"many\"", "-1", "5000000000", "true", "1.5"] {
        let e = serde_json::from_str::<HeadcountCap>(bad).unwrap_err();
        assert!(
            e.to_string()
                .contains("`open`, `none` or a number of persons"),
            "{bad}: {e}"
        );
    }
}

#[test]
fn assumptions_round_trip_through_json() {
    let mut a = Assumptions::default();
    for (which, text) in [
        (Assumption::HeadcountCapAfter2016, "1500"),
        (Assumption::MilitaryLiaisonSimilarTo, "support"),
        (Assumption::Pre2016TextAfter2016, "open"),
        (Assumption::DietApproval2015Tasks, "yes"),
        (Assumption::GracePeriodDays, "30"),
    ] {
        a.set(which, text).unwrap();
    }
    let json = serde_json::to_value(a).unwrap();
    assert_eq!(json["headcount_cap_after_2016"], 1_500);
    assert_eq!(json["military_liaison_similar_to"], "support");
    assert_eq!(serde_json::from_value::<Assumptions>(json).unwrap(), a);
    let defaults = serde_json::to_string(&Assumptions::default()).unwrap();
    assert_eq!(
        serde_json::from_str::<Assumptions>(&defaults).unwrap(),
        Assumptions::default()
    );
    assert_eq!(
        serde_json::from_str::<Assumptions>("{}").unwrap(),
        Assumptions::default()
    );
}

#[test]
fn an_unknown_task_is_refused_with_the_names_of_the_tasks() {
    let e = serde_json::from_str::<Task>("\"patrol\"").unwrap_err();
    let message = e.to_string();
    for t in Task::ALL {
        assert!(message.contains(t.json_name()), "{message}");
    }
}

fn deployment(task: &str, contingent: &str, conflict: &str) -> Deployment {
    crate::common::deployment_json("un_peacekeeping", conflict, contingent, &[task], &[])
}

#[test]
fn what_similar_work_is_similar_to_decides_who_may_do_it() {
    // Police officers as headquarters staff before 2016 (item (xvii)), and
    // as military liaison after (item ナ): who may do it turns on what the
    // work is similar to.
    for (task, name, which, on) in [
        (
            Task::HeadquartersStaff,
            "headquarters_staff",
            Assumption::HeadquartersStaffSimilarTo,
            ymd(2010, 1, 1),
        ),
        (
            Task::MilitaryLiaison,
            "military_liaison",
            Assumption::MilitaryLiaisonSimilarTo,
            ymd(2017, 1, 1),
        ),
    ] {
        let d = deployment(name, "police", "no_conflict_yet");
        let subject = Subject::Task(task);
        let open = Options::default().assess(&d, on).unwrap();
        assert_eq!(open.verdict(), Verdict::Undetermined, "{task}");
        assert_eq!(
            open.finding(subject).unwrap().status(),
            Status::Undetermined
        );
        assert!(
            open.deciding_facts()
                .iter()
                .any(|f| *f == which.to_string().as_str()),
            "{task}: {:?}",
            open.deciding_facts()
        );
        for (answer, status) in [
            (Similarity::PkfCore, Status::Violated),
            (Similarity::Election, Status::Satisfied),
            (Similarity::Administration, Status::Satisfied),
            (Similarity::Support, Status::Satisfied),
        ] {
            let mut a = Assumptions::default();
            a.set(which, &answer.to_string()).unwrap();
            let decided = Options::from(a).assess(&d, on).unwrap();
            assert_eq!(
                decided.finding(subject).unwrap().status(),
                status,
                "{task}, similar to {answer}"
            );
            assert!(
                !decided
                    .deciding_facts()
                    .iter()
                    .any(|f| *f == which.to_string().as_str()),
                "{task}, similar to {answer}"
            );
        }
    }
}

#[test]
fn the_options_periods_are_the_plain_functions_under_the_defaults() {
    // A conflict ended with no parties left is a case of the Act only
    // from 2016: two periods.
    let d = deployment("engineering", "sdf_unit", "ended_parties_gone");
    let (from, to) = (ymd(1992, 8, 10), ymd(2030, 12, 31));
    let plain = periods(&d, from, to).unwrap();
    let verdicts: Vec<Verdict> = plain.iter().map(pko_principles::Period::verdict).collect();
    assert_eq!(verdicts, [Verdict::NotPermitted, Verdict::Permitted]);
    assert_eq!(Options::default().periods(&d, from, to).unwrap(), plain);
}
