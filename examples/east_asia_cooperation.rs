//! A proposed joint East Asian engineering deployment: Japan's principle
//! check, each member's personnel and financial contributions, its share of
//! women against the UN's parity targets, and the institute's cost shares.
//!
//! Run with `cargo run --example east_asia_cooperation`.
#![expect(clippy::print_stdout, reason = "an example prints its report")]

use std::error::Error;

use pko::contributions::personnel::{CategorySet, LoadMode, load, parity_targets};
use pko::contributions::{regular_budget, speech, wps};
use pko::core::{CountryCode, Rounding, Usd};
use pko::institute::{Charter, CostSharing, share_costs};
use pko::principles::{Deployment, Fact, assess};

const IPI: &str = include_str!("../crates/pko-contributions/data/ipi-gender-2009-2014.csv");

fn main() -> Result<(), Box<dyn Error>> {
    let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
    println!("== A joint East Asian engineering deployment (hypothetical), as of 2017-01-15 ==");
    let mut proposal: Deployment =
        serde_json::from_str(include_str!("data/proposal-east-asia-engineering.json"))?;
    let as_of = pko::core::parse_date("2017-01-15")?;
    let a = assess(&proposal, as_of)?;
    println!("Japan's part: {}", a.verdict());
    for f in a.findings() {
        println!("   [{}] {}", f.status(), f.subject());
    }
    proposal.withdrawal_reserved = Fact::Unknown;
    let undecided = assess(&proposal, as_of)?;
    println!(
        "If Japan's right to withdraw were not settled: {} (deciding: {})",
        undecided.verdict(),
        undecided
            .deciding_facts()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );

    println!("\n== Each member's uniformed personnel, February 2014 (IPI) ==");
    let data = load(IPI.as_bytes(), "ipi-gender-2009-2014.csv", LoadMode::Strict)?.into_personnel();
    let month = "2014-02".parse()?;
    let ranking = data.ranking(month, CategorySet::ALL);
    for m in members {
        if let Some(e) = ranking.get(&m) {
            println!(
                "   {m}: {:>5} persons, rank {} of {}",
                e.value(),
                e.rank(),
                ranking.len()
            );
        }
    }
    println!(
        "   (speech Annex 2, March 2015: China 12th with 2,371, Republic of Korea 39th with 614, Japan 54th with 272)"
    );

    println!("\n== Women, peace and security (speech, section E.2) ==");
    println!("   {}", wps::RESOLUTION_1325);
    for action in &wps::ACTIONS {
        println!("   {action}");
    }
    println!("   Each member's share of women, {month}, against the UN's parity targets:");
    let targets = parity_targets();
    for m in members {
        println!("   {m}");
        for check in data.female_shares_of(m, Some(month), Some(month), &targets) {
            if check.count().total() > 0 {
                println!("     {check}");
            }
        }
    }

    println!("\n== Each member's financial contribution ==");
    let rb = regular_budget::embedded()?.scale(2015)?;
    let annex_1 = speech::annex_1();
    let budget: Usd = "US$8,470,000,000".parse()?;
    for m in members {
        let rb_rate = rb.rate(m).map_or_else(|| "n/a".into(), |r| r.to_string());
        let pk_rate = annex_1
            .rate(m)
            .map_or_else(|| "n/a".into(), |r| r.to_string());
        let amount = annex_1
            .assessment_of(m, budget, Rounding::HalfEven)?
            .map_or_else(|| "n/a".into(), |u| u.to_string());
        println!(
            "   {m}: regular budget 2013-2015 {rb_rate:>8}, peacekeeping 2015 {pk_rate:>7}, of US$8.47 bn: {amount}"
        );
    }

    println!("\n== The institute's cost shares for a US$10 m budget ==");
    let charter = Charter::proposed(&members)?;
    let shares = share_costs(
        &charter,
        "US$10,000,000.00".parse()?,
        &CostSharing::Proportional(&annex_1),
    )?;
    for (c, u) in shares {
        println!("   {c} {u:>18}");
    }
    Ok(())
}
