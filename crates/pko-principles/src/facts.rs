//! The facts of a deployment, each of which may be unknown.
//!
//! These are plain data: public fields, any combination representable,
//! because a user describes what they know, not what is valid. What the
//! facts must satisfy together (a ceasefire names only known parties, no
//! consent is withdrawn before it was given) is checked by
//! [`Deployment::check`], which [`assess`](crate::assess) calls first.
//!
//! In JSON, a fact that is `null` or absent is **unknown**; every other
//! value is known. Unknown fields are rejected, so that a misspelt fact is
//! an error rather than a silently unknown one.
//!
//! A leaf: the facts know no other module of the crate.

use std::fmt;

use chrono::NaiveDate;
use pko_core::{CountryCode, MissionCode};

pub use pko_core::Fact;

/// What kind of operation Japan would take part in.
///
/// # Example
///
/// ```
/// use pko_principles::OperationKind;
///
/// assert_eq!(OperationKind::UnPeacekeeping.to_string(), "UN peacekeeping operation");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum OperationKind {
    /// A UN peacekeeping operation (Art. 3(1)).
    UnPeacekeeping,
    /// An internationally coordinated operation for peace and security, not
    /// under UN command; exists in law only from 29 March 2016.
    InternationallyCoordinated,
    /// A humanitarian international relief operation (Art. 3(2)).
    HumanitarianRelief,
    /// An international election observation operation (Art. 3(2-2)).
    ElectionObservation,
}

impl OperationKind {
    /// Every kind, in the Act's order.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::OperationKind::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [Self] = &Self::EACH;

    /// [`Self::ALL`] as an array, for tables with one cell per value.
    pub(crate) const EACH: [Self; 4] = [
        Self::UnPeacekeeping,
        Self::InternationallyCoordinated,
        Self::HumanitarianRelief,
        Self::ElectionObservation,
    ];

    /// The indefinite article for the kind's name ("a UN peacekeeping
    /// operation", "an internationally coordinated operation").
    pub(crate) const fn article(self) -> &'static str {
        match self {
            Self::UnPeacekeeping | Self::HumanitarianRelief => "a",
            Self::InternationallyCoordinated | Self::ElectionObservation => "an",
        }
    }
}

impl fmt::Display for OperationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::UnPeacekeeping => "UN peacekeeping operation",
            Self::InternationallyCoordinated => "internationally coordinated operation",
            Self::HumanitarianRelief => "humanitarian international relief operation",
            Self::ElectionObservation => "international election observation operation",
        })
    }
}

/// The conflict situation in the area of operation.
///
/// # Example
///
/// ```
/// use pko_principles::ConflictSituation;
///
/// assert_eq!(ConflictSituation::NoConflictYet.to_string(), "no armed conflict has yet occurred");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ConflictSituation {
    /// An armed conflict with parties who have (or should have) agreed a
    /// ceasefire.
    CeasefireBased,
    /// The armed conflict has ended and the parties no longer exist in the
    /// area (a case of the 2015 amendment).
    EndedPartiesGone,
    /// No armed conflict has yet occurred.
    NoConflictYet,
}

impl ConflictSituation {
    /// Every situation.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::ConflictSituation::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::CeasefireBased,
        Self::EndedPartiesGone,
        Self::NoConflictYet,
    ];
}

impl fmt::Display for ConflictSituation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::CeasefireBased => "armed conflict between parties, ceasefire-based",
            Self::EndedPartiesGone => "conflict ended and the parties no longer exist in the area",
            Self::NoConflictYet => "no armed conflict has yet occurred",
        })
    }
}

/// The operation.
///
/// # Example
///
/// ```
/// use pko_principles::{Fact, Operation, OperationKind};
///
/// let op = Operation { kind: Fact::Known(OperationKind::UnPeacekeeping), ..Operation::default() };
/// assert!(op.conflict == Fact::Unknown);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Operation {
    /// What kind of operation.
    pub kind: Fact<OperationKind>,
    /// Its name, for reports.
    pub name: Option<String>,
    /// The UN mission acronym, for reports.
    pub mission: Option<MissionCode>,
    /// The host state, for reports.
    pub host_state: Option<CountryCode>,
    /// The conflict situation.
    pub conflict: Fact<ConflictSituation>,
    /// For relief and election-observation operations: whether the host
    /// state is itself a party to the conflict (then a ceasefire is needed).
    pub host_is_party: Fact<bool>,
}

