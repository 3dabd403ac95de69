//! The Deputy Directors and the Governing Council.

use std::collections::{HashMap, HashSet};

use pko_core::CountryCode;

use crate::{Charter, Problem, ProblemKind, Rule, SeatKind};

/// Constraints on the Deputy Directors beyond their number. The speech
/// says only "three Deputy Directors"; each constraint is off unless
/// chosen.
///
/// # Example
///
/// ```
/// use pko_institute::DeputyRules;
///
/// let strict = DeputyRules { not_directors_nationality: true, ..DeputyRules::default() };
/// assert!(!strict.distinct_nationalities);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct DeputyRules {
    /// No deputy of the Director's nationality.
    pub not_directors_nationality: bool,
    /// No two deputies of one nationality.
    pub distinct_nationalities: bool,
    /// Deputies only from member states.
    pub members_only: bool,
}

/// Checks the Deputy Directors (by nationality) against the charter's
/// number and the chosen [`DeputyRules`], reporting every problem.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{validate_deputies, Charter, DeputyRules};
///
/// let members = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
/// let charter = Charter::proposed(&members)?;
/// let deputies = [CountryCode::JPN, CountryCode::CHN, CountryCode::KOR];
/// assert!(validate_deputies(&charter, CountryCode::JPN, &deputies, &DeputyRules::default()).is_empty());
/// let strict = DeputyRules { not_directors_nationality: true, ..DeputyRules::default() };
/// assert_eq!(validate_deputies(&charter, CountryCode::JPN, &deputies, &strict).len(), 1);
/// # Ok::<(), pko_institute::Error>(())
/// ```
#[must_use]
pub fn validate_deputies(
    charter: &Charter,
    director: CountryCode,
    deputies: &[CountryCode],
    rules: &DeputyRules,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    if deputies.len() != usize::from(charter.deputies()) {
        problems.push(Problem::new(
            Rule::DeputyDirectors,
            ProblemKind::WrongDeputyCount {
                expected: charter.deputies(),
                found: deputies.len(),
            },
        ));
    }
    for (i, d) in deputies.iter().enumerate() {
        if rules.not_directors_nationality && *d == director {
            problems.push(Problem::new(
                Rule::DeputyDirectors,
                ProblemKind::DeputyOfDirectorsNationality {
                    index: i,
                    state: *d,
                },
            ));
        }
        if rules.distinct_nationalities && deputies.iter().take(i).any(|x| x == d) {
            problems.push(Problem::new(
                Rule::DeputyDirectors,
                ProblemKind::DeputiesOfOneNationality {
                    index: i,
                    state: *d,
                },
            ));
        }
        if rules.members_only && !charter.is_member(*d) {
            problems.push(Problem::new(
                Rule::Membership,
                ProblemKind::NonMember {
                    index: i,
                    state: *d,
                },
            ));
        }
    }
    problems
}

/// A seat on the Governing Council and who holds it.
///
/// JSON: `{"government": {"person": "…", "state": "JPN"}}`,
/// `{"former_official": {"person": "…", "state": "JPN", "un_peace_operations_service": true}}`,
/// `{"ngo": {"person": "…", "organisation": "…", "humanitarian": true, "development": false}}`.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{Seat, SeatKind};
///
/// let s = Seat::Government { person: "A. Tanaka".into(), state: CountryCode::JPN };
/// assert_eq!(s.kind(), SeatKind::GovernmentRepresentative);
/// assert_eq!(s.person(), "A. Tanaka");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "snake_case", deny_unknown_fields)
)]
pub enum Seat {
    /// A government representative.
    Government {
        /// Who.
        person: String,
        /// For which member.
        state: CountryCode,
    },
    /// A former senior official.
    FormerOfficial {
        /// Who.
        person: String,
        /// Of which member state.
        state: CountryCode,
        /// Whether they served in UN peace operations.
        un_peace_operations_service: bool,
    },
    /// An NGO representative.
    Ngo {
        /// Who.
        person: String,
        /// The organisation(s) represented.
        organisation: String,
        /// Engaged in humanitarian activities.
        humanitarian: bool,
        /// Engaged in development activities.
        development: bool,
    },
}

