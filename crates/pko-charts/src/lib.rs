#![doc = include_str!("../README.md")]

use pko_contributions::personnel::{Category, CategorySet, Personnel, Target};
use pko_core::{CountryCode, Source, YearMonth};
use plotters::prelude::*;
use rust_decimal::prelude::ToPrimitive;

/// A chart: its SVG, its title, and a text alternative that says what it
/// shows, for readers who cannot see it.
///
/// # Example
///
/// ```
/// use pko_charts as charts;
/// let data = pko_contributions::personnel::ipi_embedded()?;
/// let span = charts::Span::new(pko_core::CountryCode::JPN, "2012-01".parse()?, "2014-02".parse()?)?;
/// let chart = charts::personnel(&data, &span, &pko_contributions::personnel::Format::Ipi.source())?;
/// assert!(chart.svg.starts_with("<svg"));
/// assert!(chart.title.contains("Japan"));
/// assert!(chart.description.contains("troops"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// The chart's title.
    pub title: String,
    /// What the chart shows, in words: its text alternative.
    pub description: String,
    /// The SVG document.
    pub svg: String,
}

/// Why a chart could not be drawn.
///
/// # Example
///
/// ```
/// use pko_charts::{ChartError, Span};
/// let err = Span::new(pko_core::CountryCode::JPN, "2014-02".parse()?, "2012-01".parse()?).unwrap_err();
/// assert!(matches!(err, ChartError::EmptySpan { .. }));
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ChartError {
    /// The span ends before it starts.
    #[error("the span {from} to {to} ends before it starts")]
    EmptySpan {
        /// Its first month.
        from: YearMonth,
        /// Its last month.
        to: YearMonth,
    },
    /// The span is longer than [`MAX_MONTHS`].
    #[error("the span {from} to {to} is longer than the 600 months a chart shows")]
    SpanTooLong {
        /// Its first month.
        from: YearMonth,
        /// Its last month.
        to: YearMonth,
    },
    /// The data hold no personnel of the contributor in the span.
    #[error("no uniformed personnel of {country} in the data from {from} to {to}")]
    NoData {
        /// The contributor.
        country: CountryCode,
        /// The first month asked for.
        from: YearMonth,
        /// The last month asked for.
        to: YearMonth,
    },
    /// plotters failed to draw (a bug).
    #[error("the chart could not be drawn: {detail}")]
    Draw {
        /// What plotters said.
        detail: String,
    },
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        Self::Draw {
            detail: e.to_string(),
        }
    }
}

/// A contributor and a span of months, checked.
///
/// # Example
///
/// ```
/// let span = pko_charts::Span::new(pko_core::CountryCode::JPN, "2012-01".parse()?, "2012-12".parse()?)?;
/// assert_eq!(span.months().len(), 12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    country: CountryCode,
    from: YearMonth,
    to: YearMonth,
    months: Vec<YearMonth>,
}

/// The most months a chart spans: 50 years.
pub const MAX_MONTHS: usize = 600;

impl Span {
    /// The months from `from` to `to`, inclusive, of `country`.
    ///
    /// # Errors
    ///
    /// [`ChartError::EmptySpan`] if `to` is before `from`.
    ///
    /// # Example
    ///
    /// ```
    /// let span = pko_charts::Span::new(pko_core::CountryCode::KOR, "2013-11".parse()?, "2014-02".parse()?)?;
    /// assert_eq!(span.months()[3].to_string(), "2014-02");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(country: CountryCode, from: YearMonth, to: YearMonth) -> Result<Self, ChartError> {
        if to < from {
            return Err(ChartError::EmptySpan { from, to });
        }
        let mut months = vec![from];
        let mut m = from;
        while m < to {
            match m.next() {
                Some(next) if months.len() < MAX_MONTHS => {
                    m = next;
                    months.push(m);
                }
                _ => return Err(ChartError::SpanTooLong { from, to }),
            }
        }
        Ok(Self {
            country,
            from,
            to,
            months,
        })
    }

    /// The contributor.
    ///
    /// # Example
    ///
    /// ```
    /// let span = pko_charts::Span::new(pko_core::CountryCode::KOR, "2013-11".parse()?, "2014-02".parse()?)?;
    /// assert_eq!(span.country(), pko_core::CountryCode::KOR);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn country(&self) -> CountryCode {
        self.country
    }

    /// The months, in order.
    ///
    /// # Example
    ///
    /// ```
    /// let span = pko_charts::Span::new(pko_core::CountryCode::KOR, "2013-11".parse()?, "2014-02".parse()?)?;
    /// assert_eq!(span.months().first().map(ToString::to_string).as_deref(), Some("2013-11"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn months(&self) -> &[YearMonth] {
        &self.months
    }

    const fn first(&self) -> YearMonth {
        self.from
    }

    const fn last(&self) -> YearMonth {
        self.to
    }

    fn name(&self) -> &'static str {
        self.country.un_name().unwrap_or(self.country.iso_name())
    }

    fn no_data(&self) -> ChartError {
        ChartError::NoData {
            country: self.country,
            from: self.first(),
            to: self.last(),
        }
    }
}

