//! UN mission acronyms.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::{Error, MissionCodeProblem};

/// A UN mission acronym (`UNTAC`, `UNMISS`, `MINUSTAH`, `MONUSCO`,
/// `UNAVEM II`).
///
/// The UN keeps no machine-readable register of acronyms, so the type checks
/// the shape every acronym has, not membership of a list: at least two
/// capital letters first, then capitals and digits, optionally one space or
/// hyphen before a suffix of capitals and digits (a roman numeral such as
/// `II`); 16 characters at most. Parsing does not change the input, so
/// `Display` and `FromStr` round-trip.
///
/// # Example
///
/// ```
/// use pko_core::MissionCode;
///
/// let m: MissionCode = "UNAVEM II".parse()?;
/// assert_eq!(m.as_str(), "UNAVEM II");
/// assert!("Unmiss".parse::<MissionCode>().is_err());
/// # Ok::<(), pko_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MissionCode(Cow<'static, str>);

/// The longest acronym accepted, in bytes.
const MAX_LEN: usize = 16;

impl MissionCode {
    /// Validates an acronym.
    ///
    /// # Errors
    ///
    /// [`Error::MissionCodeShape`] with the [`MissionCodeProblem`] found.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::MissionCode;
    ///
    /// assert_eq!(MissionCode::new("UNMISS")?.as_str(), "UNMISS");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    pub fn new(input: &str) -> Result<Self, Error> {
        check_shape(input)
            .map(|()| Self(Cow::Owned(input.to_owned())))
            .map_err(|reason| Error::MissionCodeShape {
                input: input.to_owned(),
                reason,
            })
    }

    /// An acronym written as a literal, for tables of real-world data:
    /// `MissionCode::lit("UNMISS")`, with no `Result` to handle.
    ///
    /// In a `const` or `static` a malformed acronym fails the build;
    /// elsewhere it panics. For acronyms that come from input, use
    /// [`MissionCode::new`] or `parse`, which return an error instead.
    ///
    /// # Panics
    ///
    /// If the literal does not have the shape [`MissionCode::new`] accepts
    /// (`MissionCode::lit("Unmiss")`).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::MissionCode;
    ///
    /// const UNMISS: MissionCode = MissionCode::lit("UNMISS");
    /// assert_eq!(UNMISS, "UNMISS".parse()?);
    /// assert_eq!(MissionCode::lit("UNAVEM II").as_str(), "UNAVEM II");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    #[expect(
        clippy::panic,
        reason = "a malformed literal is a bug in the caller's source, caught at build time in const contexts"
    )]
    pub const fn lit(acronym: &'static str) -> Self {
        match check_bytes(acronym.as_bytes()) {
            Ok(()) => Self(Cow::Borrowed(acronym)),
            Err(_) => panic!("pko_core::MissionCode::lit: not a UN mission acronym"),
        }
    }

    /// The acronym.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_core::MissionCode::new("UNTAC")?.as_str(), "UNTAC");
    /// # Ok::<(), pko_core::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn check_shape(input: &str) -> Result<(), MissionCodeProblem> {
    // A lower-case letter outside ASCII is "not upper case", as an ASCII
    // one is; every other byte is checked by `check_bytes`.
    if !input.is_empty() && input.len() <= MAX_LEN && input.chars().any(char::is_lowercase) {
        return Err(MissionCodeProblem::NotUppercase);
    }
    check_bytes(input.as_bytes())
}

