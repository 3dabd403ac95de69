//! The web page: a form that describes a deployment and shows its
//! assessment, and a page of charts of the shipped personnel data. Rendered
//! on the server with minijinja; no JavaScript.

use std::sync::OnceLock;

use axum::extract::RawQuery;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use chrono::NaiveDate;
use minijinja::{Environment, context};
use pko::contributions::ContributorRank;
use pko::contributions::personnel::{self, CategorySet, Format, Personnel};
use pko::core::{CountryCode, YearMonth, date};
use pko::principles::{
    Assessment, Assumption, Assumptions, Ceasefire, ConflictSituation, Consent, ContingentKind,
    Decider, Deployment, DeploymentBuilder, Interface, Law, LawChange, OperationKind, Options,
    Party, Principle, Reform, Task, WeaponsUse,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::ProblemDetails;
use pko_charts::{self as charts, Chart, Span};

/// The query of the example on the form: the facts of
/// `openapi/proposal-unmiss-kaketsuke-keigo.json`, on 15 November 2016.
pub(crate) const EXAMPLE: &str = "as_of=2016-11-15&kind=un_peacekeeping&conflict=ceasefire_based\
&host_consent=given&host_stable=yes&ceasefire=agreed\
&party_name=Party+A&party_consent_1=given&party_name=Party+B&party_consent_2=given\
&impartial=yes&withdrawal=yes&contingent=sdf_unit&size=350&engaged=10\
&task=engineering&task=kaketsuke_keigo\
&weapon=self_preservation&weapon=persons_under_control&weapon=protection_of_weapons&weapon=duty_execution\
&weapon=joint_camp_protection";

/// How many party rows the form has.
const PARTY_ROWS: usize = 3;

/// How many change rows the reform part of the form has.
const CHANGE_ROWS: usize = 3;

/// The kinds of change the form offers, by their JSON name (`set`), and
/// the fields each takes beside its value.
const CHANGE_KINDS: [(&str, &str); 8] = [
    ("task_contingent", "who may do a task (task, who)"),
    (
        "task_operation",
        "a task in a kind of operation (task, operation)",
    ),
    (
        "diet_approval",
        "the Diet's approval of a task by SDF units (task)",
    ),
    ("task_enacted", "whether a task is law (task)"),
    (
        "weapons_contingent",
        "who may use a weapons authority (weapons, who)",
    ),
    ("weapons", "whether a weapons authority is law (weapons)"),
    (
        "principle",
        "a principle for a kind of operation (principle, operation)",
    ),
    (
        "headcount_cap",
        "the headcount cap (value: a number, or removed)",
    ),
];

/// The values of a change row, by the kind they fit.
const CHANGE_VALUES: [(&str, &str); 8] = [
    ("allowed", "allowed"),
    ("barred", "barred"),
    ("required", "required"),
    ("not_required", "not required"),
    ("in_force", "law"),
    ("repealed", "not law"),
    ("waived", "waived"),
    ("removed", "removed (the cap)"),
];

fn templates() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in [
            ("base.html", include_str!("../templates/base.html")),
            ("macros.html", include_str!("../templates/macros.html")),
            ("index.html", include_str!("../templates/index.html")),
            (
                "contributions.html",
                include_str!("../templates/contributions.html"),
            ),
            ("joint.html", include_str!("../templates/joint.html")),
        ] {
            // The templates are part of the crate and tested: a syntax
            // error shows as a render error on every page.
            let _ = env.add_template(name, source);
        }
        env
    })
}

/// A page, or a 500 problem if the template fails (a bug).
pub(crate) fn render(name: &str, ctx: minijinja::Value) -> Response {
    templates()
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .map_or_else(
            |e| {
                ProblemDetails::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "The server failed",
                    format!("the page could not be rendered: {e}"),
                )
                .into_response()
            },
            |html| Html(html).into_response(),
        )
}

/// The serde name of a value: the option values of the form.
pub(crate) fn key<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A value from its serde name.
pub(crate) fn from_key<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_value(Value::String(key.to_owned())).ok()
}

