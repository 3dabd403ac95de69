//! JSON facts → assess on a date taken from the input; compare; report.
//! A JSON body that reads as assumptions is assessed under them, on the
//! facts of the UNMISS example.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::principles::{Assumptions, Deployment, Options, assess, compare};

const UNMISS: &str = include_str!("../../examples/data/proposal-unmiss-kaketsuke-keigo.json");

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(2));
    let offset = head.iter().fold(0_u64, |acc, b| acc * 256 + u64::from(*b));
    let start = pko::core::date(1990, 1, 1);
    let Some(day) = start.checked_add_days(chrono::Days::new(offset % 20_000)) else {
        return;
    };
    let Ok(text) = std::str::from_utf8(body) else {
        return;
    };
    if let Ok(assumptions) = serde_json::from_str::<Assumptions>(text) {
        let again: Assumptions =
            serde_json::from_str(&serde_json::to_string(&assumptions).unwrap()).unwrap();
        assert_eq!(again, assumptions);
        if let Ok(facts) = serde_json::from_str::<Deployment>(UNMISS) {
            let _ = Options::from(assumptions).assess(&facts, day).map(|a| a.to_string());
        }
    }
    let Ok(facts) = serde_json::from_str::<Deployment>(text) else {
        return;
    };
    if let Ok(a) = assess(&facts, day) {
        let _ = a.to_string();
        let _ = serde_json::to_string(&a);
        // A deployment that parses re-serialises to itself.
        let again: Deployment =
            serde_json::from_str(&serde_json::to_string(&facts).unwrap()).unwrap();
        assert_eq!(again, facts);
    }
    let _ = compare(
        &facts,
        day,
        pko::core::date(2016, 11, 15),
    );
});
