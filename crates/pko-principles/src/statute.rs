//! Who may do which task, and where: Art. 3(3) of the Act item by item, as
//! data that reads like the statute, and the same for the law of each
//! regime ([`rule`]).
//!
//! One [`Row`] per item of Art. 3(3) in the July 2015 text (イ to レ,
//! numbered (i) to (xvii)), and one per task that the 2015 amendment
//! added. Each row says:
//!
//! - **operations**: the kinds of operation whose work may include the item
//!   (the chapeau of Art. 3(3)), and the regime from which each holds. The
//!   kind "international election observation activity" exists only from
//!   Act No. 102 of 1998 (Art. 3(2-2)); before it, election observation was
//!   lawful only as item (vii) inside a UN peacekeeping operation;
//! - **SDF units**: whether SDF units may be assigned it (Art. 6(6)), and
//!   whether the 1992 freeze of the PKF core tasks held it back until the
//!   2001 amendment;
//! - **others**: whether persons other than SDF personnel (police
//!   officers, civilians) may do it (Art. 12(1) proviso);
//! - **Diet approval**: whether assigning it to SDF units needs it (Art.
//!   6(7));
//! - its **citation**.
//!
//! Item (xvii) is "work similar to items (i)–(xvi), set by Cabinet Order",
//! and the Act treats it as the items it is similar to: SDF units may do
//! work similar to (i)–(vi) and (x)–(xvi) (Art. 6(6)), only SDF personnel
//! work similar to (i)–(vi) (Art. 12(1)), and work similar to (i)–(vi)
//! needs the Diet's approval (Art. 6(7)). What a given mission's work is
//! similar to is set by its own Cabinet Order (facts.md §2b), so the row
//! says [`Permission::AsSimilarWork`], and a [`Rule`] names the
//! assumption that answers it for a task ([`Similarity`](crate::Similarity)).
//!
//! The items are quoted from the Japanese text as it stood in July 2015
//! (as amended up to Act No. 118 of 2006, pre-2016 numbering). pko's
//! sources record no amendment of the items between 1992 and 2015 other
//! than the new kind of operation of 1998, so the rows hold from 1992.
//!
//! # From 29 March 2016
//!
//! The 2015 amendment moved the list to Art. 3(5) and relettered it. The
//! letters pko's sources verify are [`Letter`]s: ト (safety-ensuring), チ
//! (election observation, secondary), リ (police advice, secondary), ネ
//! (headquarters work), ナ (the similar-work catch-all) and ラ
//! (kaketsuke-keigo). Art. 13(1) says who the corps may ask for (verified);
//! Art. 6(6), which items SDF units may do, and Art. 6(7), the Diet's
//! approval, could not be read. So a [`Rule`] from 2016:
//!
//! - cites the post-2016 letter where it is verified, and the pre-2016
//!   item otherwise;
//! - takes who the corps may ask for from Art. 13(1) where it speaks;
//! - keeps the pre-2016 Art. 6(6) row for SDF units, under the assumption
//!   [`Assumptions::pre_2016_text_after_2016`](crate::Assumptions::pre_2016_text_after_2016)
//!   (each such finding says so), and leaves the SDF units' safety-ensuring
//!   operations, which no pre-2016 row covers, to
//!   [`Assumptions::unverified_permissions`](crate::Assumptions::unverified_permissions);
//! - leaves the Diet's approval open, to
//!   [`Assumptions::diet_approval_core_after_2016`](crate::Assumptions::diet_approval_core_after_2016)
//!   and [`Assumptions::diet_approval_2015_tasks`](crate::Assumptions::diet_approval_2015_tasks).
//!
//! An internationally coordinated operation (from 2016) may include items
//! ト and ラ (Art. 6(1)) and ネ (the Sinai Cabinet Order); for the other
//! items the peacekeeping column applies under the assumption
//! [`Assumptions::coordinated_as_peacekeeping`](crate::Assumptions::coordinated_as_peacekeeping).
//!
//! # Example
//!
//! ```
//! use pko_principles::statute::{self, Item, Letter, Permission};
//! use pko_principles::{Assumption, ContingentKind, OperationKind, Regime, Task};
//!
//! let police_advice = statute::row(Task::CivilianPolice);
//! assert_eq!(police_advice.item(), Some(Item::Viii));
//! assert_eq!(police_advice.who(ContingentKind::SdfUnit), Permission::Barred);
//! assert_eq!(police_advice.who(ContingentKind::Police), Permission::Allowed);
//! assert!(police_advice.allows_operation(OperationKind::UnPeacekeeping, Regime::Amended2001));
//! assert!(!police_advice.allows_operation(OperationKind::HumanitarianRelief, Regime::Amended2001));
//!
//! // Kaketsuke-keigo from 2016: item ラ, SDF units only (Art. 13(1)).
//! let k = statute::rule(Task::KaketsukeKeigo, Regime::Amended2015);
//! assert_eq!(k.letter(), Some(Letter::Ra));
//! assert_eq!(k.who(ContingentKind::SdfUnit), Permission::Allowed);
//! assert_eq!(k.who(ContingentKind::SdfIndividuals), Permission::Barred);
//! // Headquarters staff before 2016: who may turns on what the work is similar to.
//! let hq = statute::rule(Task::HeadquartersStaff, Regime::Amended2001);
//! assert_eq!(hq.who(ContingentKind::Police), Permission::Open(Assumption::HeadquartersStaffSimilarTo));
//! ```

use std::fmt;

use pko_core::Source;

use crate::assumption::Assumption;
use crate::cite;
use crate::facts::{ContingentKind, OperationKind, Task};
use crate::regime::{Enactment, Regime};

/// An item of Art. 3(3) of the July 2015 text, イ to レ.
///
/// # Example
///
/// ```
/// use pko_principles::statute::Item;
///
/// assert_eq!(Item::Vii.kana(), "ト");
/// assert_eq!(Item::Vii.to_string(), "Art. 3(3)(vii) ト");
/// assert!(Item::Vi.is_pkf_core());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[expect(missing_docs, reason = "each variant is the item of its number")]
pub enum Item {
    I,
    Ii,
    Iii,
    Iv,
    V,
    Vi,
    Vii,
    Viii,
    Ix,
    X,
    Xi,
    Xii,
    Xiii,
    Xiv,
    Xv,
    Xvi,
    Xvii,
}

