//! The Act as in force on a date: regimes, the five principles, and the
//! sources every rule cites.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use pko_core::{DatePeriod, Locator, Source, date as day};

use crate::cite;
use crate::error::Error;

/// The Act's title as the Japanese Law Translation database gives it.
pub const ACT_TITLE: &str = "Act on Cooperation with United Nations Peacekeeping Operations and Other Operations (Act No. 79 of 1992)";

/// The Art. 18 cap on the persons engaged at a time (pre-2016 text): 2,000.
///
/// # Example
///
/// ```
/// assert_eq!(pko_principles::HEADCOUNT_CAP, 2_000);
/// ```
pub const HEADCOUNT_CAP: u32 = 2_000;

/// The day the Act came into force: 10 August 1992.
///
/// Source: Cabinet Office, International Peace Cooperation Headquarters,
/// 20th-anniversary page (primary).
pub const ACT_IN_FORCE: NaiveDate = day(1992, 8, 10);

/// An article of the Act in the Japanese text as it stood in July 2015
/// (as amended up to Act No. 118 of 2006), which carries the pre-2016
/// numbering.
///
/// # Example
///
/// ```
/// let s = pko_principles::law::article("24");
/// assert_eq!(s.locator().map(ToString::to_string).as_deref(), Some("Art. 24"));
/// ```
#[must_use]
pub fn article(locator: &'static str) -> Source {
    cite::act(locator)
}

/// A section of the speech (the English wording of the five principles is
/// in section B).
///
/// # Example
///
/// ```
/// let s = pko_principles::law::speech("B");
/// assert_eq!(s.locator().map(ToString::to_string).as_deref(), Some("section B"));
/// ```
#[must_use]
pub fn speech(section: &'static str) -> Source {
    Source::SPEECH.at(Locator::section(section))
}

/// The amendments that change what may be done, and the original Act.
///
/// Each regime is the Act as in force over a period. Technical amendments
/// (the 1999 central-government reform, the Defense Agency becoming the
/// Ministry of Defense in 2006) do not change what may be done and start no
/// regime. The amendment of 2024 (Act No. 24 of 2024, in force 12 July 2024)
/// is not modelled: its content is not verified, so the 2015 regime is
/// applied to later dates, and the assessment says so.
///
/// # Example
///
/// ```
/// use pko_principles::Regime;
///
/// let d = pko_core::date(2003, 1, 1);
/// assert_eq!(Regime::in_force_on(d)?, Regime::Amended2001);
/// assert!(Regime::in_force_on(pko_core::date(1992, 8, 9)).is_err());
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Regime {
    /// The Act as enacted: Act No. 79 of 1992, in force 10 August 1992.
    Act1992,
    /// After Act No. 102 of 1998, in force on promulgation, 12 June 1998.
    Amended1998,
    /// After Act No. 157 of 2001, in force on promulgation, 14 December 2001.
    Amended2001,
    /// After Act No. 76 of 2015 (Legislation for Peace and Security), in
    /// force 29 March 2016.
    Amended2015,
}

