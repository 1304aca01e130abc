#!/usr/bin/env python3
"""Renders the example journal's printable pages in headless Chromium:
`journal report --weeks 4 --format html` and `journal analyze --format html`.

- a screenshot of the report: a PNG of the size asked for that is not blank,
  with text, chart colours and the timeline's two marker colours on it;
- Chromium's DOM of the report (--dump-dom): the SVG elements of the therapist's
  page are there (the timeline with passive and movement markers and its
  legend, the relief step curves, the forest plot with its log axis);
- both pages printed to PDF (A4, the pages' print CSS): the expected number of
  pages, so that a section that no longer fits, or a page left mostly blank,
  shows up here. Standard library only.

Usage: html_screenshot.py JOURNAL_BINARY EXAMPLES_DIR CHROMIUM [OUT_DIR]
(OUT_DIR keeps report.png, report.pdf and analysis.pdf to look at.)
"""
import collections
import html.parser
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

WIDTH, HEIGHT = 1200, 1600


def read_png(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), f"unexpected PNG format {depth}/{color}"
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, bpp)])
        prev = line
    return width, height, rows


# The pages of the example journal printed on A4, as looked at. Report: 1
# who/when, timeline, findings and the follow-up table; 2 the relief curves;
# 3 the forest plot (26 rows with the pain:SITE factors) and the load
# charts; 4 the notes and two weeks' tables; 5 the other two weeks. Analysis:
# 1 findings, follow-up table, three sites' relief curves; 2 the last
# curves and the forest plot.
REPORT_PAGES = 5
ANALYSIS_PAGES = 2


def chromium(binary, tmp, env, *args):
    return subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           "--hide-scrollbars", f"--user-data-dir={os.path.join(tmp, 'profile')}", *args],
                          env=env, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120).stdout


def pdf_pages(path):
    """The number of page objects of a PDF as Chromium writes it."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", open(path, "rb").read()))


class Svg(html.parser.HTMLParser):
    """Counts elements by tag and class inside each <svg class=...>."""

    def __init__(self):
        super().__init__()
        self.svg = None
        self.count = collections.Counter()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "svg":
            self.svg = a.get("class", "")
            self.count[("svg", self.svg)] += 1
        elif self.svg is not None:
            self.count[(self.svg, tag + "." + a.get("class", ""))] += 1

    def handle_endtag(self, tag):
        if tag == "svg":
            self.svg = None


def main():
    binary, examples, browser = sys.argv[1:4]
    out = sys.argv[4] if len(sys.argv) > 4 else None
    tmp = tempfile.mkdtemp()
    out = out or tmp
    os.makedirs(out, exist_ok=True)
    report, analysis = os.path.join(tmp, "report.html"), os.path.join(tmp, "analysis.html")
    env = dict(os.environ, JOURNAL_NOW="2026-11-21T10:00:00+01:00", TZ="Europe/Berlin",
               JOURNAL_CONFIG=os.path.join(tmp, "none.toml"), NO_COLOR="1")
    journal = [binary, "--dir", os.path.join(examples, "journal")]
    subprocess.run(journal + ["report", "--weeks", "4", "--format", "html", "-o", report], env=env, check=True,
                   stderr=subprocess.DEVNULL)
    with open(analysis, "w") as f:
        subprocess.run(journal + ["analyze", "--format", "html"], env=env, check=True, stdout=f)

    png = os.path.join(out, "report.png")
    chromium(browser, tmp, env, f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}", "file://" + report)
    width, height, rows = read_png(png)
    print(f"screenshot {width}x{height}")
    assert (width, height) == (WIDTH, HEIGHT), f"expected {WIDTH}x{HEIGHT}"
    pixels = [p for row in rows[::2] for p in row[::2]]
    non_white = sum(1 for p in pixels if min(p) < 235) / len(pixels)
    blue = sum(1 for r, g, b in pixels if b > 150 and r < 90 and 90 < g < 150)  # the first site (#1f77b4)
    dark = sum(1 for p in pixels if max(p) < 80)  # text
    orange = sum(1 for r, g, b in pixels if r > 190 and 60 < g < 130 and b < 60)  # passive markers (#d95f02)
    teal = sum(1 for r, g, b in pixels if r < 80 and 130 < g < 185 and 90 < b < 150)  # movement markers (#1b9e77)
    print(f"non-white {non_white:.1%}, chart-blue {blue > 0}, text {dark > 0}, "
          f"passive-orange {orange > 0}, movement-green {teal > 0}")
    assert non_white > 0.02, "the page looks blank"
    assert blue > 0 and dark > 0, "no chart or no text"
    assert orange > 0 and teal > 0, "no passive or no movement marker on the screen"

    dom = chromium(browser, tmp, env, "--dump-dom", "file://" + report).decode()
    svg = Svg()
    svg.feed(dom)
    c = svg.count
    for key, least in [(("svg", "timeline"), 1), (("timeline", "polygon.mark-passive"), 2),
                       (("timeline", "polygon.mark-movement"), 2), (("timeline", "g.legend"), 1),
                       (("timeline", "line.threshold"), 1), (("svg", "relief-curves"), 1),
                       (("relief-curves", "path.km"), 2), (("svg", "forest"), 1), (("forest", "g.log-axis"), 1),
                       (("forest", "rect.rr"), 1), (("forest", "line.ci"), 1)]:
        print(f"{key[0]} {key[1]}: {c[key]}")
        assert c[key] >= least, f"expected at least {least} of {key} in Chromium's DOM"
    # The page has no script and fetched nothing: the DOM holds no script either.
    assert "<script" not in dom

    for page, pdf, expected in [(report, "report.pdf", REPORT_PAGES), (analysis, "analysis.pdf", ANALYSIS_PAGES)]:
        path = os.path.join(out, pdf)
        chromium(browser, tmp, env, f"--print-to-pdf={path}", "--no-pdf-header-footer", "file://" + page)
        n = pdf_pages(path)
        print(f"{pdf}: {n} pages")
        assert n == expected, f"{pdf}: expected {expected} A4 pages, got {n}"
    print("ok")


if __name__ == "__main__":
    main()
