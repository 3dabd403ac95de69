//! Reforms: named, sourced, dated sets of typed changes to a [`Law`].

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use pko_core::Source;

use super::{Body, Law, Text, waiver_index, weapons_index};
use crate::assumption::{Assumption, Assumptions, HeadcountCap};
use crate::error::Error;
use crate::facts::{ConflictSituation, ContingentKind, OperationKind, Task, WeaponsUse};
use crate::regime::{Enactment, Principle};
use crate::statute::{self, DietApproval, Permission};

/// One typed change to a provision of the law.
///
/// In JSON each change is an object whose `"set"` names the provision,
/// beside the fields that say which and to what (see the crate README's
/// reform format):
///
/// ```json
/// {"set": "task_contingent", "task": "civilian_police", "contingent": "sdf_unit", "permission": "allowed"}
/// ```
///
/// # Example
///
/// ```
/// use pko_principles::{LawChange, HeadcountCap};
///
/// let c = LawChange::HeadcountCap { cap: HeadcountCap::Of(1_000) };
/// assert_eq!(c.to_string(), "the headcount cap (Art. 18) set to 1000");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(tag = "set", rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum LawChange {
    /// Allow or bar a task in a kind of operation (the chapeau of Art.
    /// 3(3)).
    TaskOperation {
        /// The task.
        task: Task,
        /// The kind of operation.
        operation: OperationKind,
        /// Allowed, barred, or open to an assumption.
        permission: Permission,
    },
    /// Allow or bar a task for a kind of contingent (Art. 6(6) for SDF
    /// units, Art. 12(1) and from 2016 Art. 13(1) for the corps).
    TaskContingent {
        /// The task.
        task: Task,
        /// The kind of contingent.
        contingent: ContingentKind,
        /// Allowed, barred, or open to an assumption.
        permission: Permission,
    },
    /// Freeze a task for SDF units, or lift the freeze (the PKF core tasks
    /// until the 2001 amendment).
    TaskFrozen {
        /// The task.
        task: Task,
        /// Whether it is frozen.
        frozen: bool,
    },
    /// Require or waive the Diet's prior approval of a task by SDF units
    /// (Art. 6(7)).
    DietApproval {
        /// The task.
        task: Task,
        /// Required, not required, or open to an assumption.
        approval: DietApproval,
    },
    /// Make a task law, from a day, or take it out.
    TaskEnacted {
        /// The task.
        task: Task,
        /// Whether and from when it is law.
        enactment: Enactment,
    },
    /// Require or waive, for a task, that the consents be judged stably
    /// maintained (Art. 6(1) of the 2016 text).
    StableConsent {
        /// The task.
        task: Task,
        /// Whether it is required.
        required: bool,
    },
    /// Require or waive, for a task in a humanitarian relief operation, the
    /// consent of every party to the conflict (Art. 6(1) of the 2016 text).
    PartiesConsentInRelief {
        /// The task.
        task: Task,
        /// Whether it is required.
        required: bool,
    },
    /// Provide a kind of operation, from a day, or take it out of the law.
    Operation {
        /// The kind of operation.
        operation: OperationKind,
        /// Whether and from when it is law.
        enactment: Enactment,
    },
    /// Waive one of principles 1–4 for a kind of operation, or require it
    /// again. Principle 5 changes through the weapons authorities.
    Principle {
        /// The principle.
        principle: Principle,
        /// The kind of operation.
        operation: OperationKind,
        /// Whether it is waived.
        waived: bool,
    },
    /// The cases of Art. 3(1) where no ceasefire is needed: where the
    /// conflict has ended and no parties remain (2015 amendment), and where
    /// no armed conflict has yet occurred (2001 amendment).
    CeasefireClause {
        /// `ended_parties_gone` or `no_conflict_yet`.
        situation: ConflictSituation,
        /// Whether and from when the clause is law.
        enactment: Enactment,
    },
    /// Make an authority to use weapons law, from a day, or take it out.
    /// The use of force (Art. 2(2)) is not among them.
    Weapons {
        /// The authority.
        weapons: WeaponsUse,
        /// Whether and from when it is law.
        enactment: Enactment,
    },
    /// Allow or bar an authority to use weapons for a kind of contingent.
    WeaponsContingent {
        /// The authority.
        weapons: WeaponsUse,
        /// The kind of contingent.
        contingent: ContingentKind,
        /// Whether it may.
        allowed: bool,
    },
    /// The rule that a unit uses weapons on the order of a superior officer
    /// present (Art. 24(4), 1998 amendment).
    SuperiorOrder {
        /// Whether and from when it is law.
        enactment: Enactment,
    },
    /// Set or remove the cap on the persons engaged at a time (Art. 18).
    HeadcountCap {
        /// A number, `removed`, or `open` to the assumption.
        cap: HeadcountCap,
    },
    /// The text whose numbering and citations the law follows.
    Text {
        /// The text.
        text: Text,
    },
}

