"""Notices as people receive them: .docx, saved web pages and PDFs read like the .txt notice.

The real notices of the corpus (and the sample) are turned, at test time, into a .docx
(python-docx: a paragraph a line, a real table for tab-separated rows, a page footer with
a page number), a web page (paragraphs, a table, and a site header, navigation, footer and
script the reader must drop) and a PDF (LibreOffice headless prints the .docx; the PDF tests
skip, saying so, where LibreOffice is absent). Each must give the same tasks, units and
targets as the .txt: path, title, units with roles, deadline and targets, apart from
provenance (line numbers) and the file name.
"""
from __future__ import annotations

import functools
import html
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from typer.testing import CliRunner

import plan_parser
from conftest import CORPUS, SEED, corpus_files
from plan_parser import InputError
from plan_parser.batch import expand
from plan_parser.cli import app
from plan_parser.parse.read import read_bytes, read_path

docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install 'planparse[formats]')")

NOTICES = [SEED, *(p for p in corpus_files() if p.name != SEED.name)]  # the corpus holds the sample too
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# The same notice in a PDF reads differently, for a cause named here (strict: a fix must remove the line).
PDF_DIFFERS = {
    "c2_32_mee-paiwu-xuke-zhifa-2022": "a flattened text (the notice in a few lines of thousands of characters): "
                                       "the PDF's wrapped lines that open with （九） are read as new items",
}


# --- converters: a .txt notice -> .docx, .html, .pdf ----------------------------------------
def blocks(text: str) -> list[tuple[str, object]]:
    """("p", line) per line, ("table", rows of cells) per run of tab-separated lines."""
    out: list[tuple[str, object]] = []
    for line in text.split("\n"):
        if "\t" not in line:
            out.append(("p", line))
        elif out and out[-1][0] == "table":
            out[-1][1].append(line.split("\t"))
        else:
            out.append(("table", [line.split("\t")]))
    return out


def to_docx(text: str, dest: Path, footer: str = "— 1 —") -> Path:
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = footer  # page furniture: never read
    for kind, body in blocks(text):
        if kind == "p":
            document.add_paragraph(body)
            continue
        table = document.add_table(rows=len(body), cols=max(len(row) for row in body))
        table.style = "Table Grid"  # ruled, as notices print their tables
        for r, row in enumerate(body):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    document.save(dest)
    return dest


PAGE_HEAD = ("<!DOCTYPE html><html><head><meta charset='{charset}'><title>首页</title>"
             "<script>var x = '一、不是任务';</script><style>p {{ margin: 0 }}</style></head><body>"
             "<header><div class='logo'>某某市人民政府门户网站</div>"
             "<nav><a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a> &gt; 文件</nav></header>"
             "<div role='navigation'>一、网站导航 二、政务服务</div>\n<div class='content'>\n")
PAGE_FOOT = ("</div><aside>相关文件：一、另一个通知</aside><div style='display: none'>（一）隐藏</div>"
             "<footer>主办：某某市人民政府办公厅 版权所有 粤ICP备00000000号</footer></body></html>")


def to_html(text: str, dest: Path, charset: str = "utf-8") -> Path:
    parts = [PAGE_HEAD.format(charset=charset)]
    for kind, body in blocks(text):
        if kind == "p":
            parts.append(f"<p>{html.escape(body)}</p>\n" if body else "<br>\n")
        else:
            rows = ("<tr>" + "".join(f"<td>\n  {html.escape(c)}</td>" for c in row) + "</tr>\n" for row in body)
            parts.append("<table border='1'><tbody>\n" + "".join(rows) + "</tbody></table>\n")
    parts.append(PAGE_FOOT)
    dest.write_bytes("".join(parts).encode(charset))
    return dest