/// An option of a select or a checkbox.
#[derive(Debug, Serialize)]
pub(crate) struct Choice {
    value: String,
    label: String,
}

fn choices<T: Serialize + std::fmt::Display>(all: &[T]) -> Vec<Choice> {
    all.iter()
        .map(|v| Choice {
            value: key(v),
            label: v.to_string(),
        })
        .collect()
}

pub(crate) fn labelled(pairs: &[(&str, &str)]) -> Vec<Choice> {
    pairs
        .iter()
        .map(|(value, label)| Choice {
            value: (*value).to_owned(),
            label: (*label).to_owned(),
        })
        .collect()
}

/// An open reading of the form: the assumption, its question, its values
/// and the one chosen.
#[derive(Debug, Serialize)]
struct ReadingRow {
    name: &'static str,
    question: &'static str,
    why: &'static str,
    /// The values of a select; empty for a free input (a number).
    values: Vec<&'static str>,
    hint: String,
    value: String,
}

/// The form's open readings, with the values `assumptions` has.
fn readings(assumptions: &Assumptions, chosen: &[(String, String)]) -> Vec<ReadingRow> {
    Assumption::ALL
        .iter()
        .map(|a| {
            let free = a.values().iter().any(|v| v.starts_with("a number"));
            let value = chosen
                .iter()
                .rev()
                .find(|(name, _)| name == a.name())
                .map_or_else(|| assumptions.value(*a), |(_, v)| v.clone());
            ReadingRow {
                name: a.name(),
                question: a.question(),
                why: a.why(),
                values: if free {
                    Vec::new()
                } else {
                    a.values().to_vec()
                },
                hint: a.values().join(", "),
                value,
            }
        })
        .collect()
}

/// A party row of the form.
#[derive(Debug, Default, Serialize)]
struct PartyRow {
    name: String,
    consent: String,
}

/// The form's fields, as submitted (and shown again).
#[derive(Debug, Default, Serialize)]
struct Form {
    as_of: String,
    kind: String,
    conflict: String,
    host_is_party: String,
    host_consent: String,
    host_stable: String,
    ceasefire: String,
    parties: Vec<PartyRow>,
    impartial: String,
    withdrawal: String,
    diet: String,
    contingent: String,
    size: String,
    engaged: String,
    tasks: Vec<String>,
    weapons: Vec<String>,
    /// The open readings chosen, by name.
    assume: Vec<(String, String)>,
    /// The reform's name.
    reform_name: String,
    /// The reform's changes, row by row.
    changes: Vec<ChangeRow>,
}

/// A change row of the form: the kind of change and its fields, by their
/// JSON names; those a kind does not take are ignored.
#[derive(Debug, Default, Clone, Serialize)]
struct ChangeRow {
    set: String,
    task: String,
    operation: String,
    contingent: String,
    weapons: String,
    principle: String,
    value: String,
}

