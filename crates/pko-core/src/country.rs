//! ISO 3166-1 alpha-3 country codes, with the UN's names for its Member States.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use crate::Error;
mod un_members;

use un_members::UN_MEMBER_STATES;

/// The three bytes of `code` if it is three ASCII capitals.
const fn capitals(code: &str) -> Option<[u8; 3]> {
    match code.as_bytes() {
        [a, b, c] if a.is_ascii_uppercase() && b.is_ascii_uppercase() && c.is_ascii_uppercase() => {
            Some([*a, *b, *c])
        }
        _ => None,
    }
}

/// A country, by its ISO 3166-1 alpha-3 code (`JPN`, `KOR`, `BGD`).
///
/// A value that exists is a code assigned in ISO 3166-1, as published by the
/// maintained [`rust_iso3166`] crate. Parsing accepts any letter case and
/// stores capitals, so `Display` and `FromStr` round-trip.
///
/// The UN's own names for its 193 current Member States
/// ([`un_name`](Self::un_name)) come from the UN Committee on Contributions'
/// scale-of-assessment workbook; the ISO English short name is
/// [`iso_name`](Self::iso_name). Data keyed by country always uses the code,
/// never a name.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
///
/// let korea: CountryCode = "kor".parse()?;
/// assert_eq!(korea.as_str(), "KOR");
/// assert_eq!(korea.un_name(), Some("Republic of Korea"));
/// assert_eq!(korea.iso_name(), "Korea (Republic of)");
/// assert_eq!(CountryCode::from_un_name("Republic of Korea"), Some(korea));
/// assert!("XYZ".parse::<CountryCode>().is_err());
/// # Ok::<(), pko_core::Error>(())
/// ```
// The three capital letters as a fixed-size array: equality, order and
// hashing are those of `[u8; 3]`, with no string to compare (codes are in
// every hot loop of the loaders and validators), and every constructor
// checks that the bytes are ASCII capitals.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// Japan.
    pub const JPN: Self = Self::lit("JPN");
    /// China.
    pub const CHN: Self = Self::lit("CHN");
    /// Republic of Korea.
    pub const KOR: Self = Self::lit("KOR");
    /// United States of America.
    pub const USA: Self = Self::lit("USA");

    /// A code written as a literal, for tables of real-world data:
    /// `CountryCode::lit("SSD")`, with no `Result` to handle.
    ///
    /// The literal must be a code ISO 3166-1 assigns, in capitals. In a
    /// `const` or `static` anything else fails the build; elsewhere it
    /// panics. For codes that come from input, use [`CountryCode::new`] or
    /// `parse`.
    ///
    /// # Panics
    ///
    /// If the literal is not three capital ASCII letters
    /// (`CountryCode::lit("jp")`) or ISO 3166-1 does not assign it
    /// (`CountryCode::lit("XYZ")`).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::CountryCode;
    ///
    /// const SOUTH_SUDAN: CountryCode = CountryCode::lit("SSD");
    /// assert_eq!(SOUTH_SUDAN, "ssd".parse()?);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    ///
    /// A code ISO 3166-1 does not assign does not build:
    ///
    /// ```compile_fail
    /// const NOWHERE: pko_core::CountryCode = pko_core::CountryCode::lit("XYZ");
    /// ```
    #[must_use]
    #[expect(
        clippy::panic,
        reason = "a malformed literal is a bug in the caller's source, caught at build time in const contexts"
    )]
    pub const fn lit(code: &'static str) -> Self {
        let Some(bytes) = capitals(code) else {
            panic!("pko_core::CountryCode::lit: not three capital letters")
        };
        let [x, y, z] = bytes;
        let mut rest = rust_iso3166::ALL_ALPHA3;
        while let [first, tail @ ..] = rest {
            if let Some([a, b, c]) = capitals(first)
                && a == x
                && b == y
                && c == z
            {
                return Self(bytes);
            }
            rest = tail;
        }
        panic!("pko_core::CountryCode::lit: a code ISO 3166-1 does not assign")
    }

    /// Parses an alpha-3 code in any letter case.
    ///
    /// # Errors
    ///
    /// [`Error::CountryCodeShape`] unless the input is three ASCII letters;
    /// [`Error::UnknownCountryCode`] if ISO 3166-1 does not assign it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::CountryCode;
    ///
    /// assert_eq!(CountryCode::new("jpn")?, CountryCode::JPN);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn new(input: &str) -> Result<Self, Error> {
        if input.len() != 3 || !input.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(Error::CountryCodeShape {
                input: input.to_owned(),
            });
        }
        let upper = input.to_ascii_uppercase();
        rust_iso3166::from_alpha3(&upper)
            .and_then(|c| capitals(c.alpha3))
            .map(Self)
            .ok_or(Error::UnknownCountryCode { input: upper })
    }

    /// The three capital letters.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::CountryCode::JPN.as_str(), "JPN");
    /// ```
    #[must_use]
    #[expect(
        clippy::panic,
        clippy::missing_panics_doc,
        reason = "unreachable: every constructor checks that the three bytes are ASCII capitals, so they are UTF-8"
    )]
    pub const fn as_str(&self) -> &str {
        match std::str::from_utf8(&self.0) {
            Ok(code) => code,
            Err(_) => panic!("pko_core::CountryCode: bytes that are not ASCII capitals"),
        }
    }

    /// The English short name in ISO 3166-1 (for example
    /// `Korea (Republic of)`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::CountryCode::JPN.iso_name(), "Japan");
    /// ```
    #[must_use]
    #[expect(
        clippy::panic,
        clippy::missing_panics_doc,
        reason = "unreachable: every constructor checks that ISO 3166-1 assigns the code"
    )]
    pub fn iso_name(self) -> &'static str {
        match rust_iso3166::from_alpha3(self.as_str()) {
            Some(c) => c.name,
            None => panic!("pko_core::CountryCode: a code ISO 3166-1 does not assign"),
        }
    }

    /// The name the UN uses for this country if it is one of the 193 current
    /// UN Member States (for example `Republic of Korea`), else `None`.
    ///
    /// Source: UN Committee on Contributions, "Scale of Assessments for RB
    /// 1946-2027", the Member States with a rate for 2025–2027.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::CountryCode;
    ///
    /// assert_eq!(CountryCode::USA.un_name(), Some("United States of America"));
    /// assert_eq!(CountryCode::new("TWN")?.un_name(), None);
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn un_name(self) -> Option<&'static str> {
        UN_MEMBER_STATES
            .iter()
            .find(|(_, code)| *code == self)
            .map(|(name, _)| *name)
    }

    /// Whether this is one of the 193 current UN Member States.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_core::CountryCode::JPN.is_un_member());
    /// ```
    #[must_use]
    pub fn is_un_member(self) -> bool {
        self.un_name().is_some()
    }

    /// The 193 current UN Member States, in the UN's alphabetical order of
    /// names.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::CountryCode::un_member_states().count(), 193);
    /// ```
    #[must_use]
    pub fn un_member_states() -> impl ExactSizeIterator<Item = Self> {
        UN_MEMBER_STATES.iter().map(|(_, code)| *code)
    }

    /// Finds the country a UN document names, or `None` if no current or
    /// ISO 3166-1 country bears the name (for example a state that no longer
    /// exists, such as `Czechoslovakia`).
    ///
    /// Matching, in order, after [`normalise_un_name`]: the UN's names for
    /// its Member States; ISO 3166-1 short names, also with a trailing
    /// parenthesis moved to the front (`Korea (Republic of)` matches
    /// `Republic of Korea`) or dropped where that is unambiguous (`Bolivia`);
    /// and the short names of the IPI Peacekeeping Database (`DR Congo`,
    /// `Czech Republic`, `Turkey`). Letter case and Latin diacritics are
    /// ignored (`Cote d'Ivoire` matches `Côte d'Ivoire`).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::CountryCode;
    ///
    /// let tur = CountryCode::from_un_name("Türkiye (formerly Turkey)");
    /// assert_eq!(tur, Some(CountryCode::lit("TUR")));
    /// assert_eq!(CountryCode::from_un_name("Union of Soviet Socialist Republics"), None);
    /// ```
    #[must_use]
    pub fn from_un_name(name: &str) -> Option<Self> {
        name_index().get(&fold(&normalise_un_name(name))).copied()
    }
}

