//! The bad-input corpus in `tests/data/bad`: each file with the error kind
//! and location it must give.

use pko_contributions::personnel::{LoadMode, load};
use pko_contributions::{Error, LoadProblem, regular_budget};

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/data/bad/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// (line, column, problem) of a strict load.
fn personnel_error(name: &str) -> (u64, Option<usize>, LoadProblem) {
    let err = load(bytes(name).as_slice(), name, LoadMode::Strict).unwrap_err();
    let e = err.as_load().unwrap_or_else(|| panic!("{name}: {err}"));
    assert_eq!(e.file(), name);
    assert!(
        err.to_string().starts_with(&format!("{name}:{}", e.line())),
        "{err}"
    );
    (e.line(), e.column(), e.problem().clone())
}

fn rb_error(name: &str) -> (u64, Option<usize>, LoadProblem) {
    let err: Error = regular_budget::load(bytes(name).as_slice(), name).unwrap_err();
    let e = err.as_load().unwrap();
    (e.line(), e.column(), e.problem().clone())
}

#[test]
fn every_file_gives_its_error_and_location() {
    type Check = fn(&LoadProblem) -> bool;
    let cases: [(&str, u64, Option<usize>, Check); 12] = [
        ("empty.csv", 1, None, |p| *p == LoadProblem::Empty),
        ("truncated-ipi.csv", 2, None, |p| {
            matches!(
                p,
                LoadProblem::FieldCount {
                    expected: 20,
                    found: 3
                }
            )
        }),
        ("reordered-header-un.csv", 1, Some(7), |p| {
            matches!(
                p,
                LoadProblem::HeaderMismatch {
                    expected: "Female_Personnel",
                    ..
                }
            )
        }),
        ("wrong-header.csv", 1, None, |p| {
            matches!(p, LoadProblem::UnknownHeader { .. })
        }),
        ("non-utf8-un.csv", 2, Some(5), |p| {
            *p == LoadProblem::NotUtf8
        }),
        ("huge-number-un.csv", 2, Some(8), |p| {
            matches!(p, LoadProblem::BadCount { .. })
        }),
        ("negative-number-un.csv", 2, Some(7), |p| {
            matches!(p, LoadProblem::BadCount { .. })
        }),
        (
            "feb-31-un.csv",
            2,
            Some(9),
            |p| matches!(p, LoadProblem::BadDate { text, .. } if text == "31-Feb-15"),
        ),
        ("unknown-category-un.csv", 2, Some(6), |p| {
            matches!(p, LoadProblem::BadCategory { .. })
        }),
        ("na-iso-un.csv", 2, Some(2), |p| {
            *p == LoadProblem::MissingCountryCode
        }),
        ("ipi-total-mismatch.csv", 2, Some(17), |p| {
            *p == LoadProblem::TotalMismatch {
                total: 2559,
                sum: 2558,
            }
        }),
        ("rb-bad-rate.csv", 2, Some(3), |p| {
            matches!(p, LoadProblem::BadRate { .. })
        }),
    ];
    for (name, line, column, check) in cases {
        let (l, c, p) = if name.starts_with("rb-") {
            rb_error(name)
        } else {
            personnel_error(name)
        };
        assert_eq!((l, c), (line, column), "{name}: {p:?}");
        assert!(check(&p), "{name}: {p:?}");
    }
    let (l, c, p) = rb_error("rb-years-out-of-order.csv");
    assert_eq!((l, c), (1, Some(3)));
    assert!(matches!(p, LoadProblem::HeaderMismatch { .. }));
}

#[test]
fn a_byte_order_mark_and_crlf_load() {
    let loaded = load(
        bytes("bom-crlf-un.csv").as_slice(),
        "bom-crlf-un.csv",
        LoadMode::Strict,
    )
    .unwrap();
    assert_eq!((loaded.rows(), loaded.personnel().len()), (1, 1));
}

#[test]
fn every_corpus_file_is_checked() {
    let mut names: Vec<String> =
        std::fs::read_dir(format!("{}/tests/data/bad", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| {
                std::path::Path::new(n)
                    .extension()
                    .is_some_and(|e| e == "csv")
            })
            .collect();
    names.sort();
    assert_eq!(
        names.len(),
        14,
        "{names:?}: add the new file to the table above"
    );
}
