//! The record replayed through the rules: each component assessed on its
//! first and its last day, under the law of that day.

use chrono::NaiveDate;

use super::model::Dispatch;
use super::record::RECORD;
use crate::assess::{self, Assessment};
use crate::assumption::Assumptions;
use crate::error::Error;

/// The replay of one component: its assessment on its first day and on its
/// last.
///
/// # Example
///
/// ```
/// use pko_principles::history;
/// use pko_principles::Verdict;
///
/// let r = &history::replay()?[0];
/// assert_eq!(r.first().verdict(), Verdict::Permitted);
/// assert_eq!(r.first().as_of().to_string(), "1992-09-01");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replay {
    dispatch: &'static Dispatch,
    first: Assessment,
    last: Option<Assessment>,
}

impl Replay {
    /// The component.
    ///
    /// # Example
    ///
    /// ```
    /// let r = &pko_principles::history::replay()?[0];
    /// assert_eq!(r.dispatch().mission().as_str(), "UNAVEM II");
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn dispatch(&self) -> &'static Dispatch {
        self.dispatch
    }

    /// The assessment on its first day.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Regime;
    /// let r = &pko_principles::history::replay()?[0];
    /// assert_eq!(r.first().regime(), Regime::Act1992);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn first(&self) -> &Assessment {
        &self.first
    }

    /// The assessment on its last day (`None` if that day is not known).
    ///
    /// # Example
    ///
    /// ```
    /// let r = &pko_principles::history::replay()?[0];
    /// assert_eq!(r.last().map(|a| a.as_of().to_string()).as_deref(), Some("1992-10-31"));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn last(&self) -> Option<&Assessment> {
        self.last.as_ref()
    }
}

/// The serde form of one day of a [`Replay`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "ReplayDay"))]
struct Day<'a> {
    /// The day assessed.
    date: NaiveDate,
    /// The verdict that day.
    verdict: crate::findings::Verdict,
    /// What would decide the findings left undetermined.
    deciding_facts: &'a [crate::findings::Decider<crate::fact_path::FactPath>],
}

/// The serde form of a [`Replay`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Replay"))]
struct View<'a> {
    /// The dispatch, as the record gives it.
    dispatch: &'a Dispatch,
    /// Its assessment on its first day.
    first_day: Day<'a>,
    /// Its assessment on its last day, if that day is known.
    last_day: Option<Day<'a>>,
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Replay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <View<'static>>::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <View<'static>>::json_schema(generator)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Replay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn day(a: &Assessment) -> Day<'_> {
            Day {
                date: a.as_of(),
                verdict: a.verdict(),
                deciding_facts: a.deciding_facts(),
            }
        }
        View {
            dispatch: self.dispatch,
            first_day: day(&self.first),
            last_day: self.last.as_ref().map(day),
        }
        .serialize(serializer)
    }
}

/// The persons engaged on `date` in the record's components other than
/// `except` (sizes at a time; components of unknown size count nothing).
/// A component whose persons another component's size already counts
/// ([`Dispatch::size_includes`]), `except`'s included, is not counted
/// twice; and where that other component's size counts `except` itself,
/// `except`'s size comes off it.
///
/// # Example
///
/// ```
/// use pko_principles::history::{self, RECORD};
///
/// let untac = RECORD.iter().find(|d| d.id() == "untac-engineering").unwrap();
/// let on = pko_core::date(1992, 9, 1);
/// // UNAVEM II's 3, and UNTAC's monitors, police and election staff.
/// assert_eq!(history::engaged_besides(untac, on), 3 + 8 + 75 + 41);
/// ```
#[must_use]
pub fn engaged_besides(except: &Dispatch, date: NaiveDate) -> u32 {
    let under_way: Vec<&Dispatch> = RECORD
        .iter()
        .filter(|d| !std::ptr::eq(*d, except) && d.under_way_on(date))
        .collect();
    // Counted inside `except`'s own size, or inside another's.
    let counted_by_another = |d: &Dispatch| {
        except.size_includes().contains(&d.id())
            || under_way
                .iter()
                .any(|other| other.size_includes().contains(&d.id()))
    };
    under_way
        .iter()
        .filter(|d| !counted_by_another(d))
        .filter_map(|d| {
            let size = d.size()?;
            Some(if d.size_includes().contains(&except.id()) {
                size.saturating_sub(except.size().unwrap_or(0))
            } else {
                size
            })
        })
        .fold(0, u32::saturating_add)
}

/// Assesses every component of [`RECORD`] on its first and last day, each
/// under the law of that day, with the default assumptions
/// ([`Options::replay`](crate::Options::replay) takes others).
///
/// Under the defaults, every component is *permitted* on both days except
/// two, each *undetermined* for a reason the crate documents: the MFO HQ
/// staff (2019), whose size at a time the sources do not give, and the
/// 11th UNMISS engineering rotation (2016–2017), because whether
/// kaketsuke-keigo by SDF units needs the Diet's approval is unverified
/// (facts.md §2b: the post-2016 Art. 6(7) could not be read).
///
/// # Errors
///
/// None in practice: every day in the record is after the Act came into
/// force, and the facts are consistent. The `Result` carries
/// [`assess`](crate::assess)'s errors should that ever change.
///
/// # Example
///
/// ```
/// use pko_principles::{history, Verdict};
///
/// let replays = history::replay()?;
/// assert_eq!(replays.len(), history::RECORD.len());
/// assert!(replays.iter().all(|r| r.first().verdict() != Verdict::NotPermitted));
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn replay() -> Result<Vec<Replay>, Error> {
    replay_with(&Assumptions::DEFAULT)
}

/// The replay under the given assumptions.
pub(crate) fn replay_with(assumptions: &Assumptions) -> Result<Vec<Replay>, Error> {
    RECORD
        .iter()
        .map(|dispatch| {
            let on = |date: NaiveDate| {
                assess::run(
                    &dispatch.deployment(engaged_besides(dispatch, date)),
                    date,
                    assumptions,
                )
            };
            Ok(Replay {
                dispatch,
                first: on(dispatch.first_day())?,
                last: dispatch.last_day().map(on).transpose()?,
            })
        })
        .collect()
}