/// Whose consent.
///
/// # Example
///
/// ```
/// use pko_principles::Consenter;
///
/// assert_eq!(Consenter::Party("Party A".into()).to_string(), "party `Party A`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Consenter {
    /// The host state.
    Host,
    /// A party to the conflict.
    Party(String),
}

impl fmt::Display for Consenter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Host => f.write_str("the host state"),
            Self::Party(name) => write!(f, "party `{name}`"),
        }
    }
}

/// Consent to what.
///
/// # Example
///
/// ```
/// use pko_principles::ConsentTo;
///
/// assert_eq!(ConsentTo::JapansParticipation.to_string(), "Japan's participation");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ConsentTo {
    /// The operation taking place.
    Operation,
    /// Japan's participation in it.
    JapansParticipation,
}

impl fmt::Display for ConsentTo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Operation => "the operation",
            Self::JapansParticipation => "Japan's participation",
        })
    }
}

/// A consent, as given and perhaps withdrawn.
///
/// JSON: `"refused"`, or `{"given": {"on": "2011-07-09", "withdrawn_on": null}}`
/// with both dates optional.
///
/// # Example
///
/// ```
/// use pko_principles::Consent;
///
/// let d = |y, m, dd| pko_core::date(y, m, dd);
/// let c = Consent::Given { on: Some(d(2012, 1, 1)), withdrawn_on: Some(d(2013, 1, 1)) };
/// assert!(c.in_effect_on(d(2012, 6, 1)));
/// assert!(!c.in_effect_on(d(2013, 1, 1)));
/// assert!(!c.in_effect_on(d(2011, 12, 31)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Consent {
    /// Given; `on` the day (if known), withdrawn on `withdrawn_on` (if it
    /// was).
    Given {
        /// The day consent was given, if known; unknown means "given before
        /// any date asked about".
        #[cfg_attr(feature = "serde", serde(default))]
        on: Option<NaiveDate>,
        /// The day consent was withdrawn, if it was; consent is not in effect
        /// from that day.
        #[cfg_attr(feature = "serde", serde(default))]
        withdrawn_on: Option<NaiveDate>,
    },
    /// Refused.
    Refused,
}

impl Consent {
    /// Consent given on an unknown day and never withdrawn.
    pub const GIVEN: Self = Self::Given {
        on: None,
        withdrawn_on: None,
    };

    /// Whether the consent is in effect on `date`: given on or before it and
    /// not withdrawn on or before it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Consent;
    ///
    /// assert!(Consent::GIVEN.in_effect_on(pko_core::date(2000, 1, 1)));
    /// assert!(!Consent::Refused.in_effect_on(pko_core::date(2000, 1, 1)));
    /// ```
    #[must_use]
    pub fn in_effect_on(&self, date: NaiveDate) -> bool {
        match self {
            Self::Given { on, withdrawn_on } => {
                on.is_none_or(|on| on <= date) && withdrawn_on.is_none_or(|w| w > date)
            }
            Self::Refused => false,
        }
    }
}

/// The host state's consents.
///
/// # Example
///
/// ```
/// use pko_principles::{Consent, Fact, HostConsent};
///
/// let host = HostConsent {
///     to_operation: Fact::Known(Consent::GIVEN),
///     to_japan: Fact::Known(Consent::GIVEN),
///     stably_maintained: Fact::Unknown,
/// };
/// assert!(host.to_japan.is_known());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct HostConsent {
    /// Consent to the operation taking place.
    pub to_operation: Fact<Consent>,
    /// Consent to Japan's participation.
    pub to_japan: Fact<Consent>,
    /// Whether the government judges the consents the operation rests on
    /// to be stably maintained throughout: the host state's and, where
    /// the law asks for them, the parties' (Art. 6(1) of the text in force
    /// from 29 March 2016, for safety-ensuring operations and
    /// kaketsuke-keigo, and for weapons use in executing them).
    pub stably_maintained: Fact<bool>,
}

