//! JSON charter inputs → the institute's validators and cost sharing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pko::core::CountryCode;
use pko::institute::{
    Appointment, Charter, CostSharing, Meeting, NgoSeats, Payment, PaymentRules, Programme, Seat,
    share_costs, validate_council, validate_history, validate_payments, validate_programmes,
};

#[derive(serde::Deserialize)]
struct Input {
    members: Vec<CountryCode>,
    #[serde(default)]
    ngo_seats: NgoSeats,
    #[serde(default)]
    seats: Vec<Seat>,
    #[serde(default)]
    history: Vec<Appointment>,
    #[serde(default)]
    meetings: Vec<Meeting>,
    #[serde(default)]
    payments: Vec<Payment>,
    #[serde(default)]
    programmes: Vec<Programme>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(input) = serde_json::from_str::<Input>(text) else {
        return;
    };
    let Ok(charter) = Charter::proposed(&input.members) else {
        return;
    };
    let charter = charter.with_ngo_seats(input.ngo_seats);
    let _ = validate_council(&charter, &input.seats);
    let _ = validate_history(&charter, &input.history);
    let _ = validate_payments(
        &input.seats,
        &input.meetings,
        &input.payments,
        &PaymentRules::default(),
    );
    let _ = validate_programmes(&input.programmes);
    let budget = pko::core::Usd::from_cents(1_000_000_000);
    let shares = share_costs(&charter, budget, &CostSharing::Equal).unwrap();
    assert_eq!(
        pko::core::Usd::checked_sum(shares.into_iter().map(|(_, u)| u)).unwrap(),
        budget
    );
});
