//! Helpers shared by the test modules: requests sent through the whole
//! application in process, and their answers.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use pko_server::Config;
use serde_json::Value;
use tower::ServiceExt;

/// An answer: status, content type and body.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) content_type: String,
    pub(crate) body: Vec<u8>,
}

impl Answer {
    /// The body as JSON.
    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    /// Checks that this is a problem of `status` and `kind`, as RFC 9457
    /// shapes one, and returns it.
    pub(crate) fn problem(&self, status: u16, kind: &str) -> Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.content_type, pko_server::PROBLEM_JSON);
        let p = self.json();
        assert_eq!(p["status"], status, "{p}");
        assert_eq!(p["type"], format!("/problems/{kind}"), "{p}");
        assert!(p["title"].as_str().is_some_and(|t| !t.is_empty()), "{p}");
        assert!(p["detail"].as_str().is_some_and(|t| !t.is_empty()), "{p}");
        p
    }
}

/// Sends a request to `app` and reads the whole answer.
pub(crate) async fn send_to(
    app: axum::Router,
    method: Method,
    uri: &str,
    body: impl Into<Body>,
) -> Answer {
    send_typed(app, method, uri, None, body).await
}

/// Sends a request with a `Content-Type` to the application with the
/// default configuration.
pub(crate) async fn send_as(
    method: Method,
    uri: &str,
    content_type: &str,
    body: impl Into<Body>,
) -> Answer {
    send_typed(
        pko_server::app(&Config::default()),
        method,
        uri,
        Some(content_type),
        body,
    )
    .await
}

async fn send_typed(
    app: axum::Router,
    method: Method,
    uri: &str,
    content_type: Option<&str>,
    body: impl Into<Body>,
) -> Answer {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(t) = content_type {
        request = request.header(header::CONTENT_TYPE, t);
    }
    let request = request.body(body.into()).unwrap();
    let response = app.oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Answer {
        status,
        content_type,
        body,
    }
}

/// Sends a request to the application with the default configuration.
pub(crate) async fn send(method: Method, uri: &str, body: impl Into<Body>) -> Answer {
    send_to(pko_server::app(&Config::default()), method, uri, body).await
}

/// The deployment of the OpenAPI examples.
pub(crate) fn deployment() -> pko::principles::Deployment {
    serde_json::from_str(include_str!(
        "../../../openapi/proposal-unmiss-kaketsuke-keigo.json"
    ))
    .unwrap()
}

/// A value as the library serializes it.
pub(crate) fn library_json(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap()
}
