//! Human-readable reports.

use std::fmt;

use pko_core::{Source, SourceKind};

use crate::cite::{ACT_2016_TEXT, ACT_TEXT};

use crate::assess::{Assessment, Finding};

/// A short form of a citation for one-line reports: `PKO Act Art. 3(1)`,
/// `speech section B`, or the issuer and title.
pub(crate) struct Short<'a>(pub(crate) &'a Source);

impl fmt::Display for Short<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        // The Act's own articles, by the known titles of its two versions.
        let who = match s.kind() {
            SourceKind::Statute if s.title() == ACT_TEXT => "PKO Act",
            SourceKind::Statute if s.title() == ACT_2016_TEXT => "PKO Act (2016 numbering)",
            SourceKind::Speech => "speech",
            _ => s.issuer(),
        };
        match s.locator() {
            Some(l) => write!(f, "{who} {l}")?,
            None => write!(f, "{who}, \"{}\"", s.title())?,
        }
        if s.reliability() == pko_core::Reliability::Secondary {
            f.write_str(" [secondary]")?;
        }
        Ok(())
    }
}

impl fmt::Display for Finding<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<16} {}",
            format!("[{}]", self.status()),
            self.subject()
        )?;
        for r in self.reasons() {
            writeln!(f, "{:<16}   - {r}", "")?;
        }
        let cites: Vec<String> = self
            .citations()
            .iter()
            .map(|c| Short(c).to_string())
            .collect();
        writeln!(f, "{:<16}   cites: {}", "", cites.join("; "))
    }
}

impl fmt::Display for Assessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Assessment as of {} under {} (in force {})",
            self.as_of(),
            self.regime(),
            self.regime().period()
        )?;
        writeln!(f, "Verdict: {}", self.verdict().to_string().to_uppercase())?;
        writeln!(f)?;
        for finding in self.findings() {
            fmt::Display::fmt(&finding, f)?;
        }
        if !self.conditions().is_empty() {
            writeln!(f, "\nConditions:")?;
            for c in self.conditions() {
                writeln!(f, "  - {c}")?;
            }
        }
        if !self.deciding_facts().is_empty() {
            writeln!(f, "\nFacts that would decide it (unknown):")?;
            for fact in self.deciding_facts() {
                writeln!(f, "  - {fact}")?;
            }
        }
        if !self.notes().is_empty() {
            writeln!(f, "\nNotes:")?;
            for n in self.notes() {
                writeln!(f, "  - {n}")?;
            }
        }
        Ok(())
    }
}