impl Item {
    /// The seventeen items, in order.
    pub const ALL: &'static [Self] = &[
        Self::I,
        Self::Ii,
        Self::Iii,
        Self::Iv,
        Self::V,
        Self::Vi,
        Self::Vii,
        Self::Viii,
        Self::Ix,
        Self::X,
        Self::Xi,
        Self::Xii,
        Self::Xiii,
        Self::Xiv,
        Self::Xv,
        Self::Xvi,
        Self::Xvii,
    ];

    /// The item's letter in the statute (イ, ロ, ハ, …).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::statute::Item::Xvii.kana(), "レ");
    /// ```
    #[must_use]
    pub const fn kana(self) -> &'static str {
        match self {
            Self::I => "イ",
            Self::Ii => "ロ",
            Self::Iii => "ハ",
            Self::Iv => "ニ",
            Self::V => "ホ",
            Self::Vi => "ヘ",
            Self::Vii => "ト",
            Self::Viii => "チ",
            Self::Ix => "リ",
            Self::X => "ヌ",
            Self::Xi => "ル",
            Self::Xii => "ヲ",
            Self::Xiii => "ワ",
            Self::Xiv => "カ",
            Self::Xv => "ヨ",
            Self::Xvi => "タ",
            Self::Xvii => "レ",
        }
    }

    /// The item's number in lower-case roman numerals (`"vii"`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::statute::Item::Xiv.roman(), "xiv");
    /// ```
    #[must_use]
    pub const fn roman(self) -> &'static str {
        match self {
            Self::I => "i",
            Self::Ii => "ii",
            Self::Iii => "iii",
            Self::Iv => "iv",
            Self::V => "v",
            Self::Vi => "vi",
            Self::Vii => "vii",
            Self::Viii => "viii",
            Self::Ix => "ix",
            Self::X => "x",
            Self::Xi => "xi",
            Self::Xii => "xii",
            Self::Xiii => "xiii",
            Self::Xiv => "xiv",
            Self::Xv => "xv",
            Self::Xvi => "xvi",
            Self::Xvii => "xvii",
        }
    }

    /// Whether it is one of the six "PKF core tasks", (i) to (vi).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!pko_principles::statute::Item::Vii.is_pkf_core());
    /// ```
    #[must_use]
    pub const fn is_pkf_core(self) -> bool {
        matches!(
            self,
            Self::I | Self::Ii | Self::Iii | Self::Iv | Self::V | Self::Vi
        )
    }

    /// The item's citation, Art. 3(3)(i) to 3(3)(xvii).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::statute::Item;
    ///
    /// let s = Item::Ix.citation();
    /// assert_eq!(s.locator().map(ToString::to_string).as_deref(), Some("Art. 3(3)(ix)"));
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Source {
        match self.citations() {
            [first, ..] => first,
            [] => &cite::ART_3,
        }
    }

    /// The item's citation alone, as a list a finding borrows.
    const fn citations(self) -> &'static [&'static Source] {
        match self {
            Self::I => &ITEM_I,
            Self::Ii => &ITEM_II,
            Self::Iii => &ITEM_III,
            Self::Iv => &ITEM_IV,
            Self::V => &ITEM_V,
            Self::Vi => &ITEM_VI,
            Self::Vii => &ITEM_VII,
            Self::Viii => &ITEM_VIII,
            Self::Ix => &ITEM_IX,
            Self::X => &ITEM_X,
            Self::Xi => &ITEM_XI,
            Self::Xii => &ITEM_XII,
            Self::Xiii => &ITEM_XIII,
            Self::Xiv => &ITEM_XIV,
            Self::Xv => &ITEM_XV,
            Self::Xvi => &ITEM_XVI,
            Self::Xvii => &ITEM_XVII,
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Art. 3(3)({}) {}", self.roman(), self.kana())
    }
}

/// An item of Art. 3(5) of the text in force from 29 March 2016, where
/// pko's sources verify its letter (facts.md §2b).
///
/// # Example
///
/// ```
/// use pko_core::Reliability;
/// use pko_principles::statute::Letter;
///
/// assert_eq!(Letter::Ra.to_string(), "Art. 3(5)ラ");
/// assert_eq!(Letter::Chi.citation().reliability(), Reliability::Secondary);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Letter {
    /// ト: safety-ensuring operations (verified by cross-reference).
    To,
    /// チ: election observation (secondary: the lettering quoted by an
    /// opposition repeal bill).
    Chi,
    /// リ: police advice (secondary, as チ).
    Ri,
    /// ネ: the liaison and planning work at an operation's headquarters,
    /// as the Sinai Cabinet Order classes it.
    Ne,
    /// ナ: work similar to the listed items, set by Cabinet Order (the
    /// pre-2016 item (xvii) レ).
    Na,
    /// ラ: kaketsuke-keigo.
    Ra,
}

impl Letter {
    /// The letter (ト, チ, …).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::statute::Letter::Ne.kana(), "ネ");
    /// ```
    #[must_use]
    pub const fn kana(self) -> &'static str {
        match self {
            Self::To => "ト",
            Self::Chi => "チ",
            Self::Ri => "リ",
            Self::Ne => "ネ",
            Self::Na => "ナ",
            Self::Ra => "ラ",
        }
    }

    /// The item's citation in the post-2016 text, through the document that
    /// verifies it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::statute::Letter;
    /// assert_eq!(Letter::To.citation().locator().map(ToString::to_string).as_deref(), Some("Art. 3(5)ト"));
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Source {
        match self {
            Self::To => &cite::ART16_3_5_TO,
            Self::Chi => &cite::ART16_3_5_CHI,
            Self::Ri => &cite::ART16_3_5_RI,
            Self::Ne => &cite::ART16_3_5_NE,
            Self::Na => &cite::ART16_3_5_NA,
            Self::Ra => &cite::ART16_3_5_RA,
        }
    }
}

impl fmt::Display for Letter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Art. 3(5){}", self.kana())
    }
}

/// Whether a kind of person (or a kind of operation) may have a task.
///
/// # Example
///
/// ```
/// use pko_principles::Assumption;
/// use pko_principles::statute::Permission;
///
/// assert_eq!(Permission::Barred.to_string(), "barred");
/// assert_eq!(Permission::Open(Assumption::UnverifiedPermissions).to_string(), "open: assumptions.unverified_permissions");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Permission {
    /// The Act allows it.
    Allowed,
    /// The Act does not allow it.
    Barred,
    /// As the work the item is similar to (item (xvii) of a [`Row`]; a
    /// [`Rule`] names the assumption that answers it).
    AsSimilarWork,
    /// pko's sources do not settle it: the assumption decides, and while it
    /// is open the finding is undetermined.
    Open(Assumption),
}

impl fmt::Display for Permission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Allowed => f.write_str("allowed"),
            Self::Barred => f.write_str("barred"),
            Self::AsSimilarWork => f.write_str("as the work it is similar to"),
            Self::Open(a) => write!(f, "open: {a}"),
        }
    }
}

/// Whether assigning a task to SDF units needs the Diet's prior approval
/// (Art. 6(7)).
///
/// # Example
///
/// ```
/// use pko_principles::statute::DietApproval;
///
/// assert_eq!(DietApproval::Required.to_string(), "required");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DietApproval {
    /// Not needed.
    NotRequired,
    /// Needed before the units are dispatched.
    Required,
    /// As the work the item is similar to (item (xvii)).
    AsSimilarWork,
    /// Not in pko's sources: the assumption decides.
    Open(Assumption),
}

impl fmt::Display for DietApproval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotRequired => f.write_str("not required"),
            Self::Required => f.write_str("required"),
            Self::AsSimilarWork => f.write_str("as the work it is similar to"),
            Self::Open(a) => write!(f, "open: {a}"),
        }
    }
}

/// A kind of operation whose work may include an item, from a regime on.
///
/// # Example
///
/// ```
/// use pko_principles::{statute, OperationKind, Regime, Task};
///
/// let ops = statute::row(Task::ElectionObservation).operations();
/// assert_eq!((ops[1].kind, ops[1].from), (OperationKind::ElectionObservation, Regime::Amended1998));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Allowed {
    /// The kind of operation.
    pub kind: OperationKind,
    /// The first regime in which it holds.
    pub from: Regime,
}

