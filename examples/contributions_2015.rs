//! Contributions in 2015: the speech's Annexes 1 and 2, the 2014/15 budget
//! apportioned, the audit of the speech's figures, and women's shares in
//! the latest month of the IPI data.
//!
//! Run with `cargo run --example contributions_2015`.
#![expect(clippy::print_stdout, reason = "an example prints its report")]

use std::error::Error;

use pko::contributions::personnel::{LoadMode, load, parity_targets};
use pko::contributions::{audit, regular_budget, speech};
use pko::core::Usd;

const IPI: &str = include_str!("../crates/pko-contributions/data/ipi-gender-2009-2014.csv");

fn main() -> Result<(), Box<dyn Error>> {
    println!("== Annex 1: \"Ten top financial contributors to UN peacekeeping budget (2015)\" ==");
    println!("   [{}]", speech::annex_1_source());
    for e in speech::annex_1_entries() {
        let rate = rust_decimal::Decimal::new(i64::from(e.value()), 2);
        println!("{:>4}. {:<16} {:>6}%", e.rank(), e.name(), rate);
    }

    println!("\n== Annex 2: troop and police personnel, March 2015 ==");
    for e in speech::annex_2() {
        println!("{:>4}. {:<16} {:>6}", e.rank(), e.name(), e.value());
    }

    let budget: Usd = "US$8,470,000,000".parse()?;
    println!(
        "\n== The 2014/15 budget of section E.2 ({budget}) apportioned by Annex 1, exact to the cent =="
    );
    let annex_1 = speech::annex_1();
    let shares = annex_1.assessments(budget)?;
    let mut rows: Vec<_> = shares.iter().collect();
    rows.sort_by_key(|(_, u)| std::cmp::Reverse(*u));
    for (c, u) in rows {
        println!("   {c} {u:>22}");
    }
    println!(
        "   total {:>22} (the eleven listed, relative to each other)",
        Usd::checked_sum(shares.iter().map(|(_, u)| *u))?
    );

    println!("\n== Audit of the speech's figures ==");
    for f in audit::audit(&regular_budget::embedded()?)? {
        println!("{f}");
    }

    let data = load(IPI.as_bytes(), "ipi-gender-2009-2014.csv", LoadMode::Strict)?.into_personnel();
    let month = data.latest_month().ok_or("no month in the data")?;
    println!(
        "\n== Women's share by category, {month} (IPI; targets of the UN Uniformed Gender Parity Strategy) =="
    );
    for (category, count) in data.totals_by_category(month) {
        if count.total() > 0 {
            let share = count
                .female_share()
                .map_or_else(|| "n/a".into(), |s| s.to_string());
            println!("   {category:<22} {share:>9} of {:>6}", count.total());
        }
    }
    let targets = parity_targets();
    for check in data.female_shares(month, &targets) {
        println!("   {check}");
    }
    println!("\nData: UN Committee on Contributions; International Peace Institute / UN DPKO.");
    Ok(())
}
