//! Contributions in kind (物資協力): goods given to the UN or another
//! organisation or state conducting an operation, under the law of a day.
//!
//! The Act defines a contribution in kind in Art. 3(4) as the transfer of
//! goods an operation needs, free of charge or below market price, to the
//! UN, another international organisation or a state (国際連合等) that
//! conducts:
//!
//! - a UN peacekeeping operation, as Art. 3(1) defines it;
//! - a humanitarian international relief operation, as Art. 3(2) defines
//!   it (Art. 3(3) from 2016): the host state's consent, and a ceasefire
//!   agreement where the host state is itself a party to the conflict.
//!   From Act No. 102 of 1998 (in force 12 June 1998), relief by an
//!   organisation of Annex 3 counts even without that ceasefire agreement
//!   (Art. 3(4)(ii));
//! - an international election observation operation, as Art. 3(2-2)
//!   defines it: a kind of operation that exists only from 12 June 1998;
//! - from 29 March 2016, an internationally coordinated operation (Art.
//!   30(1) of the 2016 text adds it, Cabinet Office), whose consent
//!   conditions are parallel to those of Art. 3(1) (Art. 3(2)).
//!
//! The government makes one on a Cabinet decision (Art. 25(1) and (2) as
//! numbered until 28 March 2016; Chapter IV is Art. 30 alone from 29 March
//! 2016, and whether Art. 30(2)–(5) changed the Cabinet decision could not
//! be read: the pre-2016 Art. 25(2) is applied then, under
//! [`Assumptions::pre_2016_text_after_2016`](crate::Assumptions::pre_2016_text_after_2016),
//! and the assessment says so in a note).
//!
//! [`assess_transfer`] checks a [`Transfer`] against these conditions as
//! they stood on a day, with a [`TransferFinding`] per condition, its
//! reasons and citations, and "undetermined" kept apart from "not
//! permitted". It uses the same findings kernel as the assessment of a
//! deployment; its types are named for transfers so that they cannot be
//! confused with the deployment's.
//!
//! The December 2013 ammunition case (10,000 rounds to the Republic of
//! Korea's contingent in UNMISS) is data in [`AMMUNITION_2013`], each step
//! with its source; [`ammunition_2013`] gives the facts it decided on, and
//! [`AMMUNITION_2013_PRESUMED`] tags those that are the Cabinet's findings.
//!
//! # Example
//!
//! ```
//! use pko_core::date;
//! use pko_principles::Verdict;
//! use pko_principles::in_kind::{self, assess_transfer};
//!
//! let case = in_kind::ammunition_2013();
//! // The day the request came, there was no Cabinet decision yet.
//! assert_eq!(assess_transfer(&case, date(2013, 12, 22))?.verdict(), Verdict::NotPermitted);
//! // The day of the Cabinet decision.
//! assert_eq!(assess_transfer(&case, date(2013, 12, 23))?.verdict(), Verdict::Permitted);
//! # Ok::<(), pko_principles::Error>(())
//! ```

mod case_2013;
mod model;
mod outcome;
mod rules;

use chrono::NaiveDate;

pub use case_2013::{
    AMMUNITION_2013, AMMUNITION_2013_PRESUMED, JAPAN_TIMES_2014, MOFA_2014, PMO_2013, PRESS_2013,
    SPEECH_C, Step, ammunition_2013,
};
pub use model::{ANNEX_3, CabinetDecision, Recipient, Terms, Transfer, TransferFact};
pub use outcome::{Requirement, TransferAssessment, TransferFinding, TransferReason};
pub(crate) use rules::run;

use crate::assumption::Assumptions;
use crate::error::Error;

/// Checks a contribution in kind against the law as it stood on `on`, with
/// the default assumptions ([`Options::assess_transfer`](crate::Options::assess_transfer)
/// takes others).
///
/// # Errors
///
/// [`Error::BeforeAct`] for a day before 10 August 1992.
///
/// # Example
///
/// ```
/// use pko_core::date;
/// use pko_principles::{Fact, OperationKind, Verdict};
/// use pko_principles::in_kind::{assess_transfer, CabinetDecision, Recipient, Terms, Transfer};
///
/// let mut t = Transfer::default();
/// t.operation.kind = Fact::Known(OperationKind::ElectionObservation);
/// t.operation.host_is_party = Fact::Known(false);
/// t.recipient = Fact::Known(Recipient::UnitedNations);
/// t.needed = Fact::Known(true);
/// t.terms = Fact::Known(Terms::BelowMarketPrice);
/// t.cabinet_decision = Fact::Known(CabinetDecision::DecidedOn(date(1996, 5, 1)));
/// t.host_consent = Fact::Known(true);
/// // Election observation is a kind of operation only from 12 June 1998.
/// assert_eq!(assess_transfer(&t, date(1996, 6, 1))?.verdict(), Verdict::NotPermitted);
/// assert_eq!(assess_transfer(&t, date(1998, 6, 12))?.verdict(), Verdict::Permitted);
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn assess_transfer(transfer: &Transfer, on: NaiveDate) -> Result<TransferAssessment, Error> {
    run(transfer, on, &Assumptions::DEFAULT)
}
