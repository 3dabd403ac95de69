//! The rest of section F: the Director under the Council's guidance, the
//! human-security programme areas and their implementers, the secretariat,
//! financial eligibility.

use pko_core::{CountryCode, Usd};
use pko_institute::{
    Body, Charter, Decision, DecisionKind, Error, FinancialEligibility, HumanSecurityArea,
    Implementer, ProblemKind, Programme, Rule, validate_decisions, validate_human_security,
};

fn charter() -> Charter {
    Charter::proposed(&[CountryCode::JPN, CountryCode::CHN, CountryCode::KOR]).unwrap()
}

#[test]
fn policy_is_the_councils_management_the_directors() {
    let decisions = [
        Decision::new(
            "work plan 2017",
            DecisionKind::Policy,
            Body::GoverningCouncil,
        ),
        Decision::new("hire staff", DecisionKind::Management, Body::Director),
        Decision::new(
            "open a Jakarta office",
            DecisionKind::Policy,
            Body::Director,
        ),
        Decision::new(
            "approve the budget",
            DecisionKind::Management,
            Body::GoverningCouncil,
        ),
    ];
    let problems = validate_decisions(&decisions);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].rule(), Rule::DirectorUnderCouncil);
    assert_eq!(
        problems[0].kind(),
        &ProblemKind::PolicyWithoutCouncil {
            index: 2,
            what: "open a Jakarta office".into()
        }
    );
    assert!(
        Rule::DirectorUnderCouncil
            .text()
            .contains("overall policy guidance")
    );
}

#[test]
fn programmes_should_cover_the_six_areas_with_every_kind_of_implementer() {
    let mut law = Programme::new("Judicial training", "peacebuilding");
    law.addresses = vec![
        HumanSecurityArea::RuleOfLaw,
        HumanSecurityArea::SecuritySectorReform,
    ];
    law.implementers = vec![Implementer::International];
    let mut food = Programme::new("School meals", "humanitarian assistance");
    food.addresses = vec![
        HumanSecurityArea::FoodSecurity,
        HumanSecurityArea::Education,
        HumanSecurityArea::ElectoralAssistance,
    ];
    food.implementers = vec![Implementer::National];
    let problems = validate_human_security(&[law.clone(), food.clone()]);
    let kinds: Vec<&ProblemKind> = problems.iter().map(pko_institute::Problem::kind).collect();
    assert_eq!(
        kinds,
        [
            &ProblemKind::AreaNotAddressed {
                area: HumanSecurityArea::ProtectionOfCivilians
            },
            &ProblemKind::ImplementerMissing {
                implementer: Implementer::NonGovernmental
            },
        ]
    );
    assert!(
        problems
            .iter()
            .all(|p| p.rule() == Rule::HumanSecurityAreas)
    );
    assert_eq!(
        problems[0].to_string(),
        "human-security programmes: no programme addresses protection of civilians including refugees and IDPs (speech, section F)"
    );
    let mut poc = Programme::new("Camp protection", "peacekeeping");
    poc.addresses = vec![HumanSecurityArea::ProtectionOfCivilians];
    poc.implementers = vec![Implementer::NonGovernmental];
    assert!(validate_human_security(&[law, food, poc]).is_empty());
    // Nothing at all: six areas and three implementers missing.
    assert_eq!(validate_human_security(&[]).len(), 9);
}

#[test]
fn the_six_areas_read_in_the_speechs_words() {
    for &area in HumanSecurityArea::ALL {
        let text = area.to_string();
        assert!(
            Rule::HumanSecurityAreas
                .text()
                .contains(text.trim_start_matches("the ")),
            "{text}"
        );
        assert_eq!(text.parse::<HumanSecurityArea>().unwrap(), area);
    }
    assert_eq!(
        "rule of law".parse::<HumanSecurityArea>().unwrap(),
        HumanSecurityArea::RuleOfLaw
    );
    assert_eq!(
        "protection_of_civilians"
            .parse::<HumanSecurityArea>()
            .unwrap(),
        HumanSecurityArea::ProtectionOfCivilians
    );
    assert_eq!(
        "trade".parse::<HumanSecurityArea>().unwrap_err(),
        Error::UnknownHumanSecurityArea {
            name: "trade".into()
        }
    );
}

#[test]
fn the_secretariat_sits_at_the_seat_unless_placed_elsewhere() {
    let c = charter();
    assert_eq!(c.secretariat(), "Okinawa");
    assert_eq!(c.clone().with_seat("Seoul").secretariat(), "Seoul");
    let moved = c.with_secretariat("Tokyo");
    assert_eq!((moved.seat(), moved.secretariat()), ("Okinawa", "Tokyo"));
    assert!(
        moved
            .to_string()
            .contains("seat: Okinawa; secretariat: Tokyo")
    );
    assert!(
        Rule::Secretariat
            .text()
            .contains("how to run the Secretariat")
    );
}

#[test]
fn financial_eligibility_is_an_assumption_with_a_default() {
    let c = charter();
    assert_eq!(c.financial_eligibility(), FinancialEligibility::EveryMember);
    let owes = Usd::from_cents(1);
    assert!(c.financial_eligibility().eligible(owes));
    let strict = c.with_financial_eligibility(FinancialEligibility::NoArrears);
    assert!(!strict.financial_eligibility().eligible(owes));
    assert!(strict.financial_eligibility().eligible(Usd::ZERO));
    assert!(
        Rule::FinancialEligibility
            .text()
            .contains("financial eligibility")
    );
}

#[test]
fn programmes_read_from_json_with_their_areas() {
    let p: Programme = serde_json::from_str(
        r#"{"name": "Election support", "area": "peacebuilding", "addresses": ["electoral_assistance"], "implementers": ["non_governmental"]}"#,
    )
    .unwrap();
    assert_eq!(p.addresses, [HumanSecurityArea::ElectoralAssistance]);
    assert_eq!(p.implementers, [Implementer::NonGovernmental]);
    let old: Programme = serde_json::from_str(r#"{"name": "x", "area": "peacekeeping"}"#).unwrap();
    assert!(old.addresses.is_empty() && old.implementers.is_empty());
}

#[test]
fn seat_kinds_and_implementers_read_as_the_speech_names_them() {
    use pko_institute::{Implementer, SeatKind};
    assert_eq!(
        [
            SeatKind::GovernmentRepresentative,
            SeatKind::FormerSeniorOfficial,
            SeatKind::NgoRepresentative
        ]
        .map(|k| k.to_string()),
        [
            "government representative",
            "former senior official with UN peace-operations service",
            "NGO representative"
        ]
    );
    let implementers: Vec<String> = Implementer::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(
        implementers,
        [
            "international organisations",
            "national organisations",
            "non-governmental organisations"
        ]
    );
}
