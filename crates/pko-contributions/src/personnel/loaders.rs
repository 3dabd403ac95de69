//! Loading the UN's and IPI's files, with every row accounted for.

use std::fmt;
use std::io::Read;

use pko_core::{CountryCode, Reliability, Source, SourceKind, YearMonth};

use super::records::{Buffered, Input, Records, Row};
use super::store::{FastMap, Packed};
use super::{Category, Personnel, PersonnelBuilder};
use crate::{Error, LoadError, LoadProblem};

/// The file formats [`load`] reads.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::Format;
///
/// assert_eq!(Format::Ipi.to_string(), "IPI Peacekeeping Database (wide)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Format {
    /// The UN Peacekeeping open-data "contributions by gender" CSV: one row
    /// per month, contributor, mission and personnel type.
    UnOpenData,
    /// The International Peace Institute's wide CSV: one row per month,
    /// contributor and mission, four personnel types by sex.
    Ipi,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::UnOpenData => "UN Peacekeeping open data",
            Self::Ipi => "IPI Peacekeeping Database (wide)",
        })
    }
}

impl Format {
    /// The source to cite for data in this format.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_contributions::personnel::Format;
    /// assert!(Format::Ipi.source().issuer().starts_with("International Peace Institute"));
    /// ```
    #[must_use]
    pub fn source(self) -> Source {
        match self {
            Self::UnOpenData => Source::new(
                SourceKind::UnitedNations,
                "United Nations Peacekeeping",
                "Open data: contributions of uniformed personnel by gender",
                None,
                Reliability::Primary,
            ),
            Self::Ipi => Source::new(
                SourceKind::Research,
                "International Peace Institute / UN DPKO",
                "IPI Peacekeeping Database: uniformed personnel by gender (Gender.Full.csv), compiled by IPI from the UN's monthly reports",
                None,
                Reliability::Secondary,
            ),
        }
    }
}

/// What to do with a bad row.
///
/// Written `strict` or `lenient` in `Display`, `FromStr` and JSON: the
/// command line's `--mode` and the HTTP API's `mode` read these names.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::LoadMode;
///
/// assert_eq!("lenient".parse(), Ok(LoadMode::Lenient));
/// assert_eq!(LoadMode::Strict.to_string(), "strict");
/// assert!("loose".parse::<LoadMode>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LoadMode {
    /// The first bad row is an error naming its line and column.
    #[default]
    Strict,
    /// Bad rows are set aside, each with its reason, and loading goes on.
    Lenient,
}

impl LoadMode {
    /// Both modes, strict first.
    pub const ALL: &'static [Self] = &[Self::Strict, Self::Lenient];

    /// The mode's name: `strict` or `lenient`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_contributions::personnel::LoadMode::Lenient.as_str(), "lenient");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Strict => "strict",
            Self::Lenient => "lenient",
        }
    }
}

by_name!(
    LoadMode,
    "LoadMode",
    "What to do with a bad row: stop at the first (strict) or set it aside and go on (lenient).",
    UnknownLoadMode
);

/// A loaded file: the data, the rows set aside (lenient mode) and the
/// format detected.
///
/// Every data row of the file is either in the data or in
/// [`Loaded::rejected`]: none is dropped silently.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{load, Format, LoadMode};
///
/// let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n\
///            1,BGD,50,Bangladesh,MONUSCO,Troops,10,2548,31-Jan-22\n\
///            2,#N/A,,Unknown,UNMISS,Troops,0,3,31-Jan-22\n";
/// let loaded = load(csv.as_bytes(), "un.csv", LoadMode::Lenient)?;
/// assert_eq!(loaded.format(), Format::UnOpenData);
/// assert_eq!((loaded.personnel().len(), loaded.rejected().len()), (1, 1));
/// assert_eq!(loaded.rejected()[0].to_string(), "un.csv:3:2: field `ISOCode3`: no ISO country code (`#N/A`): the row cannot be attributed to a country");
/// # Ok::<(), pko_contributions::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    personnel: Personnel,
    rejected: Vec<LoadError>,
    format: Format,
    rows: u64,
}

