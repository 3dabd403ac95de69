//! The speech's figures on Japan's dispatches, checked against the
//! historical record.
//!
//! Section A.1 of the speech says that Japan "had deployed more than 9,000
//! self-defense forces and police personnel to 13 UN PKO missions" since
//! 1992. The figures live in `pko-contributions` ([`speech::figure`]); the
//! record of dispatches lives in `pko-principles` ([`history::RECORD`]).
//! Neither crate knows the other, so the facade composes the check.
//!
//! What the record allows, on the day of the speech (15 June 2015):
//!
//! - **Missions.** The UN missions with a component under way by that day
//!   number 13 when every component counts, and 11 when only SDF and police
//!   components count: two of the 13 (UNAVEM II and ONUSAL) had only
//!   civilian election observers. The speech's 13 matches the first count,
//!   although its sentence speaks of SDF and police personnel. The second
//!   count rests on a reading: the sources do not say who the election
//!   observers were, and the record reads them as civilians
//!   ([`Presumption::ElectionObserversAsCivilians`](pko_principles::history::Presumption::ElectionObserversAsCivilians)).
//! - **Personnel.** The record gives totals per component, not per day. The
//!   SDF and police components that had ended by the speech add up to a
//!   lower bound; a component under way on the day (UNMISS) adds at least
//!   its size at a time and at most its total over the whole dispatch, which
//!   runs past the speech. A component whose persons another's size already
//!   counts is not added twice: the UNMISS engineering unit's size, from the
//!   IPI data, includes the HQ staff officers. Where a total is not in the
//!   sources (the UNMISS HQ staff), the upper bound stays open; where it is
//!   approximate (MINUSTAH's "about 2,200"), so are the bounds. "More than
//!   9,000" is checked
//!   against that interval: *consistent* when the interval allows it,
//!   *contradicted* when it cannot hold. The record cannot *confirm* it.
//!
//! # Example
//!
//! ```
//! use pko::record::{self, Outcome};
//!
//! let check = record::check_speech();
//! assert_eq!(check.missions().claimed(), 13);
//! assert_eq!(check.missions().every_component().len(), 13);
//! assert_eq!(check.missions().sdf_and_police().len(), 11);
//! assert_eq!(check.personnel().lower_bound(), 7_788);
//! assert_eq!(check.personnel().outcome(), Outcome::Consistent);
//! ```

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use pko_contributions::speech::{self, FigureId, Qualifier, Quantity};
use pko_core::Source;
use pko_principles::history::{self, Dispatch, RECORD};
use pko_principles::{ContingentKind, OperationKind};

/// How a figure of the speech stands against the record.
///
/// # Example
///
/// ```
/// assert_eq!(pko::record::Outcome::Consistent.to_string(), "consistent with the record");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Outcome {
    /// The record gives the same figure.
    Matches,
    /// The record allows the figure but cannot confirm it.
    Consistent,
    /// The record excludes the figure.
    Contradicted,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Matches => "matches the record",
            Self::Consistent => "consistent with the record",
            Self::Contradicted => "contradicted by the record",
        })
    }
}

/// The speech's "13 UN PKO missions" against the record.
///
/// # Example
///
/// ```
/// let m = pko::record::check_speech().missions().clone();
/// assert!(m.every_component().contains(&"ONUSAL"));
/// assert!(!m.sdf_and_police().contains(&"ONUSAL"));
/// /// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Missions {
    claimed: u64,
    source: Source,
    every_component: Vec<&'static str>,
    sdf_and_police: Vec<&'static str>,
}

impl Missions {
    /// The speech's figure.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().missions().claimed(), 13);
    ///     /// ```
    #[must_use]
    pub const fn claimed(&self) -> u64 {
        self.claimed
    }

    /// Where the speech gives it (section A.1).
    ///
    /// # Example
    ///
    /// ```
    /// let m = pko::record::check_speech();
    /// assert_eq!(m.missions().source().locator().map(ToString::to_string).as_deref(), Some("section A.1"));
    ///     /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }

    /// The UN missions with any component under way by the day, in the
    /// record's order.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().missions().every_component()[0], "UNAVEM II");
    ///     /// ```
    #[must_use]
    pub fn every_component(&self) -> &[&'static str] {
        &self.every_component
    }

    /// The UN missions with an SDF or police component under way by the day
    /// (the election observers read as civilians,
    /// [`Presumption::ElectionObserversAsCivilians`](pko_principles::history::Presumption::ElectionObserversAsCivilians)).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().missions().sdf_and_police()[0], "UNTAC");
    ///     /// ```
    #[must_use]
    pub fn sdf_and_police(&self) -> &[&'static str] {
        &self.sdf_and_police
    }

    /// *Matches* if either count equals the speech's, *contradicted*
    /// otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// use pko::record::Outcome;
    /// assert_eq!(pko::record::check_speech().missions().outcome(), Outcome::Matches);
    ///     /// ```
    #[must_use]
    pub fn outcome(&self) -> Outcome {
        let count = |v: &[&str]| u64::try_from(v.len()).unwrap_or(u64::MAX);
        if count(&self.every_component) == self.claimed
            || count(&self.sdf_and_police) == self.claimed
        {
            Outcome::Matches
        } else {
            Outcome::Contradicted
        }
    }
}

