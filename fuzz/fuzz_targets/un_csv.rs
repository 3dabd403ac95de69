//! Bytes after a valid UN open-data header → the loader and the queries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::contributions::personnel::{CategorySet, LoadMode, load};

const HEADER: &[u8] = b"Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";

fuzz_target!(|data: &[u8]| {
    let mut file = HEADER.to_vec();
    file.extend_from_slice(data);
    if let Ok(loaded) = load(file.as_slice(), "fuzz.csv", LoadMode::Lenient) {
        let data = loaded.personnel();
        let rejected = u64::try_from(loaded.rejected().len()).unwrap();
        assert!(rejected <= loaded.rows());
        for month in data.months().collect::<Vec<_>>() {
            let r = data.ranking(month, CategorySet::ALL);
            let total: u64 = r.entries().iter().map(|e| *e.value()).sum();
            assert_eq!(total, data.total(month, CategorySet::ALL).total());
        }
    }
});
