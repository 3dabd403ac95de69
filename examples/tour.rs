//! A one-screen tour of pko on the data embedded in the crates.
//!
//! Run with `cargo run --example tour`.
#![expect(clippy::print_stdout, reason = "an example prints its report")]

use pko::core::{CountryCode, Error, Locator, Rounding, Source, Sourced, Usd, apportion};

fn main() -> Result<(), Error> {
    println!("pko: Japan's participation in UN peace operations, as code\n");
    println!("Source: {}\n", Source::SPEECH);

    // Speech section E.2: Japan contributed "10 percent of total financial
    // resources about $8.47 billion" for 1 July 2014 – 30 June 2015.
    let budget = Sourced::new(
        "US$8,470,000,000".parse::<Usd>()?,
        Source::SPEECH.at(Locator::section("E.2")),
    );
    let japan_rate = Sourced::new(
        "10.83".parse::<pko::core::Percent>()?,
        Source::SPEECH.at(Locator::annex("1")),
    );
    let japan_share = japan_rate.value().of(*budget.value(), Rounding::HalfEven)?;
    println!("2014/15 peacekeeping budget: {budget}");
    println!("Japan's rate:                {japan_rate}");
    println!("Japan's assessed share:      {japan_share} (exact to the cent, rounded half-even)");

    // The same budget split among the three states the speech asks to
    // cooperate, in proportion to their Annex 1 rates.
    let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
    let rates = ["10.83", "6.64", "1.99"].map(|r| {
        r.parse::<pko::core::Percent>()
            .map(pko::core::Percent::value)
    });
    let rates = rates.into_iter().collect::<Result<Vec<_>, _>>()?;
    let shares = apportion(*budget.value(), &rates)?;
    println!("\nThe budget split among Japan, China and Korea by Annex 1 rates:");
    for (member, share) in members.iter().zip(&shares) {
        println!(
            "  {:<24} {share:>22}",
            member.un_name().unwrap_or(member.as_str())
        );
    }
    println!("  {:<24} {:>22}", "total", Usd::checked_sum(shares)?);
    Ok(())
}
