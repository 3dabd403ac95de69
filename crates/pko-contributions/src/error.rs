//! The one error type of `pko-contributions`.

use std::fmt;

use pko_core::CountryCode;

/// Everything that can go wrong in `pko-contributions`.
///
/// # Example
///
/// ```
/// use pko_contributions::{Error, Scale, ScaleKind};
/// use pko_core::{CountryCode, Source};
///
/// let twice = [(CountryCode::JPN, "10.833".parse()?), (CountryCode::JPN, "1".parse()?)];
/// let err = Scale::new(ScaleKind::RegularBudget, "2013-2015".parse()?, twice, Source::SPEECH).unwrap_err();
/// assert_eq!(err.to_string(), "invalid scale: `JPN` is listed twice");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A scale of assessment that breaks a rule.
    #[error("invalid scale: {0}")]
    Scale(ScaleProblem),
    /// A file that could not be loaded, with where and why.
    #[error(transparent)]
    Load(Box<LoadError>),
    /// A column the regular-budget table does not have.
    #[error("no scale column labelled `{label}` in the regular-budget table")]
    UnknownPeriod {
        /// The label asked for (a year).
        label: u16,
    },
    /// A member of a scale with no level assigned, when deriving
    /// peacekeeping rates.
    #[error("no peacekeeping level given for `{country}`")]
    MissingLevel {
        /// The member.
        country: CountryCode,
    },
    /// No permanent member (level A) with a positive rate to carry the
    /// premium.
    #[error("no member at level A with a positive rate to carry the premium of the discounts")]
    NoPermanentMembers,
    /// A name that is no figure's identifier.
    #[error("`{input}` is not the identifier of a figure")]
    UnknownFigureId {
        /// The rejected input.
        input: String,
    },
    /// A load mode that is neither `strict` nor `lenient`.
    #[error("`{input}` is not a load mode: strict or lenient")]
    UnknownLoadMode {
        /// The rejected input.
        input: String,
    },
    /// A name that is no audit check's identifier.
    #[error("`{input}` is not the identifier of a check of the audit")]
    UnknownCheckId {
        /// The rejected input.
        input: String,
    },
    /// A peacekeeping level that is not one of A to J.
    #[error("`{input}` is not a peacekeeping level A to J")]
    UnknownLevel {
        /// The rejected input.
        input: String,
    },
    /// A name that is none of the five categories of uniformed personnel.
    #[error(
        "`{input}` is not a category of uniformed personnel (Troops, Staff Officer, Experts on Mission, Individual Police, Formed Police Units)"
    )]
    UnknownCategory {
        /// The rejected input.
        input: String,
    },
    /// A regular-budget column without a rate for a country the audit
    /// compares.
    #[error("the regular-budget column `{label}` has no rate for {country}")]
    MissingRate {
        /// The country.
        country: CountryCode,
        /// The column's label.
        label: u16,
    },
    /// An error of the shared vocabulary (a rate, an amount, an
    /// apportionment).
    #[error("{context}: {source}")]
    Core {
        /// What was being done: "apportioning the budget", "reading the
        /// scale", ….
        context: &'static str,
        /// The shared vocabulary's error.
        source: pko_core::Error,
    },
}

impl Error {
    /// Wraps an error of the shared vocabulary with what was being done.
    pub(crate) fn core(context: &'static str) -> impl FnOnce(pko_core::Error) -> Self {
        move |source| Self::Core { context, source }
    }

    /// The load error, if this is one: the file, line, column and field.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{load, LoadMode};
    /// let err = load("".as_bytes(), "empty.csv", LoadMode::Strict).unwrap_err();
    /// assert_eq!(err.as_load().map(|e| e.line()), Some(1));
    /// ```
    #[must_use]
    pub fn as_load(&self) -> Option<&LoadError> {
        match self {
            Self::Load(e) => Some(e),
            _ => None,
        }
    }
}

impl From<LoadError> for Error {
    fn from(e: LoadError) -> Self {
        Self::Load(Box::new(e))
    }
}

/// What is wrong with a scale.
///
/// # Example
///
/// ```
/// use pko_contributions::ScaleProblem;
/// use pko_core::CountryCode;
///
/// assert_eq!(ScaleProblem::Duplicate { country: CountryCode::KOR }.to_string(), "`KOR` is listed twice");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScaleProblem {
    /// A member listed twice.
    #[error("`{country}` is listed twice")]
    Duplicate {
        /// The member.
        country: CountryCode,
    },
    /// A scale with no member.
    #[error("no member listed")]
    Empty,
    /// A period whose last year is before its first.
    #[error("the period `{text}` is not `YYYY` or `YYYY-YYYY` with the years in order")]
    BadPeriod {
        /// The text.
        text: String,
    },
}

/// Where in a file loading failed, and why.
///
/// `Display` gives `file:line:column: field `name`: problem`, the form that
/// editors and terminals link to.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{load, LoadMode};
///
/// let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n\
///            1,JPN,392,Japan,UNMISS,Troops,two,250,31-Jan-15\n";
/// let err = load(csv.as_bytes(), "un.csv", LoadMode::Strict).unwrap_err();
/// assert_eq!(err.to_string(), "un.csv:2:7: field `Female_Personnel`: `two` is not a whole number of persons");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    file: String,
    line: u64,
    column: Option<usize>,
    field: Option<String>,
    problem: LoadProblem,
}