impl ChangeRow {
    fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// The change the row describes, built from the JSON form of
    /// [`LawChange`], or what is wrong with it.
    fn change(&self, row: usize) -> Result<LawChange, String> {
        let wrong = |what: &str| format!("change {row}: {what}");
        let need = |field: &str, v: &str| -> Result<Value, String> {
            if v.is_empty() {
                Err(wrong(&format!("choose the {field}")))
            } else {
                Ok(Value::String(v.to_owned()))
            }
        };
        let mut m = serde_json::Map::new();
        m.insert("set".to_owned(), Value::String(self.set.clone()));
        let value = self.value.as_str();
        let bad_value = || wrong(&format!("`{value}` is not a value this change takes"));
        match self.set.as_str() {
            "task_contingent" | "task_operation" => {
                m.insert("task".to_owned(), need("task", &self.task)?);
                let (field, v) = if self.set == "task_contingent" {
                    ("contingent", &self.contingent)
                } else {
                    ("operation", &self.operation)
                };
                m.insert(field.to_owned(), need(field, v)?);
                if !matches!(value, "allowed" | "barred") {
                    return Err(bad_value());
                }
                m.insert("permission".to_owned(), Value::String(value.to_owned()));
            }
            "diet_approval" => {
                m.insert("task".to_owned(), need("task", &self.task)?);
                if !matches!(value, "required" | "not_required") {
                    return Err(bad_value());
                }
                m.insert("approval".to_owned(), Value::String(value.to_owned()));
            }
            "task_enacted" | "weapons" => {
                let field = if self.set == "weapons" {
                    "weapons"
                } else {
                    "task"
                };
                let v = if self.set == "weapons" {
                    &self.weapons
                } else {
                    &self.task
                };
                m.insert(field.to_owned(), need(field, v)?);
                if !matches!(value, "in_force" | "repealed") {
                    return Err(bad_value());
                }
                m.insert(
                    "enactment".to_owned(),
                    serde_json::json!({ "state": value }),
                );
            }
            "weapons_contingent" => {
                m.insert("weapons".to_owned(), need("weapons", &self.weapons)?);
                m.insert(
                    "contingent".to_owned(),
                    need("contingent", &self.contingent)?,
                );
                let allowed = match value {
                    "allowed" => true,
                    "barred" => false,
                    _ => return Err(bad_value()),
                };
                m.insert("allowed".to_owned(), Value::Bool(allowed));
            }
            "principle" => {
                m.insert("principle".to_owned(), need("principle", &self.principle)?);
                m.insert("operation".to_owned(), need("operation", &self.operation)?);
                let waived = match value {
                    "waived" => true,
                    "required" => false,
                    _ => return Err(bad_value()),
                };
                m.insert("waived".to_owned(), Value::Bool(waived));
            }
            "headcount_cap" => {
                let cap = match value {
                    "removed" => Value::String("removed".to_owned()),
                    n => n.parse::<u32>().map(Value::from).map_err(|_| {
                        wrong(&format!("`{n}` is not a number of persons, nor `removed`"))
                    })?,
                };
                m.insert("cap".to_owned(), cap);
            }
            other => return Err(wrong(&format!("`{other}` is not a kind of change"))),
        }
        serde_json::from_value(Value::Object(m)).map_err(|e| wrong(&e.to_string()))
    }
}

impl Form {
    fn empty() -> Self {
        Self {
            as_of: "2016-11-15".to_owned(),
            parties: (0..PARTY_ROWS).map(|_| PartyRow::default()).collect(),
            changes: vec![ChangeRow::default(); CHANGE_ROWS],
            ..Self::default()
        }
    }

