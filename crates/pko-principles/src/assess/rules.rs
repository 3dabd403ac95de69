//! The rules: the five principles and the Act's other requirements,
//! applied to a deployment's facts on a date, under the caller's
//! assumptions.

use std::sync::Arc;

use chrono::NaiveDate;
use pko_core::{Source, date};

use super::outcome::{Assessment, Condition, Note, Reformed};
use super::reasons::{ConsentGap, Reason, Subject};
use crate::act::reform::{Key, LawChange};
use crate::act::{Body, Law, Scope, Text, waiver_index, weapons_bar, weapons_index};
use crate::assumption::{Assumption, Assumptions, Carryover, HeadcountCap, Reading, Similarity};
use crate::cite::{
    ART_1, ART_2_2, ART_3, ART_3_1, ART_3_2, ART_3_2_2, ART_6_1_I, ART_6_1_II, ART_6_1_III,
    ART_6_7, ART_6_9, ART_6_13_I, ART_6_13_II, ART_6_13_III, ART_8_1_VI, ART_18, ART_24, ART_24_4,
    ART16_3_2, ART16_3_3, ART16_6_1, ART16_25_3, ART16_25_7, ART16_26_1, ART16_26_2, ART16_27,
    BILL_2015, PRINCIPLE_5_2016, REGIME_1998, REGIME_2001, REGIME_2015, SIMILAR_WORK, SPEECH_B,
    SUPPL_1998, SUPPL_2001, is_pre_2016_text,
};
use crate::error::Error;
use crate::fact_path::FactPath;
use crate::facts::{
    ConflictSituation, Consent, ConsentTo, Consenter, ContingentKind, Deployment, Fact,
    Impartiality, OperationKind, Party, Task, WeaponsUse,
};
use crate::findings::{Builder, Explains, Record, Status};
use crate::regime::{Enactment, HEADCOUNT_CAP, Principle, Regime};
use crate::statute::{self, Bar, DietApproval, Permission, Rule};

/// The day Act No. 24 of 2024 came into force (date secondary; content
/// unverified, so not modelled).
pub(crate) const ACT_2024_IN_FORCE: NaiveDate = date(2024, 7, 12);

/// Assesses `deployment` under the law in force on `as_of`, with the
/// default [`Assumptions`]. To set them, use [`Options::assess`](crate::Options::assess).
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
    run(deployment, as_of, &Assumptions::DEFAULT)
}

impl Law {
    /// Assesses `deployment` under this law on `as_of`, with the default
    /// [`Assumptions`]; [`Options::assess_under`](crate::Options::assess_under)
    /// sets them. For a built-in law this is what [`assess`] does.
    ///
    /// # Errors
    ///
    /// [`Error::BeforeAct`] for a date before 10 August 1992 (no law
    /// applies, whatever a reform says); [`Error::InconsistentFacts`] if the
    /// facts contradict each other.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{ContingentKind, Deployment, HeadcountCap, LawChange, Law, Regime, Reform, Status, Subject};
    ///
    /// let facts = Deployment::builder().contingent(ContingentKind::SdfUnit, 1_200).already_engaged(0).build()?;
    /// let day = pko_core::date(2015, 6, 15);
    /// let cap = Reform::new("a cap of 1,000", pko_core::Source::SPEECH)
    ///     .change(LawChange::HeadcountCap { cap: HeadcountCap::Of(1_000) });
    /// let law = Law::in_force_on(day)?.with(&cap)?;
    /// let a = law.assess(&facts, day)?;
    /// assert_eq!(a.finding(Subject::Headcount).map(|f| f.status()), Some(Status::Violated));
    /// assert_eq!(a.reformed()[0].subject(), Subject::Headcount);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn assess(&self, deployment: &Deployment, as_of: NaiveDate) -> Result<Assessment, Error> {
        run_under(self, deployment, as_of, &Assumptions::DEFAULT)
    }
}

/// The assessment under the law in force on `as_of` and the given
/// assumptions.
pub(crate) fn run(
    deployment: &Deployment,
    as_of: NaiveDate,
    assumptions: &Assumptions,
) -> Result<Assessment, Error> {
    run_under(Law::in_force_on(as_of)?, deployment, as_of, assumptions)
}