/// One row of the table: an item of Art. 3(3), or a task of the 2015
/// amendment.
///
/// # Example
///
/// ```
/// use pko_principles::statute::{self, DietApproval, Permission};
/// use pko_principles::ContingentKind;
///
/// let row = &statute::ITEMS[0];
/// assert!(row.japanese().starts_with("武力紛争の停止の遵守状況の監視"));
/// assert_eq!(row.who(ContingentKind::Civilians), Permission::Barred);
/// assert_eq!(row.diet_approval(), DietApproval::Required);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Row {
    item: Option<Item>,
    task_2015: Option<Task>,
    japanese: &'static str,
    english: &'static str,
    operations: &'static [Allowed],
    sdf_units: Permission,
    frozen_for_sdf_units: bool,
    others: Permission,
    diet_approval: DietApproval,
    #[cfg_attr(feature = "serde", serde(skip))]
    citations: &'static [&'static Source],
}

impl Row {
    /// The item of Art. 3(3); `None` for a task of the 2015 amendment.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Task};
    /// assert_eq!(statute::row(Task::KaketsukeKeigo).item(), None);
    /// ```
    #[must_use]
    pub const fn item(&self) -> Option<Item> {
        self.item
    }

    /// The task of the 2015 amendment the row is about, if it is one.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Task};
    /// assert_eq!(statute::row(Task::KaketsukeKeigo).task_2015(), Some(Task::KaketsukeKeigo));
    /// ```
    #[must_use]
    pub const fn task_2015(&self) -> Option<Task> {
        self.task_2015
    }

    /// The item's text in the July 2015 Japanese statute (for a 2015 task,
    /// its Japanese name).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::statute::ITEMS[9].japanese(), "医療（防疫上の措置を含む。）");
    /// ```
    #[must_use]
    pub const fn japanese(&self) -> &'static str {
        self.japanese
    }

    /// An English summary of the item (pko's, not an official translation).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::statute::ITEMS[9].english().starts_with("medical care"));
    /// ```
    #[must_use]
    pub const fn english(&self) -> &'static str {
        self.english
    }

    /// The kinds of operation whose work may include it (Art. 3(3)
    /// chapeau; for a 2015 task, Art. 6(1) of the 2016 text), each from its
    /// regime.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::statute::ITEMS[0].operations().len(), 1);
    /// ```
    #[must_use]
    pub const fn operations(&self) -> &'static [Allowed] {
        self.operations
    }

    /// Whether a `kind` of operation may include it under `regime`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, OperationKind, Regime, Task};
    /// assert!(statute::row(Task::Medical).allows_operation(OperationKind::HumanitarianRelief, Regime::Act1992));
    /// ```
    #[must_use]
    pub fn allows_operation(&self, kind: OperationKind, regime: Regime) -> bool {
        self.operations
            .iter()
            .any(|a| a.kind == kind && a.from <= regime)
    }

    /// Whether SDF units may be assigned it (Art. 6(6)); for the PKF core
    /// tasks, subject to the freeze until 14 December 2001.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::statute::{self, Permission};
    /// assert_eq!(statute::ITEMS[6].sdf_units(), Permission::Barred);
    /// ```
    #[must_use]
    pub const fn sdf_units(&self) -> Permission {
        self.sdf_units
    }

    /// Whether it was frozen for SDF units from 1992 until the 2001
    /// amendment (the PKF core tasks).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(pko_principles::statute::ITEMS[5].frozen_for_sdf_units());
    /// ```
    #[must_use]
    pub const fn frozen_for_sdf_units(&self) -> bool {
        self.frozen_for_sdf_units
    }

    /// Whether persons other than SDF personnel (police officers,
    /// civilians) may do it (Art. 12(1) proviso; for a 2015 task, Art.
    /// 13(1) of the 2016 text).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::statute::{self, Permission};
    /// assert_eq!(statute::ITEMS[7].others(), Permission::Allowed);
    /// ```
    #[must_use]
    pub const fn others(&self) -> Permission {
        self.others
    }

    /// Whether a kind of contingent may do it, as the row reads (the
    /// freeze set aside; SDF personnel sent as individuals may do every
    /// item of the July 2015 text). For the law of a regime, with the
    /// 2016 changes, see [`rule`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::statute::{self, Permission};
    /// use pko_principles::ContingentKind;
    /// assert_eq!(statute::ITEMS[0].who(ContingentKind::SdfIndividuals), Permission::Allowed);
    /// ```
    #[must_use]
    pub const fn who(&self, kind: ContingentKind) -> Permission {
        match kind {
            ContingentKind::SdfUnit => self.sdf_units,
            // The corps never does item ラ (Art. 13(1) of the 2016 text).
            ContingentKind::SdfIndividuals => match self.task_2015 {
                Some(Task::KaketsukeKeigo) => NO,
                _ => YES,
            },
            ContingentKind::Police | ContingentKind::Civilians => self.others,
        }
    }

    /// Whether assigning it to SDF units needs the Diet's approval (Art.
    /// 6(7)).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::statute::DietApproval;
    /// assert_eq!(pko_principles::statute::ITEMS[15].diet_approval(), DietApproval::NotRequired);
    /// ```
    #[must_use]
    pub const fn diet_approval(&self) -> DietApproval {
        self.diet_approval
    }

    /// The row's citation: the item of Art. 3(3), or for a 2015 task its
    /// item of Art. 3(5) of the 2016 text.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Task};
    /// let s = statute::row(Task::Transport).citation();
    /// assert_eq!(s.locator().map(ToString::to_string).as_deref(), Some("Art. 3(3)(xvi)"));
    /// ```
    #[must_use]
    pub const fn citation(&self) -> &'static Source {
        match self.citations {
            [first, ..] => first,
            [] => &cite::ART_3,
        }
    }
}

cite::lists! {
    ITEM_I = [cite::ART_3_3_I];
    ITEM_II = [cite::ART_3_3_II];
    ITEM_III = [cite::ART_3_3_III];
    ITEM_IV = [cite::ART_3_3_IV];
    ITEM_V = [cite::ART_3_3_V];
    ITEM_VI = [cite::ART_3_3_VI];
    ITEM_VII = [cite::ART_3_3_VII];
    ITEM_VIII = [cite::ART_3_3_VIII];
    ITEM_IX = [cite::ART_3_3_IX];
    ITEM_X = [cite::ART_3_3_X];
    ITEM_XI = [cite::ART_3_3_XI];
    ITEM_XII = [cite::ART_3_3_XII];
    ITEM_XIII = [cite::ART_3_3_XIII];
    ITEM_XIV = [cite::ART_3_3_XIV];
    ITEM_XV = [cite::ART_3_3_XV];
    ITEM_XVI = [cite::ART_3_3_XVI];
    ITEM_XVII = [cite::ART_3_3_XVII];
    LETTER_TO = [cite::ART16_3_5_TO, cite::REGIME_2015, cite::SPEECH_C];
    LETTER_RA = [cite::ART16_3_5_RA, cite::REGIME_2015, cite::SPEECH_C];
    LETTER_NE = [cite::ART16_3_5_NE];
    LETTER_CHI = [cite::ART16_3_5_CHI, cite::ART_3_3_VII];
    LETTER_RI = [cite::ART16_3_5_RI, cite::ART_3_3_VIII];
    LETTER_NA = [cite::ART16_3_5_NA, cite::ART_3_3_XVII];
    ART_6_1 = [cite::ART16_6_1];
    ART_6_6 = [cite::ART_6_6];
    ART_6_6_FROZEN = [cite::ART_6_6, cite::REGIME_2001];
    ART_12_1 = [cite::ART_12_1];
    ART_13_1 = [cite::ART16_13_1];
    NE_COORDINATED = [cite::ART16_3_5_NE];
}

