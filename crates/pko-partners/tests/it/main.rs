//! The rules of Korea and China and the UN's principles: a case per rule,
//! the sources, the JSON forms, and properties of unknown facts.

use chrono::NaiveDate;
use pko_core::{CountryCode, Fact, Reliability, Status, Verdict, date};
use pko_partners::{
    Agreement, AssemblyConsent, Consent, Contingent, ContingentKind, ForceUse, Operation,
    OperationKind, Participant, Step, Subject, assess, un_principles,
};
use proptest::prelude::*;

const DAY: NaiveDate = date(2017, 6, 1);

fn un_operation() -> Operation {
    Operation {
        name: Some("UNMISS".to_owned()),
        kind: Fact::Known(OperationKind::UnPeacekeeping),
        host_consent: Fact::Known(Consent::Given),
        parties_consent: Fact::Known(Consent::Given),
        impartial: Fact::Known(true),
        force: Fact::Known(ForceUse::SelfDefenceAndMandate),
    }
}

fn korean_unit() -> Contingent {
    Contingent::new(CountryCode::KOR)
        .kind(ContingentKind::Unit)
        .size(280)
}

fn consented(on: NaiveDate, until: Option<NaiveDate>) -> AssemblyConsent {
    AssemblyConsent::Given { on, until }
}

#[test]
fn a_korean_unit_without_the_assemblys_consent_is_not_permitted() {
    let unit = korean_unit().assembly_consent(AssemblyConsent::NotGiven);
    let a = assess(&un_operation(), &unit, DAY).unwrap();
    assert_eq!(a.participant, Participant::Korea);
    assert_eq!(a.verdict, Verdict::NotPermitted);
    let f = a.finding(Subject::AssemblyConsent).unwrap();
    assert_eq!(f.status, Status::Violated);
    assert!(
        f.citations[0].to_string().ends_with("[secondary]"),
        "{}",
        f.citations[0]
    );
    // The State Council resolves the motion, then the Assembly consents;
    // the motion states what Art. 6(2) asks (secondary).
    let steps: Vec<Step> = a.missing_steps.iter().map(|m| m.step).collect();
    assert_eq!(steps, [Step::StateCouncilResolution, Step::AssemblyConsent]);
    assert!(
        a.missing_steps[0]
            .citations
            .iter()
            .all(|c| c.reliability() == Reliability::Secondary)
    );
    let consent = &a.missing_steps[1];
    assert_eq!(consent.when, "before the unit deploys");
    assert_eq!(consent.details.len(), 1);
    assert!(consent.details[0].contains("destination, size, period, mission and safety measures"));
    assert!(consent.citations.iter().any(|c| {
        c.locator().is_some_and(|l| l.to_string() == "Art. 6(2)")
            && c.reliability() == Reliability::Secondary
    }));
    // With the consent given before the day, the same unit may go.
    let ok = korean_unit().assembly_consent(consented(date(2017, 1, 10), None));
    let a = assess(&un_operation(), &ok, DAY).unwrap();
    assert_eq!(a.verdict, Verdict::Permitted);
    assert!(a.missing_steps.is_empty());
}

#[test]
fn a_consent_after_the_day_is_not_yet_a_consent() {
    let late = korean_unit().assembly_consent(consented(date(2017, 6, 2), None));
    let a = assess(&un_operation(), &late, DAY).unwrap();
    assert_eq!(
        a.finding(Subject::AssemblyConsent).unwrap().status,
        Status::Violated
    );
    assert!(a.finding(Subject::AssemblyConsent).unwrap().reasons[0].contains("2017-06-02"));
    assert_eq!(a.missing_steps[0].step, Step::AssemblyConsent);
}

