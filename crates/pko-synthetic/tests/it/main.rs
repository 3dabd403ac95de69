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

/// The batch of the benches varies every fact the rules read, in the
/// proportions the generator states, and assessing it gives every verdict.
#[test]
fn deployments_vary_every_fact_the_rules_read() {
    use pko_principles::{
        ConflictSituation, Consent, ContingentKind, Fact, Impartiality, OperationKind, Verdict,
        WeaponsUse,
    };
    let n = 10_000;
    let batch = pko_synthetic::deployments(n, 15).unwrap();
    assert_eq!(batch.len(), n);
    let share = |pred: &dyn Fn(&pko_principles::Deployment) -> bool| {
        batch.iter().filter(|d| pred(d)).count() * 100 / n
    };
    for kind in OperationKind::ALL {
        let s = share(&|d| d.operation.kind == Fact::Known(*kind));
        assert!((20..=30).contains(&s), "{kind:?}: {s} %");
    }
    for conflict in ConflictSituation::ALL {
        let s = share(&|d| d.operation.conflict == Fact::Known(*conflict));
        assert!((28..=38).contains(&s), "{conflict:?}: {s} %");
    }
    for kind in ContingentKind::ALL {
        let s = share(&|d| d.contingent.kind == Fact::Known(*kind));
        assert!((20..=30).contains(&s), "{kind:?}: {s} %");
    }
    let refused = share(&|d| d.host_consent.to_operation == Fact::Known(Consent::Refused));
    assert!((7..=13).contains(&refused), "host refuses: {refused} %");
    let compromised = share(&|d| {
        matches!(
            d.impartiality,
            Fact::Known(Impartiality::Compromised { .. })
        )
    });
    assert!(
        (7..=13).contains(&compromised),
        "compromised: {compromised} %"
    );
    let reserved = share(&|d| d.withdrawal_reserved == Fact::Known(true));
    assert!(
        (87..=93).contains(&reserved),
        "withdrawal reserved: {reserved} %"
    );
    let approved = share(&|d| d.diet_approval == Fact::Known(true));
    assert!((45..=55).contains(&approved), "Diet approval: {approved} %");
    for w in [
        WeaponsUse::SelfPreservation,
        WeaponsUse::PersonsUnderControl,
        WeaponsUse::DutyExecution,
    ] {
        let s = share(&|d| d.contingent.weapons_use.contains(&w));
        assert!((45..=55).contains(&s), "{w:?}: {s} %");
    }
    let sizes: Vec<u32> = batch
        .iter()
        .map(|d| *d.contingent.size.known().unwrap())
        .collect();
    assert!(sizes.iter().all(|s| (1..2_600).contains(s)));
    assert!(sizes.iter().any(|s| *s < 100) && sizes.iter().any(|s| *s > 2_500));
    let engaged: Vec<u32> = batch
        .iter()
        .map(|d| *d.already_engaged.known().unwrap())
        .collect();
    assert!(engaged.iter().all(|e| *e < 1_500) && engaged.iter().any(|e| *e > 1_400));
    let tasks: Vec<usize> = batch.iter().map(|d| d.contingent.tasks.len()).collect();
    assert!(tasks.iter().all(|t| (1..=3).contains(t)));
    assert!((1..=3).all(|k| tasks.contains(&k)));
    let on = pko_core::date(2016, 11, 15);
    let verdicts: Vec<Verdict> = batch
        .iter()
        .map(|d| pko_principles::assess(d, on).unwrap().verdict())
        .collect();
    for v in [
        Verdict::Permitted,
        Verdict::Undetermined,
        Verdict::NotPermitted,
    ] {
        assert!(verdicts.contains(&v), "{v:?}");
    }
}
