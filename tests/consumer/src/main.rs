//! A user of pko: the README's quick start, then one call into each crate,
//! through the facade as the README shows it. `tests/consumer.rs` in the
//! workspace checks that `quick_start` holds the README's code line for
//! line.

use pko::core::date;
use pko::principles::{assess, ConflictSituation, Consent, ContingentKind, Deployment, OperationKind, Status, Task, Verdict};

fn quick_start() -> Result<(), pko::principles::Error> {
let facts = Deployment::builder()
    .operation(OperationKind::UnPeacekeeping).conflict(ConflictSituation::NoConflictYet)
    .host_consents(Consent::GIVEN).impartial().withdrawal_reserved(true)
    .contingent(ContingentKind::SdfUnit, 300).tasks([Task::Engineering]).already_engaged(0)
    .build()?;
let a = assess(&facts, date(2024, 1, 1))?;
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
    let annex_1 = pko::contributions::speech::annex_1();
    let rate = annex_1.rate(jpn).ok_or("Japan is not in Annex 1")?;
    // pko-institute
    let charter = pko::institute::Charter::proposed(&[jpn, "CHN".parse()?, "KOR".parse()?])?;
    // pko-principles beyond the quick start, and the facade's own check
    let replays = pko::principles::history::replay()?;
    let record = pko::record::check_speech();
    println!(
        "JPN {rate} in Annex 1; AIPO {} council seats; {} dispatches replayed; the speech's 13 missions: {}",
        charter.council_seats(),
        replays.len(),
        record.missions().outcome()
    );
    Ok(())
}