#[test]
fn a_consent_given_on_the_day_counts_and_its_extension_is_read_that_day() {
    let until = date(2017, 12, 31);
    let same_day = korean_unit().assembly_consent(consented(DAY, Some(until)));
    let a = assess(&un_operation(), &same_day, DAY).unwrap();
    assert_eq!(a.verdict, Verdict::Permitted);
    assert_eq!(
        a.finding(Subject::AssemblyConsent).unwrap().status,
        Status::Satisfied
    );
    // The consent is in effect from its day: its period is read that day.
    assert_eq!(
        a.finding(Subject::Extension).map(|f| f.status),
        Some(Status::Satisfied)
    );
    // A consent not yet given says nothing of its period.
    let later = korean_unit().assembly_consent(consented(date(2017, 6, 2), Some(until)));
    let a = assess(&un_operation(), &later, DAY).unwrap();
    assert!(a.finding(Subject::Extension).is_none());
}

#[test]
fn a_consent_is_in_effect_from_its_day_to_the_last_it_covers() {
    let c = consented(date(2017, 1, 10), Some(date(2017, 12, 31)));
    assert!(!c.in_effect_on(date(2017, 1, 9)));
    assert!(c.in_effect_on(date(2017, 1, 10)));
    assert!(c.in_effect_on(date(2017, 12, 31)));
    assert!(!c.in_effect_on(date(2018, 1, 1)));
    assert!(consented(date(2017, 1, 10), None).in_effect_on(date(2030, 1, 1)));
    assert!(!AssemblyConsent::NotGiven.in_effect_on(DAY));
}

#[test]
fn the_report_reads_each_finding_step_and_deciding_fact() {
    let unit = korean_unit().assembly_consent(AssemblyConsent::NotGiven);
    let a = assess(&un_operation(), &unit, DAY).unwrap();
    let text = a.to_string();
    assert!(
        text.starts_with("Republic of Korea on 2017-06-01: not permitted\n"),
        "{text}"
    );
    assert!(text.contains("  [violated] the National Assembly's consent\n      - a unit needs the National Assembly's prior consent, and it has not been given\n"), "{text}");
    assert!(
        text.contains("  missing: the State Council's resolution of the motion (before the motion to dispatch goes to the National Assembly)\n  missing: the National Assembly's consent (before the unit deploys)\n      - under the Act as amended by Act No. 13123 (3 February 2015), the motion states"),
        "{text}"
    );
    assert!(!text.contains("would decide"), "{text}");
    // An unknown kind of operation: the report says what would decide it.
    let unknown = Operation {
        kind: Fact::Unknown,
        ..un_operation()
    };
    let staff = Contingent::new(CountryCode::KOR).kind(ContingentKind::Individuals);
    let text = assess(&unknown, &staff, DAY).unwrap().to_string();
    assert!(text.ends_with("  would decide: operation.kind\n"), "{text}");
    // China in a coordinated operation: the kind of operation is named in
    // the reason, and the step China cannot name is listed.
    let coordinated = Operation {
        kind: Fact::Known(OperationKind::InternationallyCoordinated),
        ..un_operation()
    };
    let text = assess(&coordinated, &Contingent::new(CountryCode::CHN), DAY)
        .unwrap()
        .to_string();
    assert!(
        text.starts_with("People's Republic of China on 2017-06-01: undetermined\n"),
        "{text}"
    );
    assert!(
        text.contains("(internationally coordinated operation)"),
        "{text}"
    );
    assert!(text.contains("  missing: a decision by the body that decides (no law naming it was found) (before the contingent deploys)\n"), "{text}");
    let un = un_principles(&un_operation(), DAY).to_string();
    assert!(
        un.starts_with("United Nations on 2017-06-01: permitted\n"),
        "{un}"
    );
}

