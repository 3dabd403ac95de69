//! A one-screen tour of pko: the crates working together, on the data
//! embedded in the repository.
//!
//! Run with `cargo run --example tour`.
#![expect(clippy::print_stdout, reason = "an example prints its report")]

use std::error::Error;

use chrono::NaiveDate;
use pko::contributions::personnel::{CategorySet, LoadMode, load};
use pko::contributions::{audit, regular_budget, speech};
use pko::core::{CountryCode, Rounding, Source, Usd};
use pko::institute::{Charter, CostSharing, rotation, share_costs};
use pko::principles::history;
use pko::principles::in_kind;
use pko::principles::{
    Assumption, Assumptions, Decider, Deployment, Options, Reading, Verdict, assess, compare,
};

const IPI: &str = include_str!("../crates/pko-contributions/data/ipi-gender-2009-2014.csv");
const UNTAC: &str = include_str!("data/proposal-untac-1992.json");
const UNMISS_KK: &str = include_str!("data/proposal-unmiss-kaketsuke-keigo.json");
const JOINT_UNMISS: &str = include_str!("data/joint-unmiss-2017.json");

fn day(s: &str) -> Result<NaiveDate, Box<dyn Error>> {
    Ok(pko::core::parse_date(s)?)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("pko — Japan's participation in UN peace operations, as code");
    println!("source: {}\n", Source::SPEECH);

    println!("1. The five principles, under the law of the day (pko-principles)");
    let untac: Deployment = serde_json::from_str(UNTAC)?;
    let a = assess(&untac, day("1992-09-17")?)?;
    println!(
        "   UNTAC engineering unit, 1992-09-17: {} under {}",
        a.verdict(),
        a.regime()
    );
    let kk: Deployment = serde_json::from_str(UNMISS_KK)?;
    let c = compare(&kk, day("2015-12-01")?, day("2016-11-15")?)?;
    let deciding: Vec<String> = c
        .to()
        .deciding_facts()
        .iter()
        .filter_map(|d| match d {
            Decider::Assumption(a) => Some(a.to_string()),
            _ => None,
        })
        .collect();
    println!(
        "   UNMISS with kaketsuke-keigo: {} on 2015-12-01, {} on 2016-11-15 ({} findings changed by Act No. 76 of 2015; open: {})",
        c.from().verdict(),
        c.to().verdict(),
        c.changes().len(),
        deciding.join(", ")
    );
    let no_approval =
        Options::from(Assumptions::default().with_diet_approval_2015_tasks(Reading::No));
    println!(
        "   the same with {} = no (the Diet's approval not needed): {} on 2016-11-15",
        Assumption::DietApproval2015Tasks,
        no_approval.assess(&kk, day("2016-11-15")?)?.verdict()
    );
    let replays = history::replay()?;
    let (permitted, open): (Vec<_>, Vec<_>) = replays.iter().partition(|r| {
        std::iter::once(r.first())
            .chain(r.last())
            .all(|a| a.verdict() == Verdict::Permitted)
    });
    let open: Vec<&str> = open.iter().map(|r| r.dispatch().id()).collect();
    println!(
        "   Japan's dispatches since 1992 replayed: {} of {} components permitted on their first and last days; undetermined: {}",
        permitted.len(),
        replays.len(),
        open.join(", ")
    );
    let ammunition = in_kind::ammunition_2013();
    println!(
        "   ammunition for UNMISS, 2013: {} on 2013-12-22 (request), {} on 2013-12-23 (Cabinet decision)",
        in_kind::assess_transfer(&ammunition, day("2013-12-22")?)?.verdict(),
        in_kind::assess_transfer(&ammunition, day("2013-12-23")?)?.verdict()
    );
    let record = pko::record::check_speech();
    println!(
        "   the speech's 13 missions: {} ({} counting only SDF and police); more than 9,000 personnel: {} (at least {})",
        record.missions().outcome(),
        record.missions().sdf_and_police().len(),
        record.personnel().outcome(),
        speech::Quantity::Persons(record.personnel().lower_bound().into())
    );

    let joint: pko::joint::JointDeployment = serde_json::from_str(JOINT_UNMISS)?;
    let j = pko::joint::assess(&joint, day("2017-06-01")?)?;
    let mut parts: Vec<String> = j
        .japan
        .iter()
        .map(|a| format!("JPN {}", a.verdict()))
        .collect();
    for (c, a) in joint.partners.iter().zip(&j.partners) {
        parts.push(format!("{} {}", c.state, a.verdict));
    }
    println!(
        "   a joint engineering company under UNMISS, 2017-06-01 (hypothetical; pko-partners): {}; the UN's principles {}",
        parts.join(", "),
        j.un.verdict
    );

    println!("\n2. Contributions in money and people (pko-contributions)");
    let annex_1 = speech::annex_1();
    let budget: Usd = "US$8,470,000,000".parse()?;
    let japan = annex_1.assessment_of(CountryCode::JPN, budget, Rounding::HalfEven)?;
    println!(
        "   Japan's 10.83 % (Annex 1) of the US$8.47 bn 2014/15 budget (section E.2): {}",
        japan.map_or_else(|| "n/a".to_owned(), |u| u.to_string())
    );
    let rb = regular_budget::embedded()?.scale(2015)?;
    println!(
        "   regular-budget scale 2013-2015: {} members, total {} %",
        rb.len(),
        rb.total()
    );
    let data = load(IPI.as_bytes(), "ipi-gender-2009-2014.csv", LoadMode::Strict)?.into_personnel();
    let month = data.latest_month().ok_or("no month in the IPI data")?;
    let ranking = data.ranking(month, CategorySet::ALL);
    let top: Vec<String> = ranking
        .top(5)
        .iter()
        .map(|e| format!("{}. {} {}", e.rank(), e.key(), e.value()))
        .collect();
    println!("   uniformed personnel, {month} (IPI): {}", top.join(", "));
    if let Some(jpn) = ranking.get(&CountryCode::JPN) {
        println!("   Japan: rank {} with {} persons", jpn.rank(), jpn.value());
    }
    let findings = audit::audit(&regular_budget::embedded()?)?;
    let bad = findings.iter().filter(|f| !f.consistent()).count();
    println!(
        "   audit of the speech: {} checks, {bad} inconsistent (e.g. Annex 1 lists eleven \"ten top\" contributors)",
        findings.len()
    );

    println!("\n3. The proposed Asian Institute for Peace Operations (pko-institute)");
    let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
    let charter = Charter::proposed(&members)?;
    println!(
        "   {} in {}: {} council seats",
        charter.name(),
        charter.seat(),
        charter.council_seats()
    );
    for t in rotation(&charter, &members, day("2016-01-01")?, 3)? {
        println!("   Director {t}");
    }
    let shares = share_costs(
        &charter,
        "US$10,000,000.00".parse()?,
        &CostSharing::Proportional(&annex_1),
    )?;
    let shown: Vec<String> = shares.iter().map(|(c, u)| format!("{c} {u}")).collect();
    println!(
        "   a US$10 m budget by 2015 peacekeeping rates: {}",
        shown.join(", ")
    );
    println!(
        "\nMore: cargo run --example principles_timeline | contributions_2015 | aipo_founding | east_asia_cooperation"
    );
    Ok(())
}