const WIDTH: u32 = 860;
const HEIGHT: u32 = 440;
const COLOURS: [RGBColor; 5] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
    RGBColor(148, 103, 189),
    RGBColor(255, 127, 14),
];

/// The month labels on the x axis: every `step`-th month.
fn label(months: &[YearMonth], i: i32) -> String {
    usize::try_from(i)
        .ok()
        .and_then(|i| months.get(i))
        .map(ToString::to_string)
        .unwrap_or_default()
}

fn index(i: usize) -> i32 {
    i32::try_from(i).unwrap_or(i32::MAX)
}

/// The chart's frame: its title, margins and label areas, the same on
/// every chart.
fn frame<'a, 'b, DB: DrawingBackend>(
    plot: &'a DrawingArea<DB, plotters::coord::Shift>,
    title: &'b str,
) -> ChartBuilder<'a, 'b, DB> {
    let mut builder = ChartBuilder::on(plot);
    builder
        .caption(title, ("sans-serif", 18))
        .margin(12)
        .margin_right(36)
        .x_label_area_size(44)
        .y_label_area_size(60);
    builder
}

/// Writes the data's source under the chart.
fn draw_source<DB: DrawingBackend>(
    foot: &DrawingArea<DB, plotters::coord::Shift>,
    source: &Source,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    foot.draw(&Text::new(
        format!("Source: {} — {}", source.issuer(), source.title()),
        (12, 4),
        ("sans-serif", 12),
    ))?;
    Ok(())
}

/// The contributor's uniformed personnel per month, one line a category.
///
/// # Errors
///
/// [`ChartError::NoData`] if the data hold none of the contributor's
/// personnel in the span; [`ChartError::Draw`] if plotters fails.
///
/// # Example
///
/// ```
/// use pko_charts as charts;
/// let data = pko_contributions::personnel::ipi_embedded()?;
/// let span = charts::Span::new(pko_core::CountryCode::JPN, "2012-01".parse()?, "2014-02".parse()?)?;
/// let chart = charts::personnel(&data, &span, &pko_contributions::personnel::Format::Ipi.source())?;
/// assert!(chart.svg.contains("Troops"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn personnel(data: &Personnel, span: &Span, source: &Source) -> Result<Chart, ChartError> {
    let lines: Vec<(Category, Vec<u64>)> = Category::ALL
        .iter()
        .copied()
        .map(|c| {
            let series = data.series(span.country, CategorySet::of(&[c]));
            let values = span
                .months
                .iter()
                .map(|m| {
                    series
                        .iter()
                        .find(|(month, _)| month == m)
                        .map_or(0, |(_, count)| count.total())
                })
                .collect();
            (c, values)
        })
        .collect();
    let max = lines
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .max()
        .unwrap_or(0);
    if max == 0 {
        return Err(span.no_data());
    }
    let title = format!(
        "Uniformed personnel of {} in UN peacekeeping, {} to {}",
        span.name(),
        span.first(),
        span.last()
    );
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let (plot, foot) = root.split_vertically(HEIGHT - 24);
        let mut chart = frame(&plot, &title).build_cartesian_2d(
            0..index(span.months.len().saturating_sub(1)).max(1),
            0..max + max / 2 + 1,
        )?;
        let months = span.months.clone();
        chart
            .configure_mesh()
            .x_labels(8)
            .x_label_formatter(&|i| label(&months, *i))
            .x_desc("month (end-of-month strength)")
            .y_desc("persons")
            .draw()?;
        for ((category, values), colour) in lines.iter().zip(COLOURS) {
            chart
                .draw_series(LineSeries::new(
                    values.iter().enumerate().map(|(i, v)| (index(i), *v)),
                    colour.stroke_width(2),
                ))?
                .label(category.to_string())
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 18, y)], colour.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .draw()?;
        draw_source(&foot, source)?;
        root.present()?;
    }
    let last: Vec<String> = lines
        .iter()
        .map(|(c, v)| {
            format!(
                "{} {}",
                v.last().copied().unwrap_or(0),
                c.to_string().to_lowercase()
            )
        })
        .collect();
    let description = format!(
        "A line chart of {}'s uniformed personnel in UN peacekeeping each month from {} to {}, one line for each of the five categories. The largest monthly figure of any category is {max}. In {}: {}.",
        span.name(),
        span.first(),
        span.last(),
        span.last(),
        last.join(", ")
    );
    Ok(Chart {
        title,
        description,
        svg,
    })
}