/// A party to the armed conflict and its consents.
///
/// # Example
///
/// ```
/// use pko_principles::{Consent, Fact, Party};
///
/// let p = Party::new("Party A", Fact::Known(Consent::GIVEN), Fact::Unknown);
/// assert_eq!(p.name, "Party A");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Party {
    /// Its name, unique among the parties.
    pub name: String,
    /// Consent to the operation taking place.
    #[cfg_attr(feature = "serde", serde(default))]
    pub to_operation: Fact<Consent>,
    /// Consent to Japan's participation.
    #[cfg_attr(feature = "serde", serde(default))]
    pub to_japan: Fact<Consent>,
}

impl Party {
    /// A party with its consents.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Fact, Party};
    ///
    /// assert_eq!(Party::new("B", Fact::Unknown, Fact::Unknown).to_japan, Fact::Unknown);
    /// ```
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        to_operation: Fact<Consent>,
        to_japan: Fact<Consent>,
    ) -> Self {
        Self {
            name: name.into(),
            to_operation,
            to_japan,
        }
    }
}

/// A ceasefire agreement among some parties.
///
/// # Example
///
/// ```
/// use pko_principles::Ceasefire;
///
/// let c = Ceasefire::new(["A", "B"], None, None);
/// assert!(c.in_effect_on(pko_core::date(2000, 1, 1)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Ceasefire {
    /// The parties that agreed, by name.
    pub parties: Vec<String>,
    /// The day it was agreed, if known; unknown means "before any date asked
    /// about".
    #[cfg_attr(feature = "serde", serde(default))]
    pub agreed_on: Option<NaiveDate>,
    /// The day it was broken, if it was; it is not in effect from that day.
    #[cfg_attr(feature = "serde", serde(default))]
    pub broken_on: Option<NaiveDate>,
}

impl Ceasefire {
    /// An agreement among the named parties.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Ceasefire::new(["A"], None, None).parties, ["A"]);
    /// ```
    #[must_use]
    pub fn new<S: Into<String>>(
        parties: impl IntoIterator<Item = S>,
        agreed_on: Option<NaiveDate>,
        broken_on: Option<NaiveDate>,
    ) -> Self {
        Self {
            parties: parties.into_iter().map(Into::into).collect(),
            agreed_on,
            broken_on,
        }
    }

    /// Whether the agreement is in effect on `date`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Ceasefire;
    ///
    /// let d = pko_core::date(2013, 12, 15);
    /// assert!(!Ceasefire::new(["A"], None, Some(d)).in_effect_on(d));
    /// ```
    #[must_use]
    pub fn in_effect_on(&self, date: NaiveDate) -> bool {
        self.agreed_on.is_none_or(|a| a <= date) && self.broken_on.is_none_or(|b| b > date)
    }
}

/// What is known about the operation's impartiality.
///
/// An unknown `Fact<Impartiality>` means "not assessed".
///
/// # Example
///
/// ```
/// use pko_principles::Impartiality;
///
/// let i = Impartiality::Compromised { reports: vec!["arms supplied to one party".into()] };
/// assert!(matches!(i, Impartiality::Compromised { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Impartiality {
    /// Assessed; nothing compromising it is reported.
    NoneReported,
    /// Facts compromising it are reported.
    Compromised {
        /// What is reported, in words.
        reports: Vec<String>,
    },
}

/// Who the Japanese contingent is: who goes decides which tasks the law
/// allows (Art. 6(6) for SDF units, the Art. 12(1) proviso for persons
/// other than SDF personnel).
///
/// In JSON: `"sdf_unit"`, `"sdf_individuals"`, `"police"` or
/// `"civilians"`. The value `"individuals"` of earlier versions of the
/// format is rejected with an error that names these values: it did not
/// say who goes, and pko does not guess.
///
/// # Example
///
/// ```
/// use pko_principles::ContingentKind;
///
/// assert_eq!(ContingentKind::SdfUnit.to_string(), "SDF unit");
/// assert!(ContingentKind::SdfIndividuals.is_sdf());
/// assert!(!ContingentKind::Police.is_sdf());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ContingentKind {
    /// Units of the Self-Defense Forces (自衛隊の部隊等, Art. 6(6)): the
    /// freeze on PKF core tasks and Diet approval apply to them.
    SdfUnit,
    /// SDF personnel sent as individuals (staff officers, military
    /// observers, liaison officers).
    SdfIndividuals,
    /// Police officers (civilian police).
    Police,
    /// Other civilians (election observers and staff, administrative
    /// advisers, medical staff).
    Civilians,
}

