#!/usr/bin/python3
# test_csv.py: the CSV export and import through PyGObject. The export of
# the tutorial is read with Python's csv module, as a script or pandas
# would; the import is driven as an application would: the importer's
# flags, its problems with their lines, the GLib.Error, the counts.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import io
import os
import unittest

import gi

gi.require_version('Cls', '1.0')
from gi.repository import Cls, GLib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.environ.get('CLS_EXAMPLES_DIR') or os.path.join(HERE, '..', '..', 'examples')
DATA = os.path.join(HERE, '..', 'data')


def load():
    return Cls.Loader.new().load_from_path(os.path.join(EXAMPLES, 'tutorial.cls.xml'))


def export_rows(contract, targets=Cls.TargetVersion.AMENDED):
    data = contract.export_csv(targets).get_data()
    text = data.decode('utf-8')
    return list(csv.DictReader(io.StringIO(text, newline='')))


def csv_bytes(text):
    return GLib.Bytes.new(text.encode('utf-8'))


class ExportTest(unittest.TestCase):
    def test_rows(self):
        contract = load()
        rows = export_rows(contract)
        self.assertEqual(len(rows), 56)
        self.assertEqual(list(rows[0])[:5], ['contract_id', 'node_id', 'node_code', 'node_title', 'indicator_id'])
        # Every indicator has exactly one row per contract year.
        indicators = contract.dup_all_indicators()
        for i in range(indicators.get_n_items()):
            ident = indicators.get_item(i).get_id()
            years = [r['period'] for r in rows if r['indicator_id'] == ident and len(r['period']) == 4]
            self.assertEqual(years, ['2025', '2026', '2027', '2028'], ident)

    def test_known_row(self):
        rows = export_rows(load())
        row = next(r for r in rows if r['indicator_id'] == 'fa11-satisfaction' and r['period'] == '2026')
        self.assertEqual(row['kind'], 'ratio')
        self.assertEqual(row['unit'], '%')
        self.assertEqual((row['numerator'], row['denominator'], row['value']), ('90', '90', ''))
        self.assertEqual(float(row['evaluated_value']), 100.0)
        self.assertAlmostEqual(float(row['target']), 70 + 15 * 730 / 1461, places=12)
        self.assertEqual(row['target_source'], 'interpolated')
        self.assertEqual(row['status'], 'achieved')
        self.assertEqual(row['trend'], 'improving')

    def test_gap_row(self):
        rows = export_rows(load())
        row = next(r for r in rows if r['indicator_id'] == 'op121-internes' and r['period'] == '2027')
        self.assertEqual(row['value'], '')
        self.assertEqual(row['status'], 'no-data')


class ImportTest(unittest.TestCase):
    def test_round_trip(self):
        contract = load()
        before = contract.to_bytes().get_data()
        table = contract.export_csv(Cls.TargetVersion.AMENDED)
        indicators = contract.dup_all_indicators()
        for i in range(indicators.get_n_items()):
            indicator = indicators.get_item(i)
            while indicator.get_n_measurements():
                indicator.remove_measurement(indicator.dup_measurement(0).dup_period())
        self.assertNotEqual(contract.to_bytes().get_data(), before)

        ok, problems = contract.import_csv(table, Cls.ImportFlags.NONE)
        self.assertTrue(ok)
        self.assertEqual(problems.get_n_items(), 0)
        self.assertEqual(contract.to_bytes().get_data(), before)

    def test_problems(self):
        contract = load()
        before = contract.to_bytes().get_data()
        importer = Cls.Importer.new(contract)
        importer.props.name = 'mesures.csv'
        table = csv_bytes('indicateur;période;valeur\r\n'
                          'fa11-seances;2027;12,5\r\n'
                          'nope;2027;3\r\n'
                          'fa11-seances;2027;4\r\n')
        with self.assertRaises(GLib.Error) as raised:
            importer.import_bytes(table)
        self.assertTrue(raised.exception.matches(Cls.contract_error_quark(), Cls.ContractError.UNKNOWN_REFERENCE))
        self.assertIn('2 rows are wrong', raised.exception.message)
        self.assertIn('mesures.csv:3: the contract has no indicator “nope”', raised.exception.message)
        problems = [(p.get_line(), p.get_column(), p.get_code(), p.get_object_id())
                    for p in importer.get_problems()]
        self.assertEqual(problems, [(3, 1, 'unknown-indicator', None),
                                    (4, 2, 'duplicate-row', 'fa11-seances')])
        self.assertEqual(contract.to_bytes().get_data(), before)

    def test_dry_run_then_import(self):
        contract = load()
        before = contract.to_bytes().get_data()
        with open(os.path.join(DATA, 'measurements-fr.csv'), 'rb') as f:
            table = GLib.Bytes.new(f.read())
        importer = Cls.Importer.new(contract)
        importer.props.flags = Cls.ImportFlags.DRY_RUN
        self.assertTrue(importer.import_bytes(table))
        self.assertEqual((importer.get_n_added(), importer.get_n_replaced(), importer.get_n_skipped()), (4, 0, 1))
        self.assertEqual(contract.to_bytes().get_data(), before)

        importer.set_flags(Cls.ImportFlags.NONE)
        self.assertTrue(importer.import_bytes(table))
        aides = contract.lookup_indicator('fa12-aides').lookup_measurement(Cls.Period.parse('2027'))
        self.assertEqual(aides.get_value(), 12500.5)
        formes = contract.lookup_indicator('op211-formes').lookup_measurement(Cls.Period.parse('2027'))
        self.assertEqual(formes.get_n_breakdowns(), 2)
        ok, _warnings = contract.validate()
        self.assertTrue(ok)

    def test_replace(self):
        contract = load()
        table = csv_bytes('indicator_id,period,value\nfa11-seances,2026,15\n')
        with self.assertRaises(GLib.Error):
            contract.import_csv(table, Cls.ImportFlags.NONE)
        ok, problems = contract.import_csv(table, Cls.ImportFlags.REPLACE)
        self.assertTrue(ok)
        seances = contract.lookup_indicator('fa11-seances').lookup_measurement(Cls.Period.parse('2026'))
        self.assertEqual(seances.get_value(), 15)
        self.assertFalse(seances.get_illustrative())


if __name__ == '__main__':
    unittest.main()
