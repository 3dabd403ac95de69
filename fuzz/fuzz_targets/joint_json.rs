//! A date offset, then a joint deployment's JSON → `pko::joint::assess`:
//! no panic; the whole verdict is the worst of the parts; Japan's part is
//! exactly `assess` of Japan's facts; each partner's part is what
//! `pko_partners::assess` gives for its contingent alone; Japan's missing
//! steps are `procedure::missing_steps` of its part and procedure, and
//! none without Japan; a joint deployment that parses re-serialises to
//! itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::joint::{self, JointDeployment};

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(2));
    let offset = head.iter().fold(0_u64, |acc, b| acc * 256 + u64::from(*b));
    let start = pko::core::date(2005, 1, 1);
    let Some(day) = start.checked_add_days(chrono::Days::new(offset % 10_000)) else {
        return;
    };
    let Ok(text) = std::str::from_utf8(body) else {
        return;
    };
    let Ok(j) = serde_json::from_str::<JointDeployment>(text) else {
        return;
    };
    let again: JointDeployment = serde_json::from_str(&serde_json::to_string(&j).unwrap()).unwrap();
    assert_eq!(again, j);
    let Ok(a) = joint::assess(&j, day) else {
        return;
    };
    let _ = a.to_string();
    let _ = serde_json::to_string(&a).unwrap();
    let worst = a
        .japan
        .iter()
        .map(|x| x.verdict())
        .chain(a.partners.iter().map(|p| p.verdict))
        .fold(a.un.verdict, std::cmp::max);
    assert_eq!(a.verdict, worst);
    if let (Some(facts), Some(japan)) = (&j.japan, &a.japan) {
        assert_eq!(&pko::principles::assess(facts, day).unwrap(), japan);
        assert_eq!(
            a.japan_missing_steps,
            pko::principles::procedure::missing_steps(japan, &j.japan_procedure)
        );
    } else {
        assert!(a.japan_missing_steps.is_empty());
    }
    for (c, p) in j.partners.iter().zip(&a.partners) {
        assert_eq!(&pko::partners::assess(&j.operation, c, day).unwrap(), p);
    }
});
