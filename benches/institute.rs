//! Benchmarks of the institute's rules.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pko::core::CountryCode;
use pko::institute::{Charter, NgoSeats, Seat, rotation, validate_council};

fn bench(c: &mut Criterion) {
    let members: Vec<CountryCode> = CountryCode::un_member_states().take(3).collect();
    let charter = Charter::proposed(&members).expect("a charter");
    let start = pko_core::date(2016, 1, 1);
    c.bench_function("generate 1,000 Director terms", |b| {
        b.iter(|| rotation(black_box(&charter), &members, black_box(start), 1_000));
    });

    // 50 members: 50 government representatives and 50 former officials.
    let many: Vec<CountryCode> = CountryCode::un_member_states().take(50).collect();
    let council = Charter::proposed(&many)
        .expect("a charter")
        .with_ngo_seats(NgoSeats::OneInTotal);
    let mut seats = Vec::with_capacity(100);
    for m in &many {
        seats.push(Seat::Government {
            person: format!("Representative of {m}"),
            state: *m,
        });
        seats.push(Seat::FormerOfficial {
            person: format!("Former official of {m}"),
            state: *m,
            un_peace_operations_service: true,
        });
    }
    c.bench_function("validate a 100-seat council", |b| {
        b.iter(|| validate_council(black_box(&council), black_box(&seats)));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