/// Why an open cell is refused.
const NOT_YES_NO: &str = "a cell may be left open only to an assumption that answers yes or no (`no_conflict_clause_since_1992`, `coordinated_as_peacekeeping`, `diet_approval_core_after_2016`, `diet_approval_2015_tasks`, `unverified_permissions`), or, for similar work (item (xvii)), to what it is similar to";

/// Which provision a change sets, to trace findings to the changes that
/// set what they read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    TaskOperation(Task, OperationKind),
    TaskContingent(Task, ContingentKind),
    TaskFrozen(Task),
    DietApproval(Task),
    TaskEnacted(Task),
    StableConsent(Task),
    PartiesConsentInRelief(Task),
    Operation(OperationKind),
    Principle(Principle, OperationKind),
    CeasefireClause(ConflictSituation),
    Weapons(WeaponsUse),
    WeaponsContingent(WeaponsUse, ContingentKind),
    SuperiorOrder,
    HeadcountCap,
    Text,
}

impl Key {
    /// One bit per kind of key, for a quick test of whether a law holds a
    /// change of that kind at all.
    pub(crate) const fn bit(self) -> u16 {
        1 << match self {
            Self::TaskOperation(..) => 0,
            Self::TaskContingent(..) => 1,
            Self::TaskFrozen(_) => 2,
            Self::DietApproval(_) => 3,
            Self::TaskEnacted(_) => 4,
            Self::StableConsent(_) => 5,
            Self::PartiesConsentInRelief(_) => 6,
            Self::Operation(_) => 7,
            Self::Principle(..) => 8,
            Self::CeasefireClause(_) => 9,
            Self::Weapons(_) => 10,
            Self::WeaponsContingent(..) => 11,
            Self::SuperiorOrder => 12,
            Self::HeadcountCap => 13,
            Self::Text => 14,
        }
    }
}

impl LawChange {
    /// The provision it sets.
    pub(crate) const fn key(&self) -> Key {
        match *self {
            Self::TaskOperation {
                task, operation, ..
            } => Key::TaskOperation(task, operation),
            Self::TaskContingent {
                task, contingent, ..
            } => Key::TaskContingent(task, contingent),
            Self::TaskFrozen { task, .. } => Key::TaskFrozen(task),
            Self::DietApproval { task, .. } => Key::DietApproval(task),
            Self::TaskEnacted { task, .. } => Key::TaskEnacted(task),
            Self::StableConsent { task, .. } => Key::StableConsent(task),
            Self::PartiesConsentInRelief { task, .. } => Key::PartiesConsentInRelief(task),
            Self::Operation { operation, .. } => Key::Operation(operation),
            Self::Principle {
                principle,
                operation,
                ..
            } => Key::Principle(principle, operation),
            Self::CeasefireClause { situation, .. } => Key::CeasefireClause(situation),
            Self::Weapons { weapons, .. } => Key::Weapons(weapons),
            Self::WeaponsContingent {
                weapons,
                contingent,
                ..
            } => Key::WeaponsContingent(weapons, contingent),
            Self::SuperiorOrder { .. } => Key::SuperiorOrder,
            Self::HeadcountCap { .. } => Key::HeadcountCap,
            Self::Text { .. } => Key::Text,
        }
    }