use OperationKind::{ElectionObservation as ELECTION, HumanitarianRelief as RELIEF};
use OperationKind::{InternationallyCoordinated as COORDINATED, UnPeacekeeping as PKO};
use Permission::{Allowed as YES, AsSimilarWork as SIMILAR, Barred as NO};

const fn from(kind: OperationKind, from: Regime) -> Allowed {
    Allowed { kind, from }
}

/// Items (i)–(ix): UN peacekeeping operations only.
const PKO_ONLY: &[Allowed] = &[from(PKO, Regime::Act1992)];
/// Item (vii): peacekeeping, and election observation activities from 1998.
const PKO_ELECTION: &[Allowed] = &[
    from(PKO, Regime::Act1992),
    from(ELECTION, Regime::Amended1998),
];
/// Items (x)–(xvi): peacekeeping and humanitarian relief.
const PKO_RELIEF: &[Allowed] = &[from(PKO, Regime::Act1992), from(RELIEF, Regime::Act1992)];
/// Item (xvii): every kind.
const EVERY_KIND: &[Allowed] = &[
    from(PKO, Regime::Act1992),
    from(RELIEF, Regime::Act1992),
    from(ELECTION, Regime::Amended1998),
];

/// One item row: (item, chapeau, SDF units (Art. 6(6)), others (Art.
/// 12(1) proviso), Japanese text, English summary).
const fn item(
    item: Item,
    operations: &'static [Allowed],
    sdf_units: Permission,
    others: Permission,
    japanese: &'static str,
    english: &'static str,
) -> Row {
    let core = item.is_pkf_core();
    Row {
        item: Some(item),
        task_2015: None,
        japanese,
        english,
        operations,
        sdf_units,
        frozen_for_sdf_units: core,
        others,
        diet_approval: if core {
            DietApproval::Required
        } else if matches!(sdf_units, SIMILAR) {
            DietApproval::AsSimilarWork
        } else {
            DietApproval::NotRequired
        },
        citations: item.citations(),
    }
}

/// Art. 3(3), items (i) to (xvii), as in the July 2015 text.
///
/// | item | operations (chapeau) | SDF units (6(6)) | others (12(1)) |
/// |---|---|---|---|
/// | (i)–(vi) イ–ヘ | peacekeeping | yes (frozen until 2001-12-14; Diet approval, 6(7)) | no |
/// | (vii) ト | peacekeeping; election observation from 1998 | no | yes |
/// | (viii) チ, (ix) リ | peacekeeping | no | yes |
/// | (x)–(xvi) ヌ–タ | peacekeeping, relief | yes | yes |
/// | (xvii) レ | every kind (election from 1998) | as the work it is similar to | as the work it is similar to |
///
/// The crate README's table is tested against this data.
///
/// # Example
///
/// ```
/// use pko_principles::statute::{Item, ITEMS};
///
/// assert_eq!(ITEMS.len(), 17);
/// assert!(ITEMS.iter().zip(Item::ALL).all(|(row, item)| row.item() == Some(*item)));
/// ```
pub static ITEMS: [Row; 17] = [
    item(
        Item::I,
        PKO_ONLY,
        YES,
        NO,
        "武力紛争の停止の遵守状況の監視又は紛争当事者間で合意された軍隊の再配置若しくは撤退若しくは武装解除の履行の監視",
        "monitoring of the observance of a ceasefire, or of redeployment, withdrawal or disarmament agreed among the parties",
    ),
    item(
        Item::Ii,
        PKO_ONLY,
        YES,
        NO,
        "緩衝地帯その他の武力紛争の発生の防止のために設けられた地域における駐留及び巡回",
        "stationing and patrol in buffer zones and other areas set up to prevent armed conflict",
    ),
    item(
        Item::Iii,
        PKO_ONLY,
        YES,
        NO,
        "車両その他の運搬手段又は通行人による武器（武器の部品を含む。ニにおいて同じ。）の搬入又は搬出の有無の検査又は確認",
        "inspection of weapons (and their parts) carried in or out by vehicles, other means of transport or passers-by",
    ),
    item(
        Item::Iv,
        PKO_ONLY,
        YES,
        NO,
        "放棄された武器の収集、保管又は処分",
        "collection, storage or disposal of abandoned weapons",
    ),
    item(
        Item::V,
        PKO_ONLY,
        YES,
        NO,
        "紛争当事者が行う停戦線その他これに類する境界線の設定の援助",
        "assistance in drawing ceasefire lines and similar boundaries",
    ),
    item(
        Item::Vi,
        PKO_ONLY,
        YES,
        NO,
        "紛争当事者間の捕虜の交換の援助",
        "assistance in exchanging prisoners of war",
    ),
    item(
        Item::Vii,
        PKO_ELECTION,
        NO,
        YES,
        "議会の議員の選挙、住民投票その他これらに類する選挙若しくは投票の公正な執行の監視又はこれらの管理",
        "observation or management of elections and referendums",
    ),
    item(
        Item::Viii,
        PKO_ONLY,
        NO,
        YES,
        "警察行政事務に関する助言若しくは指導又は警察行政事務の監視",
        "advice, guidance or monitoring of police administration",
    ),
    item(
        Item::Ix,
        PKO_ONLY,
        NO,
        YES,
        "チに掲げるもののほか、行政事務に関する助言又は指導",
        "other administrative advice or guidance",
    ),
    item(
        Item::X,
        PKO_RELIEF,
        YES,
        YES,
        "医療（防疫上の措置を含む。）",
        "medical care, including epidemic prevention",
    ),
    item(
        Item::Xi,
        PKO_RELIEF,
        YES,
        YES,
        "被災民の捜索若しくは救出又は帰還の援助",
        "search for or rescue of affected persons, or assistance in their return",
    ),
    item(
        Item::Xii,
        PKO_RELIEF,
        YES,
        YES,
        "被災民に対する食糧、衣料、医薬品その他の生活関連物資の配布",
        "distribution of food, clothing, medicine and other daily necessities to affected persons",
    ),
    item(
        Item::Xiii,
        PKO_RELIEF,
        YES,
        YES,
        "被災民を収容するための施設又は設備の設置",
        "setting up facilities to house affected persons",
    ),
    item(
        Item::Xiv,
        PKO_RELIEF,
        YES,
        YES,
        "紛争によって被害を受けた施設又は設備であって被災民の生活上必要なものの復旧又は整備のための措置",
        "restoring facilities damaged by the conflict that affected persons need",
    ),
    item(
        Item::Xv,
        PKO_RELIEF,
        YES,
        YES,
        "紛争によって汚染その他の被害を受けた自然環境の復旧のための措置",
        "restoring the natural environment damaged by the conflict",
    ),
    item(
        Item::Xvi,
        PKO_RELIEF,
        YES,
        YES,
        "イからヨまでに掲げるもののほか、輸送、保管（備蓄を含む。）、通信、建設又は機械器具の据付け、検査若しくは修理",
        "transport, storage (including stockpiling), communications, construction, installation, inspection or repair of machinery",
    ),
    item(
        Item::Xvii,
        EVERY_KIND,
        SIMILAR,
        SIMILAR,
        "イからタまでに掲げる業務に類するものとして政令で定める業務",
        "work similar to items (i)-(xvi) set by Cabinet Order",
    ),
];

