//! The commands of pko-contributions: ranking, women's shares, charts and
//! the audit of the speech.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use pko::contributions::personnel::{self, CategorySet, LoadMode};
use pko::contributions::{ContributorRank, audit};
use pko::core::{CountryCode, YearMonth};

use crate::args::{ContributionsCommand, Format};
use crate::input::{Failure, load_personnel, personnel_data};
use crate::output::emit;

/// Runs a `pko contributions` command.
pub(super) fn run(
    command: ContributionsCommand,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    match command {
        ContributionsCommand::Rank {
            file,
            month,
            top,
            mode,
            format,
        } => rank(&file, month, top, mode, format, out),
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
        ContributionsCommand::Audit { format } => audit(format, out),
    }
}

/// `pko contributions rank`: contributors of a month, from a CSV file.
#[expect(
    clippy::print_stderr,
    reason = "the rows set aside are reported on standard error, beside the answer"
)]
fn rank(
    file: &str,
    month: YearMonth,
    top: Option<usize>,
    mode: LoadMode,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let loaded = load_personnel(file, mode)?;
    for r in loaded.rejected() {
        eprintln!("pko: rejected: {r}");
    }
    let ranking = loaded.personnel().ranking(month, CategorySet::ALL);
    let shown = match top {
        Some(n) => ranking.top(n),
        None => ranking.entries(),
    };
    emit(out, format, &ContributorRank::rows(shown), |w| {
        writeln!(
            w,
            "Uniformed personnel by contributor, {month} ({}; {} rows, {} rejected)",
            loaded.format(),
            loaded.rows(),
            loaded.rejected().len()
        )?;
        for e in shown {
            let c = e.key();
            writeln!(
                w,
                "{:>4}. {} {:<40} {:>7}",
                e.rank(),
                c,
                c.un_name().unwrap_or(c.iso_name()),
                e.value()
            )?;
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `pko contributions chart`: the two SVG charts, written to files.
fn chart(
    country: CountryCode,
    from: Option<YearMonth>,
    to: Option<YearMonth>,
    file: Option<&str>,
    out_path: &Path,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    use pko_charts as charts;
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
        writeln!(out, "{}: {}", path.display(), chart.title)?;
        writeln!(out, "  {}", chart.description)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `pko contributions women`: a contributor's shares of women per month
/// against the UN's parity targets.
fn women(
    country: CountryCode,
    from: Option<YearMonth>,
    to: Option<YearMonth>,
    file: Option<&str>,
    format: Format,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let (data, source) = personnel_data(file)?;
    let targets = personnel::parity_targets();
    let checks = data.female_shares_of(country, from, to, &targets);
    let rows: Vec<personnel::TargetRow> = checks.iter().map(personnel::TargetCheck::row).collect();
    emit(out, format, &rows, |w| {
        writeln!(
            w,
            "Women among {country}'s uniformed personnel against the UN parity targets ({source})"
        )?;
        if checks.is_empty() {
            writeln!(w, "no records for {country} in the months asked for")?;
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
                writeln!(w, "{}: women by category: {}", c.month(), by.join("; "))?;
                last = Some(c.month());
            }
            writeln!(w, "  {c}")?;
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `pko contributions audit`: the speech's figures checked.
fn audit(format: Format, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let findings = audit::audit_embedded().map_err(|e| Failure::Data(e.to_string()))?;
    emit(out, format, &findings, |w| {
        let bad = findings.iter().filter(|f| !f.consistent()).count();
        writeln!(
            w,
            "Audit of the 2015 speech: {} checks, {bad} inconsistent",
            findings.len()
        )?;
        findings.iter().try_for_each(|f| writeln!(w, "{f}"))
    })?;
    Ok(ExitCode::SUCCESS)
}
