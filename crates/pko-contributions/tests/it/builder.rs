//! Personnel built record by record: what goes in comes out, by category
//! set, by contributor and by mission, and the limits are where they are
//! documented.

use crate::common::{mission, month};
use pko_contributions::personnel::{Category, CategorySet, Count, Personnel};
use pko_contributions::{Error, LoadProblem};
use pko_core::{CountryCode, MissionCode, YearMonth};

/// One record per category for Japan in UNMISS, March 2015, with distinct
/// numbers: category k has k women and 10·k men (k = 1..5).
fn one_of_each() -> Personnel {
    let mut b = Personnel::builder();
    for (k, &c) in (1..).zip(Category::ALL) {
        b.push(
            month("2015-03"),
            CountryCode::JPN,
            &mission("UNMISS"),
            c,
            k,
            10 * k,
        )
        .unwrap();
    }
    b.build()
}

#[test]
fn records_keep_what_was_pushed() {
    let p = one_of_each();
    assert_eq!(p.len(), 5);
    assert!(!p.is_empty());
    assert!(Personnel::builder().build().is_empty());
    assert_eq!(p.contributors(), [CountryCode::JPN]);
    assert_eq!(p.missions(), [mission("UNMISS")]);
    assert_eq!(p.months().collect::<Vec<_>>(), [month("2015-03")]);
    assert_eq!(p.records_in(month("2015-03")).count(), 5);
    assert_eq!(p.records_in(month("2015-04")).count(), 0);
    let mut seen: Vec<(Category, u32, u32)> = p
        .records()
        .map(|r| {
            assert_eq!(r.month(), month("2015-03"));
            assert_eq!(r.contributor(), CountryCode::JPN);
            assert_eq!(r.mission().as_str(), "UNMISS");
            (r.category(), r.female(), r.male())
        })
        .collect();
    seen.sort_by_key(|(_, f, _)| *f);
    let expected: Vec<(Category, u32, u32)> = (1..)
        .zip(Category::ALL.iter().copied())
        .map(|(k, c)| (c, k, 10 * k))
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn category_sets_select_their_categories() {
    let p = one_of_each();
    let m = month("2015-03");
    let count = |female: u64, male: u64| Count { female, male };
    // Troops 1/10, staff officers 2/20, experts 3/30, police 4/40, FPU 5/50.
    assert_eq!(p.total(m, CategorySet::ALL), count(15, 150));
    assert_eq!(p.total(m, CategorySet::MILITARY), count(6, 60));
    assert_eq!(p.total(m, CategorySet::POLICE), count(9, 90));
    assert_eq!(
        p.total(m, CategorySet::of(&[Category::Troops])),
        count(1, 10)
    );
    assert_eq!(
        p.total(
            m,
            CategorySet::of(&[Category::ExpertsOnMission, Category::FormedPoliceUnits])
        ),
        count(8, 80)
    );
    // Naming a category twice selects it once.
    assert_eq!(
        CategorySet::of(&[Category::Troops, Category::Troops]),
        CategorySet::of(&[Category::Troops])
    );
    assert_eq!(CategorySet::of(Category::ALL), CategorySet::ALL);
    assert!(!CategorySet::of(&[]).contains(Category::Troops));
    for &c in Category::ALL {
        assert!(CategorySet::ALL.contains(c));
        let police = matches!(c, Category::IndividualPolice | Category::FormedPoliceUnits);
        assert_eq!(CategorySet::POLICE.contains(c), police, "{c}");
        assert_eq!(CategorySet::MILITARY.contains(c), !police, "{c}");
    }
    // Another month holds nothing.
    assert_eq!(
        p.total(month("2015-04"), CategorySet::ALL),
        Count::default()
    );
}

#[test]
fn categories_and_counts_display_as_the_un_names_them() {
    let names: Vec<String> = Category::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(
        names,
        [
            "Troops",
            "Staff Officer",
            "Experts on Mission",
            "Individual Police",
            "Formed Police Units"
        ]
    );
    for &c in Category::ALL {
        assert_eq!(c.to_string().parse::<Category>().unwrap(), c);
    }
    // Display honours width, for tables.
    assert_eq!(format!("{:<8}|", Category::Troops), "Troops  |");
    let c = Count {
        female: 3,
        male: 1_000,
    };
    assert_eq!(c.to_string(), "1003 (3 women, 1000 men)");
    assert_eq!(format!("{c:>26}"), "  1003 (3 women, 1000 men)");
}

#[test]
fn up_to_65535_missions_and_no_more() {
    let mut b = Personnel::builder();
    let m = month("2015-03");
    for i in 0..65_535 {
        b.push(
            m,
            CountryCode::JPN,
            &mission(&format!("MS{i}")),
            Category::Troops,
            0,
            1,
        )
        .unwrap();
    }
    // A known mission still goes in.
    b.push(m, CountryCode::JPN, &mission("MS0"), Category::Troops, 0, 1)
        .unwrap();
    let err = b
        .push(
            m,
            CountryCode::JPN,
            &mission("MS65535"),
            Category::Troops,
            0,
            1,
        )
        .unwrap_err();
    assert!(
        matches!(&err, Error::Load(e) if *e.problem() == LoadProblem::TooManyRecords),
        "{err}"
    );
    let p = b.build();
    assert_eq!(p.len(), 65_536);
    assert_eq!(p.missions().len(), 65_535);
    assert_eq!(p.total(m, CategorySet::ALL).total(), 65_536);
}

fn dataset(records: &[(&str, CountryCode, &str)]) -> Personnel {
    let mut b = Personnel::builder();
    for (m, country, mission_code) in records {
        b.push(
            month(m),
            *country,
            &mission(mission_code),
            Category::Troops,
            1,
            2,
        )
        .unwrap();
    }
    b.build()
}

#[test]
fn heap_bytes_count_records_missions_months_and_contributors() {
    let one = ("2015-03", CountryCode::JPN, "UNMISS");
    let a = dataset(&[one]);
    // Everything the dataset holds is counted at least once.
    let floor = 1
        + size_of::<(YearMonth, Vec<u8>)>()
        + size_of::<CountryCode>()
        + "UNMISS".len()
        + size_of::<MissionCode>();
    assert!(a.heap_bytes() >= floor, "{} < {floor}", a.heap_bytes());
    assert!(a.heap_bytes() < 5 * floor, "{}", a.heap_bytes());

    // Each further record of the same month costs the same, and little:
    // records are packed, not kept as rows of text: at least their two
    // 32-bit counts, at most twice that with their keys.
    let b = dataset(&[one; 101]);
    let grown = b.heap_bytes() - a.heap_bytes();
    assert_eq!(grown % 100, 0, "{grown} bytes for 100 records");
    let per_record = grown / 100;
    assert!(
        (8..=32).contains(&per_record),
        "{per_record} bytes a record"
    );
    // A further mission: its record, its code and its name, each counted.
    let c = dataset(&[one, ("2015-03", CountryCode::JPN, "MINUSMA")]);
    assert_eq!(
        c.heap_bytes() - a.heap_bytes(),
        per_record + "MINUSMA".len() + size_of::<MissionCode>()
    );
    // A further contributor, all else equal (two records in two months
    // either way): its code.
    let two_countries = dataset(&[one, ("2015-04", CountryCode::KOR, "UNMISS")]);
    let one_country = dataset(&[one, ("2015-04", CountryCode::JPN, "UNMISS")]);
    assert_eq!(
        two_countries.heap_bytes() - one_country.heap_bytes(),
        size_of::<CountryCode>()
    );
}

#[test]
fn heap_bytes_count_every_month_and_contributor() {
    // 193 contributors, each with one record in a month of its own.
    let mut b = Personnel::builder();
    let mut n = 0;
    for (i, country) in (0_u8..).zip(CountryCode::un_member_states()) {
        let m = YearMonth::new(2000 + u16::from(i / 12), i % 12 + 1).unwrap();
        b.push(m, country, &mission("UNMISS"), Category::Troops, 0, 1)
            .unwrap();
        n += 1;
    }
    let p = b.build();
    assert_eq!(
        (p.len(), p.contributors().len(), p.months().count()),
        (n, n, n)
    );
    // Capacities are at least the lengths: every record, month and
    // contributor is counted.
    let floor = n * (1 + size_of::<(YearMonth, Vec<u8>)>() + size_of::<CountryCode>())
        + "UNMISS".len()
        + size_of::<MissionCode>();
    assert!(p.heap_bytes() >= floor, "{} < {floor}", p.heap_bytes());
    assert!(p.heap_bytes() < 5 * floor, "{}", p.heap_bytes());
}
