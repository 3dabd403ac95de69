//! The details a reader relies on: rankings' sizes and layout, the parity
//! targets and their checks, the formats' names, totals by mission, and the
//! regular-budget loader's year labels and line numbers.

use crate::common::month;
use pko_contributions::personnel::{
    Category, CategorySet, Count, Format, Personnel, parity_targets,
};
use pko_contributions::{Error, LoadProblem, Ranking, regular_budget};
use pko_core::CountryCode;

#[test]
fn a_ranking_knows_its_size_and_prints_one_line_per_entry() {
    let r = Ranking::new([("B", 5_u64), ("A", 7), ("C", 5)]);
    assert_eq!(r.len(), 3);
    assert!(!r.is_empty());
    assert_eq!(
        r.to_string(),
        "   1. A                                       7\n   2. B                                       5\n   2. C                                       5\n"
    );
    let empty: Ranking<&str, u64> = Ranking::new([]);
    assert_eq!(empty.len(), 0);
    assert!(empty.is_empty());
    assert_eq!(empty.to_string(), "");
}

#[test]
fn parity_targets_are_those_of_the_sources_with_their_years() {
    let t = parity_targets();
    let rows: Vec<(&str, String, Option<u16>)> = t
        .iter()
        .map(|t| (t.name(), t.share().to_string(), t.by()))
        .collect();
    assert_eq!(
        rows,
        [
            ("military contingents, 2028", "15%".to_owned(), Some(2028)),
            (
                "military observers and staff officers, 2028",
                "25%".to_owned(),
                Some(2028)
            ),
            ("troops, interim 2021", "8%".to_owned(), Some(2021)),
            (
                "individual military positions, interim 2021",
                "18%".to_owned(),
                Some(2021)
            ),
            ("formed police units (around 2022)", "12%".to_owned(), None),
        ]
    );
}

#[test]
fn a_target_check_meets_at_the_target_and_says_so() {
    let bgd: CountryCode = "BGD".parse().unwrap();
    let unit = "MONUSCO".parse().unwrap();
    let targets = parity_targets();
    let fpu = &targets[4..];
    let check = |female: u32, male: u32| {
        let mut b = Personnel::builder();
        b.push(
            month("2014-02"),
            bgd,
            &unit,
            Category::FormedPoliceUnits,
            female,
            male,
        )
        .unwrap();
        let data = b.build();
        let c = data.female_shares(month("2014-02"), fpu).remove(0);
        (c.meets(), c.to_string())
    };
    // 12 of 100 is exactly the 12 % target.
    let (meets, text) = check(12, 88);
    assert_eq!(meets, Some(true));
    assert!(text.ends_with("of     100, target  12%: meets"), "{text}");
    let (meets, text) = check(11, 89);
    assert_eq!(meets, Some(false));
    assert!(text.ends_with(": below"), "{text}");
    let (meets, text) = check(0, 0);
    assert_eq!(meets, None);
    assert!(text.contains("n/a"), "{text}");
    assert!(text.ends_with(": nobody counted"), "{text}");
}

#[test]
fn formats_are_named_for_the_reader() {
    assert_eq!(Format::UnOpenData.to_string(), "UN Peacekeeping open data");
    assert_eq!(Format::Ipi.to_string(), "IPI Peacekeeping Database (wide)");
}

#[test]
fn totals_by_mission_add_up_each_mission() {
    let mut b = Personnel::builder();
    let m = month("2015-03");
    let unmiss = "UNMISS".parse().unwrap();
    let minusma = "MINUSMA".parse().unwrap();
    b.push(m, CountryCode::JPN, &unmiss, Category::Troops, 1, 10)
        .unwrap();
    b.push(m, CountryCode::CHN, &unmiss, Category::Troops, 2, 20)
        .unwrap();
    b.push(
        m,
        CountryCode::CHN,
        &minusma,
        Category::IndividualPolice,
        3,
        30,
    )
    .unwrap();
    let p = b.build();
    let by_mission: Vec<(String, Count)> = p
        .totals_by_mission(m, CategorySet::ALL)
        .into_iter()
        .map(|(code, c)| (code.to_string(), c))
        .collect();
    assert_eq!(
        by_mission,
        [
            (
                "MINUSMA".to_owned(),
                Count {
                    female: 3,
                    male: 30
                }
            ),
            (
                "UNMISS".to_owned(),
                Count {
                    female: 3,
                    male: 30
                }
            ),
        ]
    );
    let troops: Vec<Count> = p
        .totals_by_mission(m, CategorySet::of(&[Category::Troops]))
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    assert_eq!(
        troops,
        [
            Count::default(),
            Count {
                female: 3,
                male: 30
            }
        ]
    );
}

#[test]
fn former_states_are_reported_with_their_line() {
    let csv = "Member State,2012,2015\nJapan,12.530,10.833\nYugoslavia,0.1,-\nBhutan,0.001,0.001\n";
    let t = regular_budget::load(csv.as_bytes(), "rb.csv").unwrap();
    let unmatched: Vec<(u64, String)> = t
        .unmatched()
        .iter()
        .map(|u| (u.line(), u.name().to_owned()))
        .collect();
    assert_eq!(unmatched, [(3, "Yugoslavia".to_owned())]);
    assert_eq!(t.labels(), [2012, 2015]);
}

#[test]
fn year_labels_have_four_digits_and_increase() {
    for (header, column) in [
        ("Member State,2012,2012", 3),
        ("Member State,2015,2012", 3),
        ("Member State,2012,12015", 3),
        ("Member State,2012,201", 3),
        ("Member State,2O12,2015", 2),
    ] {
        let csv = format!("{header}\nJapan,12.530,10.833\n");
        let err = regular_budget::load(csv.as_bytes(), "rb.csv").unwrap_err();
        let Error::Load(e) = &err else {
            panic!("{err}")
        };
        assert_eq!((e.line(), e.column()), (1, Some(column)), "{header}: {err}");
        assert!(
            matches!(e.problem(), LoadProblem::HeaderMismatch { .. }),
            "{header}: {err}"
        );
    }
}

#[test]
fn errors_of_the_vocabulary_say_what_was_being_done() {
    use pko_contributions::{Error, Scale, ScaleKind};
    use pko_core::{ApportionProblem, Source, Usd};
    let scale = Scale::new(
        ScaleKind::Peacekeeping,
        "2015".parse().unwrap(),
        [(CountryCode::JPN, "10.83".parse().unwrap())],
        Source::SPEECH,
    )
    .unwrap();
    let err = scale.assessments(Usd::from_cents(-100)).unwrap_err();
    let Error::Core { context, source } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*context, "apportioning the budget on the scale");
    assert!(matches!(
        source,
        pko_core::Error::Apportion {
            reason: ApportionProblem::NegativeTotal { .. }
        }
    ));
    assert!(
        err.to_string()
            .starts_with("apportioning the budget on the scale: "),
        "{err}"
    );
}

#[test]
fn a_category_is_parsed_from_the_uns_name_or_refused_with_the_input() {
    use pko_contributions::Error;
    use pko_contributions::personnel::Category;
    for &c in Category::ALL {
        assert_eq!(c.to_string().parse::<Category>(), Ok(c));
    }
    let err = "Soldiers".parse::<Category>().unwrap_err();
    assert_eq!(
        err,
        Error::UnknownCategory {
            input: "Soldiers".into()
        }
    );
    assert!(
        err.to_string().starts_with("`Soldiers` is not a category"),
        "{err}"
    );
}
