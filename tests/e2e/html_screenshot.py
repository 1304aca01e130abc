#!/usr/bin/env python3
"""Renders `journal report --format html` of the example journal in headless
Chromium and checks the screenshot: a PNG of the size asked for that is not
blank (text and chart colours on it). Standard library only.

Usage: html_screenshot.py JOURNAL_BINARY EXAMPLES_DIR CHROMIUM [OUT.png]
"""
import os
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


def main():
    binary, examples, chromium = sys.argv[1:4]
    out_png = sys.argv[4] if len(sys.argv) > 4 else None
    tmp = tempfile.mkdtemp()
    page = os.path.join(tmp, "report.html")
    env = dict(os.environ, JOURNAL_NOW="2026-11-21T10:00:00+01:00", TZ="Europe/Berlin",
               JOURNAL_CONFIG=os.path.join(tmp, "none.toml"), NO_COLOR="1")
    subprocess.run([binary, "--dir", os.path.join(examples, "journal"), "report", "--weeks", "4",
                    "--format", "html", "-o", page], env=env, check=True)
    png = out_png or os.path.join(tmp, "shot.png")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", f"--user-data-dir={os.path.join(tmp, 'profile')}",
                    f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}", "file://" + page],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    width, height, rows = read_png(png)
    print(f"screenshot {width}x{height}")
    assert (width, height) == (WIDTH, HEIGHT), f"expected {WIDTH}x{HEIGHT}"
    pixels = [p for row in rows[::4] for p in row[::4]]
    non_white = sum(1 for p in pixels if min(p) < 235) / len(pixels)
    # The first series colour (#1f77b4) of the intensity chart, roughly.
    blue = sum(1 for r, g, b in pixels if b > 150 and r < 90 and 90 < g < 150)
    dark = sum(1 for p in pixels if max(p) < 80)  # text
    print(f"non-white {non_white:.1%}, chart-blue {blue > 0}, text {dark > 0}")
    assert non_white > 0.02, "the page looks blank"
    assert blue > 0 and dark > 0, "no chart or no text"
    print("ok")


if __name__ == "__main__":
    main()
