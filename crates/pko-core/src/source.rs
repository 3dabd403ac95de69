//! Structured citations, and values that carry one.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;

/// How far a source can be trusted.
///
/// # Example
///
/// ```
/// use pko_core::{Reliability, Source};
///
/// assert_eq!(Source::SPEECH.reliability(), Reliability::Primary);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Reliability {
    /// An official or primary text: a statute, a government page, a UN
    /// document, the speech itself.
    Primary,
    /// A reputable secondary source: news, parliamentary research, a
    /// reference work.
    Secondary,
}

/// What a source is, stated where the source is made (never guessed from
/// its title).
///
/// # Example
///
/// ```
/// use pko_core::{Source, SourceKind};
///
/// assert_eq!(Source::SPEECH.kind(), SourceKind::Speech);
/// assert_eq!(SourceKind::Statute.to_string(), "statute");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SourceKind {
    /// The speech pko models.
    Speech,
    /// A statute, an amending act or the text of a bill.
    Statute,
    /// A government's page, release, press conference, white paper or
    /// statement, or a parliament's report.
    Government,
    /// A document, resolution, page or data set of the United Nations.
    UnitedNations,
    /// A research institute's data set or report.
    Research,
    /// News reports.
    Press,
    /// Figures pko derives from other sources by a stated method.
    Derived,
    /// Not stated (a source read from JSON without a kind).
    #[default]
    Other,
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Speech => "speech",
            Self::Statute => "statute",
            Self::Government => "government",
            Self::UnitedNations => "United Nations",
            Self::Research => "research",
            Self::Press => "press",
            Self::Derived => "derived",
            Self::Other => "other",
        })
    }
}

/// Where in a source a fact stands.
///
/// `Display` writes the conventional short form (`section B`,
/// `Art. 3(1)`, `Annex 1`).
///
/// # Example
///
/// ```
/// use pko_core::Locator;
///
/// assert_eq!(Locator::article("24(4)").to_string(), "Art. 24(4)");
/// assert_eq!(Locator::section("E.2").to_string(), "section E.2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Locator {
    /// A section of a speech or report (`B`, `E.2`).
    Section(Cow<'static, str>),
    /// An article of a statute, with paragraph and item (`3(1)`, `6(13)(i)`).
    Article(Cow<'static, str>),
    /// An annex (`1`).
    Annex(Cow<'static, str>),
    /// A table or a column of one.
    Table(Cow<'static, str>),
    /// A paragraph.
    Paragraph(Cow<'static, str>),
    /// The supplementary provisions (附則) of a statute, which set when its
    /// parts come into force.
    SupplementaryProvisions,
}

impl Locator {
    /// A section (`const`, for tables of rules).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Locator::section("F").to_string(), "section F");
    /// ```
    #[must_use]
    pub const fn section(s: &'static str) -> Self {
        Self::Section(Cow::Borrowed(s))
    }

    /// An article (`const`, for tables of rules).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Locator::article("3(1)").to_string(), "Art. 3(1)");
    /// ```
    #[must_use]
    pub const fn article(s: &'static str) -> Self {
        Self::Article(Cow::Borrowed(s))
    }

    /// An annex (`const`, for tables of rules).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Locator::annex("2").to_string(), "Annex 2");
    /// ```
    #[must_use]
    pub const fn annex(s: &'static str) -> Self {
        Self::Annex(Cow::Borrowed(s))
    }

    /// A table (`const`, for tables of rules).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Locator::table("§2").to_string(), "table §2");
    /// ```
    #[must_use]
    pub const fn table(s: &'static str) -> Self {
        Self::Table(Cow::Borrowed(s))
    }
}

impl fmt::Display for Locator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Section(s) => write!(f, "section {s}"),
            Self::Article(s) => write!(f, "Art. {s}"),
            Self::Annex(s) => write!(f, "Annex {s}"),
            Self::Table(s) => write!(f, "table {s}"),
            Self::Paragraph(s) => write!(f, "para. {s}"),
            Self::SupplementaryProvisions => f.write_str("supplementary provisions"),
        }
    }
}

const SPEECH_TITLE: &str =
    "Japan's Contributions to UN Peacekeeping Operations – Past, Present and Future";

/// A structured citation: who issued what, when, where in it, and how
/// reliable it is.
///
/// Every real-world figure, date and rule in the pko crates carries one. The
/// constants are `const` so that tables of rules can hold them; values read
/// from JSON own their strings.
///
/// # Example
///
/// ```
/// use pko_core::{Locator, Source};
///
/// let principles = Source::SPEECH.at(Locator::section("B"));
/// assert_eq!(
///     principles.to_string(),
///     "Sukehiro Hasegawa, \"Japan's Contributions to UN Peacekeeping Operations – Past, Present and Future\" (2015-06-15), section B"
/// );
/// ```
///
/// Two sources are equal when every field is; the short fields (kind,
/// reliability, date, locator) are compared before the long strings, so
/// that telling two articles of one statute apart does not read its title.
#[derive(Debug, Clone, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Source {
    issuer: Cow<'static, str>,
    title: Cow<'static, str>,
    #[cfg_attr(feature = "serde", serde(default))]
    date: Option<NaiveDate>,
    #[cfg_attr(feature = "serde", serde(default))]
    locator: Option<Locator>,
    #[cfg_attr(feature = "serde", serde(default))]
    url: Option<Cow<'static, str>>,
    reliability: Reliability,
    #[cfg_attr(feature = "serde", serde(default))]
    kind: SourceKind,
}

