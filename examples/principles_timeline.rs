//! Japan's deployments through the versions of the PKO Act: UNTAC 1992, a
//! PKF core task in 1995 and 2003, UNMISS 2012-2017 with kaketsuke-keigo,
//! and the monitoring of a consent withdrawal.
//!
//! Run with `cargo run --example principles_timeline`.
#![expect(clippy::print_stdout, reason = "an example prints its report")]

use std::error::Error;

use chrono::NaiveDate;
use pko::principles::{
    Assumption, Assumptions, ContingentKind, Deployment, Event, Fact, GracePeriod, Options,
    Reading, Subject, Task, WeaponsUse, assess, monitor,
};

fn day(s: &str) -> Result<NaiveDate, Box<dyn Error>> {
    Ok(pko::core::parse_date(s)?)
}

fn main() -> Result<(), Box<dyn Error>> {
    let untac: Deployment = serde_json::from_str(include_str!("data/proposal-untac-1992.json"))?;
    println!("== UNTAC engineering unit, 17 September 1992 ==\n");
    print!("{}", assess(&untac, day("1992-09-17")?)?);

    println!("\n== The same unit also asked to monitor the ceasefire (a PKF core task) ==");
    let mut pkf = untac.clone();
    pkf.contingent.tasks.push(Task::CeasefireMonitoring);
    pkf.contingent.kind = Fact::Known(ContingentKind::SdfUnit);
    for date in ["1995-06-01", "2003-06-01"] {
        let a = assess(&pkf, day(date)?)?;
        let f = a
            .finding(Subject::Task(Task::CeasefireMonitoring))
            .ok_or("no finding on the task")?;
        println!(
            "{date}: {} under {} — ceasefire monitoring {}",
            a.verdict(),
            a.regime().short_name(),
            f.status()
        );
        for r in f.reasons() {
            println!("    {r}");
        }
        for c in a.conditions() {
            println!("    condition: {c}");
        }
    }

    println!(
        "\n== UNMISS engineering unit, 2012-2017, with kaketsuke-keigo assigned on 15 November 2016 =="
    );
    let unmiss: Deployment =
        serde_json::from_str(include_str!("data/proposal-unmiss-kaketsuke-keigo.json"))?;
    let mut engineering_only = unmiss.clone();
    engineering_only
        .contingent
        .tasks
        .retain(|t| *t == Task::Engineering);
    // The 2016 rules on weapons (duty execution, joint protection of
    // camps) go with the 2016 tasks.
    engineering_only.contingent.weapons_use.retain(|w| {
        !matches!(
            w,
            WeaponsUse::DutyExecution | WeaponsUse::JointCampProtection
        )
    });
    for date in ["2012-01-15", "2014-01-15", "2016-01-15"] {
        println!(
            "{date}: engineering only — {}",
            assess(&engineering_only, day(date)?)?.verdict()
        );
    }
    // Whether the Diet must approve kaketsuke-keigo after 2016 is open in
    // pko's sources: under each answer, and left open.
    let with =
        |reading| Options::from(Assumptions::default().with_diet_approval_2015_tasks(reading));
    for date in ["2015-12-01", "2016-11-15", "2017-05-01"] {
        println!(
            "{date}: with kaketsuke-keigo — {} ({} open), {} if the Diet must approve it, {} if not",
            assess(&unmiss, day(date)?)?.verdict(),
            Assumption::DietApproval2015Tasks,
            with(Reading::Yes).assess(&unmiss, day(date)?)?.verdict(),
            with(Reading::No).assess(&unmiss, day(date)?)?.verdict(),
        );
    }
    let mut unstable = unmiss.clone();
    unstable.host_consent.stably_maintained = Fact::Known(false);
    println!(
        "2016-11-15: with kaketsuke-keigo, host consent not confirmed stably maintained — {}",
        assess(&unstable, day("2016-11-15")?)?.verdict()
    );
    println!();
    print!(
        "{}",
        with(Reading::No).compare(&unmiss, day("2015-12-01")?, day("2016-11-15")?)?
    );

    println!("\n== Monitoring: the host state withdraws its consent ==");
    let events: Vec<Event> =
        serde_json::from_str(include_str!("data/events-consent-withdrawn.json"))?;
    for e in &events {
        println!("  event {e}");
    }
    for grace in [30, 10] {
        println!();
        print!("{}", monitor(&events, GracePeriod::days(grace)));
    }
    println!(
        "\nThe grace period is an assumption ({}): the Act sets no number of days.",
        Assumption::GracePeriodDays
    );
    Ok(())
}
