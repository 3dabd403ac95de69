//! Benchmarks of the contributions crate on the real UN data.

use std::hint::black_box;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use pko::core::CountryCode;

use pko::contributions::personnel::{CategorySet, LoadMode, load, load_parallel};
use pko::contributions::regular_budget;
use pko::core::{Usd, YearMonth};
use pko_synthetic as generator;

const IPI: &str = include_str!("../crates/pko-contributions/data/ipi-gender-2009-2014.csv");

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("ipi");
    g.throughput(Throughput::Bytes(u64::try_from(IPI.len()).expect("fits")));
    g.bench_function("load the IPI file (2.27 MB, 29,115 rows)", |b| {
        b.iter(|| load(black_box(IPI.as_bytes()), "ipi.csv", LoadMode::Strict));
    });
    g.finish();

    let data = load(IPI.as_bytes(), "ipi.csv", LoadMode::Strict)
        .expect("the file loads")
        .into_personnel();
    let month: YearMonth = "2014-02".parse().expect("a month");
    c.bench_function("rank contributors for one month (2014-02)", |b| {
        b.iter(|| data.ranking(black_box(month), CategorySet::ALL));
    });

    let scale = regular_budget::embedded()
        .and_then(|t| t.scale(2015))
        .expect("the embedded scale");
    let budget: Usd = "US$8,470,000,000".parse().expect("an amount");
    c.bench_function(
        "assess US$8.47bn on the 2013-2015 scale (193 members)",
        |b| {
            b.iter(|| scale.assessments(black_box(budget)));
        },
    );
}

/// Whether criterion runs in test mode (`cargo bench -- --test`, as CI
/// does): each benchmark once, to check that it runs.
fn test_mode() -> bool {
    std::env::args().any(|a| a == "--test")
}

/// The generated UN-format file at `scale` (see
/// `examples/generate_un_data`), written to `target/un-data/` once and
/// reused: 1990-2025 (117 MB at scale 1, 1.2 GB at 10, 11.6 GB at 100);
/// in test mode, 2014 alone, so that the check takes seconds.
fn generated(scale: u32) -> (PathBuf, u64) {
    let (from, to) = if test_mode() {
        (2014, 2014)
    } else {
        (1990, 2025)
    };
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
            PathBuf::from,
        )
        .join("un-data");
    let path = dir.join(format!("un-{from}-{to}-x{scale}-seed1.csv"));
    if !path.exists() {
        std::fs::create_dir_all(&dir).expect("target/un-data can be made");
        let partial = path.with_extension("partial");
        let file = File::create(&partial).expect("target/un-data is writable");
        let mut out = BufWriter::with_capacity(1 << 20, file);
        let params = generator::Params {
            seed: 1,
            from,
            to,
            scale,
        };
        generator::generate(params, &mut out).expect("the file is written");
        out.flush().expect("the file is written");
        drop(out);
        std::fs::rename(&partial, &path).expect("the file is renamed");
    }
    let bytes = std::fs::metadata(&path).expect("the file exists").len();
    (path, bytes)
}

/// Loading the generated files of scale 1, 10 and 100 as they are read
/// from disk (the page cache, once warm), on one thread and on every core.
fn load_at_scale(c: &mut Criterion) {
    let scales = [1, 10, 100];
    for (name, parallel) in [("one thread", false), ("all cores", true)] {
        let mut g = c.benchmark_group(format!("load UN-format files, {name}"));
        g.sample_size(10);
        g.sampling_mode(SamplingMode::Flat);
        g.warm_up_time(Duration::from_secs(1));
        for scale in scales {
            let (path, bytes) = generated(scale);
            g.throughput(Throughput::Bytes(bytes));
            g.measurement_time(Duration::from_secs(u64::from(scale).clamp(5, 300)));
            g.bench_function(format!("x{scale} ({bytes} bytes)"), |b| {
                b.iter(|| {
                    let file = File::open(&path).expect("the file opens");
                    let loaded = if parallel {
                        load_parallel(file, "un.csv", LoadMode::Strict)
                    } else {
                        load(file, "un.csv", LoadMode::Strict)
                    };
                    loaded.expect("the file loads").rows()
                });
            });
        }
        g.finish();
    }
}

/// Querying the generated data of 1990-2025 at scale 1 (1.83 million rows).
fn at_scale(c: &mut Criterion) {
    let (path, _) = generated(1);
    let data = load(
        File::open(&path).expect("the file opens"),
        "un.csv",
        LoadMode::Strict,
    )
    .expect("the generated file loads")
    .into_personnel();
    let month: YearMonth = "2014-02".parse().expect("a month");
    let country = CountryCode::JPN;
    let mut g = c.benchmark_group("un-1x queries");
    g.bench_function("one contributor's monthly series, 1990-2025", |b| {
        b.iter(|| data.series(black_box(country), CategorySet::ALL));
    });
    g.bench_function("rank contributors for one month (2014-02)", |b| {
        b.iter(|| data.ranking(black_box(month), CategorySet::ALL));
    });
    let (from, to): (YearMonth, YearMonth) = (
        "2000-01".parse().expect("a month"),
        "2009-12".parse().expect("a month"),
    );
    g.bench_function("top contributors summed over 2000-2009", |b| {
        b.iter(|| data.ranking_over(black_box(from), black_box(to), CategorySet::ALL));
    });
    g.finish();
}

criterion_group!(benches, bench, at_scale, load_at_scale);
criterion_main!(benches);
