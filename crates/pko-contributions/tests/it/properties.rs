//! Laws of scales, rankings, derivation and loading, on random input.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use pko_contributions::peacekeeping::{Level, Levels, derive};
use pko_contributions::personnel::{Category, CategorySet, LoadMode, load};
use pko_contributions::{Ranking, Scale, ScaleKind};
use pko_core::{CountryCode, Percent, Source, Usd, YearMonth};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn codes() -> Vec<CountryCode> {
    CountryCode::un_member_states().collect()
}

/// A random scale: distinct members, rates with three decimals, adding up
/// to at most 100.
fn scale() -> impl Strategy<Value = Scale> {
    proptest::sample::subsequence(codes(), 1..60)
        .prop_flat_map(|members| {
            let n = members.len();
            (Just(members), proptest::collection::vec(0_i64..1_600, n))
        })
        .prop_filter("some positive rate", |(_, rates)| {
            rates.iter().any(|r| *r > 0)
        })
        .prop_map(|(members, rates)| {
            Scale::new(
                ScaleKind::RegularBudget,
                "2013-2015".parse().unwrap(),
                members
                    .into_iter()
                    .zip(rates)
                    .map(|(c, r)| (c, Percent::new(Decimal::new(r, 3)).unwrap())),
                Source::SPEECH,
            )
            .unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn assessments_add_up_to_the_budget(s in scale(), cents in 0_i64..1_000_000_000_000_000) {
        let budget = Usd::from_cents(cents);
        let shares = s.assessments(budget).unwrap();
        prop_assert_eq!(Usd::checked_sum(shares.iter().map(|(_, u)| *u)).unwrap(), budget);
        let total = s.total();
        for (c, share) in &shares {
            let exact = budget.amount() * s.rate(*c).unwrap().value() / total;
            prop_assert!((share.amount() - exact).abs() < Decimal::new(1, 2), "{} off", c);
        }
    }

    #[test]
    fn ranking_is_standard_competition_and_order_free(values in proptest::collection::vec(0_u8..20, 0..40)) {
        let items: Vec<(usize, u8)> = values.iter().copied().enumerate().collect();
        let r = Ranking::new(items.clone());
        let mut reversed = items.clone();
        reversed.reverse();
        prop_assert_eq!(&Ranking::new(reversed), &r);
        for e in r.entries() {
            let greater = values.iter().filter(|v| **v > *e.value()).count();
            prop_assert_eq!(e.rank(), greater + 1);
        }
        for n in 0..5 {
            prop_assert!(r.top(n).iter().all(|e| e.rank() <= n));
            prop_assert_eq!(r.top(n).len(), r.entries().iter().filter(|e| e.rank() <= n).count());
        }
    }

    #[test]
    fn derivation_keeps_the_total(s in scale(), levels in proptest::collection::vec(0_usize..10, 60), discounts in proptest::collection::vec(0_i64..=1000, 10)) {
        let mut l = Levels::new();
        for (i, (c, _)) in s.rates().iter().enumerate() {
            // Make the first member a permanent one, so that discounts have a payer.
            let level = if i == 0 { Level::A } else { Level::ALL[levels[i % levels.len()]] };
            l.assign(*c, level);
        }
        for (level, d) in Level::ALL.iter().zip(&discounts) {
            l.discount(*level, Percent::new(Decimal::new(*d, 1)).unwrap());
        }
        let Ok(pk) = derive(&s, &l) else {
            // Only refused when nobody at level A can carry the discounts.
            let a_rate = s.rates()[0].1.value();
            prop_assert!(a_rate.is_zero());
            return Ok(());
        };
        prop_assert_eq!(pk.total(), s.total());
        for (c, rate) in s.rates() {
            let derived = pk.rate(*c).unwrap().value();
            let level = l.level_of(*c).unwrap();
            let d = Decimal::new(discounts[Level::ALL.iter().position(|x| *x == level).unwrap()], 1);
            if level == Level::A {
                prop_assert!(derived >= rate.value());
            } else {
                let expected = (rate.value() * (Decimal::ONE - d / Decimal::ONE_HUNDRED))
                    .round_dp_with_strategy(6, rust_decimal::RoundingStrategy::ToZero);
                prop_assert_eq!(derived, expected);
            }
        }
    }

    #[test]
    fn un_csv_round_trips_through_the_loader(
        rows in proptest::collection::vec((0_usize..6, 0_usize..3, 0_usize..5, 0_u32..5000, 0_u32..5000, 0_u16..24), 0..80)
    ) {
        let countries = ["JPN", "KOR", "CHN", "BGD", "PAK", "NPL"];
        let missions = ["UNMISS", "UNIFIL", "MONUSCO"];
        let mut text = String::from("Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n");
        let mut model: BTreeMap<(YearMonth, &str), u64> = BTreeMap::new();
        for (i, (c, m, k, f, male, mo)) in rows.iter().enumerate() {
            let month = YearMonth::new(2020 + mo / 12, u8::try_from(mo % 12 + 1).unwrap()).unwrap();
            let last = month.last_day();
            let date = if i % 2 == 0 {
                last.format("%d-%b-%y").to_string()
            } else {
                last.format("%d/%m/%Y").to_string()
            };
            let category = Category::ALL[*k];
            writeln!(text, "{i},{},0,Name,{},{},{f},{male},{date}", countries[*c], missions[*m], category.un_name()).unwrap();
            *model.entry((month, countries[*c])).or_default() += u64::from(*f) + u64::from(*male);
        }
        let data = load(text.as_bytes(), "gen.csv", LoadMode::Strict).unwrap().into_personnel();
        prop_assert_eq!(data.len(), rows.len());
        for ((month, c), total) in &model {
            let got = data
                .totals_by_contributor(*month, CategorySet::ALL)
                .into_iter()
                .find(|(code, _)| code.as_str() == *c)
                .map(|(_, n)| n.total());
            prop_assert_eq!(got, Some(*total));
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = load(bytes.as_slice(), "x.csv", LoadMode::Lenient);
        let _ = load(bytes.as_slice(), "x.csv", LoadMode::Strict);
        let _ = pko_contributions::regular_budget::load(bytes.as_slice(), "x.csv");
    }
}

/// Records: month offset, contributor, mission, category, women, men.
fn records() -> impl Strategy<Value = Vec<(u8, usize, usize, usize, u32, u32)>> {
    proptest::collection::vec(
        (
            0_u8..14,
            0_usize..6,
            0_usize..3,
            0_usize..5,
            0_u32..1_000,
            0_u32..1_000,
        ),
        0..120,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The tallies that rankings, series and totals over a span read are
    /// the records summed: every query agrees with a sum over the records.
    #[test]
    fn queries_agree_with_the_records_summed(rs in records(), from in 0_u8..14, len in 0_u8..14) {
        use pko_contributions::personnel::Personnel;
        use pko_core::MissionCode;
        let countries: Vec<CountryCode> = ["JPN", "KOR", "CHN", "BGD", "FRA", "USA"].iter().map(|c| c.parse().unwrap()).collect();
        let missions: Vec<MissionCode> = ["UNMISS", "UNIFIL", "MONUSCO"].iter().map(|m| m.parse().unwrap()).collect();
        let month = |i: u8| YearMonth::new(2013 + u16::from(i / 12), i % 12 + 1).unwrap();
        let mut b = Personnel::builder();
        for (m, c, mi, cat, f, male) in &rs {
            b.push(month(*m), countries[*c], &missions[*mi], Category::ALL[*cat], *f, *male).unwrap();
        }
        let data = b.build();
        let sets = [CategorySet::ALL, CategorySet::POLICE, CategorySet::MILITARY];
        for set in sets {
            for m in 0..14 {
                let mut naive: BTreeMap<CountryCode, (u64, u64)> = BTreeMap::new();
                for r in data.records_in(month(m)) {
                    let e = naive.entry(r.contributor()).or_default();
                    if set.contains(r.category()) {
                        e.0 += u64::from(r.female());
                        e.1 += u64::from(r.male());
                    }
                }
                let fast: Vec<(CountryCode, (u64, u64))> = data
                    .totals_by_contributor(month(m), set)
                    .into_iter()
                    .map(|(c, n)| (c, (n.female, n.male)))
                    .collect();
                prop_assert_eq!(fast, naive.into_iter().collect::<Vec<_>>());
                let total: u64 = data.records_in(month(m)).filter(|r| set.contains(r.category())).map(|r| u64::from(r.female()) + u64::from(r.male())).sum();
                prop_assert_eq!(data.total(month(m), set).total(), total);
            }
            for c in countries.iter().copied() {
                let series = data.series(c, set);
                let months: Vec<YearMonth> = (0..14).map(month).filter(|m| data.records_in(*m).any(|r| r.contributor() == c)).collect();
                prop_assert_eq!(series.iter().map(|(m, _)| *m).collect::<Vec<_>>(), months);
                for (m, n) in series {
                    let by_record: u64 = data.records_in(m).filter(|r| r.contributor() == c && set.contains(r.category())).map(|r| u64::from(r.female()) + u64::from(r.male())).sum();
                    prop_assert_eq!(n.total(), by_record);
                }
            }
            let (first, last) = (month(from), month(from.saturating_add(len).min(13)));
            let over = data.totals_over(first, last, set);
            let mut naive: BTreeMap<CountryCode, u64> = BTreeMap::new();
            for m in from..=from.saturating_add(len).min(13) {
                for (c, n) in data.totals_by_contributor(month(m), set) {
                    *naive.entry(c).or_default() += n.total();
                }
            }
            prop_assert_eq!(over.into_iter().map(|(c, n)| (c, n.total())).collect::<Vec<_>>(), naive.into_iter().collect::<Vec<_>>());
        }
    }
}