/// One row for a task of the 2015 amendment.
const fn task_2015(
    task: Task,
    operations: &'static [Allowed],
    sdf_units: Permission,
    japanese: &'static str,
    english: &'static str,
    citations: &'static [&'static Source],
) -> Row {
    Row {
        item: None,
        task_2015: Some(task),
        japanese,
        english,
        operations,
        sdf_units,
        frozen_for_sdf_units: false,
        others: NO,
        diet_approval: DietApproval::Open(Assumption::DietApproval2015Tasks),
        citations,
    }
}

/// The tasks of the 2015 amendment (Act No. 76 of 2015, in force 29 March
/// 2016), items ト and ラ of Art. 3(5), as facts.md §2b verifies them:
/// the kinds of operation of Art. 6(1); who, from Art. 13(1) (only SDF
/// personnel for ト; the corps never does ラ, which SDF units do). Whether
/// SDF units may do ト (the post-2016 Art. 6(6)) and whether either needs
/// the Diet's approval (Art. 6(7)) could not be read: they are
/// [`Permission::Open`] and [`DietApproval::Open`].
///
/// # Example
///
/// ```
/// use pko_principles::statute::{TASKS_2015, Permission};
/// use pko_principles::ContingentKind;
///
/// assert_eq!(TASKS_2015.len(), 2);
/// assert_eq!(TASKS_2015[1].who(ContingentKind::Police), Permission::Barred);
/// ```
pub static TASKS_2015: [Row; 2] = [
    task_2015(
        Task::SafetyEnsuring,
        &[
            from(PKO, Regime::Amended2015),
            from(COORDINATED, Regime::Amended2015),
        ],
        Permission::Open(Assumption::UnverifiedPermissions),
        "安全確保業務",
        "safety-ensuring operations",
        &LETTER_TO,
    ),
    task_2015(
        Task::KaketsukeKeigo,
        &[
            from(PKO, Regime::Amended2015),
            from(COORDINATED, Regime::Amended2015),
            from(RELIEF, Regime::Amended2015),
        ],
        YES,
        "駆け付け警護",
        "coming to the aid of geographically distant personnel under attack",
        &LETTER_RA,
    ),
];

/// The item of Art. 3(3) a task falls under; `None` for the 2015 tasks.
///
/// # Example
///
/// ```
/// use pko_principles::{statute::{self, Item}, Task};
///
/// assert_eq!(statute::item_of(Task::Engineering), Some(Item::Xvi));
/// assert_eq!(statute::item_of(Task::KaketsukeKeigo), None);
/// ```
#[must_use]
pub const fn item_of(task: Task) -> Option<Item> {
    Some(match task {
        Task::CeasefireMonitoring => Item::I,
        Task::BufferZonePatrol => Item::Ii,
        Task::WeaponsInspection => Item::Iii,
        Task::AbandonedWeaponsDisposal => Item::Iv,
        Task::CeasefireLineAssistance => Item::V,
        Task::PrisonerExchangeAssistance => Item::Vi,
        Task::ElectionObservation => Item::Vii,
        Task::CivilianPolice => Item::Viii,
        Task::AdministrativeAdvice => Item::Ix,
        Task::Medical => Item::X,
        Task::SearchRescueRepatriation => Item::Xi,
        Task::ReliefDistribution => Item::Xii,
        Task::ShelterFacilities => Item::Xiii,
        Task::FacilityRestoration => Item::Xiv,
        Task::EnvironmentalRestoration => Item::Xv,
        Task::Engineering
        | Task::Transport
        | Task::Communications
        | Task::Storage
        | Task::MachineryRepair => Item::Xvi,
        Task::HeadquartersStaff | Task::MilitaryLiaison => Item::Xvii,
        Task::SafetyEnsuring | Task::KaketsukeKeigo => return None,
    })
}

/// The item of Art. 3(5) of the text in force from 29 March 2016 a task
/// falls under, where pko's sources verify it; `None` where they do not
/// (the pre-2016 item is then applied, as an assumption).
///
/// Headquarters staff work is item ネ, as the Sinai Cabinet Order classes
/// the SDF officers' liaison and planning work at the MFO headquarters;
/// military liaison is pko's reading of the catch-all ナ, which took the
/// place of item (xvii).
///
/// # Example
///
/// ```
/// use pko_principles::{statute::{self, Letter}, Task};
///
/// assert_eq!(statute::letter_2016(Task::SafetyEnsuring), Some(Letter::To));
/// assert_eq!(statute::letter_2016(Task::HeadquartersStaff), Some(Letter::Ne));
/// assert_eq!(statute::letter_2016(Task::Engineering), None);
/// ```
#[must_use]
pub const fn letter_2016(task: Task) -> Option<Letter> {
    match task {
        Task::SafetyEnsuring => Some(Letter::To),
        Task::ElectionObservation => Some(Letter::Chi),
        Task::CivilianPolice => Some(Letter::Ri),
        Task::HeadquartersStaff => Some(Letter::Ne),
        Task::MilitaryLiaison => Some(Letter::Na),
        Task::KaketsukeKeigo => Some(Letter::Ra),
        _ => None,
    }
}

/// The row that governs a task.
///
/// # Example
///
/// ```
/// use pko_principles::{statute, ContingentKind, Task};
/// use pko_principles::statute::Permission;
///
/// assert_eq!(statute::row(Task::AdministrativeAdvice).who(ContingentKind::SdfUnit), Permission::Barred);
/// ```
#[must_use]
pub const fn row(task: Task) -> &'static Row {
    match item_of(task) {
        Some(item) => item_row(item),
        None => match task {
            Task::SafetyEnsuring => &TASKS_2015[0],
            _ => &TASKS_2015[1],
        },
    }
}

/// The row of an item.
///
/// # Example
///
/// ```
/// use pko_principles::statute::{self, Item};
///
/// assert_eq!(statute::item_row(Item::Xv).item(), Some(Item::Xv));
/// ```
#[must_use]
pub const fn item_row(item: Item) -> &'static Row {
    match item {
        Item::I => &ITEMS[0],
        Item::Ii => &ITEMS[1],
        Item::Iii => &ITEMS[2],
        Item::Iv => &ITEMS[3],
        Item::V => &ITEMS[4],
        Item::Vi => &ITEMS[5],
        Item::Vii => &ITEMS[6],
        Item::Viii => &ITEMS[7],
        Item::Ix => &ITEMS[8],
        Item::X => &ITEMS[9],
        Item::Xi => &ITEMS[10],
        Item::Xii => &ITEMS[11],
        Item::Xiii => &ITEMS[12],
        Item::Xiv => &ITEMS[13],
        Item::Xv => &ITEMS[14],
        Item::Xvi => &ITEMS[15],
        Item::Xvii => &ITEMS[16],
    }
}

/// The assumption that says what a task's work is similar to, for the
/// tasks pko reads as similar work set by Cabinet Order.
///
/// # Example
///
/// ```
/// use pko_principles::{statute, Assumption, Task};
///
/// assert_eq!(statute::similar_work(Task::MilitaryLiaison), Some(Assumption::MilitaryLiaisonSimilarTo));
/// assert_eq!(statute::similar_work(Task::Engineering), None);
/// ```
#[must_use]
pub const fn similar_work(task: Task) -> Option<Assumption> {
    match task {
        Task::HeadquartersStaff => Some(Assumption::HeadquartersStaffSimilarTo),
        Task::MilitaryLiaison => Some(Assumption::MilitaryLiaisonSimilarTo),
        _ => None,
    }
}

