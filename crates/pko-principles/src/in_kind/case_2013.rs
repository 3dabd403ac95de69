//! The December 2013 ammunition case, as data a reviewer of sources can
//! read alone: each step with its sources, the facts the Cabinet decided
//! on, and which of them are its findings rather than facts the sources
//! give.

use pko_core::{Locator, Reliability, Source, SourceKind, date};

use super::model::{CabinetDecision, Recipient, Terms, Transfer, TransferFact};
use crate::facts::{ConflictSituation, Fact, Operation, OperationKind};
use crate::history::Presumption;

/// The Prime Minister's Office release of 24 December 2013 (the request of
/// 22 December, the Cabinet decision of 23 December: 10,000 rounds, free
/// of charge, through the UN).
pub static PMO_2013: Source = Source::new(
    SourceKind::Government,
    "Prime Minister's Office of Japan",
    "Release on the provision of ammunition to the Republic of Korea contingent in UNMISS through the United Nations",
    Some(date(2013, 12, 24)),
    Reliability::Primary,
);

/// The Ministry of Foreign Affairs, 10 February 2014 (legal basis Art. 25;
/// the Three Principles on Arms Exports declared not applicable; the
/// return of 16 January 2014).
pub static MOFA_2014: Source = Source::new(
    SourceKind::Government,
    "Ministry of Foreign Affairs of Japan",
    "On the provision of ammunition to UNMISS (contribution in kind under Art. 25; return of the rounds)",
    Some(date(2014, 2, 10)),
    Reliability::Primary,
);

/// Press reports of December 2013 (calibre; conditions of use), secondary.
pub static PRESS_2013: Source = Source::new(
    SourceKind::Press,
    "Press reports, December 2013",
    "Japan's ammunition for the Republic of Korea contingent in UNMISS: calibre and stated conditions",
    None,
    Reliability::Secondary,
);

/// The Japan Times of 17 January 2014 (the Republic of Korea's denial),
/// secondary.
pub static JAPAN_TIMES_2014: Source = Source::new(
    SourceKind::Press,
    "The Japan Times",
    "Report on the return of the ammunition and the Republic of Korea government's denial that it asked Japan",
    Some(date(2014, 1, 17)),
    Reliability::Secondary,
);

/// The speech, section C (10,000 rounds of 5.56-mm ammunition, December
/// 2013).
pub static SPEECH_C: Source = Source::speech(Locator::section("C"));

/// One step of a recorded case.
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::AMMUNITION_2013;
///
/// let decision = &AMMUNITION_2013[1];
/// assert_eq!(decision.date().map(|d| d.to_string()).as_deref(), Some("2013-12-23"));
/// assert!(decision.what().contains("10,000 rounds"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    date: Option<chrono::NaiveDate>,
    what: &'static str,
    sources: &'static [&'static Source],
}

impl Step {
    /// The day, where the sources give one.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::in_kind::AMMUNITION_2013;
    /// assert_eq!(AMMUNITION_2013[3].date(), None);
    /// ```
    #[must_use]
    pub const fn date(&self) -> Option<chrono::NaiveDate> {
        self.date
    }

    /// What happened.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::in_kind::AMMUNITION_2013;
    /// assert!(AMMUNITION_2013[0].what().starts_with("Request"));
    /// ```
    #[must_use]
    pub const fn what(&self) -> &'static str {
        self.what
    }

    /// Its sources; a step that rests only on secondary sources says so
    /// through their [`Reliability`].
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_principles::in_kind::AMMUNITION_2013;
    /// use pko_core::Reliability;
    /// assert_eq!(AMMUNITION_2013[2].sources()[0].reliability(), Reliability::Secondary);
    /// ```
    #[must_use]
    pub const fn sources(&self) -> &'static [&'static Source] {
        self.sources
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Step", 3)?;
        s.serialize_field("date", &self.date)?;
        s.serialize_field("what", self.what)?;
        s.serialize_field("sources", self.sources)?;
        s.end()
    }
}

