//! Scale periods and scales as a reader sees them, the speech's figures by
//! identifier, and the regular-budget table's lookups and read errors.

use pko_contributions::regular_budget::Cell;
use pko_contributions::speech::{FigureId, Qualifier, Quantity, figure, figures};
use pko_contributions::{Error, LoadProblem, Scale, ScaleKind, ScalePeriod, regular_budget};
use pko_core::{CountryCode, Percent, Rounding, Source, Usd};
use rust_decimal::Decimal;

#[test]
fn a_scale_period_contains_its_years_and_reads_back() {
    let p: ScalePeriod = "2013-2015".parse().unwrap();
    assert_eq!((p.first_year(), p.last_year()), (2013, 2015));
    assert!(!p.contains(2012));
    assert!(p.contains(2013));
    assert!(p.contains(2015));
    assert!(!p.contains(2016));
    assert_eq!(p.to_string(), "2013-2015");
    let y: ScalePeriod = "2003".parse().unwrap();
    assert_eq!((y.first_year(), y.last_year()), (2003, 2003));
    assert_eq!(y.to_string(), "2003");
    assert!(y.contains(2003) && !y.contains(2004) && !y.contains(2002));
    for bad in [
        "2015-2013",
        "15",
        "2013-15",
        "2O15",
        "20150",
        "",
        "2013-",
        "-2015",
    ] {
        assert_eq!(
            bad.parse::<ScalePeriod>(),
            Err(Error::Scale(pko_contributions::ScaleProblem::BadPeriod {
                text: bad.into()
            })),
            "{bad}"
        );
    }
    assert_eq!(
        regular_budget::RegularBudgetTable::period_of(2004).to_string(),
        "2002-2004"
    );
    assert_eq!(
        regular_budget::RegularBudgetTable::period_of(2003).to_string(),
        "2003"
    );
}

fn small() -> Scale {
    Scale::new(
        ScaleKind::Peacekeeping,
        "2015".parse().unwrap(),
        [
            (CountryCode::JPN, "10.83".parse().unwrap()),
            (CountryCode::USA, "28.38".parse().unwrap()),
        ],
        Source::SPEECH,
    )
    .unwrap()
}

#[test]
fn a_scale_reports_its_size_completeness_and_assessments() {
    let s = small();
    assert_eq!(s.len(), 2);
    assert!(!s.is_empty());
    assert!(!s.is_complete(Decimal::ONE));
    assert!(s.is_complete(Decimal::from(61)));
    let budget = Usd::new(Decimal::from(1_000_000)).unwrap();
    assert_eq!(
        s.assessment_of(CountryCode::JPN, budget, Rounding::HalfEven)
            .unwrap()
            .map(|u| u.to_string()),
        Some("US$108,300.00".to_owned())
    );
    assert_eq!(
        s.assessment_of(CountryCode::CHN, budget, Rounding::HalfEven)
            .unwrap(),
        None
    );
    assert_eq!(
        s.to_string(),
        format!(
            "peacekeeping scale 2015 (2 members, total 39.21 %)\n   1. {:<28} {:>12}\n   2. {:<28} {:>12}\n",
            "USA", "28.38%", "JPN", "10.83%"
        )
    );
    assert_eq!(ScaleKind::RegularBudget.to_string(), "regular budget");
}

