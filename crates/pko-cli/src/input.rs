//! Reading the inputs (files, or standard input for `-`), and the
//! failures a command ends with, each with its exit status.

use std::io::{self, Read};
use std::process::ExitCode;

use chrono::NaiveDate;
use pko::contributions::LoadProblem;
use pko::contributions::personnel::{self, LoadMode};
use pko::core::Source;
use pko::principles::{Assumptions, Deployment, Options};

use crate::args::AssumeArgs;

/// A failure, with its exit status.
#[derive(Debug)]
pub(crate) enum Failure {
    /// A bad command line (64).
    Usage(String),
    /// Bad input data (65).
    Data(String),
    /// An input that cannot be read (66).
    Unreadable(String),
    /// The output cannot be written (74); a closed pipe ends quietly.
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Self::Output(e)
    }
}

impl Failure {
    /// The exit status, after reporting the failure on standard error.
    #[expect(
        clippy::print_stderr,
        reason = "a command-line tool reports errors on standard error"
    )]
    pub(crate) fn exit(self) -> ExitCode {
        let (message, code) = match self {
            Self::Usage(m) => (m, 64),
            Self::Data(m) => (m, 65),
            Self::Unreadable(m) => (m, 66),
            // `pko … | head`: the reader has what it wanted.
            Self::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                return ExitCode::SUCCESS;
            }
            Self::Output(e) => (format!("cannot write the output: {e}"), 74),
        };
        eprintln!("pko: {message}");
        ExitCode::from(code)
    }
}

/// A failure of the data in `path`.
pub(crate) fn data_error(path: &str, e: &impl std::fmt::Display) -> Failure {
    Failure::Data(format!("{}: {e}", name(path)))
}

/// The name a path is reported under: `<stdin>` for `-`.
pub(crate) fn name(path: &str) -> &str {
    if path == "-" { "<stdin>" } else { path }
}

/// Reads a file, or standard input for `-`.
pub(crate) fn read(path: &str) -> Result<String, Failure> {
    if path == "-" {
        let mut s = String::new();
        io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Failure::Unreadable(format!("standard input: {e}")))?;
        return Ok(s);
    }
    std::fs::read_to_string(path).map_err(|e| Failure::Unreadable(format!("{path}: {e}")))
}

/// Parses JSON, reporting `file:line:column: message` on error.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(
    path: &str,
    text: &str,
) -> Result<T, Failure> {
    serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let message = full
            .rsplit_once(" at line ")
            .map_or(full.as_str(), |(m, _)| m);
        Failure::Data(format!(
            "{}:{}:{}: {message}",
            name(path),
            e.line(),
            e.column()
        ))
    })
}

/// The JSON file at `path`, read and parsed.
pub(crate) fn json_file<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, Failure> {
    parse_json(path, &read(path)?)
}

/// A deployment's facts.
pub(crate) fn deployment(path: &str) -> Result<Deployment, Failure> {
    json_file(path)
}

/// The options the command line sets: the assumptions file, then each
/// `--assume`.
pub(crate) fn options(args: &AssumeArgs) -> Result<Options, Failure> {
    let mut assumptions: Assumptions = match &args.assumptions {
        Some(path) => json_file(path)?,
        None => Assumptions::default(),
    };
    assumptions
        .set_all(args.assume.iter().map(String::as_str))
        .map_err(|e| Failure::Usage(format!("--assume: {e}")))?;
    Ok(Options::from(assumptions))
}

/// Loads a personnel file, or standard input for `-`, as it is read, on
/// every core.
pub(crate) fn load_personnel(path: &str, mode: LoadMode) -> Result<personnel::Loaded, Failure> {
    let loaded = if path == "-" {
        personnel::load_parallel(io::stdin(), name(path), mode)
    } else {
        let file =
            std::fs::File::open(path).map_err(|e| Failure::Unreadable(format!("{path}: {e}")))?;
        personnel::load_parallel(file, path, mode)
    };
    loaded.map_err(|e| {
        let unreadable = e
            .as_load()
            .is_some_and(|l| matches!(l.problem(), LoadProblem::Io { .. }));
        if unreadable {
            Failure::Unreadable(e.to_string())
        } else {
            Failure::Data(e.to_string())
        }
    })
}

/// The personnel data of `--file`, or the shipped IPI data, with their
/// source.
pub(crate) fn personnel_data(
    file: Option<&str>,
) -> Result<(personnel::Personnel, Source), Failure> {
    match file {
        Some(file) => {
            let loaded = load_personnel(file, LoadMode::Strict)?;
            let source = loaded.format().source();
            Ok((loaded.into_personnel(), source))
        }
        None => Ok((
            personnel::ipi_embedded().map_err(|e| Failure::Data(e.to_string()))?,
            personnel::Format::Ipi.source(),
        )),
    }
}

/// Today, from the system clock: the only place in pko that reads it, for
/// the default of `--as-of`.
pub(crate) fn today() -> Result<NaiveDate, Failure> {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_secs()).ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map(|t| t.date_naive())
        .ok_or_else(|| {
            Failure::Usage(
                "the system clock is not a day pko can read: give the day with --as-of".to_owned(),
            )
        })
}
