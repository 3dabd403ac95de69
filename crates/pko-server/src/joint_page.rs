//! The joint-deployment page: one operation, Japan's, the Republic of
//! Korea's and China's contingents, each participant's verdict, the
//! findings that are not satisfied and the steps each still needs.
//!
//! The form starts from the example of `POST /v1/joint`
//! (`openapi/joint-unmiss-2017.json`, a hypothetical engineering company
//! under UNMISS in 2017) and lets a person change what a planner would
//! change: the day, the kind of operation, the host state's consent, who
//! takes part and how, and the national steps already taken. Japan's other
//! facts are the example's.

use axum::extract::RawQuery;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use minijinja::context;
use pko::core::{Fact, Status};
use pko::joint::{self, JointAssessment, JointDeployment};
use pko::partners::{AssemblyConsent, Consent, OperationKind};
use pko::principles::procedure::CabinetDecision;
use serde::Serialize;

use crate::openapi::JOINT;
use crate::page::{Choice, from_key, key, labelled, render};

/// The form, as the query gives it (every value as typed).
#[derive(Debug, Clone, Serialize)]
struct Form {
    on: String,
    kind: String,
    host_consent: String,
    jpn: bool,
    jpn_size: String,
    jpn_cabinet: String,
    kor: bool,
    kor_kind: String,
    kor_size: String,
    kor_consent_on: String,
    kor_consent_until: String,
    chn: bool,
    chn_kind: String,
    chn_size: String,
}

impl Form {
    /// The example: the UNMISS company on 1 June 2017, the Cabinet's
    /// decision not yet taken.
    fn example() -> Self {
        Self {
            on: "2017-06-01".to_owned(),
            kind: "un_peacekeeping".to_owned(),
            host_consent: "given".to_owned(),
            jpn: true,
            jpn_size: "350".to_owned(),
            jpn_cabinet: String::new(),
            kor: true,
            kor_kind: "unit".to_owned(),
            kor_size: "280".to_owned(),
            kor_consent_on: "2017-01-10".to_owned(),
            kor_consent_until: "2017-12-31".to_owned(),
            chn: true,
            chn_kind: "unit".to_owned(),
            chn_size: "300".to_owned(),
        }
    }

