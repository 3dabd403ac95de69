//! Monitoring an ongoing deployment (principle 4): when the work must be
//! suspended, when it may resume, and when the dispatch is to end.
//!
//! The Act provides two steps: the work is **suspended** when principles
//! 1–3 cease to hold (Art. 8(1)(vi)), and the implementation plan is
//! amended to **end** the dispatch (Art. 6(13)(i)). Announced in 1992 as:
//! suspend at once, terminate if the principles are not restored within a
//! short period. The statute sets no number of days, so the grace period is
//! a required parameter here: pko does not choose one for you.
//!
//! Semantics, all documented and tested:
//!
//! - Events may come in any order; they are applied day by day in date
//!   order, and the result does not depend on their order in the input.
//! - All events of one day are applied together. For one condition (the
//!   ceasefire, one consenter's consent, impartiality), a failure on a day
//!   outweighs a restoration on the same day: the condition fails that day.
//! - The work is suspended on the first day any condition fails. A grace
//!   period of `N` days runs from that day: if every condition holds again
//!   on a day before `suspension + N`, the work resumes that day; otherwise
//!   the dispatch is to be terminated on `suspension + N` (with `N = 0`, on
//!   the day of suspension). Further failures during a suspension do not
//!   restart the clock.
//! - Events after termination are reported as ignored.

use std::fmt;

use chrono::{Days, NaiveDate};
use pko_core::Source;

use crate::assumption::GracePeriod;
use crate::cite;
use crate::error::Error;
use crate::facts::{Consenter, Deployment, Fact};

/// What happened.
///
/// # Example
///
/// ```
/// use pko_principles::{Consenter, EventKind};
///
/// let e = EventKind::ConsentWithdrawn { by: Consenter::Host };
/// assert_eq!(e.to_string(), "the host state withdrew its consent");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "event"))]
#[non_exhaustive]
pub enum EventKind {
    /// The ceasefire was broken.
    CeasefireBroken,
    /// The ceasefire was restored.
    CeasefireRestored,
    /// A consent was withdrawn.
    ConsentWithdrawn {
        /// Whose.
        by: Consenter,
    },
    /// A consent was given again.
    ConsentRestored {
        /// Whose.
        by: Consenter,
    },
    /// Facts compromising impartiality arose.
    ImpartialityCompromised,
    /// Impartiality was restored.
    ImpartialityRestored,
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CeasefireBroken => f.write_str("the ceasefire was broken"),
            Self::CeasefireRestored => f.write_str("the ceasefire was restored"),
            Self::ConsentWithdrawn { by } => write!(f, "{by} withdrew its consent"),
            Self::ConsentRestored { by } => write!(f, "{by} gave its consent again"),
            Self::ImpartialityCompromised => f.write_str("impartiality was compromised"),
            Self::ImpartialityRestored => f.write_str("impartiality was restored"),
        }
    }
}

/// A dated event.
///
/// JSON: `{"date": "2013-12-15", "event": "consent_withdrawn", "by": "host"}`;
/// a party is `{"party": "Party A"}`.
///
/// # Example
///
/// ```
/// use pko_principles::{Event, EventKind};
///
/// let e = Event::new(pko_core::date(2014, 1, 1), EventKind::CeasefireBroken);
/// assert_eq!(e.to_string(), "2014-01-01: the ceasefire was broken");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Event {
    /// The day it happened.
    pub date: NaiveDate,
    /// What happened.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub kind: EventKind,
}

impl Event {
    /// An event on a day.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Event, EventKind};
    ///
    /// let d = pko_core::date(2014, 1, 1);
    /// assert_eq!(Event::new(d, EventKind::ImpartialityRestored).date, d);
    /// ```
    #[must_use]
    pub const fn new(date: NaiveDate, kind: EventKind) -> Self {
        Self { date, kind }
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.date, self.kind)
    }
}