/// The speech's "more than 9,000" SDF and police personnel against the
/// record.
///
/// # Example
///
/// ```
/// let p = pko::record::check_speech().personnel().clone();
/// assert_eq!(p.more_than(), 9_000);
/// assert_eq!(p.upper_bound(), None);
/// assert_eq!(p.open(), ["unmiss-hq-staff"]);
/// /// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Personnel {
    more_than: u64,
    source: Source,
    ended: u32,
    lower_bound: u32,
    known_upper: u32,
    open: Vec<&'static str>,
    under_way: Vec<&'static str>,
}

impl Personnel {
    /// The speech's figure: "more than" this many.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().personnel().more_than(), 9_000);
    ///     /// ```
    #[must_use]
    pub const fn more_than(&self) -> u64 {
        self.more_than
    }

    /// Where the speech gives it (section A.1).
    ///
    /// # Example
    ///
    /// ```
    /// let p = pko::record::check_speech();
    /// assert_eq!(p.personnel().source().locator().map(ToString::to_string).as_deref(), Some("section A.1"));
    ///     /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }

    /// The SDF and police personnel of the components that had ended by
    /// the day.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().personnel().ended(), 7_501);
    ///     /// ```
    #[must_use]
    pub const fn ended(&self) -> u32 {
        self.ended
    }

    /// The fewest the record allows: [`Personnel::ended`] plus the size at a
    /// time of each component under way on the day, a component another's
    /// size already counts left out.
    ///
    /// # Example
    ///
    /// ```
    /// // The engineering unit's 287 count the 2 HQ staff officers too.
    /// assert_eq!(pko::record::check_speech().personnel().lower_bound(), 7_501 + 287);
    ///     /// ```
    #[must_use]
    pub const fn lower_bound(&self) -> u32 {
        self.lower_bound
    }

    /// The most the record allows, if every component under way has a known
    /// total: [`Personnel::ended`] plus those totals over their whole
    /// dispatch.
    ///
    /// # Example
    ///
    /// ```
    /// // The UNMISS HQ staff's total is not in the sources.
    /// assert_eq!(pko::record::check_speech().personnel().upper_bound(), None);
    ///     /// ```
    #[must_use]
    pub fn upper_bound(&self) -> Option<u32> {
        self.open.is_empty().then_some(self.known_upper)
    }

    /// [`Personnel::ended`] plus the known totals of the components under
    /// way, leaving out those in [`Personnel::open`].
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().personnel().known_upper(), 7_501 + 3_854);
    ///     /// ```
    #[must_use]
    pub const fn known_upper(&self) -> u32 {
        self.known_upper
    }

    /// The components under way on the day, whose share up to the day the
    /// record does not give.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().personnel().under_way(), ["unmiss-hq-staff", "unmiss-engineering"]);
    ///     /// ```
    #[must_use]
    pub fn under_way(&self) -> &[&'static str] {
        &self.under_way
    }

    /// The components counted whose total is not in the sources.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().personnel().open().len(), 1);
    ///     /// ```
    #[must_use]
    pub fn open(&self) -> &[&'static str] {
        &self.open
    }

    /// *Contradicted* if even the upper bound is not more than the claim;
    /// *matches* if even the lower bound is more than it; *consistent*
    /// otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// use pko::record::Outcome;
    /// assert_eq!(pko::record::check_speech().personnel().outcome(), Outcome::Consistent);
    ///     /// ```
    #[must_use]
    pub fn outcome(&self) -> Outcome {
        if u64::from(self.lower_bound) > self.more_than {
            Outcome::Matches
        } else if self
            .upper_bound()
            .is_some_and(|upper| u64::from(upper) <= self.more_than)
        {
            Outcome::Contradicted
        } else {
            Outcome::Consistent
        }
    }
}

/// Both checks, on the day of the speech.
///
/// # Example
///
/// ```
/// let check = pko::record::check_speech();
/// assert_eq!(check.on().to_string(), "2015-06-15");
/// assert!(check.to_string().contains("13 missions"));
/// /// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SpeechCheck {
    on: NaiveDate,
    record: &'static Source,
    missions: Missions,
    personnel: Personnel,
}

impl SpeechCheck {
    /// The day checked: the day of the speech.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().on(), pko::core::date(2015, 6, 15));
    ///     /// ```
    #[must_use]
    pub const fn on(&self) -> NaiveDate {
        self.on
    }

    /// The record's main source (the MOFA table).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko::record::check_speech().record().issuer().contains("Foreign Affairs"));
    ///     /// ```
    #[must_use]
    pub const fn record(&self) -> &'static Source {
        self.record
    }

    /// The missions check.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().missions().claimed(), 13);
    ///     /// ```
    #[must_use]
    pub const fn missions(&self) -> &Missions {
        &self.missions
    }

    /// The personnel check.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko::record::check_speech().personnel().more_than(), 9_000);
    ///     /// ```
    #[must_use]
    pub const fn personnel(&self) -> &Personnel {
        &self.personnel
    }
}

