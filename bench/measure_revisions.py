"""Measure ``planparse diff`` on revision pairs built from the corpus notices.

Run by hand (not a test)::

    .venv/bin/python bench/measure_revisions.py                       # this checkout
    .venv/bin/python bench/measure_revisions.py --cmd "env PYTHONPATH=/old/src .venv/bin/python -m plan_parser"

Each notice of ../shared/corpus (and the sample) is revised once per edit, as the tests'
``Draft`` does (insert, delete, swap, merge two items, split one, move a sentence, reword
a sentence, rename a heading and rewrite its body), remembering where each line went:
that gives the true correspondences (old task, new task), merges and splits included.
Then ``CMD diff OLD NEW --format json`` runs on each pair and we count:

* found: true correspondences the diff reports (matched, merged or split) / all true ones;
* true: reported correspondences that are true / all reported;
* added/removed: reported added or removed tasks that truly have no counterpart / all reported.
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import plan_parser  # noqa: E402
from conftest import SEED, corpus_files  # noqa: E402
from test_diff import (Draft, all_sibling_pairs, middle_of_run, movable, sentences_of,  # noqa: E402
                       sibling_pair, splittable)

from plan_parser.parse.read import read_path  # noqa: E402

OTHER = "围绕重点领域和关键环节，定期开展专项督查，对发现的问题建立台账、限期整改。"


def reword(d: Draft) -> bool:
    item = splittable(d)
    if item is None:
        return False
    d.replace(item, sentences_of(d, item)[0], OTHER, "text")
    return True


def rename(d: Draft) -> bool:
    """A short heading-style item renamed and its body rewritten (half of it)."""
    pairs = all_sibling_pairs(d)
    short = [a for a, _ in pairs if len(d.lines[d.at(a.span.line)]) <= 60 and "。" in d.lines[d.at(a.span.line)]]
    if not short:
        return False
    a = short[len(short) // 2]
    line = d.lines[d.at(a.span.line)]
    head, _, body = line.partition("。")
    d.replace(a, head, head[:-2] + "工作" if len(head) > 6 else head + "工作")
    if len(body) > 8:
        d.replace(a, body[: len(body) // 2], OTHER[: len(body) // 2])
    return True


PROSE = ["建立健全工作推进机制，明确时间表和路线图，压实各方责任。", "强化要素保障，统筹用好各类资金，优先保障重点项目用地需求。",
         "加强宣传引导，及时总结推广典型经验做法，营造良好社会氛围。", "完善考核评价办法，将落实情况纳入年度绩效考核。"]


def revise(d: Draft) -> bool:
    """Next year's version: one merge, one split, one task gone, one new, a third of the
    tasks with a sentence rewritten, a sentence moved."""
    done = 0
    leaves = [it for r, it, _ in d.items if not it.children and r == "p0"]
    for k, item in enumerate(leaves[::3]):
        try:
            d.replace(item, sentences_of(d, item)[0], PROSE[k % len(PROSE)], "text")
            done += 1
        except (AssertionError, IndexError):
            continue
    for edit in ("merge", "split", "move"):
        try:
            done += bool(EDITS[edit](d))
        except (AssertionError, IndexError, ValueError, KeyError):
            continue
    return done > 0


EDITS = {
    "insert": lambda d: d.insert_after(middle_of_run(d)) or True,
    "delete": lambda d: d.delete(middle_of_run(d)) or True,
    "swap": lambda d: d.swap(*sibling_pair(d)) or True,
    "merge": lambda d: d.merge(*sibling_pair(d)) or True,
    "split": lambda d: (it := splittable(d)) is not None and (d.split(it, sentences_of(d, it)[0]) or True),
    "move": lambda d: (p := movable(d)) is not None and (d.move_sentence(*p, sentences_of(d, p[0])[-1]) or True),
    "reword": reword,
    "rename": rename,
    "revise": revise,
}


def truth(d: Draft) -> dict:
    old = {t.line for t in plan_parser.tasks(d.base)}
    new_doc = plan_parser.parse_text(d.text())
    pairs = set()
    for t in plan_parser.tasks(new_doc):
        src = d.origin[t.line - 1]
        if isinstance(src, str):
            src = int(src.split(":")[1])
        if src in old:
            pairs.add((src, t.line))
            pairs |= {(b, t.line) for b in d.merges.get(src, [])}
    return {"pairs": sorted(pairs), "old": sorted(old), "new": sorted(t.line for t in plan_parser.tasks(new_doc))}


def build(where: Path) -> list[tuple[str, Path, Path, dict]]:
    cases = []
    for path in [SEED] + corpus_files():
        text = plan_parser.clean(read_path(path).text).text
        for edit, apply in EDITS.items():
            d = Draft(text)
            try:
                if not apply(d):
                    continue
            except (AssertionError, IndexError, ValueError):  # a notice read flattened: no revision to build
                continue
            a, b = where / f"{path.stem}.txt", where / f"{path.stem}-{edit}.txt"
            a.write_text(text, encoding="utf-8")
            b.write_text(d.text(), encoding="utf-8")
            cases.append((f"{path.stem}:{edit}", a, b, truth(d)))
    return cases


def reported(cmd: list[str], a: Path, b: Path) -> tuple[set, set, set]:
    out = subprocess.run(cmd + ["diff", str(a), str(b), "--format", "json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{a} {b}: {out.stderr.strip()}")
    data = json.loads(out.stdout)
    pairs, added, removed = set(), set(), set()
    for rec in data["changes"]:
        kind = rec["kind"]
        if kind == "added":
            added.add(rec["new"]["line"])
        elif kind == "removed":
            removed.add(rec["old"]["line"])
        else:
            olds = rec.get("olds") or [rec["old"]]
            news = rec.get("news") or [rec["new"]]
            pairs |= {(o["line"], n["line"]) for o in olds for n in news}
    return pairs, added, removed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default=f"{ROOT / '.venv/bin/planparse'}")
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args()
    cmd = shlex.split(args.cmd)
    with tempfile.TemporaryDirectory() as tmp:
        cases = build(Path(tmp))
        with ThreadPoolExecutor(args.j) as pool:
            results = list(pool.map(lambda c: reported(cmd, c[1], c[2]), cases))
    per_edit: dict[str, list[int]] = {}
    for (name, _, _, t), (pairs, added, removed) in zip(cases, results):
        true_pairs = {tuple(p) for p in t["pairs"]}
        matched_o = {p[0] for p in pairs}
        matched_n = {p[1] for p in pairs}
        # a task paired as unchanged is left out of the records: an old line not reported at all is
        # paired with the new task on the same content (exact), which the truth says where
        silent = {(o, n) for o, n in true_pairs if o not in matched_o | removed and n not in matched_n | added}
        pairs = pairs | silent
        truly = sum(n not in {p[1] for p in true_pairs} for n in added) \
            + sum(o not in {p[0] for p in true_pairs} for o in removed)
        row = [len(true_pairs), len(pairs & true_pairs), len(pairs), truly, len(added) + len(removed)]
        per_edit.setdefault(name.split(":")[1], [0] * 5)
        per_edit[name.split(":")[1]] = [x + y for x, y in zip(per_edit[name.split(":")[1]], row)]
        if pairs != true_pairs or truly != len(added) + len(removed):
            print(f"  {name}: missed {len(true_pairs - pairs)}, false {len(pairs - true_pairs)}, "
                  f"added/removed wrongly {len(added) + len(removed) - truly}")
    total = [sum(v[k] for v in per_edit.values()) for k in range(5)]
    for edit, (t, right, found, truly, ar) in list(per_edit.items()) + [("all", total)]:
        print(f"{edit:7} correspondences found {right}/{t} = {right / t:.3f}, reported true {right}/{found} = "
              f"{right / max(found, 1):.3f}, added/removed truly so {truly}/{ar} = {truly / max(ar, 1):.3f}")


if __name__ == "__main__":
    main()