/// A condition that principles 1–3 require and that has ceased to hold.
///
/// # Example
///
/// ```
/// use pko_principles::{Cause, Consenter};
///
/// assert_eq!(Cause::ConsentWithdrawn(Consenter::Host).to_string(), "consent of the host state withdrawn");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Cause {
    /// Principle 1: the ceasefire is broken.
    CeasefireBroken,
    /// Principle 2: a consent is withdrawn.
    ConsentWithdrawn(Consenter),
    /// Principle 3: impartiality is compromised.
    ImpartialityCompromised,
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CeasefireBroken => f.write_str("ceasefire broken"),
            Self::ConsentWithdrawn(by) => write!(f, "consent of {by} withdrawn"),
            Self::ImpartialityCompromised => f.write_str("impartiality compromised"),
        }
    }
}

/// What the law requires on a day of the timeline.
///
/// # Example
///
/// ```
/// use pko_principles::Action;
///
/// assert_eq!(Action::Suspend.to_string(), "suspend the work");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Action {
    /// Suspend the work (Art. 8(1)(vi)).
    Suspend,
    /// The principles hold again: the work may resume.
    Resume,
    /// Terminate the dispatch (Art. 6(13)(i)).
    Terminate,
    /// The dispatch is to be terminated on this day unless the principles
    /// are restored before it (the events end while suspended).
    TerminationDue,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Suspend => "suspend the work",
            Self::Resume => "resume the work",
            Self::Terminate => "terminate the dispatch",
            Self::TerminationDue => {
                "terminate the dispatch unless the principles are restored before this day"
            }
        })
    }
}

/// One step of the timeline.
///
/// # Example
///
/// ```
/// use pko_principles::{monitor, Action, Consenter, Event, EventKind, GracePeriod};
///
/// let d = pko_core::date(2014, 1, 1);
/// let t = monitor(&[Event::new(d, EventKind::ConsentWithdrawn { by: Consenter::Host })], GracePeriod::days(30));
/// let first = &t.entries()[0];
/// assert_eq!((first.date(), first.action()), (d, Action::Suspend));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entry {
    date: NaiveDate,
    action: Action,
    causes: Vec<Cause>,
    citations: &'static [&'static Source],
}

impl Entry {
    /// The day.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{monitor, Event, EventKind, GracePeriod};
    /// # let d = pko_core::date(2014, 1, 1);
    /// # let t = monitor(&[Event::new(d, EventKind::CeasefireBroken)], GracePeriod::days(3));
    /// assert_eq!(t.entries()[1].date().to_string(), "2014-01-04");
    /// ```
    #[must_use]
    pub const fn date(&self) -> NaiveDate {
        self.date
    }

    /// What the law requires that day.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{monitor, Action, Event, EventKind, GracePeriod};
    /// # let d = pko_core::date(2014, 1, 1);
    /// # let t = monitor(&[Event::new(d, EventKind::CeasefireBroken)], GracePeriod::days(3));
    /// assert_eq!(t.entries()[1].action(), Action::TerminationDue);
    /// ```
    #[must_use]
    pub const fn action(&self) -> Action {
        self.action
    }

    /// The conditions failing at that point.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{monitor, Cause, Event, EventKind, GracePeriod};
    /// # let d = pko_core::date(2014, 1, 1);
    /// # let t = monitor(&[Event::new(d, EventKind::CeasefireBroken)], GracePeriod::days(3));
    /// assert_eq!(t.entries()[0].causes(), [Cause::CeasefireBroken]);
    /// ```
    #[must_use]
    pub fn causes(&self) -> &[Cause] {
        &self.causes
    }

    /// The law behind the step.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use pko_principles::{monitor, Event, EventKind, GracePeriod};
    /// # let d = pko_core::date(2014, 1, 1);
    /// # let t = monitor(&[Event::new(d, EventKind::CeasefireBroken)], GracePeriod::days(3));
    /// assert!(!t.entries()[0].citations().is_empty());
    /// ```
    #[must_use]
    pub const fn citations(&self) -> &'static [&'static Source] {
        self.citations
    }
}