impl PartialEq for Source {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
            && self.reliability == other.reliability
            && self.date == other.date
            && self.locator == other.locator
            && self.url == other.url
            && self.issuer == other.issuer
            && self.title == other.title
    }
}

impl std::hash::Hash for Source {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.kind.hash(state);
        self.reliability.hash(state);
        self.date.hash(state);
        self.locator.hash(state);
        self.url.hash(state);
        self.issuer.hash(state);
        self.title.hash(state);
    }
}

impl Source {
    /// The day of the speech: 15 June 2015, at the United Nations Library,
    /// Palais des Nations, Geneva.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Source;
    ///
    /// assert_eq!(Source::SPEECH.date(), Some(Source::SPEECH_DAY));
    /// assert_eq!(Source::SPEECH_DAY.to_string(), "2015-06-15");
    /// ```
    pub const SPEECH_DAY: NaiveDate = crate::date(2015, 6, 15);

    /// The source of the project: Sukehiro Hasegawa (former Special
    /// Representative of the UN Secretary-General to Timor-Leste), "Japan's
    /// Contributions to UN Peacekeeping Operations – Past, Present and
    /// Future", speech at the United Nations Library, Palais des Nations,
    /// Geneva, 15 June 2015 (ACUNS symposium).
    pub const SPEECH: Self = Self::new(
        SourceKind::Speech,
        "Sukehiro Hasegawa",
        SPEECH_TITLE,
        Some(Self::SPEECH_DAY),
        Reliability::Primary,
    );

    /// The speech at a place in it (`const`, for tables of rules).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Locator, Source};
    ///
    /// const SECTION_F: Source = Source::speech(Locator::section("F"));
    /// assert_eq!(SECTION_F, Source::SPEECH.at(Locator::section("F")));
    /// ```
    #[must_use]
    pub const fn speech(locator: Locator) -> Self {
        Self::new_at(
            SourceKind::Speech,
            "Sukehiro Hasegawa",
            SPEECH_TITLE,
            Some(Self::SPEECH_DAY),
            Reliability::Primary,
            locator,
        )
    }

    /// A citation without locator or URL (`const`, for tables of rules).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pko_core::{Reliability, Source, SourceKind};
    ///
    /// const RES_1325: Source = Source::new(
    ///     SourceKind::UnitedNations,
    ///     "UN Security Council",
    ///     "Resolution 1325 (2000)",
    ///     Some(pko_core::date(2000, 10, 31)),
    ///     Reliability::Primary,
    /// );
    /// assert_eq!(RES_1325.issuer(), "UN Security Council");
    /// ```
    #[must_use]
    pub const fn new(
        kind: SourceKind,
        issuer: &'static str,
        title: &'static str,
        date: Option<NaiveDate>,
        reliability: Reliability,
    ) -> Self {
        Self {
            issuer: Cow::Borrowed(issuer),
            title: Cow::Borrowed(title),
            date,
            locator: None,
            url: None,
            reliability,
            kind,
        }
    }

