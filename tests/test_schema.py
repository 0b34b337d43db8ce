"""The JSON Schemas: committed under schema/, current, and true of real output."""
from __future__ import annotations

import json

import jsonschema
import pytest

import plan_parser
from conftest import ROOT, SEED
from plan_parser.output.schema import KINDS, schema_json
from plan_parser.output.serialize import dumps
from plan_parser.output.tasks import target_rows


@pytest.mark.parametrize("kind", KINDS)
def test_committed_schema_is_current(kind):
    committed = (ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(kind), f"run: planparse schema --kind {kind} -o schema/{kind}.schema.json"


def test_outputs_validate():
    doc = plan_parser.extract(SEED)
    rows = plan_parser.tasks(doc)
    jsonschema.validate(json.loads(dumps(doc, "json")), json.loads(schema_json("document")))
    for row in rows:
        jsonschema.validate(row.model_dump(mode="json"), json.loads(schema_json("task")))
    for row in target_rows(rows):
        jsonschema.validate(row.model_dump(mode="json"), json.loads(schema_json("target")))


def test_contract_fields_are_described():
    props = json.loads(schema_json("document"))
    defs = props["$defs"]
    assert {"schema_version", "source", "notice", "plan", "plans"} <= set(props["properties"])
    assert {"title", "issuer", "doc_number", "addressees", "date", "attachments"} <= set(defs["Notice"]["properties"])
    assert "pinyin_annotations_removed" in defs["SourceInfo"]["properties"]
    task = json.loads(schema_json("task"))
    assert {"id", "attachment", "path", "title", "units", "targets"} <= set(task["properties"])
