//! The rules: the five principles and the Act's other requirements,
//! applied to a deployment's facts on a date.

use std::borrow::Cow;

use chrono::NaiveDate;
use pko_core::Source;

use super::outcome::Record;
use super::{
    Assessment, Condition, ConsentGap, ConsentTo, Consenter, Note, Reason, Status, Subject, Verdict,
};
use crate::cite::{
    ART_1, ART_2_2, ART_3, ART_3_1, ART_3_2, ART_3_2_2, ART_6_1_I, ART_6_1_II, ART_6_1_III,
    ART_6_6, ART_6_7, ART_6_9, ART_6_13_I, ART_6_13_II, ART_6_13_III, ART_8_1_VI, ART_12_1, ART_18,
    ART_24, ART_24_4, ART_26_2016, BILL_2015, PRINCIPLE_5_2016, REGIME_1998, REGIME_2001,
    REGIME_2015, SPEECH_B, SUPPL_1998, SUPPL_2001,
};
use crate::facts::{
    ConflictSituation, Consent, ContingentKind, Deployment, Fact, Impartiality, OperationKind,
    Task, WeaponsUse,
};
use crate::law::{Principle, Regime, effective};
use crate::statute::{self, Permission};
use crate::{Decider, Error, FactPath};

/// The Art. 18 cap on the persons engaged at a time (pre-2016 text): 2,000.
pub const HEADCOUNT_CAP: u32 = 2_000;

/// The day Act No. 24 of 2024 came into force (date secondary; content
/// unverified, so not modelled).
pub(crate) const ACT_2024_IN_FORCE: Option<NaiveDate> = NaiveDate::from_ymd_opt(2024, 7, 12);

/// Choices pko makes where its sources are silent. Each is named and
/// documented; [`Assumptions::default`] gives the documented defaults.
///
/// # Example
///
/// ```
/// use pko_principles::Assumptions;
///
/// let a = Assumptions::default();
/// assert!(a.no_conflict_clause_since_1992);
/// assert_eq!(a.headcount_cap_after_2016, None);
/// assert!(a.coordinated_as_peacekeeping);
/// assert_eq!(a.camp_protection_weapons, None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Assumptions {
    /// Art. 3(1) as it stood in July 2015 defines a UN peacekeeping
    /// operation also where "no armed conflict has occurred", with the host
    /// state's consent alone. The sources do not say which act put that
    /// clause in; none of the amendments recorded as changing what may be
    /// done (1998, 2001) is said to have added it, so by default it is
    /// applied from 1992. Set to `false` to apply it only from the 2001
    /// regime, whose text is the July 2015 text. Default: `true`.
    pub no_conflict_clause_since_1992: bool,
    /// Whether the Art. 18 cap of 2,000 persons survived the 2015
    /// amendment is unverified. `None` (the default): a contingent above
    /// 2,000 after 29 March 2016 is *undetermined*; `Some(n)`: apply a cap
    /// of `n`.
    pub headcount_cap_after_2016: Option<u32>,
    /// Which items of Art. 3(3) an internationally coordinated operation
    /// (from 29 March 2016) may include is not in pko's sources, which hold
    /// only the pre-2016 text. `true` (the default): the items allowed in a
    /// UN peacekeeping operation, which the government's statement that the
    /// five principles were checked for the MFO in 2019 is consistent with;
    /// `false`: every such task is *undetermined*.
    pub coordinated_as_peacekeeping: bool,
    /// Whether weapons may be used in the joint protection of camps, and how
    /// far, is not in pko's sources (they name the task, not its weapons
    /// rule). `None` (the default): a request for that authority is
    /// *undetermined*; `Some(true)`: allowed with the task, from 29 March
    /// 2016; `Some(false)`: not allowed.
    pub camp_protection_weapons: Option<bool>,
    /// Who may do the tasks the 2015 amendment added where pko's statute
    /// table does not know (for example, whether police officers may do
    /// the joint protection of camps): the sources hold the pre-2016 text.
    /// `None` (the default): such a task is *undetermined*, with this
    /// assumption among the facts that would decide it; `Some(true)`:
    /// allowed; `Some(false)`: not allowed.
    pub unverified_permissions: Option<bool>,
}

impl Default for Assumptions {
    fn default() -> Self {
        Self {
            no_conflict_clause_since_1992: true,
            headcount_cap_after_2016: None,
            coordinated_as_peacekeeping: true,
            camp_protection_weapons: None,
            unverified_permissions: None,
        }
    }
}

