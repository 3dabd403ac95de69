//! Building facts with plain values: every fact unknown until set.

use chrono::NaiveDate;
use pko_core::{CountryCode, MissionCode};

use crate::error::Error;
use crate::facts::{
    Ceasefire, ConflictSituation, Consent, ContingentKind, Deployment, Fact, Impartiality,
    OperationKind, Party, Task, WeaponsUse,
};

/// Builds a [`Deployment`]: every fact is unknown until a setter gives it,
/// setters take plain values, and [`DeploymentBuilder::build`] checks the
/// facts together.
///
/// # Example
///
/// ```
/// use pko_core::date;
/// use pko_principles::{assess, ConflictSituation, Consent, ContingentKind, Deployment, OperationKind, Task, Verdict};
///
/// let d = Deployment::builder()
///     .operation(OperationKind::UnPeacekeeping)
///     .conflict(ConflictSituation::NoConflictYet)
///     .host_consents(Consent::GIVEN)
///     .impartial()
///     .contingent(ContingentKind::SdfUnit, 300)
///     .tasks([Task::Engineering])
///     .already_engaged(0)
///     .withdrawal_reserved(true)
///     .build()?;
/// assert_eq!(assess(&d, date(2024, 1, 1))?.verdict(), Verdict::Permitted);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct DeploymentBuilder {
    d: Deployment,
}

impl Deployment {
    /// A builder with every fact unknown.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Deployment;
    /// assert_eq!(Deployment::builder().build()?, Deployment::default());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn builder() -> DeploymentBuilder {
        DeploymentBuilder::default()
    }
}

