//! Human-readable reports: an [`Assessment`] as text, telling the reader
//! how to set an open assumption in the words of the interface they use.

use std::fmt;

use pko_core::{Reliability, Source, SourceKind};

use crate::assess::{Assessment, Finding, Reason};
use crate::assumption::Assumption;
use crate::cite::{ACT_2016_TITLES, ACT_TEXT};
use crate::findings::Decider;

/// A short form of a citation for one-line reports: `PKO Act Art. 3(1)`,
/// `speech section B`, or the issuer and title.
pub(crate) struct Short<'a>(pub(crate) &'a Source);

impl fmt::Display for Short<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        // The Act's own articles, by the known titles of its texts.
        let who = match s.kind() {
            SourceKind::Statute if s.title() == ACT_TEXT => "PKO Act",
            SourceKind::Statute if ACT_2016_TITLES.contains(&s.title()) => "PKO Act (2016 text)",
            SourceKind::Speech => "speech",
            _ => s.issuer(),
        };
        match s.locator() {
            Some(l) => write!(f, "{who} {l}")?,
            None => write!(f, "{who}, \"{}\"", s.title())?,
        }
        if s.reliability() == Reliability::Secondary {
            f.write_str(" [secondary]")?;
        }
        Ok(())
    }
}

/// The interface a report is read in, which decides how it says to set an
/// open assumption.
///
/// # Example
///
/// ```
/// use pko_principles::{Assumption, Interface};
///
/// let a = Assumption::DietApproval2015Tasks;
/// assert_eq!(Interface::Json.how_to_set(a), "set `assumptions.diet_approval_2015_tasks` (yes, no, open)");
/// assert_eq!(Interface::CommandLine.how_to_set(a), "pass `--assume diet_approval_2015_tasks=VALUE` (yes, no, open)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Interface {
    /// JSON, HTTP and Rust: the assumption's path, `assumptions.…`, which
    /// is also its field in [`Options`](crate::Options).
    #[default]
    Json,
    /// The `pko` command: `--assume NAME=VALUE`.
    CommandLine,
    /// The web page: its section of open readings.
    Page,
}

impl Interface {
    /// How to set `assumption`, in this interface's words.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumption, Interface};
    ///
    /// assert!(Interface::Page.how_to_set(Assumption::GracePeriodDays).contains("Open readings"));
    /// ```
    #[must_use]
    pub fn how_to_set(self, assumption: Assumption) -> String {
        let values = assumption.values().join(", ");
        match self {
            Self::Json => format!("set `{assumption}` ({values})"),
            Self::CommandLine => format!("pass `--assume {}=VALUE` ({values})", assumption.name()),
            Self::Page => format!(
                "choose a value for `{}` under Open readings ({values})",
                assumption.name()
            ),
        }
    }
}

/// A reason in an interface's words: an open assumption says how to set
/// it there; every other reason is its `Display`.
pub(crate) struct Said<'a>(pub(crate) &'a Reason, pub(crate) Interface);

impl fmt::Display for Said<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Reason::OpenAssumption { assumption } => write!(
                f,
                "the sources leave this open: {} to decide it",
                self.1.how_to_set(*assumption)
            ),
            other => other.fmt(f),
        }
    }
}

impl Reason {
    /// The reason in `interface`'s words: an open assumption says how to
    /// set it there; every other reason reads as its `Display`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumption, Interface, Reason};
    ///
    /// let r = Reason::OpenAssumption { assumption: Assumption::GracePeriodDays };
    /// assert!(r.for_interface(Interface::CommandLine).to_string().contains("--assume grace_period_days=VALUE"));
    /// assert_eq!(r.for_interface(Interface::Json).to_string(), r.to_string());
    /// ```
    #[must_use]
    pub fn for_interface(&self, interface: Interface) -> impl fmt::Display + '_ {
        Said(self, interface)
    }
}

/// The text report of an assessment, for one [`Interface`]; made by
/// [`Assessment::report`].
///
/// # Example
///
/// ```
/// use pko_principles::{assess, Deployment, Interface};
///
/// let mut d = Deployment::default();
/// d.contingent.size = pko_principles::Fact::Known(2_500);
/// let a = assess(&d, pko_core::date(2017, 1, 1))?;
/// let text = a.report(Interface::CommandLine).to_string();
/// assert!(text.contains("--assume headcount_cap_after_2016=VALUE"));
/// assert!(!text.contains("set `assumptions."));
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    assessment: &'a Assessment,
    interface: Interface,
}

impl Assessment {
    /// The text report in `interface`'s words (`Display` is the report in
    /// [`Interface::Json`]'s).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{assess, Deployment, Interface};
    ///
    /// let a = assess(&Deployment::default(), pko_core::date(2012, 1, 15))?;
    /// assert_eq!(a.report(Interface::Json).to_string(), a.to_string());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn report(&self, interface: Interface) -> Report<'_> {
        Report {
            assessment: self,
            interface,
        }
    }
}

/// A finding in an interface's words.
fn finding(f: &mut fmt::Formatter<'_>, finding: Finding<'_>, interface: Interface) -> fmt::Result {
    writeln!(
        f,
        "{:<16} {}",
        format!("[{}]", finding.status()),
        finding.subject()
    )?;
    for r in finding.reasons() {
        writeln!(f, "{:<16}   - {}", "", Said(r, interface))?;
    }
    let cites: Vec<String> = finding
        .citations()
        .iter()
        .map(|c| Short(c).to_string())
        .collect();
    writeln!(f, "{:<16}   cites: {}", "", cites.join("; "))
}

impl fmt::Display for Finding<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        finding(f, *self, Interface::Json)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let a = self.assessment;
        writeln!(
            f,
            "Assessment as of {} under {} (in force {})",
            a.as_of(),
            a.regime(),
            a.regime().period()
        )?;
        writeln!(f, "Verdict: {}", a.verdict().to_string().to_uppercase())?;
        writeln!(f)?;
        for fd in a.findings() {
            finding(f, fd, self.interface)?;
        }
        if !a.conditions().is_empty() {
            writeln!(f, "\nConditions:")?;
            for c in a.conditions() {
                writeln!(f, "  - {c}")?;
            }
        }
        if !a.deciding_facts().is_empty() {
            writeln!(f, "\nWhat would decide it:")?;
            for d in a.deciding_facts() {
                match d {
                    Decider::Fact(p) => writeln!(f, "  - the fact `{p}` (unknown)")?,
                    Decider::Assumption(x) => writeln!(
                        f,
                        "  - the assumption `{}` (open): {}",
                        x.name(),
                        self.interface.how_to_set(*x)
                    )?,
                }
            }
        }
        if !a.notes().is_empty() {
            writeln!(f, "\nNotes:")?;
            for n in a.notes() {
                writeln!(f, "  - {n}")?;
            }
        }
        if !a.reformed().is_empty() {
            writeln!(f, "\nFindings that read a provision a reform set:")?;
            for r in a.reformed() {
                writeln!(f, "  - {}: {}", r.subject(), r.change())?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for Assessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report(Interface::Json).fmt(f)
    }
}
