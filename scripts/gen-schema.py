#!/usr/bin/env python3
"""Generates core/schema/dms-<version>.json, the facts-only schema of the DMS (classic) API.

Reads the swagger 2.0 files of Microsoft.DataMigration (datamigration.json and definitions/*.json)
and writes names, types, required fields, enums, discriminators, read-only and secret markers and
the operations table. No description text is kept. Re-run it whenever the swagger changes:

    scripts/gen-schema.py ../shared/reference/spec core/schema/dms-2025-06-30.json
"""

import json
import os
import sys
from collections import OrderedDict

# The swagger declares no secrets (no x-ms-secret); the service drops these from every response.
# "omit": the member is removed from responses. "uriCredentials": the member is kept but the
# password inside an embedded user:password@ is removed.
SECRETS = {
    ("ConnectionInfo", "password"): "omit",
    ("FileShare", "password"): "omit",
    ("SelectedCertificateInput", "password"): "omit",
    ("AzureActiveDirectoryApp", "appKey"): "omit",
    ("BlobShare", "sasUri"): "omit",
    ("MongoDbConnectionInfo", "connectionString"): "uriCredentials",
}

# Shapes from Azure's common-types v6 (resource-management/v6/types.json), which the
# definitions reference but which live outside the datamigration folder.
COMMON_TYPES = OrderedDict(
    [
        (
            "Resource",
            {
                "properties": OrderedDict(
                    [
                        ("id", {"type": "string", "readOnly": True}),
                        ("name", {"type": "string", "readOnly": True}),
                        ("type", {"type": "string", "readOnly": True}),
                        ("systemData", {"type": "ref", "ref": "SystemData", "readOnly": True}),
                    ]
                ),
                "required": [],
            },
        ),
        (
            "TrackedResource",
            {
                "base": "Resource",
                "properties": OrderedDict(
                    [
                        ("tags", {"type": "map", "values": {"type": "string"}}),
                        ("location", {"type": "string"}),
                    ]
                ),
                "required": ["location"],
            },
        ),
        (
            "SystemData",
            {
                "properties": OrderedDict(
                    [
                        ("createdBy", {"type": "string"}),
                        ("createdByType", {"type": "string", "enum": "CreatedByType"}),
                        ("createdAt", {"type": "string", "format": "date-time"}),
                        ("lastModifiedBy", {"type": "string"}),
                        ("lastModifiedByType", {"type": "string", "enum": "CreatedByType"}),
                        ("lastModifiedAt", {"type": "string", "format": "date-time"}),
                    ]
                ),
                "required": [],
            },
        ),
    ]
)
COMMON_ENUMS = {"CreatedByType": {"values": ["User", "Application", "ManagedIdentity", "Key"], "open": True}}


def fail(msg):
    sys.stderr.write("gen-schema: " + msg + "\n")
    sys.exit(1)


def upper_first(s):
    return s[:1].upper() + s[1:]


