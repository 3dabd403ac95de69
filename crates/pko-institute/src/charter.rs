//! The charter of the proposed institute, every rule citing speech
//! section F.

use std::fmt;
use std::str::FromStr;

use pko_core::{CountryCode, Locator, Source, Usd};

use crate::Error;

/// The speech, section F: where the institute is proposed.
///
/// # Example
///
/// ```
/// assert_eq!(pko_institute::section_f().locator().map(ToString::to_string), Some("section F".into()));
/// ```
#[must_use]
pub fn section_f() -> Source {
    Source::SPEECH.at(Locator::section("F"))
}

/// A rule of the charter, with the sentence of section F it comes from.
///
/// # Example
///
/// ```
/// use pko_institute::Rule;
///
/// assert!(Rule::DirectorTerm.text().contains("five years"));
/// assert_eq!(Rule::DirectorTerm.citation().locator().map(ToString::to_string), Some("section F".into()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Rule {
    /// Where the institute sits.
    Seat,
    /// The Director is appointed in rotation among the member states.
    DirectorRotation,
    /// The Director serves for five years.
    DirectorTerm,
    /// Three Deputy Directors assist the Director.
    DeputyDirectors,
    /// Who sits on the Governing Council.
    CouncilComposition,
    /// The NGO representation on the Governing Council.
    NgoRepresentation,
    /// Council members get no salary, only honoraria and travel and
    /// accommodation costs during council meetings.
    CouncilPay,
    /// The five work areas.
    WorkAreas,
    /// Working with the UN, ASEAN and other regional organisations.
    Partners,
    /// The member states (the speech leaves them open).
    Membership,
    /// The Director manages under the Governing Council's overall policy
    /// guidance.
    DirectorUnderCouncil,
    /// The human-security programme areas and who carries them out.
    HumanSecurityAreas,
    /// How to run the secretariat (asked, not answered).
    Secretariat,
    /// How to determine financial eligibility (asked, not answered).
    FinancialEligibility,
}

impl Rule {
    /// Every rule, in the order of section F.
    pub const ALL: &'static [Self] = &[
        Self::Seat,
        Self::DirectorRotation,
        Self::DirectorTerm,
        Self::DeputyDirectors,
        Self::CouncilComposition,
        Self::NgoRepresentation,
        Self::CouncilPay,
        Self::WorkAreas,
        Self::Partners,
        Self::Membership,
        Self::DirectorUnderCouncil,
        Self::HumanSecurityAreas,
        Self::Secretariat,
        Self::FinancialEligibility,
    ];

    /// The speech's words for the rule (section F).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_institute::Rule::CouncilPay.text().contains("honorarium"));
    /// ```
    #[must_use]
    pub const fn text(self) -> &'static str {
        match self {
            Self::Seat => {
                "(AIPO) can be established in Okinawa as its location is central in the East Asia and its people has suffered a great deal from the World War II"
            }
            Self::DirectorRotation => {
                "The Director should be appointed on a rotational basis among the regional states"
            }
            Self::DirectorTerm => "and serve for a period of five years",
            Self::DeputyDirectors => "He will be assisted by three Deputy Directors",
            Self::CouncilComposition => {
                "The Governing Council should consist of one representative from each government, one former senior official of each regional member state who had served in UN peace operations, and one representative of non-government organizations engaged in humanitarian and development activities"
            }
            Self::NgoRepresentation => {
                "and one representative of non-government organizations engaged in humanitarian and development activities"
            }
            Self::CouncilPay => {
                "The members will not be paid any regular salary payment, but they will be paid for honorarium and costs of transportation and accommodation during the meetings of the Governing Council"
            }
            Self::WorkAreas => {
                "in five areas: (1) conflict prevention, (2) peacekeeping (3) humanitarian assistance, (4) peacebuilding and (5) post-conflict recovery, reconstruction and development"
            }
            Self::Partners => {
                "should work closely with the United Nations and ASEAN and other regional organizations"
            }
            Self::Membership => {
                "Japan, China and Korea ... the four East Asian countries: the speech does not fix the membership"
            }
            Self::DirectorUnderCouncil => {
                "The regional institute will be managed by a Director under the overall policy guidance of a Governing Council"
            }
            Self::HumanSecurityAreas => {
                "They should include activities designed to strengthen the rule of law, security sector reform, electoral assistance, protection of civilians including refugees and IDPs, food security and education. They should be carried out by not only international but also national and non-governmental organizations"
            }
            Self::Secretariat => "Where to station the Headquarters, how to run the Secretariat",
            Self::FinancialEligibility => {
                "how to determine financial eligibility and contribution from each country"
            }
        }
    }

    /// Where the rule comes from: speech section F (section E for the
    /// "four East Asian countries" of the membership rule).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_institute::Rule;
    /// assert_eq!(Rule::Seat.citation(), pko_institute::section_f());
    /// ```
    #[must_use]
    pub fn citation(self) -> Source {
        section_f()
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Seat => "seat",
            Self::DirectorRotation => "Director in rotation",
            Self::DirectorTerm => "Director's five-year term",
            Self::DeputyDirectors => "three Deputy Directors",
            Self::CouncilComposition => "Governing Council composition",
            Self::NgoRepresentation => "NGO representation",
            Self::CouncilPay => "council members' pay",
            Self::WorkAreas => "five work areas",
            Self::Partners => "partners",
            Self::Membership => "membership",
            Self::DirectorUnderCouncil => "Director under the Council's guidance",
            Self::HumanSecurityAreas => "human-security programmes",
            Self::Secretariat => "secretariat",
            Self::FinancialEligibility => "financial eligibility",
        })
    }
}

