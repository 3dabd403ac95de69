//! Bad input for the loaders: each case with its error kind and location.

use pko_contributions::personnel::{LoadMode, load};
use pko_contributions::{LoadProblem, regular_budget};

const UN_HEADER: &str = "Contribution_ID,ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date";
const IPI_HEADER: &str = "\"\",\"Date\",\"Contributor\",\"Contributor ISO-3\",\"Mission\",\"Individual Police Male\",\"Individual Police Female\",\"Individual Police Total\",\"Formed Police Units Male\",\"Formed Police Units Female\",\"Formed Police Units Total\",\"Experts on Mission Male\",\"Experts on Mission Female\",\"Experts on Mission Total\",\"Troops Male\",\"Troops Female\",\"Troops Total\",\"Total Male\",\"Total Female\",\"Total Total\"";
const IPI_ROW: &str = "\"28565\",2014-02-28,\"Bangladesh\",\"BGD\",\"MONUSCO\",0,0,0,86,71,157,17,0,17,2548,10,2558,2651,81,2732";

/// Loads strictly and returns (line, column, field, problem) of the error.
fn strict_error(bytes: &[u8]) -> (u64, Option<usize>, Option<String>, LoadProblem) {
    let err = load(bytes, "input.csv", LoadMode::Strict).unwrap_err();
    let e = err
        .as_load()
        .unwrap_or_else(|| panic!("not a load error: {err}"));
    assert!(err.to_string().starts_with("input.csv:"), "{err}");
    (
        e.line(),
        e.column(),
        e.field().map(str::to_owned),
        e.problem().clone(),
    )
}

fn un(rows: &[&str]) -> String {
    let mut s = String::from(UN_HEADER);
    for r in rows {
        s.push('\n');
        s.push_str(r);
    }
    s.push('\n');
    s
}

#[test]
fn empty_file() {
    assert_eq!(strict_error(b""), (1, None, None, LoadProblem::Empty));
}

#[test]
fn unknown_and_reordered_headers() {
    let (line, _, _, p) = strict_error(b"a,b,c\n1,2,3\n");
    assert_eq!(line, 1);
    assert!(matches!(p, LoadProblem::UnknownHeader { .. }));
    let swapped = UN_HEADER.replace(
        "Female_Personnel,Male_Personnel",
        "Male_Personnel,Female_Personnel",
    );
    let (line, col, _, p) = strict_error(format!("{swapped}\n").as_bytes());
    assert_eq!((line, col), (1, Some(7)));
    assert_eq!(
        p,
        LoadProblem::HeaderMismatch {
            expected: "Female_Personnel",
            found: "Male_Personnel".into()
        }
    );
    let truncated = &UN_HEADER[..UN_HEADER.rfind(',').unwrap()];
    let (_, col, _, p) = strict_error(format!("{truncated}\n").as_bytes());
    assert_eq!(col, Some(9));
    assert!(matches!(p, LoadProblem::HeaderMismatch { .. }));
    // The UN's rank file is named as such.
    let (_, _, _, p) = strict_error(b"ISOCode3,M49_Code,Contributing_Country,Personnel_Contribution_Rank,Female_Personnel,Male_Personnel,Total_Uniformed_Personnel,Last_Reporting_Date\nBGD,50,Bangladesh,1,397,6006,6403,31-Jan-22\n");
    assert!(p.to_string().contains("rank file"), "{p}");
}

/// A byte-order mark is the header's wherever the header starts: at the
/// start of the file, or after blank lines.
#[test]
fn a_byte_order_mark_after_blank_lines_is_the_headers() {
    let row = "1,JPN,392,Japan,UNMISS,Troops,10,261,31-Jan-15";
    let text = format!("\r\n\n\u{feff}{UN_HEADER}\n{row}\n");
    let loaded = load(text.as_bytes(), "bom.csv", LoadMode::Strict).unwrap();
    assert_eq!(loaded.personnel().len(), 1);
    let (line, col, _, _) = strict_error(format!("\n\u{feff}{UN_HEADER}\n{row}\nx").as_bytes());
    assert_eq!((line, col), (4, None));
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let text = format!("\u{feff}{UN_HEADER}\r\n1,JPN,392,Japan,UNMISS,Troops,10,261,31-Jan-15\r\n");
    let loaded = load(text.as_bytes(), "bom.csv", LoadMode::Strict).unwrap();
    assert_eq!(loaded.personnel().len(), 1);
    let ipi = format!("\u{feff}{IPI_HEADER}\r\n{IPI_ROW}\r\n");
    assert_eq!(
        load(ipi.as_bytes(), "bom.csv", LoadMode::Strict)
            .unwrap()
            .personnel()
            .len(),
        4
    );
}

