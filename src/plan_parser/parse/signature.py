"""Signature stage (inside the notice): 署名 and 成文日期, 附注, and the issuer a signature of the
date alone leaves to the red head or the title; joint issuers one a line, side by side or run
together. Claimed into a ``Layout``.
"""
from __future__ import annotations

from . import patterns as P
from .lines import Line
from .numbers import cn_int, cn_year
from .regions import Layout, closing, is_marker, may_date, may_note, may_signer, next_line, prev_line

R = P.RE  # the line patterns matched at a line's start: by re where it reads them alike

ISSUER_MAX = 160  # longest signature line (several authorities side by side)
ISSUER_NAME_MAX = 40  # longest authority name in it
JOINT_NAME_MIN = 4  # an authority's name cut from a joint one is at least this long (国务院 alone stands apart)
SIGNATURE_LINES = 10  # issuer and signer lines above the date (family: seven ministries, one a line)


def signature(lines: list[Line], start: int, stop: int, lay: Layout) -> tuple[int, int] | None:
    """署名 and 成文日期, then 附注. Returns (first line of the signature, line after the notes)."""
    for d in closing(lines, "日", start, stop):  # the lines may_date passes (a blank line holds no date)
        if d in lay.claimed or not may_date(view := lines[d].view):
            continue
        m = R.DATE_LINE.match(view) or P.ISSUER_DATE_LINE.match(view)
        if m:
            break
    else:
        return None
    lay.set(date=_iso_date(m), date_text=lines[d].text[m.start("y"):].strip())
    if m.re is P.ISSUER_DATE_LINE:  # one line: the issuer(s), then the date
        names = [n for name in lines[d].text[: m.end("issuer")].split() for n in joint_names(name)]
        lay.set(issuers=tuple(names), issuer="、".join(names))
        first = _issuers(lines, start, d, lay) if issuer_line(lines[d - 1].view if d else "") else d
    else:
        first = _issuers(lines, start, d, lay)
    lay.add("date", d)
    end = _notes(lines, d + 1, stop, lay)
    return first, end


def issuer_from_head(lines: list[Line], lay: Layout) -> None:
    """family: a signature of the date alone (its name and seal an image the copy lost): the
    issuer mark of the red head (教育部 国家发展改革委 … 文件) names the issuers; else the
    authority that opens the title (XX管理委员会关于印发…的通知)."""
    f = lay.fields
    if not f.date or f.issuer:
        return
    names = [n for kind, a, b in lay.parts if kind == "issuer_mark" for k in range(a, b + 1)
             for name in P.MARK_END.sub("", lines[k].text).split() for n in joint_names(name)]
    if not all(P.AUTHORITY_END.search(P.fold(n)) for n in names):
        names = []  # not a list of authorities (国网…公司部门文件 is a kind of file)
    m = P.TITLE_ISSUER.match(P.fold(f.title)) if f.title and not names else None
    if m:
        names = [f.title[: m.end("issuer")]]
    if names:
        lay.set(issuer="、".join(names), issuers=tuple(names))


def _issuers(lines: list[Line], start: int, d: int, lay: Layout) -> int:
    found: list[int] = []
    k = prev_line(lines, d - 1, start)
    while k is not None and len(found) < SIGNATURE_LINES:
        view = lines[k].view
        if (may_signer(view) and P.SIGNER.match(view)) or issuer_line(view):
            found.insert(0, k)
            k = prev_line(lines, k - 1, start)
        else:
            break
    names, signers = [], []
    for k in found:
        if may_signer(lines[k].view) and P.SIGNER.match(lines[k].view):
            signers.append(lines[k].text)
            lay.add("signer", k)
        else:
            names += [n for name in _spaced(lines[k].text).split() for n in joint_names(name)]
            lay.add("issuer", k)
    if names:
        lay.set(issuers=tuple(names), issuer="、".join(names))
    if signers:
        lay.set(signers=tuple(signers))
    first = found[0] if found else d
    # a contact line just above the signature (联系人：…) is a note
    k = prev_line(lines, first - 1, start)
    while k is not None and _contact(lines[k].view):
        lay.set(notes=(lines[k].text,) + lay.fields.notes)
        lay.add("note", k)
        first = k
        k = prev_line(lines, k - 1, start)
    return first


def _contact(view: str) -> bool:
    """A note that is no remark in brackets: a contact line (联系人：…; NOTE_LINE holds a colon then)."""
    return ":" in view and not view.startswith("(") and R.NOTE_LINE.match(view) is not None


def _spaced(text: str) -> str:
    """family: a name letter-spaced to the width of the one above it (国家发展改革委 / 国 家 数 据 局):
    one name, its spaces dropped; names side by side keep theirs."""
    parts = text.split()
    return "".join(parts) if len(parts) >= 3 and all(len(p) == 1 for p in parts) else text


def joint_names(name: str) -> list[str]:
    """family: joint issuers run together in a one-line copy (中共山东省委办公厅山东省人民政府办公厅):
    cut where one authority's name ends and another's begins (中共, 国家, XX省 …)."""
    view = P.fold(name)
    cuts = [m.end() for m in P.JOINT_ISSUER_CUT.finditer(view)]
    bounds = [0] + cuts + [len(name)]
    parts = [name[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
    return parts if all(len(p) >= JOINT_NAME_MIN for p in parts) else [name]


def issuer_line(view: str) -> bool:
    names = view.split()
    return (bool(R.ISSUER_LINE.match(view)) and len(view) <= ISSUER_MAX and not is_marker(view)
            and all(len(n) <= ISSUER_NAME_MAX for n in names))


def _notes(lines: list[Line], i: int, stop: int, lay: Layout) -> int:
    k = next_line(lines, i, stop)
    while k is not None and may_note(view := lines[k].view) and R.NOTE_LINE.match(view) and not is_marker(view):
        lay.set(notes=lay.fields.notes + (lines[k].text,))
        lay.add("note", k)
        i = k + 1
        k = next_line(lines, i, stop)
    return i


def _iso_date(m) -> str | None:
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    year = int(y) if y.isascii() else cn_year(y)
    month = cn_int(mo)
    day = cn_int(d)
    if not (year and 1 <= (month or 0) <= 12 and 1 <= (day or 0) <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
