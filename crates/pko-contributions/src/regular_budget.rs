//! The UN regular-budget scale of assessments, 1946–2027, as published by
//! the Committee on Contributions.

use std::io::Read;

use pko_core::{CountryCode, Locator, Percent, Reliability, Source, SourceKind};

use crate::{Error, LoadError, LoadProblem, Scale, ScaleKind, ScalePeriod};

/// The published file, embedded: UN Committee on Contributions, "Scale of
/// Assessments for RB 1946-2027" (see the crate's `data/README.md` for its
/// provenance).
pub const REGULAR_BUDGET_CSV: &str = include_str!("../data/un-regular-budget-scale-1946-2027.csv");

/// The source of the regular-budget table.
///
/// # Example
///
/// ```
/// let s = pko_contributions::regular_budget::source();
/// assert_eq!(s.issuer(), "United Nations, Committee on Contributions");
/// ```
#[must_use]
pub fn source() -> Source {
    Source::new(
        SourceKind::UnitedNations,
        "United Nations, Committee on Contributions",
        "Scale of Assessments for RB 1946-2027 (the Committee's workbook as exported to CSV by a third party, repository tierravivaai/cali-fund-allocation-model)",
        None,
        Reliability::Primary,
    )
}

/// One cell of the table.
///
/// # Example
///
/// ```
/// use pko_contributions::regular_budget::Cell;
///
/// assert_eq!(Cell::NotMember, Cell::NotMember);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Cell {
    /// A rate in percent.
    Rate(Percent),
    /// `-`: not a member that year.
    NotMember,
    /// A footnote mark or `NA` instead of a rate.
    Note(String),
}

/// A row whose name matches no country (a state that no longer exists),
/// reported rather than dropped.
///
/// # Example
///
/// ```
/// let t = pko_contributions::regular_budget::embedded()?;
/// assert!(t.unmatched().iter().any(|u| u.name() == "Czechoslovakia"));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    line: u64,
    name: String,
}

impl Unmatched {
    /// The line in the file.
    ///
    /// # Example
    ///
    /// ```
    /// let t = pko_contributions::regular_budget::embedded()?;
    /// assert!(t.unmatched().iter().all(|u| u.line() > 1));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn line(&self) -> u64 {
        self.line
    }

    /// The name as written.
    ///
    /// # Example
    ///
    /// ```
    /// let t = pko_contributions::regular_budget::embedded()?;
    /// assert!(t.unmatched().iter().any(|u| u.name() == "Union of Soviet Socialist Republics"));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    line: u64,
    name: String,
    country: Option<CountryCode>,
    cells: Vec<Cell>,
}

/// The whole table: every Member State (and former one) by scale column.
///
/// Column labels are years. From 2004 each column is a three-year scale
/// period labelled by its **last** year (`2015` = 2013–2015); earlier columns
/// are taken as the single year of their label, since the workbook does not
/// say which years they cover.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
///
/// let table = pko_contributions::regular_budget::embedded()?;
/// let scale = table.scale(2015)?;
/// assert_eq!(scale.period().to_string(), "2013-2015");
/// assert_eq!(scale.rate(CountryCode::JPN).map(|r| r.to_string()), Some("10.833%".into()));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegularBudgetTable {
    file: String,
    labels: Vec<u16>,
    rows: Vec<Row>,
}

/// Loads the embedded table ([`REGULAR_BUDGET_CSV`]).
///
/// # Errors
///
/// None in practice (the tests load it); the signature is that of [`load`].
///
/// # Example
///
/// ```
/// let t = pko_contributions::regular_budget::embedded()?;
/// assert_eq!(t.labels().last(), Some(&2027));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn embedded() -> Result<RegularBudgetTable, Error> {
    load(
        REGULAR_BUDGET_CSV.as_bytes(),
        "un-regular-budget-scale-1946-2027.csv",
    )
}

