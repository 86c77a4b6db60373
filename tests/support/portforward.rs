//! The pod port-forward WebSocket protocol, server side, as kube-rs speaks it.
//!
//! Subprotocol `v4.channel.k8s.io` (or `portforward.k8s.io`). Every binary frame starts with a
//! channel byte; port *i* of the `ports=` list uses channel `2i` for data and `2i+1` for errors.
//! The server opens each channel with a frame holding the port number (2 bytes, little endian).
//! Client frames carry no port prefix. When the pod's port cannot be reached, the error channel
//! gets one text message (as the kubelet's "connection refused") and the connection closes.
//! Here "the pod's port" is a local TCP address the test registered with
//! `TestCluster::forward_pod_port`.

use std::net::SocketAddr;

use axum::extract::ws::{Message, WebSocket};
use futures::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::net::tcp::OwnedWriteHalf;
use tokio::sync::mpsc;

pub const PROTOCOL_V4: &str = "v4.channel.k8s.io";
pub const PROTOCOL_PORTFORWARD: &str = "portforward.k8s.io";

/// What one port-forward connection serves: the pod and, per requested port, where it goes
/// (`None`: nothing listens on that port in the pod).
#[derive(Debug, Clone)]
pub struct Plan {
    pub namespace: String,
    pub pod: String,
    pub ports: Vec<(u16, Option<SocketAddr>)>,
}

enum Out {
    Frame(Vec<u8>),
    Eof,
}

fn frame(channel: u8, data: &[u8]) -> Message {
    let mut v = Vec::with_capacity(data.len() + 1);
    v.push(channel);
    v.extend_from_slice(data);
    Message::Binary(v.into())
}

pub async fn serve(socket: WebSocket, plan: Plan) {
    let (mut sink, mut stream) = socket.split();
    for (i, (port, _)) in plan.ports.iter().enumerate() {
        let ch = (2 * i) as u8;
        let prefix = port.to_le_bytes();
        if sink.send(frame(ch, &prefix)).await.is_err()
            || sink.send(frame(ch + 1, &prefix)).await.is_err()
        {
            return;
        }
    }
    let (tx, mut rx) = mpsc::channel::<Out>(64);
    let mut writers: Vec<Option<OwnedWriteHalf>> = Vec::new();
    let mut open = 0usize;
    for (i, (port, addr)) in plan.ports.iter().enumerate() {
        let conn = match addr {
            Some(a) => TcpStream::connect(a).await.ok(),
            None => None,
        };
        match conn {
            Some(conn) => {
                let (mut reader, writer) = conn.into_split();
                writers.push(Some(writer));
                open += 1;
                let tx = tx.clone();
                let ch = (2 * i) as u8;
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 16 * 1024];
                    loop {
                        match reader.read(&mut buf).await {
                            Ok(0) | Err(_) => {
                                let _ = tx.send(Out::Eof).await;
                                break;
                            }
                            Ok(n) => {
                                let mut v = Vec::with_capacity(n + 1);
                                v.push(ch);
                                v.extend_from_slice(&buf[..n]);
                                if tx.send(Out::Frame(v)).await.is_err() {
                                    break;
                                }
                            }
                        }
                    }
                });
            }
            None => {
                writers.push(None);
                let message = format!(
                    "error forwarding port {port} to pod {}/{}: failed to connect to localhost:{port} inside the pod: dial tcp4 127.0.0.1:{port}: connect: connection refused",
                    plan.namespace, plan.pod
                );
                let _ = sink
                    .send(frame((2 * i + 1) as u8, message.as_bytes()))
                    .await;
            }
        }
    }
    drop(tx);
    if open == 0 {
        // Keep reading (and dropping) what the client sends for a while, so its writes do not
        // fail before it has read the error message; then close.
        let drain = async {
            while let Some(Ok(m)) = stream.next().await {
                if matches!(m, Message::Close(_)) {
                    break;
                }
            }
        };
        let _ = tokio::time::timeout(std::time::Duration::from_secs(10), drain).await;
        let _ = sink.send(Message::Close(None)).await;
        return;
    }
    loop {
        tokio::select! {
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Binary(bytes))) if !bytes.is_empty() => {
                    let ch = bytes[0] as usize;
                    if ch.is_multiple_of(2)
                        && let Some(Some(w)) = writers.get_mut(ch / 2)
                        && w.write_all(&bytes[1..]).await.is_err()
                    {
                        writers[ch / 2] = None;
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                _ => {}
            },
            out = rx.recv() => match out {
                Some(Out::Frame(v)) => {
                    if sink.send(Message::Binary(v.into())).await.is_err() {
                        break;
                    }
                }
                Some(Out::Eof) => {
                    open -= 1;
                    if open == 0 {
                        let _ = sink.send(Message::Close(None)).await;
                        break;
                    }
                }
                None => break,
            },
        }
    }
    for w in writers.iter_mut().flatten() {
        let _ = w.shutdown().await;
    }
}