/// Whether the work goes on, on a given day.
///
/// # Example
///
/// ```
/// use pko_principles::WorkStatus;
///
/// assert_eq!(WorkStatus::Active.to_string(), "active");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum WorkStatus {
    /// The work goes on.
    Active,
    /// The work is suspended.
    Suspended {
        /// Since when.
        since: NaiveDate,
        /// The day the dispatch is to be terminated unless restored.
        terminate_on: NaiveDate,
    },
    /// The dispatch is terminated.
    Terminated {
        /// Since when.
        on: NaiveDate,
    },
}

impl fmt::Display for WorkStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Active => f.write_str("active"),
            Self::Suspended {
                since,
                terminate_on,
            } => write!(
                f,
                "suspended since {since}, to be terminated on {terminate_on} unless restored"
            ),
            Self::Terminated { on } => write!(f, "terminated on {on}"),
        }
    }
}

/// The timeline computed from events.
///
/// # Example
///
/// ```
/// use pko_principles::{monitor, Consenter, Event, EventKind, GracePeriod, WorkStatus};
///
/// let d = |m, dd| pko_core::date(2014, m, dd);
/// let events = [
///     Event::new(d(1, 10), EventKind::ConsentRestored { by: Consenter::Host }),
///     Event::new(d(1, 1), EventKind::ConsentWithdrawn { by: Consenter::Host }),
/// ];
/// let t = monitor(&events, GracePeriod::days(30));
/// assert_eq!(t.status_on(d(1, 5)), WorkStatus::Suspended { since: d(1, 1), terminate_on: d(1, 31) });
/// assert_eq!(t.status_on(d(1, 10)), WorkStatus::Active);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Timeline {
    grace: GracePeriod,
    entries: Vec<Entry>,
    ignored: Vec<Event>,
}

impl Timeline {
    /// The grace period used.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{monitor, GracePeriod};
    /// assert_eq!(monitor(&[], GracePeriod::days(9)).grace(), GracePeriod::days(9));
    /// ```
    #[must_use]
    pub const fn grace(&self) -> GracePeriod {
        self.grace
    }

    /// The steps, in date order.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{monitor, GracePeriod};
    /// assert!(monitor(&[], GracePeriod::days(9)).entries().is_empty());
    /// ```
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Events dated after the termination, which change nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{monitor, Event, EventKind, GracePeriod};
    ///
    /// let d = |dd| pko_core::date(2014, 1, dd);
    /// let t = monitor(&[Event::new(d(1), EventKind::CeasefireBroken), Event::new(d(9), EventKind::CeasefireRestored)], GracePeriod::days(2));
    /// assert_eq!(t.ignored().len(), 1);
    /// ```
    #[must_use]
    pub fn ignored(&self) -> &[Event] {
        &self.ignored
    }

    /// The status of the work on `date`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{monitor, GracePeriod, WorkStatus};
    /// let d = pko_core::date(2014, 1, 1);
    /// assert_eq!(monitor(&[], GracePeriod::days(9)).status_on(d), WorkStatus::Active);
    /// ```
    #[must_use]
    pub fn status_on(&self, date: NaiveDate) -> WorkStatus {
        let mut status = WorkStatus::Active;
        for e in self.entries.iter().take_while(|e| e.date <= date) {
            status = match e.action {
                Action::Suspend => WorkStatus::Suspended {
                    since: e.date,
                    terminate_on: deadline(e.date, self.grace),
                },
                Action::Resume => WorkStatus::Active,
                Action::Terminate | Action::TerminationDue => WorkStatus::Terminated { on: e.date },
            };
        }
        status
    }
}

impl fmt::Display for Timeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Timeline (grace period {}):", self.grace)?;
        if self.entries.is_empty() {
            writeln!(f, "  no principle ceased to hold: the work goes on")?;
        }
        for e in &self.entries {
            let causes: Vec<String> = e.causes.iter().map(ToString::to_string).collect();
            let cites: Vec<String> = e
                .citations
                .iter()
                .map(|c| crate::report::Short(c).to_string())
                .collect();
            writeln!(f, "  {}  {}", e.date, e.action)?;
            if !causes.is_empty() {
                writeln!(f, "              because: {}", causes.join("; "))?;
            }
            writeln!(f, "              cites: {}", cites.join("; "))?;
        }
        for e in &self.ignored {
            writeln!(f, "  ignored, after termination: {e}")?;
        }
        Ok(())
    }
}

