#!/usr/bin/env python3
"""Validates SARIF logs against the SARIF 2.1.0 JSON Schema.

The schema is the one Microsoft's SARIF Multitool ships (tests/sarif/
node_modules, installed by scripts/install-deps.sh), so both SARIF tests
judge against the same text. The Multitool's own validation is the main
check, but it passes some invalid logs without a word (an unknown enum
value such as "level": "bogus" makes it skip the whole file), so this
test checks the schema on its own.

Usage: validate_schema.py ROOT FILE...   (ROOT is the project root)
Exits 1 and prints one line per violation when a file is invalid.
"""

import glob
import json
import os
import sys

import jsonschema

# A log the schema must reject, so this test can never pass vacuously.
BROKEN = {
    "version": "2.1.0",
    "runs": [{"tool": {"driver": {"name": "x"}},
              "results": [{"message": {"text": "x"}, "level": "bogus"}]}],
}


def main(argv):
    root, files = argv[1], argv[2:]
    pattern = os.path.join(root, "tests", "sarif", "node_modules",
                           "@microsoft", "sarif-multitool-*",
                           "sarif-2.1.0.json")
    schemas = sorted(glob.glob(pattern))
    if not schemas:
        print("no SARIF schema under tests/sarif/node_modules: "
              "run scripts/install-deps.sh")
        return 1
    with open(schemas[0], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.FormatChecker())
    if not list(validator.iter_errors(BROKEN)):
        print("the schema accepted a log with \"level\": \"bogus\"")
        return 1

    failures = 0
    for path in files:
        with open(os.path.join(root, path), encoding="utf-8") as f:
            log = json.load(f)
        for error in sorted(validator.iter_errors(log), key=str):
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message}")
            failures += 1
        print(f"{path}: checked against {os.path.relpath(schemas[0], root)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