/// The five work areas of the institute (section F).
///
/// # Example
///
/// ```
/// use pko_institute::WorkArea;
///
/// assert_eq!("peacebuilding".parse::<WorkArea>()?, WorkArea::Peacebuilding);
/// assert_eq!(WorkArea::PostConflictRecovery.to_string(), "post-conflict recovery, reconstruction and development");
/// assert!("border security".parse::<WorkArea>().is_err());
/// # Ok::<(), pko_institute::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum WorkArea {
    /// (1) Conflict prevention.
    ConflictPrevention,
    /// (2) Peacekeeping.
    Peacekeeping,
    /// (3) Humanitarian assistance.
    HumanitarianAssistance,
    /// (4) Peacebuilding.
    Peacebuilding,
    /// (5) Post-conflict recovery, reconstruction and development.
    PostConflictRecovery,
}

impl WorkArea {
    /// The five, in the speech's order.
    pub const ALL: &'static [Self] = &[
        Self::ConflictPrevention,
        Self::Peacekeeping,
        Self::HumanitarianAssistance,
        Self::Peacebuilding,
        Self::PostConflictRecovery,
    ];

    /// The speech's number for the area, 1–5.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_institute::WorkArea::Peacebuilding.number(), 4);
    /// ```
    #[must_use]
    pub const fn number(self) -> u8 {
        match self {
            Self::ConflictPrevention => 1,
            Self::Peacekeeping => 2,
            Self::HumanitarianAssistance => 3,
            Self::Peacebuilding => 4,
            Self::PostConflictRecovery => 5,
        }
    }
}

impl fmt::Display for WorkArea {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Self::ConflictPrevention => "conflict prevention",
            Self::Peacekeeping => "peacekeeping",
            Self::HumanitarianAssistance => "humanitarian assistance",
            Self::Peacebuilding => "peacebuilding",
            Self::PostConflictRecovery => "post-conflict recovery, reconstruction and development",
        })
    }
}

/// The entry of `all` that `input` names: its text in any case, with `_`
/// for spaces, a leading "the " left off, or one of its short forms.
pub(crate) fn by_name<T: Copy + PartialEq + fmt::Display>(
    input: &str,
    all: &[T],
    short: &[(T, &str)],
) -> Option<T> {
    let key = input.trim().to_lowercase().replace('_', " ");
    all.iter().copied().find(|a| {
        let name = a.to_string().to_lowercase();
        name == key
            || name.strip_prefix("the ") == Some(key.as_str())
            || short.iter().any(|(t, s)| t == a && *s == key)
    })
}

