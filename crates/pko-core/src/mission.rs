//! UN mission acronyms.

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
pub struct MissionCode(Box<str>);

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
            .map(|()| Self(input.into()))
            .map_err(|reason| Error::MissionCodeShape {
                input: input.to_owned(),
                reason,
            })
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
    if input.is_empty() {
        return Err(MissionCodeProblem::Empty);
    }
    if input.len() > MAX_LEN {
        return Err(MissionCodeProblem::TooLong);
    }
    if input.chars().any(char::is_lowercase) {
        return Err(MissionCodeProblem::NotUppercase);
    }
    let (head, tail) = match input.split_once([' ', '-']) {
        Some((head, tail)) => (head, Some(tail)),
        None => (input, None),
    };
    let capital_or_digit = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    if !head.bytes().all(capital_or_digit) {
        return Err(MissionCodeProblem::BadCharacter);
    }
    if let Some(tail) = tail
        && (tail.is_empty() || !tail.bytes().all(capital_or_digit))
    {
        return Err(MissionCodeProblem::BadCharacter);
    }
    let leading_capitals = head.bytes().take_while(u8::is_ascii_uppercase).count();
    if leading_capitals < 2 {
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
    }
}
