//! A user of pko: the README's quick start, then one call into each crate,
//! through the facade as the README shows it. `tests/consumer.rs` in the
//! workspace checks that `quick_start` holds the README's code line for
//! line.

use pko::principles::{assess, Deployment, Status, Verdict};

fn quick_start() -> Result<(), Box<dyn std::error::Error>> {
let facts: Deployment = serde_json::from_str(r#"{
    "operation": { "kind": "un_peacekeeping", "conflict": "no_conflict_yet" },
    "host_consent": { "to_operation": { "given": {} }, "to_japan": { "given": {} } },
    "impartiality": "none_reported",
    "contingent": { "kind": "sdf_unit", "size": 300, "tasks": ["engineering"], "weapons_use": ["self_preservation"] },
    "already_engaged": 0,
    "withdrawal_reserved": true
}"#)?;
let a = assess(&facts, pko::core::date(2024, 1, 1))?;
assert_eq!(a.verdict(), Verdict::Permitted);
assert!(a.findings().all(|f| f.status() != Status::Violated && !f.citations().is_empty()));
println!("{a}");
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    quick_start()?;
    // pko-core
    let jpn: pko::core::CountryCode = "JPN".parse()?;
    // pko-contributions
    let annex_1 = pko::contributions::speech::annex_1()?;
    let rate = annex_1.rate(jpn).ok_or("Japan is not in Annex 1")?;
    // pko-institute
    let charter = pko::institute::Charter::proposed(&[jpn, "CHN".parse()?, "KOR".parse()?])?;
    // pko-principles beyond the quick start, and the facade's own check
    let replays = pko::principles::history::replay()?;
    let record = pko::record::check_speech()?;
    println!(
        "JPN {rate} in Annex 1; AIPO {} council seats; {} dispatches replayed; the speech's 13 missions: {}",
        charter.council_seats(),
        replays.len(),
        record.missions().outcome()
    );
    Ok(())
}