    /// Checks that the change names a provision the law has, with a value
    /// it can hold.
    fn check(&self) -> Result<(), &'static str> {
        let cell = |p: Permission| match p {
            Permission::AsSimilarWork => Err(
                "`as_similar_work` is what the statute says of item (xvii); a reform sets `allowed`, `barred` or an open assumption",
            ),
            _ => Ok(()),
        };
        // An open cell must be one an assumption answers: a yes-or-no
        // reading, or (for who may do a task) what similar work is
        // similar to.
        let yes_no = |a: Assumption| Assumptions::DEFAULT.reading(a).is_some();
        match *self {
            Self::TaskOperation {
                permission: Permission::Open(a),
                ..
            } if !yes_no(a) => Err(NOT_YES_NO),
            // Item (xvii): the Diet's approval of similar work is that of
            // the work it is similar to.
            Self::DietApproval {
                task,
                approval: DietApproval::Open(a),
            } if !yes_no(a) && statute::similar_work(task) != Some(a) => Err(NOT_YES_NO),
            // Item (xvii): who may do similar work is who may do the work
            // it is similar to; no other task is similar work.
            Self::TaskContingent {
                task,
                permission: Permission::Open(a),
                ..
            } if !yes_no(a) && statute::similar_work(task) != Some(a) => Err(NOT_YES_NO),
            Self::TaskOperation { permission, .. } | Self::TaskContingent { permission, .. } => {
                cell(permission)
            }
            Self::DietApproval {
                approval: DietApproval::AsSimilarWork,
                ..
            } => Err(
                "`as_similar_work` is what the statute says of item (xvii); a reform sets `required`, `not_required` or an open assumption",
            ),
            Self::Principle {
                principle: Principle::MinimumUseOfWeapons,
                ..
            } => Err(
                "principle 5 is not waived as a whole: change the weapons authorities (`weapons`, `weapons_contingent`, `superior_order`)",
            ),
            Self::CeasefireClause {
                situation: ConflictSituation::CeasefireBased,
                ..
            } => Err(
                "a ceasefire-based conflict is the case that needs a ceasefire: to drop the requirement, waive principle 1 (`principle`)",
            ),
            Self::Weapons {
                weapons: WeaponsUse::UseOfForce,
                ..
            }
            | Self::WeaponsContingent {
                weapons: WeaponsUse::UseOfForce,
                ..
            } => Err("the use of force (Art. 2(2)) is not an authority pko's law can grant"),
            Self::HeadcountCap {
                cap: HeadcountCap::Of(0),
            } => Err("a cap of 0 would bar every deployment: remove the cap or set one above 0"),
            _ => Ok(()),
        }
    }

    /// Sets the provision in `body`; returns whether it changed.
    fn apply(&self, body: &mut Body) -> bool {
        fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
            let changed = *slot != value;
            *slot = value;
            changed
        }
        let p = &mut body.provisions;
        match *self {
            Self::TaskOperation {
                task,
                operation,
                permission,
            } => set(p.task_mut(task).operations.get_mut(operation), permission),
            Self::TaskContingent {
                task,
                contingent,
                permission,
            } => set(p.task_mut(task).who.get_mut(contingent), permission),
            Self::TaskFrozen { task, frozen } => set(&mut p.task_mut(task).frozen, frozen),
            Self::DietApproval { task, approval } => set(&mut p.task_mut(task).diet, approval),
            Self::TaskEnacted { task, enactment } => set(&mut p.task_mut(task).enacted, enactment),
            Self::StableConsent { task, required } => {
                set(&mut p.task_mut(task).stable_consent, required)
            }
            Self::PartiesConsentInRelief { task, required } => {
                set(&mut p.task_mut(task).parties_consent_in_relief, required)
            }
            Self::Operation {
                operation,
                enactment,
            } => set(&mut p.operations.get_mut(operation).enacted, enactment),
            Self::Principle {
                principle,
                operation,
                waived,
            } => waiver_index(principle)
                .and_then(|i| p.operations.get_mut(operation).waived.get_mut(i))
                .is_some_and(|slot| set(slot, waived)),
            Self::CeasefireClause {
                situation,
                enactment,
            } => match situation {
                ConflictSituation::EndedPartiesGone => set(&mut p.ended_conflict_clause, enactment),
                ConflictSituation::NoConflictYet => set(&mut p.no_conflict_clause, enactment),
                ConflictSituation::CeasefireBased => false,
            },
            Self::Weapons { weapons, enactment } => weapons_index(weapons)
                .and_then(|i| p.weapons.get_mut(i))
                .is_some_and(|w| set(&mut w.enacted, enactment)),
            Self::WeaponsContingent {
                weapons,
                contingent,
                allowed,
            } => weapons_index(weapons)
                .and_then(|i| p.weapons.get_mut(i))
                .is_some_and(|w| set(w.who.get_mut(contingent), allowed)),
            Self::SuperiorOrder { enactment } => set(&mut p.superior_order, enactment),
            Self::HeadcountCap { cap } => set(&mut p.cap, cap),
            Self::Text { text } => set(&mut p.text, text),
        }
    }

    /// The change that sets the same provision back to what `body` holds.
    fn restoring(&self, body: &Body) -> Self {
        let p = &body.provisions;
        match *self {
            Self::TaskOperation {
                task, operation, ..
            } => Self::TaskOperation {
                task,
                operation,
                permission: p.task(task).operations.get(operation),
            },
            Self::TaskContingent {
                task, contingent, ..
            } => Self::TaskContingent {
                task,
                contingent,
                permission: p.task(task).who.get(contingent),
            },
            Self::TaskFrozen { task, .. } => Self::TaskFrozen {
                task,
                frozen: p.task(task).frozen,
            },
            Self::DietApproval { task, .. } => Self::DietApproval {
                task,
                approval: p.task(task).diet,
            },
            Self::TaskEnacted { task, .. } => Self::TaskEnacted {
                task,
                enactment: p.task(task).enacted,
            },
            Self::StableConsent { task, .. } => Self::StableConsent {
                task,
                required: p.task(task).stable_consent,
            },
            Self::PartiesConsentInRelief { task, .. } => Self::PartiesConsentInRelief {
                task,
                required: p.task(task).parties_consent_in_relief,
            },
            Self::Operation { operation, .. } => Self::Operation {
                operation,
                enactment: p.operations.get(operation).enacted,
            },
            Self::Principle {
                principle,
                operation,
                ..
            } => Self::Principle {
                principle,
                operation,
                waived: waiver_index(principle)
                    .and_then(|i| p.operations.get(operation).waived.get(i).copied())
                    .unwrap_or(false),
            },
            Self::CeasefireClause { situation, .. } => Self::CeasefireClause {
                situation,
                enactment: match situation {
                    ConflictSituation::NoConflictYet => p.no_conflict_clause,
                    _ => p.ended_conflict_clause,
                },
            },
            Self::Weapons { weapons, .. } => Self::Weapons {
                weapons,
                enactment: weapons_index(weapons)
                    .and_then(|i| p.weapons.get(i))
                    .map_or(Enactment::Repealed, |w| w.enacted),
            },
            Self::WeaponsContingent {
                weapons,
                contingent,
                ..
            } => Self::WeaponsContingent {
                weapons,
                contingent,
                allowed: weapons_index(weapons)
                    .and_then(|i| p.weapons.get(i))
                    .is_some_and(|w| w.who.get(contingent)),
            },
            Self::SuperiorOrder { .. } => Self::SuperiorOrder {
                enactment: p.superior_order,
            },
            Self::HeadcountCap { .. } => Self::HeadcountCap { cap: p.cap },
            Self::Text { .. } => Self::Text { text: p.text },
        }
    }
}