    /// The form a query describes; no query is the example. A submitted
    /// form names every field but the boxes left unticked.
    fn parse(query: &str) -> Self {
        let mut form = Self::example();
        if query.is_empty() {
            return form;
        }
        form.jpn = false;
        form.kor = false;
        form.chn = false;
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            let v = v.trim().to_owned();
            match k.as_ref() {
                "on" => form.on = v,
                "kind" => form.kind = v,
                "host_consent" => form.host_consent = v,
                "jpn" => form.jpn = true,
                "jpn_size" => form.jpn_size = v,
                "jpn_cabinet" => form.jpn_cabinet = v,
                "kor" => form.kor = true,
                "kor_kind" => form.kor_kind = v,
                "kor_size" => form.kor_size = v,
                "kor_consent_on" => form.kor_consent_on = v,
                "kor_consent_until" => form.kor_consent_until = v,
                "chn" => form.chn = true,
                "chn_kind" => form.chn_kind = v,
                "chn_size" => form.chn_size = v,
                _ => {}
            }
        }
        form
    }

    /// The day and the joint deployment the form describes, or what is
    /// wrong with it (the field's label and the fault).
    fn joint(&self) -> Result<(NaiveDate, JointDeployment), String> {
        let on = day("Day", &self.on)?.ok_or("Day: give the day to check")?;
        let mut j: JointDeployment =
            serde_json::from_str(JOINT).map_err(|e| format!("the example: {e}"))?;
        let kind: Fact<OperationKind> = choice("Kind of operation", &self.kind)?;
        j.operation.kind = kind;
        if kind != Fact::Known(OperationKind::UnPeacekeeping) {
            j.operation.name = Some(format!(
                "A joint East Asian engineering company, {} (hypothetical)",
                kind.known().map_or_else(
                    || "operation of unknown kind".to_owned(),
                    ToString::to_string
                )
            ));
        }
        let host: Fact<Consent> = choice("Host state's consent", &self.host_consent)?;
        j.operation.host_consent = host;
        let japan = self.jpn.then(|| j.japan.take()).flatten();
        j.japan = match japan {
            Some(mut d) => {
                // Japan's Act knows UN peacekeeping and internationally
                // coordinated operations; a UN-authorized operation it does
                // not name stays of unknown kind.
                d.operation.kind = match kind {
                    Fact::Known(OperationKind::UnPeacekeeping) => {
                        Fact::Known(pko::principles::OperationKind::UnPeacekeeping)
                    }
                    Fact::Known(OperationKind::InternationallyCoordinated) => {
                        Fact::Known(pko::principles::OperationKind::InternationallyCoordinated)
                    }
                    _ => Fact::Unknown,
                };
                if kind != Fact::Known(OperationKind::UnPeacekeeping) {
                    d.operation.mission = None;
                }
                let consent = match host {
                    Fact::Known(Consent::Given) => Fact::Known(pko::principles::Consent::Given {
                        on: None,
                        withdrawn_on: None,
                    }),
                    Fact::Known(Consent::Withdrawn) => {
                        Fact::Known(pko::principles::Consent::Given {
                            on: None,
                            withdrawn_on: Some(on),
                        })
                    }
                    Fact::Known(Consent::Refused) => Fact::Known(pko::principles::Consent::Refused),
                    Fact::Unknown => Fact::Unknown,
                };
                d.host_consent.to_operation = consent;
                d.host_consent.to_japan = consent;
                d.contingent.size = size("Japan: persons", &self.jpn_size)?;
                j.japan_procedure.cabinet_decision = Fact::Known(
                    day("Japan: Cabinet decision", &self.jpn_cabinet)?
                        .map_or(CabinetDecision::NotTaken, CabinetDecision::On),
                );
                Some(d)
            }
            None => None,
        };
        let mut partners = Vec::new();
        for mut c in std::mem::take(&mut j.partners) {
            let state = c.state.as_str();
            if state == "KOR" && self.kor {
                c.kind = choice("Republic of Korea: who goes", &self.kor_kind)?;
                c.size = size("Republic of Korea: persons", &self.kor_size)?;
                let consent =
                    match day("Republic of Korea: consent given on", &self.kor_consent_on)? {
                        Some(given) => AssemblyConsent::Given {
                            on: given,
                            until: day(
                                "Republic of Korea: consent until",
                                &self.kor_consent_until,
                            )?,
                        },
                        None => AssemblyConsent::NotGiven,
                    };
                c.procedure.assembly_consent = Fact::Known(consent);
                partners.push(c);
            } else if state == "CHN" && self.chn {
                c.kind = choice("China: who goes", &self.chn_kind)?;
                c.size = size("China: persons", &self.chn_size)?;
                partners.push(c);
            }
        }
        j.partners = partners;
        Ok((on, j))
    }
}

/// A day as typed, or `None` if the field is empty.
fn day(label: &str, text: &str) -> Result<Option<NaiveDate>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    pko::core::parse_date(text)
        .map(Some)
        .map_err(|_| format!("{label}: `{text}` is not a day (YYYY-MM-DD)"))
}

/// A number of persons as typed (empty: unknown).
fn size(label: &str, text: &str) -> Result<Fact<u32>, String> {
    if text.is_empty() {
        return Ok(Fact::Unknown);
    }
    text.parse()
        .map(Fact::Known)
        .map_err(|_| format!("{label}: `{text}` is not a number of persons"))
}

/// A choice by its serde name (empty: unknown).
fn choice<T: serde::de::DeserializeOwned>(label: &str, value: &str) -> Result<Fact<T>, String> {
    if value.is_empty() {
        return Ok(Fact::Unknown);
    }
    from_key(value)
        .map(Fact::Known)
        .ok_or_else(|| format!("{label}: `{value}` is not one of the choices"))
}

