//! Tests of the YAML loader.

mod loader {
    use super::super::*;
    use serde_json::json;

    #[test]
    fn resolves_core_schema_scalars() {
        let (docs, err) = parse_chunk(
            "a: 1\nb: -2.5\nc: true\nd: ~\ne: '1'\nf: 0x1f\ng: 1.2.3\nh: .5\ni: 1e3\nj: \"x\"\n",
        );
        assert!(err.is_none(), "{err:?}");
        assert_eq!(
            docs[0].0,
            json!({"a": 1, "b": -2.5, "c": true, "d": null, "e": "1", "f": 31, "g": "1.2.3", "h": 0.5, "i": 1000.0, "j": "x"})
        );
    }

    #[test]
    fn splits_documents_and_keeps_lines() {
        let text = "# leading comment\n---\na: 1\n--- # trailing text\nb: 2\n...\n---\n# only a comment\n---\nc: 3\n";
        let parsed = parse_stream(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let lines: Vec<_> = parsed.documents.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![3, 5, 10]);
        assert_eq!(parsed.documents[2].value, json!({"c": 3}));
    }

    #[test]
    fn a_broken_document_does_not_hide_the_next() {
        let parsed = parse_stream("a: [1\n---\nb: 2\n");
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].line, 2);
        assert_eq!(parsed.documents.len(), 1);
        assert_eq!(parsed.documents[0].value, json!({"b": 2}));
    }

    #[test]
    fn duplicate_keys_are_rejected_with_position() {
        let (_, err) = parse_chunk("a: 1\nb:\n  c: 1\n  c: 2\n");
        let err = err.expect("duplicate key must fail");
        assert_eq!((err.line, err.col), (4, 3));
        assert!(err.message.contains("duplicate key \"c\""));
    }

    #[test]
    fn long_mappings_keep_order_and_still_reject_duplicates() {
        // past LINEAR_KEYS the duplicate check switches to hashes
        let keys: Vec<String> = (0..40).map(|i| format!("k{:02}", 39 - i)).collect();
        let body: String = keys.iter().map(|k| format!("{k}: 1\n")).collect();
        let (docs, err) = parse_chunk(&body);
        assert!(err.is_none(), "{err:?}");
        let map = docs[0].0.as_object().expect("a mapping");
        assert_eq!(map.keys().cloned().collect::<Vec<_>>(), keys);
        for dup in ["k39", "k20", "k00"] {
            let (_, err) = parse_chunk(&format!("{body}{dup}: 2\n"));
            let err = err.expect("duplicate key must fail");
            assert_eq!(err.line, 41);
            assert!(err.message.contains(&format!("duplicate key \"{dup}\"")));
        }
    }

    #[test]
    fn alias_bombs_are_stopped() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let (_, err) = parse_chunk(&text);
        assert!(err.expect("bomb must fail").message.contains("alias bomb"));
    }

    #[test]
    fn merge_keys_fill_missing_entries() {
        let (docs, err) = parse_chunk("base: &b {x: 1, y: 2}\nobj:\n  <<: *b\n  y: 3\n");
        assert!(err.is_none());
        assert_eq!(docs[0].0["obj"], json!({"y": 3, "x": 1}));
    }

    #[test]
    fn locates_nested_fields() {
        let body = "spec:\n  http:\n  - route:\n    - weight: 1\n    - weight: 2\n";
        let trees = position_trees(body, &[], 10);
        let tree = trees.first().expect("tree");
        let (p, exact) =
            tree.locate(&crate::resource::path::FieldPath::parse("spec.http[0].route[1].weight").0);
        assert!(exact);
        assert_eq!((p.line, p.col), (15, 7));
        let (p, exact) = tree.locate(&crate::resource::path::FieldPath::parse("spec.tcp[0]").0);
        assert!(!exact);
        assert_eq!(p.line, 11);
    }

    #[test]
    fn tabs_are_a_located_error() {
        let (_, err) = parse_chunk("a:\n\tb: 1\n");
        let err = err.expect("tab indentation must fail");
        assert_eq!(err.line, 2);
    }
}

mod flow_colon_tests {
    use super::super::*;

    #[test]
    fn a_plain_scalar_ending_in_colon_inside_brackets_stays_a_string() {
        let (docs, err) =
            parse_chunk("a: [1.2.3.4, 001:db8::, x: 1, y:, 'q':]\nb: [{c: d}]\n- z\n");
        assert!(err.is_some(), "the stray block item is still an error");
        assert!(docs.is_empty());
        let (docs, err) = parse_chunk("a: [1.2.3.4, 001:db8::, x: 1, y:, 'q':]\nb: [{c: d}]\n");
        assert!(err.is_none(), "{err:?}");
        assert_eq!(
            docs[0].0,
            serde_json::json!({
                "a": ["1.2.3.4", "001:db8::", {"x": 1}, "y:", {"q": null}],
                "b": [{"c": "d"}]
            })
        );
    }
}

mod flow_indent_tests {
    use super::super::*;
    use serde_json::json;

