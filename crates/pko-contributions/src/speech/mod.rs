//! The figures of the speech, and the facts beside them, as sourced data.
//!
//! - `figure`: the model (what a figure counts, how it is
//!   stated, its identifier);
//! - `figures`: the table of the 40 figures, one row per [`FigureId`], each
//!   with its source;
//! - `annexes`: the speech's Annexes 1 and 2, the 2017 rates beside them
//!   and the GPOI course dates.

mod annexes;
mod figure;
mod figures;

pub(crate) use annexes::same_country;
pub use annexes::{
    Entry, annex_1, annex_1_entries, annex_1_source, annex_2, annex_2_source,
    peacekeeping_rates_2017, sml_courses,
};
pub use figure::{Figure, FigureId, Qualifier, Quantity};

/// Every sourced figure: those of the speech (by section) and those beside
/// it (IPI totals, budgets, a MOFA handout), each with its source and
/// reliability, in the order of [`FigureId::ALL`].
///
/// # Example
///
/// ```
/// let figures = pko_contributions::speech::figures();
/// assert_eq!(figures.len(), 40);
/// assert!(figures.iter().all(|f| f.source().issuer() != ""));
/// ```
#[must_use]
pub const fn figures() -> &'static [Figure] {
    &figures::FIGURES
}

/// One figure by its identifier: every [`FigureId`] has one, so a missing
/// figure is a compile error, not a `None`.
///
/// # Example
///
/// ```
/// use pko_contributions::speech::{figure, FigureId, Quantity};
/// assert_eq!(figure(FigureId::JapanMissionsSince1992).quantity(), Quantity::Count(13));
/// ```
#[must_use]
#[expect(
    clippy::indexing_slicing,
    reason = "FIGURES has one row per FigureId at the id's index, checked when the crate is built"
)]
pub const fn figure(id: FigureId) -> &'static Figure {
    &figures::FIGURES[id.index()]
}

#[cfg(test)]
mod tests {
    use pko_core::CountryCode;

    use super::*;

    #[test]
    fn annex_codes_match_names() {
        for e in annex_1_entries().iter().chain(annex_2().iter()) {
            let by_name = match e.name() {
                "Russia" => Some(CountryCode::lit("RUS")),
                "Rep of Korea" => Some(CountryCode::KOR),
                "USA" | "United States" => Some(CountryCode::USA),
                "United Kingdom" => Some(CountryCode::lit("GBR")),
                other => CountryCode::from_un_name(other),
            };
            assert_eq!(Some(e.country()), by_name, "{}", e.name());
        }
    }

    #[test]
    fn each_figure_is_read_by_its_own_id() {
        assert_eq!(figures().len(), FigureId::ALL.len());
        for (&id, f) in FigureId::ALL.iter().zip(figures()) {
            assert_eq!(f.id(), id);
            assert_eq!(figure(id).id(), id);
        }
    }

    #[test]
    fn the_fixed_scales_are_what_checked_construction_gives() {
        let checked = |s: &crate::Scale| {
            crate::Scale::new(
                s.kind(),
                s.period(),
                s.rates().iter().copied(),
                s.source().clone(),
            )
            .unwrap()
        };
        for scale in [annex_1(), peacekeeping_rates_2017()] {
            assert_eq!(checked(&scale), scale);
        }
    }
}
