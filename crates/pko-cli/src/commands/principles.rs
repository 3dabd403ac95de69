//! The commands of pko-principles: the law, assessments, reforms, periods,
//! comparisons, monitoring, contributions in kind and the record.

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use pko::principles::{
    self, Assumption, Assumptions, Event, GracePeriod, Interface, Law, Reform, Regime, in_kind,
};

use super::verdict_code;
use crate::args::{AssumeArgs, Format, InKindCase};
use crate::input::{Failure, data_error, deployment, json_file, name, options, today};
use crate::output::{emit, show};

/// `pko assess`: the assessment under the law of the day, or under it
/// with a reform applied.
pub(super) fn assess(
    file: &str,
    as_of: Option<NaiveDate>,
    reform: Option<&str>,
    assume: &AssumeArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let options = options(assume)?;
    let d = deployment(file)?;
    let as_of = match as_of {
        Some(day) => day,
        None => today()?,
    };
    let a = match reform {
        None => options.assess(&d, as_of),
        Some(path) => {
            let law = reformed_law(path, as_of)?;
            options.assess_under(&law, &d, as_of)
        }
    }
    .map_err(|e| data_error(file, &e))?;
    emit(out, format, &a, |w| {
        write!(w, "{}", a.report(Interface::CommandLine))
    })?;
    Ok(verdict_code(a.verdict()))
}

/// `pko reform`: what a reform would change, for one deployment or the
/// record. Exit status 0 if nothing changes, 1 if something does.
pub(super) fn reform(
    file: &str,
    on: Option<NaiveDate>,
    facts: Option<&str>,
    history: bool,
    assume: &AssumeArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let options = options(assume)?;
    let r: Reform = json_file(file)?;
    let impact = match (facts, on) {
        (Some(facts), Some(on)) if !history => {
            let d = deployment(facts)?;
            let baseline = Law::in_force_on(on).map_err(|e| data_error(file, &e))?;
            let law = with_reform(baseline, &r, file)?;
            options
                .impact(baseline, &law, std::slice::from_ref(&d), on)
                .map_err(|e| data_error(facts, &e))?
        }
        _ => options
            .impact_on_record(&r)
            .map_err(|e| data_error(file, &e))?,
    };
    emit(out, format, &impact, |w| {
        writeln!(w, "Reform: {} ({})", r.name(), r.source())?;
        write!(w, "{impact}")
    })?;
    Ok(if impact.changed() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The law in force on `day` with the reform in `path` applied.
fn reformed_law(path: &str, day: NaiveDate) -> Result<Law, Failure> {
    let r: Reform = json_file(path)?;
    let baseline = Law::in_force_on(day).map_err(|e| data_error(path, &e))?;
    with_reform(baseline, &r, path)
}

/// `baseline` with `r` applied; a change that changes nothing is reported
/// on standard error.
#[expect(
    clippy::print_stderr,
    reason = "a warning about the input goes to standard error, beside the answer"
)]
fn with_reform(baseline: &Law, r: &Reform, path: &str) -> Result<Law, Failure> {
    let law = baseline.with(r).map_err(|e| data_error(path, &e))?;
    for w in law.warnings() {
        eprintln!("pko: warning: {}: {w}", name(path));
    }
    Ok(law)
}

