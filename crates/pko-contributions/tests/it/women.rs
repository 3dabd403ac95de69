//! Women, peace and security: resolution 1325, the speech's four actions,
//! and a contributor's share of women against the parity targets.

use pko_contributions::personnel::{
    self, Category, CategorySet, Personnel, Target, parity_targets,
};
use pko_contributions::wps::{ACTIONS, RESOLUTION_1325};
use pko_core::{CountryCode, Reliability, Source, YearMonth};

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

#[test]
fn resolution_1325_and_the_four_actions_are_sourced() {
    assert_eq!(RESOLUTION_1325.number(), 1325);
    assert_eq!(RESOLUTION_1325.adopted(), pko_core::date(2000, 10, 31));
    assert_eq!(RESOLUTION_1325.meeting(), 4213);
    assert_eq!(RESOLUTION_1325.source().reliability(), Reliability::Primary);
    let numbers: Vec<u8> = ACTIONS
        .iter()
        .map(pko_contributions::wps::Action::number)
        .collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    for a in &ACTIONS {
        assert_eq!(
            a.source(),
            &Source::speech(pko_core::Locator::section("E.2"))
        );
        assert!(!a.text().is_empty());
    }
    assert!(ACTIONS[3].text().contains("UN reports on peace-building"));
}

fn sample() -> Personnel {
    let mut b = Personnel::builder();
    let jpn = CountryCode::JPN;
    let unmiss = "UNMISS".parse().unwrap();
    let golan = "UNDOF".parse().unwrap();
    b.push(ym("2014-01"), jpn, &unmiss, Category::Troops, 5, 95)
        .unwrap();
    b.push(ym("2014-01"), jpn, &golan, Category::StaffOfficers, 1, 3)
        .unwrap();
    // February before January in the input: the output is in month order.
    b.push(ym("2014-03"), jpn, &unmiss, Category::Troops, 20, 80)
        .unwrap();
    b.push(
        ym("2014-02"),
        CountryCode::KOR,
        &unmiss,
        Category::Troops,
        1,
        9,
    )
    .unwrap();
    b.build()
}

#[test]
fn a_contributors_share_month_by_month_against_each_target() {
    let data = sample();
    let targets = vec![
        Target::new(
            "troops 15 %",
            CategorySet::of(&[Category::Troops]),
            "15".parse().unwrap(),
            Some(2028),
            Source::SPEECH,
        ),
        Target::new(
            "staff 25 %",
            CategorySet::of(&[Category::StaffOfficers]),
            "25".parse().unwrap(),
            None,
            Source::SPEECH,
        ),
    ];
    let checks = data.female_shares_of(CountryCode::JPN, None, None, &targets);
    // Japan has records in January and March, not in February.
    let seen: Vec<(String, &str, Option<bool>)> = checks
        .iter()
        .map(|c| (c.month().to_string(), c.target().name(), c.meets()))
        .collect();
    assert_eq!(
        seen,
        [
            ("2014-01".to_owned(), "troops 15 %", Some(false)),
            ("2014-01".to_owned(), "staff 25 %", Some(true)),
            ("2014-03".to_owned(), "troops 15 %", Some(true)),
            ("2014-03".to_owned(), "staff 25 %", None),
        ]
    );
    assert_eq!(checks[0].count().female, 5);
    assert_eq!(
        checks[0].share().map(|p| p.to_string()).as_deref(),
        Some("5%")
    );
    // The span is inclusive at both ends.
    let march = data.female_shares_of(
        CountryCode::JPN,
        Some(ym("2014-02")),
        Some(ym("2014-03")),
        &targets,
    );
    assert_eq!(march.len(), 2);
    assert!(march.iter().all(|c| c.month() == ym("2014-03")));
    let january = data.female_shares_of(CountryCode::JPN, None, Some(ym("2014-01")), &targets);
    assert_eq!(january.len(), 2);
    assert!(
        data.female_shares_of(CountryCode::CHN, None, None, &targets)
            .is_empty()
    );
}

#[test]
fn japan_on_the_shipped_data() {
    let data = personnel::ipi_embedded().unwrap();
    let targets = parity_targets();
    let checks = data.female_shares_of(
        CountryCode::JPN,
        Some(ym("2014-02")),
        Some(ym("2014-02")),
        &targets,
    );
    let troops = &checks[0];
    assert_eq!(troops.count().total(), 271);
    assert_eq!(troops.count().female, 6);
    assert_eq!(troops.meets(), Some(false));
    let json = serde_json::to_value(troops).unwrap();
    assert_eq!(json["target"]["categories"], serde_json::json!(["troops"]));
    assert_eq!(json["month"], "2014-02");
}

#[test]
fn a_contributors_women_per_category_in_a_month() {
    let data = sample();
    let by = data.contributor_by_category(CountryCode::JPN, ym("2014-01"));
    let shown: Vec<(Category, u64, u64)> =
        by.iter().map(|(c, n)| (*c, n.female, n.total())).collect();
    assert_eq!(
        shown,
        [
            (Category::Troops, 5, 100),
            (Category::StaffOfficers, 1, 4),
            (Category::ExpertsOnMission, 0, 0),
            (Category::IndividualPolice, 0, 0),
            (Category::FormedPoliceUnits, 0, 0),
        ]
    );
    // Korea's troops are not Japan's; another month is empty.
    assert!(
        data.contributor_by_category(CountryCode::JPN, ym("2014-02"))
            .iter()
            .all(|(_, n)| n.total() == 0)
    );
    assert!(
        data.contributor_by_category(CountryCode::CHN, ym("2014-01"))
            .iter()
            .all(|(_, n)| n.total() == 0)
    );
}