impl Regime {
    /// Every regime, oldest first.
    pub const ALL: &'static [Self] = &[
        Self::Act1992,
        Self::Amended1998,
        Self::Amended2001,
        Self::Amended2015,
    ];

    /// The regime in force on `date`.
    ///
    /// # Errors
    ///
    /// [`Error::BeforeAct`] for a date before 10 August 1992: there was no
    /// Act to apply, and pko does not guess.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Regime;
    ///
    /// let d = pko_core::date(2016, 3, 29);
    /// assert_eq!(Regime::in_force_on(d)?, Regime::Amended2015);
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    pub fn in_force_on(date: NaiveDate) -> Result<Self, Error> {
        Self::ALL
            .iter()
            .rev()
            .find(|r| r.in_force_from() <= date)
            .copied()
            .ok_or(Error::BeforeAct { date })
    }

    /// The first day the regime applies.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Regime;
    ///
    /// assert_eq!(Regime::Amended2015.in_force_from().to_string(), "2016-03-29");
    /// ```
    #[must_use]
    pub const fn in_force_from(self) -> NaiveDate {
        // Constants, so that they are computed once, at compile time.
        const FROM_1998: NaiveDate = day(1998, 6, 12);
        const FROM_2001: NaiveDate = day(2001, 12, 14);
        const FROM_2015: NaiveDate = day(2016, 3, 29);
        match self {
            Self::Act1992 => ACT_IN_FORCE,
            Self::Amended1998 => FROM_1998,
            Self::Amended2001 => FROM_2001,
            Self::Amended2015 => FROM_2015,
        }
    }

    /// The days the regime applies, bounds included; the 2015 regime is
    /// open-ended.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Regime;
    ///
    /// assert_eq!(Regime::Act1992.period().to_string(), "1992-08-10..=1998-06-11");
    /// assert_eq!(Regime::Amended2015.period().to_string(), "2016-03-29..");
    /// ```
    #[must_use]
    pub fn period(self) -> DatePeriod {
        let start = self.in_force_from();
        let next = Self::ALL
            .iter()
            .find(|r| **r > self)
            .and_then(|r| r.in_force_from().pred_opt());
        next.and_then(|end| DatePeriod::new(start, end).ok())
            .unwrap_or(DatePeriod::starting(start))
    }

    /// The act that made this regime (`Act No. 102 of 1998`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Regime::Amended2001.act(), "Act No. 157 of 2001");
    /// ```
    #[must_use]
    pub const fn act(self) -> &'static str {
        match self {
            Self::Act1992 => "Act No. 79 of 1992",
            Self::Amended1998 => "Act No. 102 of 1998",
            Self::Amended2001 => "Act No. 157 of 2001",
            Self::Amended2015 => "Act No. 76 of 2015",
        }
    }

    /// The day that act was promulgated.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Regime::Amended2015.promulgated().to_string(), "2015-09-30");
    /// ```
    #[must_use]
    pub const fn promulgated(self) -> NaiveDate {
        const P_1992: NaiveDate = day(1992, 6, 19);
        const P_1998: NaiveDate = day(1998, 6, 12);
        const P_2001: NaiveDate = day(2001, 12, 14);
        const P_2015: NaiveDate = day(2015, 9, 30);
        match self {
            Self::Act1992 => P_1992,
            Self::Amended1998 => P_1998,
            Self::Amended2001 => P_2001,
            Self::Amended2015 => P_2015,
        }
    }

    /// What the act changed, in one line each.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::Regime::Amended2001.changes()[0].contains("PKF core tasks"));
    /// ```
    #[must_use]
    pub const fn changes(self) -> &'static [&'static str] {
        match self {
            Self::Act1992 => &[
                "enables UN peacekeeping operations and humanitarian international relief operations; election observation is a task within a UN peacekeeping operation",
                "the PKF core tasks of Art. 3(3)(i)-(vi) are frozen for SDF units",
                "weapons may be used only to protect the lives or bodies of oneself and other personnel on site",
            ],
            Self::Amended1998 => &[
                "international election observation activities as a kind of operation of their own (Art. 3(2-2)), also at the request of regional organisations",
                "contributions in kind for humanitarian relief allowed without a ceasefire agreement",
                "from 12 July 1998, a unit uses weapons on the order of a superior officer present on site, unless danger is too imminent to wait (Art. 24(4))",
            ],
            Self::Amended2001 => &[
                "the freeze on the PKF core tasks is lifted",
                "from 14 January 2002, weapons may also protect persons who have come under the personnel's control",
                "from 14 January 2002, SDF Act Art. 95 (protection of weapons and equipment) applies to SDF personnel abroad",
            ],
            Self::Amended2015 => &[
                "new tasks: safety-ensuring operations (Art. 3(5)ト) and kaketsuke-keigo, coming to the aid of distant personnel under attack (Art. 3(5)ラ), only while the consents are judged stably maintained (Art. 6(1))",
                "joint protection of camps: SDF officers may use weapons with the foreign personnel lodging in the same camp when it is attacked (Art. 25(7))",
                "a new pillar: internationally coordinated operations for peace and security, not under UN command (Art. 3(2))",
                "conflict ended with no parties remaining: the ceasefire principle does not apply",
                "weapons may be used to execute safety-ensuring operations and kaketsuke-keigo (Art. 26(1), 26(2))",
            ],
        }
    }

    /// The source of the regime's dates and changes.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Reliability;
    ///
    /// assert_eq!(pko_principles::Regime::Amended1998.source().reliability(), Reliability::Primary);
    /// ```
    #[must_use]
    pub fn source(self) -> Source {
        match self {
            Self::Act1992 => cite::REGIME_1992.clone(),
            Self::Amended1998 => cite::REGIME_1998.clone(),
            Self::Amended2001 => cite::REGIME_2001.clone(),
            Self::Amended2015 => cite::REGIME_2015.clone(),
        }
    }

    /// The five principles as worded under this regime.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    ///
    /// let p5 = &Regime::Amended2015.principles()[4];
    /// assert_eq!(p5.principle(), Principle::MinimumUseOfWeapons);
    /// assert!(p5.english().contains("stably maintained"));
    /// ```
    #[must_use]
    pub fn principles(self) -> [PrincipleText; 5] {
        Principle::EACH.map(|p| p.text(self))
    }

    /// A short name (`1992`, `1998`, `2001`, `2015`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Regime::Amended1998.short_name(), "1998");
    /// ```
    #[must_use]
    pub const fn short_name(self) -> &'static str {
        match self {
            Self::Act1992 => "1992",
            Self::Amended1998 => "1998",
            Self::Amended2001 => "2001",
            Self::Amended2015 => "2015",
        }
    }
}

