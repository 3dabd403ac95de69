//! Any bytes → the personnel loader (format detection), strict and lenient:
//! every row is loaded or rejected.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::contributions::personnel::{LoadMode, load};

fuzz_target!(|data: &[u8]| {
    let _ = load(data, "fuzz.csv", LoadMode::Strict);
    if let Ok(loaded) = load(data, "fuzz.csv", LoadMode::Lenient) {
        let _ = loaded.personnel().latest_month();
    }
});
