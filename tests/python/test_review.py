#!/usr/bin/python3
# test_review.py: the data-quality review through PyGObject: Cls.Contract.review
# on a contract built in code and on the two real contracts of examples/, and
# the diagnostic's node-id.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import collections
import os
import unittest

import gi

gi.require_version('Cls', '1.0')
from gi.repository import Cls, GLib  # noqa: E402

EXAMPLES = os.environ.get('CLS_EXAMPLES_DIR') or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples')

CODES = {
    Cls.REVIEW_NO_TARGET: Cls.Severity.WARNING,
    Cls.REVIEW_NO_BASELINE: Cls.Severity.INFO,
    Cls.REVIEW_NO_SOURCE: Cls.Severity.INFO,
    Cls.REVIEW_NO_INDICATOR: Cls.Severity.WARNING,
    Cls.REVIEW_DELIVERABLE_UNMEASURED: Cls.Severity.WARNING,
    Cls.REVIEW_DUPLICATE_OPERATION: Cls.Severity.WARNING,
    Cls.REVIEW_DUPLICATE_INDICATOR_SET: Cls.Severity.WARNING,
    Cls.REVIEW_TARGET_DIRECTION: Cls.Severity.ERROR,
    Cls.REVIEW_BREAKDOWN_ABOVE_TOTAL: Cls.Severity.ERROR,
    Cls.REVIEW_SHARES_NOT_100: Cls.Severity.WARNING,
    Cls.REVIEW_CALENDAR_PAST_NO_DATA: Cls.Severity.WARNING,
    Cls.REVIEW_PLACEHOLDER_OPEN: Cls.Severity.INFO,
}


def day(year, month, day_of_month):
    return GLib.Date.new_dmy(day_of_month, GLib.DateMonth(month), year)


REVIEW_DAY = day(2026, 11, 23)


def node(parent, ident, code, title):
    n = Cls.Node.new(ident)
    n.set_code(code)
    n.set_title(title)
    parent.add_child(n)
    return n


def build_contract():
    contract = Cls.Contract.new('cls-py-review')
    contract.set_title('Revue Python')
    contract.set_start_date(day(2025, 1, 1))
    contract.set_end_date(day(2028, 12, 31))
    axis = Cls.Node.new('axe-1')
    axis.set_code('Axe 1')
    axis.set_title('Accès aux soins')
    contract.add_node(axis)
    fiche = node(axis, 'fa-1', 'FA 1', 'Attractivité')
    op1 = node(fiche, 'op-1', 'Op. 1', 'Organiser des stages')
    op2 = node(fiche, 'op-2', 'Op. 2', 'Former les tuteurs')

    deliverable = Cls.Deliverable.new('op-1-d1')
    deliverable.set_text('Deux stages par an')
    op1.add_deliverable(deliverable)
    entry = Cls.CalendarEntry.new()
    entry.set_period(Cls.Period.parse('2025'))
    entry.set_text('En 2025')
    op1.add_calendar_entry(entry)

    # A count whose target goes the wrong way, never measured. Taken as its
    # latest value (a stock): the baseline of a flow (a sum) is not compared.
    stages = Cls.Indicator.new('op-1-i1')
    stages.set_title('Nombre de stages')
    stages.set_aggregation(Cls.Aggregation.LAST)
    baseline = Cls.Baseline.new()
    baseline.set_value(10)
    baseline.set_source('Bilan 2024')
    stages.set_baseline(baseline)
    target = Cls.Target.new()
    target.set_value(8)
    stages.add_target(target)
    op1.add_indicator(stages)
    return contract, stages


class ReviewTest(unittest.TestCase):
    def setUp(self):
        self.contract, self.stages = build_contract()

    def review(self, date=REVIEW_DAY):
        findings = self.contract.review(date)
        self.assertEqual(findings.get_item_type(), Cls.Diagnostic.__gtype__)
        return list(findings)

    def test_findings(self):
        found = [(f.get_code(), f.get_node_id(), f.get_object_id()) for f in self.review()]
        self.assertEqual(found, [
            ('calendar-past-no-data', 'op-1', 'op-1'),
            ('deliverable-unmeasured', 'op-1', 'op-1-d1'),
            ('target-direction', 'op-1', 'op-1-i1'),
            ('no-indicator', 'op-2', 'op-2'),
        ])
        for finding in self.review():
            self.assertEqual(finding.get_severity(), CODES[finding.get_code()])
            self.assertIn('FA 1 / Op.', finding.props.message)
            self.assertEqual(finding.props.node_id, finding.get_node_id())

    def test_fixed(self):
        self.stages.get_baseline().set_value(4)
        self.stages.set_deliverables(['op-1-d1'])
        m = Cls.Measurement.new(Cls.Period.parse('2025'))
        m.set_value(3)
        m.set_source('Tableau de bord')
        self.stages.set_measurement(m)
        self.contract.lookup_node('fa-1').remove_child(self.contract.lookup_node('op-2'))
        self.assertEqual(self.review(), [])

    def test_date(self):
        before = [f.get_code() for f in self.review(day(2025, 6, 1))]
        self.assertNotIn(Cls.REVIEW_CALENDAR_PAST_NO_DATA, before)
        # None: today, after 2025 whenever this runs.
        today = [f.get_code() for f in self.contract.review(None)]
        self.assertIn(Cls.REVIEW_CALENDAR_PAST_NO_DATA, today)

    def test_node_id_property(self):
        diagnostic = Cls.Diagnostic.new()
        notified = []
        diagnostic.connect('notify::node-id', lambda d, pspec: notified.append(d.props.node_id))
        diagnostic.set_node_id('fa-1')
        diagnostic.props.node_id = 'op-2'
        self.assertEqual(notified, ['fa-1', 'op-2'])
        self.assertEqual(diagnostic.get_node_id(), 'op-2')


class ExamplesTest(unittest.TestCase):
    def review(self, filename):
        path = os.path.join(EXAMPLES, filename)
        contract = Cls.Loader.new().load_from_path(path)
        findings = list(contract.review(REVIEW_DAY))
        self.assertGreater(len(findings), 0)
        for f in findings:
            self.assertIn(f.get_code(), CODES)
            self.assertEqual(f.get_severity(), CODES[f.get_code()])
            self.assertTrue(f.get_message())
            if f.get_node_id() is None:
                self.assertEqual(f.get_code(), Cls.REVIEW_SHARES_NOT_100)
            else:
                self.assertIsNotNone(contract.lookup_node(f.get_node_id()))
        return collections.Counter(f.get_code() for f in findings), findings

    def test_coeur_sud_avesnois(self):
        counts, _ = self.review('cls-coeur-sud-avesnois-2025-2028.cls.xml')
        self.assertEqual(counts[Cls.REVIEW_PLACEHOLDER_OPEN], 1)
        self.assertEqual(counts[Cls.REVIEW_DUPLICATE_OPERATION], 0)

    def test_marque_melantois(self):
        counts, findings = self.review('clsi-marque-melantois-2025-2028.cls.xml')
        self.assertEqual(counts[Cls.REVIEW_SHARES_NOT_100], 1)
        where = {(f.get_code(), f.get_node_id()) for f in findings}
        self.assertIn((Cls.REVIEW_DUPLICATE_OPERATION, 'fa-3-5-op1'), where)
        self.assertIn((Cls.REVIEW_DUPLICATE_INDICATOR_SET, 'fa-2-1-op1'), where)


if __name__ == '__main__':
    unittest.main(verbosity=2)
