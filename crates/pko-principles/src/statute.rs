//! Who may do which task, and where: Art. 3(3) of the Act item by item, as
//! data that reads like the statute.
//!
//! One [`Row`] per item of Art. 3(3) (イ to レ, numbered (i) to (xvii)),
//! and one per task that the 2015 amendment added. Each row says:
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
//! - **regimes**: the regimes in which the row holds;
//! - its **citation**.
//!
//! The items are quoted from the Japanese text as it stood in July 2015
//! (as amended up to Act No. 118 of 2006, pre-2016 numbering). pko's
//! sources record no amendment of the items between 1992 and 2015 other
//! than the new kind of operation of 1998, so the rows hold from 1992; the
//! 2016 text is not among pko's sources, and pko applies the same rows
//! after 29 March 2016 (the assessment says so in a note).
//!
//! An internationally coordinated operation (from 2016) is not in the
//! pre-2016 chapeau. pko applies the peacekeeping column to it under the
//! named assumption
//! [`Assumptions::coordinated_as_peacekeeping`](crate::Assumptions::coordinated_as_peacekeeping).
//!
//! # Example
//!
//! ```
//! use pko_principles::statute::{self, Item, Permission};
//! use pko_principles::{ContingentKind, OperationKind, Regime, Task};
//!
//! let police_advice = statute::row(Task::CivilianPolice);
//! assert_eq!(police_advice.item(), Some(Item::Viii));
//! assert_eq!(police_advice.who(ContingentKind::SdfUnit), Permission::Barred);
//! assert_eq!(police_advice.who(ContingentKind::Police), Permission::Allowed);
//! assert!(police_advice.allows_operation(OperationKind::UnPeacekeeping, Regime::Amended2001));
//! assert!(!police_advice.allows_operation(OperationKind::HumanitarianRelief, Regime::Amended2001));
//!
//! let election = statute::row(Task::ElectionObservation);
//! assert!(!election.allows_operation(OperationKind::ElectionObservation, Regime::Act1992));
//! assert!(election.allows_operation(OperationKind::ElectionObservation, Regime::Amended1998));
//! ```

use std::fmt;

use pko_core::Source;

use crate::cite;
use crate::facts::{ContingentKind, OperationKind, Task};
use crate::law::Regime;

/// An item of Art. 3(3), イ to レ.
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
    pub const ALL: [Self; 17] = [
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
    pub fn citation(self) -> &'static Source {
        cite::item(self)
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Art. 3(3)({}) {}", self.roman(), self.kana())
    }
}

/// Whether a kind of person may do a task.
///
/// # Example
///
/// ```
/// use pko_principles::statute::Permission;
///
/// assert_eq!(Permission::Barred.to_string(), "barred");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Permission {
    /// The Act allows it.
    Allowed,
    /// The Act does not allow it.
    Barred,
    /// pko's sources do not say (the 2015 tasks done by persons other than
    /// SDF units): the finding is undetermined.
    Unverified,
}

impl fmt::Display for Permission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Allowed => "allowed",
            Self::Barred => "barred",
            Self::Unverified => "not in pko's sources",
        })
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
/// use pko_principles::statute::{self, Permission};
/// use pko_principles::ContingentKind;
///
/// let row = &statute::ITEMS[0];
/// assert!(row.japanese().starts_with("武力紛争の停止の遵守状況の監視"));
/// assert_eq!(row.who(ContingentKind::Civilians), Permission::Barred);
/// assert!(row.diet_approval_for_sdf_units());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Row {
    item: Option<Item>,
    task_2015: Option<Task>,
    japanese: &'static str,
    english: &'static str,
    operations: &'static [Allowed],
    sdf_units: Permission,
    frozen_for_sdf_units: bool,
    others: Permission,
    diet_approval_for_sdf_units: bool,
    regimes: &'static [Regime],
    #[cfg_attr(feature = "serde", serde(skip))]
    citation: &'static Source,
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
    /// chapeau), each from its regime.
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
    /// civilians) may do it (Art. 12(1) proviso).
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

    /// Whether a kind of contingent may do it (setting the freeze aside).
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
            ContingentKind::SdfIndividuals => Permission::Allowed,
            ContingentKind::Police | ContingentKind::Civilians => self.others,
        }
    }

    /// Whether assigning it to SDF units needs the Diet's approval (Art.
    /// 6(7)).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!pko_principles::statute::ITEMS[15].diet_approval_for_sdf_units());
    /// ```
    #[must_use]
    pub const fn diet_approval_for_sdf_units(&self) -> bool {
        self.diet_approval_for_sdf_units
    }

    /// The regimes in which the row holds.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Regime, Task};
    /// assert_eq!(statute::row(Task::SafetyEnsuring).regimes(), [Regime::Amended2015]);
    /// ```
    #[must_use]
    pub const fn regimes(&self) -> &'static [Regime] {
        self.regimes
    }

    /// Whether the row holds under `regime`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{statute, Regime, Task};
    /// assert!(!statute::row(Task::SafetyEnsuring).holds_in(Regime::Amended2001));
    /// ```
    #[must_use]
    pub fn holds_in(&self, regime: Regime) -> bool {
        self.regimes.contains(&regime)
    }

    /// The row's citation: the item of Art. 3(3), or for a 2015 task the
    /// amending act.
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
        self.citation
    }

    /// The citations a finding on the row starts from.
    pub(crate) const fn citations(&self) -> &'static [&'static Source] {
        self.citations
    }
}