/// A finding as the page shows it.
#[derive(Debug, Serialize)]
struct FindingView {
    subject: String,
    status: String,
    status_key: String,
    reasons: Vec<String>,
    citations: Vec<String>,
}

/// A participant (or the UN's principles) as the page shows it.
#[derive(Debug, Serialize)]
struct PartView {
    name: String,
    verdict: String,
    verdict_key: String,
    detail: String,
    /// The findings not satisfied.
    findings: Vec<FindingView>,
    satisfied: usize,
    missing: Vec<String>,
    deciding: Vec<String>,
}

/// The answer as the page shows it.
#[derive(Debug, Serialize)]
struct View {
    as_of: String,
    verdict: String,
    verdict_key: String,
    may_go: Vec<String>,
    parts: Vec<PartView>,
}

fn view(a: &JointAssessment) -> View {
    let mut parts = Vec::new();
    if let Some(japan) = &a.japan {
        let findings: Vec<FindingView> = japan
            .findings()
            .filter(|f| f.status() != Status::Satisfied)
            .map(|f| FindingView {
                subject: f.subject().to_string(),
                status: f.status().to_string(),
                status_key: key(&f.status()),
                reasons: f.reasons().iter().map(ToString::to_string).collect(),
                citations: f.citations().iter().map(ToString::to_string).collect(),
            })
            .collect();
        parts.push(PartView {
            name: "Japan".to_owned(),
            verdict: japan.verdict().to_string(),
            verdict_key: key(&japan.verdict()),
            detail: format!("under {}", japan.regime()),
            satisfied: japan.findings().len() - findings.len(),
            findings,
            missing: a
                .japan_missing_steps
                .iter()
                .map(ToString::to_string)
                .collect(),
            deciding: japan
                .deciding_facts()
                .iter()
                .map(ToString::to_string)
                .collect(),
        });
    }
    for p in a.partners.iter().chain(std::iter::once(&a.un)) {
        let findings: Vec<FindingView> = p
            .findings
            .iter()
            .filter(|f| f.status != Status::Satisfied)
            .map(|f| FindingView {
                subject: f.subject.to_string(),
                status: f.status.to_string(),
                status_key: key(&f.status),
                reasons: f.reasons.clone(),
                citations: f.citations.iter().map(ToString::to_string).collect(),
            })
            .collect();
        parts.push(PartView {
            name: if p.participant == pko::partners::Participant::UnitedNations {
                "The UN's three basic principles".to_owned()
            } else {
                p.participant.to_string()
            },
            verdict: p.verdict.to_string(),
            verdict_key: key(&p.verdict),
            detail: String::new(),
            satisfied: p.findings.len() - findings.len(),
            findings,
            missing: p
                .missing_steps
                .iter()
                .map(|m| {
                    let mut text = match m.by {
                        Some(by) => format!("{} ({}, by {by})", m.step, m.when),
                        None => format!("{} ({})", m.step, m.when),
                    };
                    if !m.details.is_empty() {
                        text.push_str(": ");
                        text.push_str(&m.details.join("; "));
                    }
                    text
                })
                .collect(),
            deciding: p.deciding_facts.clone(),
        });
    }
    View {
        as_of: a.as_of.to_string(),
        verdict: a.verdict.to_string(),
        verdict_key: key(&a.verdict),
        may_go: a.may_go.iter().map(ToString::to_string).collect(),
        parts,
    }
}

fn page(form: &Form, result: Option<&View>, error: Option<&str>) -> Response {
    let kinds: Vec<Choice> = labelled(&[
        ("un_peacekeeping", "UN peacekeeping (UN-run)"),
        ("un_authorized", "authorized by the UN, not run by it"),
        (
            "internationally_coordinated",
            "internationally coordinated, not run by the UN",
        ),
    ]);
    render(
        "joint.html",
        context! {
            title => "Joint deployment",
            version => env!("CARGO_PKG_VERSION"),
            form => form,
            result => result,
            error => error,
            kinds => kinds,
            consents => labelled(&[("given", "given"), ("withdrawn", "withdrawn"), ("refused", "refused")]),
            partner_kinds => labelled(&[("unit", "a unit"), ("individuals", "personnel one by one")]),
        },
    )
}

