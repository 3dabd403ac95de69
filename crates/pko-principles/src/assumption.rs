//! The open readings: where pko's sources are silent or ambiguous, a named
//! assumption with a documented default, which the caller can set.
//!
//! Each [`Assumption`] is a question the sources leave open; its value in
//! [`Assumptions`] is an answer, or *open*. A finding that turns on an open
//! assumption is *undetermined*, and the assessment lists the assumption
//! among what would decide it ([`Decider::Assumption`](crate::Decider::Assumption));
//! setting it to any answer decides that finding. The defaults are the
//! documented reading where facts.md gives one, and *open* otherwise.

use std::fmt;

/// An open reading of the law or the record, named by its field in
/// [`Assumptions`]. `Display` writes its JSON path
/// (`assumptions.diet_approval_2015_tasks`), which is also the Rust field.
///
/// # Example
///
/// ```
/// use pko_principles::Assumption;
///
/// assert_eq!(Assumption::DietApproval2015Tasks.to_string(), "assumptions.diet_approval_2015_tasks");
/// assert_eq!(Assumption::DietApproval2015Tasks.name(), "diet_approval_2015_tasks");
/// assert_eq!("diet_approval_2015_tasks".parse::<Assumption>()?, Assumption::DietApproval2015Tasks);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Assumption {
    /// Whether the Art. 3(1) case of an operation where "no armed conflict
    /// has occurred" applies before the 2001 regime (see
    /// [`Assumptions::no_conflict_clause_since_1992`]).
    NoConflictClauseSince1992,
    /// Whether an internationally coordinated operation may include the
    /// items a UN peacekeeping operation may, where pko's sources do not
    /// say (see [`Assumptions::coordinated_as_peacekeeping`]).
    CoordinatedAsPeacekeeping,
    /// What the headquarters staff's work is similar to, under item (xvii)
    /// (see [`Assumptions::headquarters_staff_similar_to`]).
    HeadquartersStaffSimilarTo,
    /// What the military liaison's work is similar to, under item (xvii)
    /// or ナ (see [`Assumptions::military_liaison_similar_to`]).
    MilitaryLiaisonSimilarTo,
    /// Whether a provision of the July 2015 text applies from 29 March 2016
    /// where its successor is not in pko's sources (see
    /// [`Assumptions::pre_2016_text_after_2016`]).
    Pre2016TextAfter2016,
    /// Whether the PKF core tasks (and work similar to them) still need the
    /// Diet's approval for SDF units from 29 March 2016 (see
    /// [`Assumptions::diet_approval_core_after_2016`]).
    DietApprovalCoreAfter2016,
    /// Whether safety-ensuring operations and kaketsuke-keigo need the
    /// Diet's approval for SDF units (see
    /// [`Assumptions::diet_approval_2015_tasks`]).
    DietApproval2015Tasks,
    /// The cap on the persons engaged at a time from 29 March 2016 (see
    /// [`Assumptions::headcount_cap_after_2016`]).
    HeadcountCapAfter2016,
    /// Who may do what where the statute table has no verified answer (see
    /// [`Assumptions::unverified_permissions`]).
    UnverifiedPermissions,
    /// The days allowed for the principles to be restored before a
    /// dispatch is terminated (see [`Assumptions::grace_period_days`]).
    GracePeriodDays,
}

