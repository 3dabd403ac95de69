#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod act;
mod assess;
mod assumption;
mod batch;
mod builder;
mod cite;
mod compare;
mod consistency;
mod error;
mod fact_path;
mod facts;
mod findings;
pub mod history;
mod impact;
pub mod in_kind;
mod monitor;
mod options;
mod parse;
mod periods;
pub mod procedure;
mod regime;
mod report;
pub mod statute;

/// The Act itself: its title, the day it came into force, and citations of
/// its articles and of the speech's sections. The regimes, the principles
/// and their texts are at the crate's root ([`Regime`], [`Principle`]).
///
/// # Example
///
/// ```
/// use pko_principles::law;
///
/// assert_eq!(law::ACT_IN_FORCE.to_string(), "1992-08-10");
/// assert!(law::ACT_TITLE.ends_with("(Act No. 79 of 1992)"));
/// assert_eq!(law::article("24").locator().map(ToString::to_string), Some("Art. 24".into()));
/// ```
pub mod law {
    pub use crate::regime::{ACT_IN_FORCE, ACT_TITLE, article, speech};
}

pub use act::reform::{Applied, Edit, LawChange, Reform, Warning};
pub use act::{Law, Text};
pub use assess::{
    Assessment, Condition, ConsentGap, Finding, Note, Reason, Reformed, Subject, assess,
};
pub use assumption::{
    Assumption, Assumptions, Carryover, GracePeriod, HeadcountCap, Reading, Similarity,
};
pub use batch::assess_batch;
#[cfg(feature = "parallel")]
pub use batch::assess_batch_parallel;
pub use builder::DeploymentBuilder;
pub use compare::{Change, Comparison, ComparisonReport, compare};
pub use error::{Error, FactProblem};
pub use fact_path::FactPath;
pub use facts::{
    Ceasefire, ConflictSituation, Consent, ConsentTo, Consenter, Contingent, ContingentKind,
    Deployment, Fact, HostConsent, Impartiality, Operation, OperationKind, Party, Task, WeaponsUse,
};
pub use findings::{Decider, Status, Verdict};
pub use impact::{Case, FindingChange, FindingState, Impact, impact, impact_on_record};
pub use monitor::{
    Action, Cause, Entry, Event, EventKind, Timeline, WorkStatus, check_events, monitor,
};
pub use options::Options;
pub use periods::{Period, periods};
pub use regime::{Enactment, HEADCOUNT_CAP, Principle, PrincipleText, Regime};
pub use report::{Interface, Report};
pub use statute::Bar;