/// Why a task or an authority is barred to a kind of contingent: the rule
/// of the Act that bars it.
///
/// # Example
///
/// ```
/// use pko_principles::Bar;
///
/// assert_eq!(Bar::CorpsNeverDoesRa.to_string(), "the corps never does item ラ, which SDF units do (Art. 13(1))");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Bar {
    /// SDF units may do only the items of Art. 6(6).
    NotAmongSdfUnitItems,
    /// Only SDF personnel may do the PKF core tasks and work similar to
    /// them (Art. 12(1) proviso; Art. 13(1) from 2016).
    SdfPersonnelOnly,
    /// The corps may not ask for SDF personnel for election observation
    /// and work similar to it (Art. 13(1) of the 2016 text).
    NoSdfPersonnelForElection,
    /// The corps never does kaketsuke-keigo (item ラ): SDF units do it
    /// (Art. 13(1) of the 2016 text).
    CorpsNeverDoesRa,
    /// SDF Act Art. 95 (protection of weapons and equipment) applies to SDF
    /// personnel abroad, not to others.
    SdfActArticle95,
    /// The authority is the SDF officers' (Art. 25(7), 26 of the 2016
    /// text).
    SdfOfficersOnly,
    /// Art. 25(7) lets SDF officers use weapons under Art. 25(3), which
    /// pko reads as pre-2016 Art. 24(3): SDF officers in SDF units, not
    /// SDF personnel sent to the corps as individuals.
    SdfUnitsOnly,
    /// The law as a reform changed it does not allow it.
    NotInLaw,
}

impl fmt::Display for Bar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NotAmongSdfUnitItems => "it is not among the items SDF units may do (Art. 6(6))",
            Self::SdfPersonnelOnly => "only SDF personnel may do it",
            Self::NoSdfPersonnelForElection => {
                "the corps may not ask for SDF personnel for election observation (Art. 13(1))"
            }
            Self::CorpsNeverDoesRa => {
                "the corps never does item ラ, which SDF units do (Art. 13(1))"
            }
            Self::SdfActArticle95 => {
                "SDF Act Art. 95 applies to SDF personnel abroad, not to others"
            }
            Self::SdfOfficersOnly => "it is an authority of SDF officers",
            Self::SdfUnitsOnly => {
                "Art. 25(7) rests on Art. 25(3), read as pre-2016 Art. 24(3): the SDF officers of SDF units"
            }
            Self::NotInLaw => "the law as changed does not allow it",
        })
    }
}

/// One value for each kind of operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PerOperation<T> {
    peacekeeping: T,
    coordinated: T,
    relief: T,
    election: T,
}

impl<T: Copy> PerOperation<T> {
    /// One value per kind, in the order of [`OperationKind::ALL`].
    pub(crate) const fn new(peacekeeping: T, coordinated: T, relief: T, election: T) -> Self {
        Self {
            peacekeeping,
            coordinated,
            relief,
            election,
        }
    }

    /// The value for a kind, to change.
    pub(crate) const fn get_mut(&mut self, kind: OperationKind) -> &mut T {
        match kind {
            OperationKind::UnPeacekeeping => &mut self.peacekeeping,
            OperationKind::InternationallyCoordinated => &mut self.coordinated,
            OperationKind::HumanitarianRelief => &mut self.relief,
            OperationKind::ElectionObservation => &mut self.election,
        }
    }

    pub(crate) const fn get(&self, kind: OperationKind) -> T {
        match kind {
            OperationKind::UnPeacekeeping => self.peacekeeping,
            OperationKind::InternationallyCoordinated => self.coordinated,
            OperationKind::HumanitarianRelief => self.relief,
            OperationKind::ElectionObservation => self.election,
        }
    }
}

/// One value for each kind of contingent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PerContingent<T> {
    pub(crate) sdf_unit: T,
    pub(crate) sdf_individuals: T,
    pub(crate) police: T,
    pub(crate) civilians: T,
}

impl<T: Copy> PerContingent<T> {
    /// The value for a kind, to change.
    pub(crate) const fn get_mut(&mut self, kind: ContingentKind) -> &mut T {
        match kind {
            ContingentKind::SdfUnit => &mut self.sdf_unit,
            ContingentKind::SdfIndividuals => &mut self.sdf_individuals,
            ContingentKind::Police => &mut self.police,
            ContingentKind::Civilians => &mut self.civilians,
        }
    }

    pub(crate) const fn get(&self, kind: ContingentKind) -> T {
        match kind {
            ContingentKind::SdfUnit => self.sdf_unit,
            ContingentKind::SdfIndividuals => self.sdf_individuals,
            ContingentKind::Police => self.police,
            ContingentKind::Civilians => self.civilians,
        }
    }
}

type Cites = &'static [&'static Source];

/// What the law of one regime says about one task: its item (and, from
/// 2016, its letter where verified), the kinds of operation that may
/// include it, who may do it, the freeze, the Diet's approval and the
/// conditions of the 2016 text. Made by [`rule`].
///
/// # Example
///
/// ```
/// use pko_principles::statute::{self, DietApproval, Permission};
/// use pko_principles::{Assumption, ContingentKind, OperationKind, Regime, Task};
///
/// let r = statute::rule(Task::CeasefireMonitoring, Regime::Amended1998);
/// assert!(r.frozen_for_sdf_units());
/// assert_eq!(r.who(ContingentKind::SdfUnit), Permission::Barred);
/// assert_eq!(r.who(ContingentKind::Police), Permission::Barred);
/// let r = statute::rule(Task::CeasefireMonitoring, Regime::Amended2015);
/// assert_eq!(r.diet_approval(), DietApproval::Open(Assumption::DietApprovalCoreAfter2016));
/// assert_eq!(r.operation(OperationKind::InternationallyCoordinated), Permission::Open(Assumption::CoordinatedAsPeacekeeping));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "four independent yes-or-no properties of the statute (in force, frozen, stable consent, parties' consent in relief), each read by its own accessor"
)]
pub struct Rule {
    task: Task,
    regime: Regime,
    item: Option<Item>,
    letter: Option<Letter>,
    in_force: bool,
    operations: PerOperation<Permission>,
    operation_citations: PerOperation<Cites>,
    who: PerContingent<Permission>,
    who_citations: PerContingent<Cites>,
    frozen_for_sdf_units: bool,
    diet_approval: DietApproval,
    stable_consent: bool,
    parties_consent_in_relief: bool,
    citations: Cites,
}

impl Rule {
    /// The task.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Regime, Task};
    /// assert_eq!(statute::rule(Task::Medical, Regime::Act1992).task(), Task::Medical);
    /// ```
    #[must_use]
    pub const fn task(&self) -> Task {
        self.task
    }

    /// The regime whose law it is.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Regime, Task};
    /// assert_eq!(statute::rule(Task::Medical, Regime::Act1992).regime(), Regime::Act1992);
    /// ```
    #[must_use]
    pub const fn regime(&self) -> Regime {
        self.regime
    }

    /// The item of Art. 3(3) of the July 2015 text (`None` for the 2015
    /// tasks).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute::{self, Item}, Regime, Task};
    /// assert_eq!(statute::rule(Task::Medical, Regime::Amended2015).item(), Some(Item::X));
    /// ```
    #[must_use]
    pub const fn item(&self) -> Option<Item> {
        self.item
    }