impl Assumption {
    /// Every assumption, in the order of [`Assumptions`]' fields.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Assumption;
    ///
    /// assert!(Assumption::ALL.contains(&Assumption::HeadcountCapAfter2016));
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::NoConflictClauseSince1992,
        Self::CoordinatedAsPeacekeeping,
        Self::HeadquartersStaffSimilarTo,
        Self::MilitaryLiaisonSimilarTo,
        Self::Pre2016TextAfter2016,
        Self::DietApprovalCoreAfter2016,
        Self::DietApproval2015Tasks,
        Self::HeadcountCapAfter2016,
        Self::UnverifiedPermissions,
        Self::GracePeriodDays,
    ];

    /// Its name: the field of [`Assumptions`], the key in JSON, and the
    /// `NAME` of `pko … --assume NAME=VALUE`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Assumption::GracePeriodDays.name(), "grace_period_days");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::NoConflictClauseSince1992 => "no_conflict_clause_since_1992",
            Self::CoordinatedAsPeacekeeping => "coordinated_as_peacekeeping",
            Self::HeadquartersStaffSimilarTo => "headquarters_staff_similar_to",
            Self::MilitaryLiaisonSimilarTo => "military_liaison_similar_to",
            Self::Pre2016TextAfter2016 => "pre_2016_text_after_2016",
            Self::DietApprovalCoreAfter2016 => "diet_approval_core_after_2016",
            Self::DietApproval2015Tasks => "diet_approval_2015_tasks",
            Self::HeadcountCapAfter2016 => "headcount_cap_after_2016",
            Self::UnverifiedPermissions => "unverified_permissions",
            Self::GracePeriodDays => "grace_period_days",
        }
    }

    /// The values it takes, as they are written in JSON and on the command
    /// line.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::Assumption;
    ///
    /// assert_eq!(Assumption::DietApproval2015Tasks.values(), ["yes", "no", "open"]);
    /// assert_eq!(Assumption::HeadcountCapAfter2016.values(), ["open", "none", "a number of persons"]);
    /// ```
    #[must_use]
    pub const fn values(self) -> &'static [&'static str] {
        match self {
            Self::NoConflictClauseSince1992
            | Self::CoordinatedAsPeacekeeping
            | Self::DietApprovalCoreAfter2016
            | Self::DietApproval2015Tasks
            | Self::UnverifiedPermissions => &["yes", "no", "open"],
            Self::HeadquartersStaffSimilarTo | Self::MilitaryLiaisonSimilarTo => {
                &["pkf_core", "election", "administration", "support", "open"]
            }
            Self::Pre2016TextAfter2016 => &["apply", "open"],
            Self::HeadcountCapAfter2016 => &["open", "none", "a number of persons"],
            Self::GracePeriodDays => &["open", "a number of days"],
        }
    }

    /// The question it answers, in one line.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::Assumption::GracePeriodDays.question().contains("restored"));
    /// ```
    #[must_use]
    pub const fn question(self) -> &'static str {
        match self {
            Self::NoConflictClauseSince1992 => {
                "does the Art. 3(1) case of an operation where no armed conflict has occurred apply before 14 December 2001?"
            }
            Self::CoordinatedAsPeacekeeping => {
                "may an internationally coordinated operation include the items a UN peacekeeping operation may, where the sources do not say?"
            }
            Self::HeadquartersStaffSimilarTo => {
                "which listed items is the headquarters staff's work similar to (set mission by mission by Cabinet Order)?"
            }
            Self::MilitaryLiaisonSimilarTo => {
                "which listed items is the military liaison's work similar to (set mission by mission by Cabinet Order)?"
            }
            Self::Pre2016TextAfter2016 => {
                "does a provision of the July 2015 text apply from 29 March 2016 where its successor is not in pko's sources?"
            }
            Self::DietApprovalCoreAfter2016 => {
                "do the PKF core tasks by SDF units still need the Diet's approval from 29 March 2016?"
            }
            Self::DietApproval2015Tasks => {
                "do safety-ensuring operations and kaketsuke-keigo by SDF units need the Diet's approval?"
            }
            Self::HeadcountCapAfter2016 => {
                "what caps the persons engaged at a time from 29 March 2016?"
            }
            Self::UnverifiedPermissions => {
                "where the statute table has no verified answer, may this contingent or operation have this task or authority?"
            }
            Self::GracePeriodDays => {
                "how many days may the principles take to be restored before the dispatch is terminated?"
            }
        }
    }

    /// Why the sources leave it open, with where that is recorded.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::Assumption::DietApproval2015Tasks.why().contains("6(7)"));
    /// ```
    #[must_use]
    pub const fn why(self) -> &'static str {
        match self {
            Self::NoConflictClauseSince1992 => {
                "the July 2015 text of Art. 3(1) has the clause; the sources do not say which act put it in, and neither recorded amendment (1998, 2001) is said to have"
            }
            Self::CoordinatedAsPeacekeeping => {
                "the items an internationally coordinated operation may include are verified only for items ト and ラ (Art. 6(1)) and ネ (the Sinai Cabinet Order)"
            }
            Self::HeadquartersStaffSimilarTo | Self::MilitaryLiaisonSimilarTo => {
                "work similar to the listed items is set mission by mission by each mission's Cabinet Order; the Enforcement Order holds no general list (facts.md §2b)"
            }
            Self::Pre2016TextAfter2016 => {
                "pko holds the Act's text only as of July 2015; of the text in force from 29 March 2016 only the articles facts.md §2b verifies are known"
            }
            Self::DietApprovalCoreAfter2016 | Self::DietApproval2015Tasks => {
                "the post-2016 Art. 6(7) could not be read (facts.md §2b)"
            }
            Self::HeadcountCapAfter2016 => {
                "whether the pre-2016 Art. 18 cap of 2,000 survives the 2015 amendment (as Art. 19) is unverified (facts.md §2b)"
            }
            Self::UnverifiedPermissions => {
                "the post-2016 Art. 6(6) and the chapeau of Art. 3(5) could not be read (facts.md §2b)"
            }
            Self::GracePeriodDays => {
                "the statute gives no number of days between suspending the work and terminating the dispatch (facts.md §3)"
            }
        }
    }
}

