#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod assess;
mod batch;
mod builder;
mod cite;
mod compare;
mod error;
mod fact_path;
mod facts;
pub mod history;
pub mod in_kind;
pub mod law;
mod monitor;
mod periods;
mod report;
pub mod statute;

pub use assess::{
    Assessment, Assumptions, Condition, ConsentGap, ConsentTo, Consenter, Finding, HEADCOUNT_CAP,
    Note, Reason, Status, Subject, Verdict, assess, assess_with,
};
pub use batch::assess_batch;
#[cfg(feature = "parallel")]
pub use batch::assess_batch_parallel;
pub use builder::DeploymentBuilder;
pub use compare::{Change, Comparison, compare};
pub use error::{Error, FactProblem};
pub use fact_path::{Decider, FactPath};
pub use facts::{
    Ceasefire, ConflictSituation, Consent, Contingent, ContingentKind, Deployment, Fact,
    HostConsent, Impartiality, Operation, OperationKind, Party, Task, WeaponsUse,
};
pub use law::{Principle, PrincipleText, Regime};
pub use monitor::{
    Action, Cause, Entry, Event, EventKind, GracePeriod, Timeline, WorkStatus, check_events,
    monitor,
};
pub use periods::{Period, periods, periods_with};