    fn parse(query: &str) -> Self {
        let mut form = Self::empty();
        let mut names = Vec::new();
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            let v = v.trim().to_owned();
            match k.as_ref() {
                "as_of" => form.as_of = v,
                "kind" => form.kind = v,
                "conflict" => form.conflict = v,
                "host_is_party" => form.host_is_party = v,
                "host_consent" => form.host_consent = v,
                "host_stable" => form.host_stable = v,
                "ceasefire" => form.ceasefire = v,
                "impartial" => form.impartial = v,
                "withdrawal" => form.withdrawal = v,
                "diet" => form.diet = v,
                "contingent" => form.contingent = v,
                "size" => form.size = v,
                "engaged" => form.engaged = v,
                "task" => form.tasks.push(v),
                "weapon" => form.weapons.push(v),
                "party_name" => names.push(v),
                "reform_name" => form.reform_name = v,
                other if other.starts_with("assume_") => {
                    let name = other.trim_start_matches("assume_").to_owned();
                    form.assume.push((name, v));
                }
                other if other.starts_with("change_") => form.change_field(other, v),
                other => {
                    if let Some(row) = other
                        .strip_prefix("party_consent_")
                        .and_then(|i| i.parse::<usize>().ok())
                        .and_then(|i| i.checked_sub(1))
                        .and_then(|i| form.parties.get_mut(i))
                    {
                        row.consent = v;
                    }
                }
            }
        }
        for (row, name) in form.parties.iter_mut().zip(names) {
            row.name = name;
        }
        form
    }

    /// Sets a field of a change row: `change_FIELD_N`, N from 1.
    fn change_field(&mut self, name: &str, v: String) {
        let Some((field, n)) = name
            .trim_start_matches("change_")
            .rsplit_once('_')
            .and_then(|(f, n)| Some((f, n.parse::<usize>().ok()?.checked_sub(1)?)))
        else {
            return;
        };
        let Some(row) = self.changes.get_mut(n) else {
            return;
        };
        match field {
            "set" => row.set = v,
            "task" => row.task = v,
            "operation" => row.operation = v,
            "contingent" => row.contingent = v,
            "weapons" => row.weapons = v,
            "principle" => row.principle = v,
            "value" => row.value = v,
            _ => {}
        }
    }

    /// The reform the form describes, if it has a change, or what is wrong
    /// with it.
    fn reform(&self) -> Result<Option<Reform>, String> {
        let rows: Vec<(usize, &ChangeRow)> = self
            .changes
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.is_empty())
            .collect();
        if rows.is_empty() {
            return Ok(None);
        }
        let name = if self.reform_name.is_empty() {
            "the reform of the form"
        } else {
            &self.reform_name
        };
        let source = pko::core::Source::new(
            pko::core::SourceKind::Other,
            "the page's user",
            "a reform described on the page",
            None,
            pko::core::Reliability::Secondary,
        );
        let mut r = Reform::new(name, source);
        for (i, row) in rows {
            r = r.change(row.change(i + 1)?);
        }
        Ok(Some(r))
    }

    /// The open readings the form sets, or what is wrong with one.
    fn options(&self) -> Result<Options, String> {
        let mut assumptions = Assumptions::default();
        for (name, value) in &self.assume {
            let which: Assumption = name.parse().map_err(|e| format!("open readings: {e}"))?;
            assumptions
                .set(which, value)
                .map_err(|e| format!("open readings: {e}"))?;
        }
        Ok(Options::from(assumptions))
    }

    /// The deployment the form describes, or what is wrong with it.
    fn deployment(&self) -> Result<(NaiveDate, Deployment), String> {
        let as_of =
            pko::core::parse_date(&self.as_of).map_err(|e| format!("the day of the law: {e}"))?;
        let yes_no = |field: &str, v: &str| -> Result<Option<bool>, String> {
            match v {
                "" => Ok(None),
                "yes" => Ok(Some(true)),
                "no" => Ok(Some(false)),
                other => Err(format!("{field}: `{other}` is not yes, no or unknown")),
            }
        };
        let pick = |v: &str| (!v.is_empty()).then(|| v.to_owned());
        let consent = |field: &str, v: &str| -> Result<Option<Consent>, String> {
            match v {
                "" => Ok(None),
                "given" => Ok(Some(Consent::GIVEN)),
                "refused" => Ok(Some(Consent::Refused)),
                other => Err(format!(
                    "{field}: `{other}` is not given, refused or unknown"
                )),
            }
        };
        let typed = |field: &str, v: &str| format!("{field}: `{v}` is not one of the choices");
        let mut b = Deployment::builder();
        if let Some(k) = pick(&self.kind) {
            b = b.operation(
                from_key::<OperationKind>(&k).ok_or_else(|| typed("kind of operation", &k))?,
            );
        }
        if let Some(c) = pick(&self.conflict) {
            b = b.conflict(
                from_key::<ConflictSituation>(&c).ok_or_else(|| typed("conflict situation", &c))?,
            );
        }
        if let Some(p) = yes_no("host state a party", &self.host_is_party)? {
            b = b.host_is_party(p);
        }
        if let Some(c) = consent("host consent", &self.host_consent)? {
            b = b.host_consents(c);
        }
        if let Some(s) = yes_no("host consent stable", &self.host_stable)? {
            b = b.host_consent_stable(s);
        }
        let mut parties = Vec::new();
        for (i, row) in self.parties.iter().enumerate() {
            if row.name.is_empty() {
                continue;
            }
            let mut party = Party::named(row.name.clone());
            if let Some(c) = consent(&format!("party {}'s consent", i + 1), &row.consent)? {
                party = party.consent_to_operation(c).consent_to_japan(c);
            }
            parties.push(party);
        }
        let names: Vec<String> = parties.iter().map(|p| p.name.clone()).collect();
        if !parties.is_empty() {
            b = b.parties(parties);
        }
        match self.ceasefire.as_str() {
            "" => {}
            "agreed" => b = b.ceasefires([Ceasefire::among(names)]),
            "none" => b = b.ceasefires([]),
            other => {
                return Err(format!(
                    "ceasefire: `{other}` is not agreed, none or unknown"
                ));
            }
        }
        match yes_no("impartial", &self.impartial)? {
            Some(true) => b = b.impartial(),
            Some(false) => {
                b = b.impartiality_compromised(["reported as not impartial on the form"]);
            }
            None => {}
        }
        if let Some(w) = yes_no("withdrawal reserved", &self.withdrawal)? {
            b = b.withdrawal_reserved(w);
        }
        if let Some(d) = yes_no("Diet approval", &self.diet)? {
            b = b.diet_approval(d);
        }
        b = self.contingent(b)?;
        let d = b.build().map_err(|e| e.to_string())?;
        Ok((as_of, d))
    }

    /// The contingent, its tasks and the weapons it asks for.
    fn contingent(&self, mut b: DeploymentBuilder) -> Result<DeploymentBuilder, String> {
        let pick = |v: &str| (!v.is_empty()).then(|| v.to_owned());
        let typed = |field: &str, v: &str| format!("{field}: `{v}` is not one of the choices");
        let number = |field: &str, v: &str| -> Result<Option<u32>, String> {
            if v.is_empty() {
                return Ok(None);
            }
            v.parse()
                .map(Some)
                .map_err(|_| format!("{field}: `{v}` is not a whole number of persons"))
        };
        if let Some(k) = pick(&self.contingent) {
            let kind = from_key::<ContingentKind>(&k).ok_or_else(|| typed("who is sent", &k))?;
            b = match number("persons sent", &self.size)? {
                Some(n) => b.contingent(kind, n),
                None => b.contingent_of(kind),
            };
        }
        if let Some(n) = number("persons already engaged", &self.engaged)? {
            b = b.already_engaged(n);
        }
        let tasks = self
            .tasks
            .iter()
            .map(|t| from_key::<Task>(t).ok_or_else(|| typed("task", t)))
            .collect::<Result<Vec<_>, _>>()?;
        if !tasks.is_empty() {
            b = b.tasks(tasks);
        }
        let weapons = self
            .weapons
            .iter()
            .map(|w| from_key::<WeaponsUse>(w).ok_or_else(|| typed("weapons", w)))
            .collect::<Result<Vec<_>, _>>()?;
        if !weapons.is_empty() {
            b = b.weapons(weapons);
        }
        Ok(b)
    }
}

