#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![expect(
    clippy::result_large_err,
    reason = "a ProblemDetails becomes the HTTP response as soon as it is made; boxing it would buy nothing"
)]

#[expect(
    unused_qualifications,
    reason = "the code utoipa's `path` macro generates qualifies the parameters' types"
)]
mod api;
mod contract;
mod joint_page;
mod openapi;
mod page;
mod problem;

use std::any::Any;
use std::future::Future;
use std::time::Duration;

use axum::Router;
use axum::error_handling::HandleErrorLayer;
use axum::extract::DefaultBodyLimit;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};

pub use openapi::{openapi, rank_example};
pub use problem::{PROBLEM_JSON, ProblemDetails};

/// The server's limits. Every field has a default and a `pko serve` flag.
///
/// # Example
///
/// ```
/// let c = pko_server::Config::default();
/// assert_eq!(c.json_limit, 1024 * 1024);
/// assert_eq!(c.csv_limit, 64 * 1024 * 1024);
/// assert_eq!(c.timeout, std::time::Duration::from_secs(10));
/// assert_eq!(c.concurrency, 256);
/// assert_eq!(c.uploads, 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The largest JSON body accepted, in bytes (default 1 MiB).
    pub json_limit: usize,
    /// The largest CSV body accepted, in bytes (default 64 MiB).
    pub csv_limit: usize,
    /// How long a request may take before it is answered 503 (default
    /// 10 s).
    pub timeout: Duration,
    /// How many requests are served at once; more wait their turn
    /// (default 256).
    pub concurrency: usize,
    /// How many CSV uploads (`/v1/contributions/rank`) are read and ranked
    /// at once (default 2). Each may hold `csv_limit` bytes and the model
    /// built from them, so this bounds the server's memory; more wait
    /// their turn, their bodies unread, and get 503 with `Retry-After` if
    /// the wait outlasts `timeout`.
    pub uploads: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            json_limit: 1024 * 1024,
            csv_limit: 64 * 1024 * 1024,
            timeout: Duration::from_secs(10),
            concurrency: 256,
            uploads: 2,
        }
    }
}

/// The routes of the API and of the OpenAPI document, without the layers
/// that apply the limits ([`with_layers`]).
///
/// # Example
///
/// ```
/// let routes = pko_server::routes(&pko_server::Config::default());
/// # let _ = routes;
/// ```
pub fn routes(config: &Config) -> Router {
    let json = DefaultBodyLimit::max(config.json_limit);
    let csv = DefaultBodyLimit::max(config.csv_limit);
    Router::new()
        .route("/v1/assess", post(api::assess).layer(json))
        .route("/v1/reform", post(api::reform).layer(json))
        .route("/v1/joint", post(api::joint).layer(json))
        .route("/v1/compare", post(api::compare).layer(json))
        .route("/v1/periods", post(api::periods).layer(json))
        .route("/v1/monitor", post(api::monitor).layer(json))
        .route("/v1/law", get(api::law))
        .route(
            "/v1/history",
            get(api::history).post(api::history_with).layer(json),
        )
        .route(
            "/v1/contributions/rank",
            post({
                let uploads = api::Uploads::new(config);
                move |q, request| api::rank(uploads, q, request)
            })
            .layer(csv),
        )
        .route("/v1/contributions/audit", get(api::audit))
        .route("/v1/institute/rotation", get(api::rotation))
        .route("/v1/institute/council", post(api::council).layer(json))
        .route("/openapi.json", get(openapi::document))
        .route("/", get(page::index))
        .route("/check", get(page::check))
        .route("/joint", get(joint_page::joint))
        .route("/contributions", get(page::contributions))
        .route("/charts/personnel.svg", get(page::personnel_svg))
        .route("/charts/women.svg", get(page::women_svg))
}

/// `router` with the server's layers: problem+json for unknown routes and
/// methods, a timeout, a concurrency limit, one log line per request, and a
/// last defence that turns a panic into a 500 problem.
///
/// # Example
///
/// ```
/// use axum::routing::get;
/// let app = pko_server::with_layers(axum::Router::new().route("/ping", get(|| async { "pong" })), &pko_server::Config::default());
/// # let _ = app;
/// ```
pub fn with_layers(router: Router, config: &Config) -> Router {
    let layers = ServiceBuilder::new()
        .layer(CatchPanicLayer::custom(panic_problem))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(tracing::Level::INFO))
                .on_request(())
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(HandleErrorLayer::new(timeout_problem))
        .layer(tower::timeout::TimeoutLayer::new(config.timeout))
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
            config.concurrency,
        ));
    router
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(layers)
}

/// The whole application: [`routes`] [`with_layers`].
///
/// # Example
///
/// ```
/// let app = pko_server::app(&pko_server::Config::default());
/// # let _ = app;
/// ```
pub fn app(config: &Config) -> Router {
    with_layers(routes(config), config)
}

/// Serves [`app`] on `listener` until `shutdown` completes.
///
/// # Errors
///
/// The listener's I/O errors.
///
/// # Example
///
/// ```no_run
/// # async fn run() -> std::io::Result<()> {
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
/// pko_server::serve(listener, pko_server::Config::default(), std::future::pending()).await
/// # }
/// ```
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(&config))
        .with_graceful_shutdown(shutdown)
        .await
}

async fn not_found(method: Method, uri: Uri) -> ProblemDetails {
    ProblemDetails::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "No such route",
        format!("{method} {uri}: see /openapi.json for the routes"),
    )
}

async fn method_not_allowed(method: Method, uri: Uri) -> ProblemDetails {
    ProblemDetails::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "The route does not take this method",
        format!("{method} {}: see /openapi.json for its methods", uri.path()),
    )
}

async fn timeout_problem(err: tower::BoxError) -> Response {
    if err.is::<tower::timeout::error::Elapsed>() {
        let mut response = ProblemDetails::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "timeout",
            "The request took longer than the server allows",
            err.to_string(),
        )
        .into_response();
        response.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from_static("1"),
        );
        response
    } else {
        ProblemDetails::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "The server failed",
            err.to_string(),
        )
        .into_response()
    }
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "the signature CatchPanicLayer takes"
)]
fn panic_problem(panic: Box<dyn Any + Send + 'static>) -> Response {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(panic = %what, "a request panicked");
    ProblemDetails::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "The server failed",
        "the request could not be completed; the failure is logged",
    )
    .into_response()
}