#[test]
fn the_facts_read_as_words() {
    assert_eq!(
        OperationKind::UnPeacekeeping.to_string(),
        "UN peacekeeping operation"
    );
    assert_eq!(
        OperationKind::InternationallyCoordinated.to_string(),
        "internationally coordinated operation"
    );
    assert_eq!(
        ForceUse::Beyond.to_string(),
        "beyond self-defence and defence of the mandate"
    );
    assert_eq!(ContingentKind::Unit.to_string(), "unit");
    assert_eq!(
        ContingentKind::Individuals.to_string(),
        "individual personnel"
    );
    assert_eq!(Participant::China.to_string(), "People's Republic of China");
    assert_eq!(Subject::DecidingBody.to_string(), "the deciding body");
    assert_eq!(
        Step::AssemblyConsentToExtend.to_string(),
        "the National Assembly's consent to extend"
    );
}

#[test]
fn a_korean_unit_in_a_non_un_operation_is_outside_the_act() {
    for kind in [
        OperationKind::UnAuthorized,
        OperationKind::InternationallyCoordinated,
    ] {
        let op = Operation {
            kind: Fact::Known(kind),
            ..un_operation()
        };
        let unit = korean_unit().assembly_consent(AssemblyConsent::NotGiven);
        let a = assess(&op, &unit, DAY).unwrap();
        let basis = a.finding(Subject::LegalBasis).unwrap();
        assert!(
            basis.reasons[0].contains("outside the Act"),
            "{}",
            basis.reasons[0]
        );
        let consent = a.finding(Subject::AssemblyConsent).unwrap();
        assert_eq!(consent.status, Status::Violated);
        assert_eq!(
            consent.citations[0].locator().map(ToString::to_string),
            Some("Art. 60(2)".to_owned())
        );
        // The provisional agreement is a step of the Act: not here; nor
        // is what the Act's motion states.
        assert!(a.finding(Subject::ProvisionalAgreement).is_none());
        let step = a
            .missing_steps
            .iter()
            .find(|m| m.step == Step::AssemblyConsent)
            .unwrap();
        assert!(step.details.is_empty(), "{:?}", step.details);
        assert_eq!(a.verdict, Verdict::NotPermitted);
        let with = korean_unit().assembly_consent(consented(date(2017, 1, 10), None));
        assert_eq!(assess(&op, &with, DAY).unwrap().verdict, Verdict::Permitted);
    }
}

#[test]
fn korean_staff_officers_need_no_assembly_consent() {
    let staff = Contingent::new(CountryCode::KOR)
        .kind(ContingentKind::Individuals)
        .size(8);
    let a = assess(&un_operation(), &staff, DAY).unwrap();
    assert_eq!(
        a.finding(Subject::AssemblyConsent).unwrap().status,
        Status::NotApplicable
    );
    assert_eq!(a.verdict, Verdict::Permitted);
    assert!(a.missing_steps.is_empty());
    // Outside the Act the sources do not say: undetermined, not permitted.
    let op = Operation {
        kind: Fact::Known(OperationKind::InternationallyCoordinated),
        ..un_operation()
    };
    let a = assess(&op, &staff, DAY).unwrap();
    assert_eq!(
        a.finding(Subject::AssemblyConsent).unwrap().status,
        Status::Undetermined
    );
    assert_eq!(a.verdict, Verdict::Undetermined);
}

#[test]
fn a_korean_unit_before_the_act_is_assessed_under_article_60_2_alone() {
    let before = date(2010, 4, 25);
    let unit = korean_unit().assembly_consent(consented(date(2010, 1, 5), None));
    let a = assess(&un_operation(), &unit, before).unwrap();
    let basis = a.finding(Subject::LegalBasis).unwrap();
    assert!(basis.reasons[0].contains("did not yet exist"));
    assert!(basis.reasons[0].contains("2010-04-26"));
    let consent = a.finding(Subject::AssemblyConsent).unwrap();
    assert_eq!(consent.citations.len(), 1);
    assert_eq!(
        consent.citations[0].locator().map(ToString::to_string),
        Some("Art. 60(2)".to_owned())
    );
    assert!(a.finding(Subject::ProvisionalAgreement).is_none());
    assert_eq!(a.verdict, Verdict::Permitted);
    // On the day the Act came into force, the Act applies.
    let a = assess(&un_operation(), &unit, pko_partners::korea::ACT_IN_FORCE).unwrap();
    assert!(a.finding(Subject::LegalBasis).unwrap().reasons[0].contains("within the Act"));
    assert!(a.finding(Subject::ProvisionalAgreement).is_some());
}