/// Short names in the IPI Peacekeeping Database (International Peace
/// Institute / UN DPKO, "Contributor" and "Contributor ISO-3" columns) that
/// no ISO 3166-1 rule matches: the pairs are the database's own.
const IPI_ALIASES: &[(&str, CountryCode)] = &[
    ("Brunei", CountryCode::lit("BRN")),
    ("Cote d Ivoire", CountryCode::lit("CIV")),
    ("Czech Republic", CountryCode::lit("CZE")),
    ("DR Congo", CountryCode::lit("COD")),
    ("Macedonia", CountryCode::lit("MKD")),
    ("Moldova, Republic of", CountryCode::lit("MDA")),
    ("Tanzania, United Republic of", CountryCode::lit("TZA")),
    ("The former Yugoslav Republic o", CountryCode::lit("MKD")),
    (
        "The former Yugoslav Republic of Macedonia",
        CountryCode::lit("MKD"),
    ),
    ("Turkey", CountryCode::lit("TUR")),
    ("United Kingdom", CountryCode::lit("GBR")),
    ("United States", CountryCode::lit("USA")),
];

fn name_index() -> &'static HashMap<String, CountryCode> {
    static INDEX: OnceLock<HashMap<String, CountryCode>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        let mut bases: HashMap<String, Vec<CountryCode>> = HashMap::new();
        for &c in rust_iso3166::ALL {
            let Some(code) = capitals(c.alpha3).map(CountryCode) else {
                continue;
            };
            index.insert(fold(c.name), code);
            if let Some((base, paren)) = split_trailing_parenthesis(c.name) {
                index.insert(fold(&format!("{paren} {base}")), code);
                bases.entry(fold(base)).or_default().push(code);
            }
        }
        for (base, codes) in bases {
            if let [only] = codes.as_slice() {
                index.entry(base).or_insert(*only);
            }
        }
        for (name, code) in IPI_ALIASES.iter().chain(UN_MEMBER_STATES) {
            index.insert(fold(name), *code);
        }
        index
    })
}