impl ContingentKind {
    /// Every kind, in the order of the JSON format's documentation.
    pub const ALL: &'static [Self] = &[
        Self::SdfUnit,
        Self::SdfIndividuals,
        Self::Police,
        Self::Civilians,
    ];

    /// Whether the persons are SDF personnel (as a unit or as individuals).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::ContingentKind::SdfUnit.is_sdf());
    /// ```
    #[must_use]
    pub const fn is_sdf(self) -> bool {
        matches!(self, Self::SdfUnit | Self::SdfIndividuals)
    }

    /// The JSON name (`sdf_unit`, `sdf_individuals`, `police`, `civilians`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::ContingentKind::Police.json_name(), "police");
    /// ```
    #[must_use]
    pub const fn json_name(self) -> &'static str {
        match self {
            Self::SdfUnit => "sdf_unit",
            Self::SdfIndividuals => "sdf_individuals",
            Self::Police => "police",
            Self::Civilians => "civilians",
        }
    }
}

/// The JSON names of [`ContingentKind`], for error messages.
#[cfg(feature = "serde")]
const CONTINGENT_KINDS: &[&str] = &["sdf_unit", "sdf_individuals", "police", "civilians"];

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ContingentKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let name = String::deserialize(deserializer)?;
        if name == "individuals" {
            return Err(D::Error::custom(
                "`individuals` no longer says who goes: use `sdf_individuals` (staff officers, military observers), `police` or `civilians`",
            ));
        }
        Self::ALL
            .iter()
            .copied()
            .find(|k| k.json_name() == name)
            .ok_or_else(|| D::Error::unknown_variant(&name, CONTINGENT_KINDS))
    }
}

impl fmt::Display for ContingentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::SdfUnit => "SDF unit",
            Self::SdfIndividuals => "SDF personnel as individuals",
            Self::Police => "police officers",
            Self::Civilians => "civilians",
        })
    }
}

/// A task the Japanese contingent would carry out.
///
/// # Example
///
/// ```
/// use pko_principles::Task;
///
/// assert!(Task::CeasefireMonitoring.is_pkf_core());
/// assert!(!Task::Engineering.is_pkf_core());
/// assert_eq!(Task::KaketsukeKeigo.to_string(), "kaketsuke-keigo (coming to the aid of distant personnel under attack)");
/// ```
///
/// In JSON, the snake-case name (`engineering`, `kaketsuke_keigo`). The
/// `joint_camp_protection` of earlier versions is refused with an error
/// that names its new place: from the 2016 text, the joint protection of
/// camps is a rule on the use of weapons (Art. 25(7)), not a task, and it
/// is listed under `contingent.weapons_use`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Task {
    /// Construction (Art. 3(3), item (xvi) タ).
    Engineering,
    /// Transport, including movement control (Art. 3(3), item (xvi) タ).
    Transport,
    /// Medical care, including epidemic prevention (Art. 3(3), item (x) ヌ).
    Medical,
    /// Staff work at the mission's headquarters. Until 28 March 2016, work
    /// similar to the listed items set by Cabinet Order (item (xvii) レ):
    /// what it is similar to is set mission by mission, and decides who may
    /// do it (see [`Assumptions::headquarters_staff_similar_to`](crate::Assumptions::headquarters_staff_similar_to)).
    /// From 29 March 2016, item ネ of Art. 3(5), as the Sinai Cabinet Order
    /// classes the SDF officers' liaison and planning work at the MFO
    /// headquarters.
    HeadquartersStaff,
    /// Observation or management of elections (Art. 3(3), item (vii) ト).
    ElectionObservation,
    /// Advice, guidance or monitoring of police administration (Art. 3(3),
    /// item (viii) チ).
    CivilianPolice,
    /// Other administrative advice or guidance (Art. 3(3), item (ix) リ).
    AdministrativeAdvice,
    /// Search, rescue or repatriation assistance for affected persons
    /// (Art. 3(3), item (xi) ル).
    SearchRescueRepatriation,
    /// Distribution of food, clothing, medicine and other daily necessities
    /// to affected persons (Art. 3(3), item (xii) ヲ).
    ReliefDistribution,
    /// Setting up facilities to house affected persons (Art. 3(3), item
    /// (xiii) ワ).
    ShelterFacilities,
    /// Restoring facilities damaged by the conflict that affected persons
    /// need (Art. 3(3), item (xiv) カ).
    FacilityRestoration,
    /// Restoring the natural environment damaged by the conflict (Art.
    /// 3(3), item (xv) ヨ).
    EnvironmentalRestoration,
    /// Communications (Art. 3(3), item (xvi) タ).
    Communications,
    /// Storage and stockpiling (Art. 3(3), item (xvi) タ).
    Storage,
    /// Installation, inspection or repair of machinery (Art. 3(3), item
    /// (xvi) タ).
    MachineryRepair,
    /// Liaison between the mission and others by military officers: work
    /// similar to the listed items set by Cabinet Order (item (xvii) レ,
    /// item ナ from 29 March 2016), as pko reads it; what it is similar to
    /// is set mission by mission (see
    /// [`Assumptions::military_liaison_similar_to`](crate::Assumptions::military_liaison_similar_to)).
    MilitaryLiaison,
    /// PKF core task (i): monitoring of ceasefire, redeployment, withdrawal
    /// or disarmament.
    CeasefireMonitoring,
    /// PKF core task (ii): stationing and patrol in buffer zones.
    BufferZonePatrol,
    /// PKF core task (iii): inspection of weapons carried in or out.
    WeaponsInspection,
    /// PKF core task (iv): collection, storage or disposal of abandoned
    /// weapons.
    AbandonedWeaponsDisposal,
    /// PKF core task (v): assistance in drawing ceasefire lines.
    CeasefireLineAssistance,
    /// PKF core task (vi): assistance in exchanging prisoners of war.
    PrisonerExchangeAssistance,
    /// Safety-ensuring operations (安全確保業務), item ト of Art. 3(5),
    /// from 29 March 2016.
    SafetyEnsuring,
    /// Coming to the aid of geographically distant personnel under attack
    /// (駆け付け警護), item ラ of Art. 3(5), from 29 March 2016.
    KaketsukeKeigo,
}

