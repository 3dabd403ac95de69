//! The synthetic-data generator of the benchmarks and tests: its files
//! load strictly, every row accounted for, and the same seed gives the same
//! bytes.

use pko_contributions::personnel::{Format, LoadMode, load};
use pko_synthetic::{Params, generate};

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

/// The resident memory of this process, in bytes (Linux's
/// `/proc/self/status`).
#[cfg(target_os = "linux")]
fn resident() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().strip_suffix("kB"))
        .map(|v| v.trim().parse().unwrap())
        .unwrap();
    kib * 1024
}

/// Loaded as it is read, a generated file takes less memory than its
/// bytes: the resident memory the load adds (the data, and what the
/// allocator keeps) is at most the file's size, and the data's own
/// reckoning of its heap is within that.
///
/// The measure is taken in a process of its own (this test binary run
/// again for this test alone), so that no other test's memory counts.
#[cfg(target_os = "linux")]
#[test]
fn a_loaded_file_takes_less_memory_than_its_bytes() {
    const CHILD: &str = "PKO_MEMORY_TEST_CHILD";
    let name = "a_loaded_file_takes_less_memory_than_its_bytes";
    if std::env::var_os(CHILD).is_none() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([name, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        println!("{stdout}");
        assert!(
            out.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains("resident memory added"), "{stdout}");
        return;
    }
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("memory-1990-1999.csv");
    let p = Params {
        seed: 1,
        from: 1990,
        to: 1999,
        scale: 1,
    };
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let rows = generate(p, &mut out).unwrap();
    drop(out);
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size > 20_000_000, "{size}");
    let before = resident();
    let file = std::fs::File::open(&path).unwrap();
    let data = load(file, "generated.csv", LoadMode::Strict)
        .unwrap()
        .into_personnel();
    let added = resident().saturating_sub(before);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(u64::try_from(data.len()).unwrap(), rows);
    let heap = u64::try_from(data.heap_bytes()).unwrap();
    println!(
        "file {size} bytes; resident memory added {added} ({} % of the file); heap {heap} ({} %)",
        added * 100 / size,
        heap * 100 / size
    );
    assert!(added <= size, "{added} resident bytes for a file of {size}");
    assert!(heap <= added, "heap {heap}, resident {added}");
}