def to_pdf(sources: list[Path], out: Path) -> None:
    """Print the .docx files to PDF with LibreOffice headless (one run for all: it starts slowly)."""
    profile = (out / "lo-profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, sources)], check=True, capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    """Every notice as .docx and .html (and .pdf where LibreOffice is), in one directory."""
    out = tmp_path_factory.mktemp("formats")
    made = []
    for path in NOTICES:
        text = path.read_text(encoding="utf-8")
        made.append(to_docx(text, out / f"{path.stem}.docx"))
        to_html(text, out / f"{path.stem}.html")
    if SOFFICE:
        to_pdf(made, out)
    return out


@functools.lru_cache(maxsize=None)
def facts(path) -> list[dict]:
    """What must not change with the format: each task's place, title, units, deadline and targets."""
    rows = []
    for task in plan_parser.tasks(plan_parser.extract(path)):
        row = task.model_dump(mode="json")
        rows.append({"attachment": row["attachment"], "path": row["path"], "title": row["title"],
                     "units": row["units"], "deadline": row["deadline"],
                     "targets": [{k: v for k, v in t.items() if k != "span"} for t in row["targets"]]})
    return rows


def unplaced(value):
    """``value`` without its provenance (``span`` entries): where a thing sits depends on the format."""
    if isinstance(value, dict):
        return {k: unplaced(v) for k, v in value.items() if k != "span"}
    if isinstance(value, list):
        return [unplaced(v) for v in value]
    return value


def _cases():
    for fmt in ("docx", "html", "pdf"):
        for path in NOTICES:
            marks = []
            if fmt == "pdf" and path.stem in PDF_DIFFERS:
                marks.append(pytest.mark.xfail(strict=True, reason=PDF_DIFFERS[path.stem]))
            yield pytest.param(fmt, path, id=f"{fmt}-{path.stem}", marks=marks)


@pytest.mark.parametrize("fmt,path", list(_cases()))
def test_same_tasks_in_every_format(fmt, path, converted):
    if fmt == "pdf" and not SOFFICE:
        pytest.skip("LibreOffice (soffice) is absent: apt-get install libreoffice-writer-nogui fonts-noto-cjk")
    other = converted / f"{path.stem}.{fmt}"
    assert facts(other) == facts(path)


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_same_notice_head(fmt, converted):
    """Beyond the tasks, the notice's head and plan title come through (checked on every notice)."""
    for path in NOTICES:
        want, got = plan_parser.extract(path), plan_parser.extract(converted / f"{path.stem}.{fmt}")
        assert unplaced(got.notice.model_dump()) == unplaced(want.notice.model_dump()), path.stem
        assert [p.title for p in got.plans] == [p.title for p in want.plans], path.stem


def test_docx_table_rows_read_as_tab_joined_lines(converted):
    """Corpus 21's tables (its head fields and its indicator table) come back as the .txt wrote them."""
    name = "21_guangzhou-jiating-yisheng-qianyue-2023"
    if not (CORPUS / "raw" / f"{name}.txt").exists():
        pytest.skip("the shared corpus is absent")
    want = [ln.strip() for ln in (CORPUS / "raw" / f"{name}.txt").read_text(encoding="utf-8").split("\n")]
    got = [ln.strip() for ln in read_path(converted / f"{name}.docx").text.split("\n")]
    assert [ln.rstrip("\t") for ln in got if "\t" in ln] == [ln.rstrip("\t") for ln in want if "\t" in ln]


# --- .docx ----------------------------------------------------------------------------------------
def test_docx_merged_cells_are_read_once(tmp_path):
    """A 任务分工表 merges 一级任务 down its rows and a heading across its columns: each is read once,
    in the first row it covers, as a table copied out of Word gives it."""
    document = docx.Document()
    document.add_paragraph("附件")
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "重点任务分工表"
    for r, (task, lead) in enumerate([("1.推进签约服务", "市卫生健康委"), ("2.落实经费保障", "市财政局")], start=2):
        table.cell(r, 1).text, table.cell(r, 2).text = task, lead
    table.cell(1, 0).text, table.cell(1, 1).text, table.cell(1, 2).text = "一级任务", "具体措施", "牵头单位"
    table.cell(2, 0).merge(table.cell(3, 0)).text = "一、扩大覆盖"
    document.save(tmp_path / "table.docx")
    assert read_path(tmp_path / "table.docx").text.split("\n") == [
        "附件", "重点任务分工表", "一级任务\t具体措施\t牵头单位", "一、扩大覆盖\t1.推进签约服务\t市卫生健康委",
        "2.落实经费保障\t市财政局"]


def test_docx_runs_wherever_they_sit(tmp_path):
    """Text inside a hyperlink, a tracked insertion and a content control is read; deleted text and
    a field's code are not; a tab after a typed marker is spacing, not a table cell."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("（一）\t加强组织领导。")
    section = document.element.body[-1]  # the section properties stay last
    section.addprevious(parse_xml(
        f'<w:p {w}><w:r><w:t>由</w:t></w:r><w:hyperlink><w:r><w:t>市发展改革委</w:t></w:r></w:hyperlink>'
        f'<w:ins><w:r><w:t>牵头</w:t></w:r></w:ins><w:del><w:r><w:delText>负责</w:delText></w:r></w:del>'
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>。</w:t><w:br/><w:t>2025年底前完成。</w:t></w:r></w:p>'))
    section.addprevious(parse_xml(f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>（二）强化保障。</w:t></w:r></w:p>'
                          f'</w:sdtContent></w:sdt>'))
    document.save(tmp_path / "runs.docx")
    lines = read_path(tmp_path / "runs.docx").text.split("\n")
    assert lines == ["（一）\u3000加强组织领导。", "由市发展改革委牵头。", "2025年底前完成。", "（二）强化保障。"]


def test_docx_automatic_numbers_written_in(tmp_path):
    """Word keeps a numbered list's numbers out of the text: they are counted and written in
    (一、 （一） 1. by list level, restarting below a new item), so the plan's tree is found."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = [("chineseCounting", "%1、", "nothing"), ("chineseCounting", "（%2）", "nothing"), ("decimal", "%3.", "tab")]
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90">' + "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:suff w:val="{suff}"/></w:lvl>' for i, (fmt, text, suff) in enumerate(levels)) + "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    document.add_paragraph("某某市推进签约服务实施方案")
    for text, level in [("总体要求", 0), ("加强领导。", 1), ("重点任务", 0), ("推进签约。（牵头单位：市卫生健康委）", 1),
                        ("细化措施。", 2), ("落实经费。", 2)]:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    document.add_paragraph("附则", style="List Number")  # numbered through its style: decimal
    document.save(tmp_path / "numbered.docx")
    assert read_path(tmp_path / "numbered.docx").text.split("\n") == [
        "某某市推进签约服务实施方案", "一、总体要求", "（一）加强领导。", "二、重点任务", "（一）推进签约。（牵头单位：市卫生健康委）",
        "1.\u3000细化措施。", "2.\u3000落实经费。", "1.\u3000附则"]
    rows = plan_parser.tasks(plan_parser.extract(tmp_path / "numbered.docx"))
    assert [row.path for row in rows][:3] == [[1, 1], [2, 1, 1], [2, 1, 2]]


def test_docx_without_text_and_broken_docx(tmp_path):
    docx.Document().save(tmp_path / "empty.docx")
    with pytest.raises(InputError, match="no text to read"):
        read_path(tmp_path / "empty.docx")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a package")
    with pytest.raises(InputError, match="not a DOCX file"):
        read_path(tmp_path / "broken.docx")


def test_word_97_file_is_refused_in_plain_words(tmp_path):
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InputError, match=r"Word 97-2003 \(\.doc\).*save it as \.docx"):
        read_path(tmp_path / "old.doc")