#[test]
fn staying_past_the_consent_needs_the_assemblys_consent_to_extend() {
    let until = date(2017, 12, 31);
    let unit = korean_unit().assembly_consent(consented(date(2017, 1, 10), Some(until)));
    let a = assess(&un_operation(), &unit, until).unwrap();
    assert_eq!(
        a.finding(Subject::Extension).unwrap().status,
        Status::Satisfied
    );
    let a = assess(&un_operation(), &unit, date(2018, 1, 1)).unwrap();
    assert_eq!(
        a.finding(Subject::Extension).unwrap().status,
        Status::Violated
    );
    assert_eq!(a.verdict, Verdict::NotPermitted);
    let steps: Vec<Step> = a.missing_steps.iter().map(|m| m.step).collect();
    assert_eq!(
        steps,
        [Step::StateCouncilResolution, Step::AssemblyConsentToExtend]
    );
    assert_eq!(
        a.missing_steps[0].when,
        "before the motion to extend goes to the National Assembly"
    );
    let step = &a.missing_steps[1];
    assert_eq!(step.by, Some(until));
    assert!(
        step.citations
            .iter()
            .all(|c| c.reliability() == Reliability::Secondary)
    );
}

#[test]
fn a_provisional_agreement_is_allowed_up_to_1000_persons() {
    let agreed = |size| {
        Contingent::new(CountryCode::KOR)
            .kind(ContingentKind::Unit)
            .size(size)
            .assembly_consent(consented(date(2017, 1, 10), None))
            .provisional_agreement(Agreement::On(date(2016, 12, 1)))
    };
    let status = |c: &Contingent| {
        assess(&un_operation(), c, DAY)
            .unwrap()
            .finding(Subject::ProvisionalAgreement)
            .unwrap()
            .status
    };
    assert_eq!(status(&agreed(1_000)), Status::Satisfied);
    assert_eq!(status(&agreed(1_001)), Status::Violated);
    let none = agreed(1_500).provisional_agreement(Agreement::None);
    assert_eq!(status(&none), Status::NotApplicable);
    let mut unknown = agreed(1_500);
    unknown.procedure.provisional_agreement = Fact::Unknown;
    assert_eq!(status(&unknown), Status::Undetermined);
    let a = assess(&un_operation(), &unknown, DAY).unwrap();
    assert_eq!(a.deciding_facts, ["procedure.provisional_agreement"]);
}

#[test]
fn a_chinese_contingents_decision_is_undetermined() {
    for day in [date(2014, 1, 1), date(2017, 6, 1), date(2022, 1, 1)] {
        let china = Contingent::new(CountryCode::CHN)
            .kind(ContingentKind::Unit)
            .size(700);
        let a = assess(&un_operation(), &china, day).unwrap();
        assert_eq!(a.participant, Participant::China);
        let f = a.finding(Subject::DecidingBody).unwrap();
        assert_eq!(f.status, Status::Undetermined);
        assert!(f.reasons[0].contains("not found"));
        assert_ne!(a.verdict, Verdict::Permitted, "{day}");
        assert_eq!(a.missing_steps[0].step, Step::DecisionOfAnUnnamedBody);
    }
}