impl Task {
    /// Every task, in the order of Art. 3(3) and then the 2015 tasks.
    pub const ALL: &'static [Self] = &Self::EACH;

    /// [`Self::ALL`] as an array, for tables with one cell per value.
    pub(crate) const EACH: [Self; 24] = [
        Self::CeasefireMonitoring,
        Self::BufferZonePatrol,
        Self::WeaponsInspection,
        Self::AbandonedWeaponsDisposal,
        Self::CeasefireLineAssistance,
        Self::PrisonerExchangeAssistance,
        Self::ElectionObservation,
        Self::CivilianPolice,
        Self::AdministrativeAdvice,
        Self::Medical,
        Self::SearchRescueRepatriation,
        Self::ReliefDistribution,
        Self::ShelterFacilities,
        Self::FacilityRestoration,
        Self::EnvironmentalRestoration,
        Self::Engineering,
        Self::Transport,
        Self::Communications,
        Self::Storage,
        Self::MachineryRepair,
        Self::HeadquartersStaff,
        Self::MilitaryLiaison,
        Self::SafetyEnsuring,
        Self::KaketsukeKeigo,
    ];

    /// Whether it is one of the six "PKF core tasks" of Art. 3(3)(i)–(vi),
    /// frozen for SDF units until the 2001 amendment.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::Task::BufferZonePatrol.is_pkf_core());
    /// ```
    #[must_use]
    pub const fn is_pkf_core(self) -> bool {
        matches!(
            self,
            Self::CeasefireMonitoring
                | Self::BufferZonePatrol
                | Self::WeaponsInspection
                | Self::AbandonedWeaponsDisposal
                | Self::CeasefireLineAssistance
                | Self::PrisonerExchangeAssistance
        )
    }

    /// Whether the 2015 amendment created it (in force 29 March 2016).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::Task::KaketsukeKeigo.is_2015_task());
    /// ```
    #[must_use]
    pub const fn is_2015_task(self) -> bool {
        matches!(self, Self::SafetyEnsuring | Self::KaketsukeKeigo)
    }