    /// A citation pointing at a place in the source (`const`, for tables of
    /// rules).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pko_core::{Locator, Reliability, Source, SourceKind};
    ///
    /// const ART_24: Source = Source::new_at(
    ///     SourceKind::Statute,
    ///     "Japan",
    ///     "Act No. 79 of 1992",
    ///     Some(pko_core::date(1992, 6, 19)),
    ///     Reliability::Primary,
    ///     Locator::article("24"),
    /// );
    /// assert_eq!(ART_24.locator(), Some(&Locator::article("24")));
    /// ```
    #[must_use]
    pub const fn new_at(
        kind: SourceKind,
        issuer: &'static str,
        title: &'static str,
        date: Option<NaiveDate>,
        reliability: Reliability,
        locator: Locator,
    ) -> Self {
        Self {
            issuer: Cow::Borrowed(issuer),
            title: Cow::Borrowed(title),
            date,
            locator: Some(locator),
            url: None,
            reliability,
            kind,
        }
    }

    /// A citation built at run time (for example from user data).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Reliability, Source, SourceKind};
    ///
    /// let s = Source::owned(SourceKind::UnitedNations, "UN DPKO".to_owned(), "Contributions by country".to_owned(), None, Reliability::Primary);
    /// assert_eq!(s.title(), "Contributions by country");
    /// ```
    #[must_use]
    pub fn owned(
        kind: SourceKind,
        issuer: String,
        title: String,
        date: Option<NaiveDate>,
        reliability: Reliability,
    ) -> Self {
        Self {
            issuer: Cow::Owned(issuer),
            title: Cow::Owned(title),
            date,
            locator: None,
            url: None,
            reliability,
            kind,
        }
    }

    /// The same source, pointing at a place in it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Locator, Source};
    ///
    /// let annex = Source::SPEECH.at(Locator::annex("1"));
    /// assert_eq!(annex.locator(), Some(&Locator::annex("1")));
    /// ```
    #[must_use]
    pub fn at(self, locator: Locator) -> Self {
        Self {
            locator: Some(locator),
            ..self
        }
    }

    /// The same source, with the address where it can be read.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Source;
    ///
    /// let s = Source::SPEECH.with_url("https://example.org/speech");
    /// assert_eq!(s.url(), Some("https://example.org/speech"));
    /// ```
    #[must_use]
    pub fn with_url(self, url: &'static str) -> Self {
        Self {
            url: Some(Cow::Borrowed(url)),
            ..self
        }
    }

    /// Who issued it (an author, a ministry, a UN body).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Source::SPEECH.issuer(), "Sukehiro Hasegawa");
    /// ```
    #[must_use]
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// Its title or document symbol.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_core::Source::SPEECH.title().starts_with("Japan's Contributions"));
    /// ```
    #[must_use]
    pub fn title(&self) -> &str {
        &self.title
    }

    /// When it was issued, if known.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Source::SPEECH.date().map(|d| d.to_string()), Some("2015-06-15".into()));
    /// ```
    #[must_use]
    pub const fn date(&self) -> Option<NaiveDate> {
        self.date
    }

    /// Where in it, if a place is given.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Source::SPEECH.locator(), None);
    /// ```
    #[must_use]
    pub const fn locator(&self) -> Option<&Locator> {
        self.locator.as_ref()
    }

    /// Where it can be read, if an address is given.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::Source::SPEECH.url(), None);
    /// ```
    #[must_use]
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// How far it can be trusted.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Reliability, Source};
    ///
    /// assert_eq!(Source::SPEECH.reliability(), Reliability::Primary);
    /// ```
    #[must_use]
    pub const fn reliability(&self) -> Reliability {
        self.reliability
    }

    /// What the source is.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Source, SourceKind};
    /// assert_eq!(Source::SPEECH.kind(), SourceKind::Speech);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> SourceKind {
        self.kind
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, \"{}\"", self.issuer, self.title)?;
        if let Some(date) = self.date {
            write!(f, " ({date})")?;
        }
        if let Some(locator) = &self.locator {
            write!(f, ", {locator}")?;
        }
        if self.reliability == Reliability::Secondary {
            f.write_str(" [secondary]")?;
        }
        if let Some(url) = &self.url {
            write!(f, " <{url}>")?;
        }
        Ok(())
    }
}

