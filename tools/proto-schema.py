#!/usr/bin/env python3
"""Turn a proto3 message into a Kubernetes structural schema (what protojson accepts).

Usage:
  tools/proto-schema.py PROTO ROOT_MESSAGE [--int-or-string MSG]... \
      [--into SKELETON.json --at KEY.KEY...] > OUT.json

Fields are named by their JSON name (json_name, else lowerCamelCase); a field whose proto name
differs is also accepted under that name, as protojson does. Types:
  string -> string; bool -> boolean; int32/sint32/sfixed32 -> integer (int32);
  uint32/fixed32 -> integer 0..4294967295; 64-bit ints -> integer; float/double -> number;
  (integers also as numeric strings, which protojson accepts; every field is nullable);
  enums -> string with the value names; map<K,V> -> object of V; repeated -> array;
  google.protobuf wrappers -> their scalar; Duration/Timestamp -> string;
  Struct -> free-form object; Value/Any/ListValue -> anything (free-form);
  messages named with --int-or-string -> x-kubernetes-int-or-string;
  messages from other packages (not defined in PROTO) -> free-form object.
With --into, the result replaces the node at the dotted path --at inside SKELETON.
"""
import json
import re
import sys

SCALARS = {
    "string": {"type": "string"},
    "bytes": {"type": "string", "format": "byte"},
    "bool": {"type": "boolean"},
    "int32": {"type": "integer", "format": "int32"},
    "sint32": {"type": "integer", "format": "int32"},
    "sfixed32": {"type": "integer", "format": "int32"},
    "uint32": {"type": "integer", "minimum": 0, "maximum": 4294967295},
    "fixed32": {"type": "integer", "minimum": 0, "maximum": 4294967295},
    "int64": {"type": "integer"},
    "sint64": {"type": "integer"},
    "sfixed64": {"type": "integer"},
    "uint64": {"type": "integer", "minimum": 0},
    "fixed64": {"type": "integer", "minimum": 0},
    "float": {"type": "number"},
    "double": {"type": "number"},
}
WELL_KNOWN = {
    "google.protobuf.BoolValue": {"type": "boolean", "nullable": True},
    "google.protobuf.StringValue": {"type": "string", "nullable": True},
    "google.protobuf.BytesValue": {"type": "string", "format": "byte", "nullable": True},
    "google.protobuf.Int32Value": {"type": "integer", "format": "int32", "nullable": True},
    "google.protobuf.UInt32Value": {"type": "integer", "minimum": 0, "maximum": 4294967295, "nullable": True},
    "google.protobuf.Int64Value": {"type": "integer", "nullable": True},
    "google.protobuf.UInt64Value": {"type": "integer", "minimum": 0, "nullable": True},
    "google.protobuf.FloatValue": {"type": "number", "nullable": True},
    "google.protobuf.DoubleValue": {"type": "number", "nullable": True},
    "google.protobuf.Duration": {"type": "string"},
    "google.protobuf.Timestamp": {"type": "string", "format": "date-time"},
    "google.protobuf.Struct": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
    "google.protobuf.Value": {"x-kubernetes-preserve-unknown-fields": True, "nullable": True},
    "google.protobuf.ListValue": {"type": "array", "items": {"x-kubernetes-preserve-unknown-fields": True}},
    "google.protobuf.Any": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
}

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_.]*|-?\d+|[{}<>\[\];=,()]')


