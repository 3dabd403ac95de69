//! Any bytes → the regular-budget loader, then every scale it holds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::contributions::regular_budget::load;

fuzz_target!(|data: &[u8]| {
    if let Ok(table) = load(data, "fuzz.csv") {
        for label in table.labels().to_vec() {
            if let Ok(scale) = table.scale(label) {
                let _ = scale.total();
                let _ = scale.assessments(pko::core::Usd::from_cents(1_000_000));
            }
            let _ = table.left_out(label);
        }
    }
});