/// A finding as the page shows it.
#[derive(Debug, Serialize)]
struct FindingView {
    subject: String,
    status: String,
    status_key: String,
    reasons: Vec<String>,
    citations: Vec<String>,
    /// Under a reform: the finding under the law of the day.
    before: Option<BeforeView>,
    /// Under a reform: whether it differs from the law of the day's.
    changed: bool,
    /// Under a reform: the changes it read.
    by: Vec<String>,
}

/// A finding under the law of the day, beside the reformed one.
#[derive(Debug, Serialize)]
struct BeforeView {
    status: String,
    status_key: String,
}

/// A period as the page shows it.
#[derive(Debug, Serialize)]
struct PeriodView {
    start: String,
    end: String,
    verdict: String,
    verdict_key: String,
}

/// What would decide an undetermined verdict, as the page shows it: a fact,
/// or an open reading with the field that sets it.
#[derive(Debug, Serialize)]
struct DeciderView {
    text: String,
    /// The open reading's name, to link to its field.
    reading: Option<&'static str>,
}

/// An assessment as the page shows it.
#[derive(Debug, Serialize)]
struct ResultView {
    as_of: String,
    regime: String,
    verdict: String,
    verdict_key: String,
    deciding: Vec<DeciderView>,
    findings: Vec<FindingView>,
    conditions: Vec<String>,
    notes: Vec<String>,
    periods: Vec<PeriodView>,
    /// Under a reform: its name, and the verdict under the law of the day.
    reform: Option<String>,
    verdict_before: Option<String>,
    verdict_before_key: Option<String>,
    changed: usize,
}