/// `GET /joint?…`: the form, and the joint check of what it describes (or
/// what is wrong with it, with status 422).
pub(crate) async fn joint(RawQuery(query): RawQuery) -> Response {
    let form = Form::parse(query.as_deref().unwrap_or_default());
    let outcome = form.joint().and_then(|(on, j)| {
        joint::assess(&j, on)
            .map(|a| view(&a))
            .map_err(|e| e.to_string())
    });
    match outcome {
        Ok(v) => page(&form, Some(&v), None),
        Err(e) => {
            let mut response = page(&form, None, Some(&e));
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_query_is_the_example_and_a_submitted_form_reads_its_boxes() {
        let example = Form::parse("");
        assert!(example.jpn && example.kor && example.chn);
        let (on, j) = example.joint().unwrap();
        assert_eq!(on, pko::core::date(2017, 6, 1));
        // The example is the API's, the Cabinet's decision not taken.
        let mut api: JointDeployment = serde_json::from_str(JOINT).unwrap();
        api.japan_procedure.cabinet_decision = Fact::Known(CabinetDecision::NotTaken);
        assert_eq!(j, api);
        let only_korea = Form::parse(
            "on=2017-06-01&kind=un_peacekeeping&kor=on&kor_kind=unit&kor_size=280&kor_consent_on=",
        );
        let (_, j) = only_korea.joint().unwrap();
        assert!(j.japan.is_none());
        assert_eq!(j.partners.len(), 1);
        let korea_and_china = Form::parse(
            "on=2017-06-01&kor=on&kor_kind=individuals&chn=on&chn_kind=individuals&chn_size=12",
        );
        let (_, both) = korea_and_china.joint().unwrap();
        let states: Vec<&str> = both.partners.iter().map(|c| c.state.as_str()).collect();
        assert_eq!(states, ["KOR", "CHN"]);
        assert_eq!(both.partners[1].size, Fact::Known(12));
        assert_eq!(
            both.partners[1].kind,
            Fact::Known(pko::partners::ContingentKind::Individuals)
        );
        assert_eq!(
            j.partners[0].procedure.assembly_consent,
            Fact::Known(AssemblyConsent::NotGiven)
        );
    }

    #[test]
    fn the_operation_reaches_japans_facts() {
        let f = Form::parse(
            "on=2017-06-01&kind=internationally_coordinated&host_consent=withdrawn&jpn=on&jpn_size=350",
        );
        let (on, j) = f.joint().unwrap();
        let d = j.japan.unwrap();
        assert_eq!(
            d.operation.kind,
            Fact::Known(pko::principles::OperationKind::InternationallyCoordinated)
        );
        assert!(d.operation.mission.is_none());
        assert_eq!(
            d.host_consent.to_japan,
            Fact::Known(pko::principles::Consent::Given {
                on: None,
                withdrawn_on: Some(on)
            })
        );
        let authorized = Form::parse("on=2017-06-01&kind=un_authorized&jpn=on");
        let (_, j) = authorized.joint().unwrap();
        assert_eq!(j.japan.unwrap().operation.kind, Fact::Unknown);
    }

    #[test]
    fn a_bad_field_is_named() {
        for (query, says) in [
            ("on=2017-02-30", "Day: `2017-02-30` is not a day"),
            ("on=", "Day: give the day"),
            ("on=2017-06-01&kind=war", "Kind of operation: `war`"),
            (
                "on=2017-06-01&kor=on&kor_size=many",
                "Republic of Korea: persons: `many`",
            ),
            (
                "on=2017-06-01&jpn=on&jpn_cabinet=soon",
                "Japan: Cabinet decision: `soon`",
            ),
        ] {
            let e = Form::parse(query).joint().unwrap_err();
            assert!(e.starts_with(says), "{query}: {e}");
        }
    }
}
