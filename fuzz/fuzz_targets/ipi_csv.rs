//! Bytes after a valid IPI header → the loader.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::contributions::personnel::{CategorySet, LoadMode, load};

const HEADER: &[u8] = b"\"\",\"Date\",\"Contributor\",\"Contributor ISO-3\",\"Mission\",\"Individual Police Male\",\"Individual Police Female\",\"Individual Police Total\",\"Formed Police Units Male\",\"Formed Police Units Female\",\"Formed Police Units Total\",\"Experts on Mission Male\",\"Experts on Mission Female\",\"Experts on Mission Total\",\"Troops Male\",\"Troops Female\",\"Troops Total\",\"Total Male\",\"Total Female\",\"Total Total\"\n";

fuzz_target!(|data: &[u8]| {
    let mut file = HEADER.to_vec();
    file.extend_from_slice(data);
    if let Ok(loaded) = load(file.as_slice(), "fuzz.csv", LoadMode::Lenient) {
        let data = loaded.personnel();
        if let Some(m) = data.latest_month() {
            let _ = data.totals_by_mission(m, CategorySet::ALL);
            let _ = data.totals_by_category(m);
        }
    }
});