fn result_view(
    d: &Deployment,
    as_of: NaiveDate,
    options: &Options,
    reform: Option<&Reform>,
) -> Result<ResultView, String> {
    let base = options.assess(d, as_of).map_err(|e| e.to_string())?;
    let (a, before): (Assessment, Option<Assessment>) = match reform {
        None => (base, None),
        Some(r) => {
            let law = Law::in_force_on(as_of)
                .and_then(|l| l.with(r))
                .map_err(|e| e.to_string())?;
            let after = options
                .assess_under(&law, d, as_of)
                .map_err(|e| e.to_string())?;
            (after, Some(base))
        }
    };
    let periods = options
        .periods(d, date(1992, 8, 10), date(2030, 12, 31))
        .map_err(|e| e.to_string())?;
    Ok(ResultView {
        as_of: as_of.to_string(),
        regime: a.regime().to_string(),
        verdict: a.verdict().to_string(),
        verdict_key: key(&a.verdict()),
        deciding: a
            .deciding_facts()
            .iter()
            .map(|d| DeciderView {
                text: d.to_string(),
                reading: match d {
                    Decider::Assumption(x) => Some(x.name()),
                    _ => None,
                },
            })
            .collect(),
        findings: a
            .findings()
            .map(|f| {
                let was = before.as_ref().and_then(|b| b.finding(f.subject()));
                FindingView {
                    subject: f.subject().to_string(),
                    status: f.status().to_string(),
                    status_key: key(&f.status()),
                    reasons: f
                        .reasons()
                        .iter()
                        .map(|r| r.for_interface(Interface::Page).to_string())
                        .collect(),
                    citations: f.citations().iter().map(ToString::to_string).collect(),
                    before: was.map(|w| BeforeView {
                        status: w.status().to_string(),
                        status_key: key(&w.status()),
                    }),
                    changed: before.is_some() && was != Some(f),
                    by: a
                        .reformed()
                        .iter()
                        .filter(|r| r.subject() == f.subject())
                        .map(|r| r.change().change().to_string())
                        .collect(),
                }
            })
            .collect(),
        conditions: a.conditions().iter().map(ToString::to_string).collect(),
        notes: a.notes().iter().map(ToString::to_string).collect(),
        reform: reform.map(|r| r.name().to_owned()),
        verdict_before: before.as_ref().map(|b| b.verdict().to_string()),
        verdict_before_key: before.as_ref().map(|b| key(&b.verdict())),
        changed: before.as_ref().map_or(0, |b| {
            a.findings()
                .filter(|f| b.finding(f.subject()) != Some(*f))
                .count()
        }),
        periods: periods
            .iter()
            .map(|p| PeriodView {
                start: p.start().to_string(),
                end: p.end().to_string(),
                verdict: p.verdict().to_string(),
                verdict_key: key(&p.verdict()),
            })
            .collect(),
    })
}

fn index_page(form: &Form, result: Option<&ResultView>, error: Option<&str>) -> Response {
    render(
        "index.html",
        context! {
            title => "Check a deployment",
            version => env!("CARGO_PKG_VERSION"),
            form => form,
            readings => readings(&Assumptions::default(), &form.assume),
            result => result,
            error => error,
            example => EXAMPLE,
            kinds => choices(OperationKind::ALL),
            conflicts => choices(ConflictSituation::ALL),
            contingents => choices(ContingentKind::ALL),
            tasks => choices(Task::ALL),
            weapons => choices(WeaponsUse::ALL),
            yes_no => labelled(&[("yes", "yes"), ("no", "no")]),
            change_kinds => labelled(&CHANGE_KINDS),
            change_values => labelled(&CHANGE_VALUES),
            // A reform may waive principles 1-4 (the fifth is the law on weapons).
            principles => choices(&[
                Principle::Ceasefire,
                Principle::Consent,
                Principle::Impartiality,
                Principle::Withdrawal,
            ]),
            consents => labelled(&[("given", "given"), ("refused", "refused")]),
            ceasefires => labelled(&[("agreed", "agreed among all the parties"), ("none", "none agreed")]),
        },
    )
}

