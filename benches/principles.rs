//! Benchmarks of the principle assessment and of monitoring.

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use pko::principles::{
    Consenter, Deployment, Event, EventKind, Fact, GracePeriod, assess, history, monitor, periods,
};

fn proposal() -> Deployment {
    let mut d: Deployment = serde_json::from_str(include_str!(
        "../crates/pko-principles/tests/data/unmiss-kaketsuke-keigo-2016.json"
    ))
    .expect("the fixture parses");
    d.host_consent.stably_maintained = Fact::Known(true);
    d
}

fn events(n: u64) -> Vec<Event> {
    let start = NaiveDate::from_ymd_opt(2014, 1, 1).expect("a valid date");
    (0..n)
        .map(|i| {
            let date = start
                .checked_add_days(Days::new(i * 3 % 700))
                .expect("in range");
            let kind = match i % 6 {
                0 => EventKind::ConsentWithdrawn {
                    by: Consenter::Host,
                },
                1 => EventKind::ConsentRestored {
                    by: Consenter::Host,
                },
                2 => EventKind::CeasefireBroken,
                3 => EventKind::CeasefireRestored,
                4 => EventKind::ConsentWithdrawn {
                    by: Consenter::Party("Party A".into()),
                },
                _ => EventKind::ConsentRestored {
                    by: Consenter::Party("Party A".into()),
                },
            };
            Event::new(date, kind)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let d = proposal();
    let as_of = NaiveDate::from_ymd_opt(2016, 11, 15).expect("a valid date");
    c.bench_function("assess: UNMISS with kaketsuke-keigo, 2016-11-15", |b| {
        b.iter(|| assess(black_box(&d), black_box(as_of)));
    });
    c.bench_function("assess and render the text report", |b| {
        b.iter(|| assess(black_box(&d), black_box(as_of)).map(|a| a.to_string()));
    });
    let from = NaiveDate::from_ymd_opt(1992, 8, 10).expect("a valid date");
    let to = NaiveDate::from_ymd_opt(2030, 12, 31).expect("a valid date");
    c.bench_function(
        "periods: UNMISS with kaketsuke-keigo, 1992-08-10..=2030-12-31",
        |b| {
            b.iter(|| periods(black_box(&d), black_box(from), black_box(to)));
        },
    );
    c.bench_function("replay Japan's 25 dispatch components", |b| {
        b.iter(history::replay);
    });
    let e = events(1_000);
    c.bench_function("monitor 1,000 events", |b| {
        b.iter(|| monitor(black_box(&e), GracePeriod::days(30)));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
