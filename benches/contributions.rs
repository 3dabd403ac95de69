//! Benchmarks of the contributions crate on the real UN data.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
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

criterion_group!(benches, bench);
criterion_main!(benches);