impl fmt::Display for Regime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Act1992 => f.write_str("the Act as enacted (Act No. 79 of 1992)"),
            other => write!(f, "the Act as amended by {}", other.act()),
        }
    }
}

impl FromStr for Regime {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::ALL
            .iter()
            .copied()
            .find(|r| r.short_name() == s)
            .ok_or_else(|| Error::UnknownRegime {
                input: s.to_owned(),
            })
    }
}

/// Japan's five principles for participation in UN peacekeeping.
///
/// # Example
///
/// ```
/// use pko_principles::Principle;
///
/// assert_eq!(Principle::Consent.number(), 2);
/// assert_eq!(Principle::Consent.to_string(), "principle 2 (consent)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Principle {
    /// 1. Agreement on a ceasefire among the parties to the conflict.
    Ceasefire,
    /// 2. Consent of the host state and the parties, to the operation and
    ///    to Japan's participation.
    Consent,
    /// 3. Strict impartiality.
    Impartiality,
    /// 4. Japan may suspend and withdraw if 1–3 cease to hold.
    Withdrawal,
    /// 5. Use of weapons limited to the minimum necessary.
    MinimumUseOfWeapons,
}

impl Principle {
    /// The five, in order.
    pub const ALL: &'static [Self] = &Self::EACH;

    /// [`Self::ALL`] as an array, for tables with one cell per value.
    pub(crate) const EACH: [Self; 5] = [
        Self::Ceasefire,
        Self::Consent,
        Self::Impartiality,
        Self::Withdrawal,
        Self::MinimumUseOfWeapons,
    ];

    /// The principle's number, 1–5.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Principle::MinimumUseOfWeapons.number(), 5);
    /// ```
    #[must_use]
    pub const fn number(self) -> u8 {
        match self {
            Self::Ceasefire => 1,
            Self::Consent => 2,
            Self::Impartiality => 3,
            Self::Withdrawal => 4,
            Self::MinimumUseOfWeapons => 5,
        }
    }

