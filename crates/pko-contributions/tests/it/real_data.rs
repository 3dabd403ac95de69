//! Tests on the real UN data shipped in `data/`.

use crate::common::{code, month};
use pko_contributions::personnel::{Category, CategorySet, Format, LoadMode, load, parity_targets};
use pko_contributions::{regular_budget, speech};
use pko_core::{CountryCode, Percent};
use rust_decimal::Decimal;

const IPI: &str = include_str!("../../data/ipi-gender-2009-2014.csv");

#[test]
fn ipi_file_loads_every_row() {
    for mode in [LoadMode::Strict, LoadMode::Lenient] {
        let loaded = load(IPI.as_bytes(), "ipi-gender-2009-2014.csv", mode).unwrap();
        assert_eq!(loaded.format(), Format::Ipi);
        assert_eq!(loaded.rows(), 29_115);
        assert!(loaded.rejected().is_empty());
        // Four categories per row.
        assert_eq!(loaded.personnel().len(), 4 * 29_115);
        assert_eq!(loaded.personnel().months().count(), 52);
        assert_eq!(loaded.personnel().missions().len(), 25);
    }
}

/// The February 2014 total, computed from the raw text without the loader:
/// the last three fields of each row are Total Male, Total Female, Total.
fn raw_total(date: &str) -> (u64, u64, u64) {
    let mut sums = (0, 0, 0);
    for line in IPI.lines().skip(1) {
        let date_field = line.split(',').nth(1).unwrap();
        if date_field != date {
            continue;
        }
        let mut tail = line.rsplit(',');
        let total: u64 = tail.next().unwrap().parse().unwrap();
        let female: u64 = tail.next().unwrap().parse().unwrap();
        let male: u64 = tail.next().unwrap().parse().unwrap();
        sums = (sums.0 + male, sums.1 + female, sums.2 + total);
    }
    sums
}

#[test]
fn february_2014_total_matches_the_raw_file() {
    let data = load(IPI.as_bytes(), "ipi.csv", LoadMode::Strict)
        .unwrap()
        .into_personnel();
    let (male, female, total) = raw_total("2014-02-28");
    let c = data.total(month("2014-02"), CategorySet::ALL);
    assert_eq!((c.male, c.female, c.total()), (male, female, total));
    assert_eq!(total, 98_350);
    assert_eq!(data.latest_month(), Some(month("2014-02")));
}

#[test]
fn february_2014_ranking() {
    let data = load(IPI.as_bytes(), "ipi.csv", LoadMode::Strict)
        .unwrap()
        .into_personnel();
    let r = data.ranking(month("2014-02"), CategorySet::ALL);
    let rank = |c: &str| r.get(&code(c)).map(|e| (e.rank(), *e.value()));
    assert_eq!(rank("PAK"), Some((1, 8_266)));
    assert_eq!(rank("BGD"), Some((2, 7_929)));
    assert_eq!(rank("CHN"), Some((13, 2_188)));
    assert_eq!(rank("JPN"), Some((47, 271)));
    // Ties share a rank and the next rank skips ("1224").
    let tied: Vec<_> = r.entries().iter().filter(|e| *e.value() == 12).collect();
    assert_eq!(tied.len(), 3);
    assert!(tied.iter().all(|e| e.rank() == tied[0].rank()));
    let after = r.entries().iter().find(|e| *e.value() < 12).unwrap();
    assert_eq!(after.rank(), tied[0].rank() + 3);
    // Top 10 keeps exactly ten here (no tie at the cut).
    assert_eq!(r.top(10).len(), 10);
}

