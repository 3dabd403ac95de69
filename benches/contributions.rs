//! Benchmarks of the contributions crate on the real UN data.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pko::core::CountryCode;

#[path = "../examples/generate_un_data/generator.rs"]
#[allow(dead_code, reason = "the benches use the generator, not all of it")]
mod generator;
use pko::contributions::personnel::{CategorySet, LoadMode, load};
use pko::contributions::regular_budget;
use pko::core::{Usd, YearMonth};

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

/// Loading and querying the synthetic UN-format data of 1990-2025 (the
/// generator's default: 1.83 million rows, 117 MB).
fn at_scale(c: &mut Criterion) {
    let mut csv = Vec::new();
    let rows = generator::generate(generator::Params::default(), &mut csv).expect("in memory");
    let mut g = c.benchmark_group("un-1x");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(u64::try_from(csv.len()).expect("fits")));
    g.bench_function(
        format!("load 1990-2025 ({} bytes, {rows} rows)", csv.len()),
        |b| b.iter(|| load(black_box(csv.as_slice()), "un.csv", LoadMode::Strict)),
    );
    g.finish();

    let data = load(csv.as_slice(), "un.csv", LoadMode::Strict)
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

criterion_group!(benches, bench, at_scale);
criterion_main!(benches);