    /// From 29 March 2016, the item of Art. 3(5) where pko's sources verify
    /// it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute::{self, Letter}, Regime, Task};
    /// assert_eq!(statute::rule(Task::ElectionObservation, Regime::Amended2015).letter(), Some(Letter::Chi));
    /// assert_eq!(statute::rule(Task::ElectionObservation, Regime::Amended2001).letter(), None);
    /// ```
    #[must_use]
    pub const fn letter(&self) -> Option<Letter> {
        self.letter
    }

    /// Whether the task exists in law under the regime (the 2015 tasks only
    /// from 29 March 2016).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Regime, Task};
    /// assert!(!statute::rule(Task::KaketsukeKeigo, Regime::Amended2001).in_force());
    /// ```
    #[must_use]
    pub const fn in_force(&self) -> bool {
        self.in_force
    }

    /// Whether a kind of operation may include the task.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute::{self, Permission}, OperationKind, Regime, Task};
    /// let r = statute::rule(Task::KaketsukeKeigo, Regime::Amended2015);
    /// assert_eq!(r.operation(OperationKind::HumanitarianRelief), Permission::Allowed);
    /// ```
    #[must_use]
    pub const fn operation(&self, kind: OperationKind) -> Permission {
        self.operations.get(kind)
    }

    /// Whether a kind of contingent may do the task (`Barred` while it is
    /// frozen for SDF units).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute::{self, Permission}, ContingentKind, Regime, Task};
    /// let r = statute::rule(Task::ElectionObservation, Regime::Amended2015);
    /// assert_eq!(r.who(ContingentKind::SdfIndividuals), Permission::Barred); // Art. 13(1)
    /// ```
    #[must_use]
    pub const fn who(&self, kind: ContingentKind) -> Permission {
        self.who.get(kind)
    }

    /// Whether the task is frozen for SDF units (the PKF core tasks before
    /// 14 December 2001).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Regime, Task};
    /// assert!(!statute::rule(Task::CeasefireMonitoring, Regime::Amended2001).frozen_for_sdf_units());
    /// ```
    #[must_use]
    pub const fn frozen_for_sdf_units(&self) -> bool {
        self.frozen_for_sdf_units
    }

    /// Whether assigning it to SDF units needs the Diet's approval.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute::{self, DietApproval}, Regime, Task};
    /// assert_eq!(statute::rule(Task::BufferZonePatrol, Regime::Amended2001).diet_approval(), DietApproval::Required);
    /// ```
    #[must_use]
    pub const fn diet_approval(&self) -> DietApproval {
        self.diet_approval
    }

    /// Whether the consents must be judged stably maintained (Art. 6(1) of
    /// the 2016 text: items ト and ラ).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Regime, Task};
    /// assert!(statute::rule(Task::SafetyEnsuring, Regime::Amended2015).needs_stable_consent());
    /// ```
    #[must_use]
    pub const fn needs_stable_consent(&self) -> bool {
        self.stable_consent
    }

    /// Whether, in a humanitarian relief operation, the parties to the
    /// conflict must consent too (Art. 6(1): item ラ).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Regime, Task};
    /// assert!(statute::rule(Task::KaketsukeKeigo, Regime::Amended2015).needs_parties_consent_in_relief());
    /// ```
    #[must_use]
    pub const fn needs_parties_consent_in_relief(&self) -> bool {
        self.parties_consent_in_relief
    }

    /// The assumptions the rule turns on: those its open cells name, and
    /// from 2016 [`Assumption::Pre2016TextAfter2016`] where it rests on a
    /// provision of the July 2015 text.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Assumption, Regime, Task};
    /// let r = statute::rule(Task::Engineering, Regime::Amended2015);
    /// assert_eq!(r.rests_on(), [Assumption::CoordinatedAsPeacekeeping, Assumption::Pre2016TextAfter2016]);
    /// assert!(statute::rule(Task::Engineering, Regime::Amended2001).rests_on().is_empty());
    /// ```
    #[must_use]
    pub fn rests_on(&self) -> Vec<Assumption> {
        let mut out = Vec::new();
        let mut add = |a: Assumption| {
            if !out.contains(&a) {
                out.push(a);
            }
        };
        let cells = OperationKind::ALL
            .iter()
            .map(|k| self.operation(*k))
            .chain(ContingentKind::ALL.iter().map(|k| self.who(*k)));
        for p in cells {
            if let Permission::Open(a) = p {
                add(a);
            }
        }
        if let DietApproval::Open(a) = self.diet_approval {
            add(a);
        }
        if self.regime >= Regime::Amended2015 && self.in_force {
            let carried = self.citations.iter().chain(
                ContingentKind::ALL
                    .iter()
                    .flat_map(|k| self.who_citations(*k).iter()),
            );
            if carried.into_iter().any(|s| cite::is_pre_2016_text(s)) {
                add(Assumption::Pre2016TextAfter2016);
            }
        }
        out.sort_unstable();
        out
    }

    /// The task's item citations.
    pub(crate) const fn citations(&self) -> Cites {
        self.citations
    }

    /// The citations of who may do it.
    pub(crate) const fn who_citations(&self, kind: ContingentKind) -> Cites {
        self.who_citations.get(kind)
    }

    /// The citations of the kinds of operation, where they are not the
    /// item's.
    pub(crate) const fn operation_citations(&self, kind: OperationKind) -> Cites {
        self.operation_citations.get(kind)
    }
}

/// The task whose rule stands for the items a piece of similar work is
/// similar to.
pub(crate) const fn representative(similarity: crate::assumption::Similarity) -> Option<Task> {
    use crate::assumption::Similarity;
    match similarity {
        Similarity::PkfCore => Some(Task::CeasefireMonitoring),
        Similarity::Election => Some(Task::ElectionObservation),
        Similarity::Administration => Some(Task::AdministrativeAdvice),
        Similarity::Support => Some(Task::Engineering),
        Similarity::Open => None,
    }
}

#[cfg(test)]
/// The rule whose who and Diet approval a piece of similar work takes,
/// when it is similar to `similarity` (`None` while that is open).
pub(crate) fn similar_rule(
    regime: Regime,
    similarity: crate::assumption::Similarity,
) -> Option<Rule> {
    representative(similarity).map(|t| rule(t, regime))
}

/// Who may do what, and where, under the law of `regime`.
///
/// # Example
///
/// ```
/// use pko_principles::statute::{self, Permission};
/// use pko_principles::{ContingentKind, Regime, Task};
///
/// let r = statute::rule(Task::SafetyEnsuring, Regime::Amended2015);
/// assert_eq!(r.who(ContingentKind::SdfIndividuals), Permission::Allowed);
/// assert_eq!(r.who(ContingentKind::Civilians), Permission::Barred);
/// ```
#[must_use]
pub fn rule(task: Task, regime: Regime) -> Rule {
    derive(
        task,
        regime,
        &cells(task, regime),
        regime >= Regime::Amended2015,
    )
}

/// What the law of a regime says of one task, as the cells a reform can
/// change: whether the task is law, the kinds of operation that may
/// include it, who may do it (SDF units as Art. 6(6) says, apart from the
/// freeze), the freeze, the Diet's approval and the conditions of Art.
/// 6(1) of the 2016 text. The citations are not cells: [`derive`] reads
/// them from the text in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cells {
    pub(crate) enacted: Enactment,
    pub(crate) operations: PerOperation<Permission>,
    pub(crate) who: PerContingent<Permission>,
    pub(crate) frozen: bool,
    pub(crate) diet: DietApproval,
    pub(crate) stable_consent: bool,
    pub(crate) parties_consent_in_relief: bool,
}

