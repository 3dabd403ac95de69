//! Laws of the shared vocabulary, checked on random input.
#![expect(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the point"
)]

use std::fmt::Debug;
use std::str::FromStr;

use chrono::NaiveDate;
use pko_core::{
    CountryCode, DatePeriod, Locator, MissionCode, Percent, Reliability, Source, SourceKind,
    Sourced, Usd, YearMonth, apportion,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn display_round_trip<T>(value: &T)
where
    T: FromStr + ToString + PartialEq + Debug,
    T::Err: Debug,
{
    let text = value.to_string();
    let back: T = text.parse().unwrap();
    assert_eq!(&back, value, "{text}");
    assert_eq!(back.to_string(), text);
}

fn json_round_trip<T>(value: &T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + Debug,
{
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, value, "{json}");
}

fn country() -> impl Strategy<Value = CountryCode> {
    proptest::sample::select(rust_iso3166::ALL_ALPHA3).prop_map(|c| CountryCode::new(c).unwrap())
}

fn mission() -> impl Strategy<Value = MissionCode> {
    (
        "[A-Z]{2}[A-Z0-9]{0,8}",
        proptest::option::of(("[ -]", "[A-Z0-9]{1,4}")),
    )
        .prop_map(|(head, tail)| match tail {
            Some((sep, suffix)) => format!("{head}{sep}{suffix}"),
            None => head,
        })
        .prop_map(|s| MissionCode::new(&s).unwrap())
}

fn percent() -> impl Strategy<Value = Percent> {
    (0_u32..=6)
        .prop_flat_map(|scale| (0_i64..=100 * 10_i64.pow(scale), Just(scale)))
        .prop_map(|(m, scale)| Percent::new(Decimal::new(m, scale)).unwrap())
}

fn usd() -> impl Strategy<Value = Usd> {
    any::<i64>().prop_map(Usd::from_cents)
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (-20_000_i32..=20_000, 1_u32..=366).prop_map(|(y, ord)| {
        NaiveDate::from_yo_opt(y, ord).unwrap_or_else(|| NaiveDate::from_yo_opt(y, 1).unwrap())
    })
}

fn year_month() -> impl Strategy<Value = YearMonth> {
    (1_u16..=9999, 1_u8..=12).prop_map(|(y, m)| YearMonth::new(y, m).unwrap())
}

fn period() -> impl Strategy<Value = DatePeriod> {
    (date(), proptest::option::of(0_i64..100_000)).prop_map(|(start, len)| match len {
        Some(days) => {
            let end = start
                .checked_add_days(chrono::Days::new(days.unsigned_abs()))
                .unwrap_or(start);
            DatePeriod::new(start, end).unwrap()
        }
        None => DatePeriod::starting(start),
    })
}

fn source() -> impl Strategy<Value = Source> {
    (
        "[A-Za-z ]{1,20}",
        "[A-Za-z0-9 ,.'-]{1,40}",
        proptest::option::of(date()),
        prop_oneof![Just(Reliability::Primary), Just(Reliability::Secondary)],
        proptest::option::of(("[0-9]{1,2}", 0_u8..6)),
        prop_oneof![
            Just(SourceKind::Speech),
            Just(SourceKind::Statute),
            Just(SourceKind::Government),
            Just(SourceKind::UnitedNations),
            Just(SourceKind::Research),
            Just(SourceKind::Press),
            Just(SourceKind::Derived),
            Just(SourceKind::Other),
        ],
    )
        .prop_map(|(issuer, title, date, reliability, locator, kind)| {
            let s = Source::owned(kind, issuer, title, date, reliability);
            match locator {
                Some((text, kind)) => s.at(match kind {
                    0 => Locator::Section(text.into()),
                    1 => Locator::Article(text.into()),
                    2 => Locator::Annex(text.into()),
                    3 => Locator::Table(text.into()),
                    4 => Locator::Paragraph(text.into()),
                    _ => Locator::SupplementaryProvisions,
                }),
                None => s,
            }
        })
}

proptest! {
    #[test]
    fn country_round_trips(c in country()) {
        display_round_trip(&c);
        json_round_trip(&c);
        prop_assert_eq!(CountryCode::new(&c.as_str().to_ascii_lowercase()).unwrap(), c);
    }

    #[test]
    fn mission_round_trips(m in mission()) {
        display_round_trip(&m);
        json_round_trip(&m);
    }

    #[test]
    fn percent_round_trips(p in percent()) {
        display_round_trip(&p);
        json_round_trip(&p);
        prop_assert_eq!(p.as_fraction() * Decimal::ONE_HUNDRED, p.value());
    }

    #[test]
    fn usd_round_trips(u in usd()) {
        display_round_trip(&u);
        json_round_trip(&u);
        prop_assert_eq!(u.amount().to_string().parse::<Usd>().unwrap(), u);
    }

    #[test]
    fn year_month_round_trips(m in year_month()) {
        display_round_trip(&m);
        json_round_trip(&m);
        prop_assert_eq!(YearMonth::of(m.first_day()).unwrap(), m);
        prop_assert_eq!(YearMonth::of(m.last_day()).unwrap(), m);
        if let Some(next) = m.next() {
            prop_assert!(next > m);
            prop_assert_eq!(m.last_day().succ_opt().unwrap(), next.first_day());
        }
    }

    #[test]
    fn period_round_trips(p in period()) {
        display_round_trip(&p);
        json_round_trip(&p);
        prop_assert!(p.contains(p.start()));
        if let Some(end) = p.end() {
            prop_assert!(p.contains(end));
            prop_assert!(!p.contains(end.succ_opt().unwrap()));
        }
    }

    #[test]
    fn any_date_round_trips(d in date()) {
        prop_assert_eq!(pko_core::parse_date(&d.to_string()), Ok(d));
    }

    #[test]
    fn source_round_trips(s in source(), n in any::<u32>()) {
        json_round_trip(&s);
        json_round_trip(&Sourced::new(n, s));
    }

    #[test]
    fn random_text_never_panics(s in "\\PC{0,24}") {
        let _ = s.parse::<CountryCode>();
        let _ = s.parse::<MissionCode>();
        let _ = s.parse::<Percent>();
        let _ = s.parse::<Usd>();
        let _ = s.parse::<YearMonth>();
        let _ = s.parse::<DatePeriod>();
        let _ = CountryCode::from_un_name(&s);
    }
}

/// Weights as integers with a common number of decimals, so that the exact
/// proportion can be checked in integer arithmetic.
fn weights() -> impl Strategy<Value = (Vec<u32>, u32)> {
    (
        proptest::collection::vec(prop_oneof![1 => Just(0_u32), 4 => any::<u32>()], 1..=200),
        0_u32..=6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn apportion_is_exact_fair_and_deterministic(
        total in 0_i64..=100_000_000_000_000, // up to US$10^12 in cents
        (raw, scale) in weights(),
    ) {
        let ws: Vec<Decimal> = raw.iter().map(|&m| Decimal::new(i64::from(m), scale)).collect();
        let sum: i128 = raw.iter().map(|&m| i128::from(m)).sum();
        let result = apportion(Usd::from_cents(total), &ws);
        if sum == 0 {
            // weights() never draws an empty list, so a zero sum is the
            // only way to fail.
            prop_assert_eq!(
                result.unwrap_err(),
                pko_core::Error::Apportion { reason: pko_core::ApportionProblem::ZeroTotalWeight }
            );
            return Ok(());
        }
        let shares = result.unwrap();
        prop_assert_eq!(shares.len(), ws.len());
        prop_assert_eq!(shares.iter().map(|s| s.cents()).sum::<i128>(), i128::from(total));
        for (share, &m) in shares.iter().zip(&raw) {
            prop_assert!(share.cents() >= 0);
            // |share - total * m / sum| < 1 cent  <=>  |share * sum - total * m| < sum
            let gap = (share.cents() * sum - i128::from(total) * i128::from(m)).abs();
            prop_assert!(gap < sum, "share {} off by {}/{} cents", share, gap, sum);
            if m == 0 {
                prop_assert_eq!(share.cents(), 0);
            }
        }
        prop_assert_eq!(apportion(Usd::from_cents(total), &ws).unwrap(), shares);
    }

    #[test]
    fn apportion_scales_weights_freely(total in 0_i64..=1_000_000_000, raw in proptest::collection::vec(0_u32..1000, 1..50)) {
        prop_assume!(raw.iter().any(|&m| m > 0));
        let plain: Vec<Decimal> = raw.iter().map(|&m| Decimal::from(m)).collect();
        let scaled: Vec<Decimal> = raw.iter().map(|&m| Decimal::new(i64::from(m) * 1000, 3)).collect();
        prop_assert_eq!(
            apportion(Usd::from_cents(total), &plain).unwrap(),
            apportion(Usd::from_cents(total), &scaled).unwrap()
        );
    }
}
