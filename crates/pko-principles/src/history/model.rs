//! What a component of a dispatch is, and the presumptions the record
//! states in place of facts its sources do not give.

use std::fmt;

use chrono::NaiveDate;
use pko_core::{CountryCode, MissionCode, Source, When, YearMonth};

use crate::facts::{
    Ceasefire, ConflictSituation, Consent, Contingent, ContingentKind, Deployment, Fact,
    HostConsent, Impartiality, Operation, OperationKind, Party, Task, WeaponsUse,
};

/// A finding the government made at dispatch, or a reading of pko's, that
/// the record states in place of facts its sources do not give.
///
/// # Example
///
/// ```
/// use pko_principles::history::Presumption;
///
/// assert!(Presumption::ConsentsAtDispatch.to_string().contains("Art. 6(1)"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Presumption {
    /// The Cabinet decided the dispatch, which Art. 6(1) allows only with
    /// the consents of the host state (and, for peacekeeping, the parties):
    /// the consents are read as given for the whole period. pko's sources
    /// do not name the parties, so they appear as one placeholder.
    ConsentsAtDispatch,
    /// For peacekeeping: the Art. 3(1) requirements (a ceasefire agreement
    /// among the parties, impartiality) are read as met for the whole
    /// period. Which case of Art. 3(1) a dispatch rested on is not in pko's
    /// sources; the record uses the ceasefire case for all.
    Article3Met,
    /// The implementation guidelines (実施要領) provide for suspending the
    /// work when the principles cease to hold (Art. 8(1)(vi)), and the
    /// implementation plan is amended to end the dispatch (Art. 6(13)):
    /// Japan's right to withdraw is read as kept.
    WithdrawalUnderThePlan,
    /// The persons already engaged elsewhere are the sizes at a time of the
    /// record's other components on the day. Relief and election
    /// operations outside the MOFA table are not in pko's sources and are
    /// not counted.
    AlreadyEngagedFromRecord,
    /// The Cabinet decision of 15 November 2016 is read as the government's
    /// judgment that the consents were stably maintained.
    StableConsentAtDecision,
    /// The size at a time is taken from the IPI monthly data (see
    /// [`IPI_JPN_UNMISS`](super::IPI_JPN_UNMISS)), which end in February
    /// 2014, and assumed for the months they do not cover.
    SizeFromMonthlyData,
    /// The task is pko's reading of the role the source names (military
    /// observers monitoring the management of arms, liaison officers, HQ
    /// staff), not a classification given by the source.
    TaskReading,
    /// The source gives "Feb/Mar 2002": the earlier month is used.
    EarlierOfTwoMonths,
    /// The MOFA table gives one period for the mission's row; the
    /// component is given that whole period, its own dates not being in
    /// the table.
    MissionPeriod,
    /// The source does not say who the election observers were; pko reads
    /// them as civilians. The count of missions "with SDF or police"
    /// rests on this reading.
    ElectionObserversAsCivilians,
    /// The source names a place (the Golan Heights, East Timor, Sinai), not
    /// a state: the host state's code is pko's reading of it.
    HostReading,
    /// For a contribution in kind: the Cabinet's decision (Art. 25(1), "when
    /// it finds it appropriate to cooperate") is read as its finding that
    /// the operation's conditions held and the goods were needed.
    FindingsAtCabinetDecision,
}

impl fmt::Display for Presumption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::ConsentsAtDispatch => "consents read from the Cabinet's decision to dispatch (Art. 6(1)); parties not named in pko's sources",
            Self::Article3Met => "the Art. 3(1) requirements read as met at dispatch (ceasefire case; which case the government relied on is not in pko's sources)",
            Self::WithdrawalUnderThePlan => "the right to withdraw read from the implementation guidelines (Art. 8(1)(vi)) and the amendment of the plan (Art. 6(13))",
            Self::AlreadyEngagedFromRecord => "persons already engaged counted from the record's other components only",
            Self::StableConsentAtDecision => "the consents read as judged stably maintained at the Cabinet decision of 15 November 2016",
            Self::SizeFromMonthlyData => "size at a time from the IPI monthly data (to February 2014), assumed beyond the months they cover",
            Self::TaskReading => "the task is pko's reading of the role named in the source",
            Self::EarlierOfTwoMonths => "the source gives two possible first months; the earlier is used",
            Self::MissionPeriod => "the component is given its mission's period in the MOFA table; its own dates are not in the table",
            Self::ElectionObserversAsCivilians => "the source does not say who the election observers were; pko reads them as civilians",
            Self::HostReading => "the source names a place, not a state; the host state is pko's reading of it",
            Self::FindingsAtCabinetDecision => "the operation's conditions and the need for the goods read from the Cabinet's decision (Art. 25(1))",
        })
    }
}