use OperationKind::{ElectionObservation as ELECTION, HumanitarianRelief as RELIEF};
use OperationKind::{InternationallyCoordinated as COORDINATED, UnPeacekeeping as PKO};
use Permission::{Allowed as YES, Barred as NO, Unverified as UNVERIFIED};

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
/// The 2015 tasks: peacekeeping and internationally coordinated
/// operations, from 2016.
const TASK_2015_OPS: &[Allowed] = &[
    from(PKO, Regime::Amended2015),
    from(COORDINATED, Regime::Amended2015),
];

const ALWAYS: &[Regime] = &Regime::ALL;
const FROM_2016: &[Regime] = &[Regime::Amended2015];

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
        diet_approval_for_sdf_units: core,
        regimes: ALWAYS,
        citation: cite::item(item),
        citations: cite::item_list(item),
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
/// | (xvii) レ | every kind (election from 1998) | yes | yes |
///
/// The crate README's table is tested against this data.
///
/// # Example
///
/// ```
/// use pko_principles::statute::{Item, ITEMS};
///
/// assert_eq!(ITEMS.len(), 17);
/// assert!(ITEMS.iter().zip(Item::ALL).all(|(row, item)| row.item() == Some(item)));
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
        YES,
        YES,
        "イからタまでに掲げる業務に類するものとして政令で定める業務",
        "work similar to items (i)-(xvi) set by Cabinet Order",
    ),
];

/// One row for a task of the 2015 amendment.
const fn task_2015(task: Task, japanese: &'static str, english: &'static str) -> Row {
    Row {
        item: None,
        task_2015: Some(task),
        japanese,
        english,
        operations: TASK_2015_OPS,
        sdf_units: YES,
        frozen_for_sdf_units: false,
        others: UNVERIFIED,
        diet_approval_for_sdf_units: false,
        regimes: FROM_2016,
        citation: &cite::REGIME_2015,
        citations: &cite::TASK_2015,
    }
}

/// The tasks of the 2015 amendment (Act No. 76 of 2015, in force 29 March
/// 2016). pko's sources name them and their first assignment to an SDF
/// unit (15 November 2016), but not the 2016 text: who else may do them is
/// [`Permission::Unverified`], and their article numbers are not given.
///
/// # Example
///
/// ```
/// use pko_principles::statute::TASKS_2015;
///
/// assert_eq!(TASKS_2015.len(), 3);
/// ```
pub static TASKS_2015: [Row; 3] = [
    task_2015(
        Task::SafetyEnsuring,
        "安全確保業務",
        "safety-ensuring operations",
    ),
    task_2015(
        Task::KaketsukeKeigo,
        "駆け付け警護",
        "coming to the aid of geographically distant personnel under attack",
    ),
    task_2015(
        Task::JointCampProtection,
        "宿営地の共同防護",
        "joint protection of camps",
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
/// assert_eq!(statute::item_of(Task::JointCampProtection), None);
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
        Task::SafetyEnsuring | Task::KaketsukeKeigo | Task::JointCampProtection => return None,
    })
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
            Task::KaketsukeKeigo => &TASKS_2015[1],
            _ => &TASKS_2015[2],
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