#[test]
fn na_country_code_is_reported_not_dropped() {
    let text = un(&[
        "1,#N/A,,Somewhere,UNMISS,Troops,0,5,31-Jan-22",
        "2,JPN,392,Japan,UNMISS,Troops,0,5,31-Jan-22",
    ]);
    assert_eq!(
        strict_error(text.as_bytes()),
        (
            2,
            Some(2),
            Some("ISOCode3".into()),
            LoadProblem::MissingCountryCode
        )
    );
    let lenient = load(text.as_bytes(), "input.csv", LoadMode::Lenient).unwrap();
    assert_eq!(
        (
            lenient.rows(),
            lenient.personnel().len(),
            lenient.rejected().len()
        ),
        (2, 1, 1)
    );
}

#[test]
fn bad_cells_name_their_column() {
    let cases: [(&str, usize, &str); 9] = [
        ("1,XYZ,0,X,UNMISS,Troops,0,5,31-Jan-22", 2, "ISOCode3"),
        (
            "1,JPN,392,Japan,unmiss,Troops,0,5,31-Jan-22",
            5,
            "Mission_Acronym",
        ),
        (
            "1,JPN,392,Japan,UNMISS,Soldiers,0,5,31-Jan-22",
            6,
            "Personnel_Type",
        ),
        (
            "1,JPN,392,Japan,UNMISS,Troops,-1,5,31-Jan-22",
            7,
            "Female_Personnel",
        ),
        (
            "1,JPN,392,Japan,UNMISS,Troops,0,99999999999,31-Jan-22",
            8,
            "Male_Personnel",
        ),
        (
            "1,JPN,392,Japan,UNMISS,Troops,0,1.5,31-Jan-22",
            8,
            "Male_Personnel",
        ),
        (
            "1,JPN,392,Japan,UNMISS,Troops,0,5,31-Feb-15",
            9,
            "Last_Reporting_Date",
        ),
        (
            "1,JPN,392,Japan,UNMISS,Troops,0,5,2015-01-31",
            9,
            "Last_Reporting_Date",
        ),
        (
            "1,JPN,392,Japan,UNMISS,Troops,0,5,31-Jnu-15",
            9,
            "Last_Reporting_Date",
        ),
    ];
    for (row, col, field) in cases {
        let (line, c, f, _) = strict_error(un(&[row]).as_bytes());
        assert_eq!(
            (line, c, f.as_deref()),
            (2, Some(col), Some(field)),
            "{row}"
        );
    }
}

#[test]
fn rows_of_the_wrong_width() {
    let (line, col, _, p) = strict_error(un(&["1,JPN,392,Japan,UNMISS,Troops,0,5"]).as_bytes());
    assert_eq!((line, col), (2, None));
    assert_eq!(
        p,
        LoadProblem::FieldCount {
            expected: 9,
            found: 8
        }
    );
}

#[test]
fn truncated_file_and_open_quote() {
    let text = format!("{IPI_HEADER}\n\"28565\",2014-02-28,\"Bangla");
    let (line, _, _, p) = strict_error(text.as_bytes());
    assert_eq!(line, 2);
    assert!(
        matches!(p, LoadProblem::FieldCount { .. } | LoadProblem::Csv { .. }),
        "{p:?}"
    );
}

