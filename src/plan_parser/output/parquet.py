"""Parquet stage: ``Document``s -> the corpus tables (documents, tasks, units, targets) as
typed Parquet files under ``OUT/<table>/part-*.parquet``, for DuckDB, polars or pandas.

``records(doc)`` gives a document's rows of each table as plain dicts (no pyarrow: the batch
workers and Dask workers call it); ``Sink`` gathers them and writes one row group per batch of
notices, so memory stays flat however large the corpus. Each file is written under a hidden
temporary name and renamed when complete, so a reader never sees half a file.
pyarrow (the ``planparse[parquet]`` extra) is imported only when a table is written.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from ..models import Document
from .tasks import tasks as task_rows
from .tables import task_record, unit_records

TABLES = ("documents", "tasks", "units", "targets")
BATCH = 200  # notices per row group

# column -> type name; "list:" prefixes a list of that type
COLUMNS = {
    "documents": {
        "file": "string", "sha256": "string", "encoding": "string", "size": "int64", "lines": "int32",
        "kind": "string", "title": "string", "issuer": "string", "doc_number": "string", "date": "date",
        "plan_title": "string", "period": "string", "attachments": "int32", "tasks": "int32", "units": "int32",
        "targets": "int32", "diagnostics": "int32", "pinyin_annotations_removed": "int32",
    },
    "tasks": {
        "file": "string", "id": "string", "attachment": "int32", "path": "list:int32", "sections": "list:string",
        "section": "string", "title": "string", "text": "string", "lead": "list:string", "support": "list:string",
        "guide": "list:string", "responsible": "list:string", "deadline": "date", "deadline_text": "string",
        "recurrence": "string", "targets": "list:string", "line": "int32",
    },
    "units": {
        "file": "string", "unit": "string", "unit_key": "string", "role": "string", "qualifier": "string",
        "task": "string", "attachment": "int32", "path": "list:int32", "sections": "list:string",
        "title": "string", "deadline": "date", "line": "int32",
    },
    "targets": {
        "file": "string", "task": "string", "attachment": "int32", "path": "list:int32", "title": "string",
        "units": "list:string", "value": "float64", "value_high": "float64", "unit": "string",
        "comparator": "string", "deadline": "date", "deadline_text": "string", "recurrence": "string",
        "verb": "string", "change": "bool", "text": "string", "line": "int32",
    },
}


def records(doc: Document) -> dict[str, list[dict]]:
    """The rows ``doc`` adds to each table (the file as given, lists kept as lists)."""
    rows = task_rows(doc)
    tasks = [task_record(t, True) for t in rows]
    units = unit_records(rows, True)
    targets = [_target(t, x) for t in rows for x in t.targets]
    return {"documents": [_document(doc, len(tasks), len(units), len(targets))], "tasks": tasks,
            "units": units, "targets": targets}


def records_json(doc: Document, script: str | None = None) -> str:
    """``records`` as one line of JSON (what a batch worker hands back), in one script if asked."""
    from .script import convert

    return json.dumps(convert(records(doc), script), ensure_ascii=False, separators=(",", ":"))


def _document(doc: Document, tasks: int, units: int, targets: int) -> dict:
    n, s, plan = doc.notice, doc.source, doc.plan
    return {"file": s.path, "sha256": s.sha256, "encoding": s.encoding, "size": s.size, "lines": s.lines,
            "kind": n.kind, "title": n.title, "issuer": n.issuer, "doc_number": n.doc_number, "date": n.date,
            "plan_title": plan.title if plan else None, "period": plan.period if plan else None,
            "attachments": len(n.attachments), "tasks": tasks, "units": units, "targets": targets,
            "diagnostics": len(doc.diagnostics), "pinyin_annotations_removed": s.pinyin_annotations_removed}


def _target(task, t) -> dict:
    low, high = (t.value if isinstance(t.value, list) else (t.value, t.value))
    return {"file": task.file, "task": task.id, "attachment": task.attachment, "path": task.path,
            "title": task.title, "units": [u.name for u in task.units], "value": low, "value_high": high,
            "unit": t.unit, "comparator": t.comparator, "deadline": t.deadline, "deadline_text": t.deadline_text,
            "recurrence": t.recurrence, "verb": t.verb, "change": t.change, "text": t.text, "line": t.span.line}


def existing(out_dir: Path) -> list[str]:
    """Tables ``out_dir`` already holds (a second run there would count every row twice)."""
    return [name for name in TABLES if any((out_dir / name).glob("*.parquet"))]


def schema(table: str):
    import pyarrow as pa  # lazily: only writing Parquet needs it

    kinds = {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "float64": pa.float64(),
             "bool": pa.bool_(), "date": pa.date32()}

    def kind(name: str):
        return pa.list_(kinds[name[5:]]) if name.startswith("list:") else kinds[name]

    return pa.schema([pa.field(col, kind(t)) for col, t in COLUMNS[table].items()])


class Sink:
    """The four tables' part files ``OUT/<table>/part-<part>.parquet``, one row group per batch."""

    def __init__(self, out_dir: Path, part: str = "0", batch: int = BATCH):
        self.out_dir, self.part, self.batch = Path(out_dir), part, batch
        self.buffers: dict[str, list[dict]] = {name: [] for name in TABLES}
        self.writers: dict[str, tuple] = {}
        self.pending = 0

    def add(self, rows: dict[str, list[dict]]) -> None:
        for name in TABLES:
            self.buffers[name] += rows.get(name, [])
        self.pending += 1
        if self.pending >= self.batch:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        for name in TABLES:
            table = pa.Table.from_pylist(_typed(self.buffers[name], name), schema=schema(name))
            self._writer(name).write_table(table)
            self.buffers[name] = []
        self.pending = 0

    def close(self) -> None:
        """Write what is left and put every file in place."""
        if self.pending or not self.writers:
            self.flush()
        for name, (writer, tmp, final) in self.writers.items():
            writer.close()
            os.replace(tmp, final)
        self.writers = {}

    def abort(self) -> None:
        """Remove the unfinished files."""
        for writer, tmp, _ in self.writers.values():
            writer.close()
            tmp.unlink(missing_ok=True)
        self.writers = {}

    def _writer(self, name: str):
        if name not in self.writers:
            import pyarrow.parquet as pq

            folder = self.out_dir / name
            folder.mkdir(parents=True, exist_ok=True)
            final = folder / f"part-{self.part}.parquet"
            tmp = folder / f".part-{self.part}.parquet.tmp"
            self.writers[name] = (pq.ParquetWriter(tmp, schema(name), compression="zstd"), tmp, final)
        return self.writers[name][0]


def _typed(rows: list[dict], table: str) -> list[dict]:
    """Rows with their date columns as dates (``YYYY-MM-DD`` strings in the records)."""
    dates = [col for col, t in COLUMNS[table].items() if t == "date"]
    for row in rows:
        for col in dates:
            if isinstance(row.get(col), str):
                row[col] = _date(row[col])
    return rows


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # a partial date (2023-06) has no day to store
        return None