impl fmt::Display for LawChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TaskOperation {
                task,
                operation,
                permission,
            } => write!(
                f,
                "{task} in {} {operation}: {permission}",
                operation.article()
            ),
            Self::TaskContingent {
                task,
                contingent,
                permission,
            } => write!(f, "{task} by {contingent}: {permission}"),
            Self::TaskFrozen { task, frozen: true } => write!(f, "{task} frozen for SDF units"),
            Self::TaskFrozen {
                task,
                frozen: false,
            } => write!(f, "the freeze of {task} for SDF units lifted"),
            Self::DietApproval { task, approval } => {
                write!(f, "the Diet's approval of {task} by SDF units: {approval}")
            }
            Self::TaskEnacted { task, enactment } => write!(f, "{task}: {enactment}"),
            Self::StableConsent { task, required } => write!(
                f,
                "{task}: consents judged stably maintained {}",
                if *required {
                    "required"
                } else {
                    "not required"
                }
            ),
            Self::PartiesConsentInRelief { task, required } => write!(
                f,
                "{task} in humanitarian relief: every party's consent {}",
                if *required {
                    "required"
                } else {
                    "not required"
                }
            ),
            Self::Operation {
                operation,
                enactment,
            } => write!(f, "the {operation}: {enactment}"),
            Self::Principle {
                principle,
                operation,
                waived,
            } => write!(
                f,
                "{principle} {} for the {operation}",
                if *waived { "waived" } else { "required" }
            ),
            Self::CeasefireClause {
                situation,
                enactment,
            } => write!(f, "no ceasefire needed where {situation}: {enactment}"),
            Self::Weapons { weapons, enactment } => {
                write!(f, "weapons use for {weapons}: {enactment}")
            }
            Self::WeaponsContingent {
                weapons,
                contingent,
                allowed,
            } => write!(
                f,
                "weapons use for {weapons} by {contingent}: {}",
                if *allowed { "allowed" } else { "barred" }
            ),
            Self::SuperiorOrder { enactment } => {
                write!(
                    f,
                    "weapons on a superior officer's order (Art. 24(4)): {enactment}"
                )
            }
            Self::HeadcountCap { cap } => match cap {
                HeadcountCap::Of(n) => write!(f, "the headcount cap (Art. 18) set to {n}"),
                HeadcountCap::Removed => f.write_str("the headcount cap (Art. 18) removed"),
                HeadcountCap::Open => f.write_str(
                    "the headcount cap (Art. 18) left to assumptions.headcount_cap_after_2016",
                ),
            },
            Self::Text { text } => write!(f, "citations and numbering of {text}"),
        }
    }
}

