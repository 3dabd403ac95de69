//! Programmes and the five work areas.

use crate::{HumanSecurityArea, Implementer, Problem, ProblemKind, Rule, WorkArea};

/// A programme of the institute, with the work area it says it belongs to.
///
/// # Example
///
/// ```
/// use pko_institute::{Programme, WorkArea};
///
/// let p = Programme::new("Civilian protection course", "humanitarian assistance");
/// assert_eq!(p.area(), Ok(WorkArea::HumanitarianAssistance));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Programme {
    /// Its name.
    pub name: String,
    /// The work area, as written.
    pub area: String,
    /// The human-security areas it addresses.
    #[cfg_attr(feature = "serde", serde(default))]
    pub addresses: Vec<HumanSecurityArea>,
    /// Who carries it out.
    #[cfg_attr(feature = "serde", serde(default))]
    pub implementers: Vec<Implementer>,
}

impl Programme {
    /// A programme.
    ///
    /// # Example
    ///
    /// ```
    /// let p = pko_institute::Programme::new("Election support", "peacebuilding");
    /// assert_eq!(p.name, "Election support");
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, area: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            area: area.into(),
            addresses: Vec::new(),
            implementers: Vec::new(),
        }
    }

    /// Its work area, if it names one of the five.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownWorkArea`](crate::Error::UnknownWorkArea) otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_institute::Programme::new("x", "trade").area().is_err());
    /// ```
    pub fn area(&self) -> Result<WorkArea, crate::Error> {
        self.area.parse()
    }
}

/// Checks that every programme maps to one of the five work areas of
/// section F; reports each that does not.
///
/// # Example
///
/// ```
/// use pko_institute::{validate_programmes, Programme};
///
/// let programmes = [Programme::new("PKO training", "peacekeeping"), Programme::new("Arms sales", "trade")];
/// let problems = validate_programmes(&programmes);
/// assert_eq!(problems.len(), 1);
/// assert_eq!(problems[0].to_string(), "five work areas: programme 1: `trade` is not one of the five work areas (speech, section F)");
/// ```
#[must_use]
pub fn validate_programmes(programmes: &[Programme]) -> Vec<Problem> {
    programmes
        .iter()
        .enumerate()
        .filter(|(_, p)| p.area().is_err())
        .map(|(i, p)| {
            Problem::new(
                Rule::WorkAreas,
                ProblemKind::NotAWorkArea {
                    index: i,
                    area: p.area.clone(),
                },
            )
        })
        .collect()
}