#[test]
fn every_figure_is_found_by_its_identifier() {
    let all = figures();
    assert!(all.len() >= 40);
    assert_eq!(all.len(), FigureId::ALL.len());
    for f in all {
        let id = f.id().as_str();
        assert!(!id.is_empty() && !f.what().is_empty());
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{id}"
        );
        assert_eq!(figure(f.id()), f);
        // The name parses back to the identifier, in text and in JSON.
        assert_eq!(id.parse::<FigureId>().unwrap(), f.id());
        let json = serde_json::to_string(&f.id()).unwrap();
        assert_eq!(serde_json::from_str::<FigureId>(&json).unwrap(), f.id());
    }
    let err = "no-such-figure".parse::<FigureId>().unwrap_err();
    assert_eq!(
        err,
        Error::UnknownFigureId {
            input: "no-such-figure".into()
        }
    );
    let f = figure(FigureId::UniformedTotal);
    assert_eq!(
        f.as_of(),
        Some(pko_core::When::Day(pko_core::date(2015, 3, 31)))
    );
    assert_eq!(f.qualifier(), Qualifier::Exact);
    assert_eq!(f.quantity(), Quantity::Persons(106_854));
    assert!(
        f.to_string().starts_with(
            "uniformed personnel in UN peace operations (PKO missions + 2 SPM): 106,854 persons (as of 2015-03-31) ["
        ),
        "{f}"
    );
    let more = figure(FigureId::JapanPersonnelSince1992);
    assert_eq!(more.as_of(), None);
    assert!(
        more.to_string().starts_with(
            "SDF and police personnel Japan deployed to UN PKO since 1992: more than 9,000 persons ["
        ),
        "{more}"
    );
    assert_eq!(
        figure(FigureId::JapanShareNow).as_of(),
        Some(pko_core::When::Day(pko_core::date(2015, 6, 15)))
    );
    assert_eq!(
        figure(FigureId::Budget2014_15ApprovedJuly2014).as_of(),
        Some(pko_core::When::Month("2014-07".parse().unwrap()))
    );
    let words: Vec<String> = [
        Qualifier::Exact,
        Qualifier::About,
        Qualifier::MoreThan,
        Qualifier::Nearly,
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_eq!(words, ["", "about ", "more than ", "nearly "]);
}

#[test]
fn the_regular_budget_table_looks_up_cells_by_country_and_year() {
    let csv = "Member State,2012,2015\nJapan,12.530,10.833\nBhutan,0.001,-\n";
    let t = regular_budget::load(csv.as_bytes(), "rb.csv").unwrap();
    assert_eq!(t.file(), "rb.csv");
    assert_eq!(t.len(), 2);
    assert!(!t.is_empty());
    let bhutan: CountryCode = "BTN".parse().unwrap();
    let rate = |s: &str| Cell::Rate(s.parse::<Percent>().unwrap());
    assert_eq!(
        t.cell(CountryCode::JPN, 2015).unwrap(),
        Some(&rate("10.833"))
    );
    assert_eq!(
        t.cell(CountryCode::JPN, 2012).unwrap(),
        Some(&rate("12.530"))
    );
    assert_eq!(t.cell(bhutan, 2012).unwrap(), Some(&rate("0.001")));
    assert_eq!(t.cell(bhutan, 2015).unwrap(), Some(&Cell::NotMember));
    assert_eq!(t.cell(CountryCode::CHN, 2015).unwrap(), None);
    assert_eq!(
        t.cell(CountryCode::JPN, 2013),
        Err(Error::UnknownPeriod { label: 2013 })
    );
    let header_only = regular_budget::load("Member State,2015\n".as_bytes(), "rb.csv").unwrap();
    assert!(header_only.is_empty());
    assert_eq!(header_only.len(), 0);
}

/// A reader that fails after its first bytes.
struct Failing(&'static [u8]);

impl std::io::Read for Failing {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() {
            return Err(std::io::Error::other("disk on fire"));
        }
        let n = self.0.len().min(buf.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn read_errors_and_bad_bytes_in_the_regular_budget_file_are_named() {
    let err = regular_budget::load(Failing(b"Member State,2015\nJapan,10"), "rb.csv").unwrap_err();
    let Error::Load(e) = &err else {
        panic!("{err}")
    };
    assert!(
        matches!(e.problem(), LoadProblem::Io { message } if message.contains("disk on fire")),
        "{err}"
    );
    let bytes = b"Member State,2015\nJap\xffan,10.833\n";
    let err = regular_budget::load(bytes.as_slice(), "rb.csv").unwrap_err();
    let Error::Load(e) = &err else {
        panic!("{err}")
    };
    assert_eq!(*e.problem(), LoadProblem::NotUtf8, "{err}");
    assert_eq!(e.line(), 2, "{err}");
}
