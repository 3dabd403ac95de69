//! The commands, one module per crate they front, and the dispatch.

mod contributions;
mod institute;
mod principles;
mod serve;

use std::io::Write;
use std::process::ExitCode;

use pko::principles::Verdict;

use crate::args::{Cli, Command};
use crate::input::Failure;
use crate::output;

/// Runs the command the line asks for, writing its answer to `out`.
pub(crate) fn run(cli: Cli, out: &mut impl Write) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Assess {
            file,
            as_of,
            reform,
            assume,
            format,
        } => principles::assess(&file, as_of, reform.as_deref(), &assume, format, out),
        Command::Assumptions => principles::assumptions(out),
        Command::Reform {
            file,
            on,
            facts,
            history,
            assume,
            format,
        } => principles::reform(&file, on, facts.as_deref(), history, &assume, format, out),
        Command::Periods {
            file,
            from,
            to,
            assume,
            format,
        } => principles::periods(&file, from, to, &assume, format, out),
        Command::History { assume, format } => principles::history(&assume, format, out),
        Command::Joint {
            file,
            on,
            assume,
            format,
        } => principles::joint(&file, on, &assume, format, out),
        Command::InKind {
            file,
            case,
            on,
            assume,
            format,
        } => principles::in_kind(file.as_deref(), case, on, &assume, format, out),
        Command::Compare {
            file,
            from,
            to,
            assume,
            format,
        } => principles::compare(&file, from, to, &assume, format, out),
        Command::Monitor {
            file,
            events,
            grace_days,
            assume,
            format,
        } => principles::monitor(&file, &events, grace_days, &assume, format, out),
        Command::Law { as_of } => principles::law(as_of, out),
        // clap asks for a name unless --list is given, and not both.
        Command::Schema { name, list: _ } => schema(name.as_deref(), out),
        Command::Contributions { command } => contributions::run(command, out),
        Command::Institute { command } => institute::run(command, out),
        Command::Serve {
            addr,
            json_limit,
            csv_limit,
            timeout_secs,
            concurrency,
            uploads,
        } => serve::run(
            addr,
            pko_server::Config {
                json_limit,
                csv_limit,
                timeout: std::time::Duration::from_secs(timeout_secs),
                concurrency,
                uploads,
            },
        ),
    }
}

/// The exit status of a verdict: 0 permitted, 1 not permitted, 2
/// undetermined.
fn verdict_code(v: Verdict) -> ExitCode {
    ExitCode::from(match v {
        Verdict::Permitted => 0,
        Verdict::NotPermitted => 1,
        Verdict::Undetermined => 2,
    })
}

/// `pko schema NAME`, or the list of schemas without a name
/// (`pko schema --list`).
fn schema(name: Option<&str>, out: &mut impl Write) -> Result<ExitCode, Failure> {
    use pko::schema::CATALOG;
    let Some(name) = name else {
        let width = CATALOG.iter().map(|e| e.name().len()).max().unwrap_or(0);
        for e in CATALOG {
            writeln!(
                out,
                "{:width$}  {:6}  {}",
                e.name(),
                e.direction().as_str(),
                e.summary()
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    let entry = pko::schema::get(name).ok_or_else(|| {
        let names: Vec<&str> = CATALOG.iter().map(pko::schema::Entry::name).collect();
        Failure::Usage(format!(
            "no schema `{name}`: one of {} (`pko schema --list`)",
            names.join(", ")
        ))
    })?;
    output::json(out, &entry.schema())?;
    Ok(ExitCode::SUCCESS)
}