impl LoadError {
    pub(crate) fn new(
        file: &str,
        line: u64,
        column: Option<usize>,
        field: Option<&str>,
        problem: LoadProblem,
    ) -> Self {
        Self {
            file: file.to_owned(),
            line,
            column,
            field: field.map(str::to_owned),
            problem,
        }
    }

    /// Moves the error `by` lines down (for a part of a file read apart).
    #[cfg(feature = "parallel")]
    pub(crate) const fn shift_line(&mut self, by: u64) {
        self.line += by;
    }

    /// The file's name as the caller gave it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{load, LoadMode};
    /// let err = load("".as_bytes(), "empty.csv", LoadMode::Strict).unwrap_err();
    /// let err = err.as_load().unwrap();
    /// assert_eq!(err.file(), "empty.csv");
    /// ```
    #[must_use]
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The line, counting from 1 (the header is line 1).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{load, LoadMode};
    /// let err = load("".as_bytes(), "empty.csv", LoadMode::Strict).unwrap_err();
    /// let err = err.as_load().unwrap();
    /// assert_eq!(err.line(), 1);
    /// ```
    #[must_use]
    pub const fn line(&self) -> u64 {
        self.line
    }

    /// The column, counting from 1, if the problem is in one.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{load, LoadMode};
    /// let err = load("".as_bytes(), "empty.csv", LoadMode::Strict).unwrap_err();
    /// let err = err.as_load().unwrap();
    /// assert_eq!(err.column(), None);
    /// ```
    #[must_use]
    pub const fn column(&self) -> Option<usize> {
        self.column
    }

    /// The field's name from the header, if the problem is in one.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::{load, LoadMode};
    /// let err = load("".as_bytes(), "empty.csv", LoadMode::Strict).unwrap_err();
    /// let err = err.as_load().unwrap();
    /// assert_eq!(err.field(), None);
    /// ```
    #[must_use]
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// What is wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::{LoadProblem, personnel::{load, LoadMode}};
    /// let err = load("".as_bytes(), "empty.csv", LoadMode::Strict).unwrap_err();
    /// let err = err.as_load().unwrap();
    /// assert_eq!(err.problem(), &LoadProblem::Empty);
    /// ```
    #[must_use]
    pub const fn problem(&self) -> &LoadProblem {
        &self.problem
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        if let Some(c) = self.column {
            write!(f, ":{c}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for LoadError {}

/// Why a file, a row or a cell was rejected.
///
/// # Example
///
/// ```
/// use pko_contributions::LoadProblem;
///
/// assert_eq!(LoadProblem::MissingCountryCode.to_string(), "no ISO country code (`#N/A`): the row cannot be attributed to a country");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadProblem {
    /// Nothing to read.
    #[error("the file is empty")]
    Empty,
    /// The bytes could not be read.
    #[error("cannot read: {message}")]
    Io {
        /// The system's message.
        message: String,
    },
    /// Text that is not UTF-8.
    #[error("not valid UTF-8 text")]
    NotUtf8,
    /// Malformed CSV (an unterminated quote, for example).
    #[error("malformed CSV: {message}")]
    Csv {
        /// The CSV reader's message.
        message: String,
    },
    /// A header that matches no supported format.
    #[error("unrecognised header: expected {expected}")]
    UnknownHeader {
        /// The formats accepted, in words.
        expected: &'static str,
    },
    /// A header with the right columns in the wrong order or with one
    /// misspelt.
    #[error("header column `{found}` should be `{expected}`")]
    HeaderMismatch {
        /// The column expected here.
        expected: &'static str,
        /// The column found.
        found: String,
    },
    /// A row with the wrong number of fields.
    #[error("{found} fields where the header has {expected}")]
    FieldCount {
        /// Fields in the header.
        expected: usize,
        /// Fields in the row.
        found: usize,
    },
    /// A count that is not a whole number of persons.
    #[error("`{text}` is not a whole number of persons")]
    BadCount {
        /// The cell.
        text: String,
    },
    /// A rate that is not a percentage.
    #[error("`{text}` is not a rate in percent")]
    BadRate {
        /// The cell.
        text: String,
    },
    /// A date in no accepted form.
    #[error("`{text}` is not a date in the form {expected}")]
    BadDate {
        /// The cell.
        text: String,
        /// The forms accepted.
        expected: &'static str,
    },
    /// `#N/A` or an empty country code.
    #[error("no ISO country code (`#N/A`): the row cannot be attributed to a country")]
    MissingCountryCode,
    /// A country code not assigned in ISO 3166-1.
    #[error("`{text}` is not an ISO 3166-1 alpha-3 code")]
    BadCountryCode {
        /// The cell.
        text: String,
    },
    /// A mission acronym of the wrong shape.
    #[error("`{text}` is not a mission acronym")]
    BadMission {
        /// The cell.
        text: String,
    },
    /// A personnel type the format does not define.
    #[error(
        "`{text}` is not a personnel type (expected Troops, Staff Officer, Experts on Mission, Individual Police or Formed Police Units)"
    )]
    BadCategory {
        /// The cell.
        text: String,
    },
    /// A total column that is not the sum of its parts.
    #[error("the total {total} is not the sum of its parts ({sum})")]
    TotalMismatch {
        /// The total in the file.
        total: u64,
        /// The sum of the parts.
        sum: u64,
    },
    /// More records than the library holds (2^32 − 1).
    #[error("more than 4,294,967,295 records")]
    TooManyRecords,
}
