//! The cases of the institute's rules.

use crate::common::{date, period};
use chrono::NaiveDate;
use pko_core::{CountryCode, Usd};
use pko_institute::{
    Appointment, Charter, CostSharing, Error, Meeting, NgoSeats, Payment, PaymentKind,
    PaymentRules, ProblemKind, RotationOrderProblem, Rule, Seat, SeatKind, rotation, share_costs,
    validate_council, validate_history, validate_payments,
};

const MEMBERS: [CountryCode; 3] = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];

fn charter() -> Charter {
    Charter::proposed(&MEMBERS).unwrap()
}

#[test]
fn the_charter_reads_as_section_f() {
    let text = charter().to_string();
    for words in [
        "Asian Institute for Peace Operations of the United Nations (AIPO)",
        "seat: Okinawa",
        "Japan, China, Republic of Korea",
        "5-year terms, under the Governing Council's policy guidance; 3 Deputy Directors",
        "secretariat: Okinawa",
        "7 seats",
        "no salary",
        "post-conflict recovery",
        "ASEAN",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
}

#[test]
fn six_terms_from_2016() {
    let terms = rotation(&charter(), &MEMBERS, date("2016-01-01"), 6).unwrap();
    let shown: Vec<String> = terms.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "term 1: JPN 2016-01-01..=2020-12-31",
            "term 2: CHN 2021-01-01..=2025-12-31",
            "term 3: KOR 2026-01-01..=2030-12-31",
            "term 4: JPN 2031-01-01..=2035-12-31",
            "term 5: CHN 2036-01-01..=2040-12-31",
            "term 6: KOR 2041-01-01..=2045-12-31",
        ]
    );
    let history: Vec<Appointment> = terms
        .iter()
        .map(|t| Appointment::new(t.state(), t.period()))
        .collect();
    assert!(validate_history(&charter(), &history).is_empty());
}

#[test]
fn leap_day_start() {
    let terms = rotation(&charter(), &MEMBERS, date("2016-02-29"), 5).unwrap();
    let periods: Vec<String> = terms.iter().map(|t| t.period().to_string()).collect();
    assert_eq!(
        periods,
        [
            "2016-02-29..=2021-02-27",
            "2021-02-28..=2026-02-27",
            "2026-02-28..=2031-02-27",
            "2031-02-28..=2036-02-28",
            "2036-02-29..=2041-02-27",
        ]
    );
    let march = charter().with_leap_day(pko_institute::LeapDay::FirstOfMarch);
    let terms = rotation(&march, &MEMBERS, date("2016-02-29"), 2).unwrap();
    assert_eq!(terms[0].period().to_string(), "2016-02-29..=2021-02-28");
    assert_eq!(terms[1].period().start(), date("2021-03-01"));
    // The generated history validates under the same rule.
    let history: Vec<Appointment> = terms
        .iter()
        .map(|t| Appointment::new(t.state(), t.period()))
        .collect();
    assert!(validate_history(&march, &history).is_empty());
}

#[test]
fn rotation_order_must_list_every_member_once() {
    let c = charter();
    assert_eq!(
        rotation(
            &c,
            &[CountryCode::JPN, CountryCode::CHN],
            date("2016-01-01"),
            2
        )
        .unwrap_err(),
        Error::BadRotationOrder {
            problem: RotationOrderProblem::Missing {
                state: CountryCode::KOR
            }
        }
    );
    assert_eq!(
        rotation(
            &c,
            &[CountryCode::JPN, CountryCode::CHN, CountryCode::USA],
            date("2016-01-01"),
            2
        )
        .unwrap_err(),
        Error::BadRotationOrder {
            problem: RotationOrderProblem::NotAMember {
                state: CountryCode::USA
            }
        }
    );
    assert_eq!(
        rotation(
            &c,
            &[CountryCode::JPN, CountryCode::JPN, CountryCode::KOR],
            date("2016-01-01"),
            2
        )
        .unwrap_err(),
        Error::BadRotationOrder {
            problem: RotationOrderProblem::Twice {
                state: CountryCode::JPN
            }
        }
    );
    assert!(matches!(
        rotation(&c, &MEMBERS, NaiveDate::MAX, 1),
        Err(Error::DateOutOfRange { term: 1 })
    ));
}

fn kinds(history: &[Appointment]) -> Vec<ProblemKind> {
    validate_history(&charter(), history)
        .into_iter()
        .map(|p| p.kind().clone())
        .collect()
}

