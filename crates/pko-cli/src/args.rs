//! The command line: what clap parses.

use chrono::NaiveDate;
use clap::builder::TypedValueParser;
use clap::{Args, Parser, Subcommand, ValueEnum};
use pko::contributions::personnel::LoadMode;
use pko::core::{CountryCode, YearMonth};

#[derive(Debug, Parser)]
#[command(
    name = "pko",
    version,
    about = "Japan's participation in UN peace operations, as code",
    long_about = "Assess a deployment against Japan's five principles under the law of a given date, rank UN contributions, audit the 2015 speech, and check the rules of the proposed Asian Institute for Peace Operations.\n\nInputs are files, or `-` for standard input. Exit status: 0 permitted / success / no problem; 1 not permitted / problems found; 2 undetermined; 64 bad command line; 65 bad input data; 66 input not readable."
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

/// The open readings of the law, set on the command line.
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct AssumeArgs {
    /// Set an open reading of the law where the sources are silent, as
    /// NAME=VALUE (repeatable; see `pko assumptions` for the names and
    /// values). Applied after `--assumptions`.
    #[arg(long = "assume", value_name = "NAME=VALUE")]
    pub(crate) assume: Vec<String>,
    /// Read the open readings from a JSON file (`{"diet_approval_2015_tasks":
    /// "no", ...}`; `-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub(crate) assumptions: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
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
        /// The transfer's facts, as JSON (`-` for standard input).
        #[arg(required_unless_present = "case", conflicts_with = "case")]
        file: Option<String>,
        /// A transfer of the record instead of a file.
        #[arg(long, value_enum)]
        case: Option<InKindCase>,
        /// The day (YYYY-MM-DD).
        #[arg(long, value_parser = date)]
        on: NaiveDate,
        #[command(flatten)]
        assume: AssumeArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Check a joint deployment (one operation, Japan's facts and the
    /// partners' contingents, as JSON) under each participant's rules and the
    /// UN's principles. Exit status as `assess`, for the whole.
    Joint {
        /// The joint deployment, as JSON (`-` for standard input).
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
pub(crate) enum ContributionsCommand {
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
        /// What to do with a bad row: stop at the first (strict), or set
        /// it aside, report it on standard error and go on (lenient).
        #[arg(long, default_value_t = LoadMode::Strict, value_parser = load_mode())]
        mode: LoadMode,
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
pub(crate) enum InstituteCommand {
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

/// A date of the command line.
fn date(s: &str) -> Result<NaiveDate, String> {
    pko::core::parse_date(s).map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

/// A month of the command line.
fn month(s: &str) -> Result<YearMonth, String> {
    s.parse().map_err(|e: pko::core::Error| e.to_string())
}

/// A country code of the command line.
fn country(s: &str) -> Result<CountryCode, String> {
    s.parse().map_err(|e: pko::core::Error| e.to_string())
}

/// `--mode`: the names are the library's (`LoadMode`'s `Display` and
/// `FromStr`), as the HTTP API's `mode` reads them.
fn load_mode() -> impl TypedValueParser<Value = LoadMode> {
    clap::builder::PossibleValuesParser::new(LoadMode::ALL.iter().map(|m| m.as_str()))
        .try_map(|s| s.parse::<LoadMode>())
}

/// A contribution in kind of the record, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InKindCase {
    /// The 10,000 rounds of 5.56-mm ammunition given through UNMISS to the
    /// Republic of Korea's contingent, December 2013 (speech, section C).
    #[value(name = "ammunition-2013")]
    Ammunition2013,
}