impl fmt::Display for Assumption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "assumptions.{}", self.name())
    }
}

/// The answer to a yes-or-no question of the law, or none: *open*.
///
/// What *yes* and *no* mean is the question's: see each field of
/// [`Assumptions`].
///
/// # Example
///
/// ```
/// use pko_principles::{Assumption, Assumptions, Reading};
///
/// let mut a = Assumptions::default();
/// a.set(Assumption::DietApproval2015Tasks, "no")?;
/// assert_eq!(a.diet_approval_2015_tasks, Reading::No);
/// assert_eq!(Reading::Open.to_string(), "open");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Reading {
    /// No answer: a finding that turns on it is undetermined.
    #[default]
    Open,
    /// Yes.
    Yes,
    /// No.
    No,
}

impl fmt::Display for Reading {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Open => "open",
            Self::Yes => "yes",
            Self::No => "no",
        })
    }
}

/// Which listed items a piece of work "similar to the listed items, set
/// by Cabinet Order" (item (xvii) レ; ナ from 2016) is similar to. The
/// Act's rules on who may do such work, and whether it needs the Diet's
/// approval, follow the items it is similar to (Art. 6(6), 6(7), 12(1)).
///
/// # Example
///
/// ```
/// use pko_principles::{Assumption, Assumptions, Similarity};
///
/// let mut a = Assumptions::default();
/// a.set(Assumption::MilitaryLiaisonSimilarTo, "pkf_core")?;
/// assert_eq!(a.military_liaison_similar_to, Similarity::PkfCore);
/// assert_eq!(Similarity::Support.to_string(), "support");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Similarity {
    /// Not known: a finding that turns on it is undetermined.
    #[default]
    Open,
    /// Similar to the PKF core tasks, items (i)–(vi): the row of item (i)
    /// applies (the freeze until 2001, Diet approval, SDF personnel only).
    PkfCore,
    /// Similar to election observation, item (vii): its row applies (not
    /// SDF units; from 2016 not SDF personnel through the corps).
    Election,
    /// Similar to police or administrative advice, items (viii)–(ix): their
    /// row applies (not SDF units).
    Administration,
    /// Similar to the support items (x)–(xvi): their row applies.
    Support,
}

impl Similarity {
    /// The four answers.
    #[cfg(test)]
    pub(crate) const ANSWERS: [Self; 4] = [
        Self::PkfCore,
        Self::Election,
        Self::Administration,
        Self::Support,
    ];
}

impl fmt::Display for Similarity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Open => "open",
            Self::PkfCore => "pkf_core",
            Self::Election => "election",
            Self::Administration => "administration",
            Self::Support => "support",
        })
    }
}

/// Whether a provision of the July 2015 text applies from 29 March 2016
/// where its successor is not in pko's sources.
///
/// # Example
///
/// ```
/// use pko_principles::Carryover;
///
/// assert_eq!(Carryover::default(), Carryover::Apply);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Carryover {
    /// It applies, renumbered but unchanged, and the assessment says so.
    #[default]
    Apply,
    /// No answer: every finding that rests on such a provision is
    /// undetermined.
    Open,
}

