//! `validate` checks files on several threads; its output must not depend on that.

use assert_cmd::Command;

fn vs(name: &str, weight: &str) -> String {
    format!(
        "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: {name}\n  namespace: ns\nspec:\n  hosts: [a]\n  http:\n  - route:\n    - destination: {{host: a}}\n      weight: {weight}\n"
    )
}

#[test]
fn output_follows_the_input_order_across_many_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut expected = Vec::new();
    for i in 0..40 {
        let name = format!("f{i:02}");
        // every third file is invalid; the others vary in size so workers finish out of order
        let body = if i % 3 == 0 {
            expected.push(name.clone());
            vs(&name, "heavy")
        } else {
            (0..(i % 7) * 50)
                .map(|j| vs(&format!("{name}-{j}"), "10"))
                .chain([vs(&name, "10")])
                .collect::<Vec<_>>()
                .join("---\n")
        };
        std::fs::write(dir.path().join(format!("{name}.yaml")), body).unwrap();
    }
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .args(["validate", "-f"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let reported: Vec<String> = text
        .lines()
        .filter(|l| l.contains("error[schema]"))
        .filter_map(|l| l.split("VirtualService ns/").nth(1))
        .filter_map(|rest| rest.split(':').next())
        .map(str::to_string)
        .collect();
    assert_eq!(reported, expected, "{text}");
    let last = text.lines().last().unwrap_or_default();
    assert!(last.contains("in 40 files"), "{last}");
    assert!(
        last.contains(&format!("{} invalid", expected.len())),
        "{last}"
    );
}
