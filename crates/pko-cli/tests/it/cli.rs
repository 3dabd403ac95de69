//! The built `pko` binary on good and bad inputs: output and exit status.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn pko(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pko"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .unwrap()
}

fn pko_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pko"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

/// One line on standard error, naming what is wrong.
fn one_line_error(o: &Output, expected_code: i32, contains: &str) {
    assert_eq!(code(o), expected_code, "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("pko: "), "{err}");
    assert!(err.contains(contains), "{err}");
}

const UNTAC: &str = "examples/data/proposal-untac-1992.json";
const UNMISS_KK: &str = "examples/data/proposal-unmiss-kaketsuke-keigo.json";

#[test]
fn assess_exit_status_follows_the_verdict() {
    let permitted = pko(&["assess", UNTAC, "--as-of", "1992-09-17"]);
    assert_eq!(code(&permitted), 0);
    assert!(stdout(&permitted).contains("Verdict: PERMITTED"));
    let not_yet = pko(&["assess", UNMISS_KK, "--as-of", "2015-12-01"]);
    assert_eq!(code(&not_yet), 1);
    assert!(stdout(&not_yet).contains("is law only from 2016-03-29"));
    // Whether kaketsuke-keigo needs the Diet's approval is open: the
    // report says how to set it, in the command line's words.
    let later = pko(&["assess", UNMISS_KK, "--as-of", "2016-11-15"]);
    assert_eq!(code(&later), 2);
    let text = stdout(&later);
    assert!(
        text.contains("pass `--assume diet_approval_2015_tasks=VALUE` (yes, no, open)"),
        "{text}"
    );
    assert!(!text.contains("set `assumptions."), "{text}");
    let decided = pko(&[
        "assess",
        UNMISS_KK,
        "--as-of",
        "2016-11-15",
        "--assume",
        "diet_approval_2015_tasks=no",
    ]);
    assert_eq!(code(&decided), 0, "{}", stdout(&decided));
    let required = pko(&[
        "assess",
        UNMISS_KK,
        "--as-of",
        "2016-11-15",
        "--assume",
        "assumptions.diet_approval_2015_tasks=yes",
    ]);
    assert_eq!(code(&required), 0);
    assert!(stdout(&required).contains("Diet approval of the PKF core tasks before"));
    let unknown = pko_stdin(&["assess", "-", "--as-of", "2012-01-15"], "{}");
    assert_eq!(code(&unknown), 2);
    assert!(stdout(&unknown).contains("UNDETERMINED"));
}

#[test]
fn assess_json_is_the_assessment() {
    let o = pko(&["assess", UNTAC, "--as-of", "1992-09-17", "--format", "json"]);
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["verdict"], "permitted");
    assert_eq!(v["regime"], "act1992");
    assert_eq!(v["findings"][0]["subject"], "legal_basis");
    assert!(
        v["findings"][0]["reasons"][0]["text"]
            .as_str()
            .unwrap()
            .contains("UN peacekeeping")
    );
}

#[test]
fn bad_inputs_are_one_line_with_a_location() {
    one_line_error(
        &pko(&["assess", "no-such-file.json", "--as-of", "2000-01-01"]),
        66,
        "no-such-file.json",
    );
    one_line_error(
        &pko(&["assess", UNTAC, "--as-of", "2000-02-30"]),
        64,
        "2000-02-30",
    );
    one_line_error(
        &pko(&["assess", UNTAC, "--as-of", "1990-01-01"]),
        65,
        "1992-08-10",
    );
    one_line_error(
        &pko_stdin(
            &["assess", "-", "--as-of", "2000-01-01"],
            "{\n  \"withdrawal_reserve\": true\n}",
        ),
        65,
        "<stdin>:2:",
    );
    one_line_error(
        &pko_stdin(
            &["assess", "-", "--as-of", "2000-01-01"],
            "{\"contingent\": {\"size\": -1}}",
        ),
        65,
        "<stdin>:1:",
    );
    one_line_error(
        &pko_stdin(&["assess", "-", "--as-of", "2000-01-01"], ""),
        65,
        "EOF",
    );
    one_line_error(&pko(&["assess"]), 64, "FILE");
    one_line_error(&pko(&["frobnicate"]), 64, "frobnicate");
}

