#!/usr/bin/env python3
"""Regenerate schemas/<group>/<version>/<Kind>.json from a CustomResourceDefinition bundle.

Usage: tools/gen-schemas.py CRDS.yaml [OUT_DIR]

Reads every CustomResourceDefinition in CRDS.yaml (multi-document YAML), and for each served
version writes its `openAPIV3Schema` as JSON: the structure (types, properties, required,
enums, formats, patterns, bounds, oneOf/anyOf/allOf/not, x-kubernetes-* extensions and the
CEL rules in x-kubernetes-validations) is kept; prose (`description`) is dropped. Keys are
sorted so regenerating gives stable diffs.

Needs PyYAML.
"""
import json
import os
import sys

import yaml

# Schema keywords whose value is a map of name -> schema.
SCHEMA_MAPS = ("properties", "patternProperties", "definitions")
# Keywords whose value is a schema.
SCHEMA_ONE = ("items", "not", "additionalProperties", "additionalItems")
# Keywords whose value is a list of schemas.
SCHEMA_LIST = ("oneOf", "anyOf", "allOf")


def strip(node):
    """Copy a schema node without its prose."""
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "description":
            continue
        if key in SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: strip(sub) for name, sub in value.items()}
        elif key in SCHEMA_ONE and isinstance(value, dict):
            out[key] = strip(value)
        elif key in SCHEMA_LIST and isinstance(value, list):
            out[key] = [strip(sub) for sub in value]
        else:
            out[key] = value
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else "schemas"
    written = 0
    with open(src) as f:
        docs = [d for d in yaml.safe_load_all(f) if d]
    for doc in docs:
        if doc.get("kind") != "CustomResourceDefinition":
            continue
        spec = doc["spec"]
        group, kind = spec["group"], spec["names"]["kind"]
        for ver in spec["versions"]:
            if not ver.get("served", False):
                continue
            schema = strip(ver["schema"]["openAPIV3Schema"])
            path = os.path.join(out_dir, group, ver["name"], kind + ".json")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                json.dump(schema, f, indent=1, sort_keys=True)
                f.write("\n")
            written += 1
    print(f"wrote {written} schemas under {out_dir}")


if __name__ == "__main__":
    main()
