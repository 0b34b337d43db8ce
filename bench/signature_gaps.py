"""Bench (layout): how many documents have a signature in their text but a null issuer or date.

Usage: planparse extract ../shared/bulk/raw --format jsonl -o /tmp/x.jsonl
       python bench/signature_gaps.py ../shared/bulk/raw /tmp/x.jsonl [--list]

A signature is found here by its own rules, apart from the parser's: a 成文日期 alone on its
line, or after an authority's name on its line, or (in a one-line copy) an authority's name
and a date after a sentence's end, before the end, a note, 抄送 or 附件. A 版记 date
(…印发) and a deadline (…日前) are no signature.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

DATE = r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇一二三四五六七八九十]{1,3}\s*月\s*[\d〇一二三四五六七八九十]{1,3}\s*日"
AUTHORITY = r"(?:政府|办公厅|办公室|委员会|管委会|厅|局|委|部|院|中心|公司|会|处|组|党委|团省委)"
# a line that is a signature's date, maybe after the authority: 济南市人民政府办公厅  2022年7月11日
SIGNATURE_LINE = regex.compile(rf"^(?:\S.{{0,60}}?{AUTHORITY})?\s*{DATE}$")
# a one-line copy: 。国网设备部2021年2月8日(此件…) / …申报表共青团山东省委2021年3月5日
SIGNATURE_FLAT = regex.compile(
    rf"(?<=[。)）!])\p{{Han}}{{2,40}}?{AUTHORITY}\s*{DATE}(?=\s*(?:$|[(（]|抄\s*送|附\s*件|联系))"
)


def has_signature(text: str) -> bool:
    lines = [ln.strip(" \t\u3000\u00a0\r") for ln in text.split("\n")]
    return any(SIGNATURE_LINE.match(ln) for ln in lines) or any(SIGNATURE_FLAT.search(ln) for ln in lines)


def gaps(raw: Path, jsonl: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"signed": [], "issuer": [], "date": [], "either": []}
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        name = Path(doc["source"]["path"]).name
        if not has_signature((raw / name).read_text(encoding="utf-8", errors="replace")):
            continue
        out["signed"].append(name)
        notice = doc["notice"] or {}
        for key in ("issuer", "date"):
            if not notice.get(key):
                out[key].append(name)
        if not notice.get("issuer") or not notice.get("date"):
            out["either"].append(name)
    return out


def main(argv: list[str]) -> None:
    found = gaps(Path(argv[0]), Path(argv[1]))
    print(f"signed documents: {len(found['signed'])}; null issuer: {len(found['issuer'])}; "
          f"null date: {len(found['date'])}; null issuer or date: {len(found['either'])}")
    if "--list" in argv:
        print(" ".join(found["either"]))


if __name__ == "__main__":
    main(sys.argv[1:])
