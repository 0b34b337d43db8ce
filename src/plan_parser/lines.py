"""Lines stage: cleaned text -> ``list[Line]``, each with its offsets and folded view."""
from __future__ import annotations

from dataclasses import dataclass

from .patterns import fold

_SPACE = " \t\u3000\u00a0\u2002\u2003\ufeff"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the cleaned text.

    ``no`` is 1-based and equals the line number in the input file (cleaning never
    removes a line break). ``text`` is the line without its surrounding white space,
    starting at offset ``start`` of the cleaned text; ``view`` is ``fold(text)``.
    """

    no: int
    start: int
    text: str
    view: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Split cleaned text into lines (``\\n`` only; the read stage normalised the rest)."""
    out: list[Line] = []
    offset = 0
    for no, raw in enumerate(text.split("\n"), start=1):
        body = raw.lstrip(_SPACE)
        lead = len(raw) - len(body)
        body = body.rstrip(_SPACE + "\r")
        out.append(Line(no, offset + lead, body, fold(body)))
        offset += len(raw) + 1
    return out
