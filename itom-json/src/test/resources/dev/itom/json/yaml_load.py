"""Loads a YAML file with one loader and prints it as JSON, numbers tagged with their exact text.

Usage: yaml_load.py LOADER FILE, where LOADER is pyyaml (YAML 1.1, SafeLoader), ruamel-safe or
ruamel-rt (YAML 1.2, the safe and the round-trip loader). A number becomes ["int", digits] or
["float", repr], a key that is not a string ["key", type, repr], so nothing is lost in JSON.
"""
import json
import sys


def load(loader, path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if loader == "pyyaml":
        import yaml

        return yaml.load(text, Loader=yaml.SafeLoader)
    from ruamel.yaml import YAML

    return YAML(typ="safe" if loader == "ruamel-safe" else "rt", pure=True).load(text)


def plain(value):
    if isinstance(value, bool):
        return ["bool", str(value)]
    if isinstance(value, int):
        return ["int", str(int(value))]
    if isinstance(value, float):
        return ["float", repr(float(value))]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            name = key if isinstance(key, str) else json.dumps(["key", type(key).__name__, repr(key)])
            out[str(name)] = plain(item)
        return out
    if isinstance(value, list):
        return [plain(item) for item in value]
    if value is None:
        return ["null"]
    return ["other", type(value).__name__, repr(value)]


print(json.dumps(plain(load(sys.argv[1], sys.argv[2])), ensure_ascii=True))