impl FromStr for WorkArea {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        by_name(
            s,
            Self::ALL,
            &[(Self::PostConflictRecovery, "post-conflict recovery")],
        )
        .ok_or_else(|| Error::UnknownWorkArea { name: s.to_owned() })
    }
}

/// How many NGO seats the Governing Council has. The speech's sentence
/// ("one representative from each government, one former senior official
/// of each regional member state …, and one representative of
/// non-government organizations") can be read either way.
///
/// # Example
///
/// ```
/// use pko_institute::NgoSeats;
///
/// assert_eq!(NgoSeats::default(), NgoSeats::OneInTotal);
/// assert_eq!(NgoSeats::OnePerMember.count(3), 3);
/// assert_eq!(NgoSeats::OneInTotal.count(3), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum NgoSeats {
    /// One NGO representative on the whole council (the default: "one
    /// representative" is not qualified by "each", unlike the two seats
    /// before it).
    #[default]
    OneInTotal,
    /// One NGO representative per member state.
    OnePerMember,
}

impl NgoSeats {
    /// The number of NGO seats for `members` member states.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_institute::NgoSeats::OneInTotal.count(0), 1);
    /// ```
    #[must_use]
    pub const fn count(self, members: usize) -> usize {
        match self {
            Self::OneInTotal => 1,
            Self::OnePerMember => members,
        }
    }
}

/// How a term that starts on 29 February is carried to the years without
/// one. Terms run from one anniversary of the first term's start to the
/// day before the fifth anniversary after it, anniversaries being counted
/// from the **first** start (so no drift accumulates).
///
/// # Example
///
/// ```
/// use pko_institute::LeapDay;
/// assert_eq!(LeapDay::default(), LeapDay::LastDayOfFebruary);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum LeapDay {
    /// 29 February becomes 28 February in common years (the default; the
    /// speech is silent).
    #[default]
    LastDayOfFebruary,
    /// 29 February becomes 1 March in common years.
    FirstOfMarch,
}

/// The charter: the institute's constitution as the speech proposes it,
/// every element overridable where the speech is silent or ambiguous.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{Charter, NgoSeats};
///
/// let charter = Charter::proposed(&[CountryCode::JPN, CountryCode::CHN, CountryCode::KOR])?;
/// assert_eq!(charter.seat(), "Okinawa");
/// assert_eq!(charter.term_years(), 5);
/// assert_eq!(charter.deputies(), 3);
/// assert_eq!(charter.council_seats(), 7); // 3 governments + 3 former officials + 1 NGO
/// let wide = charter.clone().with_ngo_seats(NgoSeats::OnePerMember);
/// assert_eq!(wide.council_seats(), 9);
/// # Ok::<(), pko_institute::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Charter {
    name: String,
    seat: String,
    members: Vec<CountryCode>,
    term_years: u8,
    deputies: u8,
    ngo_seats: NgoSeats,
    leap_day: LeapDay,
    partners: Vec<String>,
    secretariat: Option<String>,
    financial_eligibility: FinancialEligibility,
}

