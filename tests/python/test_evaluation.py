#!/usr/bin/python3
# test_evaluation.py: the evaluation through PyGObject. The tutorial and the
# two real contracts of examples/ are evaluated for 2026, to 2026-12-31 and
# at the end; their JSON is validated against
# libcls/schema/cls-evaluation-1.schema.json and checked for consistency;
# the worked example of the method is checked through the Python API.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import math
import os
import unittest

import gi

gi.require_version('Cls', '1.0')
from gi.repository import Cls, Gio, GLib  # noqa: E402

import jsonschema  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.environ.get('CLS_EXAMPLES_DIR') or os.path.join(HERE, '..', '..', 'examples')
SCHEMA = os.path.join(HERE, '..', '..', 'libcls', 'schema', 'cls-evaluation-1.schema.json')
FILES = [
    'tutorial.cls.xml',
    'cls-coeur-sud-avesnois-2025-2028.cls.xml',
    'clsi-marque-melantois-2025-2028.cls.xml',
]
STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data', 'no-target', 'pending',
            'not-applicable', 'not-started', 'abandoned', 'postponed', 'assessed']
SCORED = STATUSES[:4]
E_2026 = 730 / 1461


def load(filename):
    return Cls.Loader.new().load_from_path(os.path.join(EXAMPLES, filename))


def period_evaluator(text):
    evaluator = Cls.Evaluator.new()
    evaluator.set_period(Cls.Period.parse(text))
    return evaluator


def date_evaluator(year, month, day):
    evaluator = Cls.Evaluator.new()
    evaluator.set_date(GLib.Date.new_dmy(day, GLib.DateMonth(month), year))
    return evaluator


def final_evaluator():
    evaluator = Cls.Evaluator.new()
    evaluator.set_kind(Cls.EvaluationKind.FINAL)
    return evaluator


EVALUATORS = {
    'period 2026': lambda: period_evaluator('2026'),
    'to 2026-12-31': lambda: date_evaluator(2026, 12, 31),
    'final': final_evaluator,
}


class ExamplesTest(unittest.TestCase):
    """Every example, every evaluation: schema and consistency."""

    @classmethod
    def setUpClass(cls):
        with open(SCHEMA, encoding='utf-8') as f:
            cls.schema = json.load(f)
        jsonschema.Draft7Validator.check_schema(cls.schema)
        cls.validator = jsonschema.Draft7Validator(cls.schema)
        cls.cases = []
        for name in FILES:
            contract = load(name)
            for label, make in EVALUATORS.items():
                evaluation = make().evaluate(contract, None)
                cls.cases.append((name, label, contract, evaluation,
                                  json.loads(evaluation.to_json(False))))

    def test_schema(self):
        for name, label, _, evaluation, document in self.cases:
            with self.subTest(contract=name, evaluation=label):
                errors = sorted(self.validator.iter_errors(document), key=lambda e: list(e.path))
                self.assertEqual([], [f'{list(e.path)}: {e.message}' for e in errors[:5]])
                # the pretty form is the same document
                self.assertEqual(json.loads(evaluation.to_json(True)), document)
                data = evaluation.to_json_bytes(False).get_data()
                self.assertEqual(json.loads(data.decode('utf-8')), document)

    def test_consistency(self):
        for name, label, contract, evaluation, document in self.cases:
            with self.subTest(contract=name, evaluation=label):
                indicators = document['indicators']
                nodes = {n['id']: n for n in document['nodes']}
                summary = document['summary']
                self.assertEqual(len(indicators), len(contract.dup_all_indicators()))
                self.assertEqual(summary['indicator-count'], len(indicators))
                # every indicator has a status; the root counts them all
                counted = {s: 0 for s in STATUSES}
                for indicator in indicators:
                    self.assertIn(indicator['status'], STATUSES)
                    counted[indicator['status']] += 1
                    if indicator['score'] is not None:
                        self.assertTrue(0 <= indicator['score'] <= 1, indicator['id'])
                        self.assertIn(indicator['status'], SCORED, indicator['id'])
                        self.assertAlmostEqual(indicator['score'],
                                               min(max(indicator['achievement'], 0), 1))
                    else:
                        self.assertNotIn(indicator['status'], SCORED, indicator['id'])
                    self.assertTrue(indicator['explanation']['en'])
                    self.assertTrue(indicator['explanation']['fr'])
                self.assertEqual(summary['counts'], counted)
                # each node: counts sum to its indicator count, which is its
                # own indicators plus its children's
                for node in [summary] + document['nodes']:
                    self.assertEqual(sum(node['counts'].values()), node['indicator-count'], node['id'])
                    below = sum(nodes[c]['indicator-count'] for c in node['children'])
                    self.assertEqual(len(node['indicators']) + below, node['indicator-count'], node['id'])
                    for key in ('score', 'coverage'):
                        if node[key] is not None:
                            self.assertTrue(0 <= node[key] <= 1, f'{node["id"]}: {key} {node[key]}')
                    if node['score'] is None:
                        self.assertNotIn(node['status'], SCORED)
                # the same through the objects
                root = evaluation.get_root()
                self.assertEqual(root.get_n_indicators(), len(indicators))
                self.assertEqual(evaluation.get_indicators().get_n_items(), len(indicators))
                self.assertEqual(sum(root.get_count(Cls.Status(i)) for i in range(len(STATUSES))),
                                 len(indicators))

    def test_expected(self):
        for name, label, _, evaluation, document in self.cases:
            with self.subTest(contract=name, evaluation=label):
                kind = document['evaluation']['kind']
                if kind == 'period':
                    self.assertIsNone(document['evaluation']['expected'])
                    self.assertFalse(evaluation.has_expected())
                elif kind == 'final':
                    self.assertEqual(document['evaluation']['expected'], 1)
                else:
                    self.assertAlmostEqual(document['evaluation']['expected'], E_2026)