/// One component of a dispatch: who went, to do what, where and when.
///
/// # Example
///
/// ```
/// use pko_principles::history::RECORD;
/// use pko_principles::{ContingentKind, Task};
///
/// let police = RECORD.iter().find(|d| d.id() == "untac-police").unwrap();
/// assert_eq!(police.contingent(), ContingentKind::Police);
/// assert_eq!(police.tasks(), [Task::CivilianPolice]);
/// assert_eq!(police.first_month().to_string(), "1992-09");
/// assert_eq!(police.host().as_str(), "KHM");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Dispatch {
    pub(super) id: &'static str,
    pub(super) mission: MissionCode,
    pub(super) host: CountryCode,
    pub(super) place: &'static str,
    pub(super) kind: OperationKind,
    pub(super) contingent: ContingentKind,
    pub(super) tasks: &'static [Task],
    pub(super) weapons_use: &'static [WeaponsUse],
    pub(super) size: Option<u32>,
    pub(super) size_includes: &'static [&'static str],
    pub(super) rotations: Option<u32>,
    pub(super) total: Option<u32>,
    pub(super) total_is_approximate: bool,
    pub(super) total_includes: &'static [&'static str],
    pub(super) first_month: YearMonth,
    pub(super) first_day: Option<NaiveDate>,
    pub(super) last_month: Option<YearMonth>,
    pub(super) as_listed: &'static str,
    pub(super) presumptions: &'static [Presumption],
    pub(super) source: &'static Source,
    pub(super) more_sources: &'static [&'static Source],
    pub(super) ongoing_as_of: Option<NaiveDate>,
    pub(super) size_source: Option<&'static Source>,
    pub(super) total_source: Option<&'static Source>,
}

impl Dispatch {
    /// A short identifier (`untac-engineering`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].id(), "unavem-ii-election");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The mission's acronym (`UNTAC`, `MFO`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].mission().as_str(), "UNAVEM II");
    /// ```
    #[must_use]
    pub const fn mission(&self) -> &MissionCode {
        &self.mission
    }

    /// The host state, by its ISO code (`KHM`). Where the source names a
    /// place rather than a state, it is pko's reading
    /// ([`Presumption::HostReading`]).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].host().as_str(), "AGO");
    /// ```
    #[must_use]
    pub const fn host(&self) -> CountryCode {
        self.host
    }

