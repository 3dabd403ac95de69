//! Golden files: the text and JSON reports of fixed cases. Run with
//! `UPDATE_GOLDEN=1` to rewrite them after an intended change, and review
//! the diff.

use crate::common::date;
use std::path::PathBuf;

use pko_principles::{Deployment, Event, Fact, GracePeriod, assess, compare, monitor};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn load<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let text = std::fs::read_to_string(dir().join("data").join(format!("{name}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn check(name: &str, actual: &str) {
    let path = dir().join("golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing golden file {}: run with UPDATE_GOLDEN=1",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{name} differs from its golden file; run with UPDATE_GOLDEN=1 and review the diff\n--- actual ---\n{actual}"
    );
}

#[test]
fn untac_1992() {
    let d: Deployment = load("untac-engineering-1992");
    let a = assess(&d, date("1992-09-17")).unwrap();
    check("untac-1992.txt", &a.to_string());
    check(
        "untac-1992.json",
        &(serde_json::to_string_pretty(&a).unwrap() + "\n"),
    );
}

#[test]
fn kaketsuke_keigo_2016_undetermined() {
    let d: Deployment = load("unmiss-kaketsuke-keigo-2016");
    let a = assess(&d, date("2016-11-15")).unwrap();
    check("kaketsuke-keigo-2016.txt", &a.to_string());
    check(
        "kaketsuke-keigo-2016.json",
        &(serde_json::to_string_pretty(&a).unwrap() + "\n"),
    );
}

#[test]
fn comparison_2015_2016() {
    let mut d: Deployment = load("unmiss-kaketsuke-keigo-2016");
    d.host_consent.stably_maintained = Fact::Known(true);
    let c = compare(&d, date("2015-12-01"), date("2016-11-15")).unwrap();
    check("compare-2015-2016.txt", &c.to_string());
}

#[test]
fn timeline() {
    let e: Vec<Event> = load("consent-withdrawn-events");
    let t = monitor(&e, GracePeriod::days(30));
    check("timeline-30-days.txt", &t.to_string());
    check(
        "timeline-30-days.json",
        &(serde_json::to_string_pretty(&t).unwrap() + "\n"),
    );
}
