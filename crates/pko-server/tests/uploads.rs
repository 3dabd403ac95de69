//! The server's memory under concurrent maximum-size uploads stays
//! bounded: uploads are read and ranked a few at a time
//! (`Config::uploads`), the rest wait with their bodies unread.
//!
//! A test binary of its own, so that the process's peak resident memory
//! (`VmHWM`) is this test's alone. Linux only (it reads `/proc`).

#![cfg(target_os = "linux")]

use std::time::Duration;

use pko_server::Config;

/// A figure of `/proc/self/status`, in KiB.
fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// The IPI file, its rows repeated until the body is `size` bytes at
/// most: a real file at the limit.
fn body_of(size: usize) -> Vec<u8> {
    let csv = pko::contributions::personnel::IPI_CSV;
    let (header, rows) = csv.split_once('\n').unwrap();
    let mut body = format!("{header}\n").into_bytes();
    while body.len() + rows.len() <= size {
        body.extend_from_slice(rows.as_bytes());
        if !body.ends_with(b"\n") {
            body.push(b'\n');
        }
    }
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_maximum_uploads_keep_memory_bounded() {
    const LIMIT: usize = 16 * 1024 * 1024;
    const UPLOADS: usize = 2;
    const SENT: usize = 12;
    // One body, shared by every request (a reference count, not a copy).
    let body = hyper::body::Bytes::from(body_of(LIMIT));
    assert!(body.len() > LIMIT - 3 * 1024 * 1024, "{}", body.len());

    let config = Config {
        csv_limit: LIMIT,
        uploads: UPLOADS,
        timeout: Duration::from_secs(120),
        ..Config::default()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(pko_server::serve(listener, config, async {
        let _ = stopped.await;
    }));

    let before = status_kib("VmRSS:");
    let client = reqwest_like::Client::new(addr);
    let mut sent = Vec::new();
    for _ in 0..SENT {
        let client = client.clone();
        let body = body.clone();
        sent.push(tokio::spawn(async move {
            client
                .post(
                    "/v1/contributions/rank?month=2014-02&top=3&mode=lenient",
                    body,
                )
                .await
        }));
    }
    let mut ranked = 0;
    for answer in sent {
        let (status, text) = answer.await.unwrap();
        assert!(
            status == 200 || (400..600).contains(&status),
            "{status}: {text}"
        );
        if status == 200 {
            ranked += 1;
            assert!(text.contains("\"ranking\""), "{text}");
        } else {
            assert!(text.contains("\"type\""), "a problem: {text}");
        }
    }
    let peak = status_kib("VmHWM:");
    // Still answering afterwards.
    let (status, _) = client.get("/v1/law?as_of=2016-11-15").await;
    assert_eq!(status, 200);
    let _ = stop.send(());
    let _ = server.await;

    let grown_mib = peak.saturating_sub(before) / 1024;
    eprintln!(
        "{SENT} concurrent uploads of {} MiB, {UPLOADS} at a time: {ranked} ranked; resident before {} MiB, peak {} MiB (+{grown_mib} MiB)",
        body.len() / (1024 * 1024),
        before / 1024,
        peak / 1024
    );
    // The body the client holds, and per upload in its turn: the body
    // and the model built from it, with room for the allocator. Without
    // turns, SENT bodies and models would be held at once (measured on
    // 2026-12-06: +386 MiB with all 12 at a time, +143 MiB two at a time).
    let body_mib = u64::try_from(body.len() / (1024 * 1024)).unwrap();
    let bound_mib = body_mib + u64::try_from(UPLOADS).unwrap() * 5 * body_mib + 32;
    assert!(
        grown_mib <= bound_mib,
        "resident memory grew by {grown_mib} MiB, over the bound of {bound_mib} MiB"
    );
    assert_eq!(ranked, SENT, "every upload ranked");
}

/// A minimal HTTP/1.1 client over hyper, for this test.
mod reqwest_like {
    use std::net::SocketAddr;

    use http_body_util::{BodyExt, Full};
    use hyper::body::Bytes;
    use hyper_util::client::legacy::Client as Hyper;
    use hyper_util::client::legacy::connect::HttpConnector;
    use hyper_util::rt::TokioExecutor;

    #[derive(Clone)]
    pub(crate) struct Client {
        addr: SocketAddr,
        inner: Hyper<HttpConnector, Full<Bytes>>,
    }

    impl Client {
        pub(crate) fn new(addr: SocketAddr) -> Self {
            Self {
                addr,
                inner: Hyper::builder(TokioExecutor::new()).build_http(),
            }
        }

        async fn send(&self, method: &str, path: &str, body: Bytes) -> (u16, String) {
            let request = hyper::Request::builder()
                .method(method)
                .uri(format!("http://{}{path}", self.addr))
                .header("content-type", "text/csv")
                .body(Full::new(body))
                .unwrap();
            let response = self.inner.request(request).await.unwrap();
            let status = response.status().as_u16();
            let bytes = response.into_body().collect().await.unwrap().to_bytes();
            (status, String::from_utf8_lossy(&bytes).into_owned())
        }

        pub(crate) async fn post(&self, path: &str, body: Bytes) -> (u16, String) {
            self.send("POST", path, body).await
        }

        pub(crate) async fn get(&self, path: &str) -> (u16, String) {
            self.send("GET", path, Bytes::new()).await
        }
    }
}