impl Loaded {
    /// The data loaded.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// assert!(load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.personnel().is_empty());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn personnel(&self) -> &Personnel {
        &self.personnel
    }

    /// Takes the data out.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// let data = load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.into_personnel();
    /// assert!(data.is_empty());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn into_personnel(self) -> Personnel {
        self.personnel
    }

    /// The rows set aside, each with its location and reason (always empty
    /// in strict mode).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// assert!(load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.rejected().is_empty());
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub fn rejected(&self) -> &[LoadError] {
        &self.rejected
    }

    /// The format detected from the header.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, Format, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// assert_eq!(load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.format(), Format::UnOpenData);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn format(&self) -> Format {
        self.format
    }

    /// How many data rows the file had (loaded and rejected).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_contributions::personnel::{load, LoadMode};
    /// # let csv = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    /// assert_eq!(load(csv.as_bytes(), "un.csv", LoadMode::Strict)?.rows(), 0);
    /// # Ok::<(), pko_contributions::Error>(())
    /// ```
    #[must_use]
    pub const fn rows(&self) -> u64 {
        self.rows
    }
}

const UN_HEADER: [&str; 9] = [
    "Contribution_ID",
    "ISOCode3",
    "M49_Code",
    "Contributing_Country",
    "Mission_Acronym",
    "Personnel_Type",
    "Female_Personnel",
    "Male_Personnel",
    "Last_Reporting_Date",
];

const IPI_HEADER: [&str; 20] = [
    "",
    "Date",
    "Contributor",
    "Contributor ISO-3",
    "Mission",
    "Individual Police Male",
    "Individual Police Female",
    "Individual Police Total",
    "Formed Police Units Male",
    "Formed Police Units Female",
    "Formed Police Units Total",
    "Experts on Mission Male",
    "Experts on Mission Female",
    "Experts on Mission Total",
    "Troops Male",
    "Troops Female",
    "Troops Total",
    "Total Male",
    "Total Female",
    "Total Total",
];

const RANK_FILE_FIRST: &str = "ISOCode3";

const EXPECTED_HEADERS: &str = "the UN open-data header (Contribution_ID,ISOCode3,…,Last_Reporting_Date) or the IPI header (\"\",\"Date\",\"Contributor\",…,\"Total Total\")";

/// Loads a personnel file, detecting its [`Format`] from the header, as a
/// stream (the file is never held whole in memory).
///
/// - **UN open data**: `Last_Reporting_Date` as `31-Jan-22` (two-digit
///   years: 00–69 are 2000–2069, 70–99 are 1970–1999) or `31/01/2022`;
///   `#N/A` as the country code rejects the row; the total is female + male.
/// - **IPI wide**: dates `YYYY-MM-DD`; each personnel type's male + female
///   must equal its total, and the four types must add up to the totals,
///   else the row is rejected.
///
/// A UTF-8 byte-order mark and CRLF line ends are accepted. In strict mode
/// the first bad row is the error; in lenient mode bad rows are collected in
/// [`Loaded::rejected`]. A header that matches neither format, or malformed
/// CSV, is an error in both modes.
///
/// # Errors
///
/// [`Error::Load`] naming the file, line, column and field.
///
/// # Example
///
/// ```
/// use pko_contributions::personnel::{load, Category, CategorySet, LoadMode};
///
/// let csv = "\"\",\"Date\",\"Contributor\",\"Contributor ISO-3\",\"Mission\",\"Individual Police Male\",\"Individual Police Female\",\"Individual Police Total\",\"Formed Police Units Male\",\"Formed Police Units Female\",\"Formed Police Units Total\",\"Experts on Mission Male\",\"Experts on Mission Female\",\"Experts on Mission Total\",\"Troops Male\",\"Troops Female\",\"Troops Total\",\"Total Male\",\"Total Female\",\"Total Total\"\n\
///            \"28565\",2014-02-28,\"Bangladesh\",\"BGD\",\"MONUSCO\",0,0,0,86,71,157,17,0,17,2548,10,2558,2651,81,2732\n";
/// let data = load(csv.as_bytes(), "ipi.csv", LoadMode::Strict)?.into_personnel();
/// assert_eq!(data.total("2014-02".parse()?, CategorySet::ALL).total(), 2732);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load(reader: impl Read, file: &str, mode: LoadMode) -> Result<Loaded, Error> {
    let mut records =
        Records::of_file(Buffered::new(reader, BLOCK)).map_err(|e| io_error(file, 1, &e))?;
    let format = header(&mut records, file)?;
    let mut state = Loader::new(file);
    state.rows(&mut records, format, mode)?;
    Ok(state.finish(format))
}

