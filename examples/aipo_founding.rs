//! Founding the Asian Institute for Peace Operations with Japan, China and
//! the Republic of Korea: the charter, the Director's rotation, the council
//! checked, payments checked, and the budget split two ways.
//!
//! Run with `cargo run --example aipo_founding`.
#![expect(clippy::print_stdout, reason = "an example prints its report")]

use std::error::Error;

use pko::core::{CountryCode, Usd};
use pko::institute::{
    Appointment, Charter, CostSharing, Meeting, NgoSeats, Payment, PaymentKind, PaymentRules,
    Programme, Seat, rotation, share_costs, validate_council, validate_history, validate_payments,
    validate_programmes,
};

#[derive(serde::Deserialize)]
struct Roster {
    members: Vec<CountryCode>,
    ngo_seats: NgoSeats,
    seats: Vec<Seat>,
}

fn main() -> Result<(), Box<dyn Error>> {
    let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
    let charter = Charter::proposed(&members)?;
    println!("== The charter (speech, section F) ==\n{charter}\n");

    println!("== The Director, in rotation for five years ==");
    let start = pko::core::parse_date("2016-01-01")?;
    let terms = rotation(&charter, &members, start, 6)?;
    for t in &terms {
        println!("   {t}");
    }
    let valid: Vec<Appointment> = terms
        .iter()
        .map(|t| Appointment::new(t.state(), t.period()))
        .collect();
    println!(
        "   the schedule as a history: {} problems",
        validate_history(&charter, &valid).len()
    );
    let flawed = [
        Appointment::new(CountryCode::JPN, "2016-01-01..=2020-12-31".parse()?),
        Appointment::new(CountryCode::JPN, "2021-01-01..=2024-12-31".parse()?),
        Appointment::new(CountryCode::USA, "2025-07-01..=2030-06-30".parse()?),
    ];
    println!("   a flawed history (Japan twice, a four-year term, a gap, a non-member):");
    for p in validate_history(&charter, &flawed) {
        println!("     - {p}");
    }

    for file in [
        include_str!("data/council-valid.json"),
        include_str!("data/council-with-problems.json"),
    ] {
        let roster: Roster = serde_json::from_str(file)?;
        let c = Charter::proposed(&roster.members)?.with_ngo_seats(roster.ngo_seats);
        let problems = validate_council(&c, &roster.seats);
        println!(
            "\n== A council roster of {} seats: {} problems ==",
            roster.seats.len(),
            problems.len()
        );
        for p in &problems {
            println!("   - {p}");
        }
    }

    println!("\n== Payments to council members ==");
    let roster: Roster = serde_json::from_str(include_str!("data/council-valid.json"))?;
    let person = roster
        .seats
        .first()
        .map(|s| s.person().to_owned())
        .unwrap_or_default();
    let meeting = Meeting {
        id: "GC-1".into(),
        days: "2017-03-06..=2017-03-08".parse()?,
        attendees: vec![person.clone()],
    };
    let date = pko::core::parse_date;
    let payments = [
        Payment {
            person: person.clone(),
            kind: PaymentKind::Honorarium,
            date: date("2017-03-08")?,
            meeting: Some("GC-1".into()),
            amount: "US$1,000.00".parse()?,
        },
        Payment {
            person: person.clone(),
            kind: PaymentKind::Travel,
            date: date("2017-03-05")?,
            meeting: Some("GC-1".into()),
            amount: "US$1,850.00".parse()?,
        },
        Payment {
            person: person.clone(),
            kind: PaymentKind::Salary,
            date: date("2017-03-31")?,
            meeting: None,
            amount: "US$6,000.00".parse()?,
        },
        Payment {
            person,
            kind: PaymentKind::Accommodation,
            date: date("2017-04-20")?,
            meeting: Some("GC-1".into()),
            amount: "US$600.00".parse()?,
        },
    ];
    let problems = validate_payments(
        &roster.seats,
        &[meeting],
        &payments,
        &PaymentRules::default(),
    );
    println!(
        "   {} payments, {} problems:",
        payments.len(),
        problems.len()
    );
    for p in &problems {
        println!("   - {p}");
    }

    println!("\n== Programmes and the five work areas ==");
    let programmes = [
        Programme::new("Early-warning network", "conflict prevention"),
        Programme::new("Civilian protection course", "humanitarian assistance"),
        Programme::new("Export promotion", "trade"),
    ];
    for p in validate_programmes(&programmes) {
        println!("   - {p}");
    }

    let budget: Usd = "US$10,000,000.00".parse()?;
    println!("\n== Who pays what: a {budget} budget ==");
    let annex_1 = pko::contributions::speech::annex_1();
    for (label, policy) in [
        ("equal shares", CostSharing::Equal),
        (
            "2015 peacekeeping rates (Annex 1)",
            CostSharing::Proportional(&annex_1),
        ),
        (
            "rates, floor 20 %, ceiling 50 %",
            CostSharing::Hybrid {
                scale: &annex_1,
                floor: "20".parse()?,
                ceiling: "50".parse()?,
            },
        ),
    ] {
        let shares = share_costs(&charter, budget, &policy)?;
        let shown: Vec<String> = shares.iter().map(|(c, u)| format!("{c} {u}")).collect();
        println!("   {label:<36} {}", shown.join("  "));
    }
    Ok(())
}