def tokens(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    return TOKEN.findall(text)


def camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


class Proto:
    def __init__(self, text):
        self.messages = {}  # simple name -> list of fields
        self.enums = {}  # simple name -> list of value names
        self.toks = tokens(text)
        self.i = 0
        self.parse_body(top=True)

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def skip_statement(self):
        depth = 0
        while True:
            t = self.next()
            if t == "{":
                depth += 1
            elif t == "}":
                depth -= 1
                if depth == 0:
                    return
            elif t == ";" and depth == 0:
                return

    def parse_body(self, top=False, fields=None):
        while self.peek() is not None:
            t = self.peek()
            if t == "}":
                self.next()
                return
            if t == "message":
                self.next()
                name = self.next()
                self.next()  # {
                sub = []
                self.messages[name] = sub
                self.parse_body(fields=sub)
            elif t == "enum":
                self.next()
                name = self.next()
                self.next()  # {
                values = []
                while self.peek() != "}":
                    v = self.next()
                    if v == "option" or v == "reserved":
                        while self.next() != ";":
                            pass
                        continue
                    values.append(v)
                    while self.next() != ";":
                        pass
                self.next()
                self.enums[name] = values
            elif t == "oneof" and fields is not None:
                self.next()
                self.next()  # name
                self.next()  # {
                self.parse_body(fields=fields)
            elif t in ("syntax", "package", "import", "option", "reserved", "extensions") or fields is None:
                self.skip_statement()
            else:
                fields.append(self.parse_field())

    def parse_field(self):
        repeated = False
        t = self.next()
        if t in ("optional", "repeated"):
            repeated = t == "repeated"
            t = self.next()
        if t == "map":
            self.next()  # <
            key = self.next()
            self.next()  # ,
            value = self.next()
            self.next()  # >
            ftype = ("map", key, value)
        else:
            ftype = t
        name = self.next()
        self.next()  # =
        self.next()  # number
        json_name = None
        if self.peek() == "[":
            while True:
                t = self.next()
                if t == "json_name":
                    self.next()  # =
                    json_name = json.loads(self.next())
                if t == "]":
                    break
        self.next()  # ;
        return {"name": name, "type": ftype, "repeated": repeated, "json": json_name or camel(name)}


def schema_for(proto, ftype, int_or_string, stack):
    if isinstance(ftype, tuple):
        value = quoted_ints(schema_for(proto, ftype[2], int_or_string, stack))
        return {"type": "object", "additionalProperties": value}
    if ftype in SCALARS:
        return dict(SCALARS[ftype])
    if ftype in WELL_KNOWN:
        return dict(WELL_KNOWN[ftype])
    simple = ftype.split(".")[-1]
    if simple in int_or_string:
        return {"x-kubernetes-int-or-string": True}
    if simple in proto.enums:
        return {"type": "string", "enum": proto.enums[simple]}
    if simple in proto.messages:
        if simple in stack:
            return {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
        return message_schema(proto, simple, int_or_string, stack + [simple])
    return {"type": "object", "x-kubernetes-preserve-unknown-fields": True}


def quoted_ints(s):
    """protojson also accepts integers written as JSON strings."""
    if s.get("type") != "integer":
        return s
    out = {k: v for k, v in s.items() if k not in ("type", "format")}
    out["x-kubernetes-int-or-string"] = True
    out["pattern"] = "^-?[0-9]+$"
    return out


def message_schema(proto, name, int_or_string, stack):
    props = {}
    for f in proto.messages[name]:
        s = quoted_ints(schema_for(proto, f["type"], int_or_string, stack))
        if f["repeated"]:
            s = {"type": "array", "items": s}
        # protojson reads `null` as "unset" for every field
        s["nullable"] = True
        props[f["json"]] = s
        if f["name"] != f["json"]:
            props[f["name"]] = s
    return {"type": "object", "properties": props}


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    path, root = args[0], args[1]
    int_or_string, into, at = set(), None, None
    rest = args[2:]
    while rest:
        flag, value, rest = rest[0], rest[1], rest[2:]
        if flag == "--int-or-string":
            int_or_string.add(value)
        elif flag == "--into":
            into = value
        elif flag == "--at":
            at = value
        else:
            sys.exit(f"unknown flag {flag}")
    with open(path) as f:
        proto = Proto(f.read())
    schema = message_schema(proto, root, int_or_string, [root])
    schema["nullable"] = True
    if into:
        with open(into) as f:
            out = json.load(f)
        node = out
        keys = at.split(".")
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = schema
        schema = out
    json.dump(schema, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