/// Assesses `deployment` under the law in force on `as_of`, with the
/// default [`Assumptions`].
///
/// # Errors
///
/// [`Error::BeforeAct`] for a date before 10 August 1992;
/// [`Error::InconsistentFacts`] if the facts contradict each other (see
/// [`Deployment::check`]).
///
/// # Example
///
/// ```
/// use pko_principles::{assess, ConflictSituation, Consent, ContingentKind, Deployment, OperationKind, Task, Verdict};
///
/// let facts = Deployment::builder()
///     .operation(OperationKind::UnPeacekeeping).conflict(ConflictSituation::NoConflictYet)
///     .host_consents(Consent::GIVEN).impartial().withdrawal_reserved(true)
///     .contingent(ContingentKind::SdfUnit, 300).tasks([Task::Engineering]).already_engaged(0)
///     .build()?;
/// let a = assess(&facts, pko_core::date(2012, 1, 15))?;
/// assert_eq!(a.verdict(), Verdict::Permitted);
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn assess(deployment: &Deployment, as_of: NaiveDate) -> Result<Assessment, Error> {
    assess_with(deployment, as_of, &Assumptions::default())
}

/// Assesses `deployment` under the law in force on `as_of`, with the given
/// [`Assumptions`].
///
/// # Errors
///
/// As [`assess`].
///
/// # Example
///
/// ```
/// use pko_principles::{assess_with, Assumptions, Deployment};
///
/// let strict = Assumptions { no_conflict_clause_since_1992: false, ..Assumptions::default() };
/// let a = assess_with(&Deployment::default(), pko_core::date(1995, 1, 1), &strict)?;
/// assert!(a.notes().is_empty());
/// # Ok::<(), pko_principles::Error>(())
/// ```
pub fn assess_with(
    deployment: &Deployment,
    as_of: NaiveDate,
    assumptions: &Assumptions,
) -> Result<Assessment, Error> {
    let regime = Regime::in_force_on(as_of)?;
    deployment.check()?;
    let contingent = &deployment.contingent;
    let mut ctx = Context {
        d: deployment,
        as_of,
        regime,
        assumptions,
        notes: Vec::new(),
        conditions: Vec::new(),
        records: Vec::with_capacity(8 + contingent.tasks.len() + contingent.weapons_use.len()),
        reasons: Vec::with_capacity(32),
        cur: Current::new(Subject::LegalBasis, &[]),
    };
    ctx.legal_basis();
    ctx.ceasefire();
    ctx.consent();
    ctx.impartiality();
    ctx.withdrawal();
    // Principle 5 summarises the weapons findings, which come later in the
    // report: make them first, then move principle 5 into its place.
    let p5_at = ctx.records.len();
    for task in unique(&contingent.tasks) {
        ctx.task(task);
    }
    let weapons_at = ctx.records.len();
    for w in unique(&contingent.weapons_use) {
        ctx.weapons(w);
    }
    ctx.principle_5(weapons_at);
    if let Some(p5) = ctx.records.pop() {
        ctx.records.insert(p5_at, p5);
    }
    ctx.headcount();
    ctx.diet();
    if ACT_2024_IN_FORCE.is_some_and(|d| as_of >= d) {
        ctx.notes.push(Note::Act2024NotModelled);
    }
    let Context {
        records,
        reasons,
        notes,
        conditions,
        ..
    } = ctx;

    let verdict = if records.iter().any(|r| r.status == Status::Violated) {
        Verdict::NotPermitted
    } else if records.iter().any(|r| r.status == Status::Undetermined) {
        Verdict::Undetermined
    } else {
        Verdict::Permitted
    };
    let mut deciding_facts: Vec<Decider> = Vec::new();
    if verdict == Verdict::Undetermined {
        for r in records.iter().filter(|r| r.status == Status::Undetermined) {
            for reason in reasons.get(r.reasons.clone()).unwrap_or_default() {
                let decider = match reason {
                    Reason::Unknown { fact } => Decider::Fact(*fact),
                    Reason::OpenAssumption { assumption } => {
                        Decider::Assumption(assumption.clone())
                    }
                    _ => continue,
                };
                if !deciding_facts.contains(&decider) {
                    deciding_facts.push(decider);
                }
            }
        }
    }
    Ok(Assessment {
        as_of,
        regime,
        verdict,
        records,
        reasons,
        deciding_facts,
        conditions,
        notes,
    })
}

/// Each distinct item once, in first-seen order.
fn unique<T: Copy + PartialEq>(items: &[T]) -> impl Iterator<Item = T> + '_ {
    items
        .iter()
        .enumerate()
        .filter(|(i, x)| !items.iter().take(*i).any(|y| y == *x))
        .map(|(_, x)| *x)
}

/// How bad a finding is so far; the worst seen wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Severity {
    Satisfied,
    NotApplicable,
    Undetermined,
    Violated,
}