/// The day the dispatch is to be terminated after a suspension on `since`.
fn deadline(since: NaiveDate, grace: GracePeriod) -> NaiveDate {
    since
        .checked_add_days(Days::new(u64::from(grace.in_days())))
        .unwrap_or(NaiveDate::MAX)
}

static SUSPEND: [&Source; 2] = [&cite::ART_8_1_VI, &cite::SPEECH_B];
static RESUME: [&Source; 2] = [&cite::ART_8_1_VI, &cite::TWO_STEPS];
static TERMINATE: [&Source; 2] = [&cite::ART_6_13_I, &cite::TWO_STEPS];

/// Computes the timeline of an ongoing deployment from dated events.
///
/// The Act provides two steps: the work is **suspended** when principles
/// 1–3 cease to hold (Art. 8(1)(vi)), and the implementation plan is
/// amended to **end** the dispatch (Art. 6(13)(i)). Announced in 1992 as:
/// suspend at once, terminate if the principles are not restored within a
/// short period. The statute sets no number of days, so the grace period is
/// a required parameter here: pko does not choose one for you.
///
/// Semantics, all documented and tested:
///
/// - Events may come in any order; they are applied day by day in date
///   order, and the result does not depend on their order in the input.
/// - All events of one day are applied together. For one condition (the
///   ceasefire, one consenter's consent, impartiality), a failure on a day
///   outweighs a restoration on the same day: the condition fails that day.
/// - The work is suspended on the first day any condition fails. A grace
///   period of `N` days runs from that day: if every condition holds again
///   on a day before `suspension + N`, the work resumes that day; otherwise
///   the dispatch is to be terminated on `suspension + N` (with `N = 0`, on
///   the day of suspension). Further failures during a suspension do not
///   restart the clock.
/// - Events after termination are reported as ignored.
///
/// # Example
///
/// ```
/// use pko_principles::{monitor, Action, Consenter, Event, EventKind, GracePeriod};
///
/// let d = |m, dd| pko_core::date(2014, m, dd);
/// let t = monitor(&[Event::new(d(1, 1), EventKind::ConsentWithdrawn { by: Consenter::Host })], GracePeriod::days(30));
/// let actions: Vec<_> = t.entries().iter().map(|e| (e.date(), e.action())).collect();
/// assert_eq!(actions, [(d(1, 1), Action::Suspend), (d(1, 31), Action::TerminationDue)]);
/// ```
#[must_use]
pub fn monitor(events: &[Event], grace: GracePeriod) -> Timeline {
    // A canonical order (date, then kind), so that nothing, not even the
    // list of ignored events, depends on the order of the input.
    let mut order: Vec<&Event> = events.iter().collect();
    order.sort_unstable_by(|a, b| a.date.cmp(&b.date).then_with(|| a.kind.cmp(&b.kind)));

    // The failing conditions, sorted; they borrow from the events.
    let mut failing: Vec<CauseRef<'_>> = Vec::new();
    let mut entries = Vec::new();
    let mut ignored = Vec::new();
    let mut suspended_since: Option<NaiveDate> = None;
    let mut terminated_on: Option<NaiveDate> = None;

    let mut rest = order.as_slice();
    while let Some(first) = rest.first() {
        let day = first.date;
        let n = rest
            .iter()
            .position(|e| e.date != day)
            .unwrap_or(rest.len());
        let (todays, later) = rest.split_at(n);
        rest = later;

        if let Some(since) = suspended_since {
            let due = deadline(since, grace);
            if due <= day {
                entries.push(entry(due, Action::Terminate, &failing, &TERMINATE));
                terminated_on = Some(due);
                suspended_since = None;
            }
        }
        if terminated_on.is_some() {
            ignored.extend(todays.iter().map(|e| (*e).clone()));
            continue;
        }

        // Restorations first, then failures: a failure outweighs a
        // restoration of the same condition on the same day.
        for e in todays {
            if let (false, cause) = classify(&e.kind)
                && let Ok(i) = failing.binary_search(&cause)
            {
                failing.remove(i);
            }
        }
        for e in todays {
            if let (true, cause) = classify(&e.kind)
                && let Err(i) = failing.binary_search(&cause)
            {
                failing.insert(i, cause);
            }
        }

        match (suspended_since, failing.is_empty()) {
            (None, false) => {
                entries.push(entry(day, Action::Suspend, &failing, &SUSPEND));
                if grace.in_days() == 0 {
                    entries.push(entry(day, Action::Terminate, &failing, &TERMINATE));
                    terminated_on = Some(day);
                } else {
                    suspended_since = Some(day);
                }
            }
            (Some(_), true) => {
                entries.push(entry(day, Action::Resume, &[], &RESUME));
                suspended_since = None;
            }
            _ => {}
        }
    }
    if let Some(since) = suspended_since {
        entries.push(entry(
            deadline(since, grace),
            Action::TerminationDue,
            &failing,
            &TERMINATE,
        ));
    }
    Timeline {
        grace,
        entries,
        ignored,
    }
}