impl DeploymentBuilder {
    /// The kind of operation.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Fact, OperationKind};
    /// let d = Deployment::builder().operation(OperationKind::HumanitarianRelief).build()?;
    /// assert_eq!(d.operation.kind, Fact::Known(OperationKind::HumanitarianRelief));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn operation(mut self, kind: OperationKind) -> Self {
        self.d.operation.kind = Fact::Known(kind);
        self
    }

    /// The operation's name, UN mission code and host state, for reports.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::CountryCode;
    /// use pko_principles::Deployment;
    /// let d = Deployment::builder().named("UNMISS engineering", "UNMISS".parse()?, "SSD".parse::<CountryCode>()?).build()?;
    /// assert_eq!(d.operation.mission.map(|m| m.to_string()).as_deref(), Some("UNMISS"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn named(
        mut self,
        name: impl Into<String>,
        mission: MissionCode,
        host: CountryCode,
    ) -> Self {
        self.d.operation.name = Some(name.into());
        self.d.operation.mission = Some(mission);
        self.d.operation.host_state = Some(host);
        self
    }

    /// The conflict situation.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{ConflictSituation, Deployment, Fact};
    /// let d = Deployment::builder().conflict(ConflictSituation::CeasefireBased).build()?;
    /// assert_eq!(d.operation.conflict, Fact::Known(ConflictSituation::CeasefireBased));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn conflict(mut self, situation: ConflictSituation) -> Self {
        self.d.operation.conflict = Fact::Known(situation);
        self
    }

    /// For relief and election observation: whether the host state is a
    /// party to the conflict.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Fact};
    /// assert_eq!(Deployment::builder().host_is_party(false).build()?.operation.host_is_party, Fact::Known(false));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn host_is_party(mut self, is_party: bool) -> Self {
        self.d.operation.host_is_party = Fact::Known(is_party);
        self
    }

    /// The parties to the conflict (all of them: the list becomes known).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Party};
    /// let d = Deployment::builder().parties([Party::consenting("A"), Party::named("B")]).build()?;
    /// assert_eq!(d.parties.known().map(Vec::len), Some(2));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn parties(mut self, parties: impl IntoIterator<Item = Party>) -> Self {
        self.d.parties = Fact::Known(parties.into_iter().collect());
        self
    }

    /// The ceasefire agreements (all of them: the list becomes known; none
    /// means known to be none).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::date;
    /// use pko_principles::{Ceasefire, Deployment, Party};
    /// let d = Deployment::builder()
    ///     .parties([Party::consenting("A"), Party::consenting("B")])
    ///     .ceasefires([Ceasefire::among(["A", "B"]).agreed_on(date(2005, 1, 9))])
    ///     .build()?;
    /// assert_eq!(d.ceasefires.known().map(Vec::len), Some(1));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn ceasefires(mut self, ceasefires: impl IntoIterator<Item = Ceasefire>) -> Self {
        self.d.ceasefires = Fact::Known(ceasefires.into_iter().collect());
        self
    }

    /// The host state's consent both to the operation and to Japan's
    /// participation.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Consent, Deployment, Fact};
    /// let d = Deployment::builder().host_consents(Consent::GIVEN).build()?;
    /// assert_eq!(d.host_consent.to_japan, Fact::Known(Consent::GIVEN));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn host_consents(mut self, consent: Consent) -> Self {
        self.d.host_consent.to_operation = Fact::Known(consent);
        self.d.host_consent.to_japan = Fact::Known(consent);
        self
    }

    /// The host state's consent to the operation alone.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Consent, Deployment, Fact};
    /// let d = Deployment::builder().host_consent_to_operation(Consent::Refused).build()?;
    /// assert_eq!(d.host_consent.to_japan, Fact::Unknown);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn host_consent_to_operation(mut self, consent: Consent) -> Self {
        self.d.host_consent.to_operation = Fact::Known(consent);
        self
    }

    /// The host state's consent to Japan's participation alone.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Consent, Deployment, Fact};
    /// let d = Deployment::builder().host_consent_to_japan(Consent::GIVEN).build()?;
    /// assert_eq!(d.host_consent.to_operation, Fact::Unknown);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn host_consent_to_japan(mut self, consent: Consent) -> Self {
        self.d.host_consent.to_japan = Fact::Known(consent);
        self
    }

    /// Whether the host state's consent is stably maintained (from 2016,
    /// for weapons use in executing duties).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Fact};
    /// assert_eq!(Deployment::builder().host_consent_stable(true).build()?.host_consent.stably_maintained, Fact::Known(true));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn host_consent_stable(mut self, stable: bool) -> Self {
        self.d.host_consent.stably_maintained = Fact::Known(stable);
        self
    }

    /// Impartiality assessed, nothing compromising it reported.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Fact, Impartiality};
    /// assert_eq!(Deployment::builder().impartial().build()?.impartiality, Fact::Known(Impartiality::NoneReported));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn impartial(mut self) -> Self {
        self.d.impartiality = Fact::Known(Impartiality::NoneReported);
        self
    }

    /// Impartiality compromised, with what is reported.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Fact, Impartiality};
    /// let d = Deployment::builder().impartiality_compromised(["supplies one side"]).build()?;
    /// assert!(matches!(d.impartiality, Fact::Known(Impartiality::Compromised { .. })));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn impartiality_compromised<S: Into<String>>(
        mut self,
        reports: impl IntoIterator<Item = S>,
    ) -> Self {
        self.d.impartiality = Fact::Known(Impartiality::Compromised {
            reports: reports.into_iter().map(Into::into).collect(),
        });
        self
    }

    /// Who goes, and how many at a time.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{ContingentKind, Deployment, Fact};
    /// let d = Deployment::builder().contingent(ContingentKind::Police, 3).build()?;
    /// assert_eq!((d.contingent.kind, d.contingent.size), (Fact::Known(ContingentKind::Police), Fact::Known(3)));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn contingent(mut self, kind: ContingentKind, size: u32) -> Self {
        self.d.contingent.kind = Fact::Known(kind);
        self.d.contingent.size = Fact::Known(size);
        self
    }

    /// Who goes, the size being unknown.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{ContingentKind, Deployment, Fact};
    /// let d = Deployment::builder().contingent_of(ContingentKind::SdfIndividuals).build()?;
    /// assert_eq!(d.contingent.size, Fact::Unknown);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn contingent_of(mut self, kind: ContingentKind) -> Self {
        self.d.contingent.kind = Fact::Known(kind);
        self
    }

    /// The tasks (added to those already set).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Task};
    /// let d = Deployment::builder().tasks([Task::Engineering]).tasks([Task::Transport]).build()?;
    /// assert_eq!(d.contingent.tasks, [Task::Engineering, Task::Transport]);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn tasks(mut self, tasks: impl IntoIterator<Item = Task>) -> Self {
        self.d.contingent.tasks.extend(tasks);
        self
    }

    /// The authorities to use weapons asked for (added to those already
    /// set).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, WeaponsUse};
    /// let d = Deployment::builder().weapons([WeaponsUse::SelfPreservation]).build()?;
    /// assert_eq!(d.contingent.weapons_use, [WeaponsUse::SelfPreservation]);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn weapons(mut self, weapons: impl IntoIterator<Item = WeaponsUse>) -> Self {
        self.d.contingent.weapons_use.extend(weapons);
        self
    }

    /// Whether Japan keeps the right to suspend its work and withdraw.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Fact};
    /// assert_eq!(Deployment::builder().withdrawal_reserved(true).build()?.withdrawal_reserved, Fact::Known(true));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn withdrawal_reserved(mut self, reserved: bool) -> Self {
        self.d.withdrawal_reserved = Fact::Known(reserved);
        self
    }

    /// Whether the Diet has approved the assignment.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Fact};
    /// assert_eq!(Deployment::builder().diet_approval(false).build()?.diet_approval, Fact::Known(false));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn diet_approval(mut self, approved: bool) -> Self {
        self.d.diet_approval = Fact::Known(approved);
        self
    }

    /// How many persons are already engaged in other operations (Art. 18).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Deployment, Fact};
    /// assert_eq!(Deployment::builder().already_engaged(287).build()?.already_engaged, Fact::Known(287));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub const fn already_engaged(mut self, persons: u32) -> Self {
        self.d.already_engaged = Fact::Known(persons);
        self
    }

    /// The deployment, once its facts are checked together
    /// ([`Deployment::check`]).
    ///
    /// # Errors
    ///
    /// [`Error::InconsistentFacts`] naming the fact and the problem.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Ceasefire, Deployment, Party};
    /// let err = Deployment::builder()
    ///     .parties([Party::named("A")])
    ///     .ceasefires([Ceasefire::among(["A", "Z"])])
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "inconsistent facts at `ceasefires[0].parties[1]`: `Z` is not among the parties");
    /// ```
    pub fn build(self) -> Result<Deployment, Error> {
        self.d.check()?;
        Ok(self.d)
    }
}