    /// The JSON name (`engineering`, `kaketsuke_keigo`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Task::HeadquartersStaff.json_name(), "headquarters_staff");
    /// ```
    #[must_use]
    pub const fn json_name(self) -> &'static str {
        match self {
            Self::Engineering => "engineering",
            Self::Transport => "transport",
            Self::Medical => "medical",
            Self::HeadquartersStaff => "headquarters_staff",
            Self::ElectionObservation => "election_observation",
            Self::CivilianPolice => "civilian_police",
            Self::AdministrativeAdvice => "administrative_advice",
            Self::SearchRescueRepatriation => "search_rescue_repatriation",
            Self::ReliefDistribution => "relief_distribution",
            Self::ShelterFacilities => "shelter_facilities",
            Self::FacilityRestoration => "facility_restoration",
            Self::EnvironmentalRestoration => "environmental_restoration",
            Self::Communications => "communications",
            Self::Storage => "storage",
            Self::MachineryRepair => "machinery_repair",
            Self::MilitaryLiaison => "military_liaison",
            Self::CeasefireMonitoring => "ceasefire_monitoring",
            Self::BufferZonePatrol => "buffer_zone_patrol",
            Self::WeaponsInspection => "weapons_inspection",
            Self::AbandonedWeaponsDisposal => "abandoned_weapons_disposal",
            Self::CeasefireLineAssistance => "ceasefire_line_assistance",
            Self::PrisonerExchangeAssistance => "prisoner_exchange_assistance",
            Self::SafetyEnsuring => "safety_ensuring",
            Self::KaketsukeKeigo => "kaketsuke_keigo",
        }
    }
}

/// The JSON names of [`Task`], for error messages.
#[cfg(feature = "serde")]
#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
const TASK_NAMES: [&str; Task::ALL.len()] = {
    let mut names = [""; Task::ALL.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = Task::ALL[i].json_name();
        i += 1;
    }
    names
};

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Task {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        if name == "joint_camp_protection" {
            return Err(D::Error::custom(
                "`joint_camp_protection` is not a task: from 29 March 2016 the joint protection of camps is a rule on the use of weapons (Art. 25(7)); list it under `contingent.weapons_use`",
            ));
        }
        Self::ALL
            .iter()
            .copied()
            .find(|t| t.json_name() == name)
            .ok_or_else(|| D::Error::unknown_variant(&name, &TASK_NAMES))
    }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Engineering => "engineering",
            Self::Transport => "transport",
            Self::Medical => "medical care",
            Self::HeadquartersStaff => "headquarters staff",
            Self::ElectionObservation => "election observation",
            Self::CivilianPolice => "civilian police",
            Self::AdministrativeAdvice => "administrative advice",
            Self::SearchRescueRepatriation => "search, rescue and repatriation of affected persons",
            Self::ReliefDistribution => "distribution of relief goods",
            Self::ShelterFacilities => "shelter facilities for affected persons",
            Self::FacilityRestoration => "restoration of damaged facilities",
            Self::EnvironmentalRestoration => "restoration of the natural environment",
            Self::Communications => "communications",
            Self::Storage => "storage",
            Self::MachineryRepair => "installation, inspection and repair of machinery",
            Self::MilitaryLiaison => "military liaison",
            Self::CeasefireMonitoring => "ceasefire monitoring (PKF core task)",
            Self::BufferZonePatrol => "buffer-zone stationing and patrol (PKF core task)",
            Self::WeaponsInspection => "inspection of weapons carried in or out (PKF core task)",
            Self::AbandonedWeaponsDisposal => "disposal of abandoned weapons (PKF core task)",
            Self::CeasefireLineAssistance => {
                "assistance in drawing ceasefire lines (PKF core task)"
            }
            Self::PrisonerExchangeAssistance => {
                "assistance in exchanging prisoners of war (PKF core task)"
            }
            Self::SafetyEnsuring => "safety-ensuring operations",
            Self::KaketsukeKeigo => {
                "kaketsuke-keigo (coming to the aid of distant personnel under attack)"
            }
        })
    }
}

