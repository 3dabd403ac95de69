//! Japan's real dispatches under the Act, as sourced data, and their replay
//! through the rules.
//!
//! [`RECORD`] holds one [`Dispatch`] per component of each dispatch in the
//! Ministry of Foreign Affairs' table of Japan's deployments to UN
//! peacekeeping (27 February 2024), plus the HQ staff sent to the
//! Multinational Force and Observers in Sinai from April 2019 (Cabinet
//! decision of 2 April 2019) and the 11th UNMISS engineering rotation,
//! assigned the 2015 tasks by the Cabinet decision of 15 November 2016
//! (Ministry of Defense White Paper 2019). Periods are months, as the
//! sources give them, and a day only where a source gives one; where the
//! MOFA table gives one period for a mission with several components,
//! each component is given the mission's whole period
//! ([`Presumption::MissionPeriod`]). The data table is
//! `src/history/record.rs`, a file of its own.
//!
//! The law needs facts the record does not give: the consents of the host
//! state and the parties, the ceasefire, impartiality, the right to
//! withdraw. For those the record states **the government's finding at
//! dispatch** as a named [`Presumption`], never a fact of its own making:
//! a Cabinet may decide an implementation plan only once the consents are
//! there (Art. 6(1)), and the implementation guidelines provide for
//! suspension (Art. 8(1)(vi)) and the plan for the end of the dispatch
//! (Art. 6(13)).
//!
//! [`replay`] assesses each component on its first day and on its last,
//! each under the law of that day. Under the default assumptions every
//! component is *permitted* except two, *undetermined* each for a
//! documented reason:
//!
//! - the MFO HQ staff (2019, ongoing): its size at a time is not in the
//!   sources, so the headcount cannot be checked;
//! - the 11th UNMISS engineering rotation (2016–2017): whether
//!   kaketsuke-keigo by SDF units needs the Diet's prior approval is
//!   unverified (the post-2016 Art. 6(7) could not be read, facts.md §2b);
//!   with [`Assumptions::diet_approval_2015_tasks`](crate::Assumptions::diet_approval_2015_tasks)
//!   set either way, it is permitted.
//!
//! Nothing is *not permitted*.
//!
//! # Example
//!
//! ```
//! use pko_principles::history::{self, RECORD};
//! use pko_principles::Verdict;
//!
//! let untac = RECORD.iter().find(|d| d.id() == "untac-engineering").unwrap();
//! assert_eq!(untac.size(), Some(600));
//! let replays = history::replay()?;
//! let open = ["mfo-hq-staff", "unmiss-engineering-2015-tasks"];
//! assert!(replays.iter().filter(|r| !open.contains(&r.dispatch().id()))
//!     .all(|r| r.first().verdict() == Verdict::Permitted));
//! # Ok::<(), pko_principles::Error>(())
//! ```

mod model;
mod record;
mod replay;

pub use model::{Dispatch, Presumption};
pub use record::{
    CAO_SINAI, IPI_JPN_UNMISS, MOD_PAGES, MOFA_TABLE, PMO_2019, RECORD, RECORD_AS_OF,
    WHITE_PAPER_2019,
};
pub(crate) use replay::replay_with;
pub use replay::{Replay, engaged_besides, replay};
