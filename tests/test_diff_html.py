"""Diff stage, the redline: ``planparse diff OLD NEW --format html`` opened in a real browser
(headless Chromium driven by Playwright), checked for what a reader sees: the summary
counts, a highlighted insertion, a merged item's links to its sources; on a phone-sized
screen and in print. Skips, saying why, where Chromium or Playwright is not installed
(see the README: ``apt-get install chromium`` and ``pip install -e '.[browser]'``).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import SEED
from test_diff import Draft, diff_cli

import plan_parser
from plan_parser.compare.html import to_html
from plan_parser.compare.run import diff


def chromium() -> str:
    """The Chromium to drive: $PLANPARSE_CHROMIUM, or the system's chromium."""
    path = os.environ.get("PLANPARSE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("no chromium installed (Debian: apt-get install -y chromium)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[browser]')")
    return path


def revision(seed_text: str) -> Draft:
    """A real notice revised as drafters do: two items merged, one split, a sentence moved,
    a target raised, a unit dropped, a sentence added to the preamble."""
    d = Draft(seed_text)
    d.merge(d.task("推行“雙創+産業園區”"), d.task("推行“雙創+骨幹企業”"))
    d.split(d.task("深化商事制度改革"), "實現企業開辦全流程一環節、零成本、半天辦結。")
    d.move_sentence(d.task("提高科技服務供給質量"), d.task("建立健全盡職免責機制"),
                    "加大專業化技術轉移人才培育力度,培育一批懂科技、精業務、善服務的技術經紀人人才團隊。")
    d.replace(d.task("打造創業創新公共服務平台"), "超過400家", "超過500家", "targets")
    d.replace(d.task("落實普惠性稅收措施"), "(責任單位:市稅務局)", "(責任單位:市稅務局、市财政局)", "units")
    d.replace(None, "特制定本方案", "結合我市實際,特制定本方案")
    return d


def write_pair(tmp_path: Path) -> tuple[Path, Path]:
    seed_text = plan_parser.clean(SEED.read_text(encoding="utf-8")).text
    old, new = tmp_path / "jinan-2022.txt", tmp_path / "jinan-2022-revised.txt"
    old.write_text(seed_text, encoding="utf-8")
    new.write_text(revision(seed_text).text(), encoding="utf-8")
    return old, new


def screenshot(html: Path, png: Path, width: int = 1200, executable: str | None = None) -> None:
    """A picture of the top of the page (used for docs/diff-report.png too)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable or chromium())
        page = browser.new_page(viewport={"width": width, "height": 1400})
        page.goto(html.resolve().as_uri())
        page.screenshot(path=str(png))
        browser.close()


def test_the_page_is_self_contained_and_escaped(tmp_path):
    old, new = write_pair(tmp_path)
    page = to_html(diff(plan_parser.extract(old), plan_parser.extract(new)))
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "http://" not in page and "https://" not in page and "<link" not in page  # nothing fetched
    bad = plan_parser.parse_text("某市方案\n\n一、任务\n\n1.加强<b>统筹</b>。定期研究。\n")
    worse = plan_parser.parse_text("某市方案\n\n一、任务\n\n1.加强<b>统筹</b>。定期研究<script>x</script>。\n")
    assert "<script>x" not in to_html(diff(bad, worse)) and "&lt;script&gt;x" in to_html(diff(bad, worse))


def test_a_reader_sees_the_redline_in_a_browser(tmp_path):
    exe = chromium()
    from playwright.sync_api import sync_playwright

    old, new = write_pair(tmp_path)
    report = tmp_path / "report.html"
    result = diff_cli()(old, new, "--format", "html", "-o", report)
    assert result.exit_code == 1, result.output
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(report.resolve().as_uri())
        # the summary counts, at the top
        summary = page.locator("section.summary")
        assert summary.locator("[data-count=merged] b").inner_text() == "1"
        assert summary.locator("[data-count=split] b").inner_text() == "1"
        assert summary.locator("[data-count=sentences_moved] b").inner_text() == "1"
        assert summary.bounding_box()["y"] < 200
        # a highlighted insertion: the raised target, green, in the new column
        ins = page.locator("article.rec .side.new ins", has_text="500").first
        assert ins.is_visible()
        assert ins.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(215, 245, 221)"
        assert page.locator("article.rec .side.old del", has_text="400").first.is_visible()
        # the merged item links to each of its sources, and the links lead there
        merged = page.locator("article.rec.merged")
        links = merged.locator(".links a")
        assert links.count() == 2 and "推行“雙創+骨幹企業”" in links.nth(1).inner_text()
        links.nth(1).click()
        target = page.locator(":target")
        assert "推行“雙創+骨幹企業”" in target.inner_text() and target.is_visible()
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        assert (tmp_path / "report.png").stat().st_size > 10_000
        # on a phone: one column, nothing wider than the screen
        page.set_viewport_size({"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        sides = merged.locator(".side")
        assert sides.nth(1).bounding_box()["y"] > sides.nth(0).bounding_box()["y"]
        page.screenshot(path=str(tmp_path / "report-phone.png"))
        # printed
        page.emulate_media(media="print")
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
        browser.close()
