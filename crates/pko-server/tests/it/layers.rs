//! The layers: unknown routes and methods, timeouts and panics all answer
//! problem+json, and the server goes on answering.

use std::time::Duration;

use axum::Router;
use axum::http::Method;
use axum::routing::get;
use pko_server::Config;

use crate::common::{send, send_to};

#[tokio::test]
async fn an_unknown_route_is_a_404_problem() {
    for uri in [
        "/index.html",
        "/v2/assess",
        "/v1/assess/extra",
        "/v1/../etc/passwd",
        "/openapi.yaml",
    ] {
        let a = send(Method::GET, uri, "").await;
        let p = a.problem(404, "not-found");
        assert!(
            p["detail"].as_str().unwrap().contains("/openapi.json"),
            "{p}"
        );
    }
}

#[tokio::test]
async fn a_wrong_method_is_a_405_problem() {
    for (method, uri) in [
        (Method::GET, "/v1/assess"),
        (Method::DELETE, "/v1/assess"),
        (Method::POST, "/v1/law"),
        (Method::PUT, "/v1/institute/council"),
        (Method::POST, "/openapi.json"),
        (Method::POST, "/"),
        (Method::POST, "/check"),
    ] {
        send(method.clone(), uri, "")
            .await
            .problem(405, "method-not-allowed");
    }
}

/// A handler with a bug.
async fn boom() -> &'static str {
    panic!("a bug")
}

#[tokio::test]
async fn a_panic_is_a_500_problem_and_the_server_goes_on() {
    let config = Config::default();
    let app = pko_server::with_layers(
        Router::new()
            .route("/boom", get(boom))
            .merge(pko_server::routes(&config)),
        &config,
    );
    let p = send_to(app.clone(), Method::GET, "/boom", "")
        .await
        .problem(500, "internal");
    // The panic's message is logged, not shown.
    assert!(!p["detail"].as_str().unwrap().contains("a bug"), "{p}");
    let after = send_to(app, Method::GET, "/v1/law?as_of=2016-11-15", "").await;
    assert_eq!(after.status, 200);
}

#[tokio::test]
async fn a_slow_request_is_a_503_problem() {
    let config = Config {
        timeout: Duration::from_millis(50),
        ..Config::default()
    };
    let app = pko_server::with_layers(
        Router::new().route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        ),
        &config,
    );
    send_to(app, Method::GET, "/slow", "")
        .await
        .problem(503, "timeout");
}