/// A change with the source that states it (an article of an amending
/// act, a bill, a proposal).
///
/// # Example
///
/// ```
/// use pko_principles::{LawChange, Edit, HeadcountCap};
///
/// let e = Edit::new(LawChange::HeadcountCap { cap: HeadcountCap::Of(1_000) });
/// assert!(e.source.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Edit {
    /// The change.
    pub change: LawChange,
    /// Where it is stated, if not in the reform's own source.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<Source>,
}

impl Edit {
    /// A change with no source of its own.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{LawChange, Edit, Text};
    /// assert_eq!(Edit::new(LawChange::Text { text: Text::From2016 }).change, LawChange::Text { text: Text::From2016 });
    /// ```
    #[must_use]
    pub const fn new(change: LawChange) -> Self {
        Self {
            change,
            source: None,
        }
    }
}

/// A named, sourced, dated set of typed changes to a [`Law`].
///
/// Build one in Rust with [`Reform::new`] and [`Reform::change`], or read
/// one from JSON (the crate README documents the format; examples are in
/// `examples/data/`). Apply it with [`Law::with`].
///
/// # Example
///
/// ```
/// use pko_principles::{LawChange, ContingentKind, Law, Regime, Reform, Task};
/// use pko_principles::statute::Permission;
///
/// let reform = Reform::new("SDF units may advise police", pko_core::Source::SPEECH)
///     .change(LawChange::TaskContingent {
///         task: Task::CivilianPolice,
///         contingent: ContingentKind::SdfUnit,
///         permission: Permission::Allowed,
///     });
/// let law = Law::of(Regime::Amended2001).with(&reform)?;
/// let r = law.rule(Task::CivilianPolice, pko_core::date(2015, 6, 15));
/// assert_eq!(r.who(ContingentKind::SdfUnit), Permission::Allowed);
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(transform = pko_core::schema_key::add_property)
)]
#[cfg_attr(feature = "serde", serde(remote = "Self", deny_unknown_fields))]
pub struct Reform {
    name: String,
    source: Source,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    from: Option<NaiveDate>,
    changes: Vec<Edit>,
}