#[test]
fn each_kind_of_invalid_history() {
    // A gap of one year.
    let gap = kinds(&[
        Appointment::new(CountryCode::JPN, period("2016-01-01..=2020-12-31")),
        Appointment::new(CountryCode::CHN, period("2022-01-01..=2026-12-31")),
    ]);
    assert_eq!(
        gap,
        [ProblemKind::Gap {
            after: 0,
            before: 1,
            days: period("2021-01-01..=2021-12-31")
        }]
    );

    // An overlap, listed out of order.
    let overlap = kinds(&[
        Appointment::new(CountryCode::CHN, period("2020-07-01..=2025-06-30")),
        Appointment::new(CountryCode::JPN, period("2016-01-01..=2020-12-31")),
    ]);
    assert_eq!(
        overlap,
        [ProblemKind::Overlap {
            first: 1,
            second: 0,
            days: period("2020-07-01..=2020-12-31")
        }]
    );

    // A four-year term.
    let short = kinds(&[Appointment::new(
        CountryCode::JPN,
        period("2016-01-01..=2019-12-31"),
    )]);
    assert_eq!(
        short,
        [ProblemKind::WrongTermLength {
            index: 0,
            expected_end: date("2020-12-31"),
            actual_end: date("2019-12-31")
        }]
    );

    // Japan twice before Korea has served.
    let early = kinds(&[
        Appointment::new(CountryCode::JPN, period("2016-01-01..=2020-12-31")),
        Appointment::new(CountryCode::CHN, period("2021-01-01..=2025-12-31")),
        Appointment::new(CountryCode::JPN, period("2026-01-01..=2030-12-31")),
    ]);
    assert_eq!(
        early,
        [ProblemKind::ServedAgainEarly {
            index: 2,
            state: CountryCode::JPN,
            waiting: vec![CountryCode::KOR]
        }]
    );

    // A non-member.
    let outsider = validate_history(
        &charter(),
        &[Appointment::new(
            CountryCode::USA,
            period("2016-01-01..=2020-12-31"),
        )],
    );
    assert_eq!(outsider.len(), 1);
    assert_eq!(outsider[0].rule(), Rule::DirectorRotation);
    assert_eq!(
        outsider[0].kind(),
        &ProblemKind::NonMember {
            index: 0,
            state: CountryCode::USA
        }
    );

    // Everything at once: every problem is reported.
    let all = kinds(&[
        Appointment::new(CountryCode::JPN, period("2016-01-01..=2019-12-31")),
        Appointment::new(CountryCode::JPN, period("2021-01-01..=2025-12-31")),
    ]);
    assert_eq!(all.len(), 3, "{all:?}");
}

#[test]
fn an_open_ended_current_term_is_not_a_wrong_length() {
    let current = kinds(&[
        Appointment::new(CountryCode::JPN, period("2016-01-01..=2020-12-31")),
        Appointment::new(CountryCode::CHN, period("2021-01-01..")),
    ]);
    assert!(current.is_empty(), "{current:?}");
}

fn full_roster() -> Vec<Seat> {
    let mut seats = Vec::new();
    for m in MEMBERS {
        seats.push(Seat::Government {
            person: format!("Representative of {m}"),
            state: m,
        });
        seats.push(Seat::FormerOfficial {
            person: format!("Former official of {m}"),
            state: m,
            un_peace_operations_service: true,
        });
    }
    seats.push(Seat::Ngo {
        person: "NGO delegate".into(),
        organisation: "A humanitarian NGO consortium".into(),
        humanitarian: true,
        development: true,
    });
    seats
}

#[test]
fn a_three_member_council_has_seven_seats_and_names_each_missing_one() {
    let c = charter();
    assert_eq!(c.council_seats(), 7);
    assert!(validate_council(&c, &full_roster()).is_empty());
    let problems = validate_council(&c, &[]);
    let missing: Vec<(SeatKind, Option<CountryCode>)> = problems
        .iter()
        .map(|p| match p.kind() {
            ProblemKind::MissingSeat { seat, state } => (*seat, *state),
            other => panic!("{other}"),
        })
        .collect();
    assert_eq!(missing.len(), 7);
    for m in MEMBERS {
        assert!(missing.contains(&(SeatKind::GovernmentRepresentative, Some(m))));
        assert!(missing.contains(&(SeatKind::FormerSeniorOfficial, Some(m))));
    }
    assert!(missing.contains(&(SeatKind::NgoRepresentative, None)));
    // Remove Korea's former official: exactly that seat is named.
    let mut roster = full_roster();
    roster.remove(5);
    let problems = validate_council(&c, &roster);
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].kind(),
        &ProblemKind::MissingSeat {
            seat: SeatKind::FormerSeniorOfficial,
            state: Some(CountryCode::KOR)
        }
    );
    assert!(problems[0].to_string().contains("section F"));
}