/// The shape of an acronym, byte by byte (so that [`MissionCode::lit`] can
/// check it in a `const`): at least two capitals first, then capitals and
/// digits, optionally one space or hyphen before a non-empty suffix of
/// capitals and digits.
const fn check_bytes(bytes: &[u8]) -> Result<(), MissionCodeProblem> {
    const fn capital_or_digit(c: u8) -> bool {
        c.is_ascii_uppercase() || c.is_ascii_digit()
    }
    if bytes.is_empty() {
        return Err(MissionCodeProblem::Empty);
    }
    if bytes.len() > MAX_LEN {
        return Err(MissionCodeProblem::TooLong);
    }
    let mut rest = bytes;
    while let [c, tail @ ..] = rest {
        if c.is_ascii_lowercase() {
            return Err(MissionCodeProblem::NotUppercase);
        }
        rest = tail;
    }
    // The head, up to the first space or hyphen; its leading capitals.
    let mut rest = bytes;
    let mut capitals = 0;
    let mut leading = true;
    while let [c, tail @ ..] = rest {
        if *c == b' ' || *c == b'-' {
            break;
        }
        if !capital_or_digit(*c) {
            return Err(MissionCodeProblem::BadCharacter);
        }
        leading = leading && c.is_ascii_uppercase();
        if leading {
            capitals += 1;
        }
        rest = tail;
    }
    // After the separator, a non-empty suffix of capitals and digits.
    if let [_, suffix @ ..] = rest {
        if suffix.is_empty() {
            return Err(MissionCodeProblem::BadCharacter);
        }
        let mut s = suffix;
        while let [c, tail @ ..] = s {
            if !capital_or_digit(*c) {
                return Err(MissionCodeProblem::BadCharacter);
            }
            s = tail;
        }
    }
    if capitals < 2 {
        return Err(MissionCodeProblem::TooShort);
    }
    Ok(())
}

impl fmt::Display for MissionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl FromStr for MissionCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::new(s)
    }
}

crate::schema_via_str!(MissionCode, "MissionCode", {
    "description": "A UN mission's acronym: at least two capitals first, then capitals and digits, optionally one space or hyphen before a suffix of capitals and digits (`UNMISS`, `UNAVEM II`).",
    "type": "string",
    "minLength": 2,
    "maxLength": 16,
    "pattern": "^[A-Z]{2}[A-Z0-9]*([ -][A-Z0-9]+)?$",
    "examples": ["UNMISS"]
});

crate::serde_via_str!(MissionCode, "a UN mission acronym");

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<(), MissionCodeProblem>) {
        assert_eq!(check_shape(input), expected, "{input:?}");
    }

    #[test]
    fn accepts_real_acronyms() {
        for ok in [
            "UNTAC",
            "UNMISS",
            "MINUSTAH",
            "MONUSCO",
            "UNAVEM II",
            "ONUMOZ",
            "UNDOF",
            "UNMIT",
            "BNUB",
            "UNEF-II",
            "UNOSOM II",
            "UN2",
        ] {
            check(ok, Ok(()));
        }
    }

    #[test]
    fn a_literal_is_what_parsing_gives() {
        for ok in ["UNTAC", "UNAVEM II", "UNEF-II", "MFO"] {
            assert_eq!(MissionCode::lit(ok), MissionCode::new(ok).unwrap());
        }
    }

    #[test]
    fn sixteen_characters_is_the_longest() {
        check("ABCDEFGHIJKLMNOP", Ok(()));
        check("ABCDEFGHIJKLMNOPQ", Err(MissionCodeProblem::TooLong));
    }

    #[test]
    fn rejects_each_bad_shape() {
        check("", Err(MissionCodeProblem::Empty));
        check("UNMISSUNMISSUNMIS", Err(MissionCodeProblem::TooLong));
        check("Unmiss", Err(MissionCodeProblem::NotUppercase));
        check("UN_MISS", Err(MissionCodeProblem::BadCharacter));
        check("UNAVEM  II", Err(MissionCodeProblem::BadCharacter));
        check("UNAVEM ", Err(MissionCodeProblem::BadCharacter));
        check("UN MI SS", Err(MissionCodeProblem::BadCharacter));
        check("U", Err(MissionCodeProblem::TooShort));
        check("1UN", Err(MissionCodeProblem::TooShort));
        check(" UN", Err(MissionCodeProblem::TooShort));
        check("ÜNMISS", Err(MissionCodeProblem::BadCharacter));
        // A lower-case letter outside ASCII is "not upper case" too, unless
        // the code is too long or empty, which is said first.
        check("UNMISé", Err(MissionCodeProblem::NotUppercase));
        check("ABCDEFGHIJKLMNOPé", Err(MissionCodeProblem::TooLong));
    }
}
