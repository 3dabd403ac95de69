//! The synthetic-data generator of the benchmarks
//! (`examples/generate_un_data`): its files load strictly, every row
//! accounted for, and the same seed gives the same bytes.

#[path = "../../examples/generate_un_data/generator.rs"]
#[allow(dead_code, reason = "the test uses the generator, not all of it")]
mod generator;

use generator::{Params, generate};
use pko::contributions::personnel::{Format, LoadMode, load};

fn bytes(p: Params) -> (Vec<u8>, u64) {
    let mut out = Vec::new();
    let rows = generate(p, &mut out).unwrap();
    (out, rows)
}

#[test]
fn generated_files_load_strictly_with_every_row() {
    let p = Params {
        seed: 3,
        from: 2003,
        to: 2004,
        scale: 1,
    };
    let (csv, rows) = bytes(p);
    assert!(rows > 10_000, "{rows}");
    let loaded = load(csv.as_slice(), "generated.csv", LoadMode::Strict).unwrap();
    assert_eq!(loaded.format(), Format::UnOpenData);
    assert_eq!(loaded.rows(), rows);
    assert!(loaded.rejected().is_empty());
    let data = loaded.into_personnel();
    assert_eq!(u64::try_from(data.len()).unwrap(), rows);
    assert_eq!(data.months().count(), 24);
    assert!(
        data.contributors().len() > 100,
        "{}",
        data.contributors().len()
    );
    assert!(data.missions().len() >= 20, "{}", data.missions().len());
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_scale_widens() {
    let p = Params {
        seed: 9,
        from: 2010,
        to: 2010,
        scale: 1,
    };
    let (a, rows_a) = bytes(p);
    assert_eq!(bytes(p).0, a);
    assert_ne!(bytes(Params { seed: 10, ..p }).0, a);
    let (_, rows_wide) = bytes(Params { scale: 10, ..p });
    assert!(rows_wide > 5 * rows_a, "{rows_wide} against {rows_a}");
}