#[test]
fn chinas_legal_basis_follows_the_statutes_dates() {
    let china = Contingent::new(CountryCode::CHN);
    let basis = |day| {
        assess(&un_operation(), &china, day)
            .unwrap()
            .finding(Subject::LegalBasis)
            .cloned()
            .unwrap()
    };
    assert_eq!(basis(date(2015, 6, 30)).status, Status::Undetermined);
    let nsl = basis(date(2015, 7, 1));
    assert_eq!(nsl.status, Status::Satisfied);
    assert_eq!(nsl.citations.len(), 1);
    let both = basis(date(2021, 1, 1));
    assert_eq!(both.citations.len(), 2);
    let op = Operation {
        kind: Fact::Known(OperationKind::InternationallyCoordinated),
        ..un_operation()
    };
    let a = assess(&op, &china, DAY).unwrap();
    assert_eq!(
        a.finding(Subject::LegalBasis).unwrap().status,
        Status::Undetermined
    );
    assert_eq!(
        a.finding(Subject::StatedPolicy).unwrap().status,
        Status::NotApplicable
    );
}

#[test]
fn the_un_principles_are_violated_when_the_host_withdraws_consent() {
    assert_eq!(
        un_principles(&un_operation(), DAY).verdict,
        Verdict::Permitted
    );
    let withdrawn = Operation {
        host_consent: Fact::Known(Consent::Withdrawn),
        ..un_operation()
    };
    let a = un_principles(&withdrawn, DAY);
    assert_eq!(a.verdict, Verdict::NotPermitted);
    assert_eq!(
        a.finding(Subject::Consent).unwrap().reasons[0],
        "the host state's consent is withdrawn"
    );
    // China states the principles as its policy: it follows them.
    let china = assess(&withdrawn, &Contingent::new(CountryCode::CHN), DAY).unwrap();
    assert_eq!(
        china.finding(Subject::StatedPolicy).unwrap().status,
        Status::Violated
    );
    // Partial force and impartiality, each on its own.
    let partial = Operation {
        impartial: Fact::Known(false),
        ..un_operation()
    };
    assert_eq!(
        un_principles(&partial, DAY)
            .finding(Subject::Impartiality)
            .unwrap()
            .status,
        Status::Violated
    );
    let enforcing = Operation {
        force: Fact::Known(ForceUse::Beyond),
        ..un_operation()
    };
    assert_eq!(
        un_principles(&enforcing, DAY)
            .finding(Subject::NonUseOfForce)
            .unwrap()
            .status,
        Status::Violated
    );
    // Not a UN operation: the principles do not apply.
    let coordinated = Operation {
        kind: Fact::Known(OperationKind::InternationallyCoordinated),
        ..withdrawn
    };
    assert!(
        un_principles(&coordinated, DAY)
            .findings
            .iter()
            .all(|f| f.status == Status::NotApplicable)
    );
}

#[test]
fn every_citation_is_a_listed_source_and_secondary_ones_say_so() {
    let listed = pko_partners::sources();
    let bare = |s: &pko_core::Source| (s.issuer().to_owned(), s.title().to_owned());
    let cases = [
        (
            korean_unit().assembly_consent(AssemblyConsent::NotGiven),
            un_operation(),
        ),
        (
            korean_unit().provisional_agreement(Agreement::On(date(2016, 1, 1))),
            Operation::default(),
        ),
        (Contingent::new(CountryCode::CHN), un_operation()),
        (
            korean_unit(),
            Operation {
                kind: Fact::Known(OperationKind::UnAuthorized),
                ..un_operation()
            },
        ),
    ];
    let mut seen = 0;
    for (c, op) in cases {
        for day in [date(2009, 1, 1), DAY, date(2022, 1, 1)] {
            let a = assess(&op, &c, day).unwrap();
            let citations = a
                .findings
                .iter()
                .flat_map(|f| f.citations.iter())
                .chain(a.missing_steps.iter().flat_map(|m| m.citations.iter()));
            for cite in citations {
                seen += 1;
                assert!(listed.iter().any(|s| bare(s) == bare(cite)), "{cite}");
                assert_eq!(
                    cite.reliability() == Reliability::Secondary,
                    cite.to_string().contains("[secondary]")
                );
            }
        }
    }
    assert!(seen > 40);
    assert!(
        listed
            .iter()
            .all(|s| !s.issuer().is_empty() && !s.title().is_empty())
    );
    assert!(
        listed
            .iter()
            .any(|s| s.reliability() == Reliability::Secondary)
    );
}

