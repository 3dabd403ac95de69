//! Benchmarks of the principle assessment and of monitoring.

use std::hint::black_box;

use chrono::Days;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pko::principles::statute::Permission;
use pko::principles::{
    Consenter, ContingentKind, Deployment, Event, EventKind, Fact, GracePeriod, HeadcountCap, Law,
    LawChange, Options, Reform, Regime, Task, WeaponsUse, assess, history, impact_on_record,
    monitor, periods,
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
    let start = pko_core::date(2014, 1, 1);
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
    let as_of = pko_core::date(2016, 11, 15);
    c.bench_function("assess: UNMISS with kaketsuke-keigo, 2016-11-15", |b| {
        b.iter(|| assess(black_box(&d), black_box(as_of)));
    });
    c.bench_function("assess and render the text report", |b| {
        b.iter(|| assess(black_box(&d), black_box(as_of)).map(|a| a.to_string()));
    });
    let from = pko_core::date(1992, 8, 10);
    let to = pko_core::date(2030, 12, 31);
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

/// The benches' batch: `n` varied deployments (`pko_synthetic::deployments`,
/// seed 15), the same every run.
fn varied(n: usize) -> Vec<Deployment> {
    pko_synthetic::deployments(n, 15).expect("the batch's deployments are well formed")
}

/// Assessing 100,000 deployments, on one thread and on every core.
fn batch(c: &mut Criterion) {
    let batch = varied(100_000);
    let as_of = pko_core::date(2016, 11, 15);
    let options = Options::default();
    let mut g = c.benchmark_group("assess a batch of 100,000 varied deployments");
    g.sample_size(10);
    g.throughput(Throughput::Elements(100_000));
    g.bench_function("one thread", |b| {
        b.iter(|| options.assess_batch(black_box(&batch), as_of));
    });
    // The same parallel code on a pool of one thread: a baseline for the
    // speed-up that runs the work on a pool's thread, as the run on every
    // core does, rather than on the calling thread.
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a pool of one thread");
    g.bench_function("a pool of one thread", |b| {
        b.iter(|| one.install(|| options.assess_batch_parallel(black_box(&batch), as_of)));
    });
    g.bench_function(
        format!("all cores ({} threads)", rayon::current_num_threads()),
        |b| b.iter(|| options.assess_batch_parallel(black_box(&batch), as_of)),
    );
    g.finish();
}

/// An illustrative reform of three changes: police advice by SDF units, a
/// cap of 1,000, and weapons to execute duties for police.
fn illustrative() -> Reform {
    Reform::new("illustrative", pko_core::Source::SPEECH)
        .change(LawChange::TaskContingent {
            task: Task::CivilianPolice,
            contingent: ContingentKind::SdfUnit,
            permission: Permission::Allowed,
        })
        .change(LawChange::HeadcountCap {
            cap: HeadcountCap::Of(1_000),
        })
        .change(LawChange::WeaponsContingent {
            weapons: WeaponsUse::DutyExecution,
            contingent: ContingentKind::Police,
            allowed: true,
        })
}

fn reforms(c: &mut Criterion) {
    let d = proposal();
    let as_of = pko_core::date(2016, 11, 15);
    let law = Law::in_force_on(as_of).expect("a law");
    let reform = illustrative();
    let reformed = law.with(&reform).expect("the reform applies");
    c.bench_function("assess under a Law value (built in)", |b| {
        b.iter(|| black_box(law).assess(black_box(&d), black_box(as_of)));
    });
    c.bench_function("assess under a reformed Law (three changes)", |b| {
        b.iter(|| black_box(&reformed).assess(black_box(&d), black_box(as_of)));
    });
    c.bench_function("apply a reform of three changes", |b| {
        b.iter(|| black_box(law).with(black_box(&reform)));
    });
    let amendment = Reform::amendment(Regime::Amended2015).expect("the 2015 amendment");
    let before = Law::of(Regime::Amended2001);
    c.bench_function("apply the 2015 amendment (40 changes)", |b| {
        b.iter(|| black_box(before).with(black_box(&amendment)));
    });
    c.bench_function(
        "impact of a reform on the 25 components of the record",
        |b| {
            b.iter(|| impact_on_record(black_box(&reform)));
        },
    );
    let batch = varied(100_000);
    let options = Options::default();
    let mut g = c.benchmark_group("impact of a reform on 100,000 varied deployments");
    g.sample_size(10);
    g.throughput(Throughput::Elements(100_000));
    g.bench_function(
        format!("all cores ({} threads)", rayon::current_num_threads()),
        |b| b.iter(|| options.impact_parallel(law, &reformed, black_box(&batch), as_of)),
    );
    g.finish();
}

/// A joint deployment: Japan's part (an assessment), Korea's and China's
/// rules, the UN's principles and Japan's missing steps.
fn joint(c: &mut Criterion) {
    let j: pko::joint::JointDeployment =
        serde_json::from_str(include_str!("../examples/data/joint-unmiss-2017.json"))
            .expect("the example parses");
    let on = pko_core::date(2017, 6, 1);
    c.bench_function("joint: the UNMISS company, 2017-06-01", |b| {
        b.iter(|| pko::joint::assess(black_box(&j), black_box(on)));
    });
    c.bench_function("joint: read the JSON and check it", |b| {
        let text = include_str!("../examples/data/joint-unmiss-2017.json");
        b.iter(|| {
            serde_json::from_str::<pko::joint::JointDeployment>(black_box(text))
                .map(|j| pko::joint::assess(&j, on))
        });
    });
}

criterion_group!(benches, bench, batch, reforms, joint);
criterion_main!(benches);