impl Seat {
    /// The kind of seat.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_institute::{Seat, SeatKind};
    /// let s = Seat::Ngo { person: "B".into(), organisation: "Relief".into(), humanitarian: true, development: false };
    /// assert_eq!(s.kind(), SeatKind::NgoRepresentative);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> SeatKind {
        match self {
            Self::Government { .. } => SeatKind::GovernmentRepresentative,
            Self::FormerOfficial { .. } => SeatKind::FormerSeniorOfficial,
            Self::Ngo { .. } => SeatKind::NgoRepresentative,
        }
    }

    /// Who holds it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_institute::Seat;
    /// let s = Seat::Government { person: "C".into(), state: pko_core::CountryCode::KOR };
    /// assert_eq!(s.person(), "C");
    /// ```
    #[must_use]
    pub fn person(&self) -> &str {
        match self {
            Self::Government { person, .. }
            | Self::FormerOfficial { person, .. }
            | Self::Ngo { person, .. } => person,
        }
    }

    /// The member state it is for, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_institute::Seat;
    /// let s = Seat::Government { person: "C".into(), state: pko_core::CountryCode::KOR };
    /// assert_eq!(s.state(), Some(pko_core::CountryCode::KOR));
    /// ```
    #[must_use]
    pub const fn state(&self) -> Option<CountryCode> {
        match self {
            Self::Government { state, .. } | Self::FormerOfficial { state, .. } => Some(*state),
            Self::Ngo { .. } => None,
        }
    }
}

/// Names every seat the charter provides that the roster leaves empty, and
/// a surplus of NGO seats.
fn missing_seats(
    charter: &Charter,
    government: &[bool],
    former: &[bool],
    ngos: usize,
    problems: &mut Vec<Problem>,
) {
    let members = charter.members();
    for (kind, filled) in [
        (SeatKind::GovernmentRepresentative, government),
        (SeatKind::FormerSeniorOfficial, former),
    ] {
        for (m, f) in members.iter().zip(filled.iter()) {
            if !f {
                problems.push(Problem::new(
                    Rule::CouncilComposition,
                    ProblemKind::MissingSeat {
                        seat: kind,
                        state: Some(*m),
                    },
                ));
            }
        }
    }
    let expected = charter.ngo_seats().count(members.len());
    if ngos > expected {
        problems.push(Problem::new(
            Rule::NgoRepresentation,
            ProblemKind::WrongNgoCount {
                expected,
                found: ngos,
            },
        ));
    }
    for _ in ngos..expected {
        problems.push(Problem::new(
            Rule::NgoRepresentation,
            ProblemKind::MissingSeat {
                seat: SeatKind::NgoRepresentative,
                state: None,
            },
        ));
    }
}

/// Checks a Governing Council roster and reports **every** problem: a
/// missing seat (named: which kind, for which member), a second seat of a
/// kind for one member, a person in two seats, a non-member, a "former
/// senior official" without UN peace-operations service, an NGO engaged in
/// neither humanitarian nor development activities (either suffices), and
/// the wrong number of NGO seats under the charter's [`NgoSeats`](crate::NgoSeats)
/// reading.
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{validate_council, Charter, ProblemKind, SeatKind};
///
/// let charter = Charter::proposed(&[CountryCode::JPN, CountryCode::CHN, CountryCode::KOR])?;
/// let problems = validate_council(&charter, &[]);
/// assert_eq!(problems.len(), 7); // every one of the seven seats is missing
/// assert!(matches!(problems[6].kind(), ProblemKind::MissingSeat { seat: SeatKind::NgoRepresentative, state: None }));
/// # Ok::<(), pko_institute::Error>(())
/// ```
#[must_use]
pub fn validate_council(charter: &Charter, seats: &[Seat]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut people: HashSet<&str> = HashSet::with_capacity(seats.len());
    let members = charter.members();
    let index: HashMap<CountryCode, usize> =
        members.iter().enumerate().map(|(i, m)| (*m, i)).collect();
    let mut government = vec![false; members.len()];
    let mut former = vec![false; members.len()];
    let mut ngos = 0;
    let composition = |kind| Problem::new(Rule::CouncilComposition, kind);
    for (i, seat) in seats.iter().enumerate() {
        let person = seat.person().trim();
        if !people.insert(person) {
            problems.push(composition(ProblemKind::DuplicatePerson {
                index: i,
                person: person.to_owned(),
            }));
        }
        let slot = seat.state().map(|s| (s, index.get(&s).copied()));
        match (seat, slot) {
            (
                Seat::Ngo {
                    organisation,
                    humanitarian,
                    development,
                    ..
                },
                _,
            ) => {
                ngos += 1;
                if !humanitarian && !development {
                    problems.push(Problem::new(
                        Rule::NgoRepresentation,
                        ProblemKind::NgoOutsideScope {
                            index: i,
                            organisation: organisation.clone(),
                        },
                    ));
                }
            }
            (_, Some((state, None))) => problems.push(Problem::new(
                Rule::Membership,
                ProblemKind::NonMember { index: i, state },
            )),
            (_, Some((state, Some(m)))) => {
                let filled = if matches!(seat, Seat::Government { .. }) {
                    government.get_mut(m)
                } else {
                    former.get_mut(m)
                };
                if let Some(filled) = filled {
                    if *filled {
                        problems.push(composition(ProblemKind::ExtraSeat {
                            index: i,
                            seat: seat.kind(),
                            state: Some(state),
                        }));
                    }
                    *filled = true;
                }
                if let Seat::FormerOfficial {
                    un_peace_operations_service: false,
                    person,
                    ..
                } = seat
                {
                    problems.push(composition(ProblemKind::NoPeaceOperationsService {
                        index: i,
                        person: person.clone(),
                    }));
                }
            }
            (_, None) => {}
        }
    }
    missing_seats(charter, &government, &former, ngos, &mut problems);
    problems
}