#[test]
fn the_json_forms_read_and_refuse_what_they_should() {
    let c: Contingent = serde_json::from_str(
        r#"{"state": "KOR", "kind": "unit", "size": 280,
            "procedure": {"assembly_consent": {"given": {"on": "2017-01-10", "until": "2017-12-31"}},
                          "provisional_agreement": "none"}}"#,
    )
    .unwrap();
    assert_eq!(
        c.procedure.assembly_consent,
        Fact::Known(consented(date(2017, 1, 10), Some(date(2017, 12, 31))))
    );
    assert_eq!(
        c.procedure.provisional_agreement,
        Fact::Known(Agreement::None)
    );
    let op: Operation =
        serde_json::from_str(r#"{"kind": "un_peacekeeping", "host_consent": "withdrawn"}"#)
            .unwrap();
    assert_eq!(op.host_consent, Fact::Known(Consent::Withdrawn));
    assert_eq!(op.impartial, Fact::Unknown);
    assert!(
        serde_json::from_str::<Operation>(r#"{"kind": "un_peacekeeping", "mandate": "x"}"#)
            .is_err()
    );
    assert!(
        serde_json::from_str::<Contingent>(r#"{"kind": "unit"}"#).is_err(),
        "the state is required"
    );
    let a = assess(&op, &c, DAY).unwrap();
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["participant"], "korea");
    assert_eq!(json["findings"][0]["subject"], "legal_basis");
    assert_eq!(
        json["findings"][0]["citations"][0]["reliability"],
        "primary"
    );
}

fn fact<T: Clone + std::fmt::Debug + 'static>(values: Vec<T>) -> impl Strategy<Value = Fact<T>> {
    prop_oneof![
        Just(Fact::Unknown),
        proptest::sample::select(values).prop_map(Fact::Known)
    ]
}

fn operations() -> impl Strategy<Value = Operation> {
    let consent = || vec![Consent::Given, Consent::Withdrawn, Consent::Refused];
    (
        fact(OperationKind::ALL.to_vec()),
        fact(consent()),
        fact(consent()),
        fact(vec![true, false]),
        fact(vec![ForceUse::SelfDefenceAndMandate, ForceUse::Beyond]),
    )
        .prop_map(
            |(kind, host_consent, parties_consent, impartial, force)| Operation {
                name: None,
                kind,
                host_consent,
                parties_consent,
                impartial,
                force,
            },
        )
}

fn consents() -> Vec<AssemblyConsent> {
    vec![
        AssemblyConsent::NotGiven,
        consented(date(2009, 6, 1), None),
        consented(date(2017, 1, 10), Some(date(2017, 12, 31))),
        consented(date(2020, 1, 1), None),
    ]
}

fn contingents(state: CountryCode) -> impl Strategy<Value = Contingent> {
    (
        fact(vec![ContingentKind::Unit, ContingentKind::Individuals]),
        fact(vec![1_u32, 280, 1_000, 1_001, 9_000]),
        fact(consents()),
        fact(vec![Agreement::None, Agreement::On(date(2016, 12, 1))]),
    )
        .prop_map(move |(kind, size, consent, agreement)| {
            let mut c = Contingent::new(state);
            c.kind = kind;
            c.size = size;
            c.procedure.assembly_consent = consent;
            c.procedure.provisional_agreement = agreement;
            c
        })
}

fn days() -> impl Strategy<Value = NaiveDate> {
    proptest::sample::select(vec![
        date(2009, 1, 1),
        date(2010, 4, 26),
        date(2014, 1, 1),
        DAY,
        date(2018, 3, 1),
        date(2022, 1, 1),
    ])
}