/// A value together with the source it comes from.
///
/// # Example
///
/// ```
/// use pko_core::{Locator, Source, Sourced};
///
/// let missions = Sourced::new(13_u32, Source::SPEECH.at(Locator::section("A.1")));
/// assert_eq!(*missions.value(), 13);
/// assert_eq!(missions.source().locator(), Some(&Locator::section("A.1")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Sourced<T> {
    value: T,
    source: Source,
}

impl<T> Sourced<T> {
    /// Attaches a source to a value.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Source, Sourced};
    ///
    /// let s = Sourced::new("five principles", Source::SPEECH);
    /// assert_eq!(*s.value(), "five principles");
    /// ```
    #[must_use]
    pub const fn new(value: T, source: Source) -> Self {
        Self { value, source }
    }

    /// The value.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(*pko_core::Sourced::new(1, pko_core::Source::SPEECH).value(), 1);
    /// ```
    #[must_use]
    pub const fn value(&self) -> &T {
        &self.value
    }

    /// Its source.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Source, Sourced};
    ///
    /// assert_eq!(Sourced::new(1, Source::SPEECH).source(), &Source::SPEECH);
    /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }

    /// Takes the value and its source apart.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::{Source, Sourced};
    ///
    /// let (v, s) = Sourced::new(1, Source::SPEECH).into_parts();
    /// assert_eq!((v, s), (1, Source::SPEECH));
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (T, Source) {
        (self.value, self.source)
    }
}

impl<T: fmt::Display> fmt::Display for Sourced<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]", self.value, self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash_of(s: &Source) -> u64 {
        use std::hash::{BuildHasher, RandomState};
        // One `RandomState` for both hashes of a comparison.
        thread_local!(static STATE: RandomState = RandomState::new());
        STATE.with(|st| st.hash_one(s))
    }

    #[test]
    fn sources_are_equal_only_when_every_field_is() {
        let base = Source::new(
            SourceKind::Statute,
            "Issuer",
            "Title",
            Some(crate::date(2015, 9, 30)),
            Reliability::Primary,
        )
        .at(Locator::article("3(1)"));
        let same = Source::owned(
            SourceKind::Statute,
            "Issuer".to_owned(),
            "Title".to_owned(),
            Some(crate::date(2015, 9, 30)),
            Reliability::Primary,
        )
        .at(Locator::article("3(1)"));
        assert_eq!(base, same);
        assert_eq!(hash_of(&base), hash_of(&same));
        let variants = [
            Source::new(
                SourceKind::Government,
                "Issuer",
                "Title",
                base.date(),
                Reliability::Primary,
            )
            .at(Locator::article("3(1)")),
            Source::new(
                SourceKind::Statute,
                "Issuer",
                "Title",
                base.date(),
                Reliability::Secondary,
            )
            .at(Locator::article("3(1)")),
            Source::new(
                SourceKind::Statute,
                "Issuer",
                "Title",
                None,
                Reliability::Primary,
            )
            .at(Locator::article("3(1)")),
            base.clone().at(Locator::article("3(2)")),
            base.clone().with_url("https://example.org"),
            Source::new(
                SourceKind::Statute,
                "Other",
                "Title",
                base.date(),
                Reliability::Primary,
            )
            .at(Locator::article("3(1)")),
            Source::new(
                SourceKind::Statute,
                "Issuer",
                "Other",
                base.date(),
                Reliability::Primary,
            )
            .at(Locator::article("3(1)")),
        ];
        for (i, v) in variants.iter().enumerate() {
            assert_ne!(&base, v, "variant {i} differs in one field");
            assert_ne!(v, &base, "variant {i}, compared the other way");
            // Every field is hashed: a 64-bit collision is not expected.
            assert_ne!(hash_of(&base), hash_of(v), "variant {i} hashes apart");
        }
    }

    #[test]
    fn sourced_displays_value_and_source() {
        let s = Sourced::new(13, Source::SPEECH.at(Locator::section("E.2")));
        assert_eq!(
            s.to_string(),
            format!("13 [{}]", Source::SPEECH.at(Locator::section("E.2")))
        );
        let secondary = Source::new(SourceKind::Press, "X", "Y", None, Reliability::Secondary)
            .with_url("https://example.org");
        assert_eq!(
            secondary.to_string(),
            "X, \"Y\" [secondary] <https://example.org>"
        );
    }
}