/// The finding under construction.
struct Current {
    subject: Subject,
    start: usize,
    worst: Severity,
    /// While set, a violation only leaves the finding undetermined (used
    /// where whether a requirement applies is itself unknown).
    soft: bool,
    soft_violation: bool,
    citations: Cow<'static, [&'static Source]>,
}

impl Current {
    const fn new(subject: Subject, citations: &'static [&'static Source]) -> Self {
        Self {
            subject,
            start: 0,
            worst: Severity::Satisfied,
            soft: false,
            soft_violation: false,
            citations: Cow::Borrowed(citations),
        }
    }

    fn worsen(&mut self, to: Severity) {
        self.worst = self.worst.max(to);
    }
}

struct Context<'a> {
    d: &'a Deployment,
    as_of: NaiveDate,
    regime: Regime,
    assumptions: &'a Assumptions,
    notes: Vec<Note>,
    conditions: Vec<Condition>,
    records: Vec<Record>,
    reasons: Vec<Reason>,
    cur: Current,
}

static P1: [&Source; 2] = [&SPEECH_B, &ART_3_1];
static P2: [&Source; 3] = [&SPEECH_B, &ART_3_1, &ART_6_1_I];
static P3: [&Source; 2] = [&SPEECH_B, &ART_3_1];
static P4: [&Source; 3] = [&SPEECH_B, &ART_8_1_VI, &ART_6_13_I];
static P5: [&Source; 2] = [&SPEECH_B, &ART_24];
static RELIEF_P1: [&Source; 1] = [&ART_3_2];
static ELECTION_P1: [&Source; 1] = [&ART_3_2_2];
static RELIEF_P2: [&Source; 2] = [&ART_3_2, &ART_6_1_II];
static ELECTION_P2: [&Source; 2] = [&ART_3_2_2, &ART_6_1_III];
static RELIEF_P4: [&Source; 2] = [&ART_8_1_VI, &ART_6_13_II];
static ELECTION_P4: [&Source; 2] = [&ART_8_1_VI, &ART_6_13_III];

fn principle_citations(p: Principle) -> &'static [&'static Source] {
    match p {
        Principle::Ceasefire => &P1,
        Principle::Consent => &P2,
        Principle::Impartiality => &P3,
        Principle::Withdrawal => &P4,
        Principle::MinimumUseOfWeapons => &P5,
    }
}

/// The citations of a principle's finding for a relief or election
/// operation, which the Act governs by their own articles; `None` for the
/// other kinds.
fn reduced_citations(p: Principle, kind: OperationKind) -> Option<&'static [&'static Source]> {
    let relief = match kind {
        OperationKind::HumanitarianRelief => true,
        OperationKind::ElectionObservation => false,
        _ => return None,
    };
    Some(match (p, relief) {
        (Principle::Ceasefire | Principle::Impartiality, true) => &RELIEF_P1,
        (Principle::Ceasefire | Principle::Impartiality, false) => &ELECTION_P1,
        (Principle::Consent, true) => &RELIEF_P2,
        (Principle::Consent, false) => &ELECTION_P2,
        (Principle::Withdrawal, true) => &RELIEF_P4,
        (Principle::Withdrawal, false) => &ELECTION_P4,
        (Principle::MinimumUseOfWeapons, _) => return None,
    })
}