# --- web pages -------------------------------------------------------------------------------------
def page(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode("utf-8")


def test_page_furniture_is_dropped_and_the_article_header_kept():
    body = ("<header>市政府网站</header><nav>首页 &gt; 文件</nav>"
            "<article><header><h1>关于印发某某方案的通知</h1></header><p>各区人民政府：</p>"
            "<p>　　现印发给你们。<br>请认真贯彻执行。</p><footer>（此件公开发布）</footer></article>"
            "<aside>相关链接</aside><footer>版权所有</footer><script>一、脚本</script>")
    assert read_bytes(page(body), "a.html").text.split("\n") == [
        "关于印发某某方案的通知", "各区人民政府：", "　　现印发给你们。", "请认真贯彻执行。", "（此件公开发布）"]


def test_page_furniture_named_by_class_dropped_and_attachment_links_kept():
    """A government site built of <div>s: banner, menus, breadcrumb and footer go by their class or
    id and by being lists of short links; the article's head and its attachments' long links stay."""
    body = ("<div class='header'><div id='topNav'>首页 | 简 | 繁 | English</div></div>"
            "<div class='menu-wrap'><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li>"
            "<li><a>互动交流</a></li></ul></div><div class='site_crumb'>当前位置：首页 &gt; 政策文件</div>"
            "<div class='article-header'><h2>关于印发某某方案的通知</h2></div><div class='content'>"
            "<p>各区人民政府：</p><div class='fj'><a>1.某某市推进签约服务实施方案.docx</a><a>2.重点任务分工表.xlsx</a>"
            "<a>3.某某市评价指标体系.pdf</a></div></div><div id='footer'><p>主办：某某市人民政府办公厅</p></div>")
    assert read_bytes(page(body), "a.html").text.split("\n") == [
        "关于印发某某方案的通知", "各区人民政府：", "1.某某市推进签约服务实施方案.docx2.重点任务分工表.xlsx3.某某市评价指标体系.pdf"]


def test_page_main_region_preferred_and_white_space_collapsed():
    body = ("<div class='top'>网站首页 | English</div><main><div>一、总体要求\n   (continued   here)</div>"
            "<div><div>（一）目标。<span>到2025年</span>，<b>达到</b> 80%。</div></div></main>")
    assert read_bytes(page(body), "a.htm").text.split("\n") == ["一、总体要求 (continued here)",
                                                                "（一）目标。到2025年，达到 80%。"]


def test_page_table_cells_tab_joined_with_their_own_lines():
    """Empty cells are kept (regression, bulk b00025: a row ``2<tab>`` that lost its tab became item 2.)."""
    body = ("<table><tr><th>序号</th><th>任务</th><th>牵头单位</th><th></th></tr>"
            "<tr><td>1</td><td><p>推进签约</p><p>扩大覆盖</p></td><td>市卫生健康委</td><td> </td></tr></table>")
    assert read_bytes(page(body), "t.html").text.split("\n") == ["序号\t任务\t牵头单位\t", "1\t推进签约", "扩大覆盖\t市卫生健康委\t"]


def test_page_laid_out_in_a_table_reads_its_article_as_lines():
    """An older site lays the page out in a table: the article's one cell gives lines, not a row."""
    body = ("<table><tr><td width='20'></td><td><div>关于印发某某方案的通知</div><p>一、总体要求</p>"
            "<p>（一）加强领导。</p></td><td></td></tr></table>")
    lines = read_bytes(page(body), "old.htm").text.split("\n")
    assert lines == ["关于印发某某方案的通知", "一、总体要求", "（一）加强领导。"]
    doc = plan_parser.parse_bytes(page(body), "old.htm")
    assert [s.title for s in doc.plan.sections] == ["总体要求"]


def test_page_in_gb18030_read_whatever_its_meta_says(tmp_path):
    path = to_html("关于做好就业工作的通知\n一、总体要求", tmp_path / "gbk.htm", charset="gb18030")
    source = read_path(path)
    assert source.text.split("\n") == ["关于做好就业工作的通知", "一、总体要求"]
    assert source.encoding == "html:gb18030"


TEXT = st.text(st.sampled_from("关于印发方案通知一二三、。，；：（）《》“”0123456789ABCxyz%<>&\u3000"), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXT.filter(lambda t: t.strip("\u3000")), min_size=1, max_size=8))
def test_page_lines_come_back_as_written(lines):
    """Any lines put in <p>s of a page (with its furniture) are read back exactly, in order."""
    data = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines)
    assert read_bytes(page(f"<nav>首页</nav>{data}<footer>版权</footer>"), "p.html").text.split("\n") == lines


