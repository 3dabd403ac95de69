//! Deriving peacekeeping rates: who carries the discounts, and the levels'
//! names.

use pko_contributions::peacekeeping::{Level, Levels, derive};
use pko_contributions::{Error, Scale, ScaleKind};
use pko_core::{CountryCode, Source};

fn scale() -> Scale {
    Scale::new(
        ScaleKind::RegularBudget,
        "2013-2015".parse().unwrap(),
        [
            (CountryCode::USA, "60".parse().unwrap()),
            (CountryCode::JPN, "30".parse().unwrap()),
            ("BGD".parse().unwrap(), "10".parse().unwrap()),
        ],
        Source::SPEECH,
    )
    .unwrap()
}

#[test]
fn discounts_need_a_permanent_member_to_carry_them() {
    let bgd: CountryCode = "BGD".parse().unwrap();
    let mut levels = Levels::new();
    levels
        .assign(CountryCode::USA, Level::B)
        .assign(CountryCode::JPN, Level::B)
        .assign(bgd, Level::J);
    // No discount, no level A: the rates are kept as they are.
    let kept = derive(&scale(), &levels).unwrap();
    assert_eq!(
        kept.rate(bgd).map(|r| r.value().to_string()),
        Some("10.000000".into())
    );
    assert_eq!(kept.total(), scale().total());
    // A discount with nobody at level A to carry it.
    levels.discount(Level::J, "90".parse().unwrap());
    assert_eq!(derive(&scale(), &levels), Err(Error::NoPermanentMembers));
    // A permanent member carries it.
    levels.assign(CountryCode::USA, Level::A);
    let pk = derive(&scale(), &levels).unwrap();
    assert_eq!(
        pk.rate(CountryCode::USA).map(|r| r.value().to_string()),
        Some("69.000000".into())
    );
}

#[test]
fn levels_are_named_by_their_letter() {
    let letters: String = Level::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(letters, "ABCDEFGHIJ");
    for &l in Level::ALL {
        assert_eq!(l.to_string().parse::<Level>(), Ok(l));
    }
    let err = "K".parse::<Level>().unwrap_err();
    assert_eq!(err, Error::UnknownLevel { input: "K".into() });
    assert_eq!(err.to_string(), "`K` is not a peacekeeping level A to J");
    assert_eq!(
        "a".parse::<Level>(),
        Err(Error::UnknownLevel { input: "a".into() })
    );
}