impl fmt::Display for Carryover {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Apply => "apply",
            Self::Open => "open",
        })
    }
}

/// The cap on the persons engaged at a time from 29 March 2016.
///
/// In JSON: `"open"`, `"none"` or a number.
///
/// # Example
///
/// ```
/// use pko_principles::{Assumption, Assumptions, HeadcountCap};
///
/// let mut a = Assumptions::default();
/// a.set(Assumption::HeadcountCapAfter2016, "1500")?;
/// assert_eq!(a.headcount_cap_after_2016, HeadcountCap::Of(1_500));
/// a.set(Assumption::HeadcountCapAfter2016, "none")?;
/// assert_eq!(a.headcount_cap_after_2016, HeadcountCap::Removed);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum HeadcountCap {
    /// Not known: a total above 2,000 is undetermined (a total within
    /// 2,000 is within the pre-2016 cap whether or not it survived).
    #[default]
    Open,
    /// No cap.
    Removed,
    /// A cap of this many persons (2,000: the pre-2016 cap, renumbered).
    Of(u32),
}

impl fmt::Display for HeadcountCap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Open => f.write_str("open"),
            Self::Removed => f.write_str("none"),
            Self::Of(n) => write!(f, "{n}"),
        }
    }
}

/// The schema: `"open"`, `"none"` or a number of persons.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for HeadcountCap {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("HeadcountCap")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A cap on the persons engaged at a time: `\"open\"` (not known), `\"none\"` (no cap) or a number of persons.",
            "anyOf": [
                { "type": "string", "enum": ["open", "none"] },
                { "type": "integer", "minimum": 0, "maximum": 4_294_967_295_u32 }
            ]
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for HeadcountCap {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Of(n) => serializer.serialize_u32(*n),
            other => serializer.collect_str(other),
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for HeadcountCap {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = HeadcountCap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("`open`, `none` or a number of persons")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                u32::try_from(v)
                    .map(HeadcountCap::Of)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                u32::try_from(v)
                    .map(HeadcountCap::Of)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                match v {
                    "open" => Ok(HeadcountCap::Open),
                    "none" => Ok(HeadcountCap::Removed),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Str(v), &self)),
                }
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The choices pko makes where its sources are silent, each named by an
/// [`Assumption`], with the documented defaults of
/// [`Assumptions::default`]. Set one with its `with_…` method, or by name
/// with [`Assumptions::set`] (as `pko … --assume NAME=VALUE` does).
///
/// In JSON every field may be left out (it keeps its default); unknown
/// fields are refused.
///
/// | field | default | values |
/// |---|---|---|
/// | `no_conflict_clause_since_1992` | `yes` | yes: the "no armed conflict" case of Art. 3(1) applies from 1992; no: only from 14 December 2001 |
/// | `coordinated_as_peacekeeping` | `yes` | yes: an internationally coordinated operation may include the items of a UN peacekeeping operation where the sources do not say; no: it may not |
/// | `headquarters_staff_similar_to` | `open` | `pkf_core`, `election`, `administration`, `support` |
/// | `military_liaison_similar_to` | `open` | as above |
/// | `pre_2016_text_after_2016` | `apply` | apply: a pre-2016 provision whose successor pko lacks applies, renumbered but unchanged |
/// | `diet_approval_core_after_2016` | `open` | yes: PKF core tasks by SDF units still need it; no: they do not |
/// | `diet_approval_2015_tasks` | `open` | yes: safety-ensuring and kaketsuke-keigo by SDF units need it; no: they do not |
/// | `headcount_cap_after_2016` | `open` | `none`, or a number of persons |
/// | `unverified_permissions` | `open` | yes: allowed where the statute table has no verified answer; no: barred |
/// | `grace_period_days` | `open` | a number of days |
///
/// # Example
///
/// ```
/// use pko_principles::{Assumption, Assumptions, HeadcountCap, Reading};
///
/// let mut a = Assumptions::default()
///     .with_diet_approval_2015_tasks(Reading::No)
///     .with_headcount_cap_after_2016(HeadcountCap::Of(2_000));
/// a.set(Assumption::GracePeriodDays, "30")?;
/// assert_eq!(a.diet_approval_2015_tasks, Reading::No);
/// assert_eq!(a.value(Assumption::GracePeriodDays), "30");
/// assert_eq!(a.value(Assumption::UnverifiedPermissions), "open");
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(transform = pko_core::schema_key::add_property)
)]
#[cfg_attr(
    feature = "serde",
    serde(remote = "Self", deny_unknown_fields, default)
)]
#[non_exhaustive]
pub struct Assumptions {
    /// Art. 3(1) as it stood in July 2015 defines a UN peacekeeping
    /// operation also where "no armed conflict has occurred", with the host
    /// state's consent alone. The sources do not say which act put that
    /// clause in; neither amendment recorded as changing what may be done
    /// (1998, 2001) is said to have added it. `Yes` (the default): it
    /// applies from 1992, and the assessment notes it; `No`: only from the
    /// 2001 regime, whose text is the July 2015 text.
    pub no_conflict_clause_since_1992: Reading,
    /// Which items of the Act an internationally coordinated operation
    /// (from 29 March 2016) may include is verified only for safety-ensuring
    /// operations and kaketsuke-keigo (Art. 6(1)) and for headquarters work
    /// (item ネ, the Sinai Cabinet Order). `Yes` (the default): the other
    /// items allowed in a UN peacekeeping operation, which the government's
    /// statement that the five principles were checked for the MFO in 2019
    /// is consistent with; `No`: not.
    pub coordinated_as_peacekeeping: Reading,
    /// Headquarters staff work is, until 28 March 2016, work similar to the
    /// listed items set by Cabinet Order (item (xvii)); what it is similar
    /// to is set mission by mission, and decides whether SDF units may do
    /// it, whether police officers and civilians may, and whether the Diet
    /// must approve it. Default: `Open`.
    pub headquarters_staff_similar_to: Similarity,
    /// As [`Assumptions::headquarters_staff_similar_to`], for military
    /// liaison (item (xvii); item ナ from 29 March 2016). Default: `Open`.
    pub military_liaison_similar_to: Similarity,
    /// From 29 March 2016, where the successor of a provision of the July
    /// 2015 text is not in pko's sources (the SDF units' items of Art.
    /// 6(6), the chapeau of Art. 3(3), the other rules on weapons of Art.
    /// 24, the Cabinet decision of Art. 25(2), …), `Apply` (the default)
    /// applies the pre-2016 provision, renumbered but unchanged, and the
    /// assessment says so in a note and in each finding; `Open` leaves
    /// every such finding undetermined.
    pub pre_2016_text_after_2016: Carryover,
    /// Whether the PKF core tasks (and work similar to them) by SDF units
    /// still need the Diet's prior approval from 29 March 2016: the
    /// post-2016 Art. 6(7) could not be read. `Open` (the default): such a
    /// task is undetermined unless the Diet's approval is known to be given;
    /// `Yes`: required, as before 2016; `No`: not required.
    pub diet_approval_core_after_2016: Reading,
    /// Whether safety-ensuring operations (item ト) and kaketsuke-keigo
    /// (item ラ) by SDF units need the Diet's prior approval: the post-2016
    /// Art. 6(7) could not be read. `Open` (the default): such a task is
    /// undetermined unless the Diet's approval is known to be given; `Yes`:
    /// required; `No`: not required.
    pub diet_approval_2015_tasks: Reading,
    /// Whether the Art. 18 cap of 2,000 persons engaged at a time survived
    /// the 2015 amendment is unverified. `Open` (the default): a total above
    /// 2,000 from 29 March 2016 is undetermined; `Removed`: no cap; `Of(n)`:
    /// a cap of `n`.
    pub headcount_cap_after_2016: HeadcountCap,
    /// Where the statute table has no verified answer: whether SDF units
    /// may do safety-ensuring operations (the post-2016 Art. 6(6) could not
    /// be read), and whether a relief or election observation operation may
    /// include safety-ensuring operations, or an election observation
    /// operation kaketsuke-keigo (the post-2016 chapeau could not be read).
    /// `Open` (the default): undetermined; `Yes`: allowed; `No`: barred.
    pub unverified_permissions: Reading,
    /// The days allowed for the principles to be restored after the work
    /// is suspended, before the dispatch is to be terminated: the statute
    /// sets none. `None` (the default): open, and
    /// [`Options::monitor`](crate::Options::monitor) asks for it.
    pub grace_period_days: Option<GracePeriod>,
}

