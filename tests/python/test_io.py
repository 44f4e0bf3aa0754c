#!/usr/bin/python3
# test_io.py: loading and saving contracts through PyGObject.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import shutil
import tempfile
import unittest

import gi

gi.require_version('Cls', '1.0')
from gi.repository import Cls, Gio, GLib  # noqa: E402

EXAMPLES = os.environ.get('CLS_EXAMPLES_DIR') or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples')
TUTORIAL = os.path.join(EXAMPLES, 'tutorial.cls.xml')

MALFORMED = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
             b'<contract xmlns="urn:libcls:contract:1" format="1" id="t">\n'
             b'  <title>T</title>\n'
             b'  <period start="2025-01-01" end="2028-12-31"/>\n'
             b'  <plan>\n'
             b'</contract>\n')


def read(path):
    with open(path, 'rb') as f:
        return f.read()


class IoTest(unittest.TestCase):
    def test_load_tutorial(self):
        contract = Cls.Loader.new().load_from_path(TUTORIAL)
        self.assertEqual(contract.get_id(), 'cls-val-exemple')
        self.assertEqual(contract.get_state(), Cls.ContractState.AMENDED)
        self.assertEqual(contract.get_acronym(), 'CLS-VE')
        self.assertEqual(contract.props.acronym, 'CLS-VE')
        start = contract.get_start_date()
        self.assertEqual((start.get_year(), int(start.get_month()), start.get_day()), (2025, 1, 1))
        self.assertEqual([o.get_id() for o in contract.get_organisations()],
                         ['ars', 'ccve', 'cpam', 'cpts-ve', 'coord'])
        self.assertEqual(contract.lookup_organisation('ccve').get_aliases(), ['CCVE', 'CC du Val'])
        self.assertEqual(len(contract.get_communes()), 3)

        # Walk the whole tree.
        seen = []

        def walk(model):
            for node in model:
                seen.append((node.get_id(), node.get_depth(), len(node.get_indicators())))
                walk(node.get_children())

        walk(contract.get_nodes())
        self.assertEqual(seen[0], ('o1', 0, 0))
        self.assertIn(('fa-1-1', 1, 2), seen)
        self.assertIn(('op-1-2-1', 2, 1), seen)
        self.assertEqual(sum(n for _, _, n in seen), len(contract.dup_all_indicators()))

        fa11 = contract.lookup_node('fa-1-1')
        self.assertEqual(fa11.get_variant_title('sommaire'), "Séances d'éducation à la santé")
        self.assertEqual(fa11.get_deliverables_state(), Cls.DeliverablesState.LISTED)
        self.assertEqual([d.get_id() for d in fa11.get_deliverables()], ['fa11-d1', 'fa11-d2'])

    def test_measurements(self):
        contract = Cls.Contract.new_from_path(TUTORIAL)
        seances = contract.lookup_indicator('fa11-seances')
        values = [(seances.dup_measurement(i).dup_period().to_string(),
                   seances.dup_measurement(i).get_value())
                  for i in range(seances.get_n_measurements())]
        self.assertEqual(values, [('2025', 10.0), ('2026', 14.0)])
        self.assertTrue(seances.dup_measurement(0).get_illustrative())

        ratio = contract.lookup_indicator('fa11-satisfaction')
        self.assertEqual(ratio.get_kind(), Cls.IndicatorKind.RATIO)
        m = ratio.lookup_measurement(Cls.Period.parse('2025'))
        self.assertTrue(m.has_ratio())
        self.assertFalse(m.has_value())
        self.assertEqual((m.get_numerator(), m.get_denominator()), (81.0, 100.0))
        self.assertEqual(ratio.get_baseline().get_value(), 70.0)
        self.assertEqual([t.get_value() for t in ratio.get_targets()], [85.0])

        milestone = contract.lookup_indicator('fa12-msp')
        m = milestone.lookup_measurement(Cls.Period.new_year(2026))
        self.assertTrue(m.has_done())
        self.assertTrue(m.get_done())
        date = m.dup_date()
        self.assertEqual((date.get_year(), int(date.get_month()), date.get_day()), (2026, 11, 16))

        internes = contract.lookup_indicator('op121-internes')
        targets = list(internes.get_targets())
        self.assertEqual([t.get_value() for t in targets], [12.0, 20.0, 24.0])
        self.assertEqual(targets[0].get_period().to_string(), '2026')
        self.assertEqual(targets[2].get_amendment(), 'av-1')

    def test_round_trip(self):
        original = read(TUTORIAL)
        contract = Cls.Loader.new().load_from_bytes(GLib.Bytes.new(original), None)
        self.assertEqual(contract.to_bytes().get_data(), original)

    def test_load_stream(self):
        original = read(TUTORIAL)
        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(original))
        contract = Cls.Loader.new().load_from_stream(stream, 'tutorial', None)
        self.assertEqual(contract.get_id(), 'cls-val-exemple')

    def test_save_and_reload(self):
        directory = tempfile.mkdtemp(prefix='libcls-py-')
        try:
            path = os.path.join(directory, 'out.cls.xml')
            contract = Cls.Contract.new_from_path(TUTORIAL)
            contract.set_title('Titre modifié & <échappé>')
            self.assertTrue(contract.save_to_path(path))
            self.assertEqual(os.listdir(directory), ['out.cls.xml'])
            saved = read(path)
            self.assertIn('<title>Titre modifié &amp; &lt;échappé&gt;</title>'.encode(), saved)
            reloaded = Cls.Contract.new_from_path(path)
            self.assertEqual(reloaded.get_title(), 'Titre modifié & <échappé>')
            self.assertEqual(reloaded.to_bytes().get_data(), saved)
        finally:
            shutil.rmtree(directory)

    def test_malformed(self):
        loader = Cls.Loader.new()
        with self.assertRaises(GLib.Error) as caught:
            loader.load_from_bytes(GLib.Bytes.new(MALFORMED), None)
        error = caught.exception
        self.assertTrue(error.matches(Cls.contract_error_quark(), Cls.ContractError.MALFORMED),
                        error.message)
        self.assertFalse(error.matches(Cls.contract_error_quark(), Cls.ContractError.NESTING))
        self.assertTrue(error.message.startswith('<data>:6:'), error.message)

        directory = tempfile.mkdtemp(prefix='libcls-py-')
        try:
            path = os.path.join(directory, 'broken.cls.xml')
            with open(path, 'wb') as f:
                f.write(MALFORMED)
            with self.assertRaises(GLib.Error) as caught:
                loader.load_from_path(path)
            self.assertTrue(caught.exception.matches(Cls.contract_error_quark(),
                                                     Cls.ContractError.MALFORMED))
            self.assertTrue(caught.exception.message.startswith(path + ':6:'),
                            caught.exception.message)
        finally:
            shutil.rmtree(directory)

    def test_missing_file(self):
        with self.assertRaises(GLib.Error) as caught:
            Cls.Loader.new().load_from_path('/nonexistent/libcls/missing.cls.xml')
        self.assertTrue(caught.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND))

    def test_load_async(self):
        loop = GLib.MainLoop()
        result = {}

        def done(loader, res):
            try:
                result['contract'] = loader.load_from_file_finish(res)
            except GLib.Error as e:
                result['error'] = e
            loop.quit()

        loader = Cls.Loader.new()
        loader.load_from_file_async(Gio.File.new_for_path(TUTORIAL), None, done)
        GLib.timeout_add_seconds(30, loop.quit)
        loop.run()
        self.assertNotIn('error', result)
        self.assertEqual(result['contract'].get_id(), 'cls-val-exemple')

        # The error of a failed asynchronous load comes out of finish.
        result.clear()
        loader.load_from_file_async(Gio.File.new_for_path('/nonexistent/x.cls.xml'), None, done)
        loop.run()
        self.assertNotIn('contract', result)
        self.assertTrue(result['error'].matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND))

    def test_save_async(self):
        directory = tempfile.mkdtemp(prefix='libcls-py-')
        try:
            path = os.path.join(directory, 'async.cls.xml')
            contract = Cls.Contract.new_from_path(TUTORIAL)
            loop = GLib.MainLoop()
            result = {}

            def done(source, res):
                try:
                    result['ok'] = source.save_to_file_finish(res)
                except GLib.Error as e:
                    result['error'] = e
                loop.quit()

            contract.save_to_file_async(Gio.File.new_for_path(path), None, done)
            loop.run()
            self.assertNotIn('error', result)
            self.assertTrue(result['ok'])
            self.assertEqual(read(path), read(TUTORIAL))
        finally:
            shutil.rmtree(directory)

    def test_warnings(self):
        document = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
                    b'<contract xmlns="urn:libcls:contract:1" format="1" id="w">\n'
                    b'  <title>W</title>\n'
                    b'  <period start="2025-01-01" end="2028-12-31"/>\n'
                    b'  <organisations>\n'
                    b'    <organisation id="a">\n'
                    b'      <name>A</name>\n'
                    b'    </organisation>\n'
                    b'    <organisation id="b">\n'
                    b'      <name>B</name>\n'
                    b'    </organisation>\n'
                    b'  </organisations>\n'
                    b'  <governance>\n'
                    b'    <funding funder="a" share="60"/>\n'
                    b'    <funding funder="b" share="39.97"/>\n'
                    b'  </governance>\n'
                    b'  <plan/>\n'
                    b'</contract>\n')
        loader = Cls.Loader.new()
        contract = loader.load_from_bytes(GLib.Bytes.new(document), 'w.cls.xml')
        self.assertEqual(len(contract.get_fundings()), 2)
        warnings = [d for d in loader.get_warnings()
                    if d.get_severity() == Cls.Severity.WARNING]
        self.assertEqual(len(warnings), 1)
        self.assertTrue(warnings[0].get_message())


if __name__ == '__main__':
    unittest.main(verbosity=2)