/// How many bytes [`load`] reads at a time.
const BLOCK: usize = 1 << 16;

/// [`LoadProblem::Io`] at `line`.
pub(super) fn io_error(file: &str, line: u64, e: &std::io::Error) -> LoadError {
    LoadError::new(
        file,
        line,
        None,
        None,
        LoadProblem::Io {
            message: e.to_string(),
        },
    )
}

/// The format the first record of `records` (the header) names.
pub(super) fn header<I: Input>(records: &mut Records<I>, file: &str) -> Result<Format, LoadError> {
    let at = records.line();
    let line = records
        .advance()
        .map_err(|e| io_error(file, at, &e))?
        .ok_or_else(|| LoadError::new(file, 1, None, None, LoadProblem::Empty))?;
    let header: Vec<String> = records
        .row()
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let s = String::from_utf8_lossy(f);
            let s = if i == 0 {
                s.trim_start_matches('\u{feff}')
            } else {
                &s
            };
            s.to_owned()
        })
        .collect();
    detect(&header).map_err(|p| LoadError::new(file, line, p.0, None, p.1))
}

/// Which format a header is, or where it goes wrong.
fn detect(header: &[String]) -> Result<Format, (Option<usize>, LoadProblem)> {
    let first = header.first().map(String::as_str);
    let (expected, format): (&[&'static str], Format) = match first {
        Some("Contribution_ID") => (&UN_HEADER, Format::UnOpenData),
        Some("") if header.get(1).map(String::as_str) == Some("Date") => (&IPI_HEADER, Format::Ipi),
        Some(RANK_FILE_FIRST) => {
            return Err((
                None,
                LoadProblem::UnknownHeader {
                    expected: "the contributions file, not the UN's rank file (totals per country, no mission): use the file with Contribution_ID and Mission_Acronym",
                },
            ));
        }
        _ => {
            return Err((
                None,
                LoadProblem::UnknownHeader {
                    expected: EXPECTED_HEADERS,
                },
            ));
        }
    };
    for (i, want) in expected.iter().enumerate() {
        let found = header.get(i).map_or("", String::as_str);
        if found != *want {
            return Err((
                Some(i + 1),
                LoadProblem::HeaderMismatch {
                    expected: want,
                    found: found.to_owned(),
                },
            ));
        }
    }
    if header.len() != expected.len() {
        return Err((
            None,
            LoadProblem::FieldCount {
                expected: expected.len(),
                found: header.len(),
            },
        ));
    }
    Ok(format)
}

pub(super) struct Loader<'f> {
    file: &'f str,
    builder: PersonnelBuilder,
    rejected: Vec<LoadError>,
    countries: FastMap<[u8; 3], CountryCode>,
    /// The last value of each repeating cell, as its bytes and what they
    /// parsed or interned to: files list a contributor's rows together and
    /// a month's rows together, so most rows stop at these comparisons.
    /// Each is set only from bytes that passed every check, so a hit
    /// skips no validation.
    last_country: Option<([u8; 3], CountryCode)>,
    last_contributor: Option<(CountryCode, u16)>,
    last_mission: Option<(Vec<u8>, u16)>,
    last_date: Option<(Vec<u8>, YearMonth)>,
    rows: u64,
}

/// A cell's bytes (empty if the row is short).
fn cell(record: Row<'_>, col: usize) -> &[u8] {
    record.get(col).unwrap_or_default()
}

/// `Ok` if `bytes` are UTF-8, else [`LoadProblem::NotUtf8`].
fn utf8(bytes: &[u8]) -> Result<&str, LoadProblem> {
    std::str::from_utf8(bytes).map_err(|_| LoadProblem::NotUtf8)
}

/// A cached value for `bytes`, if `last` holds it.
fn hit<T: Copy>(last: Option<&(Vec<u8>, T)>, bytes: &[u8]) -> Option<T> {
    last.filter(|(b, _)| b.as_slice() == bytes).map(|(_, v)| *v)
}