    /// A one-word name.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Principle::Withdrawal.name(), "withdrawal");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Ceasefire => "ceasefire",
            Self::Consent => "consent",
            Self::Impartiality => "impartiality",
            Self::Withdrawal => "withdrawal",
            Self::MinimumUseOfWeapons => "weapons",
        }
    }

    /// Where the statute puts the principle (pre-2016 numbering), as the
    /// Act's own cross-reference in Art. 6(7) lists them.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Principle::Consent.articles(), ["3(1)", "6(1)(i)"]);
    /// ```
    #[must_use]
    pub const fn articles(self) -> &'static [&'static str] {
        match self {
            Self::Ceasefire | Self::Impartiality => &["3(1)"],
            Self::Consent => &["3(1)", "6(1)(i)"],
            Self::Withdrawal => &["8(1)(vi)", "6(13)(i)"],
            Self::MinimumUseOfWeapons => &["24"],
        }
    }

    /// The principle as worded under a regime.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    ///
    /// let t = Principle::Ceasefire.text(Regime::Act1992);
    /// assert!(t.english().starts_with("Agreement on a cease-fire"));
    /// ```
    #[must_use]
    pub fn text(self, regime: Regime) -> PrincipleText {
        if self == Self::MinimumUseOfWeapons && regime >= Regime::Amended2015 {
            // The Cabinet Office's Japanese statement of the new principle 5
            // is not among this crate's sources; only an unofficial English
            // rendering of it is, which is what this carries.
            return PrincipleText {
                principle: self,
                english: "Use of weapons is, as a basis, the minimum necessary to protect the lives etc. of personnel; where it is confirmed that the host consent is stably maintained, use of weapons beyond self-preservation and protection of weapons is allowed when carrying out safety-ensuring operations and kaketsuke-keigo",
                english_source: cite::PRINCIPLE_5_2016.clone(),
                japanese: None,
                japanese_source: None,
                articles: &["25", "26"],
                note: Some(
                    "in force from 29 March 2016; unofficial English rendering of the Cabinet Office's Japanese statement, whose stored copy is cut off at the end",
                ),
            };
        }
        PrincipleText {
            principle: self,
            english: self.english(),
            english_source: speech("B"),
            japanese: Some(self.japanese_summary()),
            japanese_source: Some(cite::PRINCIPLES_JA.clone()),
            articles: self.articles(),
            note: None,
        }
    }

    /// The speech's English wording (section B).
    const fn english(self) -> &'static str {
        match self {
            Self::Ceasefire => {
                "Agreement on a cease-fire shall have been reached among the parties to armed conflicts"
            }
            Self::Consent => {
                "Consent for the undertaking of UN peacekeeping operations as well as Japan's participation in such operations shall have been obtained from the host countries as well as the parties to armed conflict"
            }
            Self::Impartiality => {
                "The operations shall strictly maintain impartiality, not favoring any of the parties to armed conflicts"
            }
            Self::Withdrawal => {
                "Should any of the requirements in the above-mentioned principles cease to be satisfied, the Government of Japan may withdraw Self-Defense Force (SDF) units"
            }
            Self::MinimumUseOfWeapons => {
                "The use of weapons shall be limited to the minimum necessary to protect the lives of personnel, etc."
            }
        }
    }

    /// The official Japanese summary (Cabinet Office, MOFA); principle 5 as
    /// worded until 28 March 2016.
    const fn japanese_summary(self) -> &'static str {
        match self {
            Self::Ceasefire => "紛争当事者の間で停戦の合意が成立していること",
            Self::Consent => {
                "当該平和維持隊が活動する地域の属する国及び紛争当事者が当該平和維持隊の活動及び当該平和維持隊への我が国の参加に同意していること"
            }
            Self::Impartiality => {
                "当該平和維持隊が特定の紛争当事者に偏ることなく、中立的な立場を厳守すること"
            }
            Self::Withdrawal => {
                "上記の原則のいずれかが満たされない状況が生じた場合には、我が国から参加した部隊は撤収することができること"
            }
            Self::MinimumUseOfWeapons => {
                "武器の使用は、要員の生命等の防護のために必要な最小限のものに限られること"
            }
        }
    }
}