/// Loads a regular-budget table in the Committee on Contributions' layout:
/// a `Member State` column, then one column per scale labelled by a year,
/// in increasing order.
///
/// Names are mapped to ISO codes with [`CountryCode::from_un_name`]; a row
/// whose name matches none is kept and listed by
/// [`RegularBudgetTable::unmatched`]. Cells are a rate, `-` (not a member),
/// or a footnote mark (`NA`, `b/`), kept as [`Cell::Note`]. Anything else is
/// an error naming the file, line and column.
///
/// # Errors
///
/// [`Error::Load`] with the location and the [`LoadProblem`].
///
/// # Example
///
/// ```
/// use pko_contributions::regular_budget::load;
///
/// let csv = "Member State,2012,2015\nJapan,12.530,10.833\nCzechoslovakia,-,-\n";
/// let t = load(csv.as_bytes(), "small.csv")?;
/// assert_eq!(t.unmatched().len(), 1);
/// let err = load("Member State,2015\nJapan,ten\n".as_bytes(), "bad.csv").unwrap_err();
/// assert_eq!(err.to_string(), "bad.csv:2:2: field `2015`: `ten` is not a rate in percent");
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn load(reader: impl Read, file: &str) -> Result<RegularBudgetTable, Error> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut record = csv::StringRecord::new();
    let err = |line, column, field: Option<&str>, problem| {
        LoadError::new(file, line, column, field, problem)
    };
    let read = |csv: &mut csv::Reader<_>, record: &mut csv::StringRecord| {
        csv.read_record(record).map_err(|e| csv_error(file, &e))
    };
    if !read(&mut csv, &mut record)? {
        return Err(err(1, None, None, LoadProblem::Empty).into());
    }
    let mut fields = record.iter();
    if fields.next() != Some("Member State") {
        return Err(err(
            1,
            Some(1),
            None,
            LoadProblem::HeaderMismatch {
                expected: "Member State",
                found: record.get(0).unwrap_or_default().to_owned(),
            },
        )
        .into());
    }
    let mut labels: Vec<u16> = Vec::new();
    for (i, f) in fields.enumerate() {
        let year = (f.len() == 4 && f.bytes().all(|b| b.is_ascii_digit()))
            .then(|| f.parse::<u16>().ok())
            .flatten()
            .filter(|y| labels.last().is_none_or(|last| y > last));
        match year {
            Some(y) => labels.push(y),
            None => {
                return Err(err(
                    1,
                    Some(i + 2),
                    None,
                    LoadProblem::HeaderMismatch {
                        expected: "a four-digit year, later than the previous column",
                        found: f.to_owned(),
                    },
                )
                .into());
            }
        }
    }
    let mut rows = Vec::new();
    while read(&mut csv, &mut record)? {
        let line = record.position().map_or(0, csv::Position::line);
        if record.len() != labels.len() + 1 {
            return Err(err(
                line,
                None,
                None,
                LoadProblem::FieldCount {
                    expected: labels.len() + 1,
                    found: record.len(),
                },
            )
            .into());
        }
        let name = record.get(0).unwrap_or_default().to_owned();
        let mut cells = Vec::with_capacity(labels.len());
        for (i, (text, label)) in record.iter().skip(1).zip(&labels).enumerate() {
            cells.push(parse_cell(text).ok_or_else(|| {
                err(
                    line,
                    Some(i + 2),
                    Some(&label.to_string()),
                    LoadProblem::BadRate {
                        text: text.to_owned(),
                    },
                )
            })?);
        }
        rows.push(Row {
            line,
            country: CountryCode::from_un_name(&name),
            name,
            cells,
        });
    }
    Ok(RegularBudgetTable {
        file: file.to_owned(),
        labels,
        rows,
    })
}

pub(crate) fn csv_error(file: &str, e: &csv::Error) -> LoadError {
    let line = e.position().map_or(1, csv::Position::line);
    let problem = match e.kind() {
        csv::ErrorKind::Io(io) => LoadProblem::Io {
            message: io.to_string(),
        },
        csv::ErrorKind::Utf8 { .. } => LoadProblem::NotUtf8,
        _ => LoadProblem::Csv {
            message: e.to_string(),
        },
    };
    LoadError::new(file, line, None, None, problem)
}

fn parse_cell(text: &str) -> Option<Cell> {
    let t = text.trim();
    if t == "-" {
        return Some(Cell::NotMember);
    }
    if t == "NA"
        || (t.ends_with('/')
            && t.len() <= 4
            && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'/'))
    {
        return Some(Cell::Note(t.to_owned()));
    }
    t.parse::<Percent>().ok().map(Cell::Rate)
}

