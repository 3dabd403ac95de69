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
pub mod law;
mod monitor;
mod options;
mod parse;
mod periods;
mod report;
pub mod statute;

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
pub use law::{Enactment, HEADCOUNT_CAP, Principle, PrincipleText, Regime};
pub use monitor::{
    Action, Cause, Entry, Event, EventKind, Timeline, WorkStatus, check_events, monitor,
};
pub use options::Options;
pub use periods::{Period, periods};
pub use report::{Interface, Report};
pub use statute::Bar;