    /// The place as the source names it (`Cambodia`, `Golan Heights`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].place(), "Angola");
    /// ```
    #[must_use]
    pub const fn place(&self) -> &'static str {
        self.place
    }

    /// The kind of operation.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::OperationKind;
    /// assert_eq!(pko_principles::history::RECORD[0].kind(), OperationKind::UnPeacekeeping);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> OperationKind {
        self.kind
    }

    /// Who went.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::ContingentKind;
    /// assert_eq!(pko_principles::history::RECORD[0].contingent(), ContingentKind::Civilians);
    /// ```
    #[must_use]
    pub const fn contingent(&self) -> ContingentKind {
        self.contingent
    }

    /// The tasks.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Task;
    /// assert_eq!(pko_principles::history::RECORD[0].tasks(), [Task::ElectionObservation]);
    /// ```
    #[must_use]
    pub const fn tasks(&self) -> &'static [Task] {
        self.tasks
    }

    /// The weapons authorities asked for beyond what the record leaves
    /// unsaid (only the 11th UNMISS rotation's, for kaketsuke-keigo and the
    /// joint protection of camps).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::history::RECORD[0].weapons_use().is_empty());
    /// ```
    #[must_use]
    pub const fn weapons_use(&self) -> &'static [WeaponsUse] {
        self.weapons_use
    }

    /// Persons at a time, if the sources give it.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].size(), Some(3));
    /// ```
    #[must_use]
    pub const fn size(&self) -> Option<u32> {
        self.size
    }

    /// The components whose persons [`Dispatch::size`] counts too (the
    /// UNMISS engineering unit's size, from the IPI data, includes the HQ
    /// staff officers), by id.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let e = RECORD.iter().find(|d| d.id() == "unmiss-engineering").unwrap();
    /// assert_eq!(e.size_includes(), ["unmiss-hq-staff"]);
    /// ```
    #[must_use]
    pub const fn size_includes(&self) -> &'static [&'static str] {
        self.size_includes
    }

    /// How many rotations, if the sources give it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let engineering = RECORD.iter().find(|d| d.id() == "untac-engineering").unwrap();
    /// assert_eq!(engineering.rotations(), Some(2));
    /// ```
    #[must_use]
    pub const fn rotations(&self) -> Option<u32> {
        self.rotations
    }

    /// Persons in total over the whole period: as the source gives it, or
    /// size × rotations where the size is each rotation's (not where it is
    /// read from monthly data, [`Presumption::SizeFromMonthlyData`]). A
    /// total may count other components too
    /// ([`Dispatch::total_includes`]).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let engineering = RECORD.iter().find(|d| d.id() == "untac-engineering").unwrap();
    /// assert_eq!(engineering.total(), Some(1_200));
    /// ```
    #[must_use]
    pub fn total(&self) -> Option<u32> {
        self.total.or_else(|| {
            if self
                .presumptions
                .contains(&Presumption::SizeFromMonthlyData)
            {
                return None;
            }
            self.size
                .zip(self.rotations)
                .and_then(|(s, r)| s.checked_mul(r))
        })
    }

    /// Whether the source gives the total as approximate ("about 2,200").
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let haiti = RECORD.iter().find(|d| d.id() == "minustah-engineering").unwrap();
    /// assert!(haiti.total_is_approximate());
    /// ```
    #[must_use]
    pub const fn total_is_approximate(&self) -> bool {
        self.total_is_approximate
    }

    /// The components whose persons [`Dispatch::total`] counts too, by id
    /// (the 3,854 of the first UNMISS engineering component are all eleven
    /// rotations).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let e = RECORD.iter().find(|d| d.id() == "unmiss-engineering").unwrap();
    /// assert_eq!(e.total_includes(), ["unmiss-engineering-2015-tasks"]);
    /// ```
    #[must_use]
    pub const fn total_includes(&self) -> &'static [&'static str] {
        self.total_includes
    }

    /// When it began: the day where the source gives one, else the month.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::When;
    /// use pko_principles::history::RECORD;
    /// let eleventh = RECORD.iter().find(|d| d.id() == "unmiss-engineering-2015-tasks").unwrap();
    /// assert_eq!(eleventh.first(), When::Day(pko_core::date(2016, 11, 15)));
    /// ```
    #[must_use]
    pub const fn first(&self) -> When {
        match self.first_day {
            Some(d) => When::Day(d),
            None => When::Month(self.first_month),
        }
    }

    /// The first month.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].first_month().to_string(), "1992-09");
    /// ```
    #[must_use]
    pub const fn first_month(&self) -> YearMonth {
        self.first_month
    }

    /// The last month; `None` if the source lists it as ongoing.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].last_month().map(|m| m.to_string()).as_deref(), Some("1992-10"));
    /// ```
    #[must_use]
    pub const fn last_month(&self) -> Option<YearMonth> {
        self.last_month
    }

    /// The first day it is replayed on: its first day, or the first day of
    /// its first month.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].first_day().to_string(), "1992-09-01");
    /// ```
    #[must_use]
    pub fn first_day(&self) -> NaiveDate {
        self.first().first_day()
    }

    /// The last day it is replayed on: the last day of its last month, or
    /// for an ongoing dispatch the day its source gives its state of affairs
    /// (for the MOFA table, [`RECORD_AS_OF`](super::RECORD_AS_OF)); `None`
    /// for an ongoing dispatch whose source gives no such day (the MFO).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].last_day().map(|d| d.to_string()).as_deref(), Some("1992-10-31"));
    /// ```
    #[must_use]
    pub fn last_day(&self) -> Option<NaiveDate> {
        match self.last_month {
            Some(m) => Some(m.last_day()),
            None => self.ongoing_as_of,
        }
    }

    /// Whether it was under way on `date`.
    ///
    /// # Example
    ///
    /// ```
    /// let d = &pko_principles::history::RECORD[0];
    /// assert!(d.under_way_on(pko_core::date(1992, 10, 31)));
    /// ```
    #[must_use]
    pub fn under_way_on(&self, date: NaiveDate) -> bool {
        self.first_day() <= date && self.last_day().is_none_or(|last| date <= last)
    }

    /// The personnel as the source lists them (`8×2 ceasefire monitors`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].as_listed(), "3 election observers");
    /// ```
    #[must_use]
    pub const fn as_listed(&self) -> &'static str {
        self.as_listed
    }

    /// The government's findings and pko's readings the record states in
    /// place of facts.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::{Presumption, RECORD};
    /// assert!(RECORD[0].presumptions().contains(&Presumption::ConsentsAtDispatch));
    /// ```
    #[must_use]
    pub const fn presumptions(&self) -> &'static [Presumption] {
        self.presumptions
    }

    /// The component's main source.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::history::RECORD[0].source().issuer(), "Ministry of Foreign Affairs of Japan");
    /// ```
    #[must_use]
    pub const fn source(&self) -> &'static Source {
        self.source
    }

    /// The component's other sources.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let mfo = RECORD.iter().find(|d| d.id() == "mfo-hq-staff").unwrap();
    /// assert_eq!(mfo.more_sources().len(), 2);
    /// ```
    #[must_use]
    pub const fn more_sources(&self) -> &'static [&'static Source] {
        self.more_sources
    }

    /// The source of the size at a time, where it is not the component's
    /// main source.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::SourceKind;
    /// use pko_principles::history::RECORD;
    /// let e = RECORD.iter().find(|d| d.id() == "unmiss-engineering").unwrap();
    /// assert_eq!(e.size_source().map(|s| s.kind()), Some(SourceKind::Research));
    /// ```
    #[must_use]
    pub const fn size_source(&self) -> Option<&'static Source> {
        self.size_source
    }

    /// The source of the total, where it is not the component's main
    /// source.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// let haiti = RECORD.iter().find(|d| d.id() == "minustah-engineering").unwrap();
    /// assert_eq!(haiti.total_source().map(|s| s.issuer()), Some("Ministry of Defense of Japan"));
    /// ```
    #[must_use]
    pub const fn total_source(&self) -> Option<&'static Source> {
        self.total_source
    }

    /// The component as the facts of a deployment, with the persons
    /// already engaged elsewhere: the record's facts, and the government's
    /// findings at dispatch for the rest (see [`Presumption`]).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::history::RECORD;
    /// use pko_principles::Fact;
    ///
    /// let d = RECORD[0].deployment(0);
    /// assert_eq!(d.contingent.size, Fact::Known(3));
    /// assert_eq!(d.withdrawal_reserved, Fact::Known(true));
    /// ```
    #[must_use]
    pub fn deployment(&self, already_engaged: u32) -> Deployment {
        let peacekeeping = matches!(
            self.kind,
            OperationKind::UnPeacekeeping | OperationKind::InternationallyCoordinated
        );
        let parties = "the parties, as found at dispatch";
        let stable = self
            .presumptions
            .contains(&Presumption::StableConsentAtDecision);
        Deployment {
            operation: Operation {
                kind: Fact::Known(self.kind),
                name: Some(format!("{} ({})", self.mission, self.as_listed)),
                mission: Some(self.mission.clone()),
                host_state: Some(self.host),
                conflict: Fact::Known(ConflictSituation::CeasefireBased),
                host_is_party: Fact::Known(false),
            },
            parties: Fact::Known(if peacekeeping {
                vec![Party::new(
                    parties,
                    Fact::Known(Consent::GIVEN),
                    Fact::Known(Consent::GIVEN),
                )]
            } else {
                Vec::new()
            }),
            ceasefires: Fact::Known(if peacekeeping {
                vec![Ceasefire::new([parties], None, None)]
            } else {
                Vec::new()
            }),
            host_consent: HostConsent {
                to_operation: Fact::Known(Consent::GIVEN),
                to_japan: Fact::Known(Consent::GIVEN),
                stably_maintained: if stable {
                    Fact::Known(true)
                } else {
                    Fact::Unknown
                },
            },
            impartiality: Fact::Known(Impartiality::NoneReported),
            contingent: Contingent {
                kind: Fact::Known(self.contingent),
                size: self.size.into(),
                tasks: self.tasks.to_vec(),
                weapons_use: self.weapons_use.to_vec(),
            },
            withdrawal_reserved: Fact::Known(true),
            diet_approval: Fact::Unknown,
            already_engaged: Fact::Known(already_engaged),
        }
    }
}