#[test]
fn council_problems_of_each_kind() {
    let c = charter();
    let mut roster = full_roster();
    roster.push(Seat::Government {
        person: "Representative of JPN".into(),
        state: CountryCode::JPN,
    });
    roster.push(Seat::Government {
        person: "Outsider".into(),
        state: CountryCode::USA,
    });
    roster.push(Seat::Ngo {
        person: "Second NGO".into(),
        organisation: "A trade association".into(),
        humanitarian: false,
        development: false,
    });
    if let Seat::FormerOfficial {
        un_peace_operations_service,
        ..
    } = &mut roster[1]
    {
        *un_peace_operations_service = false;
    }
    let kinds: Vec<ProblemKind> = validate_council(&c, &roster)
        .into_iter()
        .map(|p| p.kind().clone())
        .collect();
    assert!(kinds.contains(&ProblemKind::NoPeaceOperationsService {
        index: 1,
        person: "Former official of JPN".into()
    }));
    assert!(kinds.contains(&ProblemKind::DuplicatePerson {
        index: 7,
        person: "Representative of JPN".into()
    }));
    assert!(kinds.contains(&ProblemKind::ExtraSeat {
        index: 7,
        seat: SeatKind::GovernmentRepresentative,
        state: Some(CountryCode::JPN)
    }));
    assert!(kinds.contains(&ProblemKind::NonMember {
        index: 8,
        state: CountryCode::USA
    }));
    assert!(kinds.contains(&ProblemKind::NgoOutsideScope {
        index: 9,
        organisation: "A trade association".into()
    }));
    assert!(kinds.contains(&ProblemKind::WrongNgoCount {
        expected: 1,
        found: 2
    }));
    assert_eq!(kinds.len(), 6, "{kinds:?}");
    // Under the other reading, three NGO seats are due.
    let per_member = c.with_ngo_seats(NgoSeats::OnePerMember);
    let missing_ngo = validate_council(&per_member, &full_roster())
        .into_iter()
        .filter(|p| {
            matches!(
                p.kind(),
                ProblemKind::MissingSeat {
                    seat: SeatKind::NgoRepresentative,
                    ..
                }
            )
        })
        .count();
    assert_eq!(missing_ngo, 2);
}

fn meeting() -> Meeting {
    Meeting {
        id: "GC-1".into(),
        days: period("2017-03-06..=2017-03-08"),
        attendees: vec!["Representative of JPN".into()],
    }
}

fn payment(kind: PaymentKind, day: &str, meeting: Option<&str>) -> Payment {
    Payment {
        person: "Representative of JPN".into(),
        kind,
        date: date(day),
        meeting: meeting.map(str::to_owned),
        amount: "US$500.00".parse().unwrap(),
    }
}

