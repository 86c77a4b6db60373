//! Pod logs for the test server: `GET pods/{name}/log?container=C&tailLines=N` answers the
//! text set with `TestCluster::set_pod_log` (its last N lines).

use super::store::State;

/// The log text; `Err(None)` when the pod does not exist, `Err(Some(message))` for a bad
/// request: no container named while the pod has several, or one the pod does not have
/// (worded as the kubelet words them).
pub fn pod_log(
    state: &State,
    ns: &str,
    name: &str,
    container: Option<&String>,
    tail_lines: Option<&String>,
) -> Result<String, Option<String>> {
    let pod = state
        .objects
        .iter()
        .find(|((g, plural, n, nm), _)| g.is_empty() && plural == "pods" && n == ns && nm == name)
        .map(|(_, v)| v)
        .ok_or(None)?;
    let containers: Vec<String> = pod["spec"]["containers"]
        .as_array()
        .map(|cs| {
            cs.iter()
                .filter_map(|c| c["name"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let container = match container {
        Some(c) => c.clone(),
        None if containers.len() == 1 => containers[0].clone(),
        None => {
            return Err(Some(format!(
                "a container name must be specified for pod {name}, choose one of: {containers:?}"
            )));
        }
    };
    if !containers.contains(&container) {
        return Err(Some(format!(
            "container {container} is not valid for pod {name}"
        )));
    }
    let text = state
        .logs
        .get(&(ns.to_string(), name.to_string(), container))
        .cloned()
        .unwrap_or_default();
    Ok(match tail_lines.and_then(|t| t.parse::<usize>().ok()) {
        Some(n) => {
            let lines: Vec<&str> = text.lines().collect();
            let from = lines.len().saturating_sub(n);
            lines[from..].iter().map(|l| format!("{l}\n")).collect()
        }
        None => text,
    })
}