/// `"Korea (Republic of)"` → `("Korea", "Republic of")`.
fn split_trailing_parenthesis(name: &str) -> Option<(&str, &str)> {
    let inner = name.strip_suffix(')')?;
    let (base, paren) = inner.split_once(" (")?;
    Some((base, paren))
}

/// Normalises a name as the UN's scale-of-assessment workbook writes it:
/// trims, drops a trailing footnote mark (`f/`, `b/`), drops a
/// `(formerly …)` parenthesis, and folds runs of white space.
///
/// # Example
///
/// ```
/// use pko_core::country::normalise_un_name;
///
/// assert_eq!(normalise_un_name("Serbia (formerly Yugoslavia) f/"), "Serbia");
/// assert_eq!(normalise_un_name("Myanmar (formerly  Burma)"), "Myanmar");
/// ```
#[must_use]
pub fn normalise_un_name(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if let Some(last) = words.last() {
        let is_footnote = last.len() <= 3
            && last.ends_with('/')
            && last
                .trim_end_matches('/')
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        if is_footnote && words.len() > 1 {
            words.pop();
        }
    }
    let joined = words.join(" ");
    let Some((before, rest)) = joined.split_once("(formerly") else {
        return joined;
    };
    let after = rest.split_once(')').map_or("", |(_, after)| after);
    format!("{} {}", before.trim_end(), after)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower-cases and strips the Latin diacritics that occur in country names.
fn fold(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::new(s)
    }
}

crate::serde_via_str!(CountryCode, "an ISO 3166-1 alpha-3 country code");

