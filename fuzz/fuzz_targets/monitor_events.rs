//! JSON events → monitor with a grace period taken from the input; the
//! timeline must not depend on the order of the events.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::principles::{Event, GracePeriod, monitor};

fuzz_target!(|data: &[u8]| {
    let Some((grace, body)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(body) else {
        return;
    };
    let Ok(mut events) = serde_json::from_str::<Vec<Event>>(text) else {
        return;
    };
    let t = monitor(&events, GracePeriod::days(u32::from(*grace)));
    let _ = t.to_string();
    events.reverse();
    assert_eq!(monitor(&events, GracePeriod::days(u32::from(*grace))), t);
});
