//! Issue 11 (part A): YAML kubectl accepts is read; big and hostile YAML gives a clear, located
//! result with the documented exit code; a List's findings are all located at their items.

use assert_cmd::Command;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], name: &str, content: &[u8]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), content).unwrap();
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env("NO_COLOR", "1")
        .current_dir(dir.path())
        .args(args)
        .arg(name)
        .output()
        .unwrap();
    let r = Run {
        code: out.status.code().expect("killed by a signal"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!r.stderr.contains("panicked"), "panic: {}", r.stderr);
    r
}

#[test]
fn a_flow_sequence_closing_at_its_keys_column_is_read() {
    // the shape of Istio's SPIRE sample, which kubectl applies
    let yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: csi\n  labels: {app: csi, version: v1}\nspec:\n  selector:\n    matchLabels: {app: csi}\n  template:\n    metadata:\n      labels: {app: csi, version: v1}\n    spec:\n      containers:\n        - name: driver\n          image: example/driver:1\n          args: [\n              \"-socket-dir\", \"/spire-agent-socket\",\n          ]\n";
    let r = run(&["validate", "-f"], "spire.yaml", yaml.as_bytes());
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("validated 1 resource"), "{}", r.stdout);
}

#[test]
fn every_item_of_a_big_list_is_located() {
    let n = 1500;
    let mut yaml = String::from("apiVersion: v1\nkind: List\nitems:\n");
    for i in 0..n {
        // line 4 + 5*i: the item; its `weight` (a string: a schema error) 4 lines further
        yaml.push_str(&format!(
            "- apiVersion: networking.istio.io/v1\n  kind: VirtualService\n  metadata: {{name: vs{i}}}\n  spec:\n    http: [{{route: [{{destination: {{host: a}}, weight: ten}}]}}]\n"
        ));
    }
    let r = run(&["validate", "-f"], "list.yaml", yaml.as_bytes());
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<usize> = r
        .stdout
        .lines()
        .filter(|l| l.contains("weight"))
        .filter_map(|l| l.split(':').nth(1)?.parse().ok())
        .collect();
    let want: Vec<usize> = (0..n).map(|i| 8 + 5 * i).collect();
    assert_eq!(lines, want);
}

#[test]
fn nested_anchors_are_an_alias_budget_error() {
    let mut yaml = String::from("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n");
    for i in 0..300 {
        // each level anchored and holding the next: `kN: &aN {s: ..., kN+1: ...}`
        yaml.push_str(&" ".repeat(2 + 2 * i));
        yaml.push_str(&format!("k{i}: &a{i}\n"));
        yaml.push_str(&" ".repeat(4 + 2 * i));
        yaml.push_str(&format!("s: {}\n", "x".repeat(2000)));
    }
    yaml.push_str(&" ".repeat(602));
    yaml.push_str("z: 1\n");
    // the same without anchors is a valid ConfigMap-shaped document (data is not checked here)
    assert!(yaml.contains("&a299"));
    let r = run(&["validate", "-f"], "anchors.yaml", yaml.as_bytes());
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(all.contains("anchors.yaml:"), "{all}");
    assert!(all.contains("alias bomb"), "{all}");
}

#[test]
fn deep_nesting_and_bom_crlf() {
    let deep = format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: d}}\ndata: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let r = run(&["validate", "-f"], "deep.yaml", deep.as_bytes());
    assert_eq!(r.code, 2);
    assert!(
        format!("{}{}", r.stdout, r.stderr).contains("deep.yaml:4:"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    assert!(format!("{}{}", r.stdout, r.stderr).contains("invalid YAML"));
    let bom = b"\xef\xbb\xbfapiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\ndata:\r\n  a: |\r\n    x\r\n";
    let r = run(&["validate", "-f"], "bom.yaml", bom);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("validated 1 resource"), "{}", r.stdout);
}
