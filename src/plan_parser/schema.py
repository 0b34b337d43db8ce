"""Schema stage: the JSON Schema of ``planparse extract`` output (from the models)."""
from __future__ import annotations

import json


def schema() -> dict:
    from .models import SCHEMA_VERSION, Document

    out = Document.model_json_schema(mode="serialization")
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["$id"] = f"https://planparse.invalid/schema/{SCHEMA_VERSION}/document.json"
    return out


def schema_json() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