/// An authority to use weapons that the deployment asks for.
///
/// # Example
///
/// ```
/// use pko_principles::WeaponsUse;
///
/// assert_eq!(WeaponsUse::UseOfForce.to_string(), "use of force to carry out a mandate");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum WeaponsUse {
    /// To protect the lives or bodies of oneself and other personnel on site
    /// ("self-preservation").
    SelfPreservation,
    /// To protect persons who have come under the personnel's control in the
    /// course of duty (from the 2001 amendment).
    PersonsUnderControl,
    /// To protect weapons and equipment (SDF Act Art. 95, which the 2001
    /// amendment applied to SDF personnel abroad, from 14 January 2002).
    ProtectionOfWeapons,
    /// To execute duties: safety-ensuring operations and kaketsuke-keigo
    /// (Art. 26(1) and (2), from 29 March 2016, with the consents judged
    /// stably maintained).
    DutyExecution,
    /// To protect, together with the personnel of foreign contingents
    /// lodging in the same camp, the camp when it is attacked: a rule on
    /// the use of weapons of SDF officers (Art. 25(7), from 29 March 2016),
    /// not a task.
    JointCampProtection,
    /// Use of force to carry out a mandate: never allowed (Art. 2(2)).
    UseOfForce,
}

impl WeaponsUse {
    /// Every authority, from the narrowest.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::WeaponsUse;
    /// assert_eq!(WeaponsUse::ALL.len(), 6);
    /// assert_eq!(WeaponsUse::ALL[5], WeaponsUse::UseOfForce);
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::SelfPreservation,
        Self::PersonsUnderControl,
        Self::ProtectionOfWeapons,
        Self::DutyExecution,
        Self::JointCampProtection,
        Self::UseOfForce,
    ];
}

impl fmt::Display for WeaponsUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::SelfPreservation => "self-preservation of personnel on site",
            Self::PersonsUnderControl => "protection of persons under the personnel's control",
            Self::ProtectionOfWeapons => "protection of weapons and equipment",
            Self::DutyExecution => "execution of duties",
            Self::JointCampProtection => "joint protection of camps",
            Self::UseOfForce => "use of force to carry out a mandate",
        })
    }
}

/// The Japanese contingent.
///
/// # Example
///
/// ```
/// use pko_principles::{Contingent, ContingentKind, Fact, Task};
///
/// let c = Contingent {
///     kind: Fact::Known(ContingentKind::SdfUnit),
///     size: Fact::Known(600),
///     tasks: vec![Task::Engineering],
///     weapons_use: vec![],
/// };
/// assert_eq!(c.tasks.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Contingent {
    /// Who goes: an SDF unit, SDF personnel as individuals, police
    /// officers or civilians.
    pub kind: Fact<ContingentKind>,
    /// How many persons at a time.
    pub size: Fact<u32>,
    /// The tasks it would carry out.
    pub tasks: Vec<Task>,
    /// The authorities to use weapons it asks for.
    pub weapons_use: Vec<WeaponsUse>,
}

/// Everything known about a proposed or ongoing deployment.
///
/// # Example
///
/// ```
/// use pko_principles::{Deployment, Fact};
///
/// let d = Deployment::default();
/// assert_eq!(d.withdrawal_reserved, Fact::Unknown);
/// assert!(d.check().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(transform = pko_core::schema_key::add_property)
)]
#[cfg_attr(
    feature = "serde",
    serde(remote = "Self", deny_unknown_fields, default)
)]
pub struct Deployment {
    /// The operation.
    pub operation: Operation,
    /// The parties to the conflict (known to be none: an empty list).
    pub parties: Fact<Vec<Party>>,
    /// The ceasefire agreements (known to be none: an empty list).
    pub ceasefires: Fact<Vec<Ceasefire>>,
    /// The host state's consents.
    pub host_consent: HostConsent,
    /// Impartiality of the operation (unknown: not assessed).
    pub impartiality: Fact<Impartiality>,
    /// The Japanese contingent.
    pub contingent: Contingent,
    /// Whether Japan keeps the right to suspend its work and withdraw.
    pub withdrawal_reserved: Fact<bool>,
    /// Whether the Diet has approved the assignment (where the law asks for
    /// it: PKF core tasks by SDF units, Art. 6(7)).
    pub diet_approval: Fact<bool>,
    /// How many persons are already engaged in international peace
    /// cooperation work in other operations at the time: Art. 18 caps the
    /// **total** engaged at a time (known to be none: `0`).
    pub already_engaged: Fact<u32>,
}

// A file may name its schema (`"$schema"`): it is dropped as it is read.
#[cfg(feature = "serde")]
pko_core::serde_with_schema_key!(Deployment);