impl Charter {
    /// The institute as section F proposes it, for the given member states:
    /// "Asian Institute for Peace Operations of the United Nations (AIPO)",
    /// seated in Okinawa, a Director in rotation for five years, three
    /// Deputy Directors, a Governing Council of one government
    /// representative and one former senior official with UN peace
    /// operations service per member plus NGO representation
    /// ([`NgoSeats::OneInTotal`] by default), partners the UN, ASEAN and
    /// other regional organisations.
    ///
    /// # Errors
    ///
    /// [`Error::NoMembers`], [`Error::DuplicateMember`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::CountryCode;
    /// let c = pko_institute::Charter::proposed(&[CountryCode::JPN])?;
    /// assert_eq!(c.name(), "Asian Institute for Peace Operations of the United Nations (AIPO)");
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    pub fn proposed(members: &[CountryCode]) -> Result<Self, Error> {
        if members.is_empty() {
            return Err(Error::NoMembers);
        }
        for (i, m) in members.iter().enumerate() {
            if members.iter().take(i).any(|x| x == m) {
                return Err(Error::DuplicateMember { country: *m });
            }
        }
        Ok(Self {
            name: "Asian Institute for Peace Operations of the United Nations (AIPO)".into(),
            seat: "Okinawa".into(),
            members: members.to_vec(),
            term_years: 5,
            deputies: 3,
            ngo_seats: NgoSeats::default(),
            leap_day: LeapDay::default(),
            partners: vec![
                "United Nations".into(),
                "ASEAN".into(),
                "other regional organisations".into(),
            ],
            secretariat: None,
            financial_eligibility: FinancialEligibility::default(),
        })
    }

    /// The same charter with another seat.
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.with_seat("Seoul").seat(), "Seoul");
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn with_seat(mut self, seat: impl Into<String>) -> Self {
        self.seat = seat.into();
        self
    }

    /// The same charter with the secretariat somewhere else than the seat.
    ///
    /// The speech asks "where to station the Headquarters, how to run the
    /// Secretariat" and names only the seat (Okinawa); by default the
    /// secretariat sits at the seat.
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.secretariat(), "Okinawa");
    /// assert_eq!(c.with_secretariat("Tokyo").secretariat(), "Tokyo");
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn with_secretariat(mut self, place: impl Into<String>) -> Self {
        self.secretariat = Some(place.into());
        self
    }

    /// Where the secretariat sits: the seat unless set otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.with_seat("Seoul").secretariat(), "Seoul");
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn secretariat(&self) -> &str {
        self.secretariat.as_deref().unwrap_or(&self.seat)
    }

    /// The same charter with another reading of financial eligibility.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_institute::FinancialEligibility;
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// let strict = c.with_financial_eligibility(FinancialEligibility::NoArrears);
    /// assert_eq!(strict.financial_eligibility(), FinancialEligibility::NoArrears);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn with_financial_eligibility(mut self, rule: FinancialEligibility) -> Self {
        self.financial_eligibility = rule;
        self
    }

    /// How financial eligibility is determined (an assumption: the speech
    /// asks and does not answer).
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_institute::FinancialEligibility;
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.financial_eligibility(), FinancialEligibility::EveryMember);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn financial_eligibility(&self) -> FinancialEligibility {
        self.financial_eligibility
    }

    /// The same charter with another reading of the NGO seat.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_institute::NgoSeats;
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.with_ngo_seats(NgoSeats::OnePerMember).ngo_seats(), NgoSeats::OnePerMember);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn with_ngo_seats(mut self, ngo_seats: NgoSeats) -> Self {
        self.ngo_seats = ngo_seats;
        self
    }

    /// The same charter with another 29 February rule.
    ///
    /// # Example
    ///
    /// ```
    /// # use pko_institute::LeapDay;
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.with_leap_day(LeapDay::FirstOfMarch).leap_day(), LeapDay::FirstOfMarch);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn with_leap_day(mut self, leap_day: LeapDay) -> Self {
        self.leap_day = leap_day;
        self
    }

    /// The institute's name (section F).
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert!(c.name().contains("AIPO"));
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its seat (section F: Okinawa).
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.seat(), "Okinawa");
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn seat(&self) -> &str {
        &self.seat
    }

    /// The member states (an input: the speech names Japan, China and the
    /// Republic of Korea and elsewhere speaks of four East Asian countries).
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.members(), [pko_core::CountryCode::JPN]);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn members(&self) -> &[CountryCode] {
        &self.members
    }

    /// Whether `country` is a member.
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert!(!c.is_member(pko_core::CountryCode::USA));
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn is_member(&self, country: CountryCode) -> bool {
        self.members.contains(&country)
    }

    /// The Director's term in years (section F: five).
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.term_years(), 5);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn term_years(&self) -> u8 {
        self.term_years
    }

    /// The number of Deputy Directors (section F: three).
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.deputies(), 3);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn deputies(&self) -> u8 {
        self.deputies
    }

    /// The NGO seat reading.
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.ngo_seats(), pko_institute::NgoSeats::OneInTotal);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn ngo_seats(&self) -> NgoSeats {
        self.ngo_seats
    }

    /// The 29 February rule for terms.
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert_eq!(c.leap_day(), pko_institute::LeapDay::LastDayOfFebruary);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn leap_day(&self) -> LeapDay {
        self.leap_day
    }

    /// The partners (section F: the UN, ASEAN, other regional
    /// organisations).
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN])?;
    /// assert!(c.partners().iter().any(|p| p == "ASEAN"));
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub fn partners(&self) -> &[String] {
        &self.partners
    }

    /// The number of Governing Council seats: a government representative
    /// and a former senior official per member, plus the NGO seats.
    ///
    /// # Example
    ///
    /// ```
    /// # let c = pko_institute::Charter::proposed(&[pko_core::CountryCode::JPN, pko_core::CountryCode::KOR])?;
    /// assert_eq!(c.council_seats(), 5);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    #[must_use]
    pub const fn council_seats(&self) -> usize {
        2 * self.members.len() + self.ngo_seats.count(self.members.len())
    }
}