/// The cells of a task under the law of `regime`.
pub(crate) fn cells(task: Task, regime: Regime) -> Cells {
    let post = regime >= Regime::Amended2015;
    let Some(item) = item_of(task) else {
        return cells_2015(task, post);
    };
    let row = item_row(item);
    let similar = similar_work(task);
    let as_similar = |p: Permission| match (p, similar) {
        (SIMILAR, Some(a)) => Permission::Open(a),
        (p, _) => p,
    };
    let op = |kind| {
        if row.allows_operation(kind, regime) {
            YES
        } else {
            NO
        }
    };
    let coordinated = match (post, task, op(PKO)) {
        (false, ..) | (true, _, NO) => NO,
        (true, Task::HeadquartersStaff, _) => YES,
        (true, ..) => Permission::Open(Assumption::CoordinatedAsPeacekeeping),
    };
    let sdf_individuals = match (post, task) {
        (true, Task::ElectionObservation) => NO,
        (true, Task::MilitaryLiaison) => as_similar(SIMILAR),
        _ => YES,
    };
    let letter = if post { letter_2016(task) } else { None };
    let others = match letter {
        Some(Letter::Chi | Letter::Ri | Letter::Ne) => YES,
        _ => as_similar(row.others),
    };
    Cells {
        enacted: Enactment::InForce,
        operations: PerOperation {
            peacekeeping: op(PKO),
            coordinated,
            relief: op(RELIEF),
            election: op(ELECTION),
        },
        who: PerContingent {
            sdf_unit: as_similar(row.sdf_units),
            sdf_individuals,
            police: others,
            civilians: others,
        },
        frozen: item.is_pkf_core() && regime < Regime::Amended2001,
        diet: match (row.diet_approval, similar, post) {
            (DietApproval::AsSimilarWork, Some(a), _) => DietApproval::Open(a),
            (DietApproval::Required, _, true) => {
                DietApproval::Open(Assumption::DietApprovalCoreAfter2016)
            }
            (d, ..) => d,
        },
        stable_consent: false,
        parties_consent_in_relief: false,
    }
}

/// The cells of a task the 2015 amendment added (before 29 March 2016,
/// not yet law).
fn cells_2015(task: Task, post: bool) -> Cells {
    let unverified = Permission::Open(Assumption::UnverifiedPermissions);
    let kaketsuke = task == Task::KaketsukeKeigo;
    let row = row(task);
    Cells {
        enacted: if post {
            Enactment::InForce
        } else {
            Enactment::NotYet {
                from: Regime::Amended2015.in_force_from(),
            }
        },
        operations: PerOperation {
            peacekeeping: YES,
            coordinated: YES,
            relief: if kaketsuke { YES } else { unverified },
            election: unverified,
        },
        who: PerContingent {
            sdf_unit: row.sdf_units,
            sdf_individuals: if kaketsuke { NO } else { YES },
            police: NO,
            civilians: NO,
        },
        frozen: false,
        diet: row.diet_approval,
        stable_consent: true,
        parties_consent_in_relief: kaketsuke,
    }
}

/// The rule of a task from its cells, with the citations of the text in
/// force (`post`: the text from 29 March 2016).
pub(crate) fn derive(task: Task, regime: Regime, cells: &Cells, post: bool) -> Rule {
    let item = item_of(task);
    let letter = if post || item.is_none() {
        letter_2016(task)
    } else {
        None
    };
    let art_13_1: Cites = &ART_13_1;
    let frozen = cells.frozen;
    let mut who = cells.who;
    if frozen {
        who.sdf_unit = NO;
    }
    let Some(item) = item else {
        // A task of the 2015 amendment: the letters and articles of the
        // 2016 text, whatever the text in force.
        let row = row(task);
        let kaketsuke = task == Task::KaketsukeKeigo;
        let art_6_1: Cites = &ART_6_1;
        return Rule {
            task,
            regime,
            item: None,
            letter,
            in_force: cells.enacted == Enactment::InForce,
            operations: cells.operations,
            operation_citations: PerOperation {
                peacekeeping: art_6_1,
                coordinated: art_6_1,
                relief: if kaketsuke { art_6_1 } else { &[] },
                election: &[],
            },
            who,
            who_citations: PerContingent {
                sdf_unit: if kaketsuke { art_13_1 } else { &[] },
                sdf_individuals: art_13_1,
                police: art_13_1,
                civilians: art_13_1,
            },
            frozen_for_sdf_units: frozen,
            diet_approval: cells.diet,
            stable_consent: cells.stable_consent,
            parties_consent_in_relief: cells.parties_consent_in_relief,
            citations: row.citations,
        };
    };
    let others_citations: Cites = if letter.is_some() {
        &ART_13_1
    } else {
        &ART_12_1
    };
    Rule {
        task,
        regime,
        item: Some(item),
        letter,
        in_force: cells.enacted == Enactment::InForce,
        operations: cells.operations,
        operation_citations: PerOperation {
            peacekeeping: &[],
            coordinated: if post && task == Task::HeadquartersStaff {
                &NE_COORDINATED
            } else {
                &[]
            },
            relief: &[],
            election: &[],
        },
        who,
        who_citations: PerContingent {
            sdf_unit: if frozen { &ART_6_6_FROZEN } else { &ART_6_6 },
            sdf_individuals: if post
                && matches!(task, Task::ElectionObservation | Task::MilitaryLiaison)
            {
                art_13_1
            } else {
                &[]
            },
            police: others_citations,
            civilians: others_citations,
        },
        frozen_for_sdf_units: frozen,
        diet_approval: cells.diet,
        stable_consent: cells.stable_consent,
        parties_consent_in_relief: cells.parties_consent_in_relief,
        citations: item_citations(task, item, post),
    }
}

/// The citations of a task with an item: the item's, or after 2016 the
/// letter a task moved to.
fn item_citations(task: Task, item: Item, post: bool) -> Cites {
    match task {
        _ if !post => item.citations(),
        Task::ElectionObservation => &LETTER_CHI,
        Task::CivilianPolice => &LETTER_RI,
        Task::HeadquartersStaff => &LETTER_NE,
        Task::MilitaryLiaison => &LETTER_NA,
        _ => item.citations(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumption::Similarity;

    /// The engine leaves an open similarity open without trying each
    /// answer: that is exact only while the answers disagree.
    #[test]
    fn every_open_similarity_cell_turns_on_the_answer() {
        let mut open_cells = 0;
        for &task in Task::ALL {
            let Some(a) = similar_work(task) else {
                continue;
            };
            for &regime in Regime::ALL {
                let r = rule(task, regime);
                for &kind in ContingentKind::ALL {
                    if r.who(kind) != Permission::Open(a) {
                        continue;
                    }
                    open_cells += 1;
                    let mut keys: Vec<_> = Similarity::ANSWERS
                        .into_iter()
                        .filter_map(|s| similar_rule(regime, s))
                        .map(|s| (s.who(kind), s.frozen_for_sdf_units(), s.diet_approval()))
                        .collect();
                    assert_eq!(keys.len(), 4);
                    keys.dedup();
                    assert!(keys.len() > 1, "{task}, {regime:?}, {kind}: {keys:?}");
                }
            }
        }
        assert!(open_cells >= 4, "{open_cells}");
    }
}