#[test]
fn non_utf8_bytes() {
    let mut bytes = un(&[]).into_bytes();
    bytes.extend_from_slice(b"1,JPN,392,Jap\xffan,UNMISS,Troops,0,5,31-Jan-22\n");
    // The country name is not read; the row loads.
    assert_eq!(
        load(bytes.as_slice(), "x.csv", LoadMode::Strict)
            .unwrap()
            .personnel()
            .len(),
        1
    );
    let mut bytes = un(&[]).into_bytes();
    bytes.extend_from_slice(b"1,JPN,392,Japan,UN\xffMISS,Troops,0,5,31-Jan-22\n");
    let (line, col, _, p) = strict_error(&bytes);
    assert_eq!((line, col, p), (2, Some(5), LoadProblem::NotUtf8));
}

#[test]
fn ipi_totals_must_add_up() {
    let bad = IPI_ROW.replace(",2548,10,2558,", ",2548,10,2559,");
    let (line, col, field, p) = strict_error(format!("{IPI_HEADER}\n{bad}\n").as_bytes());
    assert_eq!(
        (line, col, field.as_deref()),
        (2, Some(17), Some("Troops Total"))
    );
    assert_eq!(
        p,
        LoadProblem::TotalMismatch {
            total: 2559,
            sum: 2558
        }
    );
    let bad = IPI_ROW.replace(",2651,81,2732", ",2652,81,2733");
    let (_, col, _, p) = strict_error(format!("{IPI_HEADER}\n{bad}\n").as_bytes());
    assert_eq!(col, Some(18));
    assert_eq!(
        p,
        LoadProblem::TotalMismatch {
            total: 2652,
            sum: 2651
        }
    );
}

#[test]
fn lenient_mode_keeps_going_and_counts_every_row() {
    let rows = [
        IPI_ROW.to_owned(),
        IPI_ROW.replace("2014-02-28", "2014-02-30"),
        IPI_ROW.replace("\"BGD\"", "\"#N/A\""),
        IPI_ROW.replace("2014-02-28", "2014-01-31"),
    ];
    let text = format!("{IPI_HEADER}\n{}\n", rows.join("\n"));
    let loaded = load(text.as_bytes(), "ipi.csv", LoadMode::Lenient).unwrap();
    assert_eq!(loaded.rows(), 4);
    assert_eq!(loaded.personnel().len(), 8);
    let lines: Vec<u64> = loaded
        .rejected()
        .iter()
        .map(pko_contributions::LoadError::line)
        .collect();
    assert_eq!(lines, [3, 4]);
    assert_eq!(strict_error(text.as_bytes()).0, 3);
}

#[test]
fn regular_budget_loader_errors() {
    let err = |text: &str| {
        let e = regular_budget::load(text.as_bytes(), "rb.csv").unwrap_err();
        let l = e.as_load().unwrap();
        (l.line(), l.column(), l.problem().clone())
    };
    assert_eq!(err(""), (1, None, LoadProblem::Empty));
    assert!(matches!(
        err("Country,2015\n"),
        (1, Some(1), LoadProblem::HeaderMismatch { .. })
    ));
    assert!(matches!(
        err("Member State,2015,2012\n"),
        (1, Some(3), LoadProblem::HeaderMismatch { .. })
    ));
    assert!(matches!(
        err("Member State,2015\nJapan,-5\n"),
        (2, Some(2), LoadProblem::BadRate { .. })
    ));
    assert!(matches!(
        err("Member State,2015\nJapan,101\n"),
        (2, Some(2), LoadProblem::BadRate { .. })
    ));
    assert!(matches!(
        err("Member State,2012,2015\nJapan,1\n"),
        (
            2,
            None,
            LoadProblem::FieldCount {
                expected: 3,
                found: 2
            }
        )
    ));
    // Footnotes and non-members are cells, not errors.
    let t = regular_budget::load(
        "Member State,2012,2015\nEgypt,b/,NA\nJapan,-,10.833\n".as_bytes(),
        "rb.csv",
    )
    .unwrap();
    assert_eq!(t.scale(2015).unwrap().len(), 1);
    // A column with no rate at all is no scale.
    assert_eq!(
        t.scale(2012).unwrap_err(),
        pko_contributions::Error::Scale(pko_contributions::ScaleProblem::Empty)
    );
}

