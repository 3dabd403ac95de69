//! A date offset, then reform JSON → the law of the day with the reform
//! applied → the UNMISS example assessed under it, its impact, and the
//! impact on Japan's dispatches since 1992.
//!
//! Checked beyond "no panic": a reform that parses re-serialises to
//! itself; the verdict under the reformed law follows its findings; impact
//! on the example lists it exactly when its assessment differs; the
//! reform's inverse gives back the law's provisions.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::principles::{Deployment, Law, Reform, Status, Verdict, impact, impact_on_record};

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
    let Ok(reform) = serde_json::from_str::<Reform>(text) else {
        return;
    };
    let again: Reform = serde_json::from_str(&serde_json::to_string(&reform).unwrap()).unwrap();
    assert_eq!(again, reform);
    let Ok(base) = Law::in_force_on(day) else {
        return;
    };
    let Ok(law) = base.with(&reform) else {
        return;
    };
    let Ok(facts) = serde_json::from_str::<Deployment>(UNMISS) else {
        return;
    };
    if let (Ok(a), Ok(b)) = (base.assess(&facts, day), law.assess(&facts, day)) {
        let worst = b.findings().map(|f| f.status()).max();
        let expected = match worst {
            Some(Status::Violated) => Verdict::NotPermitted,
            Some(Status::Undetermined) => Verdict::Undetermined,
            _ => Verdict::Permitted,
        };
        assert_eq!(b.verdict(), expected, "{b}");
        let _ = b.to_string();
        let _ = serde_json::to_string(&b);
        let i = impact(base, &law, std::slice::from_ref(&facts), day).unwrap();
        assert_eq!(i.changed() == 1, !a.says_the_same_as(&b));
        let _ = serde_json::to_string(&i);
    }
    if let Ok(back) = law.with(&reform.inverse(base)) {
        assert!(back.same_provisions(base, day));
    }
    if let Ok(i) = impact_on_record(&reform) {
        let _ = i.to_string();
    }
});