/// Every contingent that differs from `c` only in one unknown fact made
/// known, for each value the strategies use.
fn completions(c: &Contingent, op: &Operation) -> Vec<(Contingent, Operation)> {
    let mut out = Vec::new();
    if c.kind == Fact::Unknown {
        for k in [ContingentKind::Unit, ContingentKind::Individuals] {
            out.push((c.clone().kind(k), op.clone()));
        }
    }
    if c.size == Fact::Unknown {
        for n in [1, 280, 1_000, 1_001, 9_000] {
            out.push((c.clone().size(n), op.clone()));
        }
    }
    if c.procedure.assembly_consent == Fact::Unknown {
        for a in consents() {
            out.push((c.clone().assembly_consent(a), op.clone()));
        }
    }
    if c.procedure.provisional_agreement == Fact::Unknown {
        for a in [Agreement::None, Agreement::On(date(2016, 12, 1))] {
            out.push((c.clone().provisional_agreement(a), op.clone()));
        }
    }
    if op.kind == Fact::Unknown {
        for k in OperationKind::ALL {
            out.push((
                c.clone(),
                Operation {
                    kind: Fact::Known(*k),
                    ..op.clone()
                },
            ));
        }
    }
    out
}

proptest! {
    /// A missing fact never yields "satisfied": a finding satisfied while a
    /// fact is unknown stays satisfied (or not applicable) whatever the fact
    /// turns out to be; an unknown never hides a violation or a gap.
    #[test]
    fn a_missing_fact_never_yields_satisfied(
        op in operations(),
        korea in contingents(CountryCode::KOR),
        day in days(),
    ) {
        let a = assess(&op, &korea, day).unwrap();
        for (c, o) in completions(&korea, &op) {
            let b = assess(&o, &c, day).unwrap();
            for f in a.findings.iter().filter(|f| f.status == Status::Satisfied) {
                if let Some(g) = b.finding(f.subject) {
                    prop_assert!(g.status <= Status::NotApplicable, "{:?} {:?} with {:?} / {:?}", f.subject, g.status, c, o);
                }
            }
        }
        let u = un_principles(&op, day);
        for (_, o) in completions(&korea, &op) {
            let v = un_principles(&o, day);
            for f in u.findings.iter().filter(|f| f.status == Status::Satisfied) {
                prop_assert!(v.finding(f.subject).unwrap().status <= Status::NotApplicable);
            }
        }
    }

    /// A participant's verdict never depends on another participant's
    /// facts: China's answer reads no contingent's facts, Korea's only its
    /// own.
    #[test]
    fn a_participants_verdict_depends_only_on_its_own_facts(
        op in operations(),
        a in contingents(CountryCode::CHN),
        b in contingents(CountryCode::CHN),
        k in contingents(CountryCode::KOR),
        day in days(),
    ) {
        prop_assert_eq!(assess(&op, &a, day).unwrap(), assess(&op, &b, day).unwrap());
        let korea = assess(&op, &k, day).unwrap();
        prop_assert_eq!(&korea, &assess(&op, &k.clone(), day).unwrap());
        prop_assert_eq!(korea.verdict, Verdict::of(korea.findings.iter().map(|f| f.status)));
    }

    /// An undetermined verdict names what would decide it, or a finding
    /// says the sources are silent.
    #[test]
    fn an_undetermined_verdict_says_why(
        op in operations(),
        k in contingents(CountryCode::KOR),
        day in days(),
    ) {
        let a = assess(&op, &k, day).unwrap();
        if a.verdict == Verdict::Undetermined {
            prop_assert!(
                !a.deciding_facts.is_empty()
                    || a.findings.iter().any(|f| f.status == Status::Undetermined && f.reasons.iter().any(|r| r.contains("not found")))
            );
        }
    }
}