/// Remembers `value` for `bytes`, reusing the buffer.
fn remember<T>(last: &mut Option<(Vec<u8>, T)>, bytes: &[u8], value: T) {
    let mut buffer = last.take().map(|(b, _)| b).unwrap_or_default();
    buffer.clear();
    buffer.extend_from_slice(bytes);
    *last = Some((buffer, value));
}

/// A cell of the UN's file that holds a count: not UTF-8 is
/// [`LoadProblem::NotUtf8`], else as [`count_bytes`].
fn count_cell(b: &[u8]) -> Result<u32, LoadProblem> {
    count_bytes(b).map_err(|p| match std::str::from_utf8(b) {
        Ok(_) => p,
        Err(_) => LoadProblem::NotUtf8,
    })
}

/// A cell of the UN's file that names a category: not UTF-8 is
/// [`LoadProblem::NotUtf8`], an unknown name [`LoadProblem::BadCategory`].
fn category_cell(b: &[u8]) -> Result<Category, LoadProblem> {
    Category::from_un_bytes(b).ok_or_else(|| match utf8(b) {
        Ok(text) => LoadProblem::BadCategory {
            text: text.to_owned(),
        },
        Err(p) => p,
    })
}

/// A whole number of persons: ASCII digits only, at most `u32::MAX`
/// (no UTF-8 check needed for digits).
fn count_bytes(b: &[u8]) -> Result<u32, LoadProblem> {
    digits(b).ok_or_else(|| bad_count(b))
}

/// [`LoadProblem::BadCount`] for a cell's bytes.
#[cold]
fn bad_count(b: &[u8]) -> LoadProblem {
    LoadProblem::BadCount {
        text: String::from_utf8_lossy(b).into_owned(),
    }
}

/// The number `b` spells in ASCII digits, if it fits a `u32`: the hot
/// path of [`count_bytes`], with the error built apart.
#[inline]
fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 10 {
        return None;
    }
    let mut n: u64 = 0;
    for d in b {
        let v = d.wrapping_sub(b'0');
        if v > 9 {
            return None;
        }
        n = n * 10 + u64::from(v);
    }
    u32::try_from(n).ok()
}

