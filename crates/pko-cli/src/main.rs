//! `pko`: the command-line front end of the pko crates.
//!
//! Exit status: 0 permitted (or success, or no problem found); 1 not
//! permitted (or problems found); 2 undetermined; 64 bad command line; 65
//! bad input data; 66 an input that cannot be read; 74 the output cannot be
//! written (a closed pipe, as in `pko … | head`, ends quietly).
//!
//! - `args`: what clap parses;
//! - `input`: reading files and standard input, and the failures;
//! - `output`: writing the answers, as text or JSON, as they are made;
//! - `commands`: one module per crate the commands front.

mod args;
mod commands;
mod input;
mod output;

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage(&e),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = commands::run(cli, &mut out).and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    match result {
        Ok(code) => code,
        Err(f) => f.exit(),
    }
}

/// `--help` and `--version` (success), or a bad command line (64), in one
/// line on standard error.
#[expect(
    clippy::print_stderr,
    reason = "a command-line tool reports errors on standard error"
)]
fn usage(e: &clap::Error) -> ExitCode {
    if !e.use_stderr() {
        // --help and --version print to standard output and succeed; a
        // closed pipe there is not an error of ours.
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    // One line: clap's message up to its usage block, joined.
    let rendered = e.render().to_string();
    let message: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.is_empty())
        .collect();
    eprintln!("pko: {}", message.join(" ").trim_start_matches("error: "));
    ExitCode::from(64)
}
