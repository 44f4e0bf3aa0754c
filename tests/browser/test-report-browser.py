#!/usr/bin/python3
# test-report-browser.py: the HTML report in a real browser.
#
# Writes the report of the 2026 evaluation of the Cœur & Sud Avesnois
# contract with `cls-tool report`, then opens it in headless Chromium
# (Debian's `chromium`). Two tests, by MODE:
#
#   dom: --dump-dom: the DOM the browser built has one row per indicator of
#        the JSON evaluation (`cls-tool evaluate --format json`), with the
#        same data-status, one section per axis, each with an SVG, and no
#        script; then --screenshot: a PNG of the expected size, not blank,
#        left in OUTPUT_DIR;
#   pdf: --print-to-pdf: an A4 PDF whose page count (its /Type /Page
#        objects) is at least the axes plus two (each axis starts a page)
#        and at most a bound derived from the number of indicators.
#
# Usage: test-report-browser.py dom|pdf CLS_TOOL EXAMPLES_DIR OUTPUT_DIR
# Exit status 77 (skipped) when chromium is not installed.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

TIMEOUT = 180
SKIP = 77
CONTRACT = 'cls-coeur-sud-avesnois-2025-2028.cls.xml'
WIDTH, HEIGHT = 1280, 2000


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def find_chromium():
    for name in (os.environ.get('CHROMIUM'), 'chromium', 'chromium-browser'):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def run(args, **kwargs):
    print('$ ' + ' '.join(args), flush=True)
    return subprocess.run(args, check=True, timeout=TIMEOUT, **kwargs)


class Chromium:
    def __init__(self, program):
        self.program = program
        # A profile of its own: tests may run at the same time
        self.profile = tempfile.mkdtemp(prefix='cls-chromium-')

    def close(self):
        shutil.rmtree(self.profile, ignore_errors=True)

    def __call__(self, *args, capture=False):
        command = [self.program, '--headless', '--no-sandbox', '--disable-gpu',
                   '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
                   '--disable-extensions', '--hide-scrollbars', '--user-data-dir=' + self.profile,
                   *args]
        result = run(command, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                     stderr=subprocess.PIPE)
        return result.stdout.decode('utf-8') if capture else None


class DomReader(html.parser.HTMLParser):
    """The rows, sections and scripts of the DOM Chromium dumped."""

    def __init__(self):
        super().__init__()
        self.rows = []
        self.axes = []
        self.svg_in_axis = {}
        self.scripts = 0
        self.lang = None
        self.title = ''
        self._in_title = False
        self._axis_depth = []
        self._section_depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html':
            self.lang = a.get('lang')
        elif tag == 'title' and not self.title:
            self._in_title = True
        elif tag == 'script':
            self.scripts += 1
        elif tag == 'tr' and 'data-indicator-id' in a:
            self.rows.append((a['data-indicator-id'], a.get('data-status')))
        elif tag == 'section':
            self._section_depth += 1
            if a.get('class') == 'axis':
                self.axes.append(a.get('data-node-id'))
                self._axis_depth.append(self._section_depth)
        elif tag == 'svg' and self._axis_depth:
            self.svg_in_axis[self.axes[-1]] = self.svg_in_axis.get(self.axes[-1], 0) + 1

    def handle_endtag(self, tag):
        if tag == 'title':
            self._in_title = False
        elif tag == 'section':
            if self._axis_depth and self._axis_depth[-1] == self._section_depth:
                self._axis_depth.pop()
            self._section_depth -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def png_size_and_variety(path):
    with open(path, 'rb') as f:
        data = f.read()
    check(data[:8] == b'\x89PNG\r\n\x1a\n', 'the screenshot is not a PNG')
    width, height = struct.unpack('>II', data[16:24])
    # Concatenate the IDAT chunks and look at the pixels' bytes
    pos, idat = 8, b''
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        if kind == b'IDAT':
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    pixels = zlib.decompress(idat)
    return width, height, len(set(pixels[:2_000_000])), len(data)


def pdf_pages(path):
    with open(path, 'rb') as f:
        data = f.read()
    check(data.startswith(b'%PDF-'), 'not a PDF')
    pages = len(re.findall(rb'/Type\s*/Page(?![a-zA-Z])', data))
    boxes = re.findall(rb'/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]', data)
    return pages, [(float(w), float(h)) for w, h in boxes]