/// `GET /`: the empty form.
pub(crate) async fn index() -> Response {
    index_page(&Form::empty(), None, None)
}

/// `GET /check?…`: the form again, with the assessment of what it
/// describes (or what is wrong with it).
pub(crate) async fn check(RawQuery(query): RawQuery) -> Response {
    let form = Form::parse(query.as_deref().unwrap_or_default());
    match form.deployment().and_then(|(as_of, d)| {
        let options = form.options()?;
        let reform = form.reform()?;
        result_view(&d, as_of, &options, reform.as_ref())
    }) {
        Ok(result) => index_page(&form, Some(&result), None),
        Err(error) => {
            let mut page = index_page(&form, None, Some(&error));
            *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            page
        }
    }
}

/// The shipped IPI data, loaded once.
fn ipi() -> Result<&'static Personnel, ProblemDetails> {
    static DATA: OnceLock<Result<Personnel, String>> = OnceLock::new();
    DATA.get_or_init(|| personnel::ipi_embedded().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| {
            ProblemDetails::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "The server failed",
                format!("the shipped data failed to load: {e}"),
            )
        })
}

/// The chart query: a contributor and a span of months.
#[derive(Debug, Serialize)]
struct ChartForm {
    country: String,
    from: String,
    to: String,
}

impl ChartForm {
    fn parse(query: &str, data: &Personnel) -> Self {
        let mut form = Self {
            country: "JPN".to_owned(),
            from: data
                .months()
                .next()
                .map(|m| m.to_string())
                .unwrap_or_default(),
            to: data
                .latest_month()
                .map(|m| m.to_string())
                .unwrap_or_default(),
        };
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            match k.as_ref() {
                "country" => form.country = v.trim().to_uppercase(),
                "from" => v.trim().clone_into(&mut form.from),
                "to" => v.trim().clone_into(&mut form.to),
                _ => {}
            }
        }
        form
    }

    fn span(&self) -> Result<Span, String> {
        let country: CountryCode = self
            .country
            .parse()
            .map_err(|e| format!("contributor: {e}"))?;
        let from: YearMonth = self.from.parse().map_err(|e| format!("from: {e}"))?;
        let to: YearMonth = self.to.parse().map_err(|e| format!("to: {e}"))?;
        Span::new(country, from, to).map_err(|e| e.to_string())
    }

    fn query(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .append_pair("country", &self.country)
            .append_pair("from", &self.from)
            .append_pair("to", &self.to)
            .finish()
    }
}

/// A chart as the page shows it: inline, with a link to its file.
#[derive(Debug, Serialize)]
struct ChartView {
    title: String,
    description: String,
    svg: String,
    href: String,
}

fn both_charts(data: &Personnel, span: &Span, query: &str) -> Result<Vec<ChartView>, String> {
    let source = Format::Ipi.source();
    let view = |c: Chart, file: &str| ChartView {
        title: c.title,
        description: c.description,
        svg: c.svg,
        href: format!("/charts/{file}?{query}"),
    };
    let personnel = charts::personnel(data, span, &source).map_err(|e| e.to_string())?;
    let women = charts::women(data, span, &personnel::parity_targets(), &source)
        .map_err(|e| e.to_string())?;
    Ok(vec![
        view(personnel, "personnel.svg"),
        view(women, "women.svg"),
    ])
}