def test_page_without_text():
    with pytest.raises(InputError, match="no text to read"):
        read_bytes(page("<nav>首页</nav><script>x()</script>"), "empty.html")


def test_page_found_by_its_bytes_without_a_name():
    doc = plan_parser.parse_bytes(page("<p>关于印发某某方案的通知</p><p>一、总体要求</p>"))
    assert doc.source.encoding == "html:utf-8"


# --- PDF -------------------------------------------------------------------------------------------
def test_scanned_pdf_says_it_has_no_text(tmp_path):
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "scanned notice, no text layer", fill=0)
    image.save(tmp_path / "scan.pdf")
    with pytest.raises(InputError) as err:
        read_path(tmp_path / "scan.pdf")
    assert "no text layer" in str(err.value) and "\n" not in str(err.value)


def test_named_pdf_that_is_not_one(tmp_path):
    (tmp_path / "x.pdf").write_text("关于印发某某方案的通知", encoding="utf-8")
    with pytest.raises(InputError, match=r"named \.pdf but is not a PDF"):
        read_path(tmp_path / "x.pdf")


def spaced(line: str) -> str:
    """``line`` with its white space (ASCII, ideographic, no-break) written as one ASCII space."""
    return " ".join(line.replace("\u3000", " ").replace("\xa0", " ").split())


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is absent: no PDF to read")
@pytest.mark.parametrize("path", NOTICES[:6], ids=lambda p: p.stem)
def test_pdf_page_numbers_dropped_and_paragraphs_joined(path, converted):
    """Every long paragraph, wrapped over several lines in the PDF, is one line again; but for a
    paragraph whose last line happens to fill the line, on a page without first-line indents (at
    most one in twenty: such a line cannot be told from a wrapped one)."""
    text = read_path(converted / f"{path.stem}.pdf").text
    assert "— 1 —" not in text
    want = {spaced(ln) for ln in path.read_text(encoding="utf-8").split("\n") if len(ln.strip()) > 60 and "\t" not in ln}
    got = {spaced(ln) for ln in text.split("\n")}
    assert len(want - got) <= len(want) // 20, sorted(want - got)


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is absent: no PDF to read")
def test_pdf_from_stdin(converted):
    result = CliRunner().invoke(app, ["extract", "-", "--format", "json", "-q"],
                                input=(converted / f"{SEED.stem}.pdf").read_bytes())
    assert result.exit_code == 0, result.stderr
    assert '"encoding": "pdf"' in result.stdout