impl Party {
    /// A party whose consents are unknown.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Fact, Party};
    /// assert_eq!(Party::named("A").to_operation, Fact::Unknown);
    /// ```
    #[must_use]
    pub fn named(name: impl Into<String>) -> Self {
        Self::new(name, Fact::Unknown, Fact::Unknown)
    }

    /// A party that consents both to the operation and to Japan's
    /// participation, from an unknown day.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Consent, Fact, Party};
    /// assert_eq!(Party::consenting("A").to_japan, Fact::Known(Consent::GIVEN));
    /// ```
    #[must_use]
    pub fn consenting(name: impl Into<String>) -> Self {
        Self::new(
            name,
            Fact::Known(Consent::GIVEN),
            Fact::Known(Consent::GIVEN),
        )
    }

    /// The same party with its consent to the operation.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Consent, Fact, Party};
    /// assert_eq!(Party::named("A").consent_to_operation(Consent::Refused).to_operation, Fact::Known(Consent::Refused));
    /// ```
    #[must_use]
    pub fn consent_to_operation(mut self, consent: Consent) -> Self {
        self.to_operation = Fact::Known(consent);
        self
    }

    /// The same party with its consent to Japan's participation.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Consent, Fact, Party};
    /// assert_eq!(Party::named("A").consent_to_japan(Consent::GIVEN).to_japan, Fact::Known(Consent::GIVEN));
    /// ```
    #[must_use]
    pub fn consent_to_japan(mut self, consent: Consent) -> Self {
        self.to_japan = Fact::Known(consent);
        self
    }
}

impl Consent {
    /// Consent given on a known day.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::date;
    /// use pko_principles::Consent;
    /// assert!(!Consent::given_on(date(2011, 7, 9)).in_effect_on(date(2011, 7, 8)));
    /// ```
    #[must_use]
    pub const fn given_on(day: NaiveDate) -> Self {
        Self::Given {
            on: Some(day),
            withdrawn_on: None,
        }
    }

    /// The same consent, withdrawn on `day` (a refusal stays a refusal).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::date;
    /// use pko_principles::Consent;
    /// let c = Consent::GIVEN.withdrawn_on(date(2013, 12, 15));
    /// assert!(c.in_effect_on(date(2013, 12, 14)));
    /// assert!(!c.in_effect_on(date(2013, 12, 15)));
    /// assert_eq!(Consent::Refused.withdrawn_on(date(2013, 12, 15)), Consent::Refused);
    /// ```
    #[must_use]
    pub const fn withdrawn_on(self, day: NaiveDate) -> Self {
        match self {
            Self::Given { on, .. } => Self::Given {
                on,
                withdrawn_on: Some(day),
            },
            Self::Refused => Self::Refused,
        }
    }
}

impl Ceasefire {
    /// An agreement among the named parties, its days unknown.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Ceasefire;
    /// let c = Ceasefire::among(["A", "B"]);
    /// assert_eq!((c.parties.len(), c.agreed_on, c.broken_on), (2, None, None));
    /// ```
    #[must_use]
    pub fn among<S: Into<String>>(parties: impl IntoIterator<Item = S>) -> Self {
        Self::new(parties, None, None)
    }

    /// The same agreement, agreed on `day`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::date;
    /// use pko_principles::Ceasefire;
    /// assert!(!Ceasefire::among(["A"]).agreed_on(date(2005, 1, 9)).in_effect_on(date(2005, 1, 8)));
    /// ```
    #[must_use]
    pub fn agreed_on(mut self, day: NaiveDate) -> Self {
        self.agreed_on = Some(day);
        self
    }

    /// The same agreement, broken on `day`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::date;
    /// use pko_principles::Ceasefire;
    /// assert!(!Ceasefire::among(["A"]).broken_on(date(2013, 12, 15)).in_effect_on(date(2013, 12, 15)));
    /// ```
    #[must_use]
    pub fn broken_on(mut self, day: NaiveDate) -> Self {
        self.broken_on = Some(day);
        self
    }
}
