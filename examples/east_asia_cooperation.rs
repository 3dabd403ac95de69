//! A proposed joint East Asian engineering company, checked under each
//! participant's rules: Japan's Act (`pko-principles`), the Republic of
//! Korea's Peacekeeping Operations Participation Act and China's statutes
//! (`pko-partners`), and the UN's three principles, under UNMISS and in an
//! internationally coordinated operation the UN does not run, in 2017.
//! Then each member's personnel and financial contributions, its share of
//! women against the UN's parity targets, and the institute's cost shares.
//!
//! Run with `cargo run --example east_asia_cooperation`.
#![expect(clippy::print_stdout, reason = "an example prints its report")]

use std::error::Error;

use pko::contributions::personnel::{CategorySet, LoadMode, load, parity_targets};
use pko::contributions::{regular_budget, speech, wps};
use pko::core::{CountryCode, Rounding, Status, Usd};
use pko::institute::{Charter, CostSharing, share_costs};
use pko::joint::{self, JointDeployment};

const IPI: &str = include_str!("../crates/pko-contributions/data/ipi-gender-2009-2014.csv");

fn main() -> Result<(), Box<dyn Error>> {
    let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
    let on = pko::core::parse_date("2017-06-01")?;
    for (title, text) in [
        ("under UNMISS", include_str!("data/joint-unmiss-2017.json")),
        (
            "in an internationally coordinated operation",
            include_str!("data/joint-coordinated-2017.json"),
        ),
    ] {
        let j: JointDeployment = serde_json::from_str(text)?;
        let a = joint::assess(&j, on)?;
        println!("== A joint East Asian engineering company {title} (hypothetical), {on} ==");
        println!(
            "   the whole: {}; may go: {}",
            a.verdict,
            a.may_go
                .iter()
                .map(CountryCode::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        );
        if let Some(japan) = &a.japan {
            println!("   Japan: {} under {}", japan.verdict(), japan.regime());
            for m in &a.japan_missing_steps {
                println!("      still needed: {m}");
            }
        }
        for p in &a.partners {
            println!("   {}: {}", p.participant, p.verdict);
            for f in p.findings.iter().filter(|f| f.status != Status::Satisfied) {
                println!(
                    "      [{}] {}: {}",
                    f.status,
                    f.subject,
                    f.reasons.join("; ")
                );
            }
            for m in &p.missing_steps {
                println!("      still needed: {} ({})", m.step, m.when);
                for d in &m.details {
                    println!("         {d}");
                }
            }
        }
        if a.un
            .findings
            .iter()
            .all(|f| f.status == Status::NotApplicable)
        {
            println!("   the UN's three principles: not applicable (the UN does not run it)");
        } else {
            println!("   the UN's three principles: {}", a.un.verdict);
        }
        println!();
    }

    println!("== Each member's uniformed personnel, February 2014 (IPI) ==");
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