// A file may name its schema (`"$schema"`): it is dropped as it is read.
#[cfg(feature = "serde")]
pko_core::serde_with_schema_key!(Reform);

impl Reform {
    /// A reform with no changes yet, applying from the first day of the
    /// law it changes.
    ///
    /// # Example
    ///
    /// ```
    /// let r = pko_principles::Reform::new("none yet", pko_core::Source::SPEECH);
    /// assert!(r.changes().is_empty());
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, source: Source) -> Self {
        Self {
            name: name.into(),
            source,
            from: None,
            changes: Vec::new(),
        }
    }

    /// The reform applying from `day`: before it, the law as it was.
    ///
    /// # Example
    ///
    /// ```
    /// let d = pko_core::date(2016, 3, 29);
    /// let r = pko_principles::Reform::new("r", pko_core::Source::SPEECH).from(d);
    /// assert_eq!(r.applies_from(), Some(d));
    /// ```
    #[must_use]
    pub const fn from(mut self, day: NaiveDate) -> Self {
        self.from = Some(day);
        self
    }

    /// Adds a change stated by the reform's own source.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{LawChange, HeadcountCap, Reform};
    /// let r = Reform::new("r", pko_core::Source::SPEECH).change(LawChange::HeadcountCap { cap: HeadcountCap::Removed });
    /// assert_eq!(r.changes().len(), 1);
    /// ```
    #[must_use]
    pub fn change(mut self, change: LawChange) -> Self {
        self.changes.push(Edit::new(change));
        self
    }

    /// Adds a change with the source that states it.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{LawChange, HeadcountCap, Reform};
    /// let art = pko_principles::law::article("18");
    /// let r = Reform::new("r", pko_core::Source::SPEECH).change_cited(LawChange::HeadcountCap { cap: HeadcountCap::Removed }, art.clone());
    /// assert_eq!(r.changes()[0].source.as_ref(), Some(&art));
    /// ```
    #[must_use]
    pub fn change_cited(mut self, change: LawChange, source: Source) -> Self {
        self.changes.push(Edit {
            change,
            source: Some(source),
        });
        self
    }

    /// Its name.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Reform::new("r", pko_core::Source::SPEECH).name(), "r");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its source.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Reform::new("r", pko_core::Source::SPEECH).source(), &pko_core::Source::SPEECH);
    /// ```
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }

    /// The day from which it applies (`None`: from the first day of the
    /// law it changes).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_principles::Reform::new("r", pko_core::Source::SPEECH).applies_from(), None);
    /// ```
    #[must_use]
    pub const fn applies_from(&self) -> Option<NaiveDate> {
        self.from
    }

    /// Its changes, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Reform, Regime};
    /// assert!(!Reform::amendment(Regime::Amended2001)?.changes().is_empty());
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn changes(&self) -> &[Edit] {
        &self.changes
    }

    /// The reform that undoes this one on `baseline`: each provision this
    /// reform sets, set back to what `baseline` holds, in reverse order.
    /// `law.with(&r)?.with(&r.inverse(&law))?` has the provisions of `law`.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{LawChange, HeadcountCap, Law, Regime, Reform};
    ///
    /// let law = Law::of(Regime::Amended2001);
    /// let r = Reform::new("cap 1,000", pko_core::Source::SPEECH).change(LawChange::HeadcountCap { cap: HeadcountCap::Of(1_000) });
    /// let back = law.with(&r)?.with(&r.inverse(law))?;
    /// assert_eq!(back.headcount_cap(pko_core::date(2010, 1, 1)), HeadcountCap::Of(2_000));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn inverse(&self, baseline: &Law) -> Self {
        let body = self.from.map_or(&baseline.base, |d| baseline.body(d));
        Self {
            name: format!("undo {}", self.name),
            source: self.source.clone(),
            from: self.from,
            changes: self
                .changes
                .iter()
                .rev()
                .map(|e| Edit {
                    change: e.change.restoring(body),
                    source: e.source.clone(),
                })
                .collect(),
        }
    }
}