#[test]
fn payments() {
    let seats = full_roster();
    let meetings = [meeting()];
    let rules = PaymentRules::default();
    let check = |p: Payment| -> Vec<ProblemKind> {
        validate_payments(&seats, &meetings, &[p], &rules)
            .into_iter()
            .map(|x| x.kind().clone())
            .collect()
    };
    assert!(check(payment(PaymentKind::Honorarium, "2017-03-07", Some("GC-1"))).is_empty());
    assert!(check(payment(PaymentKind::Travel, "2017-03-05", Some("GC-1"))).is_empty());
    assert!(
        check(payment(
            PaymentKind::Accommodation,
            "2017-03-09",
            Some("GC-1")
        ))
        .is_empty()
    );
    assert_eq!(
        check(payment(PaymentKind::Salary, "2017-03-31", None)),
        [ProblemKind::Salary {
            index: 0,
            person: "Representative of JPN".into()
        }]
    );
    assert!(matches!(
        check(payment(PaymentKind::Travel, "2017-03-04", Some("GC-1")))[..],
        [ProblemKind::OutsideMeeting { .. }]
    ));
    assert!(matches!(
        check(payment(PaymentKind::Honorarium, "2017-03-07", Some("GC-9")))[..],
        [ProblemKind::NoSuchMeeting { .. }]
    ));
    assert!(matches!(
        check(payment(PaymentKind::Honorarium, "2017-03-07", None))[..],
        [ProblemKind::NoSuchMeeting { .. }]
    ));
    let mut absent = payment(PaymentKind::Honorarium, "2017-03-07", Some("GC-1"));
    absent.person = "Representative of KOR".into();
    assert!(matches!(
        check(absent)[..],
        [ProblemKind::DidNotAttend { .. }]
    ));
    let mut stranger = payment(PaymentKind::Honorarium, "2017-03-07", Some("GC-1"));
    stranger.person = "Consultant".into();
    assert!(
        check(stranger)
            .iter()
            .any(|k| matches!(k, ProblemKind::NotOnCouncil { .. }))
    );
    let mut zero = payment(PaymentKind::Travel, "2017-03-06", Some("GC-1"));
    zero.amount = Usd::ZERO;
    assert_eq!(check(zero), [ProblemKind::NotPositive { index: 0 }]);
    // Wider travel allowance.
    let wide = PaymentRules { travel_days: 3 };
    assert!(
        validate_payments(
            &seats,
            &meetings,
            &[payment(PaymentKind::Travel, "2017-03-03", Some("GC-1"))],
            &wide
        )
        .is_empty()
    );
}

#[test]
fn cost_shares_of_ten_million_sum_exactly_under_every_policy() {
    let c = charter();
    let budget: Usd = "US$10,000,000.00".parse().unwrap();
    let annex_1 = pko_contributions::speech::annex_1();
    let policies = [
        CostSharing::Equal,
        CostSharing::Proportional(&annex_1),
        CostSharing::Hybrid {
            scale: &annex_1,
            floor: "20".parse().unwrap(),
            ceiling: "50".parse().unwrap(),
        },
    ];
    let expected = [
        ["US$3,333,333.34", "US$3,333,333.33", "US$3,333,333.33"],
        ["US$5,565,262.08", "US$3,412,127.44", "US$1,022,610.48"],
        ["US$4,959,358.90", "US$3,040,641.10", "US$2,000,000.00"],
    ];
    for (policy, want) in policies.iter().zip(expected) {
        let shares = share_costs(&c, budget, policy).unwrap();
        assert_eq!(
            Usd::checked_sum(shares.iter().map(|(_, u)| *u)).unwrap(),
            budget
        );
        let shown: Vec<String> = shares.iter().map(|(_, u)| u.to_string()).collect();
        assert_eq!(shown, want);
        assert_eq!(shares.iter().map(|(m, _)| *m).collect::<Vec<_>>(), MEMBERS);
    }
    // Members off the scale and impossible bounds are errors.
    let other = Charter::proposed(&[CountryCode::JPN, "MNG".parse().unwrap()]).unwrap();
    assert!(matches!(
        share_costs(&other, budget, &CostSharing::Proportional(&annex_1)),
        Err(Error::NotOnScale { .. })
    ));
    let tight = CostSharing::Hybrid {
        scale: &annex_1,
        floor: "40".parse().unwrap(),
        ceiling: "60".parse().unwrap(),
    };
    let err = share_costs(&c, budget, &tight).unwrap_err();
    assert_eq!(
        err,
        Error::InfeasibleBounds {
            floor: "40".parse().unwrap(),
            ceiling: "60".parse().unwrap(),
            members: 3
        }
    );
    assert_eq!(
        err.to_string(),
        "no split meets a floor of 40% and a ceiling of 60% for 3 members"
    );
}