#[test]
fn compare_and_monitor() {
    let o = pko(&[
        "compare",
        UNMISS_KK,
        "--from",
        "2015-12-01",
        "--to",
        "2016-11-15",
    ]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("Verdict: not permitted -> undetermined"));
    assert!(stdout(&o).contains("--assume diet_approval_2015_tasks=VALUE"));
    assert!(stdout(&o).contains("Act No. 76 of 2015"));
    let o = pko(&[
        "compare",
        UNMISS_KK,
        "--from",
        "2015-12-01",
        "--to",
        "2016-11-15",
        "--assume",
        "diet_approval_2015_tasks=no",
    ]);
    assert!(stdout(&o).contains("Verdict: not permitted -> permitted"));
    let o = pko(&[
        "monitor",
        UNTAC,
        "examples/data/events-consent-withdrawn.json",
        "--grace-days",
        "30",
    ]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(out.contains("2014-03-01  suspend the work"), "{out}");
    assert!(out.contains("2014-03-20  resume the work"), "{out}");
    one_line_error(
        &pko(&[
            "monitor",
            UNTAC,
            "examples/data/events-consent-withdrawn.json",
        ]),
        64,
        "--grace-days",
    );
    // The grace period is an assumption like the others.
    let o = pko(&[
        "monitor",
        UNTAC,
        "examples/data/events-consent-withdrawn.json",
        "--assume",
        "grace_period_days=30",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("2014-03-20  resume the work"));
    let bad_party =
        r#"[{"date": "2014-01-01", "event": "consent_withdrawn", "by": {"party": "Party Z"}}]"#;
    one_line_error(
        &pko_stdin(&["monitor", UNTAC, "-", "--grace-days", "5"], bad_party),
        65,
        "Party Z",
    );
}

#[test]
fn contributions_rank_detects_the_format() {
    let o = pko(&[
        "contributions",
        "rank",
        "crates/pko-contributions/data/ipi-gender-2009-2014.csv",
        "--month",
        "2014-02",
        "--top",
        "3",
        "--format",
        "json",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[0]["country"], "PAK");
    assert_eq!(v[1]["total"], 7929);
    assert_eq!(v.as_array().unwrap().len(), 3);
    let un = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n1,JPN,392,Japan,UNMISS,Troops,10,261,31-Jan-15\n2,#N/A,,X,UNMISS,Troops,0,3,31-Jan-15\n";
    one_line_error(
        &pko_stdin(&["contributions", "rank", "-", "--month", "2015-01"], un),
        65,
        "<stdin>:3:2: field `ISOCode3`",
    );
    let lenient = pko_stdin(
        &[
            "contributions",
            "rank",
            "-",
            "--month",
            "2015-01",
            "--mode",
            "lenient",
        ],
        un,
    );
    assert_eq!(code(&lenient), 0);
    assert!(stderr(&lenient).contains("rejected: <stdin>:3:2"));
    assert!(stdout(&lenient).contains("JPN Japan"));
    // strict is the default, and the names are the library's.
    let strict = pko_stdin(
        &[
            "contributions",
            "rank",
            "-",
            "--month",
            "2015-01",
            "--mode",
            "strict",
        ],
        un,
    );
    assert_eq!(code(&strict), 65);
    let loose = pko_stdin(
        &[
            "contributions",
            "rank",
            "-",
            "--month",
            "2015-01",
            "--mode",
            "loose",
        ],
        un,
    );
    assert_eq!(code(&loose), 64);
    assert!(
        stderr(&loose).contains("[possible values: strict, lenient]"),
        "{}",
        stderr(&loose)
    );
}

#[test]
fn contributions_audit() {
    let o = pko(&["contributions", "audit"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("INCONSISTENT"));
    assert!(stdout(&o).contains("annex-1") || stdout(&o).contains("Annex 1"));
    let j = pko(&["contributions", "audit", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&j)).unwrap();
    assert!(v.as_array().unwrap().len() > 30);
}

#[test]
fn institute_commands() {
    let o = pko(&[
        "institute",
        "rotation",
        "--members",
        "JPN,CHN,KOR",
        "--start",
        "2016-01-01",
        "--terms",
        "6",
    ]);
    assert_eq!(code(&o), 0);
    assert_eq!(
        stdout(&o).lines().nth(5),
        Some("term 6: KOR 2041-01-01..=2045-12-31")
    );
    one_line_error(
        &pko(&[
            "institute",
            "rotation",
            "--members",
            "JPN,XXX",
            "--start",
            "2016-01-01",
            "--terms",
            "2",
        ]),
        64,
        "XXX",
    );
    let ok = pko(&[
        "institute",
        "check-council",
        "examples/data/council-valid.json",
    ]);
    assert_eq!(code(&ok), 0, "{}", stdout(&ok));
    let bad = pko(&[
        "institute",
        "check-council",
        "examples/data/council-with-problems.json",
    ]);
    assert_eq!(code(&bad), 1);
    let out = stdout(&bad);
    assert!(
        out.contains("no former senior official with UN peace-operations service for `KOR`"),
        "{out}"
    );
    assert!(
        out.contains("is a salary") || out.contains("already holds a seat"),
        "{out}"
    );
}

#[test]
fn help_on_every_command() {
    for args in [
        &["--help"][..],
        &["assess", "--help"],
        &["compare", "--help"],
        &["monitor", "--help"],
        &["law", "--help"],
        &["contributions", "--help"],
        &["contributions", "rank", "--help"],
        &["contributions", "audit", "--help"],
        &["contributions", "chart", "--help"],
        &["institute", "--help"],
        &["institute", "rotation", "--help"],
        &["institute", "check-council", "--help"],
        &["serve", "--help"],
    ] {
        let o = pko(args);
        assert_eq!(code(&o), 0, "{args:?}");
        assert!(stdout(&o).contains("Usage:"), "{args:?}");
    }
}

#[test]
fn history_replays_every_dispatch() {
    let o = pko(&["history"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    let untac = text
        .lines()
        .find(|l| l.starts_with("untac-engineering"))
        .unwrap();
    assert!(
        untac.contains("1992-09-01") && untac.contains("1993-09-30"),
        "{untac}"
    );
    assert_eq!(untac.matches("permitted").count(), 2, "{untac}");
    assert!(!text.contains("not permitted"), "{text}");

    let o = pko(&["history", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 25);
    assert_eq!(rows[0]["dispatch"]["mission"], "UNAVEM II");
    assert_eq!(rows[0]["first_day"]["verdict"], "permitted");
    assert_eq!(rows[0]["last_day"]["date"], "1992-10-31");
}

#[test]
fn periods_lists_the_spans_of_one_verdict() {
    let file = "examples/data/proposal-unmiss-kaketsuke-keigo.json";
    let o = pko(&[
        "periods",
        file,
        "--from",
        "1992-08-10",
        "--to",
        "2030-12-31",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("1992-08-10..=2016-03-28: not permitted"));
    assert!(lines[1].starts_with("2016-03-29..=2030-12-31: undetermined (changed:"));

    let o = pko(&[
        "periods",
        file,
        "--from",
        "2016-01-01",
        "--to",
        "2016-12-31",
        "--format",
        "json",
        "--assume",
        "diet_approval_2015_tasks=no",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[1]["start"], "2016-03-29");
    assert_eq!(v[1]["verdict"], "permitted");
    assert!(!v[1]["changes"].as_array().unwrap().is_empty());

    one_line_error(
        &pko(&[
            "periods",
            file,
            "--from",
            "2016-01-02",
            "--to",
            "2016-01-01",
        ]),
        65,
        "end comes before its start",
    );
}

#[test]
fn contributions_women_against_the_parity_targets() {
    let o = pko(&[
        "contributions",
        "women",
        "--country",
        "JPN",
        "--from",
        "2014-02",
        "--to",
        "2014-02",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1 + 1 + 5, "{out}");
    assert_eq!(
        lines[1],
        "2014-02: women by category: Troops 6 of 271 (2.2140%)"
    );
    assert!(lines[2].contains("military contingents, 2028"), "{out}");
    assert!(lines[2].contains("2.2140% of     271"), "{out}");
    assert!(lines[2].ends_with("below"), "{out}");
    let j = pko(&[
        "contributions",
        "women",
        "--country",
        "KOR",
        "--from",
        "2014-01",
        "--to",
        "2014-02",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&j)).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 2 * 5);
    assert_eq!(rows[0]["month"], "2014-01");
    assert_eq!(rows[0]["target"]["categories"][0], "troops");
    assert_eq!(rows[5]["month"], "2014-02");
    // A contributor with no records says so.
    let none = pko(&[
        "contributions",
        "women",
        "--country",
        "ISL",
        "--from",
        "2014-02",
    ]);
    assert_eq!(code(&none), 0);
    assert!(stdout(&none).contains("no records for ISL"));
    one_line_error(
        &pko(&["contributions", "women", "--country", "XXX"]),
        64,
        "XXX",
    );
}

#[test]
fn in_kind_follows_the_cabinet_decision_and_reads_facts_from_json() {
    let request = pko(&["in-kind", "--case", "ammunition-2013", "--on", "2013-12-22"]);
    assert_eq!(code(&request), 1);
    assert!(stdout(&request).contains("- Cabinet decision: violated"));
    let decided = pko(&[
        "in-kind",
        "--case",
        "ammunition-2013",
        "--on",
        "2013-12-23",
        "--format",
        "json",
    ]);
    assert_eq!(code(&decided), 0, "{}", stderr(&decided));
    let v: serde_json::Value = serde_json::from_str(&stdout(&decided)).unwrap();
    assert_eq!(v["verdict"], "permitted");
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(5));
    let tents = r#"{"operation": {"kind": "humanitarian_relief", "host_is_party": true},
        "recipient": "annex3_organisation", "needed": true, "terms": "free_of_charge",
        "cabinet_decision": {"decided_on": "1999-03-01"}, "host_consent": true}"#;
    assert_eq!(
        code(&pko_stdin(&["in-kind", "-", "--on", "1999-03-01"], tents)),
        0
    );
    // Before the 1998 amendment, relief while the host state is a party
    // needs a ceasefire agreement, and the facts do not give one.
    let earlier = tents.replace("1999-03-01", "1997-12-01");
    let open = pko_stdin(&["in-kind", "-", "--on", "1998-01-01"], &earlier);
    assert_eq!(code(&open), 2);
    assert!(
        stdout(&open).contains("`ceasefire_agreement` is unknown"),
        "{}",
        stdout(&open)
    );
    one_line_error(
        &pko_stdin(&["in-kind", "-", "--on", "2000-01-01"], "{\"price\": 1}"),
        65,
        "<stdin>:1:8: unknown field `price`",
    );
}

#[test]
fn serve_answers_on_loopback_and_logs_one_line_per_request() {
    use std::io::{BufRead, BufReader, Read};
    let mut child = Command::new(env!("CARGO_BIN_EXE_pko"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut log = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    log.read_line(&mut first).unwrap();
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {first:?}"))
        .to_owned();
    assert!(addr.starts_with("127.0.0.1:"), "{first}");

    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    stream
        .write_all(
            b"GET /v1/law?as_of=2016-11-15 HTTP/1.1\r\nHost: pko\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200 OK"), "{response}");
    assert!(
        response.contains("\"regime\":\"amended2015\""),
        "{response}"
    );

    let mut line = String::new();
    log.read_line(&mut line).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        line.contains("GET") && line.contains("/v1/law") && line.contains("status=200"),
        "{line}"
    );
    assert!(
        !line.contains('\u{1b}'),
        "colour codes in a log that is not a terminal: {line:?}"
    );
}

#[test]
fn serve_says_when_it_cannot_listen() {
    let o = pko(&["serve", "--addr", "192.0.2.1:80"]);
    assert_eq!(code(&o), 66, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot listen on 192.0.2.1:80"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn contributions_chart_writes_the_two_svg_charts() {
    let dir = std::env::temp_dir().join(format!("pko-chart-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("korea.svg");
    let o = pko(&[
        "contributions",
        "chart",
        "--country",
        "KOR",
        "--from",
        "2013-01",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let personnel = std::fs::read_to_string(&out).unwrap();
    let women = std::fs::read_to_string(dir.join("korea-women.svg")).unwrap();
    assert!(personnel.starts_with("<svg") && personnel.contains("Republic of Korea"));
    assert!(women.starts_with("<svg") && women.contains("target:"));
    let text = stdout(&o);
    assert!(
        text.contains(
            "Uniformed personnel of Republic of Korea in UN peacekeeping, 2013-01 to 2014-02"
        ),
        "{text}"
    );
    assert!(
        text.contains("A line chart of the share of women"),
        "{text}"
    );
    std::fs::remove_dir_all(&dir).unwrap();

    let bad = pko(&[
        "contributions",
        "chart",
        "--country",
        "JPN",
        "--from",
        "2014-02",
        "--to",
        "2013-01",
    ]);
    assert_eq!(code(&bad), 65, "{}", stderr(&bad));
    assert!(
        stderr(&bad).contains("ends before it starts"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn assumptions_are_set_on_the_command_line_or_from_a_file() {
    // The list names every assumption with its default.
    let o = pko(&["assumptions"]);
    assert_eq!(code(&o), 0);
    let list = stdout(&o);
    for name in [
        "diet_approval_2015_tasks (default: open)",
        "no_conflict_clause_since_1992 (default: yes)",
        "pre_2016_text_after_2016 (default: apply)",
        "grace_period_days (default: open)",
    ] {
        assert!(list.contains(name), "{name}: {list}");
    }
    // A file sets them, and --assume wins over it.
    let dir = std::env::temp_dir().join(format!("pko-cli-assume-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("assumptions.json");
    std::fs::write(&file, r#"{"diet_approval_2015_tasks": "no"}"#).unwrap();
    let file = file.to_str().unwrap();
    let args = |extra: &[&'static str]| {
        let mut a = vec![
            "assess",
            UNMISS_KK,
            "--as-of",
            "2016-11-15",
            "--assumptions",
            file,
        ];
        a.extend_from_slice(extra);
        a.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let run = |a: Vec<String>| pko(&a.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&run(args(&[]))), 0);
    assert_eq!(
        code(&run(args(&["--assume", "diet_approval_2015_tasks=open"]))),
        2
    );
    // history honours them too.
    let o = pko(&[
        "history",
        "--assume",
        "diet_approval_2015_tasks=no",
        "--format",
        "json",
    ]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let eleventh = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["dispatch"]["id"] == "unmiss-engineering-2015-tasks")
        .unwrap();
    assert_eq!(eleventh["first_day"]["verdict"], "permitted");
    // Bad names and values are a bad command line, naming what is wrong.
    one_line_error(
        &pko(&["assess", UNMISS_KK, "--assume", "diet=no"]),
        64,
        "`diet` is not an assumption",
    );
    one_line_error(
        &pko(&[
            "assess",
            UNMISS_KK,
            "--assume",
            "diet_approval_2015_tasks=maybe",
        ]),
        64,
        "expected yes, no, open",
    );
    one_line_error(
        &pko(&["assess", UNMISS_KK, "--assume", "headcount_cap_after_2016"]),
        64,
        "headcount_cap_after_2016",
    );
    // A bad file is bad data, with its line and column.
    std::fs::write(dir.join("bad.json"), r#"{"diet": "no"}"#).unwrap();
    let bad = dir.join("bad.json");
    one_line_error(
        &pko(&["assess", UNMISS_KK, "--assumptions", bad.to_str().unwrap()]),
        65,
        "unknown field `diet`",
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

const BILLS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/data/reform-2015-bills-speech.json"
);
const CAP_1000: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/data/reform-cap-1000.json"
);

#[test]
fn assess_under_a_reform_says_which_findings_it_changed() {
    let before = pko(&["assess", UNMISS_KK, "--as-of", "2015-06-15"]);
    assert_eq!(code(&before), 1);
    assert!(!stdout(&before).contains("a reform set"));
    let after = pko(&[
        "assess",
        UNMISS_KK,
        "--as-of",
        "2015-06-15",
        "--reform",
        BILLS,
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&after)).unwrap();
    let reformed = v["reformed"].as_array().unwrap();
    assert!(
        reformed
            .iter()
            .any(|r| r["subject"]["task"] == "kaketsuke_keigo"
                && r["reform"] == "The 2015 bills as the speech describes them")
    );
    let text = stdout(&pko(&[
        "assess",
        UNMISS_KK,
        "--as-of",
        "2015-06-15",
        "--reform",
        BILLS,
    ]));
    assert!(
        text.contains("Findings that read a provision a reform set:"),
        "{text}"
    );
}

#[test]
fn reform_reports_its_impact_on_facts_and_on_the_record() {
    let facts = pko(&["reform", CAP_1000, "--on", "1992-09-17", "--facts", UNTAC]);
    let text = stdout(&facts);
    assert!(
        text.starts_with("Reform: A headcount cap of 1,000"),
        "{text}"
    );
    assert!(text.contains("1 assessed"), "{text}");
    let record = pko(&["reform", CAP_1000, "--history", "--format", "json"]);
    assert_eq!(code(&record), 1, "something changes");
    let v: serde_json::Value = serde_json::from_str(&stdout(&record)).unwrap();
    assert!(v["assessed"].as_u64().unwrap() >= 25);
    assert!(v["verdicts_changed"].as_u64().unwrap() > 0);
    assert!(v["cases"][0]["findings"][0]["by"][0]["change"]["set"] == "headcount_cap");
    // A reform that changes nothing on the record succeeds, and one the
    // law cannot take is bad data.
    let bills = pko(&["reform", BILLS, "--history"]);
    assert_eq!(code(&bills), 0, "{}", stderr(&bills));
    let empty = pko_stdin(
        &["reform", "-", "--history"],
        r#"{"name": "nothing", "source": {"issuer": "x", "title": "y", "reliability": "secondary"}, "changes": []}"#,
    );
    one_line_error(&empty, 65, "has no changes");
    let neither = pko(&["reform", BILLS]);
    assert_eq!(code(&neither), 64);
}

#[test]
fn schema_lists_and_prints_the_schemas() {
    let list = pko(&["schema", "--list"]);
    assert_eq!(code(&list), 0, "{}", stderr(&list));
    let lines: Vec<String> = stdout(&list).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), pko::schema::CATALOG.len());
    for (line, entry) in lines.iter().zip(pko::schema::CATALOG) {
        let mut words = line.split_whitespace();
        assert_eq!(words.next(), Some(entry.name()), "{line}");
        assert_eq!(words.next(), Some(entry.direction().as_str()), "{line}");
    }
    // An input's schema is the committed file, byte for byte.
    let deployment = pko(&["schema", "deployment"]);
    assert_eq!(code(&deployment), 0, "{}", stderr(&deployment));
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schemas/deployment.schema.json"
    ))
    .unwrap();
    assert_eq!(stdout(&deployment), committed);
    // An answer's, too, as JSON.
    let assessment: serde_json::Value =
        serde_json::from_str(&stdout(&pko(&["schema", "assessment"]))).unwrap();
    assert_eq!(assessment["title"], "assessment");
    // A name that is not one is a usage error that lists the names.
    let bad = pko(&["schema", "deploymnt"]);
    assert_eq!(code(&bad), 64);
    assert!(
        stderr(&bad).contains("no schema `deploymnt`"),
        "{}",
        stderr(&bad)
    );
    assert!(
        stderr(&bad).contains("deployment, events"),
        "{}",
        stderr(&bad)
    );
    // Neither a name nor --list.
    assert_eq!(code(&pko(&["schema"])), 64);
}

#[test]
fn a_file_that_names_its_schema_is_read() {
    let with = pko_stdin(
        &["assess", "-", "--as-of", "2016-11-15", "--format", "json"],
        r#"{"$schema": "schemas/deployment.schema.json", "contingent": {"kind": "sdf_unit"}}"#,
    );
    let without = pko_stdin(
        &["assess", "-", "--as-of", "2016-11-15", "--format", "json"],
        r#"{"contingent": {"kind": "sdf_unit"}}"#,
    );
    assert_eq!(stdout(&with), stdout(&without));
    assert_eq!(code(&with), code(&without));
    // Another unknown member is still an error, where it is.
    let bad = pko_stdin(
        &["assess", "-", "--as-of", "2016-11-15"],
        "{\"$schema\": \"x\",\n \"contingnt\": {}}",
    );
    assert_eq!(code(&bad), 65);
    assert!(stderr(&bad).contains("<stdin>:2:"), "{}", stderr(&bad));
    assert!(
        stderr(&bad).contains("unknown field `contingnt`"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn in_kind_takes_a_file_or_a_case_and_names_no_file_specially() {
    one_line_error(&pko(&["in-kind", "--on", "2013-12-22"]), 64, "<FILE>");
    one_line_error(
        &pko(&[
            "in-kind",
            UNTAC,
            "--case",
            "ammunition-2013",
            "--on",
            "2013-12-22",
        ]),
        64,
        "cannot be used with",
    );
    // A file of that name is read like any other: there is none here.
    one_line_error(
        &pko(&["in-kind", "ammunition-2013", "--on", "2013-12-22"]),
        66,
        "ammunition-2013",
    );
}

#[test]
fn output_that_cannot_be_written_is_exit_status_74() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("no /dev/full here: skipped");
        return;
    };
    let o = Command::new(env!("CARGO_BIN_EXE_pko"))
        .args(["history", "--format", "json"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdout(full)
        .output()
        .unwrap();
    one_line_error(&o, 74, "cannot write the output");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pko"))
        .args(["history", "--format", "json"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the answer is written (`pko … | head -c0`).
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
}

#[test]
fn text_and_json_are_the_same_answer() {
    // Every command that takes --format writes the one value it computed.
    let text = pko(&["contributions", "audit"]);
    let json = pko(&["contributions", "audit", "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let n = findings.as_array().unwrap().len();
    assert!(stdout(&text).starts_with(&format!("Audit of the 2015 speech: {n} checks")));
    assert_eq!(stdout(&text).lines().count(), n + 1);
}

#[test]
fn joint_gives_each_participants_verdict_and_the_whole() {
    let joint = r#"{
        "operation": {"name": "UNMISS", "kind": "un_peacekeeping", "host_consent": "given",
                      "parties_consent": "given", "impartial": true, "force": "self_defence_and_mandate"},
        "partners": [
            {"state": "KOR", "kind": "unit", "size": 280, "procedure": {"assembly_consent": {"given": {"on": "2017-01-10"}}}},
            {"state": "CHN", "kind": "unit", "size": 300}
        ]
    }"#;
    let o = pko_stdin(
        &["joint", "-", "--on", "2017-06-01", "--format", "json"],
        joint,
    );
    // China's deciding body is not found: the whole is undetermined (2).
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let a: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(a["verdict"], "undetermined");
    assert_eq!(a["may_go"], serde_json::json!(["KOR"]));
    assert_eq!(a["partners"][0]["verdict"], "permitted");
    assert_eq!(
        a["partners"][1]["missing_steps"][0]["step"],
        "decision_of_an_unnamed_body"
    );
    assert_eq!(a["un"]["verdict"], "permitted");
    // Korea alone, without the Assembly's consent: not permitted (1), and the
    // text says what is missing.
    let korea_alone = r#"{"operation": {"kind": "un_peacekeeping"},
        "partners": [{"state": "KOR", "kind": "unit", "procedure": {"assembly_consent": "not_given"}}]}"#;
    let o = pko_stdin(&["joint", "-", "--on", "2017-06-01"], korea_alone);
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).contains("missing: the National Assembly's consent (before the unit deploys)"),
        "{}",
        stdout(&o)
    );
    // A state named twice is bad data (65), with where.
    let twice = r#"{"partners": [{"state": "CHN"}, {"state": "CHN"}]}"#;
    let o = pko_stdin(&["joint", "-", "--on", "2017-06-01"], twice);
    one_line_error(&o, 65, "partners[1]: the state is named twice");
}