/// The assessment under `law` and the given assumptions.
pub(crate) fn run_under(
    law: &Law,
    deployment: &Deployment,
    as_of: NaiveDate,
    assumptions: &Assumptions,
) -> Result<Assessment, Error> {
    // No law applies before the Act, whatever a reform says.
    Regime::in_force_on(as_of)?;
    let regime = law.regime();
    deployment.check()?;
    let body = law.body(as_of);
    let contingent = &deployment.contingent;
    let findings = 8 + contingent.tasks.len() + contingent.weapons_use.len();
    let mut ctx = Context {
        d: deployment,
        as_of,
        law,
        body,
        post: body.provisions.text == Text::From2016,
        a: assumptions,
        notes: Vec::with_capacity(4),
        conditions: Vec::with_capacity(8),
        b: Builder::new(Subject::LegalBasis, findings, 32),
        diet_needed: DietNeed::None,
        subject: Subject::LegalBasis,
        reformed: Vec::new(),
        waiver_soft: false,
    };
    ctx.legal_basis();
    ctx.ceasefire();
    ctx.consent();
    ctx.impartiality();
    ctx.withdrawal();
    // Principle 5 summarises the weapons findings, which come later in the
    // report: make them first, then move principle 5 into its place.
    let p5_at = ctx.b.records().len();
    for task in unique(&contingent.tasks) {
        ctx.task(task);
    }
    let weapons_at = ctx.b.records().len();
    for w in unique(&contingent.weapons_use) {
        ctx.weapons(w);
    }
    ctx.principle_5(weapons_at);
    let records = ctx.b.records_mut();
    if let Some(p5) = records.pop() {
        records.insert(p5_at.min(records.len()), p5);
    }
    ctx.headcount();
    ctx.diet();
    if as_of >= ACT_2024_IN_FORCE {
        ctx.note(Note::Act2024NotModelled);
    }
    let Context {
        b,
        notes,
        conditions,
        reformed,
        ..
    } = ctx;
    let findings = b.done();
    let verdict = findings.verdict();
    let deciding_facts = findings.deciding();
    Ok(Assessment {
        as_of,
        regime,
        verdict,
        findings,
        deciding_facts,
        conditions,
        notes,
        reformed,
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

/// Whether a task asks for the Diet's approval, for the Diet finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DietNeed {
    /// No task needs it.
    None,
    /// A task needs it if the contingent is SDF units (its kind unknown).
    IfSdfUnits,
    /// A task by SDF units needs it.
    Yes,
}

struct Context<'a> {
    d: &'a Deployment,
    as_of: NaiveDate,
    law: &'a Law,
    /// The provisions in force on `as_of`.
    body: &'a Body,
    /// The citations and numbering of the text in force from 29 March
    /// 2016.
    post: bool,
    /// The subject of the finding being made.
    subject: Subject,
    /// The findings that read a provision a reform set.
    reformed: Vec<Reformed>,
    /// Whether violations are softened because a principle may be waived.
    waiver_soft: bool,

    a: &'a Assumptions,
    notes: Vec<Note>,
    conditions: Vec<Condition>,
    b: Builder<Subject, Reason>,
    diet_needed: DietNeed,
}

type Cites = &'static [&'static Source];

static P1: [&Source; 2] = [&SPEECH_B, &ART_3_1];
static P2: [&Source; 3] = [&SPEECH_B, &ART_3_1, &ART_6_1_I];
static P3: [&Source; 2] = [&SPEECH_B, &ART_3_1];
static P4: [&Source; 3] = [&SPEECH_B, &ART_8_1_VI, &ART_6_13_I];
static P5: [&Source; 2] = [&SPEECH_B, &ART_24];
static COORDINATED_P1: [&Source; 2] = [&SPEECH_B, &ART16_3_2];
static COORDINATED_P2: [&Source; 3] = [&SPEECH_B, &ART16_3_2, &ART_6_1_I];
static RELIEF_P1: [&Source; 1] = [&ART_3_2];
static RELIEF_P1_2016: [&Source; 1] = [&ART16_3_3];
static ELECTION_P1: [&Source; 1] = [&ART_3_2_2];
static RELIEF_P2: [&Source; 2] = [&ART_3_2, &ART_6_1_II];
static RELIEF_P2_2016: [&Source; 2] = [&ART16_3_3, &ART_6_1_II];
static ELECTION_P2: [&Source; 2] = [&ART_3_2_2, &ART_6_1_III];
static RELIEF_P4: [&Source; 2] = [&ART_8_1_VI, &ART_6_13_II];
static ELECTION_P4: [&Source; 2] = [&ART_8_1_VI, &ART_6_13_III];

/// The citations of a principle's finding for a kind of operation under
/// the law of the day.
const fn principle_citations(p: Principle, kind: Option<OperationKind>, post: bool) -> Cites {
    use OperationKind::{
        ElectionObservation as Election, HumanitarianRelief as Relief,
        InternationallyCoordinated as Coordinated,
    };
    match (p, kind, post) {
        (Principle::Ceasefire | Principle::Impartiality, Some(Coordinated), true) => {
            &COORDINATED_P1
        }
        (Principle::Consent, Some(Coordinated), true) => &COORDINATED_P2,
        (Principle::Ceasefire | Principle::Impartiality, Some(Relief), false) => &RELIEF_P1,
        (Principle::Ceasefire | Principle::Impartiality, Some(Relief), true) => &RELIEF_P1_2016,
        (Principle::Ceasefire | Principle::Impartiality, Some(Election), _) => &ELECTION_P1,
        (Principle::Consent, Some(Relief), false) => &RELIEF_P2,
        (Principle::Consent, Some(Relief), true) => &RELIEF_P2_2016,
        (Principle::Consent, Some(Election), _) => &ELECTION_P2,
        (Principle::Withdrawal, Some(Relief), _) => &RELIEF_P4,
        (Principle::Withdrawal, Some(Election), _) => &ELECTION_P4,
        (Principle::Ceasefire, ..) => &P1,
        (Principle::Consent, ..) => &P2,
        (Principle::Impartiality, ..) => &P3,
        (Principle::Withdrawal, ..) => &P4,
        (Principle::MinimumUseOfWeapons, ..) => &P5,
    }
}

/// A permission with the assumptions that answer it applied: allowed,
/// barred, or still open on an assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    Allowed,
    Barred,
    Open(Assumption),
}

impl<'a> Context<'a> {
    fn begin(&mut self, subject: Subject, citations: Cites) {
        self.b.begin(subject, citations);
        self.subject = subject;
        self.touch(Key::Text);
    }

    /// Notes that the finding being made read the provision `key`: if a
    /// reform set it, the finding says so.
    #[inline]
    fn touch(&mut self, key: Key) {
        if self.body.traced & key.bit() != 0 {
            self.trace(key);
        }
    }