/// A failing condition, borrowing the consenter from its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum CauseRef<'a> {
    Ceasefire,
    Consent(&'a Consenter),
    Impartiality,
}

impl CauseRef<'_> {
    fn to_cause(self) -> Cause {
        match self {
            Self::Ceasefire => Cause::CeasefireBroken,
            Self::Consent(by) => Cause::ConsentWithdrawn(by.clone()),
            Self::Impartiality => Cause::ImpartialityCompromised,
        }
    }
}

/// Whether an event is a failure (`true`) or a restoration, and of what.
fn classify(kind: &EventKind) -> (bool, CauseRef<'_>) {
    match kind {
        EventKind::CeasefireBroken => (true, CauseRef::Ceasefire),
        EventKind::CeasefireRestored => (false, CauseRef::Ceasefire),
        EventKind::ConsentWithdrawn { by } => (true, CauseRef::Consent(by)),
        EventKind::ConsentRestored { by } => (false, CauseRef::Consent(by)),
        EventKind::ImpartialityCompromised => (true, CauseRef::Impartiality),
        EventKind::ImpartialityRestored => (false, CauseRef::Impartiality),
    }
}

fn entry(
    date: NaiveDate,
    action: Action,
    failing: &[CauseRef<'_>],
    citations: &'static [&'static Source],
) -> Entry {
    Entry {
        date,
        action,
        causes: failing.iter().map(|c| c.to_cause()).collect(),
        citations,
    }
}

/// Checks that every event naming a party names one the deployment lists.
///
/// # Errors
///
/// [`Error::UnknownEventParty`] for the first event that does not.
///
/// # Example
///
/// ```
/// use pko_principles::{check_events, Consenter, Deployment, Event, EventKind, Fact, Party};
///
/// let mut d = Deployment::default();
/// d.parties = Fact::Known(vec![Party::new("A", Fact::Unknown, Fact::Unknown)]);
/// let e = Event::new(pko_core::date(2014, 1, 1), EventKind::ConsentWithdrawn { by: Consenter::Party("B".into()) });
/// assert!(check_events(&d, &[e]).is_err());
/// ```
pub fn check_events(deployment: &Deployment, events: &[Event]) -> Result<(), Error> {
    let Fact::Known(parties) = &deployment.parties else {
        return Ok(());
    };
    for (index, e) in events.iter().enumerate() {
        if let EventKind::ConsentWithdrawn {
            by: Consenter::Party(name),
        }
        | EventKind::ConsentRestored {
            by: Consenter::Party(name),
        } = &e.kind
            && !parties.iter().any(|p| p.name == *name)
        {
            return Err(Error::UnknownEventParty {
                index,
                date: e.date,
                party: name.clone(),
            });
        }
    }
    Ok(())
}