// A file may name its schema (`"$schema"`): it is dropped as it is read.
#[cfg(feature = "serde")]
pko_core::serde_with_schema_key!(Assumptions);

impl Default for Assumptions {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl Assumptions {
    /// The documented defaults, as a constant.
    pub(crate) const DEFAULT: Self = Self {
        no_conflict_clause_since_1992: Reading::Yes,
        coordinated_as_peacekeeping: Reading::Yes,
        headquarters_staff_similar_to: Similarity::Open,
        military_liaison_similar_to: Similarity::Open,
        pre_2016_text_after_2016: Carryover::Apply,
        diet_approval_core_after_2016: Reading::Open,
        diet_approval_2015_tasks: Reading::Open,
        headcount_cap_after_2016: HeadcountCap::Open,
        unverified_permissions: Reading::Open,
        grace_period_days: None,
    };
}

macro_rules! setters {
    ($($(#[$doc:meta])* $setter:ident: $field:ident: $ty:ty;)*) => {
        impl Assumptions {
            $(
                $(#[$doc])*
                #[must_use]
                pub const fn $setter(mut self, value: $ty) -> Self {
                    self.$field = value;
                    self
                }
            )*
        }
    };
}

setters! {
    /// Sets [`Assumptions::no_conflict_clause_since_1992`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Reading};
    /// let a = Assumptions::default().with_no_conflict_clause_since_1992(Reading::No);
    /// assert_eq!(a.no_conflict_clause_since_1992, Reading::No);
    /// ```
    with_no_conflict_clause_since_1992: no_conflict_clause_since_1992: Reading;
    /// Sets [`Assumptions::coordinated_as_peacekeeping`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Reading};
    /// let a = Assumptions::default().with_coordinated_as_peacekeeping(Reading::Open);
    /// assert_eq!(a.coordinated_as_peacekeeping, Reading::Open);
    /// ```
    with_coordinated_as_peacekeeping: coordinated_as_peacekeeping: Reading;
    /// Sets [`Assumptions::headquarters_staff_similar_to`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Similarity};
    /// let a = Assumptions::default().with_headquarters_staff_similar_to(Similarity::Support);
    /// assert_eq!(a.headquarters_staff_similar_to, Similarity::Support);
    /// ```
    with_headquarters_staff_similar_to: headquarters_staff_similar_to: Similarity;
    /// Sets [`Assumptions::military_liaison_similar_to`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Similarity};
    /// let a = Assumptions::default().with_military_liaison_similar_to(Similarity::PkfCore);
    /// assert_eq!(a.military_liaison_similar_to, Similarity::PkfCore);
    /// ```
    with_military_liaison_similar_to: military_liaison_similar_to: Similarity;
    /// Sets [`Assumptions::pre_2016_text_after_2016`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Carryover};
    /// let a = Assumptions::default().with_pre_2016_text_after_2016(Carryover::Open);
    /// assert_eq!(a.pre_2016_text_after_2016, Carryover::Open);
    /// ```
    with_pre_2016_text_after_2016: pre_2016_text_after_2016: Carryover;
    /// Sets [`Assumptions::diet_approval_core_after_2016`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Reading};
    /// let a = Assumptions::default().with_diet_approval_core_after_2016(Reading::Yes);
    /// assert_eq!(a.diet_approval_core_after_2016, Reading::Yes);
    /// ```
    with_diet_approval_core_after_2016: diet_approval_core_after_2016: Reading;
    /// Sets [`Assumptions::diet_approval_2015_tasks`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Reading};
    /// let a = Assumptions::default().with_diet_approval_2015_tasks(Reading::No);
    /// assert_eq!(a.diet_approval_2015_tasks, Reading::No);
    /// ```
    with_diet_approval_2015_tasks: diet_approval_2015_tasks: Reading;
    /// Sets [`Assumptions::headcount_cap_after_2016`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, HeadcountCap};
    /// let a = Assumptions::default().with_headcount_cap_after_2016(HeadcountCap::Removed);
    /// assert_eq!(a.headcount_cap_after_2016, HeadcountCap::Removed);
    /// ```
    with_headcount_cap_after_2016: headcount_cap_after_2016: HeadcountCap;
    /// Sets [`Assumptions::unverified_permissions`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, Reading};
    /// let a = Assumptions::default().with_unverified_permissions(Reading::Yes);
    /// assert_eq!(a.unverified_permissions, Reading::Yes);
    /// ```
    with_unverified_permissions: unverified_permissions: Reading;
    /// Sets [`Assumptions::grace_period_days`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumptions, GracePeriod};
    /// let a = Assumptions::default().with_grace_period_days(Some(GracePeriod::days(30)));
    /// assert_eq!(a.grace_period_days, Some(GracePeriod::days(30)));
    /// ```
    with_grace_period_days: grace_period_days: Option<GracePeriod>;
}

impl Assumptions {
    /// The answer to a yes-or-no assumption (`None` for the others).
    pub(crate) const fn reading(&self, which: Assumption) -> Option<Reading> {
        Some(match which {
            Assumption::NoConflictClauseSince1992 => self.no_conflict_clause_since_1992,
            Assumption::CoordinatedAsPeacekeeping => self.coordinated_as_peacekeeping,
            Assumption::DietApprovalCoreAfter2016 => self.diet_approval_core_after_2016,
            Assumption::DietApproval2015Tasks => self.diet_approval_2015_tasks,
            Assumption::UnverifiedPermissions => self.unverified_permissions,
            _ => return None,
        })
    }

    /// The answer to a similar-work assumption (`None` for the others).
    pub(crate) const fn similarity(&self, which: Assumption) -> Option<Similarity> {
        match which {
            Assumption::HeadquartersStaffSimilarTo => Some(self.headquarters_staff_similar_to),
            Assumption::MilitaryLiaisonSimilarTo => Some(self.military_liaison_similar_to),
            _ => None,
        }
    }

    /// Whether `which` is open (has no answer).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumption, Assumptions};
    ///
    /// let a = Assumptions::default();
    /// assert!(a.is_open(Assumption::DietApproval2015Tasks));
    /// assert!(!a.is_open(Assumption::NoConflictClauseSince1992));
    /// ```
    #[must_use]
    pub fn is_open(&self, which: Assumption) -> bool {
        self.value(which) == "open"
    }

    /// The value of `which`, as JSON and the command line write it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Assumption, Assumptions};
    ///
    /// assert_eq!(Assumptions::default().value(Assumption::Pre2016TextAfter2016), "apply");
    /// ```
    #[must_use]
    pub fn value(&self, which: Assumption) -> String {
        match which {
            Assumption::HeadquartersStaffSimilarTo => {
                self.headquarters_staff_similar_to.to_string()
            }
            Assumption::MilitaryLiaisonSimilarTo => self.military_liaison_similar_to.to_string(),
            Assumption::Pre2016TextAfter2016 => self.pre_2016_text_after_2016.to_string(),
            Assumption::HeadcountCapAfter2016 => self.headcount_cap_after_2016.to_string(),
            Assumption::GracePeriodDays => self
                .grace_period_days
                .map_or_else(|| "open".to_owned(), |g| g.in_days().to_string()),
            other => self.reading(other).unwrap_or_default().to_string(),
        }
    }
}

/// The days allowed for the principles to be restored after the work is
/// suspended, before the dispatch is to be terminated. The statute sets no
/// number: the caller chooses.
///
/// # Example
///
/// ```
/// use pko_principles::GracePeriod;
///
/// assert_eq!(GracePeriod::days(30).to_string(), "30 days");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GracePeriod(u32);

impl GracePeriod {
    /// A grace period of `days` days.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::GracePeriod::days(7).in_days(), 7);
    /// ```
    #[must_use]
    pub const fn days(days: u32) -> Self {
        Self(days)
    }

    /// Its length in days.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::GracePeriod::days(0).in_days(), 0);
    /// ```
    #[must_use]
    pub const fn in_days(self) -> u32 {
        self.0
    }
}

impl fmt::Display for GracePeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} days", self.0)
    }
}