    /// [`Context::touch`] under a reformed law.
    #[cold]
    #[inline(never)]
    fn trace(&mut self, key: Key) {
        let Some(change) = self
            .body
            .origins
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, i)| self.law.reforms().get(*i))
        else {
            return;
        };
        let subject = self.subject;
        if !self
            .reformed
            .iter()
            .any(|r| r.subject == subject && Arc::ptr_eq(&r.change, change))
        {
            self.reformed.push(Reformed {
                subject,
                change: Arc::clone(change),
            });
        }
    }

    /// Marks the finding being made with the changes already traced to
    /// other findings that `from` selects and `change` keeps.
    fn inherit(&mut self, from: impl Fn(Subject) -> bool, change: impl Fn(&LawChange) -> bool) {
        let subject = self.subject;
        let inherited: Vec<Reformed> = self
            .reformed
            .iter()
            .filter(|r| from(r.subject) && change(r.change.change()))
            .map(|r| Reformed {
                subject,
                change: Arc::clone(&r.change),
            })
            .collect();
        for r in inherited {
            if !self.reformed.contains(&r) {
                self.reformed.push(r);
            }
        }
    }

    /// A violation, or where the law does not provide it at all (a
    /// reform's repeal), that it is not law.
    fn not_law(&mut self, what: &str, enacted: Enactment) {
        match enacted.from() {
            Some(from) => self.violated(Reason::NotYetInForce {
                what: what.into(),
                from,
            }),
            None => self.violated(Reason::NotInLaw { what: what.into() }),
        }
    }
    fn cite(&mut self, s: &'static Source) {
        self.b.cite(s);
    }
    fn cite_all(&mut self, citations: Cites) {
        for s in citations {
            self.b.cite(s);
        }
    }
    fn recite(&mut self, citations: Cites) {
        self.b.recite(citations);
    }
    fn ok(&mut self, r: Reason) {
        self.b.push(Status::Satisfied, r);
    }
    fn violated(&mut self, r: Reason) {
        self.b.push(Status::Violated, r);
    }
    fn unknown(&mut self, fact: FactPath) {
        self.b.push(Status::Undetermined, Reason::Unknown { fact });
    }
    fn undetermined(&mut self, r: Reason) {
        self.b.push(Status::Undetermined, r);
    }
    /// An undetermined reason and the open assumption that would decide it.
    fn open(&mut self, r: Reason, assumption: Assumption) {
        self.undetermined(r);
        self.undetermined(Reason::OpenAssumption { assumption });
    }
    fn not_applicable(&mut self, r: Reason) {
        self.b.push(Status::NotApplicable, r);
        self.finish();
    }

    /// Ends the current finding. From 29 March 2016, a finding that cites
    /// the July 2015 text rests on the assumption that it still applies:
    /// noted, and undetermined while that assumption is open.
    fn finish(&mut self) {
        if self.waiver_soft {
            self.waiver_soft = false;
            if self.b.soften(false) {
                if let Subject::Principle(principle) = self.subject {
                    self.undetermined(Reason::PrincipleMayBeWaived { principle });
                }
                self.unknown(FactPath::OperationKind);
            }
        }
        if self.post && self.b.citations().iter().any(|s| is_pre_2016_text(s)) {
            self.note(Note::Pre2016TextApplied);
            if self.a.pre_2016_text_after_2016 == Carryover::Open {
                self.undetermined(Reason::OpenAssumption {
                    assumption: Assumption::Pre2016TextAfter2016,
                });
            }
        }
        self.b.finish();
    }

    /// Starts a principle's finding with the citations for the kind of
    /// operation and the law of the day. Returns `false`, with the finding
    /// made, where a reform waived the principle for the kind of operation;
    /// where it waived it for some kinds and the kind is unknown, failures
    /// leave the finding undetermined.
    fn begin_principle(&mut self, p: Principle) -> bool {
        self.begin(
            Subject::Principle(p),
            principle_citations(p, self.kind(), self.post),
        );
        if !self.body.waivers {
            if let Some(kind) = self.kind() {
                self.touch(Key::Principle(p, kind));
            }
            return true;
        }
        let Some(i) = waiver_index(p) else {
            return true;
        };
        let waived = |k: OperationKind| {
            self.body
                .provisions
                .operations
                .get(k)
                .waived
                .get(i)
                .copied()
                .unwrap_or(false)
        };
        if let Some(kind) = self.kind() {
            self.touch(Key::Principle(p, kind));
            if waived(kind) {
                self.not_applicable(Reason::PrincipleWaived { principle: p, kind });
                return false;
            }
        } else {
            let some = OperationKind::EACH.map(waived);
            if some.contains(&true) {
                for (k, w) in OperationKind::ALL.iter().copied().zip(some) {
                    if w {
                        self.touch(Key::Principle(p, k));
                    }
                }
                self.waiver_soft = true;
                self.b.soften(true);
            }
        }
        true
    }

    fn note(&mut self, note: Note) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    fn condition(&mut self, c: Condition) {
        if !self.conditions.contains(&c) {
            self.conditions.push(c);
        }
    }

    fn kind(&self) -> Option<OperationKind> {
        self.d.operation.kind.known().copied()
    }

    fn contingent(&self) -> Option<ContingentKind> {
        self.d.contingent.kind.known().copied()
    }

    /// Whether the five principles apply in full (UN peacekeeping and
    /// internationally coordinated operations), or only the host state's
    /// consent and, where it is a party, a ceasefire (relief, election
    /// observation); `None` if the kind of operation is unknown.
    fn full_principles(&self) -> Option<bool> {
        self.kind()
            .map(|k| self.body.provisions.operations.get(k).scope == Scope::Full)
    }

    /// A permission with the yes-or-no assumptions applied.
    fn answer(&self, p: Permission) -> Answer {
        match p {
            Permission::Allowed => Answer::Allowed,
            Permission::Open(a) => match self.a.reading(a) {
                Some(Reading::Yes) => Answer::Allowed,
                Some(Reading::No) => Answer::Barred,
                Some(Reading::Open) | None => Answer::Open(a),
            },
            _ => Answer::Barred,
        }
    }

    fn legal_basis(&mut self) {
        static BASIS: [&Source; 2] = [&ART_1, &ART_3];
        static BASIS_COORDINATED: [&Source; 3] = [&ART_1, &ART16_3_2, &REGIME_2015];
        static BASIS_RELIEF_2016: [&Source; 2] = [&ART_1, &ART16_3_3];
        static BASIS_1998: [&Source; 3] = [&ART_1, &ART_3_2_2, &REGIME_1998];
        self.begin(Subject::LegalBasis, &BASIS);
        let enacted = |k: OperationKind| self.body.provisions.operations.get(k).enacted;
        if let Fact::Known(kind) = self.d.operation.kind {
            self.touch(Key::Operation(kind));
        }
        match self.d.operation.kind {
            Fact::Unknown => self.unknown(FactPath::OperationKind),
            Fact::Known(kind) if !enacted(kind).in_force_on(self.as_of) => {
                let what = match kind {
                    OperationKind::InternationallyCoordinated => {
                        self.recite(&BASIS_COORDINATED);
                        "an internationally coordinated operation".to_owned()
                    }
                    OperationKind::ElectionObservation => {
                        self.recite(&BASIS_1998);
                        "an international election observation activity as a kind of operation of its own (before it, election observation is a task within a UN peacekeeping operation)".to_owned()
                    }
                    _ => format!("{} {kind}", kind.article()),
                };
                self.not_law(&what, enacted(kind));
            }
            Fact::Known(kind) => {
                match kind {
                    OperationKind::InternationallyCoordinated => self.recite(&BASIS_COORDINATED),
                    OperationKind::HumanitarianRelief if self.post => {
                        self.recite(&BASIS_RELIEF_2016);
                    }
                    _ => {}
                }
                self.ok(Reason::OperationProvided { kind });
            }
        }
        self.finish();
    }

    fn ceasefire(&mut self) {
        if !self.begin_principle(Principle::Ceasefire) {
            return;
        }
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
                    // For UN peacekeeping, the 2015 bill's case of Art. 3(1);
                    // an internationally coordinated operation's parallel
                    // cases are its own Art. 3(2).
                    static ENDED: [&Source; 3] = [&SPEECH_B, &ART_3_1, &BILL_2015];
                    if self.kind() == Some(OperationKind::UnPeacekeeping) {
                        self.recite(&ENDED);
                    }
                    self.touch(Key::CeasefireClause(situation));
                    let clause = self.body.provisions.ended_conflict_clause;
                    if clause.in_force_on(self.as_of) {
                        return self.not_applicable(Reason::NoCeasefireRequired { situation });
                    }
                    self.not_law(
                        "an operation where the conflict has ended and no parties remain",
                        clause,
                    );
                }
                Fact::Known(situation @ ConflictSituation::NoConflictYet) => {
                    self.touch(Key::CeasefireClause(situation));
                    let clause = self.body.provisions.no_conflict_clause;
                    if clause.in_force_on(self.as_of) {
                        return self.not_applicable(Reason::NoCeasefireRequired { situation });
                    }
                    let what = "the clause for an operation where no armed conflict has occurred";
                    let Enactment::NotYet { from } = clause else {
                        self.not_law(what, clause);
                        return self.finish();
                    };
                    let not_yet = || Reason::NotYetInForce {
                        what: what.into(),
                        from,
                    };
                    match self.a.no_conflict_clause_since_1992 {
                        Reading::Yes => {
                            self.note(Note::NoConflictClauseAssumed);
                            return self.not_applicable(Reason::NoCeasefireRequired { situation });
                        }
                        Reading::No => self.violated(not_yet()),
                        Reading::Open => {
                            self.open(not_yet(), Assumption::NoConflictClauseSince1992);
                        }
                    }
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

    /// Checks every party's consents (to the operation, and to Japan's
    /// participation unless `operation_only`); returns whether all are in
    /// effect.
    fn parties_consents(&mut self, parties: &[Party], operation_only: bool) -> bool {
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
            if !operation_only {
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
        }
        all
    }

    /// Checks every party's consents; one reason if all are in effect.
    fn parties_consent(&mut self, parties: &[Party]) {
        if self.parties_consents(parties, false) && !parties.is_empty() {
            self.ok(Reason::PartiesConsent {
                parties: parties.len(),
            });
        }
    }

    fn consent(&mut self) {
        if !self.begin_principle(Principle::Consent) {
            return;
        }
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
                self.b.soften(true);
                if let Fact::Known(parties) = &d.parties {
                    self.parties_consent(parties);
                }
                let softened = self.b.soften(self.waiver_soft);
                if softened || !d.parties.is_known() {
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
        if !self.begin_principle(Principle::Impartiality) {
            return;
        }
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
        if !self.begin_principle(Principle::Withdrawal) {
            return;
        }
        match self.d.withdrawal_reserved {
            Fact::Unknown => self.unknown(FactPath::WithdrawalReserved),
            Fact::Known(true) => self.ok(Reason::WithdrawalReserved),
            Fact::Known(false) => self.violated(Reason::WithdrawalNotReserved),
        }
        self.finish();
    }

    /// Principle 5 summarises the weapons findings already made (from
    /// record `weapons_at` on). Art. 24(4), a superior's order (from 12 July
    /// 1998), covers the SDF and coast-guard officers: of the contingents
    /// pko knows, SDF units.
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
        let any = self.b.records().len() > weapons_at;
        let order = any
            && self.body.provisions.superior_order.in_force_on(self.as_of)
            && !matches!(
                self.contingent(),
                Some(
                    ContingentKind::SdfIndividuals
                        | ContingentKind::Police
                        | ContingentKind::Civilians
                )
            );
        let citations: Cites = match (self.post, order) {
            (false, false) => principle_citations(p, None, false),
            (false, true) => &P5_ORDER,
            (true, false) => &P5_2016,
            (true, true) => &P5_2016_ORDER,
        };
        self.begin(Subject::Principle(p), citations);
        if any {
            self.touch(Key::SuperiorOrder);
            self.inherit(|s| matches!(s, Subject::Weapons(_)), |_| true);
        } else {
            self.ok(Reason::NoWeaponsRequested);
        }
        // Each weapons record is read by index, so that its reasons can be
        // added to this finding without copying the records out first.
        for i in weapons_at..self.b.records().len() {
            let Some(&Record {
                subject: Subject::Weapons(w),
                status,
                ref reasons,
                ..
            }) = self.b.records().get(i)
            else {
                continue;
            };
            match status {
                Status::Violated => self.violated(Reason::WeaponsNotAllowed { weapons: w }),
                Status::Undetermined => {
                    for j in reasons.clone() {
                        if let Some(r) = self.b.reason(j).filter(|r| r.decider().is_some()) {
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
            self.ok(if self.contingent().is_some() {
                Reason::SuperiorOrderRequired
            } else {
                Reason::SuperiorOrderRequiredIfSdfUnits
            });
        }
        self.finish();
    }

    /// Art. 6(1) of the 2016 text: the consents judged stably maintained.
    fn stable_consent(&mut self) {
        match self.d.host_consent.stably_maintained {
            Fact::Unknown => self.unknown(FactPath::HostConsentStablyMaintained),
            Fact::Known(true) => self.ok(Reason::StableConsentConfirmed),
            Fact::Known(false) => self.violated(Reason::StableConsentNotConfirmed),
        }
    }

    /// Whether an authority is law on the day; if not, the violation.
    fn weapons_in_force(&mut self, w: WeaponsUse, what: &str) -> bool {
        self.touch(Key::Weapons(w));
        let enacted = self
            .weapons_law(w)
            .map_or(Enactment::Repealed, |l| l.enacted);
        if enacted.in_force_on(self.as_of) {
            true
        } else {
            self.not_law(what, enacted);
            false
        }
    }

    /// An authority of the 2001 amendment (Art. 24 as amended): law from
    /// the day the law gives.
    fn weapons_from(&mut self, w: WeaponsUse, what: &str) -> bool {
        static AMENDED: [&Source; 3] = [&ART_24, &REGIME_2001, &SUPPL_2001];
        self.recite(&AMENDED);
        self.weapons_in_force(w, what)
    }

    #[inline]
    fn weapons_law(&self, w: WeaponsUse) -> Option<crate::act::WeaponsLaw> {
        weapons_index(w).and_then(|i| self.body.provisions.weapons.get(i).copied())
    }

    /// Who may use an authority, as the law says: nothing to say where
    /// every kind of contingent may.
    fn weapons_who(&mut self, w: WeaponsUse) {
        let Some(law) = self.weapons_law(w) else {
            return;
        };
        let who = law.who;
        // What the finding reads, whether or not every kind may.
        match self.contingent() {
            None => {
                for &k in ContingentKind::ALL {
                    self.touch(Key::WeaponsContingent(w, k));
                }
            }
            Some(contingent) => self.touch(Key::WeaponsContingent(w, contingent)),
        }
        if ContingentKind::ALL.iter().all(|k| who.get(*k)) {
            return;
        }
        match self.contingent() {
            None => self.unknown(FactPath::ContingentKind),
            Some(contingent) => {
                if !who.get(contingent) {
                    self.violated(Reason::WeaponsNotForContingent {
                        weapons: w,
                        contingent,
                        bar: weapons_bar(w, contingent),
                    });
                }
            }
        }
    }

    fn weapons(&mut self, w: WeaponsUse) {
        static BASE: [&Source; 1] = [&ART_24];
        static BASE_2016: [&Source; 1] = [&ART16_25_3];
        static FORCE: [&Source; 1] = [&ART_2_2];
        static CAMP: [&Source; 1] = [&ART16_25_7];
        static CAMP_BEFORE: [&Source; 2] = [&ART16_25_7, &REGIME_2015];
        static DUTY: [&Source; 1] = [&PRINCIPLE_5_2016];
        static DUTY_BEFORE: [&Source; 2] = [&PRINCIPLE_5_2016, &REGIME_2015];
        self.begin(Subject::Weapons(w), &BASE);
        match w {
            WeaponsUse::SelfPreservation => {
                if self.post && self.contingent() == Some(ContingentKind::SdfUnit) {
                    self.recite(&BASE_2016);
                }
                if self.weapons_in_force(w, "weapons use for self-preservation") {
                    self.weapons_who(w);
                }
            }
            WeaponsUse::PersonsUnderControl => {
                if self.weapons_from(
                    w,
                    "weapons use to protect persons under the personnel's control",
                ) {
                    self.weapons_who(w);
                }
            }
            WeaponsUse::ProtectionOfWeapons => {
                if self.weapons_from(
                    w,
                    "weapons use to protect weapons and equipment (SDF Act Art. 95) abroad",
                ) {
                    self.weapons_who(w);
                }
            }
            WeaponsUse::DutyExecution => self.duty_execution(&DUTY, &DUTY_BEFORE),
            WeaponsUse::JointCampProtection => {
                let in_force = self
                    .weapons_law(w)
                    .is_some_and(|l| l.enacted.in_force_on(self.as_of));
                if in_force {
                    self.touch(Key::Weapons(w));
                    self.recite(&CAMP);
                    // Art. 25(7) rests on Art. 25(3), read as pre-2016
                    // Art. 24(3) (the SDF officers of SDF units).
                    if self.contingent() == Some(ContingentKind::SdfIndividuals) {
                        self.cite(&ART_24);
                    }
                    self.weapons_who(w);
                } else {
                    self.recite(&CAMP_BEFORE);
                    self.weapons_in_force(w, "weapons use in the joint protection of camps");
                }
            }
            WeaponsUse::UseOfForce => {
                self.recite(&FORCE);
                self.violated(Reason::UseOfForceProhibited);
            }
        }
        if self.b.worst() == Status::Satisfied {
            self.ok(Reason::WeaponsAllowed { weapons: w });
        }
        self.finish();
    }

    /// Weapons to execute duties (from 29 March 2016): for the SDF officers
    /// doing safety-ensuring operations (Art. 26(1)) or kaketsuke-keigo
    /// (Art. 26(2)), with the consents judged stably maintained.
    fn duty_execution(&mut self, duty: Cites, before: Cites) {
        let w = WeaponsUse::DutyExecution;
        let in_force = self
            .weapons_law(w)
            .is_some_and(|l| l.enacted.in_force_on(self.as_of));
        if !in_force {
            self.recite(before);
            self.weapons_in_force(w, "weapons use to execute duties");
            return;
        }
        self.touch(Key::Weapons(w));
        self.recite(duty);
        let tasks = &self.d.contingent.tasks;
        let to = tasks.contains(&Task::SafetyEnsuring);
        let ra = tasks.contains(&Task::KaketsukeKeigo);
        if to || !ra {
            self.cite(&ART16_26_1);
        }
        if ra || !to {
            self.cite(&ART16_26_2);
        }
        if !to && !ra {
            self.violated(Reason::DutyExecutionWithoutTask);
        }
        self.weapons_who(w);
        self.cite(&ART16_6_1);
        self.stable_consent();
    }

    /// A task against the law of the day: the regime, the kind of operation
    /// (Art. 3(3) chapeau), who does it (Art. 6(6), Art. 12(1) proviso;
    /// Art. 13(1) from 2016), the freeze and Diet approval (Art. 6(7)), and
    /// for the 2015 tasks the conditions of Art. 6(1).
    fn task(&mut self, task: Task) {
        let body = self.body;
        let rule = body.rule(task);
        self.begin(Subject::Task(task), rule.citations());
        self.touch(Key::TaskEnacted(task));
        let enacted = self.body.provisions.task(task).enacted;
        if !enacted.in_force_on(self.as_of) {
            self.not_law(&task.to_string(), enacted);
            return self.finish();
        }
        let provided = self.task_operation(task, rule);
        self.task_contingent(task, rule, provided);
        self.touch(Key::StableConsent(task));
        if rule.needs_stable_consent() {
            self.cite(&ART16_6_1);
            self.stable_consent();
            if self.kind() == Some(OperationKind::HumanitarianRelief) {
                self.touch(Key::PartiesConsentInRelief(task));
            }
            if rule.needs_parties_consent_in_relief()
                && self.kind() == Some(OperationKind::HumanitarianRelief)
            {
                self.parties_consent_for_relief();
            }
            self.condition(Condition::NationalSecurityCouncil);
        }
        if task == Task::KaketsukeKeigo {
            self.condition(Condition::KaketsukeKeigoAlongsideOtherWork);
        }
        if self.post
            && task == Task::HeadquartersStaff
            && self.kind() == Some(OperationKind::UnPeacekeeping)
            && self.contingent() == Some(ContingentKind::SdfIndividuals)
        {
            self.cite(&ART16_27);
            self.ok(Reason::Article27Route);
        }
        self.finish();
    }

    /// For kaketsuke-keigo in a relief operation: every party to the
    /// conflict consents too (Art. 6(1) of the 2016 text).
    fn parties_consent_for_relief(&mut self) {
        let d = self.d;
        match &d.parties {
            Fact::Unknown => self.unknown(FactPath::Parties),
            Fact::Known(parties) => {
                if self.parties_consents(parties, true) {
                    self.ok(Reason::PartiesConsentForRelief {
                        parties: parties.len(),
                    });
                }
            }
        }
    }

    /// May this kind of operation include the task? Returns whether it is
    /// known to.
    fn task_operation(&mut self, task: Task, rule: &Rule) -> bool {
        let Some(kind) = self.kind() else {
            self.unknown(FactPath::OperationKind);
            return false;
        };
        self.touch(Key::TaskOperation(task, kind));
        let p = rule.operation(kind);
        self.cite_all(rule.operation_citations(kind));
        match self.answer(p) {
            Answer::Allowed => {
                if p == Permission::Open(Assumption::CoordinatedAsPeacekeeping) {
                    self.ok(Reason::CoordinatedAsPeacekeeping);
                }
                self.ok(Reason::TaskProvided { task });
                true
            }
            Answer::Barred => {
                self.violated(Reason::TaskNotForOperation { task, kind });
                false
            }
            Answer::Open(a) => {
                self.open(Reason::OperationUnverified { task, kind }, a);
                false
            }
        }
    }

    /// The permission of `kind` for a task, resolved: the answer, the rule
    /// it comes from (for similar work, the rule of the items it is similar
    /// to), and the similarity assumed, if one was.
    fn who(
        &mut self,
        rule: &'a Rule,
        kind: ContingentKind,
    ) -> (Answer, &'a Rule, Option<Similarity>) {
        self.touch(Key::TaskContingent(rule.task(), kind));
        if kind == ContingentKind::SdfUnit {
            self.touch(Key::TaskFrozen(rule.task()));
        }
        let p = rule.who(kind);
        let Permission::Open(a) = p else {
            return (self.answer(p), rule, None);
        };
        let Some(similarity) = self.a.similarity(a) else {
            return (self.answer(p), rule, None);
        };
        if let Some(task) = statute::representative(similarity) {
            let body: &'a Body = self.body;
            let similar = body.rule(task);
            self.touch(Key::TaskContingent(task, kind));
            if kind == ContingentKind::SdfUnit {
                self.touch(Key::TaskFrozen(task));
            }
            return (self.answer(similar.who(kind)), similar, Some(similarity));
        }
        // Open: each answer gives a different rule for every open cell of
        // pko's tables (`statute::tests`), so the finding stays open.
        (Answer::Open(a), rule, None)
    }

    /// Who does the task: SDF units (Art. 6(6), the freeze, Diet approval),
    /// SDF personnel as individuals, or others (Art. 12(1) proviso; Art.
    /// 13(1) from 2016).
    fn task_contingent(&mut self, task: Task, rule: &'a Rule, provided: bool) {
        let Some(contingent) = self.contingent() else {
            return self.task_contingent_unknown(task, rule, provided);
        };
        let (answer, effective, similar) = self.who(rule, contingent);
        self.cite_all(effective.who_citations(contingent));
        if let Some(similar_to) = similar {
            self.cite(&SIMILAR_WORK);
            self.ok(Reason::SimilarWorkAssumed { task, similar_to });
        }
        let unit = contingent == ContingentKind::SdfUnit;
        if self.post && unit && rule.item().is_some() {
            self.ok(Reason::Pre2016Provision { article: "6(6)" });
        }
        match answer {
            Answer::Barred if unit && effective.frozen_for_sdf_units() => {
                self.violated(Reason::PkfCoreTaskFrozen {
                    task,
                    lifted_on: Regime::Amended2001.in_force_from(),
                });
            }
            Answer::Barred => {
                if let Permission::Open(Assumption::UnverifiedPermissions) =
                    effective.who(contingent)
                {
                    self.violated(Reason::AssumedPermission {
                        task,
                        contingent,
                        allowed: false,
                    });
                } else {
                    self.violated(Reason::NotForContingent {
                        task,
                        contingent,
                        bar: bar(task, contingent, self.post),
                    });
                }
            }
            Answer::Open(a) => {
                let r = if self.a.similarity(a).is_some() {
                    self.cite(&SIMILAR_WORK);
                    Reason::SimilarWorkOpen { task }
                } else {
                    Reason::WhoMayUnverified { task, contingent }
                };
                self.open(r, a);
            }
            Answer::Allowed => {
                if let Permission::Open(Assumption::UnverifiedPermissions) =
                    effective.who(contingent)
                {
                    self.ok(Reason::AssumedPermission {
                        task,
                        contingent,
                        allowed: true,
                    });
                }
                if unit {
                    self.diet_for(task, effective, DietNeed::Yes, provided);
                } else if contingent == ContingentKind::SdfIndividuals
                    && effective.item().is_some_and(statute::Item::is_pkf_core)
                    && !self.post
                {
                    self.ok(Reason::IndividualsNotFrozen);
                }
            }
        }
    }

    /// Who does the task, when the kind of contingent is unknown: nothing
    /// to say if every kind may; otherwise the finding waits for it.
    fn task_contingent_unknown(&mut self, task: Task, rule: &'a Rule, provided: bool) {
        let answers: Vec<(Answer, &'a Rule)> = ContingentKind::ALL
            .iter()
            .map(|k| {
                let (a, r, _) = self.who(rule, *k);
                (a, r)
            })
            .collect();
        let everyone = answers.iter().all(|(a, _)| *a == Answer::Allowed);
        let (unit, unit_rule) = answers.first().copied().unwrap_or((Answer::Barred, rule));
        let frozen = unit == Answer::Barred && unit_rule.frozen_for_sdf_units();
        if !everyone {
            if frozen {
                self.cite(&REGIME_2001);
            }
            self.unknown(FactPath::ContingentKind);
        }
        if unit == Answer::Allowed {
            self.diet_for(task, unit_rule, DietNeed::IfSdfUnits, provided);
        }
    }

    /// Whether the Diet must approve the task by SDF units (or, with `need`
    /// `IfSdfUnits`, if the contingent turns out to be SDF units). A known
    /// approval or refusal gets a finding of its own only where the kind of
    /// operation is known to include the task (`provided`).
    fn diet_for(&mut self, task: Task, rule: &Rule, need: DietNeed, provided: bool) {
        self.touch(Key::DietApproval(rule.task()));
        // Similar work needs the Diet's approval as the work it is similar
        // to does: where a reform lets SDF units do it outright, its own
        // cell names the similarity, which may be set.
        let mut rule = rule;
        if let DietApproval::Open(a) = rule.diet_approval()
            && let Some(task) = self.a.similarity(a).and_then(statute::representative)
        {
            let body: &'a Body = self.body;
            rule = body.rule(task);
            self.touch(Key::DietApproval(task));
        }
        let required = match rule.diet_approval() {
            DietApproval::Required => true,
            DietApproval::Open(a) => match self.a.reading(a) {
                Some(Reading::Yes) => {
                    self.ok(Reason::DietApprovalAssumed {
                        task,
                        required: true,
                    });
                    true
                }
                Some(Reading::No) => {
                    self.ok(Reason::DietApprovalAssumed {
                        task,
                        required: false,
                    });
                    false
                }
                Some(Reading::Open) | None => {
                    self.cite(&ART_6_7);
                    if self.d.diet_approval == Fact::Known(true) {
                        self.ok(Reason::DietApprovedEitherWay { task });
                    } else if need == DietNeed::Yes {
                        self.open(Reason::DietApprovalUnverified { task }, a);
                        if !self.d.diet_approval.is_known() {
                            self.unknown(FactPath::DietApproval);
                        }
                    } else {
                        // The contingent may not be SDF units: it waits for
                        // that first.
                        self.undetermined(Reason::DietApprovalUnverified { task });
                        self.undetermined(Reason::OpenAssumption { assumption: a });
                    }
                    false
                }
            },
            DietApproval::NotRequired | DietApproval::AsSimilarWork => false,
        };
        if !required {
            return;
        }
        self.cite(&ART_6_7);
        if provided {
            self.diet_needed = self.diet_needed.max_with(need);
        }
        match need {
            DietNeed::Yes if !self.d.diet_approval.is_known() => {
                self.condition(Condition::DietApprovalRequired);
            }
            // If the contingent is SDF units, a refusal leaves the
            // requirement standing.
            DietNeed::IfSdfUnits if self.d.diet_approval != Fact::Known(true) => {
                self.condition(Condition::DietApprovalRequiredIfSdfUnits);
            }
            _ => {}
        }
    }

    /// Art. 18: the total engaged at a time, this contingent and those
    /// already engaged in other operations, within the cap; from 29 March
    /// 2016, the cap the assumption gives.
    fn headcount(&mut self) {
        static CAP: [&Source; 1] = [&ART_18];
        self.begin(Subject::Headcount, &CAP);
        self.touch(Key::HeadcountCap);
        let (cap, assumed) = match self.body.provisions.cap {
            HeadcountCap::Of(cap) => (Some(cap), false),
            HeadcountCap::Removed => {
                self.ok(Reason::NoCap);
                return self.finish();
            }
            HeadcountCap::Open => match self.a.headcount_cap_after_2016 {
                HeadcountCap::Of(cap) => (Some(cap), true),
                HeadcountCap::Removed => {
                    self.ok(Reason::NoCapAssumed);
                    return self.finish();
                }
                HeadcountCap::Open => (None, false),
            },
        };
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
            match (cap, others) {
                (Some(cap), _) if total > cap => self.violated(Reason::OverCap {
                    size,
                    already_engaged: others,
                    cap,
                    assumed,
                }),
                (Some(cap), Some(already_engaged)) => self.ok(Reason::WithinCap {
                    size,
                    already_engaged,
                    cap,
                    assumed,
                }),
                (None, _) if total > HEADCOUNT_CAP => self.open(
                    Reason::CapUnverifiedAfter2016 { total },
                    Assumption::HeadcountCapAfter2016,
                ),
                (None, Some(already_engaged)) => self.ok(Reason::WithinCapEitherWay {
                    size,
                    already_engaged,
                }),
                (_, None) => {}
            }
        }
        self.finish();
    }

    /// A finding on the Diet's approval, where it is known and a task asks
    /// for it.
    fn diet(&mut self) {
        static DIET: [&Source; 2] = [&ART_6_7, &ART_6_9];
        let Fact::Known(approved) = self.d.diet_approval else {
            return;
        };
        match self.diet_needed {
            DietNeed::None => {}
            DietNeed::IfSdfUnits if approved => {}
            need => {
                self.begin(Subject::DietApproval, &DIET);
                // Whether a task asks for the Diet's approval reads its
                // rule: every change traced to a task finding.
                self.inherit(
                    |s| matches!(s, Subject::Task(_)),
                    |c| !matches!(c, LawChange::Text { .. }),
                );
                if approved {
                    self.ok(Reason::DietApproved);
                } else if need == DietNeed::Yes {
                    self.violated(Reason::DietRefused);
                } else {
                    self.undetermined(Reason::DietRefused);
                    self.unknown(FactPath::ContingentKind);
                }
                self.finish();
            }
        }
    }
}

impl DietNeed {
    /// The stronger of two needs.
    const fn max_with(self, other: Self) -> Self {
        match (self, other) {
            (Self::Yes, _) | (_, Self::Yes) => Self::Yes,
            (Self::IfSdfUnits, _) | (_, Self::IfSdfUnits) => Self::IfSdfUnits,
            _ => Self::None,
        }
    }
}

/// The rule of the Act that bars a kind of contingent from a task.
const fn bar(task: Task, contingent: ContingentKind, post: bool) -> Bar {
    match (contingent, task) {
        (ContingentKind::SdfUnit, _) => Bar::NotAmongSdfUnitItems,
        (_, Task::KaketsukeKeigo) => Bar::CorpsNeverDoesRa,
        (ContingentKind::SdfIndividuals, _) if post => Bar::NoSdfPersonnelForElection,
        _ => Bar::SdfPersonnelOnly,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_need_for_approval_only_grows() {
        use DietNeed::{IfSdfUnits, None, Yes};
        for (a, b, max) in [
            (None, None, None),
            (None, IfSdfUnits, IfSdfUnits),
            (IfSdfUnits, None, IfSdfUnits),
            (IfSdfUnits, Yes, Yes),
            (Yes, None, Yes),
            (Yes, IfSdfUnits, Yes),
        ] {
            assert_eq!(a.max_with(b), max);
        }
    }
}