impl fmt::Display for Principle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "principle {} ({})", self.number(), self.name())
    }
}

/// One principle as worded under one regime, with its sources.
///
/// # Example
///
/// ```
/// use pko_principles::{Principle, Regime};
///
/// let t = Principle::Withdrawal.text(Regime::Amended2001);
/// assert_eq!(t.english_source().locator().map(ToString::to_string).as_deref(), Some("section B"));
/// assert_eq!(t.articles(), ["8(1)(vi)", "6(13)(i)"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PrincipleText {
    principle: Principle,
    english: &'static str,
    english_source: Source,
    japanese: Option<&'static str>,
    japanese_source: Option<Source>,
    articles: &'static [&'static str],
    note: Option<&'static str>,
}

impl PrincipleText {
    /// Which principle.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    /// assert_eq!(Principle::Consent.text(Regime::Act1992).principle(), Principle::Consent);
    /// ```
    #[must_use]
    pub const fn principle(&self) -> Principle {
        self.principle
    }

    /// The English wording: the speech's (section B), or for principle 5 from
    /// 2016 an unofficial rendering of the Cabinet Office's statement.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    /// assert!(Principle::Impartiality.text(Regime::Act1992).english().contains("impartiality"));
    /// ```
    #[must_use]
    pub const fn english(&self) -> &'static str {
        self.english
    }

    /// Where the English wording comes from (for the 2016 principle 5, the
    /// Japanese statement it renders).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    /// assert_eq!(Principle::Consent.text(Regime::Act1992).english_source().issuer(), "Sukehiro Hasegawa");
    /// ```
    #[must_use]
    pub const fn english_source(&self) -> &Source {
        &self.english_source
    }

    /// The official Japanese summary, where this crate's sources hold it
    /// (not for principle 5 as reworded in 2016).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    /// assert!(Principle::Ceasefire.text(Regime::Act1992).japanese().is_some_and(|j| j.contains("停戦")));
    /// assert_eq!(Principle::MinimumUseOfWeapons.text(Regime::Amended2015).japanese(), None);
    /// ```
    #[must_use]
    pub const fn japanese(&self) -> Option<&'static str> {
        self.japanese
    }

    /// Where the Japanese wording comes from.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    /// assert!(Principle::Ceasefire.text(Regime::Act1992).japanese_source().is_some_and(|s| s.issuer().starts_with("Cabinet Office")));
    /// ```
    #[must_use]
    pub const fn japanese_source(&self) -> Option<&Source> {
        self.japanese_source.as_ref()
    }

    /// The statute articles (pre-2016 numbering; for principle 5 from
    /// 2016, the 2016 numbering: Art. 25 the successor of Art. 24, Art. 26
    /// for the execution of duties).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    /// assert_eq!(Principle::MinimumUseOfWeapons.text(Regime::Act1992).articles(), ["24"]);
    /// ```
    #[must_use]
    pub const fn articles(&self) -> &'static [&'static str] {
        self.articles
    }

    /// A note on the wording, where it changed.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Principle, Regime};
    /// assert!(Principle::MinimumUseOfWeapons.text(Regime::Amended2015).note().is_some());
    /// assert!(Principle::MinimumUseOfWeapons.text(Regime::Amended2001).note().is_none());
    /// ```
    #[must_use]
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }
}

/// Whether a provision is law, and from when.
///
/// The laws pko builds in know what came later: a provision that a later
/// amendment made law is [`Enactment::NotYet`] with the day it came into
/// force, so that an assessment can say "law only from" that day. A
/// reform that takes a provision out of the law makes it
/// [`Enactment::Repealed`].
///
/// # Example
///
/// ```
/// use pko_principles::Enactment;
///
/// let d = pko_core::date(2002, 1, 14);
/// assert!(Enactment::From { day: d }.in_force_on(d));
/// assert!(!Enactment::From { day: d }.in_force_on(pko_core::date(2002, 1, 13)));
/// assert!(!Enactment::NotYet { from: d }.in_force_on(d));
/// assert!(Enactment::InForce.in_force_on(d));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)
)]
pub enum Enactment {
    /// Law.
    InForce,
    /// Law from `day` (a provision whose coming into force was put off).
    From {
        /// The first day it applies.
        day: NaiveDate,
    },
    /// Not law under this text: a later amendment made it law from `from`.
    NotYet {
        /// The day it came into force.
        from: NaiveDate,
    },
    /// Not law: a reform took it out, or never put it in.
    Repealed,
}