#[test]
fn deputy_rules_apply_only_when_chosen() {
    use pko_institute::{DeputyRules, validate_deputies};
    let c = charter();
    let usa = CountryCode::USA;
    let deputies = [CountryCode::CHN, CountryCode::CHN, usa];
    assert!(validate_deputies(&c, CountryCode::JPN, &deputies, &DeputyRules::default()).is_empty());
    let distinct = DeputyRules {
        distinct_nationalities: true,
        ..DeputyRules::default()
    };
    let kinds: Vec<ProblemKind> = validate_deputies(&c, CountryCode::JPN, &deputies, &distinct)
        .into_iter()
        .map(|p| p.kind().clone())
        .collect();
    assert_eq!(
        kinds,
        [ProblemKind::DeputiesOfOneNationality {
            index: 1,
            state: CountryCode::CHN
        }]
    );
    assert!(validate_deputies(&c, CountryCode::JPN, &MEMBERS, &distinct).is_empty());
    let members_only = DeputyRules {
        members_only: true,
        ..DeputyRules::default()
    };
    let kinds: Vec<ProblemKind> = validate_deputies(&c, CountryCode::JPN, &deputies, &members_only)
        .into_iter()
        .map(|p| p.kind().clone())
        .collect();
    assert_eq!(
        kinds,
        [ProblemKind::NonMember {
            index: 2,
            state: usa
        }]
    );
    let not_directors = DeputyRules {
        not_directors_nationality: true,
        ..DeputyRules::default()
    };
    assert!(validate_deputies(&c, CountryCode::KOR, &deputies, &not_directors).is_empty());
    assert_eq!(
        validate_deputies(&c, CountryCode::CHN, &deputies, &not_directors).len(),
        2
    );
}

#[test]
fn an_ngo_in_one_of_the_two_fields_qualifies() {
    let mut roster = full_roster();
    roster[6] = Seat::Ngo {
        person: "NGO delegate".into(),
        organisation: "A relief NGO".into(),
        humanitarian: true,
        development: false,
    };
    assert!(validate_council(&charter(), &roster).is_empty());
    roster[6] = Seat::Ngo {
        person: "NGO delegate".into(),
        organisation: "A development NGO".into(),
        humanitarian: false,
        development: true,
    };
    assert!(validate_council(&charter(), &roster).is_empty());
}

#[test]
fn terms_are_numbered_and_problems_name_who_waits() {
    let terms = rotation(&charter(), &MEMBERS, date("2016-01-01"), 3).unwrap();
    assert_eq!(
        terms
            .iter()
            .map(pko_institute::Term::number)
            .collect::<Vec<_>>(),
        [1, 2, 3]
    );
    let p = &validate_history(
        &charter(),
        &[
            Appointment::new(CountryCode::JPN, period("2016-01-01..=2020-12-31")),
            Appointment::new(CountryCode::JPN, period("2021-01-01..=2025-12-31")),
        ],
    )[0];
    assert_eq!(
        p.to_string(),
        "Director in rotation: appointment 1: `JPN` serves again before CHN, KOR has served as often (speech, section F)"
    );
}

#[test]
fn the_leap_day_allowance_is_for_leap_day_anniversaries_only() {
    // A 29 February start: term 4 starts on 28 February 2031 and ends the
    // day before 29 February 2036.
    let terms = rotation(&charter(), &MEMBERS, date("2016-02-29"), 5).unwrap();
    let history: Vec<Appointment> = terms
        .iter()
        .map(|t| Appointment::new(t.state(), t.period()))
        .collect();
    assert!(validate_history(&charter(), &history).is_empty());
    // Any other term ending on 28 February 2036 is too long.
    let other = [Appointment::new(
        CountryCode::JPN,
        period("2031-01-01..=2036-02-28"),
    )];
    assert!(matches!(
        validate_history(&charter(), &other)[0].kind(),
        ProblemKind::WrongTermLength { .. }
    ));
}

#[test]
fn a_one_day_overlap_is_an_overlap() {
    let k = kinds(&[
        Appointment::new(CountryCode::JPN, period("2016-01-01..=2020-12-31")),
        Appointment::new(CountryCode::CHN, period("2020-12-31..=2025-12-30")),
    ]);
    assert_eq!(
        k,
        [ProblemKind::Overlap {
            first: 0,
            second: 1,
            days: period("2020-12-31..=2020-12-31")
        }]
    );
}

#[test]
fn a_negative_budget_is_refused_saying_what_was_being_done() {
    let err = share_costs(&charter(), Usd::from_cents(-1), &CostSharing::Equal).unwrap_err();
    let Error::Core { context, source } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*context, "apportioning the budget among members");
    assert!(matches!(
        source,
        pko_core::Error::Apportion {
            reason: pko_core::ApportionProblem::NegativeTotal { .. }
        }
    ));
    assert!(
        err.to_string()
            .starts_with("apportioning the budget among members: "),
        "{err}"
    );
}
