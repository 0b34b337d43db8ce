"""Schema stage: the JSON Schemas of planparse's outputs, made from the models.

``document`` describes ``planparse extract``; ``task`` one line of ``planparse tasks
--format jsonl``; ``target`` one line of ``planparse targets --format jsonl``. The same
schemas are committed under ``schema/`` (a test keeps them current).
"""
from __future__ import annotations

import json

KINDS = ("document", "task", "target")


def schema(kind: str = "document") -> dict:
    from .. import models as M

    model = {"document": M.Document, "task": M.Task, "target": M.TargetRow}[kind]
    out = model.model_json_schema(mode="serialization")
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["$id"] = f"https://planparse.invalid/schema/{M.SCHEMA_VERSION}/{kind}.json"
    return out


def schema_json(kind: str = "document") -> str:
    return json.dumps(schema(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
