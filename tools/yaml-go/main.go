// Command yaml-go prints how kubectl's YAML decoding reads YAML files, for tools/yaml_diff.py:
// one JSON line per file, {"file": ..., "documents": [...], "errors": [...]}, the format of
// sailctl's examples/yaml_json.rs.
//
// A file is cut into documents at "---" lines as k8s.io/apimachinery's YAMLReader cuts it (a
// line starting with "---" followed only by blanks or a comment), and each document goes through
// sigs.k8s.io/yaml.YAMLToJSON (go-yaml v2, YAML 1.1 types), as kubectl's decoder does. Null
// documents are dropped, as kubectl drops them.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"sigs.k8s.io/yaml"
)

type result struct {
	File      string            `json:"file"`
	Documents []json.RawMessage `json:"documents"`
	Errors    []string          `json:"errors"`
}

// documents cuts text at document separator lines.
func documents(text []byte) ([][]byte, error) {
	var docs [][]byte
	var cur bytes.Buffer
	for _, line := range bytes.SplitAfter(text, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(line, []byte("---")); ok {
			trimmed := strings.TrimSpace(string(rest))
			if trimmed != "" && !strings.HasPrefix(trimmed, "#") {
				return docs, fmt.Errorf("invalid document separator: %s", trimmed)
			}
			docs = append(docs, bytes.Clone(cur.Bytes()))
			cur.Reset()
			continue
		}
		cur.Write(line)
	}
	return append(docs, cur.Bytes()), nil
}

func read(name string) result {
	r := result{File: name, Documents: []json.RawMessage{}, Errors: []string{}}
	text, err := os.ReadFile(name)
	if err != nil {
		r.Errors = append(r.Errors, err.Error())
		return r
	}
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	docs, err := documents(text)
	if err != nil {
		r.Errors = append(r.Errors, err.Error())
	}
	for _, doc := range docs {
		j, err := yaml.YAMLToJSON(doc)
		if err != nil {
			r.Errors = append(r.Errors, err.Error())
			continue
		}
		if t := bytes.TrimSpace(j); len(t) == 0 || string(t) == "null" {
			continue
		}
		r.Documents = append(r.Documents, j)
	}
	return r
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, name := range os.Args[1:] {
		if err := enc.Encode(read(name)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
