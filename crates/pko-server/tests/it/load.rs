//! Under load, on loopback: 20,000 assessments over 32 connections, every
//! answer correct, and the server still answering afterwards. Bounded in
//! count and in time; it stops by itself.

use std::time::Duration;

use axum::body::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;
use pko_server::Config;
use tokio::net::{TcpListener, TcpStream};

use crate::common::deployment;

const REQUESTS: usize = 20_000;
const CONNECTIONS: usize = 32;

/// Sends `n` requests one after another on one keep-alive connection and
/// returns how many came back 200 with exactly `expected`.
async fn client(addr: std::net::SocketAddr, n: usize, body: Bytes, expected: Bytes) -> usize {
    let stream = TcpStream::connect(addr).await.unwrap();
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(connection);
    let mut correct = 0;
    for _ in 0..n {
        let request = Request::post("/v1/assess?as_of=2016-11-15")
            .header("host", "127.0.0.1")
            .header("content-type", "application/json")
            .body(Full::new(body.clone()))
            .unwrap();
        let response = sender.send_request(request).await.unwrap();
        let ok = response.status() == 200;
        let got = response.into_body().collect().await.unwrap().to_bytes();
        if ok && got == expected {
            correct += 1;
        }
    }
    correct
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_thousand_assessments_over_32_connections_all_correct() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(pko_server::serve(listener, Config::default(), async {
        let _ = stopped.await;
    }));

    let d = deployment();
    let body = Bytes::from(serde_json::to_vec(&d).unwrap());
    let expected = pko::principles::assess(&d, pko::core::date(2016, 11, 15)).unwrap();
    // The bytes the library's serialization gives: the server adds nothing.
    let expected = Bytes::from(serde_json::to_vec(&expected).unwrap());

    let run = async {
        let clients: Vec<_> = (0..CONNECTIONS)
            .map(|_| {
                tokio::spawn(client(
                    addr,
                    REQUESTS / CONNECTIONS,
                    body.clone(),
                    expected.clone(),
                ))
            })
            .collect();
        let mut correct = 0;
        for c in clients {
            correct += c.await.unwrap();
        }
        correct
    };
    let correct = tokio::time::timeout(Duration::from_secs(300), run)
        .await
        .expect("the load did not finish in 300 s");
    assert_eq!(correct, REQUESTS / CONNECTIONS * CONNECTIONS);

    // Still answering.
    let after = client(addr, 1, body, expected).await;
    assert_eq!(after, 1);
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