#[test]
fn a_bad_ipi_count_is_reported_at_its_own_column() {
    let fields: Vec<&str> = IPI_ROW.split(',').collect();
    let names: Vec<&str> = IPI_HEADER.split(',').map(|h| h.trim_matches('"')).collect();
    for col in [5, 8, 12, 19] {
        let mut row = fields.clone();
        row[col] = "-1";
        let text = format!("{IPI_HEADER}\n{}\n", row.join(","));
        let (line, column, field, problem) = strict_error(text.as_bytes());
        assert_eq!(
            (line, column, field.as_deref()),
            (2, Some(col + 1), Some(names[col])),
            "{problem:?}"
        );
    }
}

/// An error names the line its row starts on, whatever ends the lines
/// and however many blank lines come before it.
#[test]
fn errors_name_the_line_the_row_starts_on() {
    let good = "1,JPN,392,Japan,UNMISS,Troops,10,261,31-Jan-15";
    let bad = "2,JPN,392,Japan,UNMISS,Soldiers,10,261,31-Jan-15";
    for (text, line) in [
        (format!("{UN_HEADER}\r\n{good}\r\n{bad}\r\n"), 3),
        (format!("{UN_HEADER}\n{good}\n\n\n{bad}\n"), 5),
        (format!("\r\n\r\n{UN_HEADER}\r\n\r\n{bad}"), 5),
        (
            format!(
                "{UN_HEADER}\n1,JPN,392,\"Japan,\nState of\",UNMISS,Troops,1,2,31-Jan-15\n{bad}\n"
            ),
            4,
        ),
    ] {
        let (got, col, field, problem) = strict_error(text.as_bytes());
        assert_eq!(
            (got, col, field.as_deref()),
            (line, Some(6), Some("Personnel_Type")),
            "{text:?}"
        );
        assert!(
            matches!(problem, LoadProblem::BadCategory { .. }),
            "{problem}"
        );
    }
}

#[test]
fn a_load_mode_is_read_and_written_by_its_name() {
    use pko_contributions::personnel::LoadMode;
    for (mode, name) in [(LoadMode::Strict, "strict"), (LoadMode::Lenient, "lenient")] {
        assert_eq!(mode.as_str(), name);
        assert_eq!(mode.to_string(), name);
        assert_eq!(name.parse::<LoadMode>(), Ok(mode));
        let json = serde_json::to_string(&mode).unwrap();
        assert_eq!(json, format!("\"{name}\""));
        assert_eq!(serde_json::from_str::<LoadMode>(&json).unwrap(), mode);
    }
    assert_eq!(LoadMode::ALL, [LoadMode::Strict, LoadMode::Lenient]);
    assert_eq!(LoadMode::default(), LoadMode::Strict);
    for bad in ["Strict", "loose", "", "lenient "] {
        assert_eq!(
            bad.parse::<LoadMode>(),
            Err(pko_contributions::Error::UnknownLoadMode {
                input: bad.to_owned()
            })
        );
        assert!(serde_json::from_str::<LoadMode>(&format!("\"{bad}\"")).is_err());
    }
}

/// The JSON Schemas of the names the library writes: every name, and
/// nothing else.
#[cfg(feature = "schema")]
#[test]
fn the_schemas_of_names_list_exactly_the_names() {
    use pko_contributions::audit::CheckId;
    use pko_contributions::personnel::LoadMode;
    use pko_contributions::speech::FigureId;
    let names = |schema: schemars::Schema| -> Vec<String> {
        let value = serde_json::to_value(schema).unwrap();
        assert_eq!(value["type"], "string");
        assert!(value["description"].as_str().is_some_and(|d| !d.is_empty()));
        value["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        names(schemars::schema_for!(LoadMode)),
        ["strict", "lenient"]
    );
    let checks: Vec<String> = CheckId::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(names(schemars::schema_for!(CheckId)), checks);
    let figures: Vec<String> = FigureId::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(names(schemars::schema_for!(FigureId)), figures);
}
