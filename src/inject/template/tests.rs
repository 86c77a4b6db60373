use serde_json::json;

use super::Template;

fn run(src: &str, data: serde_json::Value) -> String {
    Template::parse("t", src)
        .and_then(|t| t.render(&data))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn actions_variables_and_trim_markers() {
    let d = json!({"Name": "a", "spec": {"containers": [{"name": "x"}, {"name": "y"}]}});
    assert_eq!(run("hi {{ .Name }}!", d.clone()), "hi a!");
    assert_eq!(run("a  {{- .Name -}}  b", d.clone()), "aab");
    assert_eq!(run("{{ $n := 1 }}{{ $n = 2 }}{{ $n }}", d.clone()), "2");
    assert_eq!(
        run(
            "{{ range $i, $c := .Spec.Containers }}{{ $i }}={{ $c.name }},{{ end }}",
            d.clone()
        ),
        "0=x,1=y,"
    );
    assert_eq!(
        run("{{ range .Missing }}x{{ else }}none{{ end }}", d.clone()),
        "none"
    );
    assert_eq!(run("{{/* c */}}ok", d), "ok");
}

#[test]
fn conditionals_with_and_define() {
    let d = json!({"a": "", "b": "B", "n": 3});
    assert_eq!(
        run(
            "{{ if .a }}1{{ else if .b }}2{{ else }}3{{ end }}",
            d.clone()
        ),
        "2"
    );
    assert_eq!(
        run("{{ with .b }}{{ . }}{{ else }}no{{ end }}", d.clone()),
        "B"
    );
    assert_eq!(
        run(
            "{{ define \"x\" }}[{{ . }}]{{ end }}{{ template \"x\" .b }}",
            d.clone()
        ),
        "[B]"
    );
    assert_eq!(
        run("{{ if and (gt .n 2) (ne .b \"C\") }}y{{ end }}", d.clone()),
        "y"
    );
    assert_eq!(
        run("{{ .a | default \"dflt\" | quote }}", d.clone()),
        "\"dflt\""
    );
    assert_eq!(run("{{ printf \"%s-%d\" .b .n }}", d), "B-3");
}

#[test]
fn istio_functions() {
    let d = json!({"ObjectMeta": {"annotations": {"x": "1"}}, "v": {"p": 15020}});
    assert_eq!(
        run(
            "{{ annotation .ObjectMeta `x` 2 }}{{ annotation .ObjectMeta `y` .v.p }}",
            d.clone()
        ),
        "115020"
    );
    assert_eq!(
        run("{{ excludeInboundPort .v.p `15090,15021` }}", d.clone()),
        "15090,15021,15020"
    );
    assert_eq!(
        run("{{ toJsonMap (strdict `b` `2` `a` `1`) }}", d.clone()),
        "{\"a\":\"1\",\"b\":\"2\"}"
    );
    assert_eq!(run("{{ \"a\nb\" | nindent 2 }}", d.clone()), "\n  a\n  b");
    assert_eq!(run("{{ \"a\nb\" | indent 2 }}", d), "a\n  b");
}

#[test]
fn errors_name_template_and_line() {
    let e = Template::parse("t", "a\nb\n{{ nosuch 1 }}").unwrap_err();
    assert_eq!((e.line, e.message.contains("nosuch")), (3, true), "{e}");
    let e = Template::parse("t", "x\n{{ if .a }}").unwrap_err();
    assert_eq!(e.line, 2, "{e}");
    let e = Template::parse(
        "t",
        "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}",
    )
    .and_then(|t| t.render(&json!({})))
    .unwrap_err();
    assert!(e.message.contains("depth"), "{e}");
}
