//! `pko serve`: the HTTP API and the page, until interrupted.

use std::process::ExitCode;

use crate::input::Failure;

/// Serves until Ctrl-C, logging one line per request to standard error.
pub(super) fn run(
    addr: std::net::SocketAddr,
    config: pko_server::Config,
) -> Result<ExitCode, Failure> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = tokio::runtime::Runtime::new()
        .map_err(|e| Failure::Unreadable(format!("cannot start the server: {e}")))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| Failure::Unreadable(format!("cannot listen on {addr}: {e}")))?;
        let local = listener
            .local_addr()
            .map_err(|e| Failure::Unreadable(format!("cannot listen on {addr}: {e}")))?;
        tracing::info!(
            "pko serving http://{local}/ (the API under /v1, its OpenAPI document at /openapi.json)"
        );
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        pko_server::serve(listener, config, shutdown)
            .await
            .map_err(|e| Failure::Unreadable(format!("the server stopped: {e}")))
    })?;
    Ok(ExitCode::SUCCESS)
}
