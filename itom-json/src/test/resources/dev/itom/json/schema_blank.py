"""Reads itom's JSON Schema with Python's jsonschema (2020-12, patterns through Python's re).

Usage: schema_blank.py SCHEMA DOCUMENT...
Prints one JSON object: "rejected", the code points c in 0..0xFFFF for which the one-character
name chr(c) is rejected by the schema's name definition, and "documents", for each DOCUMENT the
JSON Pointers of the values the whole schema rejects in it.
"""
import json
import sys

import jsonschema

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
names = jsonschema.Draft202012Validator(
    {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": schema["$defs"],
        "type": "array",
        "items": {"$ref": "#/$defs/name"},
    }
)
rejected = sorted({error.path[0] for error in names.iter_errors([chr(c) for c in range(0x10000)])})
whole = jsonschema.Draft202012Validator(schema)
documents = []
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    documents.append(
        sorted("".join("/" + str(p) for p in error.absolute_path) for error in whole.iter_errors(document))
    )
print(json.dumps({"rejected": rejected, "documents": documents}))
