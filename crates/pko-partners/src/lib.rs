#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod china;
mod facts;
pub mod korea;
mod outcome;
mod sources;
mod un;

use chrono::NaiveDate;
use pko_core::{CountryCode, Source};

pub use facts::{
    Agreement, AssemblyConsent, Consent, Contingent, ContingentKind, ForceUse, Operation,
    OperationKind, Procedure,
};
pub use outcome::{Assessment, Finding, MissingStep, Participant, Step, Subject};

/// What can go wrong in `pko-partners`.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_partners::{assess, Contingent, Error, Operation};
///
/// const FRA: CountryCode = CountryCode::lit("FRA");
/// let err = assess(&Operation::default(), &Contingent::new(FRA), pko_core::date(2017, 1, 1)).unwrap_err();
/// assert_eq!(err, Error::NoRules { state: FRA });
/// assert_eq!(err.to_string(), "pko-partners has no rules of FRA: it models the Republic of Korea (KOR) and the People's Republic of China (CHN); Japan's are pko-principles'");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A state whose rules the crate does not model.
    #[error(
        "pko-partners has no rules of {state}: it models the Republic of Korea (KOR) and the People's Republic of China (CHN); Japan's are pko-principles'"
    )]
    NoRules {
        /// The state.
        state: CountryCode,
    },
}

/// The participant whose rules apply to a contingent of `state`, if the
/// crate models them.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_partners::{participant, Participant};
///
/// assert_eq!(participant(CountryCode::KOR), Some(Participant::Korea));
/// assert_eq!(participant(CountryCode::JPN), None);
/// ```
#[must_use]
pub fn participant(state: CountryCode) -> Option<Participant> {
    if state == CountryCode::KOR {
        Some(Participant::Korea)
    } else if state == CountryCode::CHN {
        Some(Participant::China)
    } else {
        None
    }
}

/// The rules of the contingent's state applied to it on `on`, in the
/// operation described.
///
/// # Errors
///
/// [`Error::NoRules`] for a state other than the Republic of Korea and the
/// People's Republic of China.
///
/// # Example
///
/// ```
/// use pko_core::{CountryCode, Fact, Verdict};
/// use pko_partners::{assess, AssemblyConsent, Contingent, ContingentKind, Operation, OperationKind};
///
/// let op = Operation { kind: Fact::Known(OperationKind::UnPeacekeeping), ..Operation::default() };
/// let unit = Contingent::new(CountryCode::KOR).kind(ContingentKind::Unit).size(280);
/// let day = pko_core::date(2017, 6, 1);
/// let without = assess(&op, &unit.clone().assembly_consent(AssemblyConsent::NotGiven), day)?;
/// assert_eq!(without.verdict, Verdict::NotPermitted);
/// let consented = unit.assembly_consent(AssemblyConsent::Given { on: pko_core::date(2017, 1, 10), until: None });
/// assert_eq!(assess(&op, &consented, day)?.verdict, Verdict::Permitted);
/// # Ok::<(), pko_partners::Error>(())
/// ```
pub fn assess(
    operation: &Operation,
    contingent: &Contingent,
    on: NaiveDate,
) -> Result<Assessment, Error> {
    match participant(contingent.state) {
        Some(Participant::Korea) => Ok(korea::assess(operation, contingent, on)),
        Some(Participant::China) => Ok(china::assess(operation, on, &un::assess(operation, on))),
        _ => Err(Error::NoRules {
            state: contingent.state,
        }),
    }
}

/// The UN's three basic principles of peacekeeping applied to the operation
/// on `on`: consent of the parties, impartiality, and non-use of force
/// except in self-defence and defence of the mandate. Not applicable to an
/// operation that is not UN peacekeeping.
///
/// # Example
///
/// ```
/// use pko_core::{Fact, Verdict};
/// use pko_partners::{un_principles, Consent, ForceUse, Operation, OperationKind};
///
/// let mut op = Operation { kind: Fact::Known(OperationKind::UnPeacekeeping), ..Operation::default() };
/// op.host_consent = Fact::Known(Consent::Given);
/// op.parties_consent = Fact::Known(Consent::Given);
/// op.impartial = Fact::Known(true);
/// op.force = Fact::Known(ForceUse::SelfDefenceAndMandate);
/// let day = pko_core::date(2017, 6, 1);
/// assert_eq!(un_principles(&op, day).verdict, Verdict::Permitted);
/// op.host_consent = Fact::Known(Consent::Withdrawn);
/// assert_eq!(un_principles(&op, day).verdict, Verdict::NotPermitted);
/// ```
#[must_use]
pub fn un_principles(operation: &Operation, on: NaiveDate) -> Assessment {
    un::assess(operation, on)
}

/// Every source the rules cite, with its reliability: a secondary one says
/// so when written (`[secondary]`).
///
/// # Example
///
/// ```
/// use pko_core::Reliability;
///
/// let s = pko_partners::sources();
/// assert!(s.iter().any(|s| s.reliability() == Reliability::Secondary && s.to_string().ends_with("[secondary]")));
/// ```
#[must_use]
pub fn sources() -> Vec<Source> {
    sources::ALL.iter().map(|s| (*s).clone()).collect()
}
