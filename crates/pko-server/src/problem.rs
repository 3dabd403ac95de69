//! Errors as RFC 9457 problem details (`application/problem+json`).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use pko::schema::schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The media type of every error response.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error response, as RFC 9457 defines it, with the location of the
/// fault in the request where there is one: the JSON path of a field, or the
/// line, column and field of a CSV file.
///
/// `type` is a relative URI naming the kind of problem
/// (`/problems/invalid-json`, …); a client can branch on it. The status
/// says who is at fault: 4xx for the request, 5xx for the server.
///
/// # Example
///
/// ```
/// use pko_server::ProblemDetails;
///
/// let p = ProblemDetails::bad_query("missing field `as_of`");
/// assert_eq!(p.status, 400);
/// assert_eq!(p.kind, "/problems/invalid-query");
/// let json = serde_json::to_value(&p)?;
/// assert_eq!(json["type"], "/problems/invalid-query");
/// assert!(json.get("path").is_none());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(crate = "pko::schema::schemars", deny_unknown_fields)]
#[schemars(example = serde_json::json!({
    "type": "/problems/invalid-json",
    "title": "The body is not the JSON this endpoint takes",
    "status": 400,
    "detail": "unknown variant `un_peacekeepin`, expected one of `un_peacekeeping`, …",
    "path": "operation.kind",
    "line": 1,
    "column": 34
}))]
pub struct ProblemDetails {
    /// A relative URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind of problem, the same for every
    /// occurrence.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong this time, in English.
    pub detail: String,
    /// The JSON path of the field at fault (`contingent.size`,
    /// `parties[1].name`), for a JSON body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The line at fault (from 1), in a JSON or CSV body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The column at fault (from 1), in a JSON or CSV body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u64>,
    /// The CSV field at fault, by its header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ProblemDetails {
    /// A problem of a kind, with no location.
    ///
    /// # Example
    ///
    /// ```
    /// use axum::http::StatusCode;
    /// let p = pko_server::ProblemDetails::new(StatusCode::NOT_FOUND, "not-found", "No such route", "GET /v2");
    /// assert_eq!((p.status, p.kind.as_str()), (404, "/problems/not-found"));
    /// ```
    #[must_use]
    pub fn new(status: StatusCode, kind: &str, title: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("/problems/{kind}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            path: None,
            line: None,
            column: None,
            field: None,
        }
    }

    /// A query string that is missing a parameter or has one of the wrong
    /// form: 400.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(pko_server::ProblemDetails::bad_query("x").status, 400);
    /// ```
    #[must_use]
    pub fn bad_query(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid-query",
            "The query string is not what this endpoint takes",
            detail,
        )
    }

    /// A body that is not the JSON the endpoint takes, with the path, line
    /// and column serde reports: 400.
    ///
    /// # Example
    ///
    /// ```
    /// let err = serde_json::from_str::<u8>("true").unwrap_err();
    /// let p = pko_server::ProblemDetails::bad_json("", &err);
    /// assert_eq!((p.status, p.line, p.column, p.path), (400, Some(1), Some(4), None));
    /// ```
    #[must_use]
    pub fn bad_json(path: &str, err: &serde_json::Error) -> Self {
        let mut p = Self::new(
            StatusCode::BAD_REQUEST,
            "invalid-json",
            "The body is not the JSON this endpoint takes",
            err.to_string(),
        );
        p.path = (!path.is_empty() && path != ".").then(|| path.to_owned());
        p.line = (err.line() > 0).then(|| u64::try_from(err.line()).unwrap_or(u64::MAX));
        p.column = (err.line() > 0).then(|| u64::try_from(err.column()).unwrap_or(u64::MAX));
        p
    }

    /// Input that is well formed but that the library refuses (facts that
    /// contradict each other, a date before the Act, a roster without
    /// members): 422.
    ///
    /// # Example
    ///
    /// ```
    /// let p = pko_server::ProblemDetails::unprocessable("the date 1990-01-01 is before the Act came into force");
    /// assert_eq!(p.status, 422);
    /// ```
    #[must_use]
    pub fn unprocessable(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unprocessable",
            "The request is well formed but cannot be processed",
            detail,
        )
    }

    /// The same problem with the JSON path of the field at fault.
    ///
    /// # Example
    ///
    /// ```
    /// let p = pko_server::ProblemDetails::unprocessable("x").at_path("contingent.size");
    /// assert_eq!(p.path.as_deref(), Some("contingent.size"));
    /// ```
    #[must_use]
    pub fn at_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The HTTP status.
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for ProblemDetails {
    fn into_response(self) -> Response {
        let status = self.status_code();
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }
}