class WorkedExampleTest(unittest.TestCase):
    """The method's worked example, in the tutorial's FA 1.1."""

    def setUp(self):
        self.contract = load('tutorial.cls.xml')

    def test_period(self):
        evaluation = period_evaluator('2026').evaluate(self.contract, None)
        seances = evaluation.lookup_indicator('fa11-seances')
        target = 48 * 365 / 1461
        self.assertTrue(seances.has_target())
        self.assertAlmostEqual(seances.props.target, target, places=12)
        self.assertEqual(seances.props.target_source, Cls.TargetSource.PRORATED)
        self.assertAlmostEqual(seances.props.achievement, 14 / target, places=12)
        self.assertEqual(seances.props.status, Cls.Status.ACHIEVED)
        self.assertEqual(seances.get_score(), 1)

    def test_to_date(self):
        evaluation = date_evaluator(2026, 12, 31).evaluate(self.contract, None)
        self.assertAlmostEqual(evaluation.get_expected(), E_2026, places=12)

        seances = evaluation.lookup_indicator('fa11-seances')
        self.assertTrue(seances.has_achievement())
        self.assertEqual(seances.props.value, 24)
        self.assertEqual(seances.props.target, 48)
        self.assertAlmostEqual(seances.props.achievement, 0.5, places=12)
        self.assertAlmostEqual(seances.props.score, 0.5, places=12)
        self.assertTrue(seances.has_pace())
        self.assertAlmostEqual(seances.props.pace, 0.5 / E_2026, places=12)
        self.assertEqual(seances.get_status(), Cls.Status.ON_TRACK)

        satisfaction = evaluation.lookup_indicator('fa11-satisfaction')
        self.assertEqual(satisfaction.props.aggregation, Cls.Aggregation.POOLED)
        self.assertAlmostEqual(satisfaction.props.value, 90, places=12)
        self.assertEqual(satisfaction.props.numerator, 171)
        self.assertEqual(satisfaction.props.denominator, 190)
        self.assertAlmostEqual(satisfaction.props.achievement, 20 / 15, places=12)
        self.assertEqual(satisfaction.props.score, 1)
        self.assertEqual(satisfaction.props.status, Cls.Status.ACHIEVED)
        self.assertIn('100 × 171 / 190', satisfaction.get_explanation('fr'))
        self.assertIn('100 × 171 / 190', satisfaction.get_explanation('en'))

        fa11 = evaluation.lookup_node('fa-1-1')
        self.assertAlmostEqual(fa11.props.score, 0.75, places=12)
        self.assertAlmostEqual(fa11.props.coverage, 1, places=12)
        self.assertAlmostEqual(fa11.props.pace, 0.75 / E_2026, places=12)
        self.assertEqual(fa11.props.status, Cls.Status.ON_TRACK)
        self.assertEqual(fa11.get_count(Cls.Status.ACHIEVED), 1)
        self.assertEqual(fa11.get_count(Cls.Status.ON_TRACK), 1)
        names = [r.get_id() for r in fa11.get_indicators()]
        self.assertEqual(names, ['fa11-seances', 'fa11-satisfaction'])
        self.assertIn('75', fa11.get_explanation('fr'))

    def test_final_initial_targets(self):
        evaluator = final_evaluator()
        evaluator.props.target_version = Cls.TargetVersion.INITIAL
        evaluation = evaluator.evaluate(self.contract, None)
        internes = evaluation.lookup_indicator('op121-internes')
        self.assertEqual(internes.props.target, 20)
        self.assertIsNone(internes.get_target_amendment())
        self.assertAlmostEqual(internes.props.achievement, 11 / 20, places=12)
        amended = final_evaluator().evaluate(self.contract, None).lookup_indicator('op121-internes')
        self.assertEqual(amended.props.target, 24)
        self.assertEqual(amended.get_target_amendment(), 'av-1')

    def test_no_value_is_none(self):
        evaluation = final_evaluator().evaluate(self.contract, None)
        cjc = evaluation.lookup_indicator('op212-cjc')
        self.assertFalse(cjc.has_value())
        self.assertFalse(cjc.has_achievement())
        self.assertEqual(cjc.props.status, Cls.Status.NO_DATA)
        document = json.loads(evaluation.to_json(False))
        entry = next(i for i in document['indicators'] if i['id'] == 'op212-cjc')
        self.assertIsNone(entry['value'])
        self.assertIsNone(entry['achievement'])
        # and no NaN or infinity anywhere
        for indicator in document['indicators']:
            for value in indicator.values():
                if isinstance(value, float):
                    self.assertTrue(math.isfinite(value))

    def test_errors(self):
        evaluator = Cls.Evaluator.new()
        evaluator.set_kind(Cls.EvaluationKind.PERIOD)
        with self.assertRaises(GLib.Error) as caught:
            evaluator.evaluate(self.contract, None)
        self.assertTrue(caught.exception.matches(Cls.evaluation_error_quark(),
                                                 Cls.EvaluationError.NO_PERIOD))
        cancellable = Gio.Cancellable()
        cancellable.cancel()
        with self.assertRaises(GLib.Error) as caught:
            final_evaluator().evaluate(self.contract, cancellable)
        self.assertTrue(caught.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))

    def test_async(self):
        loop = GLib.MainLoop()
        evaluator = date_evaluator(2026, 12, 31)
        results = []

        def done(source, result):
            try:
                results.append(source.evaluate_finish(result))
            except GLib.Error as error:
                results.append(error)
            loop.quit()

        evaluator.evaluate_async(self.contract, None, done)
        timeout = GLib.timeout_add_seconds(60, loop.quit)
        loop.run()
        GLib.source_remove(timeout)
        self.assertEqual(len(results), 1)
        evaluation = results[0]
        self.assertIsInstance(evaluation, Cls.Evaluation)
        self.assertAlmostEqual(evaluation.lookup_node('fa-1-1').props.score, 0.75, places=12)
        sync = evaluator.evaluate(self.contract, None)
        self.assertEqual(evaluation.to_json(False), sync.to_json(False))


if __name__ == '__main__':
    unittest.main(verbosity=2)