impl RegularBudgetTable {
    /// The column labels (years), in order.
    ///
    /// # Example
    ///
    /// ```
    /// let t = pko_contributions::regular_budget::embedded()?;
    /// assert_eq!(t.labels().first(), Some(&1946));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn labels(&self) -> &[u16] {
        &self.labels
    }

    /// The years a column covers: three years ending with the label from
    /// 2004, the label's year before.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::regular_budget::RegularBudgetTable;
    ///
    /// assert_eq!(RegularBudgetTable::period_of(2018).to_string(), "2016-2018");
    /// assert_eq!(RegularBudgetTable::period_of(2003).to_string(), "2003");
    /// ```
    #[must_use]
    pub fn period_of(label: u16) -> ScalePeriod {
        if label >= 2004 {
            ScalePeriod::new(label - 2, label).unwrap_or(ScalePeriod::year(label))
        } else {
            ScalePeriod::year(label)
        }
    }

    /// Rows whose name matches no country, with their lines.
    ///
    /// # Example
    ///
    /// ```
    /// let t = pko_contributions::regular_budget::embedded()?;
    /// assert_eq!(t.unmatched().len(), 6);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn unmatched(&self) -> Vec<Unmatched> {
        self.rows
            .iter()
            .filter(|r| r.country.is_none())
            .map(|r| Unmatched {
                line: r.line,
                name: r.name.clone(),
            })
            .collect()
    }

    /// How many rows (Member States and former ones).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::regular_budget::embedded()?.len(), 199);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the table has no row.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!pko_contributions::regular_budget::embedded()?.is_empty());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn column(&self, label: u16) -> Result<usize, Error> {
        self.labels
            .iter()
            .position(|l| *l == label)
            .ok_or(Error::UnknownPeriod { label })
    }

    /// The cell of a country in a column, if the country has a row.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownPeriod`] for a label the table does not have.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::regular_budget::Cell;
    /// use pko_core::CountryCode;
    ///
    /// let t = pko_contributions::regular_budget::embedded()?;
    /// assert_eq!(t.cell(CountryCode::KOR, 1946)?, Some(&Cell::NotMember));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    pub fn cell(&self, country: CountryCode, label: u16) -> Result<Option<&Cell>, Error> {
        let col = self.column(label)?;
        Ok(self
            .rows
            .iter()
            .find(|r| r.country == Some(country))
            .and_then(|r| r.cells.get(col)))
    }

    /// The scale of one column: every matched member with a rate. Rows with
    /// a rate but no country (former states) are left out and listed by
    /// [`RegularBudgetTable::left_out`].
    ///
    /// # Errors
    ///
    /// [`Error::UnknownPeriod`] for a label the table does not have;
    /// [`Error::Scale`] if the column has no rate at all.
    ///
    /// # Example
    ///
    /// ```
    /// let t = pko_contributions::regular_budget::embedded()?;
    /// let s = t.scale(2018)?;
    /// assert!(s.is_complete("0.001".parse().unwrap()));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    pub fn scale(&self, label: u16) -> Result<Scale, Error> {
        let col = self.column(label)?;
        let source = source().at(Locator::Table(
            format!("column {label} ({})", Self::period_of(label)).into(),
        ));
        Scale::new(
            ScaleKind::RegularBudget,
            Self::period_of(label),
            self.rows
                .iter()
                .filter_map(|r| match (r.country, r.cells.get(col)) {
                    (Some(c), Some(Cell::Rate(rate))) => Some((c, *rate)),
                    _ => None,
                }),
            source,
        )
    }

    /// Rows of a column that have a rate but no country, with the rate: what
    /// [`RegularBudgetTable::scale`] leaves out.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownPeriod`] for a label the table does not have.
    ///
    /// # Example
    ///
    /// ```
    /// let t = pko_contributions::regular_budget::embedded()?;
    /// let left = t.left_out(1985)?;
    /// assert!(left.iter().any(|(name, _)| *name == "Union of Soviet Socialist Republics"));
    /// assert!(t.left_out(2015)?.is_empty());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    pub fn left_out(&self, label: u16) -> Result<Vec<(&str, Percent)>, Error> {
        let col = self.column(label)?;
        Ok(self
            .rows
            .iter()
            .filter_map(|r| match (r.country, r.cells.get(col)) {
                (None, Some(Cell::Rate(rate))) => Some((r.name.as_str(), *rate)),
                _ => None,
            })
            .collect())
    }

    /// The file name given when loading.
    ///
    /// # Example
    ///
    /// ```
    /// let t = pko_contributions::regular_budget::embedded()?;
    /// assert!(t.file().ends_with(".csv"));
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn file(&self) -> &str {
        &self.file
    }
}
