//! `pko`: the command-line front end of the pko crates.
//!
//! Exit status: 0 permitted (or success, or no problem found); 1 not
//! permitted (or problems found); 2 undetermined; 64 bad command line; 65
//! bad input data; 66 an input that cannot be read.
#![expect(
    clippy::print_stderr,
    reason = "a command-line tool reports errors on standard error"
)]

use std::fmt::Write as _;
use std::io::{Read, Write as _};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use pko::contributions::personnel::{self, CategorySet, LoadMode};
use pko::contributions::{ContributorRank, audit};
use pko::core::{CountryCode, Source, YearMonth};
use pko::institute::{Charter, CouncilProposal};
use pko::principles::{
    self, Assumption, Assumptions, Deployment, Event, GracePeriod, Interface, Law, Options, Reform,
    Regime, Verdict, in_kind,
};

/// Appends a line to the output buffer (writing to a `String` cannot fail).
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {{
        let _ = writeln!($out, $($arg)*);
    }};
}

/// Appends to the output buffer.
macro_rules! outp {
    ($out:expr, $($arg:tt)*) => {{
        let _ = write!($out, $($arg)*);
    }};
}

#[derive(Debug, Parser)]
#[command(
    name = "pko",
    version,
    about = "Japan's participation in UN peace operations, as code",
    long_about = "Assess a deployment against Japan's five principles under the law of a given date, rank UN contributions, audit the 2015 speech, and check the rules of the proposed Asian Institute for Peace Operations.\n\nInputs are files, or `-` for standard input. Exit status: 0 permitted / success / no problem; 1 not permitted / problems found; 2 undetermined; 64 bad command line; 65 bad input data; 66 input not readable."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// The open readings of the law, set on the command line.