/// The schema is the list of ISO 3166-1 alpha-3 codes, in capitals (parsing
/// also takes them in any case, and writes them in capitals).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for CountryCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("CountryCode")
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("pko_core::CountryCode")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = rust_iso3166::ALL.iter().map(|c| c.alpha3).collect();
        schemars::json_schema!({
            "description": "An ISO 3166-1 alpha-3 country code, in capitals.",
            "type": "string",
            "enum": codes,
            "examples": ["JPN"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_literal_is_three_capital_letters_each_checked() {
        assert_eq!(CountryCode::lit("JPN").as_str(), "JPN");
        for bad in [
            "jPN", "JpN", "JPn", "jpn", "JP", "JPNX", "JP1", "XYZ", "AAA", "ZZZ",
        ] {
            let built = std::panic::catch_unwind(|| CountryCode::lit(bad));
            assert!(built.is_err(), "`{bad}` is refused");
        }
    }

    #[test]
    fn a_literal_says_why_it_is_refused() {
        let message = |code: &'static str| {
            let payload = std::panic::catch_unwind(|| CountryCode::lit(code)).unwrap_err();
            payload
                .downcast_ref::<&str>()
                .map(ToString::to_string)
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap()
        };
        for malformed in ["jpn", "Jpn", "jPN", "JPn", "JP", "J\u{e9}"] {
            assert!(
                message(malformed).contains("not three capital letters"),
                "{malformed}"
            );
        }
        for unassigned in ["XYZ", "AAA", "ZZZ"] {
            assert!(
                message(unassigned).contains("does not assign"),
                "{unassigned}"
            );
        }
    }

    #[test]
    fn iso_names_are_iso_3166s() {
        assert_eq!(CountryCode::JPN.iso_name(), "Japan");
        assert_eq!(CountryCode::KOR.iso_name(), "Korea (Republic of)");
        for c in rust_iso3166::ALL {
            assert_eq!(CountryCode::new(c.alpha3).unwrap().iso_name(), c.name);
        }
    }

    #[test]
    fn member_table_is_derived_from_the_matching_rules() {
        assert_eq!(UN_MEMBER_STATES.len(), 193);
        let mut seen = std::collections::HashSet::new();
        for (name, code) in UN_MEMBER_STATES {
            assert!(seen.insert(*code), "{code} listed twice");
            let iso = CountryCode::new(code.as_str()).unwrap();
            assert_eq!(iso, *code);
            // Re-derive the pair without the member table itself: an exact or
            // inverted ISO name first, else a base name that only one ISO
            // entry has.
            let folded = fold(name);
            let exact = rust_iso3166::ALL.iter().find(|c| {
                fold(c.name) == folded
                    || split_trailing_parenthesis(c.name)
                        .is_some_and(|(b, p)| fold(&format!("{p} {b}")) == folded)
            });
            let bases: Vec<_> = rust_iso3166::ALL
                .iter()
                .filter(|c| {
                    split_trailing_parenthesis(c.name).is_some_and(|(b, _)| fold(b) == folded)
                })
                .collect();
            let by_rule = exact
                .or(if bases.len() == 1 {
                    bases.first().copied()
                } else {
                    None
                })
                .map(|c| c.alpha3);
            let by_alias = IPI_ALIASES
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, c)| c.as_str());
            assert_eq!(by_rule.or(by_alias), Some(iso.as_str()), "{name}");
        }
    }

    #[test]
    fn ambiguous_bases_are_not_guessed() {
        assert_eq!(CountryCode::from_un_name("Korea"), None);
        assert_eq!(CountryCode::from_un_name("Virgin Islands"), None);
        assert_eq!(
            CountryCode::from_un_name("Democratic People's Republic of Korea"),
            Some(CountryCode::lit("PRK"))
        );
    }

    #[test]
    fn defunct_states_do_not_match() {
        for name in [
            "Czechoslovakia",
            "Democratic Yemen",
            "German Democratic Republic",
            "Germany, Federal Republic of",
            "Union of Soviet Socialist Republics",
            "United Arab Republic",
        ] {
            assert_eq!(CountryCode::from_un_name(name), None, "{name}");
        }
    }

    #[test]
    fn footnotes_and_former_names_are_normalised() {
        for (raw, clean) in [
            ("Serbia (formerly Yugoslavia) f/", "Serbia"),
            (
                "Belarus (formerly Byelorussian Soviet Socialist Republic)",
                "Belarus",
            ),
            ("  Japan  ", "Japan"),
            ("a/", "a/"),
            ("Chad b/", "Chad"),
            ("Unclosed (formerly x", "Unclosed"),
            ("Name abc", "Name abc"),
            ("Name AB/", "Name AB/"),
            ("Name abcd/", "Name abcd/"),
            ("Name 1/", "Name"),
        ] {
            assert_eq!(normalise_un_name(raw), clean);
        }
    }

    #[test]
    fn parse_rejects_each_bad_shape() {
        for bad in ["", "JP", "JPNX", "J1N", "日本", "JP "] {
            assert!(
                matches!(CountryCode::new(bad), Err(Error::CountryCodeShape { .. })),
                "{bad:?}"
            );
        }
        assert_eq!(
            CountryCode::new("xyz"),
            Err(Error::UnknownCountryCode {
                input: "XYZ".into()
            })
        );
    }

    #[test]
    fn equality_order_and_hash_go_by_the_letters() {
        use std::collections::HashSet;
        let (jpn, kor) = (CountryCode::JPN, CountryCode::KOR);
        assert_ne!(jpn, kor);
        assert_eq!(jpn, CountryCode::new("jpn").unwrap());
        assert!(jpn < kor && CountryCode::CHN < jpn);
        assert_eq!(jpn.cmp(&jpn), std::cmp::Ordering::Equal);
        let set: HashSet<CountryCode> = [jpn, kor, CountryCode::new("JPN").unwrap()]
            .into_iter()
            .collect();
        assert_eq!(set.len(), 2);
        let mut all: Vec<CountryCode> = CountryCode::un_member_states().collect();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 193);
        assert_eq!(all.first().map(CountryCode::as_str), Some("AFG"));
        assert_eq!(format!("{jpn:?}"), "CountryCode(JPN)");
    }

    #[test]
    fn membership() {
        assert!(CountryCode::JPN.is_un_member());
        let taiwan = CountryCode::new("TWN").unwrap();
        assert!(!taiwan.is_un_member());
        assert_eq!(taiwan.un_name(), None);
    }

    #[test]
    fn constants_are_assigned_codes() {
        for c in [
            CountryCode::JPN,
            CountryCode::CHN,
            CountryCode::KOR,
            CountryCode::USA,
        ] {
            assert_eq!(CountryCode::new(c.as_str()), Ok(c));
        }
    }
}