def print_to_pdf(chromium, url, pdf, n_axes, n_indicators):
    chromium(f'--print-to-pdf={pdf}', '--no-pdf-header-footer', url)
    check(os.path.exists(pdf), 'no PDF')
    pages, boxes = pdf_pages(pdf)
    # Each axis starts a page, after the summary, and the review starts one:
    # at least the axes plus two. At most a third of a page per indicator,
    # two pages per axis and four for the rest.
    low = n_axes + 2
    high = 4 + 2 * n_axes + (n_indicators + 2) // 3
    check(low <= pages <= high, f'{pages} pages, expected {low} to {high}')
    check(boxes and all(abs(w - 595) < 2 and abs(h - 842) < 2 for w, h in boxes),
          f'pages are not A4: {set(boxes)}')
    print(f'PDF: {pdf}, {pages} A4 pages (expected {low} to {high})')
    return 0


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ('dom', 'pdf'):
        print('usage: test-report-browser.py dom|pdf CLS_TOOL EXAMPLES_DIR OUTPUT_DIR')
        return 2
    mode, tool, examples, output = sys.argv[1:]
    program = find_chromium()
    if program is None:
        print('chromium not found: skipped')
        return SKIP

    os.makedirs(output, exist_ok=True)
    contract = os.path.join(examples, CONTRACT)
    report = os.path.abspath(os.path.join(output, f'report-avesnois-2026-{mode}.html'))
    screenshot = os.path.abspath(os.path.join(output, 'report-avesnois-2026.png'))
    pdf = os.path.abspath(os.path.join(output, 'report-avesnois-2026.pdf'))
    for path in (report, screenshot if mode == 'dom' else pdf):
        if os.path.exists(path):
            os.unlink(path)

    run([tool, 'report', contract, '--period', '2026', '-o', report], stdout=subprocess.DEVNULL)
    evaluation = json.loads(run([tool, 'evaluate', contract, '--period', '2026', '--format', 'json'],
                                stdout=subprocess.PIPE).stdout)
    indicators = [(i['id'], i['status']) for i in evaluation['indicators']]
    axes = [n['id'] for n in evaluation['nodes'] if n['depth'] == 1]
    url = 'file://' + report

    chromium = Chromium(program)
    try:
        if mode == 'pdf':
            return print_to_pdf(chromium, url, pdf, len(axes), len(indicators))

        # The DOM
        reader = DomReader()
        reader.feed(chromium('--dump-dom', url, capture=True))
        check(reader.lang == 'fr', f'lang is {reader.lang!r}')
        check(reader.title.strip() != '', 'no title')
        check(reader.scripts == 0, 'the report has a script')
        check(len(reader.rows) == len(indicators),
              f'{len(reader.rows)} indicator rows for {len(indicators)} indicators')
        statuses = dict(reader.rows)
        check(len(statuses) == len(reader.rows), 'an indicator has two rows')
        for id, status in indicators:
            check(id in statuses, f'no row for {id}')
            check(statuses[id] == status, f'{id}: data-status {statuses[id]}, JSON {status}')
        check(reader.axes == axes, f'axes {reader.axes}, JSON {axes}')
        for axis in axes:
            check(reader.svg_in_axis.get(axis, 0) >= 1, f'no SVG in the section of {axis}')
        print(f'DOM: {len(reader.rows)} rows, statuses as in the JSON; {len(axes)} axes with SVG')

        # A screenshot
        chromium(f'--screenshot={screenshot}', f'--window-size={WIDTH},{HEIGHT}', url)
        check(os.path.exists(screenshot), 'no screenshot')
        width, height, variety, size = png_size_and_variety(screenshot)
        check((width, height) == (WIDTH, HEIGHT), f'screenshot of {width}×{height}')
        check(variety > 16 and size > 20_000, 'the screenshot looks blank')
        print(f'screenshot: {screenshot}, {width}×{height}, {size} bytes')
    except Failure as e:
        print(f'FAIL: {e}')
        return 1
    except subprocess.TimeoutExpired as e:
        print(f'FAIL: timed out: {e}')
        return 1
    except subprocess.CalledProcessError as e:
        print(f'FAIL: {e}\n{(e.stderr or b"").decode("utf-8", "replace")[-2000:]}')
        return 1
    finally:
        chromium.close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