impl Context<'_> {
    fn begin(&mut self, subject: Subject, citations: &'static [&'static Source]) {
        self.cur = Current::new(subject, citations);
        self.cur.start = self.reasons.len();
    }
    fn cite(&mut self, s: &'static Source) {
        self.cur.citations.to_mut().push(s);
    }
    fn recite(&mut self, citations: &'static [&'static Source]) {
        self.cur.citations = Cow::Borrowed(citations);
    }
    fn ok(&mut self, r: Reason) {
        self.reasons.push(r);
    }
    fn violated(&mut self, r: Reason) {
        if self.cur.soft {
            self.cur.soft_violation = true;
            self.cur.worsen(Severity::Undetermined);
        } else {
            self.cur.worsen(Severity::Violated);
        }
        self.reasons.push(r);
    }
    fn unknown(&mut self, fact: FactPath) {
        self.cur.worsen(Severity::Undetermined);
        self.reasons.push(Reason::Unknown { fact });
    }
    fn undetermined(&mut self, r: Reason) {
        self.cur.worsen(Severity::Undetermined);
        self.reasons.push(r);
    }
    fn not_applicable(&mut self, r: Reason) {
        self.cur.worsen(Severity::NotApplicable);
        self.reasons.push(r);
        self.finish();
    }
    fn finish(&mut self) {
        let c = &mut self.cur;
        let status = match c.worst {
            Severity::Violated => Status::Violated,
            Severity::Undetermined => Status::Undetermined,
            Severity::NotApplicable => Status::NotApplicable,
            Severity::Satisfied => Status::Satisfied,
        };
        self.records.push(Record {
            subject: c.subject,
            status,
            reasons: c.start..self.reasons.len(),
            citations: std::mem::take(&mut c.citations),
        });
    }

    /// Starts a principle's finding with the citations for the kind of
    /// operation.
    fn begin_principle(&mut self, p: Principle) {
        let citations = self
            .kind()
            .and_then(|k| reduced_citations(p, k))
            .unwrap_or_else(|| principle_citations(p));
        self.begin(Subject::Principle(p), citations);
    }

    fn note(&mut self, note: Note) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    fn since_2016(&self) -> bool {
        self.regime >= Regime::Amended2015
    }

    fn kind(&self) -> Option<OperationKind> {
        self.d.operation.kind.known().copied()
    }

    /// Whether the five principles apply in full (UN peacekeeping and
    /// internationally coordinated operations) or in the reduced form of
    /// Art. 3(2)/(2-2) (relief, election observation). `None` if unknown.
    fn full_principles(&self) -> Option<bool> {
        self.kind().map(|k| {
            matches!(
                k,
                OperationKind::UnPeacekeeping | OperationKind::InternationallyCoordinated
            )
        })
    }

    fn legal_basis(&mut self) {
        static BASIS: [&Source; 2] = [&ART_1, &ART_3];
        static BASIS_2015: [&Source; 3] = [&ART_1, &ART_3, &REGIME_2015];
        self.begin(Subject::LegalBasis, &BASIS);
        match self.d.operation.kind {
            Fact::Unknown => self.unknown(FactPath::OperationKind),
            Fact::Known(OperationKind::InternationallyCoordinated) if !self.since_2016() => {
                self.recite(&BASIS_2015);
                self.violated(Reason::NotYetInForce {
                    what: "an internationally coordinated operation".into(),
                    from: Regime::Amended2015.in_force_from(),
                });
            }
            Fact::Known(OperationKind::ElectionObservation)
                if self.regime < Regime::Amended1998 =>
            {
                static BASIS_1998: [&Source; 3] = [&ART_1, &ART_3_2_2, &REGIME_1998];
                self.recite(&BASIS_1998);
                self.violated(Reason::NotYetInForce {
                    what: "an international election observation activity as a kind of operation of its own (before it, election observation is a task within a UN peacekeeping operation)".into(),
                    from: Regime::Amended1998.in_force_from(),
                });
            }
            Fact::Known(kind) => {
                if kind == OperationKind::InternationallyCoordinated {
                    self.recite(&BASIS_2015);
                }
                self.ok(Reason::OperationProvided { kind });
            }
        }
        self.finish();
    }

    fn ceasefire(&mut self) {
        self.begin_principle(Principle::Ceasefire);
        match self.full_principles() {
            None => self.unknown(FactPath::OperationKind),
            Some(false) => match self.d.operation.host_is_party {
                Fact::Unknown => self.unknown(FactPath::OperationHostIsParty),
                Fact::Known(false) => return self.not_applicable(Reason::HostNotParty),
                Fact::Known(true) => self.ceasefire_among_parties(),
            },
            Some(true) => match self.d.operation.conflict {
                Fact::Unknown => self.unknown(FactPath::OperationConflict),
                Fact::Known(ConflictSituation::CeasefireBased) => self.ceasefire_among_parties(),
                Fact::Known(situation @ ConflictSituation::EndedPartiesGone) => {
                    static ENDED: [&Source; 3] = [&SPEECH_B, &ART_3_1, &BILL_2015];
                    self.recite(&ENDED);
                    if self.since_2016() {
                        return self.not_applicable(Reason::NoCeasefireRequired { situation });
                    }
                    self.violated(Reason::NotYetInForce {
                        what: "an operation where the conflict has ended and no parties remain"
                            .into(),
                        from: Regime::Amended2015.in_force_from(),
                    });
                }
                Fact::Known(situation @ ConflictSituation::NoConflictYet) => {
                    if self.regime >= Regime::Amended2001 {
                        return self.not_applicable(Reason::NoCeasefireRequired { situation });
                    }
                    if self.assumptions.no_conflict_clause_since_1992 {
                        self.note(Note::NoConflictClauseAssumed);
                        return self.not_applicable(Reason::NoCeasefireRequired { situation });
                    }
                    self.undetermined(Reason::NotYetInForce {
                        what: "the clause for an operation where no armed conflict has occurred (not assumed before 2001)".into(),
                        from: Regime::Amended2001.in_force_from(),
                    });
                    self.undetermined(Reason::OpenAssumption {
                        assumption: "assumptions.no_conflict_clause_since_1992".into(),
                    });
                }
            },
        }
        self.finish();
    }

    fn ceasefire_among_parties(&mut self) {
        let d = self.d;
        let Fact::Known(parties) = &d.parties else {
            return self.unknown(FactPath::Parties);
        };
        let Fact::Known(ceasefires) = &d.ceasefires else {
            return self.unknown(FactPath::Ceasefires);
        };
        if parties.is_empty() {
            return self.violated(Reason::NoPartiesListed);
        }
        let mut all = true;
        for party in parties {
            let covered = ceasefires
                .iter()
                .any(|c| c.in_effect_on(self.as_of) && c.parties.contains(&party.name));
            if !covered {
                all = false;
                self.violated(Reason::PartyNotInCeasefire {
                    party: party.name.clone(),
                });
            }
        }
        if all {
            self.ok(Reason::CeasefireInEffect {
                parties: parties.len(),
            });
        }
    }

    /// Checks one consent; returns whether it is in effect.
    fn consent_check(
        &mut self,
        consent: &Fact<Consent>,
        path: FactPath,
        by: impl FnOnce() -> Consenter,
        to: ConsentTo,
        report_ok: bool,
    ) -> bool {
        match consent {
            Fact::Unknown => {
                self.unknown(path);
                false
            }
            Fact::Known(c) => match gap(c, self.as_of) {
                None => {
                    if report_ok {
                        self.ok(Reason::ConsentInEffect { by: by(), to });
                    }
                    true
                }
                Some(gap) => {
                    self.violated(Reason::ConsentNotInEffect { by: by(), to, gap });
                    false
                }
            },
        }
    }

    /// Checks every party's consents; one reason if all are in effect.
    fn parties_consent(&mut self, parties: &[crate::facts::Party]) {
        let mut all = true;
        for (i, party) in parties.iter().enumerate() {
            let by = || Consenter::Party(party.name.clone());
            all &= self.consent_check(
                &party.to_operation,
                FactPath::PartyConsent {
                    party: i,
                    to: ConsentTo::Operation,
                },
                by,
                ConsentTo::Operation,
                false,
            );
            all &= self.consent_check(
                &party.to_japan,
                FactPath::PartyConsent {
                    party: i,
                    to: ConsentTo::JapansParticipation,
                },
                by,
                ConsentTo::JapansParticipation,
                false,
            );
        }
        if all && !parties.is_empty() {
            self.ok(Reason::PartiesConsent {
                parties: parties.len(),
            });
        }
    }

    fn consent(&mut self) {
        self.begin_principle(Principle::Consent);
        let d = self.d;
        let host = &d.host_consent;
        self.consent_check(
            &host.to_operation,
            FactPath::HostConsent(ConsentTo::Operation),
            || Consenter::Host,
            ConsentTo::Operation,
            true,
        );
        self.consent_check(
            &host.to_japan,
            FactPath::HostConsent(ConsentTo::JapansParticipation),
            || Consenter::Host,
            ConsentTo::JapansParticipation,
            true,
        );
        let full = self.full_principles();
        let parties_required = match (full, d.operation.conflict) {
            (Some(true), Fact::Known(ConflictSituation::CeasefireBased)) => Some(true),
            (Some(false), _) | (Some(true), Fact::Known(_)) => Some(false),
            (None, _) | (Some(true), Fact::Unknown) => None,
        };
        match parties_required {
            Some(false) => {
                if full == Some(true) {
                    self.ok(Reason::PartiesConsentNotRequired);
                }
            }
            Some(true) => match &d.parties {
                Fact::Unknown => self.unknown(FactPath::Parties),
                Fact::Known(parties) => self.parties_consent(parties),
            },
            None => {
                // Whether the parties must consent turns on unknown facts: a
                // refusal cannot violate, only leave the finding open.
                self.cur.soft = true;
                if let Fact::Known(parties) = &d.parties {
                    self.parties_consent(parties);
                }
                self.cur.soft = false;
                if self.cur.soft_violation || !d.parties.is_known() {
                    self.undetermined(Reason::PartiesConsentMayBeRequired);
                    if full.is_none() {
                        self.unknown(FactPath::OperationKind);
                    } else {
                        self.unknown(FactPath::OperationConflict);
                    }
                }
            }
        }
        self.finish();
    }

    fn impartiality(&mut self) {
        self.begin_principle(Principle::Impartiality);
        match (self.full_principles(), self.kind()) {
            (Some(false), Some(kind)) => {
                return self.not_applicable(Reason::ImpartialityNotRequired { kind });
            }
            (Some(true), _) => match &self.d.impartiality {
                Fact::Unknown => self.unknown(FactPath::Impartiality),
                Fact::Known(Impartiality::NoneReported) => self.ok(Reason::ImpartialityMaintained),
                Fact::Known(Impartiality::Compromised { reports }) => {
                    self.violated(Reason::ImpartialityCompromised {
                        reports: reports.clone(),
                    });
                }
            },
            _ => self.unknown(FactPath::OperationKind),
        }
        self.finish();
    }

    fn withdrawal(&mut self) {
        self.begin_principle(Principle::Withdrawal);
        match self.d.withdrawal_reserved {
            Fact::Unknown => self.unknown(FactPath::WithdrawalReserved),
            Fact::Known(true) => self.ok(Reason::WithdrawalReserved),
            Fact::Known(false) => self.violated(Reason::WithdrawalNotReserved),
        }
        self.finish();
    }

    /// Principle 5 summarises the weapons findings already made (from
    /// record `weapons_at` on).
    fn principle_5(&mut self, weapons_at: usize) {
        static P5_ORDER: [&Source; 4] = [&SPEECH_B, &ART_24, &ART_24_4, &SUPPL_1998];
        static P5_2016: [&Source; 3] = [&SPEECH_B, &ART_24, &PRINCIPLE_5_2016];
        static P5_2016_ORDER: [&Source; 5] = [
            &SPEECH_B,
            &ART_24,
            &ART_24_4,
            &SUPPL_1998,
            &PRINCIPLE_5_2016,
        ];
        let p = Principle::MinimumUseOfWeapons;
        let any = self.records.len() > weapons_at;
        let order = any && self.as_of >= effective::SUPERIOR_ORDER_RULE;
        let citations: &'static [&'static Source] = match (self.since_2016(), order) {
            (false, false) => principle_citations(p),
            (false, true) => &P5_ORDER,
            (true, false) => &P5_2016,
            (true, true) => &P5_2016_ORDER,
        };
        self.begin(Subject::Principle(p), citations);
        if !any {
            self.ok(Reason::NoWeaponsRequested);
        }
        // Copy each weapons record's summary out before adding reasons.
        for i in weapons_at..self.records.len() {
            let Some(r) = self.records.get(i) else { break };
            let Subject::Weapons(w) = r.subject else {
                continue;
            };
            let (status, range) = (r.status, r.reasons.clone());
            match status {
                Status::Violated => self.violated(Reason::WeaponsNotAllowed { weapons: w }),
                Status::Undetermined => {
                    for j in range {
                        if let Some(r @ (Reason::Unknown { .. } | Reason::OpenAssumption { .. })) =
                            self.reasons.get(j)
                        {
                            let r = r.clone();
                            self.undetermined(r);
                        }
                    }
                }
                Status::Satisfied | Status::NotApplicable => {
                    self.ok(Reason::WeaponsAllowed { weapons: w });
                }
            }
        }
        if order {
            self.ok(Reason::SuperiorOrderRequired);
        }
        self.finish();
    }

    fn stable_consent(&mut self) {
        match self.d.host_consent.stably_maintained {
            Fact::Unknown => self.unknown(FactPath::HostConsentStablyMaintained),
            Fact::Known(true) => self.ok(Reason::StableConsentConfirmed),
            Fact::Known(false) => self.violated(Reason::StableConsentNotConfirmed),
        }
    }

    fn weapons_from(&mut self, w: WeaponsUse, from: NaiveDate, what: &str) {
        static AMENDED: [&Source; 3] = [&ART_24, &REGIME_2001, &SUPPL_2001];
        self.recite(&AMENDED);
        if self.as_of >= from {
            self.ok(Reason::WeaponsAllowed { weapons: w });
        } else {
            self.violated(Reason::NotYetInForce {
                what: what.into(),
                from,
            });
        }
    }

    fn weapons(&mut self, w: WeaponsUse) {
        static BASE: [&Source; 1] = [&ART_24];
        static DUTY: [&Source; 3] = [&ART_24, &PRINCIPLE_5_2016, &ART_26_2016];
        static FORCE: [&Source; 1] = [&ART_2_2];
        self.begin(Subject::Weapons(w), &BASE);
        match w {
            WeaponsUse::SelfPreservation => self.ok(Reason::WeaponsAllowed { weapons: w }),
            WeaponsUse::PersonsUnderControl => self.weapons_from(
                w,
                effective::ART_24_2001,
                "weapons use to protect persons under the personnel's control",
            ),
            WeaponsUse::ProtectionOfWeapons => self.weapons_from(
                w,
                effective::ART_24_2001,
                "weapons use to protect weapons and equipment (SDF Act Art. 95) abroad",
            ),
            WeaponsUse::DutyExecution => {
                self.recite(&DUTY);
                if self.since_2016() {
                    let tasks = &self.d.contingent.tasks;
                    if !tasks
                        .iter()
                        .any(|t| matches!(t, Task::SafetyEnsuring | Task::KaketsukeKeigo))
                    {
                        self.violated(Reason::DutyExecutionWithoutTask);
                    }
                    self.stable_consent();
                    if self.cur.worst == Severity::Satisfied {
                        self.ok(Reason::WeaponsAllowed { weapons: w });
                    }
                } else {
                    self.violated(Reason::NotYetInForce {
                        what: "weapons use to execute duties".into(),
                        from: Regime::Amended2015.in_force_from(),
                    });
                }
            }
            WeaponsUse::JointCampProtection => {
                static CAMP: [&Source; 2] = [&ART_24, &REGIME_2015];
                self.recite(&CAMP);
                if self.since_2016() {
                    if !self.d.contingent.tasks.contains(&Task::JointCampProtection) {
                        self.violated(Reason::CampProtectionWithoutTask);
                    }
                    match self.assumptions.camp_protection_weapons {
                        None => self.undetermined(Reason::OpenAssumption {
                            assumption: "assumptions.camp_protection_weapons".into(),
                        }),
                        Some(true) => {
                            if self.cur.worst == Severity::Satisfied {
                                self.ok(Reason::WeaponsAllowed { weapons: w });
                            }
                        }
                        Some(false) => self.violated(Reason::WeaponsNotAllowed { weapons: w }),
                    }
                } else {
                    self.violated(Reason::NotYetInForce {
                        what: "weapons use in the joint protection of camps".into(),
                        from: Regime::Amended2015.in_force_from(),
                    });
                }
            }
            WeaponsUse::UseOfForce => {
                self.recite(&FORCE);
                self.violated(Reason::UseOfForceProhibited);
            }
        }
        self.finish();
    }

    /// A task against its row of the statute table: the regime, the kind
    /// of operation (Art. 3(3) chapeau), who does it (Art. 6(6), Art. 12(1)
    /// proviso), the freeze and Diet approval (Art. 6(7)).
    fn task(&mut self, task: Task) {
        let row = statute::row(task);
        self.begin(Subject::Task(task), row.citations());
        if !row.holds_in(self.regime) {
            self.violated(Reason::NotYetInForce {
                what: task.to_string(),
                from: Regime::Amended2015.in_force_from(),
            });
            return self.finish();
        }
        self.task_operation(task, row);
        self.task_contingent(task, row);
        if matches!(task, Task::SafetyEnsuring | Task::KaketsukeKeigo) {
            self.stable_consent();
        }
        self.finish();
    }

    /// The Art. 3(3) chapeau: may this kind of operation include the task?
    fn task_operation(&mut self, task: Task, row: &statute::Row) {
        let Some(mut kind) = self.kind() else {
            return self.unknown(FactPath::OperationKind);
        };
        if kind == OperationKind::InternationallyCoordinated && row.item().is_some() {
            if !self.assumptions.coordinated_as_peacekeeping {
                return self.undetermined(Reason::OpenAssumption {
                    assumption: "assumptions.coordinated_as_peacekeeping".into(),
                });
            }
            self.ok(Reason::CoordinatedAsPeacekeeping);
            kind = OperationKind::UnPeacekeeping;
        }
        if row.allows_operation(kind, self.regime) {
            self.ok(Reason::TaskProvided { task });
        } else {
            self.violated(Reason::TaskNotForOperation {
                task,
                kind: self.kind().unwrap_or(kind),
            });
        }
    }

    /// Who does the task: SDF units (Art. 6(6), the freeze, Diet approval),
    /// SDF personnel as individuals, or others (Art. 12(1) proviso).
    fn task_contingent(&mut self, task: Task, row: &statute::Row) {
        let frozen = row.frozen_for_sdf_units() && self.regime < Regime::Amended2001;
        let diet = row.diet_approval_for_sdf_units() && !frozen;
        let Fact::Known(contingent) = self.d.contingent.kind else {
            let everyone = ContingentKind::ALL
                .iter()
                .all(|k| row.who(*k) == Permission::Allowed);
            if frozen || !everyone {
                if frozen {
                    self.cite(&REGIME_2001);
                }
                self.unknown(FactPath::ContingentKind);
            }
            if diet && self.d.diet_approval != Fact::Known(true) {
                self.condition(Condition::DietApprovalRequiredIfSdfUnits);
            }
            return;
        };
        match row.who(contingent) {
            Permission::Barred => {
                self.cite(if contingent == ContingentKind::SdfUnit {
                    &ART_6_6
                } else {
                    &ART_12_1
                });
                self.violated(Reason::NotForContingent { task, contingent });
            }
            Permission::Unverified => match self.assumptions.unverified_permissions {
                None => {
                    self.undetermined(Reason::WhoMayUnverified { task, contingent });
                    self.undetermined(Reason::OpenAssumption {
                        assumption: "assumptions.unverified_permissions".into(),
                    });
                }
                Some(allowed) => {
                    let reason = Reason::AssumedPermission {
                        task,
                        contingent,
                        allowed,
                    };
                    if allowed {
                        self.ok(reason);
                    } else {
                        self.violated(reason);
                    }
                }
            },
            Permission::Allowed if contingent == ContingentKind::SdfUnit => {
                self.cite(&ART_6_6);
                if frozen {
                    self.cite(&REGIME_2001);
                    self.violated(Reason::PkfCoreTaskFrozen {
                        task,
                        lifted_on: Regime::Amended2001.in_force_from(),
                    });
                } else if diet {
                    self.cite(&ART_6_7);
                    if !self.d.diet_approval.is_known() {
                        self.condition(Condition::DietApprovalRequired);
                    }
                }
            }
            Permission::Allowed => {
                if row.frozen_for_sdf_units() {
                    self.ok(Reason::IndividualsNotFrozen);
                }
            }
        }
    }

    fn condition(&mut self, c: Condition) {
        if !self.conditions.contains(&c) {
            self.conditions.push(c);
        }
    }

    /// Art. 18: the total engaged at a time, this contingent and those
    /// already engaged in other operations, within the cap.
    fn headcount(&mut self) {
        static CAP: [&Source; 1] = [&ART_18];
        self.begin(Subject::Headcount, &CAP);
        let size = self.d.contingent.size.known().copied();
        let others = self.d.already_engaged.known().copied();
        if size.is_none() {
            self.unknown(FactPath::ContingentSize);
        }
        if others.is_none() {
            self.unknown(FactPath::AlreadyEngaged);
        }
        if let Some(size) = size {
            let total = size.saturating_add(others.unwrap_or(0));
            let cap = match (self.since_2016(), self.assumptions.headcount_cap_after_2016) {
                (true, Some(cap)) => Some(cap),
                (true, None) if total > HEADCOUNT_CAP => None,
                _ => Some(HEADCOUNT_CAP),
            };
            match (cap, others) {
                (None, _) => {
                    self.undetermined(Reason::CapUnverifiedAfter2016 { total });
                    self.undetermined(Reason::OpenAssumption {
                        assumption: "assumptions.headcount_cap_after_2016".into(),
                    });
                }
                (Some(cap), _) if total > cap => self.violated(Reason::OverCap {
                    size,
                    already_engaged: others,
                    cap,
                }),
                (Some(cap), Some(already_engaged)) => self.ok(Reason::WithinCap {
                    size,
                    already_engaged,
                    cap,
                }),
                (Some(_), None) => {}
            }
        }
        self.finish();
    }

    /// A finding on the Diet's approval, where it is known and the law asks
    /// for it (PKF core tasks by SDF units once they are allowed).
    fn diet(&mut self) {
        static DIET: [&Source; 2] = [&ART_6_7, &ART_6_9];
        let allowed = self.regime >= Regime::Amended2001
            && self.full_principles() == Some(true)
            && self
                .d
                .contingent
                .tasks
                .iter()
                .any(|t| statute::row(*t).diet_approval_for_sdf_units());
        let Fact::Known(approved) = self.d.diet_approval else {
            return;
        };
        let sdf = self
            .d
            .contingent
            .kind
            .known()
            .map(|k| *k == ContingentKind::SdfUnit);
        // A known approval needs no finding unless it matters; a refusal
        // matters if the contingent is, or may be, SDF units.
        if !allowed || sdf == Some(false) || (sdf.is_none() && approved) {
            return;
        }
        self.begin(Subject::DietApproval, &DIET);
        if approved {
            self.ok(Reason::DietApproved);
        } else if sdf.is_some() {
            self.violated(Reason::DietRefused);
        } else {
            self.undetermined(Reason::DietRefused);
            self.unknown(FactPath::ContingentKind);
        }
        self.finish();
    }
}

fn gap(consent: &Consent, as_of: NaiveDate) -> Option<ConsentGap> {
    match consent {
        Consent::Refused => Some(ConsentGap::Refused),
        Consent::Given { on, withdrawn_on } => {
            if let Some(on) = on.filter(|on| *on > as_of) {
                return Some(ConsentGap::NotYetGiven { given_on: on });
            }
            withdrawn_on
                .filter(|w| *w <= as_of)
                .map(|on| ConsentGap::Withdrawn { on })
        }
    }
}