impl fmt::Display for Charter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let members: Vec<&str> = self
            .members
            .iter()
            .map(|m| m.un_name().unwrap_or(m.as_str()))
            .collect();
        writeln!(
            f,
            "{} — seat: {}; secretariat: {}",
            self.name,
            self.seat,
            self.secretariat()
        )?;
        writeln!(f, "  members: {}", members.join(", "))?;
        writeln!(
            f,
            "  Director: in rotation among the members, {}-year terms, under the Governing Council's policy guidance; {} Deputy Directors",
            self.term_years, self.deputies
        )?;
        writeln!(
            f,
            "  Governing Council: {} seats ({} government representatives, {} former senior officials with UN peace-operations service, {} NGO)",
            self.council_seats(),
            self.members.len(),
            self.members.len(),
            self.ngo_seats.count(self.members.len())
        )?;
        writeln!(
            f,
            "  council members: no salary; honoraria, travel and accommodation for council meetings"
        )?;
        let areas: Vec<String> = WorkArea::ALL.iter().map(ToString::to_string).collect();
        writeln!(f, "  work areas: {}", areas.join("; "))?;
        write!(f, "  partners: {}", self.partners.join(", "))
    }
}

/// How "financial eligibility" is determined: the speech asks the question
/// ("how to determine financial eligibility and contribution from each
/// country") and does not answer it. A named assumption.
///
/// # Example
///
/// ```
/// use pko_institute::FinancialEligibility;
/// assert_eq!(FinancialEligibility::default(), FinancialEligibility::EveryMember);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum FinancialEligibility {
    /// Every member state is eligible, whatever it owes (the default: the
    /// speech sets no condition).
    #[default]
    EveryMember,
    /// A member state owing the institute anything is not eligible.
    NoArrears,
}

impl FinancialEligibility {
    /// Whether a member owing `arrears` is eligible.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_core::Usd;
    /// use pko_institute::FinancialEligibility;
    ///
    /// let owes = Usd::from_dollars(1_000);
    /// assert!(FinancialEligibility::EveryMember.eligible(owes));
    /// assert!(!FinancialEligibility::NoArrears.eligible(owes));
    /// assert!(FinancialEligibility::NoArrears.eligible(Usd::ZERO));
    /// ```
    #[must_use]
    pub fn eligible(self, arrears: Usd) -> bool {
        match self {
            Self::EveryMember => true,
            Self::NoArrears => arrears <= Usd::ZERO,
        }
    }
}