/// One change of a reform, as applied to a law: the reform's name and
/// source, the change, its own source and the day from which it applies.
///
/// # Example
///
/// ```
/// use pko_principles::{Law, Reform, Regime};
///
/// let law = Law::of(Regime::Amended1998).with(&Reform::amendment(Regime::Amended2001)?)?;
/// let first = &law.reforms()[0];
/// assert_eq!(first.reform(), "Act No. 157 of 2001");
/// assert!(first.source().title().contains("2001"));
/// # Ok::<(), pko_principles::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Applied {
    reform: String,
    change: LawChange,
    source: Source,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    from: Option<NaiveDate>,
}

impl Applied {
    /// The reform's name.
    ///
    /// # Example
    ///
    /// See [`Applied`].
    #[must_use]
    pub fn reform(&self) -> &str {
        &self.reform
    }

    /// The change.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{LawChange, Law, Reform, Regime, Text};
    /// let law = Law::of(Regime::Amended2001).with(&Reform::amendment(Regime::Amended2015)?)?;
    /// assert!(law.reforms().iter().any(|a| a.change() == &LawChange::Text { text: Text::From2016 }));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn change(&self) -> &LawChange {
        &self.change
    }

    /// The change's source, or the reform's where the change has none.
    ///
    /// # Example
    ///
    /// See [`Applied`].
    #[must_use]
    pub const fn source(&self) -> &Source {
        &self.source
    }

    /// The day from which it applies, if the reform has one.
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Law, Reform, Regime};
    /// let law = Law::of(Regime::Act1992).with(&Reform::amendment(Regime::Amended1998)?)?;
    /// assert_eq!(law.reforms()[0].applies_from(), Some(pko_core::date(1998, 6, 12)));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub const fn applies_from(&self) -> Option<NaiveDate> {
        self.from
    }
}

impl fmt::Display for Applied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.reform, self.source, self.change)
    }
}

/// What applying a reform noticed without refusing it.
///
/// # Example
///
/// See [`Law::warnings`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(tag = "warning", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Warning {
    /// The change sets a provision to what the law already holds.
    ChangesNothing {
        /// The reform.
        reform: String,
        /// The change, by its place in the reform (0 first).
        index: usize,
        /// The change.
        change: LawChange,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ChangesNothing {
                reform,
                index,
                change,
            } => write!(
                f,
                "{reform}, change {index} ({change}) changes nothing: the law already says so"
            ),
        }
    }
}