impl Enactment {
    /// Whether the provision applies on `day`.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!pko_principles::Enactment::Repealed.in_force_on(pko_core::date(2020, 1, 1)));
    /// ```
    #[must_use]
    pub fn in_force_on(self, day: NaiveDate) -> bool {
        match self {
            Self::InForce => true,
            Self::From { day: from } => day >= from,
            Self::NotYet { .. } | Self::Repealed => false,
        }
    }

    /// The day from which the provision is (or was later made) law, where
    /// one is known.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Enactment;
    /// let d = pko_core::date(2016, 3, 29);
    /// assert_eq!(Enactment::NotYet { from: d }.from(), Some(d));
    /// assert_eq!(Enactment::InForce.from(), None);
    /// ```
    #[must_use]
    pub const fn from(self) -> Option<NaiveDate> {
        match self {
            Self::From { day } => Some(day),
            Self::NotYet { from } => Some(from),
            Self::InForce | Self::Repealed => None,
        }
    }
}

impl fmt::Display for Enactment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InForce => f.write_str("in force"),
            Self::From { day } => write!(f, "in force from {day}"),
            Self::NotYet { from } => write!(f, "not yet law (law from {from})"),
            Self::Repealed => f.write_str("not law"),
        }
    }
}

/// Dates within a regime on which a single provision changed.
pub(crate) mod effective {
    use super::day;
    use chrono::NaiveDate;

    /// Act No. 102 of 1998: "the amendment of Art. 24 comes into force on the
    /// day on which one month has passed counting from the day of
    /// promulgation" (supplementary provision). Promulgated 12 June 1998.
    pub(crate) const SUPERIOR_ORDER_RULE: NaiveDate = day(1998, 7, 12);
    /// Act No. 157 of 2001: the same one-month rule from 14 December 2001.
    pub(crate) const ART_24_2001: NaiveDate = day(2002, 1, 14);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regime_boundaries() {
        let check = |y, m, d, expected: Result<Regime, ()>| {
            let date = day(y, m, d);
            assert_eq!(
                Regime::in_force_on(date).map_err(|_| ()),
                expected,
                "{date}"
            );
        };
        check(1992, 8, 9, Err(()));
        check(1992, 8, 10, Ok(Regime::Act1992));
        check(1998, 6, 11, Ok(Regime::Act1992));
        check(1998, 6, 12, Ok(Regime::Amended1998));
        check(2001, 12, 13, Ok(Regime::Amended1998));
        check(2001, 12, 14, Ok(Regime::Amended2001));
        check(2016, 3, 28, Ok(Regime::Amended2001));
        check(2016, 3, 29, Ok(Regime::Amended2015));
        check(2026, 11, 27, Ok(Regime::Amended2015));
    }

    #[test]
    fn periods_tile_the_timeline() {
        let periods: Vec<DatePeriod> = Regime::ALL.iter().map(|r| r.period()).collect();
        for pair in periods.windows(2) {
            let end = pair[0].end().unwrap();
            assert_eq!(end.succ_opt(), Some(pair[1].start()));
        }
        assert_eq!(periods[3].end(), None);
    }

    #[test]
    fn each_regime_is_promulgated_before_it_is_in_force_and_reads_back() {
        for &r in Regime::ALL {
            assert!(r.promulgated() <= r.in_force_from());
            assert_eq!(r.short_name().parse::<Regime>().unwrap(), r);
        }
    }
}
