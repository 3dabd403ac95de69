//! Helpers shared by the test modules: dates, the fixtures of `tests/data`,
//! and a finding's status, reasons and citations.

use chrono::NaiveDate;
use pko_principles::{Deployment, Reason, Status, Subject, Verdict, assess};

pub(crate) mod strategies;

/// A day written `YYYY-MM-DD`.
pub(crate) fn date(s: &str) -> NaiveDate {
    pko_core::parse_date(s).unwrap()
}

/// The fixture `tests/data/{name}.json`.
pub(crate) fn load(name: &str) -> Deployment {
    let path = format!("{}/tests/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A finding's status and reasons on the day `as_of`.
pub(crate) fn finding(d: &Deployment, as_of: &str, subject: Subject) -> (Status, Vec<Reason>) {
    let a = assess(d, date(as_of)).unwrap();
    let f = a.finding(subject).unwrap();
    (f.status(), f.reasons().to_vec())
}

/// A finding's status on the day `as_of`.
pub(crate) fn status(d: &Deployment, as_of: &str, subject: Subject) -> Status {
    finding(d, as_of, subject).0
}

/// The verdict on the day `as_of`.
pub(crate) fn verdict(d: &Deployment, as_of: &str) -> Verdict {
    assess(d, date(as_of)).unwrap().verdict()
}

/// The locators (`Art. 3(1)`, …) a finding cites on `on`.
pub(crate) fn locators(d: &Deployment, on: NaiveDate, subject: Subject) -> Vec<String> {
    locators_of(assess(d, on).unwrap().finding(subject).unwrap().citations())
}

/// The locators of the sources that have one.
pub(crate) fn locators_of(citations: &[&pko_core::Source]) -> Vec<String> {
    citations
        .iter()
        .filter_map(|s| s.locator().map(ToString::to_string))
        .collect()
}

/// A deployment with everything known and satisfied but what the
/// arguments say: the kind of operation, the conflict situation, the
/// contingent, its tasks and its weapons authorities (by JSON name).
pub(crate) fn deployment_json(
    kind: &str,
    conflict: &str,
    contingent: &str,
    tasks: &[&str],
    weapons: &[&str],
) -> Deployment {
    let list = |xs: &[&str]| {
        xs.iter()
            .map(|x| format!("\"{x}\""))
            .collect::<Vec<_>>()
            .join(",")
    };
    serde_json::from_str(&format!(
        r#"{{"operation":{{"kind":"{kind}","conflict":"{conflict}"}},
            "host_consent":{{"to_operation":{{"given":{{}}}},"to_japan":{{"given":{{}}}},"stably_maintained":true}},
            "impartiality":"none_reported",
            "contingent":{{"kind":"{contingent}","size":10,"tasks":[{}],"weapons_use":[{}]}},
            "withdrawal_reserved":true,"already_engaged":0,"diet_approval":true}}"#,
        list(tasks),
        list(weapons)
    ))
    .unwrap()
}