#[derive(Debug, Clone, Default, Args)]
struct AssumeArgs {
    /// Set an open reading of the law where the sources are silent, as
    /// NAME=VALUE (repeatable; see `pko assumptions` for the names and
    /// values). Applied after `--assumptions`.
    #[arg(long = "assume", value_name = "NAME=VALUE")]
    assume: Vec<String>,
    /// Read the open readings from a JSON file (`{"diet_approval_2015_tasks":
    /// "no", ...}`; `-` for standard input).
    #[arg(long, value_name = "FILE")]
    assumptions: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Assess a deployment (JSON facts) under the law in force on a date.
    Assess {
        /// The deployment's facts, as JSON (`-` for standard input).
        file: String,
        /// The date to apply the law as of (YYYY-MM-DD); default: today.
        #[arg(long, value_parser = date)]
        as_of: Option<NaiveDate>,
        /// Apply a reform (JSON, see `examples/data/reform-*.json`) to the
        /// law in force on that date; every finding it changed says so.
        #[arg(long, value_name = "FILE")]
        reform: Option<String>,
        #[command(flatten)]
        assume: AssumeArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// What a reform would change: each deployment whose assessment differs
    /// under the law of the day with the reform applied, finding by finding,
    /// with the change that did it. Exit status 0 if nothing changes, 1 if
    /// something does.
    Reform {
        /// The reform, as JSON (`-` for standard input).
        file: String,
        /// The day (YYYY-MM-DD) for `--facts`.
        #[arg(long, value_parser = date, required_unless_present = "history")]
        on: Option<NaiveDate>,
        /// The deployment's facts, as JSON.
        #[arg(
            long,
            value_name = "FILE",
            conflicts_with = "history",
            required_unless_present = "history"
        )]
        facts: Option<String>,
        /// Japan's dispatches since 1992, each on its first and last day
        /// under the law of that day.
        #[arg(long)]
        history: bool,
        #[command(flatten)]
        assume: AssumeArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// List the open readings of the law (the assumptions `--assume` sets),
    /// with their values, defaults and why the sources leave them open.
    Assumptions,
    /// The maximal spans of days that share one verdict ("when was it
    /// lawful?"), each with the findings that changed at its start.
    Periods {
        /// The deployment's facts, as JSON (`-` for standard input).
        file: String,
        /// The first day (YYYY-MM-DD).
        #[arg(long, value_parser = date)]
        from: NaiveDate,
        /// The last day, included (YYYY-MM-DD).
        #[arg(long, value_parser = date)]
        to: NaiveDate,
        #[command(flatten)]
        assume: AssumeArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Check a contribution in kind (goods given to the UN or another
    /// organisation for an operation) under the law in force on a day.
    InKind {
        /// The transfer's facts, as JSON (`-` for standard input), or
        /// `ammunition-2013` for the December 2013 case.
        file: String,
        /// The day (YYYY-MM-DD).
        #[arg(long, value_parser = date)]
        on: NaiveDate,
        #[command(flatten)]
        assume: AssumeArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Japan's dispatches since 1992, each replayed on its first and last
    /// day under the law of that day.
    History {
        #[command(flatten)]
        assume: AssumeArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Assess the same facts on two dates and show what changed.
    Compare {
        /// The deployment's facts, as JSON (`-` for standard input).
        file: String,
        /// The first date (YYYY-MM-DD).
        #[arg(long, value_parser = date)]
        from: NaiveDate,
        /// The second date (YYYY-MM-DD).
        #[arg(long, value_parser = date)]
        to: NaiveDate,
        #[command(flatten)]
        assume: AssumeArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Compute the suspension, resumption and termination dates of an
    /// ongoing deployment from dated events (principle 4).
    Monitor {
        /// The deployment's facts, as JSON (names the parties events may name).
        file: String,
        /// The events, as a JSON list.
        events: String,
        /// Days allowed for the principles to be restored before the
        /// dispatch is terminated (the statute sets none); the same as
        /// `--assume grace_period_days=N`.
        #[arg(long)]
        grace_days: Option<u32>,
        #[command(flatten)]
        assume: AssumeArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the JSON Schema of an input file or an answer (`--list`
    /// lists them).
    Schema {
        /// The schema's name (`deployment`, `assessment`, ...).
        #[arg(required_unless_present = "list", conflicts_with = "list")]
        name: Option<String>,
        /// List the schemas, one a line: name, input or output, summary.
        #[arg(long)]
        list: bool,
    },
    /// Print the regime in force on a date and the five principles.
    Law {
        /// The date (YYYY-MM-DD).
        #[arg(long, value_parser = date)]
        as_of: NaiveDate,
    },
    /// Financial and personnel contributions.
    Contributions {
        #[command(subcommand)]
        command: ContributionsCommand,
    },
    /// The proposed Asian Institute for Peace Operations.
    Institute {
        #[command(subcommand)]
        command: InstituteCommand,
    },
    /// Serve the JSON API (and its OpenAPI document at /openapi.json) over
    /// HTTP until interrupted, logging one line per request to standard
    /// error.
    Serve {
        /// The address to listen on; loopback unless you say otherwise.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// The largest JSON body accepted, in bytes.
        #[arg(long, default_value_t = pko_server::Config::default().json_limit)]
        json_limit: usize,
        /// The largest CSV body accepted, in bytes.
        #[arg(long, default_value_t = pko_server::Config::default().csv_limit)]
        csv_limit: usize,
        /// Seconds a request may take before it is answered 503.
        #[arg(long, default_value_t = pko_server::Config::default().timeout.as_secs())]
        timeout_secs: u64,
        /// Requests served at once; more wait their turn.
        #[arg(long, default_value_t = pko_server::Config::default().concurrency)]
        concurrency: usize,
        /// CSV uploads read and ranked at once (each may hold up to
        /// --csv-limit bytes); more wait their turn.
        #[arg(long, default_value_t = pko_server::Config::default().uploads)]
        uploads: usize,
    },
}

#[derive(Debug, Subcommand)]
enum ContributionsCommand {
    /// Rank contributors of uniformed personnel in a month, from a UN
    /// open-data or IPI CSV file (the format is detected).
    Rank {
        /// The CSV file (`-` for standard input).
        file: String,
        /// The month (YYYY-MM).
        #[arg(long, value_parser = month)]
        month: YearMonth,
        /// Show the top N, keeping ties at the cut.
        #[arg(long)]
        top: Option<usize>,
        /// Set bad rows aside (reported on standard error) instead of
        /// stopping at the first.
        #[arg(long)]
        lenient: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// A contributor's share of women per month against the UN's parity
    /// targets, from the shipped IPI data or a UN open-data or IPI CSV file.
    Women {
        /// The contributor, as an ISO code (JPN).
        #[arg(long, value_parser = country)]
        country: CountryCode,
        /// The first month (YYYY-MM), inclusive.
        #[arg(long, value_parser = month)]
        from: Option<YearMonth>,
        /// The last month (YYYY-MM), inclusive.
        #[arg(long, value_parser = month)]
        to: Option<YearMonth>,
        /// A CSV file (`-` for standard input) instead of the shipped IPI
        /// data of 2009-2014.
        #[arg(long)]
        file: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Draw a contributor's uniformed personnel per month by category, and
    /// the share of women against the UN's parity targets, as SVG charts.
    Chart {
        /// The contributor, as an ISO code (JPN).
        #[arg(long, value_parser = country)]
        country: CountryCode,
        /// The first month (YYYY-MM), inclusive; default the data's first.
        #[arg(long, value_parser = month)]
        from: Option<YearMonth>,
        /// The last month (YYYY-MM), inclusive; default the data's last.
        #[arg(long, value_parser = month)]
        to: Option<YearMonth>,
        /// A CSV file (`-` for standard input) instead of the shipped IPI
        /// data of 2009-2014.
        #[arg(long)]
        file: Option<String>,
        /// Where to write the personnel chart; the women's-share chart goes
        /// beside it, with `-women` before the extension.
        #[arg(long, default_value = "personnel.svg")]
        out: std::path::PathBuf,
    },
    /// Audit the figures of the 2015 speech against each other, other
    /// sources and the UN's regular-budget scale.
    Audit {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Debug, Subcommand)]
enum InstituteCommand {
    /// Generate the Director's rotation schedule.
    Rotation {
        /// Member states in rotation order, as ISO codes (JPN,CHN,KOR).
        #[arg(long, value_delimiter = ',', value_parser = country)]
        members: Vec<CountryCode>,
        /// The first day of the first term (YYYY-MM-DD).
        #[arg(long, value_parser = date)]
        start: NaiveDate,
        /// How many terms.
        #[arg(long)]
        terms: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Check a Governing Council roster (JSON with `members`, `ngo_seats`, `seats`).
    CheckCouncil {
        /// The roster (`-` for standard input).
        file: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

fn date(s: &str) -> Result<NaiveDate, String> {
    pko::core::parse_date(s).map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

fn month(s: &str) -> Result<YearMonth, String> {
    s.parse().map_err(|e: pko::core::Error| e.to_string())
}

fn country(s: &str) -> Result<CountryCode, String> {
    s.parse().map_err(|e: pko::core::Error| e.to_string())
}

/// A failure, with its exit status.
#[derive(Debug)]
enum Failure {
    /// A bad command line (64).
    Usage(String),
    /// Bad input data (65).
    Data(String),
    /// An input that cannot be read (66).
    Unreadable(String),
}

impl Failure {
    fn exit(self) -> ExitCode {
        let (message, code) = match self {
            Self::Usage(m) => (m, 64),
            Self::Data(m) => (m, 65),
            Self::Unreadable(m) => (m, 66),
        };
        eprintln!("pko: {message}");
        ExitCode::from(code)
    }
}

/// Reads a file, or standard input for `-`.
fn read(path: &str) -> Result<String, Failure> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Failure::Unreadable(format!("standard input: {e}")))?;
        return Ok(s);
    }
    std::fs::read_to_string(path).map_err(|e| Failure::Unreadable(format!("{path}: {e}")))
}

/// Loads a personnel file, or standard input for `-`, as it is read, on
/// every core.
fn load_personnel(path: &str, mode: LoadMode) -> Result<personnel::Loaded, Failure> {
    let loaded = if path == "-" {
        personnel::load_parallel(std::io::stdin(), name(path), mode)
    } else {
        let file =
            std::fs::File::open(path).map_err(|e| Failure::Unreadable(format!("{path}: {e}")))?;
        personnel::load_parallel(file, path, mode)
    };
    loaded.map_err(|e| {
        let unreadable = e
            .as_load()
            .is_some_and(|l| matches!(l.problem(), pko::contributions::LoadProblem::Io { .. }));
        if unreadable {
            Failure::Unreadable(e.to_string())
        } else {
            Failure::Data(e.to_string())
        }
    })
}

fn name(path: &str) -> &str {
    if path == "-" { "<stdin>" } else { path }
}

/// Parses JSON, reporting `file:line:column: message` on error.
fn parse_json<T: serde::de::DeserializeOwned>(path: &str, text: &str) -> Result<T, Failure> {
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

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map_err(|e| Failure::Data(format!("cannot write JSON: {e}")))
}

/// Today, from the system clock: the only place in pko that reads it, for
/// the default of `--as-of`.
fn today() -> NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    pko::core::date(1970, 1, 1)
        .checked_add_days(chrono::Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// `pko periods`: the spans of one verdict.
fn periods(
    file: &str,
    from: NaiveDate,
    to: NaiveDate,
    options: &Options,
    format: Format,
    out: &mut String,
) -> Result<ExitCode, Failure> {
    let d = deployment(file)?;
    let p = options
        .periods(&d, from, to)
        .map_err(|e| data_error(file, &e))?;
    match format {
        Format::Text => {
            for period in &p {
                outln!(out, "{period}");
            }
        }
        Format::Json => outln!(out, "{}", to_json(&p)?),
    }
    Ok(ExitCode::SUCCESS)
}

/// `pko assess`: the assessment under the law of the day, or under it
/// with a reform applied.
fn assess(
    file: &str,
    as_of: Option<NaiveDate>,
    reform: Option<&str>,
    options: &Options,
    format: Format,
    out: &mut String,
) -> Result<ExitCode, Failure> {
    let d = deployment(file)?;
    let as_of = as_of.unwrap_or_else(today);
    let a = match reform {
        None => options.assess(&d, as_of),
        Some(path) => {
            let law = reformed_law(path, as_of)?;
            options.assess_under(&law, &d, as_of)
        }
    }
    .map_err(|e| data_error(file, &e))?;
    match format {
        Format::Text => outp!(out, "{}", a.report(Interface::CommandLine)),
        Format::Json => outln!(out, "{}", to_json(&a)?),
    }
    Ok(verdict_code(a.verdict()))
}

/// `pko reform`: what a reform would change, for one deployment or the
/// record.
fn reform(
    file: &str,
    on: Option<NaiveDate>,
    facts: Option<&str>,
    history: bool,
    options: &Options,
    format: Format,
    out: &mut String,
) -> Result<ExitCode, Failure> {
    let r: Reform = parse_json(file, &read(file)?)?;
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
    match format {
        Format::Text => {
            outln!(out, "Reform: {} ({})", r.name(), r.source());
            outp!(out, "{impact}");
        }
        Format::Json => outln!(out, "{}", to_json(&impact)?),
    }
    Ok(if impact.changed() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The law in force on `day` with the reform in `path` applied; a change
/// that changes nothing is reported on standard error.
fn reformed_law(path: &str, day: NaiveDate) -> Result<Law, Failure> {
    let r: Reform = parse_json(path, &read(path)?)?;
    let baseline = Law::in_force_on(day).map_err(|e| data_error(path, &e))?;
    with_reform(baseline, &r, path)
}

fn with_reform(baseline: &Law, r: &Reform, path: &str) -> Result<Law, Failure> {
    let law = baseline.with(r).map_err(|e| data_error(path, &e))?;
    for w in law.warnings() {
        eprintln!("pko: warning: {}: {w}", name(path));
    }
    Ok(law)
}

fn deployment(path: &str) -> Result<Deployment, Failure> {
    parse_json(path, &read(path)?)
}

/// The options the command line sets: the assumptions file, then each
/// `--assume`.
fn options(args: &AssumeArgs) -> Result<Options, Failure> {
    let mut assumptions: Assumptions = match &args.assumptions {
        Some(path) => parse_json(path, &read(path)?)?,
        None => Assumptions::default(),
    };
    assumptions
        .set_all(args.assume.iter().map(String::as_str))
        .map_err(|e| Failure::Usage(format!("--assume: {e}")))?;
    Ok(Options::from(assumptions))
}

/// `pko assumptions`: the open readings, their values and defaults.
fn list_assumptions(out: &mut String) -> ExitCode {
    let defaults = Assumptions::default();
    for &a in Assumption::ALL {
        outln!(out, "{} (default: {})", a.name(), defaults.value(a));
        outln!(out, "  {}", a.question());
        outln!(out, "  values: {}", a.values().join(", "));
        outln!(out, "  open because {}", a.why());
    }
    outln!(
        out,
        "\nSet one with --assume NAME=VALUE, or several with --assumptions FILE.json."
    );
    ExitCode::SUCCESS
}

/// `pko schema NAME` and `pko schema --list`.
fn schema(name: Option<&str>, list: bool, out: &mut String) -> Result<ExitCode, Failure> {
    use pko::schema::CATALOG;
    if list {
        let width = CATALOG.iter().map(|e| e.name().len()).max().unwrap_or(0);
        for e in CATALOG {
            outln!(
                out,
                "{:width$}  {:6}  {}",
                e.name(),
                e.direction().as_str(),
                e.summary()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let name = name.unwrap_or_default();
    let entry = pko::schema::get(name).ok_or_else(|| {
        let names: Vec<&str> = CATALOG.iter().map(pko::schema::Entry::name).collect();
        Failure::Usage(format!(
            "no schema `{name}`: one of {} (`pko schema --list`)",
            names.join(", ")
        ))
    })?;
    outln!(out, "{}", to_json(&entry.schema())?);
    Ok(ExitCode::SUCCESS)
}

fn verdict_code(v: Verdict) -> ExitCode {
    ExitCode::from(match v {
        Verdict::Permitted => 0,
        Verdict::NotPermitted => 1,
        Verdict::Undetermined => 2,
    })
}

fn data_error(path: &str, e: &impl std::fmt::Display) -> Failure {
    Failure::Data(format!("{}: {e}", name(path)))
}

/// `pko history`: the replay of Japan's dispatches as a table or JSON.
fn history(options: &Options, format: Format, out: &mut String) -> Result<ExitCode, Failure> {
    let replays = options.replay().map_err(|e| Failure::Data(e.to_string()))?;
    match format {
        Format::Text => {
            outln!(
                out,
                "{:<30} {:<10} {:<28} {:<11} {:<13} {:<11} {:<13}",
                "dispatch",
                "mission",
                "who",
                "first day",
                "verdict",
                "last day",
                "verdict"
            );
            for r in &replays {
                let d = r.dispatch();
                let (last, last_verdict) = r.last().map_or_else(
                    || ("ongoing".to_owned(), "-".to_owned()),
                    |a| (a.as_of().to_string(), a.verdict().to_string()),
                );
                outln!(
                    out,
                    "{:<30} {:<10} {:<28} {:<11} {:<13} {:<11} {:<13}",
                    d.id(),
                    d.mission().as_str(),
                    d.contingent().to_string(),
                    r.first().as_of().to_string(),
                    r.first().verdict().to_string(),
                    last,
                    last_verdict
                );
            }
        }
        Format::Json => outln!(out, "{}", to_json(&replays)?),
    }
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli, out: &mut String) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Assess {
            file,
            as_of,
            reform,
            assume,
            format,
        } => assess(
            &file,
            as_of,
            reform.as_deref(),
            &options(&assume)?,
            format,
            out,
        ),
        Command::Assumptions => Ok(list_assumptions(out)),
        Command::Reform {
            file,
            on,
            facts,
            history,
            assume,
            format,
        } => reform(
            &file,
            on,
            facts.as_deref(),
            history,
            &options(&assume)?,
            format,
            out,
        ),
        Command::Periods {
            file,
            from,
            to,
            assume,
            format,
        } => periods(&file, from, to, &options(&assume)?, format, out),
        Command::History { assume, format } => history(&options(&assume)?, format, out),
        Command::InKind {
            file,
            on,
            assume,
            format,
        } => in_kind(&file, on, &assume, format, out),
        Command::Compare {
            file,
            from,
            to,
            assume,
            format,
        } => {
            let options = options(&assume)?;
            let d = deployment(&file)?;
            let c = options
                .compare(&d, from, to)
                .map_err(|e| data_error(&file, &e))?;
            match format {
                Format::Text => outp!(out, "{}", c.report(Interface::CommandLine)),
                Format::Json => outln!(out, "{}", to_json(&c)?),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Monitor {
            file,
            events,
            grace_days,
            assume,
            format,
        } => monitor(&file, &events, grace_days, &assume, format, out),
        Command::Law { as_of } => law(as_of, out),
        Command::Schema { name, list } => schema(name.as_deref(), list, out),
        Command::Contributions { command } => contributions(command, out),
        Command::Institute { command } => institute(command, out),
        Command::Serve {
            addr,
            json_limit,
            csv_limit,
            timeout_secs,
            concurrency,
            uploads,
        } => serve(
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

/// `pko in-kind`: a contribution in kind (a file, or the 2013 case).
fn in_kind(
    file: &str,
    on: NaiveDate,
    assume: &AssumeArgs,
    format: Format,
    out: &mut String,
) -> Result<ExitCode, Failure> {
    let options = options(assume)?;
    let transfer: in_kind::Transfer = if file == "ammunition-2013" {
        in_kind::ammunition_2013()
    } else {
        parse_json(file, &read(file)?)?
    };
    let a = options
        .assess_transfer(&transfer, on)
        .map_err(|e| data_error(file, &e))?;
    match format {
        Format::Text => outp!(out, "{a}"),
        Format::Json => outln!(out, "{}", to_json(&a)?),
    }
    Ok(verdict_code(a.verdict()))
}

/// `pko monitor`: principle 4 over a file of events.
fn monitor(
    file: &str,
    events: &str,
    grace_days: Option<u32>,
    assume: &AssumeArgs,
    format: Format,
    out: &mut String,
) -> Result<ExitCode, Failure> {
    let mut options = options(assume)?;
    if let Some(days) = grace_days {
        options.assumptions = options
            .assumptions
            .with_grace_period_days(Some(GracePeriod::days(days)));
    }
    let d = deployment(file)?;
    let e: Vec<Event> = parse_json(events, &read(events)?)?;
    principles::check_events(&d, &e).map_err(|err| data_error(events, &err))?;
    let t = options.monitor(&e).map_err(|err| {
        Failure::Usage(format!(
            "{err}: pass --grace-days N or --assume grace_period_days=N"
        ))
    })?;
    match format {
        Format::Text => outp!(out, "{t}"),
        Format::Json => outln!(out, "{}", to_json(&t)?),
    }
    Ok(ExitCode::SUCCESS)
}

/// `pko law`: the Act in force on a day and its five principles.
fn law(as_of: NaiveDate, out: &mut String) -> Result<ExitCode, Failure> {
    let regime = Regime::in_force_on(as_of).map_err(|e| Failure::Data(e.to_string()))?;
    outln!(out, "On {as_of}: {regime}, in force {}", regime.period());
    for c in regime.changes() {
        outln!(out, "  - {c}");
    }
    outln!(out, "\nThe five principles:");
    for p in regime.principles() {
        outln!(out, "  {}. {}", p.principle().number(), p.english());
        outln!(out, "     articles: {}", p.articles().join(", "));
        if let Some(j) = p.japanese() {
            outln!(out, "     {j}");
        }
        if let Some(n) = p.note() {
            outln!(out, "     note: {n}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `pko serve`: the HTTP API until Ctrl-C.
fn serve(addr: std::net::SocketAddr, config: pko_server::Config) -> Result<ExitCode, Failure> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = tokio::runtime::Runtime::new()
        .map_err(|e| Failure::Unreadable(format!("cannot start the server: {e}")))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| Failure::Unreadable(format!("cannot listen on {addr}: {e}")))?;
        let local = listener
            .local_addr()
            .map_err(|e| Failure::Unreadable(format!("cannot listen on {addr}: {e}")))?;
        tracing::info!(
            "pko serving http://{local}/ (the API under /v1, its OpenAPI document at /openapi.json)"
        );
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        pko_server::serve(listener, config, shutdown)
            .await
            .map_err(|e| Failure::Unreadable(format!("the server stopped: {e}")))
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `pko contributions women`.
/// The personnel data of `--file`, or the shipped IPI data, with their
/// source.
fn personnel_data(file: Option<&str>) -> Result<(personnel::Personnel, Source), Failure> {
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

/// `pko contributions chart`: the two SVG charts, written to files.
fn chart(
    country: CountryCode,
    from: Option<YearMonth>,
    to: Option<YearMonth>,
    file: Option<&str>,
    out_path: &std::path::Path,
    out: &mut String,
) -> Result<ExitCode, Failure> {
    use pko_server::charts;
    let (data, source) = personnel_data(file)?;
    let (Some(first), Some(last)) = (data.months().next(), data.latest_month()) else {
        return Err(Failure::Data("the data hold no month".to_owned()));
    };
    let span = charts::Span::new(country, from.unwrap_or(first), to.unwrap_or(last))
        .map_err(|e| Failure::Data(e.to_string()))?;
    let personnel_chart =
        charts::personnel(&data, &span, &source).map_err(|e| Failure::Data(e.to_string()))?;
    let women_chart = charts::women(&data, &span, &personnel::parity_targets(), &source)
        .map_err(|e| Failure::Data(e.to_string()))?;
    let stem = out_path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("personnel");
    let extension = out_path
        .extension()
        .and_then(|s| s.to_str())
        .unwrap_or("svg");
    let women_path = out_path.with_file_name(format!("{stem}-women.{extension}"));
    for (path, chart) in [
        (out_path, &personnel_chart),
        (women_path.as_path(), &women_chart),
    ] {
        std::fs::write(path, &chart.svg)
            .map_err(|e| Failure::Unreadable(format!("cannot write {}: {e}", path.display())))?;
        outln!(out, "{}: {}", path.display(), chart.title);
        outln!(out, "  {}", chart.description);
    }
    Ok(ExitCode::SUCCESS)
}

fn women(
    country: CountryCode,
    from: Option<YearMonth>,
    to: Option<YearMonth>,
    file: Option<&str>,
    format: Format,
    out: &mut String,
) -> Result<ExitCode, Failure> {
    let (data, source) = personnel_data(file)?;
    let targets = personnel::parity_targets();
    let checks = data.female_shares_of(country, from, to, &targets);
    match format {
        Format::Text => {
            outln!(
                out,
                "Women among {country}'s uniformed personnel against the UN parity targets ({source})"
            );
            if checks.is_empty() {
                outln!(out, "no records for {country} in the months asked for");
            }
            let mut last = None;
            for c in &checks {
                if last != Some(c.month()) {
                    let by: Vec<String> = data
                        .contributor_by_category(country, c.month())
                        .into_iter()
                        .filter(|(_, n)| n.total() > 0)
                        .map(|(category, n)| {
                            let share = n
                                .female_share()
                                .map_or_else(|| "n/a".to_owned(), |p| p.to_string());
                            format!("{category} {} of {} ({share})", n.female, n.total())
                        })
                        .collect();
                    outln!(out, "{}: women by category: {}", c.month(), by.join("; "));
                    last = Some(c.month());
                }
                outln!(out, "  {c}");
            }
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = checks
                .iter()
                .map(|c| {
                    serde_json::json!({
                        "month": c.month(),
                        "target": c.target(),
                        "count": c.count(),
                        "share": c.share(),
                        "meets": c.meets(),
                    })
                })
                .collect();
            outln!(out, "{}", to_json(&rows)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn contributions(command: ContributionsCommand, out: &mut String) -> Result<ExitCode, Failure> {
    match command {
        ContributionsCommand::Rank {
            file,
            month,
            top,
            lenient,
            format,
        } => {
            let mode = if lenient {
                LoadMode::Lenient
            } else {
                LoadMode::Strict
            };
            let loaded = load_personnel(&file, mode)?;
            for r in loaded.rejected() {
                eprintln!("pko: rejected: {r}");
            }
            let ranking = loaded.personnel().ranking(month, CategorySet::ALL);
            let shown = match top {
                Some(n) => ranking.top(n),
                None => ranking.entries(),
            };
            match format {
                Format::Text => {
                    outln!(
                        out,
                        "Uniformed personnel by contributor, {month} ({}; {} rows, {} rejected)",
                        loaded.format(),
                        loaded.rows(),
                        loaded.rejected().len()
                    );
                    for e in shown {
                        let c = e.key();
                        outln!(
                            out,
                            "{:>4}. {} {:<40} {:>7}",
                            e.rank(),
                            c,
                            c.un_name().unwrap_or(c.iso_name()),
                            e.value()
                        );
                    }
                }
                Format::Json => {
                    outln!(out, "{}", to_json(&ContributorRank::rows(shown))?);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ContributionsCommand::Chart {
            country,
            from,
            to,
            file,
            out: path,
        } => chart(country, from, to, file.as_deref(), &path, out),
        ContributionsCommand::Women {
            country,
            from,
            to,
            file,
            format,
        } => women(country, from, to, file.as_deref(), format, out),
        ContributionsCommand::Audit { format } => {
            let findings = audit::audit_embedded().map_err(|e| Failure::Data(e.to_string()))?;
            match format {
                Format::Text => {
                    let bad = findings.iter().filter(|f| !f.consistent()).count();
                    outln!(
                        out,
                        "Audit of the 2015 speech: {} checks, {bad} inconsistent",
                        findings.len()
                    );
                    for f in &findings {
                        outln!(out, "{f}");
                    }
                }
                Format::Json => outln!(out, "{}", to_json(&findings)?),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn institute(command: InstituteCommand, out: &mut String) -> Result<ExitCode, Failure> {
    match command {
        InstituteCommand::Rotation {
            members,
            start,
            terms,
            format,
        } => {
            let charter = Charter::proposed(&members).map_err(|e| Failure::Data(e.to_string()))?;
            let schedule = pko::institute::rotation(&charter, &members, start, terms)
                .map_err(|e| Failure::Data(e.to_string()))?;
            match format {
                Format::Text => {
                    for t in &schedule {
                        outln!(out, "{t}");
                    }
                }
                Format::Json => outln!(out, "{}", to_json(&schedule)?),
            }
            Ok(ExitCode::SUCCESS)
        }
        InstituteCommand::CheckCouncil { file, format } => {
            let roster: CouncilProposal = parse_json(&file, &read(&file)?)?;
            let charter = roster.charter().map_err(|e| data_error(&file, &e))?;
            let problems = pko::institute::validate_council(&charter, &roster.seats);
            match format {
                Format::Text => {
                    outln!(
                        out,
                        "Governing Council: {} seats proposed, {} provided by the charter; {} problems",
                        roster.seats.len(),
                        charter.council_seats(),
                        problems.len()
                    );
                    for p in &problems {
                        outln!(out, "  - {p}");
                    }
                }
                Format::Json => outln!(out, "{}", to_json(&problems)?),
            }
            Ok(if problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version print to standard output and succeed.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // One line: clap's message up to its usage block, joined.
            let rendered = e.render().to_string();
            let message: Vec<&str> = rendered
                .lines()
                .map(str::trim)
                .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
                .filter(|l| !l.is_empty())
                .collect();
            eprintln!("pko: {}", message.join(" ").trim_start_matches("error: "));
            return ExitCode::from(64);
        }
    };
    let mut out = String::new();
    let result = run(cli, &mut out);
    // A closed pipe (`pko … | head`) is not an error of ours.
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush());
    match result {
        Ok(code) => code,
        Err(f) => f.exit(),
    }
}
