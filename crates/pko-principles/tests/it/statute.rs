//! The statute table in the crate docs is the data the rules use.

use pko_principles::statute::{self, DietApproval, ITEMS, Permission, Row, TASKS_2015, item_of};
use pko_principles::{ContingentKind, OperationKind, Regime, Task};

fn yes_no(p: Permission) -> String {
    match p {
        Permission::Allowed => "yes".to_owned(),
        Permission::Barred => "no".to_owned(),
        Permission::AsSimilarWork => "as the similar work".to_owned(),
        Permission::Open(a) => format!("open: `{}`", a.name()),
        _ => p.to_string(),
    }
}

fn diet(d: DietApproval) -> String {
    match d {
        DietApproval::Required => "required".to_owned(),
        DietApproval::NotRequired => "-".to_owned(),
        DietApproval::AsSimilarWork => "as the similar work".to_owned(),
        DietApproval::Open(a) => format!("open: `{}`", a.name()),
        _ => d.to_string(),
    }
}

fn json(t: Task) -> String {
    format!("`{}`", t.json_name())
}

fn kind(k: OperationKind) -> &'static str {
    match k {
        OperationKind::UnPeacekeeping => "peacekeeping",
        OperationKind::HumanitarianRelief => "relief",
        OperationKind::ElectionObservation => "election observation",
        _ => "internationally coordinated",
    }
}

/// The README line for a row, generated from the data.
fn line(row: &Row) -> String {
    let name = row.item().map_or_else(
        || "2015".to_owned(),
        |i| format!("({}) {}", i.roman(), i.kana()),
    );
    let tasks: Vec<String> = Task::ALL
        .iter()
        .filter(|t| match row.item() {
            Some(i) => item_of(**t) == Some(i),
            None => row.task_2015() == Some(**t),
        })
        .map(|t| json(*t))
        .collect();
    let ops: Vec<String> = row
        .operations()
        .iter()
        .map(|a| match a.from {
            Regime::Act1992 => kind(a.kind).to_owned(),
            r => format!("{} (from {})", kind(a.kind), r.in_force_from()),
        })
        .collect();
    let mut sdf = yes_no(row.sdf_units());
    if row.frozen_for_sdf_units() {
        sdf.push_str(" (frozen until 2001-12-13)");
    }
    format!(
        "| {name} | {} | {} | {} | {} | {} | {} |",
        tasks.join(", "),
        ops.join(", "),
        sdf,
        yes_no(row.others()),
        diet(row.diet_approval()),
        row.citation()
            .locator()
            .map_or_else(String::new, ToString::to_string)
    )
}

/// The README line for a task under the law from 29 March 2016.
fn line_2016(task: Task) -> String {
    let r = statute::rule(task, Regime::Amended2015);
    let letter = r
        .letter()
        .map_or_else(|| "-".to_owned(), |l| l.kana().to_owned());
    let item = r.item().map_or_else(
        || "-".to_owned(),
        |i| format!("({}) {}", i.roman(), i.kana()),
    );
    let ops: Vec<String> = OperationKind::ALL
        .iter()
        .filter_map(|k| match r.operation(*k) {
            Permission::Barred => None,
            Permission::Allowed => Some(kind(*k).to_owned()),
            p => Some(format!("{} ({})", kind(*k), yes_no(p))),
        })
        .collect();
    let who = |k| yes_no(r.who(k));
    let rests: Vec<String> = r
        .rests_on()
        .iter()
        .map(|a| format!("`{}`", a.name()))
        .collect();
    format!(
        "| {} | {letter} | {item} | {} | {} | {} | {} | {} | {} |",
        json(task),
        ops.join(", "),
        who(ContingentKind::SdfUnit),
        who(ContingentKind::SdfIndividuals),
        who(ContingentKind::Police),
        diet(r.diet_approval()),
        if rests.is_empty() {
            "-".to_owned()
        } else {
            rests.join(", ")
        },
    )
}

