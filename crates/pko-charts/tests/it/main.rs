//! The charts on the shipped IPI data: spans, titles, sources, text
//! alternatives that say what the chart shows.

use pko_charts::{ChartError, MAX_MONTHS, Span, personnel, women};
use pko_contributions::personnel::{self as data, Category, CategorySet, Format};
use pko_core::{CountryCode, YearMonth};

fn month(s: &str) -> YearMonth {
    s.parse().unwrap()
}

#[test]
fn a_span_is_at_most_600_months_and_never_backwards() {
    let from = month("1990-01");
    let last_allowed = month("2039-12");
    let span = Span::new(CountryCode::JPN, from, last_allowed).unwrap();
    assert_eq!(span.months().len(), MAX_MONTHS);
    assert_eq!(span.months().last(), Some(&last_allowed));
    assert_eq!(
        Span::new(CountryCode::JPN, from, month("2040-01")),
        Err(ChartError::SpanTooLong {
            from,
            to: month("2040-01")
        })
    );
    assert_eq!(
        Span::new(CountryCode::JPN, month("2014-02"), month("2014-01")),
        Err(ChartError::EmptySpan {
            from: month("2014-02"),
            to: month("2014-01")
        })
    );
    assert_eq!(
        Span::new(CountryCode::JPN, month("2014-02"), month("2014-02"))
            .unwrap()
            .months(),
        [month("2014-02")]
    );
}

#[test]
fn the_personnel_chart_says_what_it_shows_and_where_it_comes_from() {
    let ipi = data::ipi_embedded().unwrap();
    let source = Format::Ipi.source();
    let span = Span::new(CountryCode::JPN, month("2012-01"), month("2014-02")).unwrap();
    let chart = personnel(&ipi, &span, &source).unwrap();
    assert_eq!(
        chart.title,
        "Uniformed personnel of Japan in UN peacekeeping, 2012-01 to 2014-02"
    );
    assert!(chart.svg.starts_with("<svg"));
    assert!(chart.svg.contains(source.issuer()), "the source is drawn");
    // The text alternative gives the last month, category by category, as
    // the data hold it.
    for category in Category::ALL {
        let total = ipi
            .series(CountryCode::JPN, CategorySet::of(&[*category]))
            .into_iter()
            .find(|(m, _)| *m == month("2014-02"))
            .map_or(0, |(_, n)| n.total());
        let said = format!("{total} {}", category.to_string().to_lowercase());
        assert!(
            chart.description.contains(&said),
            "{said}: {}",
            chart.description
        );
        assert!(
            chart.svg.contains(&category.to_string()),
            "{category} in the legend"
        );
    }
}

#[test]
fn a_contributor_without_personnel_is_an_error_not_a_blank_chart() {
    let ipi = data::ipi_embedded().unwrap();
    let andorra = CountryCode::lit("AND");
    let span = Span::new(andorra, month("2012-01"), month("2012-03")).unwrap();
    let expected = ChartError::NoData {
        country: andorra,
        from: month("2012-01"),
        to: month("2012-03"),
    };
    assert_eq!(
        personnel(&ipi, &span, &Format::Ipi.source()),
        Err(expected.clone())
    );
    assert_eq!(
        women(&ipi, &span, &data::parity_targets(), &Format::Ipi.source()),
        Err(expected)
    );
}

#[test]
fn the_womens_chart_draws_and_names_every_target() {
    let ipi = data::ipi_embedded().unwrap();
    let targets = data::parity_targets();
    let span = Span::new(CountryCode::KOR, month("2013-01"), month("2014-02")).unwrap();
    let chart = women(&ipi, &span, &targets, &Format::Ipi.source()).unwrap();
    assert!(chart.title.contains("Republic of Korea"), "{}", chart.title);
    for t in &targets {
        assert!(
            chart.svg.contains(&format!("target: {}", t.name())),
            "{}",
            t.name()
        );
        assert!(
            chart
                .description
                .contains(&format!("{} ({})", t.name(), t.share())),
            "{}",
            chart.description
        );
    }
    assert!(chart.description.contains("from 2013-01 to 2014-02"));
}