impl fmt::Display for SpeechCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = &self.missions;
        writeln!(
            f,
            "\"{} UN PKO missions\" (speech, section A.1): {}: {} missions with any component by {}, {} with SDF or police",
            m.claimed,
            m.outcome(),
            m.every_component.len(),
            self.on,
            m.sdf_and_police.len()
        )?;
        let p = &self.personnel;
        let persons = |n: u32| Quantity::Persons(u64::from(n));
        write!(
            f,
            "\"more than {}\" (speech, section A.1): {}: at least {}, ",
            Quantity::Persons(p.more_than),
            p.outcome(),
            persons(p.lower_bound)
        )?;
        match p.upper_bound() {
            Some(upper) => write!(f, "at most {}", persons(upper)),
            None => write!(
                f,
                "at most {} plus {} (total not in the sources)",
                persons(p.known_upper),
                p.open.join(", ")
            ),
        }
    }
}

/// The speech's "13 UN PKO missions" (section A.1), read from its figure
/// when pko is built.
const CLAIMED_MISSIONS: u64 = {
    let f = speech::figure(FigureId::JapanMissionsSince1992);
    match (f.quantity(), f.qualifier()) {
        (Quantity::Count(n), Qualifier::Exact) => n,
        _ => panic!("japan-missions-since-1992 is not an exact count"),
    }
};

/// The speech's "more than 9,000" personnel (section A.1), read from its
/// figure when pko is built.
const MORE_THAN_PERSONNEL: u64 = {
    let f = speech::figure(FigureId::JapanPersonnelSince1992);
    match (f.quantity(), f.qualifier()) {
        (Quantity::Persons(n), Qualifier::MoreThan) => n,
        _ => panic!("japan-personnel-since-1992 is not \"more than\" a number of persons"),
    }
};

/// Checks the speech's "13 missions" and "more than 9,000 personnel"
/// against [`history::RECORD`] on the day of the speech.
///
/// # Example
///
/// ```
/// let check = pko::record::check_speech();
/// println!("{check}");
/// ```
#[must_use]
pub fn check_speech() -> SpeechCheck {
    let missions = speech::figure(FigureId::JapanMissionsSince1992);
    let personnel = speech::figure(FigureId::JapanPersonnelSince1992);
    let on = Source::SPEECH_DAY;
    SpeechCheck {
        on,
        record: &history::MOFA_TABLE,
        missions: Missions {
            claimed: CLAIMED_MISSIONS,
            source: missions.source().clone(),
            every_component: un_missions(on, |_| true),
            sdf_and_police: un_missions(on, sdf_or_police),
        },
        personnel: count_personnel(MORE_THAN_PERSONNEL, personnel.source().clone(), on),
    }
}

fn sdf_or_police(d: &Dispatch) -> bool {
    d.contingent().is_sdf() || d.contingent() == ContingentKind::Police
}

/// The UN missions (the MFO is not one) with a component begun by `on`
/// that passes `keep`, each once, in the record's order.
fn un_missions(on: NaiveDate, keep: fn(&Dispatch) -> bool) -> Vec<&'static str> {
    let mut seen = BTreeSet::new();
    RECORD
        .iter()
        .filter(|d| d.kind() == OperationKind::UnPeacekeeping && d.first_day() <= on && keep(d))
        .map(|d: &'static Dispatch| d.mission().as_str())
        .filter(|m| seen.insert(*m))
        .collect()
}

fn count_personnel(more_than: u64, source: Source, on: NaiveDate) -> Personnel {
    let mut ended = 0_u32;
    let mut at_least = 0_u32;
    let mut at_most = 0_u32;
    let mut open = Vec::new();
    let mut under_way = Vec::new();
    let counted: Vec<&Dispatch> = RECORD
        .iter()
        .filter(|d| {
            d.kind() == OperationKind::UnPeacekeeping && d.first_day() <= on && sdf_or_police(d)
        })
        .collect();
    let under_way_on = |d: &Dispatch| d.last_day().is_none_or(|last| last >= on);
    // A component whose persons another under-way component's size counts.
    let inside_another = |d: &Dispatch| {
        counted
            .iter()
            .any(|other| under_way_on(other) && other.size_includes().contains(&d.id()))
    };
    for d in counted.iter().copied() {
        let has_ended = d.last_day().is_some_and(|last| last < on);
        match d.total() {
            Some(total) if has_ended => ended = ended.saturating_add(total),
            total => {
                if !has_ended {
                    under_way.push(d.id());
                }
                // At least one person per place at a time served, unless
                // another component's size already counts them.
                if !inside_another(d) {
                    at_least = at_least.saturating_add(d.size().unwrap_or(1));
                }
                match total {
                    Some(total) => at_most = at_most.saturating_add(total),
                    None => open.push(d.id()),
                }
            }
        }
    }
    Personnel {
        more_than,
        source,
        ended,
        lower_bound: ended.saturating_add(at_least),
        known_upper: ended.saturating_add(at_most),
        open,
        under_way,
    }
}