/// `pko assumptions`: the open readings, their values and defaults.
pub(super) fn assumptions(out: &mut impl Write) -> Result<ExitCode, Failure> {
    let defaults = Assumptions::default();
    for &a in Assumption::ALL {
        writeln!(out, "{} (default: {})", a.name(), defaults.value(a))?;
        writeln!(out, "  {}", a.question())?;
        writeln!(out, "  values: {}", a.values().join(", "))?;
        writeln!(out, "  open because {}", a.why())?;
    }
    writeln!(
        out,
        "\nSet one with --assume NAME=VALUE, or several with --assumptions FILE.json."
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `pko periods`: the spans of one verdict.
pub(super) fn periods(
    file: &str,
    from: NaiveDate,
    to: NaiveDate,
    assume: &AssumeArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let options = options(assume)?;
    let d = deployment(file)?;
    let p = options
        .periods(&d, from, to)
        .map_err(|e| data_error(file, &e))?;
    emit(out, format, &p, |w| {
        p.iter().try_for_each(|period| writeln!(w, "{period}"))
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `pko history`: the replay of Japan's dispatches as a table or JSON.
pub(super) fn history(
    assume: &AssumeArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let replays = options(assume)?
        .replay()
        .map_err(|e| Failure::Data(e.to_string()))?;
    emit(out, format, &replays, |w| {
        writeln!(
            w,
            "{:<30} {:<10} {:<28} {:<11} {:<13} {:<11} {:<13}",
            "dispatch", "mission", "who", "first day", "verdict", "last day", "verdict"
        )?;
        for r in &replays {
            let d = r.dispatch();
            let (last, last_verdict) = r.last().map_or_else(
                || ("ongoing".to_owned(), "-".to_owned()),
                |a| (a.as_of().to_string(), a.verdict().to_string()),
            );
            writeln!(
                w,
                "{:<30} {:<10} {:<28} {:<11} {:<13} {:<11} {:<13}",
                d.id(),
                d.mission().as_str(),
                d.contingent().to_string(),
                r.first().as_of().to_string(),
                r.first().verdict().to_string(),
                last,
                last_verdict
            )?;
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `pko compare`: the same facts on two days.
pub(super) fn compare(
    file: &str,
    from: NaiveDate,
    to: NaiveDate,
    assume: &AssumeArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let options = options(assume)?;
    let d = deployment(file)?;
    let c = options
        .compare(&d, from, to)
        .map_err(|e| data_error(file, &e))?;
    emit(out, format, &c, |w| {
        write!(w, "{}", c.report(Interface::CommandLine))
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `pko in-kind`: a contribution in kind, from a file or of the record.
pub(super) fn in_kind(
    file: Option<&str>,
    case: Option<InKindCase>,
    on: NaiveDate,
    assume: &AssumeArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let options = options(assume)?;
    let (transfer, named): (in_kind::Transfer, &str) = match (case, file) {
        (Some(InKindCase::Ammunition2013), _) => (in_kind::ammunition_2013(), "ammunition-2013"),
        (None, Some(file)) => (json_file(file)?, file),
        (None, None) => {
            return Err(Failure::Usage("in-kind needs a FILE or --case".to_owned()));
        }
    };
    let a = options
        .assess_transfer(&transfer, on)
        .map_err(|e| data_error(named, &e))?;
    show(out, format, &a)?;
    Ok(verdict_code(a.verdict()))
}

/// `pko monitor`: principle 4 over a file of events.
pub(super) fn monitor(
    file: &str,
    events: &str,
    grace_days: Option<u32>,
    assume: &AssumeArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let mut options = options(assume)?;
    if let Some(days) = grace_days {
        options.assumptions = options
            .assumptions
            .with_grace_period_days(Some(GracePeriod::days(days)));
    }
    let d = deployment(file)?;
    let e: Vec<Event> = json_file(events)?;
    principles::check_events(&d, &e).map_err(|err| data_error(events, &err))?;
    let t = options.monitor(&e).map_err(|err| {
        Failure::Usage(format!(
            "{err}: pass --grace-days N or --assume grace_period_days=N"
        ))
    })?;
    show(out, format, &t)?;
    Ok(ExitCode::SUCCESS)
}

/// `pko law`: the Act in force on a day and its five principles.
pub(super) fn law(as_of: NaiveDate, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let regime = Regime::in_force_on(as_of).map_err(|e| Failure::Data(e.to_string()))?;
    writeln!(out, "On {as_of}: {regime}, in force {}", regime.period())?;
    for c in regime.changes() {
        writeln!(out, "  - {c}")?;
    }
    writeln!(out, "\nThe five principles:")?;
    for p in regime.principles() {
        writeln!(out, "  {}. {}", p.principle().number(), p.english())?;
        writeln!(out, "     articles: {}", p.articles().join(", "))?;
        if let Some(j) = p.japanese() {
            writeln!(out, "     {j}")?;
        }
        if let Some(n) = p.note() {
            writeln!(out, "     note: {n}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `pko joint`: a joint deployment under each participant's rules.
pub(super) fn joint(
    file: &str,
    on: NaiveDate,
    assume: &AssumeArgs,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let options = options(assume)?;
    let j: pko::joint::JointDeployment = json_file(file)?;
    let a = pko::joint::assess_with(&j, on, &options).map_err(|e| data_error(file, &e))?;
    show(out, format, &a)?;
    Ok(verdict_code(a.verdict))
}
