#!/usr/bin/python3
# test_report.py: the HTML report (Cls.Report) through PyGObject. The
# report of each example is read back with Python's XML parser (it is
# HTML5 written in XML syntax); every indicator of the JSON evaluation has
# one row whose data-status is its JSON status; properties, saving and
# asynchronous saving work from Python.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import tempfile
import unittest
import xml.etree.ElementTree as ET

import gi

gi.require_version('Cls', '1.0')
from gi.repository import Cls, Gio, GLib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.environ.get('CLS_EXAMPLES_DIR') or os.path.join(HERE, '..', '..', 'examples')
FILES = [
    'tutorial.cls.xml',
    'cls-coeur-sud-avesnois-2025-2028.cls.xml',
    'clsi-marque-melantois-2025-2028.cls.xml',
]
SVG = '{http://www.w3.org/2000/svg}svg'


def load(filename):
    return Cls.Loader.new().load_from_path(os.path.join(EXAMPLES, filename))


def evaluate(contract, period):
    evaluator = Cls.Evaluator.new()
    evaluator.set_period(Cls.Period.parse(period))
    return evaluator.evaluate(contract, None)


def parse(html_bytes):
    data = html_bytes.get_data() if hasattr(html_bytes, 'get_data') else bytes(html_bytes)
    text = data.decode('utf-8')
    assert text.startswith('<!DOCTYPE html>\n')
    return ET.fromstring(text)


def rows(root):
    return [tr for tr in root.iter('tr') if 'data-indicator-id' in tr.attrib]


class TestReport(unittest.TestCase):
    def test_examples_match_json(self):
        for filename in FILES:
            with self.subTest(filename=filename):
                contract = load(filename)
                evaluation = evaluate(contract, '2026')
                report = Cls.Report.new(evaluation)
                report.set_previous(evaluate(contract, '2025'))
                root = parse(report.to_html())
                document = json.loads(evaluation.to_json(False))

                self.assertEqual(root.get('lang'), 'fr')
                found = [(tr.get('data-indicator-id'), tr.get('data-status')) for tr in rows(root)]
                expected = [(i['id'], i['status']) for i in document['indicators']]
                self.assertEqual(found, expected)

                axes = [s for s in root.iter('section') if s.get('class') == 'axis']
                top = [n for n in document['nodes'] if n['depth'] == 1]
                self.assertEqual([s.get('data-node-id') for s in axes], [n['id'] for n in top])
                for section in axes:
                    self.assertTrue(any(True for _ in section.iter(SVG)), section.get('data-node-id'))
                self.assertFalse(any(True for _ in root.iter('script')))

    def test_properties(self):
        contract = load('tutorial.cls.xml')
        evaluation = evaluate(contract, '2026')
        previous = evaluate(contract, '2025')
        report = Cls.Report.new(evaluation)
        self.assertEqual(report.props.language, 'fr')
        self.assertIsNone(report.props.previous)
        self.assertIsNone(report.props.title)
        self.assertEqual(report.props.evaluation, evaluation)

        report.props.previous = previous
        report.props.language = 'en'
        report.props.title = 'COPIL "2026" & <co>'
        root = parse(report.to_html())
        self.assertEqual(root.get('lang'), 'en')
        self.assertEqual(''.join(next(root.iter('h1')).itertext()), 'COPIL "2026" & <co>')
        changes = [s for s in root.iter('section') if s.get('id') == 'changes'][0]
        self.assertTrue(any(True for _ in changes.iter('table')))

        report.set_previous(None)
        root = parse(report.to_html())
        changes = [s for s in root.iter('section') if s.get('id') == 'changes'][0]
        self.assertEqual([p.get('class') for p in changes.iter('p')], ['no-previous'])

    def test_save(self):
        contract = load('tutorial.cls.xml')
        report = Cls.Report.new(evaluate(contract, '2026'))
        expected = report.to_html().get_data()
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, 'report.html')
            self.assertTrue(report.save_to_file(Gio.File.new_for_path(path), None))
            with open(path, 'rb') as f:
                self.assertEqual(f.read(), expected)

            async_path = os.path.join(folder, 'async.html')
            loop = GLib.MainLoop()
            outcome = {}

            def done(source, result):
                outcome['ok'] = source.save_to_file_finish(result)
                loop.quit()

            report.save_to_file_async(Gio.File.new_for_path(async_path), None, done)
            GLib.timeout_add_seconds(30, loop.quit)
            loop.run()
            self.assertTrue(outcome.get('ok'))
            with open(async_path, 'rb') as f:
                self.assertEqual(f.read(), expected)

            with self.assertRaises(GLib.Error):
                report.save_to_file(Gio.File.new_for_path(os.path.join(folder, 'no', 'such.html')), None)


if __name__ == '__main__':
    unittest.main(verbosity=2)
