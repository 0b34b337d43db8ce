"""Export stage: ``list[Task]`` -> JSON Lines or CSV text for other tools."""
from __future__ import annotations

import csv
import io
import json

from .models import Task

CSV_COLUMNS = ("id", "attachment", "path", "section", "title", "lead", "support", "responsible", "guide", "line")


def tasks_jsonl(rows: list[Task]) -> str:
    """One JSON object per task, in document order (the contract of ``planparse tasks``)."""
    return "".join(json.dumps(r.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows)


def tasks_csv(rows: list[Task]) -> str:
    """The task table as CSV (UTF-8 with BOM, so spreadsheet programs read it right)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        by_role = {role: "、".join(u.name for u in r.units if u.role == role) for role in ("lead", "support", "responsible", "guide")}
        w.writerow([r.id, r.attachment or "", ".".join(map(str, r.path)), r.section or "", r.title,
                    by_role["lead"], by_role["support"], by_role["responsible"], by_role["guide"], r.line])
    return "\ufeff" + buf.getvalue()