#[test]
fn series_is_month_ordered_although_the_file_is_not() {
    let first_jpn_dates: Vec<&str> = IPI
        .lines()
        .filter(|l| l.contains("\"JPN\""))
        .map(|l| l.split(',').nth(1).unwrap())
        .take(3)
        .collect();
    assert!(
        first_jpn_dates.windows(2).any(|w| w[0] > w[1]),
        "the file is not sorted for Japan"
    );
    let data = load(IPI.as_bytes(), "ipi.csv", LoadMode::Strict)
        .unwrap()
        .into_personnel();
    let series = data.series(CountryCode::JPN, CategorySet::ALL);
    assert!(series.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(
        series.last().map(|(m, c)| (*m, c.total())),
        Some((month("2014-02"), 271))
    );
}

#[test]
fn female_shares_in_february_2014() {
    let data = load(IPI.as_bytes(), "ipi.csv", LoadMode::Strict)
        .unwrap()
        .into_personnel();
    let by = data.totals_by_category(month("2014-02"));
    let share = |c: Category| {
        by.iter()
            .find(|(k, _)| *k == c)
            .unwrap()
            .1
            .female_share()
            .unwrap()
    };
    let p = |s: &str| s.parse::<Percent>().unwrap();
    assert_eq!(share(Category::IndividualPolice), p("16.3190"));
    assert_eq!(share(Category::FormedPoliceUnits), p("6.1649"));
    assert_eq!(share(Category::ExpertsOnMission), p("4.5040"));
    assert_eq!(share(Category::Troops), p("2.8145"));
    let targets = parity_targets();
    let checks = data.female_shares(month("2014-02"), &targets);
    let troops_2028 = &checks[0];
    assert_eq!(troops_2028.meets(), Some(false));
    let fpu = checks
        .iter()
        .find(|c| c.target().name().starts_with("formed police"))
        .unwrap();
    assert_eq!(fpu.share(), Some(p("6.1649")));
    assert_eq!(fpu.meets(), Some(false));
}

#[test]
fn regular_budget_periods_from_2004_sum_to_100() {
    let t = regular_budget::embedded().unwrap();
    assert_eq!(t.len(), 199);
    let tolerance = Decimal::new(1, 3);
    let mut checked = 0;
    for label in t.labels().iter().filter(|l| **l >= 2004) {
        let s = t.scale(*label).unwrap();
        assert!(s.is_complete(tolerance), "{label}: total {}", s.total());
        assert!(t.left_out(*label).unwrap().is_empty(), "{label}");
        checked += 1;
    }
    assert_eq!(checked, 8);
}

#[test]
fn regular_budget_rates_checked_by_hand() {
    let t = regular_budget::embedded().unwrap();
    let rate = |c: &str, label| t.scale(label).unwrap().rate(code(c)).unwrap().to_string();
    assert_eq!(rate("JPN", 2015), "10.833%");
    assert_eq!(rate("JPN", 2018), "9.680%");
    assert_eq!(rate("USA", 2015), "22.000%");
    assert_eq!(rate("CHN", 2015), "5.148%");
    assert_eq!(rate("CHN", 2018), "7.921%");
    assert_eq!(rate("CHN", 2027), "20.004%");
    // Former states are reported, not dropped.
    let names: Vec<String> = t.unmatched().iter().map(|u| u.name().to_owned()).collect();
    assert!(names.contains(&"Czechoslovakia".to_owned()));
    assert!(names.contains(&"German Democratic Republic".to_owned()));
    assert_eq!(names.len(), 6);
    // Before 1991 the USSR had a rate that no current code carries.
    assert!(!t.left_out(1988).unwrap().is_empty());
}

#[test]
fn annex_2_is_march_2015_and_beyond_the_ipi_file() {
    let data = load(IPI.as_bytes(), "ipi.csv", LoadMode::Strict)
        .unwrap()
        .into_personnel();
    assert_eq!(data.records_in(month("2015-03")).count(), 0);
    assert_eq!(speech::annex_2().len(), 18);
}

#[test]
fn loaded_ipi_data_takes_little_more_than_the_file() {
    let data = load(IPI.as_bytes(), "ipi.csv", LoadMode::Strict)
        .unwrap()
        .into_personnel();
    let bytes = data.heap_bytes();
    assert!(
        // The records (16 bytes each for the file's 116,460) and each
        // month's tallies by contributor: at most a quarter more than the
        // wide file that holds five categories a row.
        bytes * 4 <= IPI.len() * 5,
        "{bytes} bytes for a {}-byte file",
        IPI.len()
    );
}
