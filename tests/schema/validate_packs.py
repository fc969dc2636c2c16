#!/usr/bin/env python3
"""Validates every shipped pack file, every pack.yaml and every YAML snippet
of docs/rules.md against the JSON Schemas in schema/, the way an editor's
YAML language server would.

Usage: validate_packs.py REPO_ROOT
Exits 1 when a file does not validate (each problem printed as
`path: where: message`) and 2 when the schemas themselves are unusable.
"""
import json
import pathlib
import re
import sys
import textwrap

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML reads YAML 1.1, where 2016-12-15 is a date object; editors
    and claimdiff read it as text, so timestamps stay strings here."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

PACK_YAML_KEYS = {"name", "version", "description", "imports", "date_order"}


def load_schema(root, name):
    schema = json.loads((root / "schema" / name).read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def problems(validator, document):
    for error in sorted(validator.iter_errors(document), key=str):
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        yield f"{where}: {error.message}"


def doc_snippets(path):
    """The ```yaml blocks of a Markdown file, indented (in a list item) or
    not, dedented, with the line of their first line."""
    text = path.read_text(encoding="utf-8")
    for match in re.finditer(r"^( *)```yaml\n(.*?)^ *```", text, re.S | re.M):
        yield (text.count("\n", 0, match.start()) + 2,
               textwrap.dedent(match.group(2)))


def main():
    root = pathlib.Path(sys.argv[1])
    try:
        pack_file = load_schema(root, "pack-file.schema.json")
        pack_yaml = load_schema(root, "pack.schema.json")
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"schema: {e}", file=sys.stderr)
        return 2

    failures = []
    checked = 0

    def check(label, validator, document):
        nonlocal checked
        checked += 1
        for p in problems(validator, document):
            failures.append(f"{label}: {p}")

    # A pack is a folder of YAML files; its tests/ folder holds documents
    # and a sources manifest, which are not pack files.
    for path in sorted((root / "rules").rglob("*.y*ml")):
        rel = path.relative_to(root)
        if "tests" in rel.parts:
            continue
        document = yaml.load(path.read_text(encoding="utf-8"), Yaml12Loader)
        check(rel, pack_yaml if path.name == "pack.yaml" else pack_file,
              document)

    snippets = list(doc_snippets(root / "docs" / "rules.md"))
    if len(snippets) < 8:
        failures.append(f"docs/rules.md: only {len(snippets)} YAML snippets "
                        "found; the extraction is broken")
    for line, snippet in snippets:
        document = yaml.load(snippet, Yaml12Loader)
        is_manifest = isinstance(document, dict) and set(document) <= \
            PACK_YAML_KEYS and "name" in document
        check(f"docs/rules.md:{line}", pack_yaml if is_manifest else pack_file,
              document)

    # The schema must catch what the loader catches, or passing means
    # nothing: a misspelt key and a kind that does not exist.
    for bad in (
        {"rules": [{"id": "x", "kind": "number", "subject": "s",
                    "patterns": ["(?P<value>1)"], "patern": "y"}]},
        {"rules": [{"id": "x", "kind": "amount", "subject": "s",
                    "patterns": ["(?P<value>1)"]}]},
        {"rulez": []},
    ):
        if not list(problems(pack_file, bad)):
            failures.append(f"schema accepts an invalid file: {bad}")

    for failure in failures:
        print(failure)
    print(f"{checked} files and snippets checked, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
