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
        let (docs, err) = parse_chunk("base: &b {x: 1, z: 2}\nobj:\n  <<: *b\n  z: 3\n");
        assert!(err.is_none());
        assert_eq!(docs[0].0["obj"], json!({"z": 3, "x": 1}));
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
    fn a_quoted_scalar_may_close_at_its_keys_column() {
        // as in the sock-shop demo's grafana job: kubectl and PyYAML read it, and a
        // continuation line's leading spaces are folded away whatever they are
        let text = "metadata:\n  annotations:\n    init: '[\n      {\"name\": \"wait\"}\n    ]'\n    a: \"x \\\"q\\\"\n   y\"\n    b: 'it''s\n  z'\n    c: d\n";
        let parsed = parse_stream(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(
            parsed.documents[0].value,
            json!({"metadata": {"annotations": {
                "init": "[ {\"name\": \"wait\"} ]", "a": "x \"q\" y", "b": "it's z", "c": "d"}}})
        );
        let lines: Vec<usize> = parsed.chunks[0].pads.iter().map(|p| p.0).collect();
        assert_eq!(lines, [4, 5, 7, 9], "{:?}", parsed.chunks[0].pads);
        // positions after the re-read lines are those of the original text
        let trees = position_trees(
            text.get(parsed.chunks[0].range.clone()).unwrap_or_default(),
            &parsed.chunks[0].pads,
            0,
        );
        let (p, exact) =
            trees[0].locate(&crate::resource::path::FieldPath::parse("metadata.annotations.c").0);
        assert!(exact);
        assert_eq!((p.line, p.col), (10, 5));
        // a long one is padded line by line without rescanning the padded lines
        let mut long = String::from("a:\n  b: '");
        for i in 0..20_000 {
            long.push_str(&format!("  w{i}\n"));
        }
        long.push_str("  '\n");
        let parsed = parse_stream(&long);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        // the first word is on the quote's line; the other 19,999 and the closing quote pad
        assert_eq!(parsed.chunks[0].pads.len(), 20_000);
        let text = parsed.documents[0].value["a"]["b"]
            .as_str()
            .unwrap_or_default();
        assert!(text.starts_with("  w0 w1 "), "{text:.40}");
        assert!(
            text.ends_with(" w19999 "),
            "{:?}",
            text.rsplit_once(" w1999")
        );
        // a quoted scalar that never closes is still an error, reported where it opens
        let (_, err) = parse_chunk("a:\n  b: 'x\n y\n");
        assert!(err.is_some());
        let (_, err) = parse_chunk("a:\n  b: 'x\n y\nc: 1\n");
        let err = err.expect("an unclosed quote swallows the rest");
        assert_eq!(err.line, 2, "{err:?}");
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

mod go_yaml_parity_tests {
    //! Cases checked against kubectl's decoding (sigs.k8s.io/yaml v1.6.0 over go-yaml v2.4.3:
    //! tools/yaml-go); the expected values are what it printed.
    use super::super::*;
    use serde_json::{Value, json};

    fn value_of(text: &str) -> Value {
        let parsed = parse_stream(text);
        assert!(parsed.errors.is_empty(), "{text:?}: {:?}", parsed.errors);
        parsed.documents[0].value.clone()
    }

    #[test]
    fn plain_integers_resolve_as_go_yaml_v2_resolves_them() {
        for (plain, want) in [
            // a leading 0 is octal (Kubernetes' `defaultMode: 0400`)
            ("0400", json!(256)),
            ("0_400", json!(256)),
            ("-0_7", json!(-7)),
            ("00", json!(0)),
            ("0777777777777777777777", json!(i64::MAX)),
            ("01777777777777777777777", json!(u64::MAX)),
            // prefixes in either case, with a sign
            ("0o400", json!(256)),
            ("0O17", json!(15)),
            ("+0o17", json!(15)),
            ("-0o17", json!(-15)),
            ("0x1F", json!(31)),
            ("0X1f", json!(31)),
            ("-0x1f", json!(-31)),
            ("0x_1F", json!(31)),
            ("0xFFFFFFFFFFFFFFFF", json!(u64::MAX)),
            ("0b101", json!(5)),
            ("0B11", json!(3)),
            ("-0b101", json!(-5)),
            ("0b-1", json!(-1)),
            // underscores anywhere after the first character
            ("1_000", json!(1000)),
            ("1__0", json!(10)),
            ("100_", json!(100)),
            ("+_1", json!(1)),
            // 8 and 9 are no octal digits: go-yaml's float, which its JSON writes as the integer
            ("08", json!(8)),
            ("0800", json!(800)),
            ("-08", json!(-8)),
            ("08e2", json!(800.0)),
            // past 64 bits: a float for decimal digits, a string otherwise
            ("18446744073709551616", json!(18446744073709551616.0)),
            ("-9223372036854775809", json!(-9223372036854775809.0)),
            ("0x10000000000000000", json!("0x10000000000000000")),
            // not numbers
            ("0o8", json!("0o8")),
            ("0b2", json!("0b2")),
            ("00x1", json!("00x1")),
            ("0x-1", json!("0x-1")),
            ("0x1p3", json!("0x1p3")),
            ("_1", json!("_1")),
            ("._5", json!("._5")),
            ("1:20", json!("1:20")),
            ("2001-12-14", json!("2001-12-14")),
            ("1e", json!("1e")),
        ] {
            let got = value_of(&format!("v: {plain}\n"));
            assert_eq!(got["v"], want, "{plain}");
            // and integers stay integers (`json!(256) != json!(256.0)`)
            assert_eq!(got["v"].is_f64(), want.is_f64(), "{plain}");
        }
    }

    #[test]
    fn plain_floats_resolve_as_go_yaml_v2_resolves_them() {
        for (plain, want) in [
            ("1e3", 1000.0),
            ("+1e3", 1000.0),
            ("1.5e-3", 0.0015),
            (".5", 0.5),
            ("-.5", -0.5),
            (".5_0", 0.5),
            ("1_0.5", 10.5),
            ("0.", 0.0),
        ] {
            assert_eq!(
                value_of(&format!("v: {plain}\n"))["v"],
                json!(want),
                "{plain}"
            );
        }
    }

    #[test]
    fn block_scalars_end_as_go_yaml_ends_them() {
        for (text, want) in [
            // clip: one final line break, none when the input ends without one
            ("a: |\n  x\n  y", "x\ny"),
            ("a: |\n  x\n  y\n", "x\ny\n"),
            ("a: |\n  x\n  y\n\n", "x\ny\n"),
            ("a: |\n  x\n  ", "x\n"),
            ("a: |\r\n  x\r\n  y", "x\ny"),
            // keep
            ("a: |+\n  x", "x"),
            ("a: |+\n  x\n", "x\n"),
            ("a: |+\n  x\n\n", "x\n\n"),
            ("a: |+\n  x\n\n  ", "x\n\n"),
            ("a: |+\n  x\n  ", "x\n"),
            // strip
            ("a: |-\n  x", "x"),
            ("a: |-\n  x\n\n", "x"),
            // folded
            ("a: >\n  x\n  y", "x y"),
            ("a: >\n  x\n  y\n", "x y\n"),
            ("a: >\n  x\n\n  y", "x\ny"),
            ("a: >+\n  x\n\n", "x\n\n"),
            ("a: >-\n  x\n", "x"),
            // a comment after the scalar: its line break stays
            ("a: |\n  x\n# c", "x\n"),
            ("a: |+\n  x\n\n# c", "x\n\n"),
            // explicit indentation
            ("a: |2\n   x", " x"),
            // `---` indented is content
            ("a: |\n  x\n  ---", "x\n---"),
        ] {
            assert_eq!(value_of(text)["a"], json!(want), "{text:?}");
            if let Some(rest) = text.strip_prefix("a: ")
                && !rest.starts_with("|2")
            {
                // the same scalar as a sequence item
                let list = format!("- {rest}");
                assert_eq!(value_of(&list)[0], json!(want), "{list:?}");
            }
        }
    }

    #[test]
    fn block_scalars_in_the_middle_of_a_document_keep_their_line_break() {
        for (text, want) in [
            ("a: |\n  x\nb: 1", json!({"a": "x\n", "b": 1})),
            ("a: |+\n  x\n\nb: 1", json!({"a": "x\n\n", "b": 1})),
            ("a: |-\n  x\nb: 1", json!({"a": "x", "b": 1})),
            ("a: >\n  x\nb: 1", json!({"a": "x\n", "b": 1})),
            (
                "a:\n  b: |\n    x\nc: 1",
                json!({"a": {"b": "x\n"}, "c": 1}),
            ),
        ] {
            assert_eq!(value_of(text), want, "{text:?}");
        }
        // a document that ends at a `---` line has its line break
        let parsed = parse_stream("a: |\n  x\n---\nb: 1");
        assert_eq!(parsed.documents[0].value, json!({"a": "x\n"}));
        assert_eq!(parsed.documents[1].value, json!({"b": 1}));
    }
}

mod go_yaml_key_tests {
    //! Mapping keys as kubectl's decoding writes them (checked with tools/yaml-go).
    use super::super::*;

    fn keys_of(text: &str) -> Result<Vec<String>, YamlError> {
        let (docs, err) = parse_chunk(text);
        match err {
            Some(e) => Err(e),
            None => Ok(docs[0]
                .0
                .as_object()
                .expect("a mapping")
                .keys()
                .cloned()
                .collect()),
        }
    }

    #[test]
    fn plain_keys_are_typed_then_written_back_as_go_does() {
        for (key, want) in [
            ("on", "true"),
            ("y", "true"),
            ("N", "false"),
            ("0400", "256"),
            ("0x1F", "31"),
            ("1_000", "1000"),
            ("08", "8"),
            ("1.5", "1.5"),
            ("1e3", "1000"),
            ("1e5", "100000"),
            ("1e6", "1e+06"),
            ("0.0001", "0.0001"),
            ("0.00001", "1e-05"),
            ("-1.5e-7", "-1.5e-07"),
            ("3.14159265", "3.1415927"),
            ("100000.5", "100000.5"),
            ("-0.0", "-0"),
            ("18446744073709551616", "1.8446744e+19"),
            (".inf", ".inf"),
            // strings stay as written
            ("\"on\"", "on"),
            ("'1'", "1"),
            ("!!str on", "on"),
            ("2001-12-14", "2001-12-14"),
            ("1:20", "1:20"),
        ] {
            assert_eq!(
                keys_of(&format!("{key}: v\n")).map_err(|e| e.message),
                Ok(vec![want.to_string()]),
                "{key}"
            );
        }
    }

    #[test]
    fn keys_kubectl_cannot_write_are_located_errors() {
        for (text, line, col, words) in [
            ("~: v\n", 1, 1, "null mapping key"),
            ("a:\n  null: v\n", 2, 3, "null mapping key"),
            ("9223372036854775808: v\n", 1, 1, "past the largest int64"),
        ] {
            let e = keys_of(text).expect_err(text);
            assert_eq!((e.line, e.col), (line, col), "{text:?}");
            assert!(e.message.contains(words), "{text:?}: {}", e.message);
        }
    }

    #[test]
    fn a_typed_key_is_located_under_its_written_name() {
        let body = "data:\n  on: 1\n  0400: 2\n";
        let trees = position_trees(body, &[], 0);
        let (pos, exact) = trees[0].locate(&[Seg::Key("data".into()), Seg::Key("256".into())]);
        assert!(exact);
        assert_eq!((pos.line, pos.col), (3, 3));
        // and two spellings of one key are duplicates
        let e = keys_of("on: 1\ntrue: 2\n").expect_err("a duplicate");
        assert!(
            e.message.contains("duplicate key \"true\""),
            "{}",
            e.message
        );
    }
}

#[test]
fn last_key_wins_only_where_asked() {
    let text = "a: 1\nname: \"0\"\nname: certs\n";
    let (docs, err) = super::parse_chunk_keys(text, super::RepeatedKeys::LastWins);
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