    #[test]
    fn a_flow_sequence_may_close_at_its_keys_column() {
        // as in Istio's SPIRE sample: kubectl and PyYAML read it
        let text = "spec:\n  containers:\n  - name: x\n    args: [\n        \"-a\", \"b\",\n    ]\n    env: [{name: k,\n  value: v}]\n";
        let parsed = parse_stream(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(
            parsed.documents[0].value,
            json!({"spec": {"containers": [{"name": "x", "args": ["-a", "b"], "env": [{"name": "k", "value": "v"}]}]}})
        );
        assert_eq!(
            parsed.chunks[0].pads.len(),
            2,
            "{:?}",
            parsed.chunks[0].pads
        );
        // positions on the re-read lines are those of the original text
        let trees = position_trees(
            text.get(parsed.chunks[0].range.clone()).unwrap_or_default(),
            &parsed.chunks[0].pads,
            0,
        );
        let (p, exact) = trees[0]
            .locate(&crate::resource::path::FieldPath::parse("spec.containers[0].env[0].value").0);
        assert!(exact);
        assert_eq!((p.line, p.col), (8, 3));
        let (p, _) = trees[0]
            .locate(&crate::resource::path::FieldPath::parse("spec.containers[0].args[1]").0);
        assert_eq!((p.line, p.col), (5, 15));
    }

    #[test]
    fn flow_collections_at_column_zero_and_real_errors_after_them() {
        let (docs, err) = parse_chunk("a: [\n1, 2\n]\nb: {\nc: 1\n}\n");
        assert!(err.is_none(), "{err:?}");
        assert_eq!(docs[0].0, json!({"a": [1, 2], "b": {"c": 1}}));
        // a genuine error after a re-read line is reported where it is
        let (docs, err) = parse_chunk("a: [\n1, 2\n]\nb: c: d\n");
        assert!(docs.is_empty());
        let err = err.expect("b: c: d is invalid");
        assert_eq!(err.line, 4, "{err:?}");
        // an unclosed bracket is still an error
        let (_, err) = parse_chunk("a: [\n1, 2\nb: 1\n");
        assert!(err.is_some());
    }

    #[test]
    fn nested_anchors_count_against_the_alias_budget() {
        // every level anchored: copying each level for aliases would be quadratic
        let depth = 400;
        let mut text = String::new();
        for i in 0..depth {
            text.push_str(&" ".repeat(i));
            text.push_str(&format!("k{i}: &a{i}\n"));
        }
        text.push_str(&" ".repeat(depth));
        text.push_str(&format!("leaf: {}\n", "x".repeat(5000)));
        let (_, err) = parse_chunk(&text);
        let err = err.expect("nested anchors over the budget must fail");
        assert!(err.message.contains("alias bomb"), "{err:?}");
        // a few anchors and aliases of ordinary size are fine
        let (docs, err) = parse_chunk("a: &x {b: 1}\nc: *x\nd: [&y 2, *y]\n");
        assert!(err.is_none(), "{err:?}");
        assert_eq!(
            docs[0].0,
            json!({"a": {"b": 1}, "c": {"b": 1}, "d": [2, 2]})
        );
    }
}

mod yaml11_tests {
    use super::super::*;
    use serde_json::json;

    #[test]
    fn plain_scalars_are_typed_as_kubectl_types_them() {
        // go-yaml v2 (kubectl's decoder): YAML 1.1 booleans, leading-zero octal, underscores,
        // binary; quoted scalars stay strings
        let text = "a: 0400\nb: yes\nc: Off\nd: n\ne: 1_000\nf: 0b101\ng: 08\nh: -0x1f\ni: '0400'\nj: \"on\"\nk: 0o17\nl: 1.5e3\nm: yess\n";
        let parsed = parse_stream(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(
            parsed.documents[0].value,
            json!({"a": 256, "b": true, "c": false, "d": false, "e": 1000, "f": 5, "g": 8, "h": -31, "i": "0400", "j": "on", "k": 15, "l": 1500.0, "m": "yess"})
        );
    }
}

mod block_eof_tests {
    use super::super::*;
    use serde_json::json;

    #[test]
    fn a_block_scalar_ending_the_input_keeps_no_invented_line_break() {
        for (text, want) in [
            ("a: |\n  x\n  y", "x\ny"),
            ("a: |\n  x\n  y\n", "x\ny\n"),
            ("a: >\n  x\n  y", "x y"),
            ("a: |\n  x\nb: 1", "x\n"),
        ] {
            let parsed = parse_stream(text);
            assert!(parsed.errors.is_empty(), "{text:?}: {:?}", parsed.errors);
            assert_eq!(parsed.documents[0].value["a"], json!(want), "{text:?}");
        }
    }
}

#[test]
fn last_key_wins_only_where_asked() {
    let text = "a: 1\nname: \"0\"\nname: certs\n";
    let (docs, err) = super::parse_chunk_last_key_wins(text);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(docs[0].0["name"], "certs");
    let keys: Vec<&String> = docs[0]
        .0
        .as_object()
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    assert_eq!(keys, ["a", "name"]);
    // the strict rule is back for the next parse
    let (_, err) = super::parse_chunk(text);
    assert!(err.is_some_and(|e| e.message.contains("duplicate key \"name\"")));
}