/// The December 2013 ammunition case, step by step, each with its sources.
pub static AMMUNITION_2013: [Step; 7] = [
    Step {
        date: Some(date(2013, 12, 22)),
        what: "Request received through UNMISS headquarters for ammunition for the Republic of Korea contingent",
        sources: &[&PMO_2013],
    },
    Step {
        date: Some(date(2013, 12, 23)),
        what: "Cabinet decision to provide 10,000 rounds free of charge through the United Nations",
        sources: &[&PMO_2013],
    },
    Step {
        date: None,
        what: "Calibre 5.56 mm",
        sources: &[&PRESS_2013, &SPEECH_C],
    },
    Step {
        date: None,
        what: "Legal basis: contribution in kind under Art. 25; the Chief Cabinet Secretary declared the Three Principles on Arms Exports not applicable to this case",
        sources: &[&MOFA_2014],
    },
    Step {
        date: None,
        what: "Stated conditions: use only to protect the lives of Republic of Korea personnel and refugees; no transfer outside UNMISS",
        sources: &[&PRESS_2013],
    },
    Step {
        date: Some(date(2014, 1, 16)),
        what: "The rounds returned to the Japanese unit through UNMISS",
        sources: &[&MOFA_2014],
    },
    Step {
        date: None,
        what: "The Republic of Korea government denied having asked Japan",
        sources: &[&JAPAN_TIMES_2014],
    },
];

/// The facts of the December 2013 case as the Cabinet decided on them.
///
/// From the sources: a UN peacekeeping operation (UNMISS), goods to the UN,
/// free of charge, the Cabinet decision of 23 December 2013. The sources do
/// not give the operation's conditions (consents, ceasefire, impartiality)
/// or the need for the goods: the Cabinet's decision under Art. 25(1)
/// ("when it finds it appropriate to cooperate with a UN peacekeeping
/// operation") is read as the government's finding that they held, in the
/// ceasefire case of Art. 3(1). Those facts are tagged, each with its
/// presumption, in [`AMMUNITION_2013_PRESUMED`].
///
/// # Example
///
/// ```
/// use pko_principles::in_kind::{ammunition_2013, Terms};
/// use pko_principles::Fact;
///
/// assert_eq!(ammunition_2013().terms, Fact::Known(Terms::FreeOfCharge));
/// ```
#[must_use]
pub fn ammunition_2013() -> Transfer {
    Transfer {
        goods: Some("10,000 rounds of 5.56 mm ammunition".to_owned()),
        operation: Operation {
            kind: Fact::Known(OperationKind::UnPeacekeeping),
            name: Some("United Nations Mission in the Republic of South Sudan".to_owned()),
            conflict: Fact::Known(ConflictSituation::CeasefireBased),
            ..Operation::default()
        },
        recipient: Fact::Known(Recipient::UnitedNations),
        needed: Fact::Known(true),
        terms: Fact::Known(Terms::FreeOfCharge),
        cabinet_decision: Fact::Known(CabinetDecision::DecidedOn(date(2013, 12, 23))),
        host_consent: Fact::Known(true),
        ceasefire_agreement: Fact::Known(true),
        parties_consent: Fact::Known(true),
        impartial: Fact::Known(true),
    }
}

/// The facts of [`ammunition_2013`] that are the Cabinet's findings (or
/// pko's reading), not facts the sources give, each with its presumption.
///
/// # Example
///
/// ```
/// use pko_principles::history::Presumption;
/// use pko_principles::in_kind::{AMMUNITION_2013_PRESUMED, TransferFact};
///
/// assert!(AMMUNITION_2013_PRESUMED.contains(&(TransferFact::Needed, Presumption::FindingsAtCabinetDecision)));
/// assert!(!AMMUNITION_2013_PRESUMED.iter().any(|(f, _)| *f == TransferFact::Terms));
/// ```
pub static AMMUNITION_2013_PRESUMED: [(TransferFact, Presumption); 6] = [
    (TransferFact::OperationConflict, Presumption::Article3Met),
    (
        TransferFact::HostConsent,
        Presumption::FindingsAtCabinetDecision,
    ),
    (
        TransferFact::CeasefireAgreement,
        Presumption::FindingsAtCabinetDecision,
    ),
    (
        TransferFact::PartiesConsent,
        Presumption::FindingsAtCabinetDecision,
    ),
    (
        TransferFact::Impartial,
        Presumption::FindingsAtCabinetDecision,
    ),
    (TransferFact::Needed, Presumption::FindingsAtCabinetDecision),
];