impl Law {
    /// The law with `reform` applied: each change sets its provision, from
    /// the reform's day if it has one (before it, this law applies).
    ///
    /// # Errors
    ///
    /// [`Error::EmptyReform`] for a reform with no changes;
    /// [`Error::BadChange`] for a change that names a provision the law
    /// does not have or a value it cannot hold, saying which and why. A
    /// change that changes nothing is not refused: it is listed in
    /// [`Law::warnings`].
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{LawChange, Error, HeadcountCap, Law, Regime, Reform};
    ///
    /// let law = Law::of(Regime::Amended2001);
    /// let empty = Reform::new("nothing", pko_core::Source::SPEECH);
    /// assert!(matches!(law.with(&empty), Err(Error::EmptyReform { .. })));
    /// let zero = empty.change(LawChange::HeadcountCap { cap: HeadcountCap::Of(0) });
    /// let e = law.with(&zero).unwrap_err();
    /// assert!(e.to_string().contains("change 0"));
    /// ```
    pub fn with(&self, reform: &Reform) -> Result<Self, Error> {
        if reform.changes.is_empty() {
            return Err(Error::EmptyReform {
                reform: reform.name.clone(),
            });
        }
        for (index, edit) in reform.changes.iter().enumerate() {
            edit.change.check().map_err(|why| Error::BadChange {
                reform: reform.name.clone(),
                index,
                why,
            })?;
        }
        let mut law = self.clone();
        law.name = std::borrow::Cow::Owned(format!("{} with {}", self.name, reform.name));
        // The bodies the reform changes: all of them, or those from its day
        // (the one in force on that day split in two).
        let first_changed = match reform.from {
            None => 0,
            Some(day) => {
                let at = law.later.iter().position(|(d, _)| *d >= day);
                match at {
                    Some(i) if law.later.get(i).is_some_and(|(d, _)| *d == day) => i + 1,
                    _ => {
                        let body = law.body(day).clone();
                        let i = at.unwrap_or(law.later.len());
                        law.later.insert(i, (day, body));
                        i + 1
                    }
                }
            }
        };
        let regime = law.regime;
        for (index, edit) in reform.changes.iter().enumerate() {
            let k = law.applied.len();
            law.applied.push(Arc::new(Applied {
                reform: reform.name.clone(),
                change: edit.change,
                source: edit.source.clone().unwrap_or_else(|| reform.source.clone()),
                from: reform.from,
            }));
            let key = edit.change.key();
            let mut changed = false;
            let bodies = std::iter::once(&mut law.base)
                .chain(law.later.iter_mut().map(|(_, b)| b))
                .skip(first_changed);
            for body in bodies {
                changed |= edit.change.apply(body);
                body.origins.retain(|(key_, _)| *key_ != key);
                body.origins.push((key, k));
                body.traced |= key.bit();
            }
            if !changed {
                law.warnings.push(Warning::ChangesNothing {
                    reform: reform.name.clone(),
                    index,
                    change: edit.change,
                });
            }
        }
        // Only the bodies the reform changed need their rules again.
        for body in std::iter::once(&mut law.base)
            .chain(law.later.iter_mut().map(|(_, b)| b))
            .skip(first_changed)
        {
            body.derive(regime);
        }
        Ok(law)
    }

    /// Whether two laws hold the same provisions on `day` (whatever
    /// reforms made them).
    ///
    /// # Example
    ///
    /// ```
    /// use pko_principles::{Law, Reform, Regime};
    ///
    /// let d = pko_core::date(2000, 1, 1);
    /// let reformed = Law::of(Regime::Act1992).with(&Reform::amendment(Regime::Amended1998)?)?;
    /// assert!(reformed.same_provisions(Law::of(Regime::Amended1998), d));
    /// assert!(!reformed.same_provisions(Law::of(Regime::Act1992), d));
    /// # Ok::<(), pko_principles::Error>(())
    /// ```
    #[must_use]
    pub fn same_provisions(&self, other: &Self, day: NaiveDate) -> bool {
        self.body(day).provisions == other.body(day).provisions
    }
}
