//! The speech's question, answered (section C): the Government "has
//! submitted draft laws to the Diet to allow the Japanese defense forces
//! … to carry out security operations in order to protect personnel of
//! other UN peacekeeping forces and civilians".
//!
//! 1. The law of 15 June 2015, the day of the speech, with the bills as the
//!    speech describes them applied as a reform
//!    (`examples/data/reform-2015-bills-speech.json`): what they would allow
//!    the UNMISS engineering unit, finding by finding.
//! 2. Which of Japan's real dispatches would have been assessed differently
//!    under them.
//! 3. The bills as enacted (Act No. 76 of 2015, in force 29 March 2016) as
//!    a reform of the law before them: it holds the provisions of the law
//!    pko builds in from that day, and the speech's description is a part
//!    of it.
//!
//! Run with `cargo run --example reform_2015_bills`.
#![expect(clippy::print_stdout, reason = "an example prints its report")]

use pko::principles::{Law, Reform, Regime, Verdict, impact, impact_on_record};
use pko_core::date;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let speech_day = date(2015, 6, 15);
    let bills: Reform = serde_json::from_str(include_str!("data/reform-2015-bills-speech.json"))?;
    let facts = serde_json::from_str(include_str!("data/proposal-unmiss-kaketsuke-keigo.json"))?;

    println!(
        "The law of the speech's day: {}",
        Law::in_force_on(speech_day)?
    );
    println!("The reform: {} ({})\n", bills.name(), bills.source());

    // 1. The UNMISS engineering unit with kaketsuke-keigo, on the speech's day.
    let baseline = Law::in_force_on(speech_day)?;
    let reformed = baseline.with(&bills)?;
    let i = impact(
        baseline,
        &reformed,
        std::slice::from_ref(&facts),
        speech_day,
    )?;
    println!("1. UNMISS engineering with kaketsuke-keigo on {speech_day}:");
    for case in i.cases() {
        println!(
            "   verdict {} under the law of the day, {} under the bills",
            case.verdict_before(),
            case.verdict_after()
        );
        for f in case.findings() {
            let status = |s: Option<&pko::principles::FindingState>| {
                s.map_or_else(|| "-".to_owned(), |s| s.status.to_string())
            };
            println!(
                "   {}: {} -> {}",
                f.subject(),
                status(f.before()),
                status(f.after())
            );
            if let Some(after) = f.after() {
                for r in &after.reasons {
                    println!("       - {r}");
                }
            }
        }
        let still: Vec<String> = reformed
            .assess(&facts, speech_day)?
            .findings()
            .filter(|f| f.status() != pko::principles::Status::Satisfied)
            .filter(|f| f.status() != pko::principles::Status::NotApplicable)
            .map(|f| format!("{} ({})", f.subject(), f.status()))
            .collect();
        if case.verdict_after() != Verdict::Permitted {
            println!(
                "   what the bills alone do not settle: {}",
                still.join(", ")
            );
        }
    }

    // 2. The record.
    let record = impact_on_record(&bills)?;
    println!(
        "\n2. Japan's dispatches since 1992: {} assessments, {} would differ under the bills as the speech describes them",
        record.assessed(),
        record.changed()
    );
    for c in record.cases() {
        println!(
            "   {} on {}: {} -> {}",
            c.dispatch().unwrap_or("?"),
            c.on(),
            c.verdict_before(),
            c.verdict_after()
        );
    }

    // 3. The bills as enacted.
    let enacted = Reform::amendment(Regime::Amended2015)?;
    let before = Law::of(Regime::Amended2001);
    let via_reform = before.with(&enacted)?;
    let from = Regime::Amended2015.in_force_from();
    println!(
        "\n3. {} as a reform of the law before it: {} changes, from {from}",
        enacted.name(),
        enacted.changes().len()
    );
    println!(
        "   it holds the provisions of the law pko builds in from {from}: {}",
        via_reform.same_provisions(Law::of(Regime::Amended2015), from)
    );
    let described: Vec<_> = bills.changes().iter().map(|e| e.change).collect();
    let all_in = described
        .iter()
        .all(|c| enacted.changes().iter().any(|e| e.change == *c));
    println!(
        "   each of the speech's {} changes is among the enacted act's: {all_in}",
        described.len()
    );
    let a = Law::of(Regime::Amended2015).assess(&facts, date(2017, 1, 1))?;
    let b = via_reform.assess(&facts, date(2017, 1, 1))?;
    println!(
        "   UNMISS on 2017-01-01, built-in law and enacted reform: {} and {}, the same findings: {}",
        a.verdict(),
        b.verdict(),
        a.says_the_same_as(&b)
    );
    Ok(())
}