/// The share of women among the contributor's uniformed personnel per
/// month, against the share each target sets.
///
/// # Errors
///
/// As [`personnel`].
///
/// # Example
///
/// ```
/// use pko_charts as charts;
/// use pko_contributions::personnel::{ipi_embedded, parity_targets, Format};
/// let data = ipi_embedded()?;
/// let span = charts::Span::new(pko_core::CountryCode::JPN, "2012-01".parse()?, "2014-02".parse()?)?;
/// let chart = charts::women(&data, &span, &parity_targets(), &Format::Ipi.source())?;
/// assert!(chart.title.contains("women"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn women(
    data: &Personnel,
    span: &Span,
    targets: &[Target],
    source: &Source,
) -> Result<Chart, ChartError> {
    let series = data.series(span.country, CategorySet::ALL);
    let shares: Vec<Option<f64>> = span
        .months
        .iter()
        .map(|m| {
            series
                .iter()
                .find(|(month, _)| month == m)
                .and_then(|(_, count)| count.female_share())
                .and_then(|p| p.value().to_f64())
        })
        .collect();
    if shares.iter().all(Option::is_none) {
        return Err(span.no_data());
    }
    let top = targets
        .iter()
        .filter_map(|t| t.share().value().to_f64())
        .chain(shares.iter().flatten().copied())
        .fold(0.0_f64, f64::max);
    let title = format!(
        "Share of women among {}'s uniformed personnel, {} to {}",
        span.name(),
        span.first(),
        span.last()
    );
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let (plot, foot) = root.split_vertically(HEIGHT - 24);
        let mut chart = frame(&plot, &title).build_cartesian_2d(
            0..index(span.months.len().saturating_sub(1)).max(1),
            0.0..(top * 1.5).max(1.0),
        )?;
        let months = span.months.clone();
        chart
            .configure_mesh()
            .x_labels(8)
            .x_label_formatter(&|i| label(&months, *i))
            .y_label_formatter(&|v| format!("{v:.0} %"))
            .x_desc("month")
            .y_desc("women, % of uniformed personnel")
            .draw()?;
        let points: Vec<(i32, f64)> = shares
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.map(|s| (index(i), s)))
            .collect();
        chart
            .draw_series(LineSeries::new(points, COLOURS[0].stroke_width(2)))?
            .label(format!("women, {}", span.name()))
            .legend(|(x, y)| {
                PathElement::new(vec![(x, y), (x + 18, y)], COLOURS[0].stroke_width(2))
            });
        let end = index(span.months.len().saturating_sub(1)).max(1);
        for (target, colour) in targets.iter().zip(COLOURS.iter().skip(1).cycle()) {
            let Some(share) = target.share().value().to_f64() else {
                continue;
            };
            let style = colour.stroke_width(1);
            chart
                .draw_series(DashedLineSeries::new(
                    vec![(0, share), (end, share)],
                    6,
                    4,
                    style,
                ))?
                .label(format!("target: {}", target.name()))
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], style));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .draw()?;
        draw_source(&foot, source)?;
        root.present()?;
    }
    let last = shares.iter().rev().flatten().next().copied().unwrap_or(0.0);
    let description = women_description(span, targets, last);
    Ok(Chart {
        title,
        description,
        svg,
    })
}

/// The text alternative of the women's-share chart.
fn women_description(span: &Span, targets: &[Target], last: f64) -> String {
    let named: Vec<String> = targets
        .iter()
        .map(|t| format!("{} ({})", t.name(), t.share()))
        .collect();
    format!(
        "A line chart of the share of women among {}'s uniformed personnel in UN peacekeeping each month from {} to {}, with dashed lines at the targets: {}. The latest share in the span is {last:.1} %.",
        span.name(),
        span.first(),
        span.last(),
        named.join("; ")
    )
}
