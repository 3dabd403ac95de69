//! Benchmarks of the shared vocabulary: exact apportionment.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pko::core::{Usd, apportion};
use rust_decimal::Decimal;

/// 193 weights shaped like a scale of assessment: a few large rates, many
/// small ones, three decimals each.
fn scale_like_weights() -> Vec<Decimal> {
    (0_i64..193)
        .map(|i| Decimal::new(1 + (i * 7919) % 22_000, 3))
        .collect()
}

fn bench_apportion(c: &mut Criterion) {
    let weights = scale_like_weights();
    let budget = Usd::from_cents(847_000_000_000);
    c.bench_function("apportion US$8.47bn among 193 members", |b| {
        b.iter(|| apportion(black_box(budget), black_box(&weights)));
    });
}

criterion_group!(benches, bench_apportion);
criterion_main!(benches);