/// `GET /contributions?country=&from=&to=`: the charts of a contributor and
/// the ranking of the span's last month.
pub(crate) async fn contributions(RawQuery(query): RawQuery) -> Response {
    let data = match ipi() {
        Ok(d) => d,
        Err(p) => return p.into_response(),
    };
    let form = ChartForm::parse(query.as_deref().unwrap_or_default(), data);
    let mut countries: Vec<(String, String)> = data
        .contributors()
        .iter()
        .map(|c| {
            (
                c.to_string(),
                c.un_name().unwrap_or(c.iso_name()).to_owned(),
            )
        })
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    let countries: Vec<Value> = countries
        .into_iter()
        .map(|(code, name)| serde_json::json!({ "code": code, "name": name }))
        .collect();
    let outcome = form.span().and_then(|span| {
        let charts = both_charts(data, &span, &form.query())?;
        let last = span
            .months()
            .last()
            .copied()
            .ok_or("the span has no month")?;
        let ranking = data.ranking(last, CategorySet::ALL);
        Ok((charts, ContributorRank::rows(ranking.top(10))))
    });
    let (charts, ranking, error) = match outcome {
        Ok((c, r)) => (c, r, None),
        Err(e) => (Vec::new(), Vec::new(), Some(e)),
    };
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut page = render(
        "contributions.html",
        context! {
            title => "Contributions",
            version => env!("CARGO_PKG_VERSION"),
            form => form,
            countries => countries,
            first => data.months().next().map(|m| m.to_string()),
            last => data.latest_month().map(|m| m.to_string()),
            charts => charts,
            ranking => ranking,
            error => error,
            source => Format::Ipi.source().to_string(),
        },
    );
    if page.status() == StatusCode::OK {
        *page.status_mut() = status;
    }
    page
}

/// `GET /charts/{personnel,women}.svg?country=&from=&to=`.
fn chart_file(
    query: Option<&str>,
    which: fn(&Personnel, &Span) -> Result<Chart, charts::ChartError>,
) -> Response {
    let data = match ipi() {
        Ok(d) => d,
        Err(p) => return p.into_response(),
    };
    let form = ChartForm::parse(query.unwrap_or_default(), data);
    let span = match form.span() {
        Ok(s) => s,
        Err(e) => return ProblemDetails::bad_query(e).into_response(),
    };
    match which(data, &span) {
        Ok(chart) => ([(header::CONTENT_TYPE, "image/svg+xml")], chart.svg).into_response(),
        Err(e) => ProblemDetails::unprocessable(e.to_string()).into_response(),
    }
}

/// The query of a chart file.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "documents the query that `ChartForm::parse` reads"
)]
pub(crate) struct ChartQuery {
    /// The contributor, an ISO 3166 alpha-3 code (default JPN).
    #[param(example = "JPN")]
    country: Option<String>,
    /// The first month, `YYYY-MM` (default: the data's first).
    #[param(example = "2012-01")]
    from: Option<String>,
    /// The last month, `YYYY-MM` (default: the data's last).
    #[param(example = "2014-02")]
    to: Option<String>,
}

/// A contributor's uniformed personnel per month by category, as an SVG
/// chart, from the shipped IPI data.
#[utoipa::path(
    get, path = "/charts/personnel.svg", tag = "contributions",
    params(ChartQuery),
    responses(
        (status = 200, description = "The chart.", body = String, content_type = "image/svg+xml"),
        (status = 400, description = "A malformed contributor or span."),
        (status = 422, description = "No personnel of the contributor in the span."),
    )
)]
pub(crate) async fn personnel_svg(RawQuery(query): RawQuery) -> Response {
    chart_file(query.as_deref(), |d, s| {
        charts::personnel(d, s, &Format::Ipi.source())
    })
}

/// The share of women among a contributor's uniformed personnel per month,
/// against the UN's parity targets, as an SVG chart.
#[utoipa::path(
    get, path = "/charts/women.svg", tag = "contributions",
    params(ChartQuery),
    responses(
        (status = 200, description = "The chart.", body = String, content_type = "image/svg+xml"),
        (status = 400, description = "A malformed contributor or span."),
        (status = 422, description = "No personnel of the contributor in the span."),
    )
)]
pub(crate) async fn women_svg(RawQuery(query): RawQuery) -> Response {
    chart_file(query.as_deref(), |d, s| {
        charts::women(d, s, &personnel::parity_targets(), &Format::Ipi.source())
    })
}