/// `YYYY-MM-DD` on raw bytes, as a month; `None` if not a valid date.
fn iso_month(b: &[u8]) -> Option<YearMonth> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *b else {
        return None;
    };
    let digit = |c: u8| c.is_ascii_digit().then(|| u32::from(c - b'0'));
    let year = digit(y0)? * 1000 + digit(y1)? * 100 + digit(y2)? * 10 + digit(y3)?;
    let month = digit(m0)? * 10 + digit(m1)?;
    let day = digit(d0)? * 10 + digit(d1)?;
    let date = chrono::NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    YearMonth::of(date).ok()
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `31-Jan-22` or `31/01/2022`.
fn un_date(s: &str) -> Option<chrono::NaiveDate> {
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
    if let Some((d, rest)) = s.split_once('-') {
        let (m, y) = rest.split_once('-')?;
        if !digits(d, 2) && !digits(d, 1) || !digits(y, 2) {
            return None;
        }
        let month = MONTHS.iter().position(|x| *x == m)?;
        let yy: i32 = y.parse().ok()?;
        let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
        return chrono::NaiveDate::from_ymd_opt(
            year,
            u32::try_from(month + 1).ok()?,
            d.parse().ok()?,
        );
    }
    let mut parts = s.split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || !(digits(d, 2) || digits(d, 1))
        || !(digits(m, 2) || digits(m, 1))
        || !digits(y, 4)
    {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// An error in a cell: file, line, column (from 1) and the header's name.
fn fail(file: &str, line: u64, col: usize, header: &[&str], problem: LoadProblem) -> LoadError {
    LoadError::new(file, line, Some(col + 1), header.get(col).copied(), problem)
}

impl<'f> Loader<'f> {
    pub(super) fn new(file: &'f str) -> Self {
        Self {
            file,
            builder: Personnel::builder(),
            rejected: Vec::new(),
            countries: FastMap::default(),
            last_country: None,
            last_contributor: None,
            last_mission: None,
            last_date: None,
            rows: 0,
        }
    }

    /// Moves the rows set aside `by` lines down.
    #[cfg(feature = "parallel")]
    pub(super) fn shift_lines(&mut self, by: u64) {
        for e in &mut self.rejected {
            e.shift_line(by);
        }
    }

    /// Adds what `other` loaded from the rows after this one's, unless that
    /// passes a limit (then nothing).
    #[cfg(feature = "parallel")]
    pub(super) fn absorb(&mut self, other: Self) -> Result<(), LoadProblem> {
        self.builder.absorb(other.builder)?;
        self.rejected.extend(other.rejected);
        self.rows += other.rows;
        Ok(())
    }

    pub(super) fn finish(self, format: Format) -> Loaded {
        Loaded {
            personnel: self.builder.build(),
            rejected: self.rejected,
            format,
            rows: self.rows,
        }
    }

    /// Loads the data rows of `records`. In strict mode the first bad row
    /// is the error; in lenient mode bad rows are set aside, but too many
    /// records or keys is an error in both.
    pub(super) fn rows<I: Input>(
        &mut self,
        records: &mut Records<I>,
        format: Format,
        mode: LoadMode,
    ) -> Result<(), LoadError> {
        loop {
            let at = records.line();
            let Some(line) = records.advance().map_err(|e| io_error(self.file, at, &e))? else {
                return Ok(());
            };
            self.rows += 1;
            let row = records.row();
            let result = match format {
                Format::UnOpenData => self.un_row(row, line),
                Format::Ipi => self.ipi_row(row, line),
            };
            if let Err(e) = result {
                if matches!(e.problem(), LoadProblem::TooManyRecords) || mode == LoadMode::Strict {
                    return Err(e);
                }
                self.rejected.push(e);
            }
        }
    }

    fn check_width(&self, record: Row<'_>, line: u64, width: usize) -> Result<(), LoadError> {
        if record.len() == width {
            Ok(())
        } else {
            Err(LoadError::new(
                self.file,
                line,
                None,
                None,
                LoadProblem::FieldCount {
                    expected: width,
                    found: record.len(),
                },
            ))
        }
    }

    fn country(&mut self, s: &str) -> Result<CountryCode, LoadProblem> {
        if s.is_empty() || s == "#N/A" || s == "NA" {
            return Err(LoadProblem::MissingCountryCode);
        }
        if let Ok(key) = <[u8; 3]>::try_from(s.as_bytes()) {
            if let Some(c) = self.countries.get(&key) {
                return Ok(*c);
            }
            if let Ok(c) = CountryCode::new(s) {
                self.countries.insert(key, c);
                return Ok(c);
            }
        }
        Err(LoadProblem::BadCountryCode { text: s.to_owned() })
    }

    /// The country code in a cell: UTF-8, then a known code.
    fn country_cell(&mut self, bytes: &[u8]) -> Result<CountryCode, LoadProblem> {
        if let Some((last, c)) = self.last_country
            && last == bytes
        {
            return Ok(c);
        }
        let c = self.country(utf8(bytes)?)?;
        if let Ok(key) = <[u8; 3]>::try_from(bytes) {
            self.last_country = Some((key, c));
        }
        Ok(c)
    }

    fn un_row(&mut self, r: Row<'_>, line: u64) -> Result<(), LoadError> {
        self.check_width(r, line, UN_HEADER.len())?;
        let file = self.file;
        let h = &UN_HEADER;
        let at = |col: usize| move |p| fail(file, line, col, h, p);
        let contributor = self.country_cell(cell(r, 1)).map_err(at(1))?;
        let mission = cell(r, 4);
        if hit(self.last_mission.as_ref(), mission).is_none() {
            utf8(mission).map_err(at(4))?;
        }
        let category = category_cell(cell(r, 5)).map_err(at(5))?;
        let female = count_cell(cell(r, 6)).map_err(at(6))?;
        let male = count_cell(cell(r, 7)).map_err(at(7))?;
        let date = cell(r, 8);
        let month = if let Some(month) = hit(self.last_date.as_ref(), date) {
            month
        } else {
            let text = utf8(date).map_err(at(8))?;
            let month = un_date(text)
                .and_then(|d| YearMonth::of(d).ok())
                .ok_or_else(|| {
                    at(8)(LoadProblem::BadDate {
                        text: text.to_owned(),
                        expected: "`31-Jan-22` or `31/01/2022`",
                    })
                })?;
            remember(&mut self.last_date, date, month);
            month
        };
        self.store(
            line,
            4,
            h,
            contributor,
            mission,
            month,
            [(category, female, male)],
        )
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one row's parsed cells, passed once"
    )]
    fn store<const N: usize>(
        &mut self,
        line: u64,
        mission_col: usize,
        h: &[&str],
        contributor: CountryCode,
        mission: &[u8],
        month: YearMonth,
        parts: [(Category, u32, u32); N],
    ) -> Result<(), LoadError> {
        let file = self.file;
        let at = |col: usize, p| LoadError::new(file, line, Some(col + 1), h.get(col).copied(), p);
        let contributor = match self.last_contributor {
            Some((c, i)) if c == contributor => i,
            _ => {
                let i = self
                    .builder
                    .contributor(contributor)
                    .map_err(|p| at(0, p))?;
                self.last_contributor = Some((contributor, i));
                i
            }
        };
        let mission = if let Some(i) = hit(self.last_mission.as_ref(), mission) {
            i
        } else {
            let i = utf8(mission)
                .and_then(|text| self.builder.mission_by_text(text))
                .map_err(|p| at(mission_col, p))?;
            remember(&mut self.last_mission, mission, i);
            i
        };
        let records = parts.map(|(category, female, male)| Packed {
            female,
            male,
            contributor,
            mission,
            category,
        });
        self.builder
            .push_packed(month, &records)
            .map_err(|p| at(0, p))
    }

    fn ipi_row(&mut self, record: Row<'_>, line: u64) -> Result<(), LoadError> {
        self.check_width(record, line, IPI_HEADER.len())?;
        let file = self.file;
        let header = &IPI_HEADER;
        let cell_error = |col: usize, problem| fail(file, line, col, header, problem);
        let date = cell(record, 1);
        let month = if let Some(month) = hit(self.last_date.as_ref(), date) {
            month
        } else {
            let month = iso_month(date).ok_or_else(|| {
                cell_error(
                    1,
                    LoadProblem::BadDate {
                        text: String::from_utf8_lossy(date).into_owned(),
                        expected: "`YYYY-MM-DD`",
                    },
                )
            })?;
            remember(&mut self.last_date, date, month);
            month
        };
        let contributor = self
            .country_cell(cell(record, 3))
            .map_err(|p| cell_error(3, p))?;
        let mission = cell(record, 4);
        if hit(self.last_mission.as_ref(), mission).is_none() {
            utf8(mission).map_err(|p| cell_error(4, p))?;
        }
        let mut counts = [0_u32; 15];
        for (i, slot) in counts.iter_mut().enumerate() {
            let bytes = cell(record, 5 + i);
            *slot = match digits(bytes) {
                Some(n) => n,
                None => return Err(cell_error(5 + i, bad_count(bytes))),
            };
        }
        // Five groups (police, formed police, experts, troops, total) of
        // three columns: male, female, total.
        let group = |k: usize| {
            let cell = |j: usize| counts.get(3 * k + j).copied().map_or(0, u64::from);
            (cell(0), cell(1), cell(2))
        };
        for k in 0..5 {
            let (male, female, total) = group(k);
            if male + female != total {
                return Err(cell_error(
                    5 + 3 * k + 2,
                    LoadProblem::TotalMismatch {
                        total,
                        sum: male + female,
                    },
                ));
            }
        }
        let (total_male, total_female, _) = group(4);
        let (sum_male, sum_female) = (0..4).fold((0, 0), |(acc_m, acc_f), k| {
            let (male, female, _) = group(k);
            (acc_m + male, acc_f + female)
        });
        if sum_male != total_male {
            return Err(cell_error(
                17,
                LoadProblem::TotalMismatch {
                    total: total_male,
                    sum: sum_male,
                },
            ));
        }
        if sum_female != total_female {
            return Err(cell_error(
                18,
                LoadProblem::TotalMismatch {
                    total: total_female,
                    sum: sum_female,
                },
            ));
        }
        let part = |k: usize, category: Category| {
            let cell = |j: usize| counts.get(3 * k + j).copied().unwrap_or(0);
            (category, cell(1), cell(0))
        };
        self.store(
            line,
            4,
            header,
            contributor,
            mission,
            month,
            [
                part(0, Category::IndividualPolice),
                part(1, Category::FormedPoliceUnits),
                part(2, Category::ExpertsOnMission),
                part(3, Category::Troops),
            ],
        )
    }
}

/// The IPI Peacekeeping Database's contributions by country, mission and
/// sex, 2009-2014 (the file shipped in the crate's `data/`, with its
/// provenance in `data/README.md`). A `const`: its 2.2 MB reach a binary
/// only if the binary uses it.
pub const IPI_CSV: &str = include_str!("../../data/ipi-gender-2009-2014.csv");

/// [`IPI_CSV`], loaded strictly.
///
/// # Errors
///
/// None with the shipped file (tested); the loader's errors otherwise.
///
/// # Example
///
/// ```
/// let data = pko_contributions::personnel::ipi_embedded()?;
/// assert_eq!(data.latest_month().map(|m| m.to_string()).as_deref(), Some("2014-02"));
/// # Ok::<(), pko_contributions::Error>(())
/// ```
pub fn ipi_embedded() -> Result<Personnel, Error> {
    Ok(load(
        IPI_CSV.as_bytes(),
        "ipi-gender-2009-2014.csv",
        LoadMode::Strict,
    )?
    .into_personnel())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn un_dates() {
        for (s, d) in [
            ("31-Jan-22", Some("2022-01-31")),
            ("28-Feb-99", Some("1999-02-28")),
            ("31/01/2022", Some("2022-01-31")),
            ("1/2/2015", Some("2015-02-01")),
            ("31-Feb-15", None),
            ("31-January-22", None),
            ("2022-01-31", None),
            ("31/01/22", None),
            ("", None),
            // One-digit days; two-digit years pivot at 70.
            ("1-Jan-22", Some("2022-01-01")),
            ("01-Jan-70", Some("1970-01-01")),
            ("01-Jan-69", Some("2069-01-01")),
            ("31-Jan-2022", None),
            ("123-Jan-22", None),
            ("1/1/2022/1", None),
            ("111/1/2022", None),
            ("1/111/2022", None),
            ("1/001/2022", None),
            ("001/1/2022", None),
            ("1/1/22022", None),
        ] {
            assert_eq!(
                un_date(s).map(|x| x.to_string()),
                d.map(str::to_owned),
                "{s}"
            );
        }
    }

    #[test]
    fn iso_months() {
        for (s, m) in [
            ("2015-03-31", Some("2015-03")),
            ("1999-12-31", Some("1999-12")),
            ("2105-01-01", Some("2105-01")),
            ("2016-02-29", Some("2016-02")),
            ("2015-02-29", None),
            ("2015-04-31", None),
            ("2015-13-01", None),
            ("2015-3-31", None),
            ("2015/03/31", None),
            ("20a5-03-31", None),
        ] {
            assert_eq!(
                iso_month(s.as_bytes()).map(|x| x.to_string()),
                m.map(str::to_owned),
                "{s}"
            );
        }
    }

    #[test]
    fn a_header_is_ipi_only_with_an_empty_first_and_a_date_second_column() {
        let header = |h: &[&str]| h.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(matches!(
            detect(&header(&["", "Foo"])),
            Err((None, LoadProblem::UnknownHeader { .. }))
        ));
        assert!(matches!(
            detect(&header(&["", "Date"])),
            Err((Some(3), LoadProblem::HeaderMismatch { .. }))
        ));
        assert_eq!(detect(&header(&IPI_HEADER)), Ok(Format::Ipi));
        assert_eq!(detect(&header(&UN_HEADER)), Ok(Format::UnOpenData));
    }

    #[test]
    fn counts() {
        assert_eq!(count_cell(b"0"), Ok(0));
        assert_eq!(count_cell(b"4294967295"), Ok(u32::MAX));
        for bad in ["", "-1", "1.0", "4294967296", "12345678901", " 1", "1e3"] {
            assert_eq!(
                count_cell(bad.as_bytes()),
                Err(LoadProblem::BadCount { text: bad.into() }),
                "{bad}"
            );
        }
        assert_eq!(count_cell(b"1\xff"), Err(LoadProblem::NotUtf8));
        assert_eq!(
            count_bytes(b"1\xff"),
            Err(LoadProblem::BadCount {
                text: "1\u{fffd}".into()
            })
        );
    }
}