# --- directory runs and start-up -------------------------------------------------------------------
def test_directory_runs_take_every_format(converted, tmp_path):
    for name in ("a.docx", "b.html"):
        shutil.copy(converted / f"{SEED.stem}.{name[2:]}", tmp_path / name)
    (tmp_path / "c.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "notes.md").write_text("not a notice", encoding="utf-8")
    found = expand([str(tmp_path)])
    assert [Path(p).name for p in found.paths] == ["a.docx", "b.html", "c.txt"]
    assert [Path(p).name for p in found.skipped] == ["notes.md"]
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") == 3


def test_directory_walk_skips_dot_entries_and_linked_directories(tmp_path):
    """A directory's files at any depth, sorted as paths; dot files and dot directories left
    out; a link to a file taken, a link to a directory not followed, a broken link not a file."""
    for name in ("a/x.txt", "a/b/y.html", ".git/z.txt", "c/.h.txt", "c/n.md", "top.pdf", "a-b.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("通知", encoding="utf-8")
    (tmp_path / "linkdir").symlink_to(tmp_path / "a")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a" / "x.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere")
    found = expand([str(tmp_path)])
    names = [str(Path(p).relative_to(tmp_path)) for p in found.paths]
    assert names == ["a/b/y.html", "a/x.txt", "a-b.txt", "link.txt", "top.pdf"]  # (a/… before a-b: by parts)
    assert [Path(p).name for p in found.skipped] == ["n.md"]


def test_readers_are_loaded_only_when_needed():
    code = ("import sys, plan_parser; from plan_parser.parse.read import read_bytes; "
            "read_bytes('关于印发某某方案的通知'.encode()); "
            "print(sorted(m for m in ('docx', 'lxml', 'pdfplumber', 'pdfminer') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_stdin_docx_through_parse_bytes(tmp_path):
    path = to_docx("关于印发某某方案的通知\n一、总体要求\n（一）加强领导。", tmp_path / "n.docx")
    doc = plan_parser.parse_bytes(path.read_bytes(), "-")
    assert doc.source.encoding == "docx" and doc.source.newline == "none"
    assert [s.title for s in doc.plan.sections] == ["总体要求"]