#[test]
fn the_readme_table_is_the_statute_data() {
    let readme = include_str!("../../README.md");
    let mut missing = Vec::new();
    let lines = ITEMS
        .iter()
        .map(line)
        .chain(Task::ALL.iter().map(|t| line_2016(*t)));
    for l in lines {
        if !readme.lines().any(|r| r == l) {
            missing.push(l);
        }
    }
    assert!(
        missing.is_empty(),
        "README lines to add or fix:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_task_has_exactly_one_row() {
    for &t in Task::ALL {
        let row = statute::row(t);
        assert!(row.item() == item_of(t), "{t}");
        if item_of(t).is_none() {
            assert_eq!(row.task_2015(), Some(t));
        }
    }
}

#[test]
fn the_rows_read_like_articles_6_6_and_12_1() {
    use pko_principles::statute::Item;
    // Art. 6(6): SDF units may do (i)-(vi), (x)-(xvi) and work similar to
    // them under (xvii), not (vii)-(ix). Art. 12(1) proviso: no one but SDF
    // personnel for (i)-(vi) and work similar to them.
    for row in &ITEMS {
        let item = row.item().unwrap();
        let expected = |listed: bool| match item {
            Item::Xvii => Permission::AsSimilarWork,
            _ if listed => Permission::Allowed,
            _ => Permission::Barred,
        };
        let units = !matches!(item, Item::Vii | Item::Viii | Item::Ix);
        assert_eq!(row.sdf_units(), expected(units), "{item}");
        assert_eq!(row.others(), expected(!item.is_pkf_core()), "{item}");
        assert_eq!(row.frozen_for_sdf_units(), item.is_pkf_core());
        let diet = match item {
            Item::Xvii => DietApproval::AsSimilarWork,
            i if i.is_pkf_core() => DietApproval::Required,
            _ => DietApproval::NotRequired,
        };
        assert_eq!(row.diet_approval(), diet, "{item}");
    }
    // Art. 13(1) of the 2016 text: the corps never does item ラ; only SDF
    // personnel for ト; no SDF personnel for チ.
    let r = |t| statute::rule(t, Regime::Amended2015);
    for k in [
        ContingentKind::SdfIndividuals,
        ContingentKind::Police,
        ContingentKind::Civilians,
    ] {
        assert_eq!(r(Task::KaketsukeKeigo).who(k), Permission::Barred, "{k}");
    }
    assert_eq!(
        r(Task::KaketsukeKeigo).who(ContingentKind::SdfUnit),
        Permission::Allowed
    );
    assert_eq!(
        r(Task::SafetyEnsuring).who(ContingentKind::SdfIndividuals),
        Permission::Allowed
    );
    assert_eq!(
        r(Task::SafetyEnsuring).who(ContingentKind::Police),
        Permission::Barred
    );
    assert_eq!(
        r(Task::ElectionObservation).who(ContingentKind::SdfIndividuals),
        Permission::Barred
    );
    assert_eq!(
        r(Task::ElectionObservation).who(ContingentKind::Civilians),
        Permission::Allowed
    );
    // Before 2016 SDF personnel as individuals may do every listed item.
    for t in Task::ALL.iter().filter(|t| !t.is_2015_task()) {
        let p = statute::rule(*t, Regime::Amended2001).who(ContingentKind::SdfIndividuals);
        assert_eq!(p, Permission::Allowed, "{t}");
    }
}

#[test]
fn every_item_quotes_the_act_word_for_word() {
    let act = include_str!("../../law/pko-act-ja-2015-07.md");
    // The version the citations name is the one the file holds.
    assert!(act.contains("最終改正：平成一八年一二月二二日法律第一一八号"));
    let art_3 = &act[act.find("**第三条**").unwrap()..act.find("**第四条**").unwrap()];
    for row in &ITEMS {
        let item = row.item().unwrap();
        let line = format!("**{}**　{}", item.kana(), row.japanese());
        assert!(
            art_3.contains(&line),
            "item {} is not quoted as in Art. 3(3): {line}",
            item.roman()
        );
    }
    // Contributions in kind: Art. 3(4) and Art. 25(2) as the crate reads them.
    assert!(art_3.contains("その活動に必要な物品を無償又は時価よりも低い対価で譲渡することをいう"));
    assert!(act.contains("内閣総理大臣は、物資協力につき閣議の決定を求めなければならない。"));
}

#[test]
fn items_rows_and_permissions_read_as_the_statute() {
    use pko_principles::statute::{Item, Permission};
    assert_eq!(Item::Viii.to_string(), "Art. 3(3)(viii) チ");
    assert_eq!(Permission::Allowed.to_string(), "allowed");
    assert_eq!(
        Permission::Open(pko_principles::Assumption::UnverifiedPermissions).to_string(),
        "open: assumptions.unverified_permissions"
    );
    assert_eq!(statute::Letter::Ra.to_string(), "Art. 3(5)ラ");
    assert_eq!(statute::Letter::Ne.to_string(), "Art. 3(5)ネ");
    for (d, text) in [
        (DietApproval::NotRequired, "not required"),
        (DietApproval::Required, "required"),
        (DietApproval::AsSimilarWork, "as the work it is similar to"),
        (
            DietApproval::Open(pko_principles::Assumption::DietApproval2015Tasks),
            "open: assumptions.diet_approval_2015_tasks",
        ),
    ] {
        assert_eq!(d.to_string(), text);
    }
    assert_eq!(
        ITEMS[7].english(),
        "advice, guidance or monitoring of police administration"
    );
    assert!(
        ITEMS
            .iter()
            .chain(&TASKS_2015)
            .all(|r| !r.english().is_empty() && !r.japanese().is_empty())
    );
}

#[test]
fn annex_3_lists_the_organisations_of_the_act() {
    use pko_principles::in_kind::ANNEX_3;
    let act = include_str!("../../law/pko-act-ja-2015-07.md");
    let annex = &act[act.rfind("別表第三").unwrap()..];
    // Each English name beside the Japanese one the Act gives, in order.
    let japanese = [
        "国際連合難民高等弁務官事務所",
        "国際連合パレスチナ難民救済事業機関",
        "国際連合児童基金",
        "国際連合ボランティア計画",
        "国際連合開発計画",
        "国際連合環境計画",
        "世界食糧計画",
        "国際連合食糧農業機関",
        "世界保健機関",
        "国際移住機関",
    ];
    assert_eq!(ANNEX_3.len(), japanese.len());
    let mut at = 0;
    for (en, ja) in ANNEX_3.iter().zip(japanese) {
        let found = annex[at..]
            .find(ja)
            .unwrap_or_else(|| panic!("{en}: {ja} not in Annex 3, in order"));
        at += found + ja.len();
    }
}

#[test]
fn only_kaketsuke_keigo_needs_the_parties_consent_in_relief() {
    // A property of the 2015 text, whether or not it is yet in force on
    // the regime's days.
    for t in Task::ALL.iter().copied() {
        for regime in [Regime::Amended2001, Regime::Amended2015] {
            let r = statute::rule(t, regime);
            assert_eq!(
                r.needs_parties_consent_in_relief(),
                t == Task::KaketsukeKeigo,
                "{t} under {regime:?}"
            );
        }
    }
}