class Generator:
    def __init__(self, spec_dir):
        self.spec_dir = spec_dir
        self.files = {}
        self.definitions = OrderedDict()
        self.enums = OrderedDict()
        self.enum_origin = {}

    def load(self, rel):
        rel = os.path.normpath(rel)
        if rel not in self.files:
            with open(os.path.join(self.spec_dir, rel), encoding="utf-8") as f:
                self.files[rel] = json.load(f, object_pairs_hook=OrderedDict)
        return self.files[rel]

    def ref_name(self, ref, current_file):
        """Maps a $ref to a definition name; common-types map to our synthesized names."""
        path, _, pointer = ref.partition("#")
        name = pointer.rsplit("/", 1)[-1]
        if "common-types" in path:
            mapping = {"Resource": "Resource", "TrackedResource": "TrackedResource", "systemData": "SystemData"}
            if name not in mapping:
                fail("unknown common-types reference " + ref)
            return mapping[name]
        if path:
            target = os.path.normpath(os.path.join(os.path.dirname(current_file), path))
            doc = self.load(target)
            if name not in doc.get("definitions", {}):
                fail("dangling reference " + ref + " from " + current_file)
        return name

    def add_enum(self, name, values, open_):
        values = list(values)
        if name in self.enums:
            known = self.enums[name]
            merged = known["values"] + [v for v in values if v not in known["values"]]
            known["values"] = merged
            known["open"] = known["open"] and open_
            return name
        self.enums[name] = {"values": values, "open": open_}
        return name

    def type_of(self, node, file, owner, prop):
        """Converts one swagger schema node into our type descriptor."""
        out = OrderedDict()
        if "$ref" in node and node.get("type") == "array" and "items" not in node:
            # Swagger ignores siblings of $ref, generators make one object; the text says "list".
            out["type"] = "array"
            out["items"] = {"type": "ref", "ref": self.ref_name(node["$ref"], file)}
            out["acceptsSingle"] = True
        elif "$ref" in node:
            out["type"] = "ref"
            out["ref"] = self.ref_name(node["$ref"], file)
        elif "enum" in node:
            xe = node.get("x-ms-enum", {})
            name = xe.get("name") or (owner + upper_first(prop))
            self.add_enum(name, node["enum"], bool(xe.get("modelAsString", False)))
            out["type"] = node.get("type", "string")
            out["enum"] = name
        elif "additionalProperties" in node:
            out["type"] = "map"
            ap = node["additionalProperties"]
            if ap in ({}, True):
                out["values"] = {"type": "any"}
            else:
                out["values"] = self.type_of(ap, file, owner, prop + "Value")
            if node.get("type") == "string":
                # Declared as a string, sent as an object; a JSON-encoded string is accepted too.
                out["declaredAsString"] = True
        elif "properties" in node:
            name = owner + upper_first(prop)
            self.add_definition(name, node, file)
            out["type"] = "ref"
            out["ref"] = name
        elif node.get("type") == "array":
            out["type"] = "array"
            out["items"] = self.type_of(node["items"], file, owner, prop + "Item")
        elif node.get("type") == "object":
            out["type"] = "object"
        elif "type" in node:
            out["type"] = node["type"]
            if "format" in node:
                out["format"] = node["format"]
        else:
            out["type"] = "any"
        if node.get("readOnly"):
            out["readOnly"] = True
        if "default" in node:
            out["default"] = node["default"]
        return out

    def add_definition(self, name, node, file):
        if name in self.definitions:
            return
        d = OrderedDict()
        self.definitions[name] = d  # reserve before recursing
        bases = [a for a in node.get("allOf", []) if "$ref" in a]
        if bases:
            # The first allOf is the base; further ones only contribute their members (mixins).
            d["base"] = self.ref_name(bases[0]["$ref"], file)
        if len(bases) > 1:
            d["mixins"] = [self.ref_name(b["$ref"], file) for b in bases[1:]]
        if "discriminator" in node:
            d["discriminator"] = node["discriminator"]
        if "x-ms-discriminator-value" in node:
            d["discriminatorValue"] = node["x-ms-discriminator-value"]
        if "enum" in node:
            xe = node.get("x-ms-enum", {})
            self.add_enum(xe.get("name") or name, node["enum"], bool(xe.get("modelAsString", False)))
            d["kind"] = "enum"
            d["enum"] = xe.get("name") or name
            return
        props = OrderedDict()
        for pname, pnode in node.get("properties", {}).items():
            t = self.type_of(pnode, file, name, pname)
            secret = SECRETS.get((name, pname))
            if secret:
                t["secret"] = secret
            props[pname] = t
        d["properties"] = props
        d["required"] = list(node.get("required", []))
        if node.get("readOnly"):
            d["readOnly"] = True

    def run(self):
        main = self.load("datamigration.json")
        for rel in sorted(os.listdir(os.path.join(self.spec_dir, "definitions"))):
            if rel.endswith(".json"):
                doc = self.load(os.path.join("definitions", rel))
                for name, node in doc.get("definitions", {}).items():
                    if name in self.definitions:
                        # Some files repeat a definition of another file; accept only a true copy.
                        first = self.definitions.pop(name)
                        self.add_definition(name, node, os.path.join("definitions", rel))
                        if json.dumps(first, sort_keys=True) != json.dumps(self.definitions[name], sort_keys=True):
                            fail("definition defined twice, differently: " + name)
                        continue
                    self.add_definition(name, node, os.path.join("definitions", rel))
        for name, d in COMMON_TYPES.items():
            if name in self.definitions:
                fail("common type clashes with a definition: " + name)
            self.definitions[name] = d
        for name, e in COMMON_ENUMS.items():
            self.enums[name] = e
        for (owner, prop) in SECRETS:
            if prop not in self.definitions.get(owner, {}).get("properties", {}):
                fail("secret marker for a missing member %s.%s" % (owner, prop))
        self.check()
        return OrderedDict(
            [
                ("apiVersion", main["info"]["version"]),
                ("title", main["info"]["title"]),
                ("definitions", OrderedDict(sorted(self.definitions.items()))),
                ("enums", OrderedDict(sorted(self.enums.items()))),
                ("polymorphism", self.polymorphism()),
                ("operations", self.operations(main)),
            ]
        )

    def check(self):
        def walk(t, where):
            if t["type"] == "ref" and t["ref"] not in self.definitions:
                fail(where + ": unknown definition " + t["ref"])
            if t["type"] == "array":
                walk(t["items"], where)
            if t["type"] == "map":
                walk(t["values"], where)
            if "enum" in t and t["enum"] not in self.enums:
                fail(where + ": unknown enum " + t["enum"])

        for name, d in self.definitions.items():
            for b in [d.get("base")] + d.get("mixins", []):
                if b is not None and b not in self.definitions:
                    fail(name + ": unknown base " + b)
            for p, t in d.get("properties", {}).items():
                walk(t, name + "." + p)

    def polymorphism(self):
        """For each base with a discriminator: wire value -> definition."""
        out = OrderedDict()
        for name, d in self.definitions.items():
            if "discriminator" not in d:
                continue
            values = OrderedDict()
            for sub, sd in self.definitions.items():
                b = sub
                chain = []
                while b in self.definitions and "base" in self.definitions[b]:
                    b = self.definitions[b]["base"]
                    chain.append(b)
                if name in chain:
                    value = sd.get("discriminatorValue", sub)
                    if value in values:
                        fail("discriminator value %s used twice under %s" % (value, name))
                    values[value] = sub
            out[name] = OrderedDict([("member", d["discriminator"]), ("values", values)])
        return out

    def operations(self, main):
        ops = []
        params = main.get("parameters", {})
        for path, item in main["paths"].items():
            for method, op in item.items():
                if method not in ("get", "put", "post", "patch", "delete"):
                    continue
                entry = OrderedDict()
                entry["operationId"] = op["operationId"]
                entry["method"] = method.upper()
                entry["path"] = path
                query = []
                body = None
                for p in op.get("parameters", []):
                    if "$ref" in p:
                        ref = p["$ref"]
                        if ref.startswith("./sqlmigration.json"):
                            p = {"name": "subscriptionId", "in": "path", "required": True, "type": "string"}
                        else:
                            p = params[ref.rsplit("/", 1)[-1]]
                    if p["in"] == "query" and p["name"] != "api-version":
                        query.append(OrderedDict([("name", p["name"]), ("type", p.get("type", "string"))]))
                    if p["in"] == "body":
                        body = self.ref_name(p["schema"]["$ref"], "datamigration.json")
                entry["query"] = query
                if body:
                    entry["body"] = body
                responses = OrderedDict()
                for code, r in op["responses"].items():
                    schema = r.get("schema")
                    responses[code] = self.ref_name(schema["$ref"], "datamigration.json") if schema else None
                entry["responses"] = responses
                if op.get("x-ms-long-running-operation"):
                    entry["longRunning"] = True
                if "x-ms-pageable" in op:
                    entry["nextLinkName"] = op["x-ms-pageable"].get("nextLinkName")
                ops.append(entry)
        ops.sort(key=lambda o: o["operationId"])
        return ops


def main():
    if len(sys.argv) != 3:
        fail("usage: gen-schema.py SPEC_DIR OUTPUT.json")
    schema = Generator(sys.argv[1]).run()
    text = json.dumps(schema, indent=1, ensure_ascii=False) + "\n"
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)
    sys.stderr.write(
        "gen-schema: %d definitions, %d enums, %d operations -> %s\n"
        % (len(schema["definitions"]), len(schema["enums"]), len(schema["operations"]), sys.argv[2])
    )


if __name__ == "__main__":
    main()
