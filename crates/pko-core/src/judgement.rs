//! The vocabulary of a judgement under rules, shared by every set of rules
//! pko models (Japan's Act in `pko-principles`, other states' and the UN's
//! in their crates): a fact that may be unknown, the status of one finding,
//! and the verdict of findings.

use std::fmt;

/// A fact that may be unknown: a state distinct from every value.
///
/// Assessment treats an unknown fact as unknown, never as a default: a
/// finding that needs it is *undetermined*, and the verdict lists it among
/// the facts that would decide.
///
/// # Example
///
/// ```
/// use pko_core::Fact;
///
/// let f: Fact<bool> = Fact::Unknown;
/// assert!(!f.is_known());
/// assert_eq!(Fact::Known(true).known(), Some(&true));
/// assert_eq!(Fact::from(None::<bool>), Fact::Unknown);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Fact<T> {
    /// Not known.
    #[default]
    Unknown,
    /// Known to have this value.
    Known(T),
}

impl<T> Fact<T> {
    /// Whether the fact is known.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_core::Fact::Known(1).is_known());
    /// ```
    #[must_use]
    pub const fn is_known(&self) -> bool {
        matches!(self, Self::Known(_))
    }

    /// The value, if known.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Fact::<u8>::Unknown.known(), None);
    /// ```
    #[must_use]
    pub const fn known(&self) -> Option<&T> {
        match self {
            Self::Known(v) => Some(v),
            Self::Unknown => None,
        }
    }
}

impl<T> From<Option<T>> for Fact<T> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Unknown, Self::Known)
    }
}

#[cfg(feature = "serde")]
impl<T: serde::Serialize> serde::Serialize for Fact<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Known(v) => serializer.serialize_some(v),
            Self::Unknown => serializer.serialize_none(),
        }
    }
}

/// The schema: the value's, or `null` for unknown.
#[cfg(feature = "schema")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Fact<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Fact_of_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Option<T>>::json_schema(generator)
    }
}

#[cfg(feature = "serde")]
impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Fact<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Self::from)
    }
}

/// The state of one finding, ordered by severity: **greater is worse**
/// (`Satisfied < NotApplicable < Undetermined < Violated`), so the status
/// of a finding is the [`Status::worse`] of what its reasons found.
///
/// # Example
///
/// ```
/// use pko_core::Status;
///
/// assert_eq!(Status::NotApplicable.to_string(), "not applicable");
/// assert!(Status::Violated > Status::Undetermined);
/// assert_eq!(Status::Satisfied.worse(Status::Undetermined), Status::Undetermined);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Status {
    /// The requirement holds on the facts given.
    Satisfied,
    /// The requirement does not apply to this deployment under this regime.
    NotApplicable,
    /// A fact the requirement needs is unknown, or an assumption it turns on
    /// is open; it is neither satisfied nor violated.
    Undetermined,
    /// The requirement fails on the facts given.
    Violated,
}

impl Status {
    /// The worse of two statuses.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Status;
    ///
    /// assert_eq!(Status::Violated.worse(Status::Undetermined), Status::Violated);
    /// ```
    #[must_use]
    pub fn worse(self, other: Self) -> Self {
        self.max(other)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Satisfied => "satisfied",
            Self::Violated => "violated",
            Self::Undetermined => "undetermined",
            Self::NotApplicable => "not applicable",
        })
    }
}

/// The overall answer, ordered by severity (greater is worse): *not
/// permitted* if any finding is violated, else *undetermined* if any is
/// undetermined, else *permitted*.
///
/// # Example
///
/// ```
/// use pko_core::{Status, Verdict};
///
/// assert_eq!(Verdict::NotPermitted.to_string(), "not permitted");
/// assert_eq!(Verdict::of([Status::Satisfied, Status::Undetermined]), Verdict::Undetermined);
/// assert_eq!(Verdict::of([Status::NotApplicable]), Verdict::Permitted);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Verdict {
    /// Every finding is satisfied or not applicable.
    Permitted,
    /// None is violated, but at least one is undetermined.
    Undetermined,
    /// At least one finding is violated.
    NotPermitted,
}

impl Verdict {
    /// The verdict of findings with these statuses.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Status, Verdict};
    ///
    /// assert_eq!(Verdict::of([Status::Violated, Status::Undetermined]), Verdict::NotPermitted);
    /// ```
    #[must_use]
    pub fn of(statuses: impl IntoIterator<Item = Status>) -> Self {
        match statuses.into_iter().fold(Status::Satisfied, Status::worse) {
            Status::Violated => Self::NotPermitted,
            Status::Undetermined => Self::Undetermined,
            Status::Satisfied | Status::NotApplicable => Self::Permitted,
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Permitted => "permitted",
            Self::NotPermitted => "not permitted",
            Self::Undetermined => "undetermined",
        })
    }
}