/// A proposed Governing Council: the institute's members, the reading of
/// the NGO seat, and the seats filled. The input of `pko institute
/// check-council` and of the HTTP API's council check, as JSON:
/// `{"members": ["JPN", …], "ngo_seats": "one_in_total", "seats": [...]}`
/// (`ngo_seats` may be left out: [`NgoSeats::default`](crate::NgoSeats)).
///
/// # Example
///
/// ```
/// use pko_core::CountryCode;
/// use pko_institute::{CouncilProposal, NgoSeats};
///
/// let p = CouncilProposal::new(vec![CountryCode::JPN, CountryCode::KOR], Vec::new());
/// let problems = p.check()?;
/// assert_eq!(problems.len(), 5); // two governments, two former officials, one NGO: all missing
/// assert_eq!(p.ngo_seats, NgoSeats::default());
/// # Ok::<(), pko_institute::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(transform = pko_core::schema_key::add_property)
)]
#[cfg_attr(feature = "serde", serde(remote = "Self", deny_unknown_fields))]
pub struct CouncilProposal {
    /// The institute's member states.
    pub members: Vec<CountryCode>,
    /// How many NGO seats the charter is read to give.
    #[cfg_attr(feature = "serde", serde(default))]
    pub ngo_seats: crate::NgoSeats,
    /// The seats filled.
    pub seats: Vec<Seat>,
}

// A file may name its schema (`"$schema"`): it is dropped as it is read.
#[cfg(feature = "serde")]
pko_core::serde_with_schema_key!(CouncilProposal);

impl CouncilProposal {
    /// A proposal with the default reading of the NGO seat.
    ///
    /// # Example
    ///
    /// ```
    /// let p = pko_institute::CouncilProposal::new(vec![pko_core::CountryCode::JPN], Vec::new());
    /// assert!(p.seats.is_empty());
    /// ```
    #[must_use]
    pub fn new(members: Vec<CountryCode>, seats: Vec<Seat>) -> Self {
        Self {
            members,
            ngo_seats: crate::NgoSeats::default(),
            seats,
        }
    }

    /// The charter the proposal is checked under: the proposed charter for
    /// its members, with its reading of the NGO seat.
    ///
    /// # Errors
    ///
    /// The errors of [`Charter::proposed`] (no member, a member twice).
    ///
    /// # Example
    ///
    /// ```
    /// let p = pko_institute::CouncilProposal::new(vec![pko_core::CountryCode::JPN], Vec::new());
    /// assert_eq!(p.charter()?.council_seats(), 3);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    pub fn charter(&self) -> Result<Charter, crate::Error> {
        Ok(Charter::proposed(&self.members)?.with_ngo_seats(self.ngo_seats))
    }

    /// Every problem of the roster under [`CouncilProposal::charter`]
    /// ([`validate_council`]).
    ///
    /// # Errors
    ///
    /// As [`CouncilProposal::charter`].
    ///
    /// # Example
    ///
    /// ```
    /// let p = pko_institute::CouncilProposal::new(vec![pko_core::CountryCode::JPN], Vec::new());
    /// assert_eq!(p.check()?.len(), 3);
    /// # Ok::<(), pko_institute::Error>(())
    /// ```
    pub fn check(&self) -> Result<Vec<Problem>, crate::Error> {
        Ok(validate_council(&self.charter()?, &self.seats))
    }
}
