#!/usr/bin/python3
# test_model.py: the libcls object model through PyGObject: a contract built
# in code, GListModel iteration, boxed measurements, templates, signals.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import unittest

import gi

gi.require_version('Cls', '1.0')
from gi.repository import Cls, GLib  # noqa: E402


def build_contract():
    contract = Cls.Contract.new('cls-py')
    contract.set_title('Contrat Python')
    contract.set_start_date(GLib.Date.new_dmy(1, GLib.DateMonth.JANUARY, 2025))
    contract.set_end_date(GLib.Date.new_dmy(31, GLib.DateMonth.DECEMBER, 2028))

    for ident, kind, name in (('ars', Cls.OrganisationKind.ARS, 'ARS'),
                              ('coord', Cls.OrganisationKind.COORDINATION, 'Coordination')):
        organisation = Cls.Organisation.new(ident)
        organisation.set_kind(kind)
        organisation.set_name(name)
        contract.add_organisation(organisation)

    for ident, name in (('orientation', 'Orientation'), ('fiche', 'Fiche action'),
                        ('operation', 'Opération')):
        level = Cls.Level.new(ident)
        level.set_name(name)
        contract.add_level(level)

    scale = Cls.Scale.new('sat')
    for key, value in (('bas', 1), ('moyen', 2), ('haut', 3)):
        scale_level = Cls.ScaleLevel.new(key)
        scale_level.set_value(value)
        scale_level.set_label(key.capitalize())
        scale.add_level(scale_level)
    contract.add_scale(scale)

    template = Cls.Indicator.new('tpl-sat')
    template.set_kind(Cls.IndicatorKind.ORDINAL)
    template.set_scale('sat')
    template.set_title('Satisfaction')
    contract.add_template(template)

    o1 = Cls.Node.new('o1')
    o1.set_title('Orientation 1')
    contract.add_node(o1)

    fa = Cls.Node.new('fa-1')
    fa.set_title('Fiche 1')
    fa.set_publics(['Jeunes', 'Parents'])
    role = Cls.Role.new()
    role.set_kind(Cls.RoleKind.LEAD)
    role.set_organisation('coord')
    fa.add_role(role)
    o1.add_child(fa)

    op = Cls.Node.new('op-1')
    op.set_title('Opération 1')
    fa.add_child(op)

    count = Cls.Indicator.new('ind-count')
    count.set_title('Nombre de séances')
    target = Cls.Target.new()
    target.set_value(48)
    count.add_target(target)
    for text, value in (('2026', 14), ('2025', 10)):
        measurement = Cls.Measurement.new(Cls.Period.parse(text))
        measurement.set_value(value)
        count.set_measurement(measurement)
    fa.add_indicator(count)

    sat = Cls.Indicator.new('ind-sat')
    sat.set_template('tpl-sat')
    op.add_indicator(sat)
    return contract


class ModelTest(unittest.TestCase):
    def setUp(self):
        self.contract = build_contract()

    def test_tree(self):
        contract = self.contract
        nodes = contract.get_nodes()
        self.assertEqual(len(nodes), 1)
        self.assertEqual(nodes.get_n_items(), 1)
        self.assertEqual(nodes.get_item_type().name, 'ClsNode')
        # GListModel iteration (PyGObject overrides)
        ids = []

        def walk(model, depth):
            for node in model:
                self.assertIsInstance(node, Cls.Node)
                self.assertEqual(node.get_depth(), depth)
                self.assertIs(node.get_contract(), contract)
                ids.append(node.get_id())
                walk(node.get_children(), depth + 1)

        walk(nodes, 0)
        self.assertEqual(ids, ['o1', 'fa-1', 'op-1'])

        op = contract.lookup_node('op-1')
        self.assertIsNotNone(op)
        self.assertEqual(op.get_parent().get_id(), 'fa-1')
        self.assertEqual(op.get_level_name(), 'Opération')
        self.assertEqual(contract.get_level_name(1), 'Fiche action')
        self.assertIsNone(contract.lookup_node('ind-count'))
        self.assertEqual(contract.lookup_organisation('ars').get_name(), 'ARS')
        self.assertIsInstance(contract.lookup('sat'), Cls.Scale)

        all_indicators = contract.dup_all_indicators()
        self.assertEqual([i.get_id() for i in all_indicators], ['ind-count', 'ind-sat'])

    def test_effective(self):
        op = self.contract.lookup_node('op-1')
        self.assertFalse(op.get_publics())  # PyGObject gives [] for a NULL array
        self.assertEqual(op.get_effective_publics(), ['Jeunes', 'Parents'])
        roles = list(op.get_effective_roles())
        self.assertEqual(len(roles), 1)
        self.assertEqual(roles[0].get_kind(), Cls.RoleKind.LEAD)
        self.assertEqual(roles[0].get_organisation(), 'coord')

    def test_template(self):
        sat = self.contract.lookup_indicator('ind-sat')
        self.assertEqual(sat.get_kind(), Cls.IndicatorKind.ORDINAL)
        self.assertEqual(sat.get_title(), 'Satisfaction')
        self.assertEqual(sat.get_scale(), 'sat')
        self.assertEqual(sat.props.title, 'Satisfaction')
        self.assertFalse(sat.is_own('title'))
        sat.set_title('Satisfaction des jeunes')
        self.assertTrue(sat.is_own('title'))
        self.assertEqual(self.contract.lookup_indicator('tpl-sat').get_title(), 'Satisfaction')
        self.assertTrue(self.contract.lookup_indicator('tpl-sat').is_template())

    def test_measurements(self):
        count = self.contract.lookup_indicator('ind-count')
        self.assertEqual(count.get_n_measurements(), 2)
        periods = [count.dup_measurement(i).dup_period().to_string()
                   for i in range(count.get_n_measurements())]
        self.assertEqual(periods, ['2025', '2026'])
        measurement = count.lookup_measurement(Cls.Period.new_year(2026))
        self.assertIsNotNone(measurement)
        self.assertTrue(measurement.has_value())
        self.assertEqual(measurement.get_value(), 14)
        self.assertIsNone(count.lookup_measurement(Cls.Period.new_year(2027)))

        ratio = Cls.Measurement.new(Cls.Period.parse('2026-S1'))
        ratio.set_ratio(9, 10)
        ratio.set_respondents(10)
        ratio.add_breakdown('commune', 'c-a', 6)
        ratio.add_response('haut', 7)
        ratio.set_source('Enquête')
        self.assertFalse(count.set_measurement(ratio))
        stored = count.lookup_measurement(Cls.Period.parse('2026-S1'))
        self.assertTrue(stored.has_ratio())
        self.assertEqual((stored.get_numerator(), stored.get_denominator()), (9, 10))
        self.assertEqual(stored.get_respondents(), 10)
        self.assertEqual(stored.get_source(), 'Enquête')
        dimension, key, value = stored.get_breakdown(0)
        self.assertEqual((dimension, key, value), ('commune', 'c-a', 6))
        level, n = stored.get_response(0)
        self.assertEqual((level, n), ('haut', 7))
        found, value = stored.lookup_breakdown('commune', 'c-a')
        self.assertTrue(found)
        self.assertEqual(value, 6)
        # 2026-S1 sorts before 2026 (same start, earlier end).
        periods = [count.dup_measurement(i).dup_period().to_string()
                   for i in range(count.get_n_measurements())]
        self.assertEqual(periods, ['2025', '2026-S1', '2026'])

        self.assertTrue(count.remove_measurement(Cls.Period.parse('2026-S1')))
        self.assertFalse(count.remove_measurement(Cls.Period.parse('2026-S1')))
        self.assertEqual(count.get_n_measurements(), 2)

    def test_changed_signal(self):
        changes = []

        def on_changed(contract, obj, what):
            changes.append((obj, what))

        handler = self.contract.connect('changed', on_changed)
        count = self.contract.lookup_indicator('ind-count')
        fa = self.contract.lookup_node('fa-1')

        count.set_title('Séances collectives')
        self.assertIn((count, 'title'), changes)

        del changes[:]
        child = Cls.Node.new('op-2')
        fa.add_child(child)
        self.assertIn((fa, 'children'), changes)

        del changes[:]
        measurement = Cls.Measurement.new(Cls.Period.new_year(2027))
        measurement.set_value(3)
        count.set_measurement(measurement)
        self.assertIn((count, 'measurements'), changes)

        del changes[:]
        indicator = Cls.Indicator.new('ind-new')
        child.add_indicator(indicator)
        self.assertIn((child, 'indicators'), changes)

        # A detailed handler only sees its detail.
        titles = []
        detailed = self.contract.connect('changed::title', lambda c, o, w: titles.append(o))
        count.set_unit('séances')
        self.assertEqual(titles, [])
        child.set_title('Nouvelle opération')
        self.assertEqual(titles, [child])

        self.contract.disconnect(handler)
        self.contract.disconnect(detailed)

    def test_notify(self):
        fa = self.contract.lookup_node('fa-1')
        notified = []
        fa.connect('notify::title', lambda obj, pspec: notified.append(pspec.name))
        fa.set_title('Fiche renommée')
        self.assertEqual(notified, ['title'])
        fa.set_title('Fiche renommée')
        self.assertEqual(notified, ['title'])
        fa.props.title = 'Encore'
        self.assertEqual(notified, ['title', 'title'])
        self.assertEqual(fa.get_title(), 'Encore')

    def test_items_changed(self):
        fa = self.contract.lookup_node('fa-1')
        events = []
        fa.get_children().connect('items-changed',
                                  lambda model, pos, removed, added: events.append((pos, removed, added)))
        child = Cls.Node.new('op-3')
        fa.add_child(child)
        self.assertEqual(events, [(1, 0, 1)])
        self.assertTrue(fa.remove_child(child))
        self.assertEqual(events, [(1, 0, 1), (1, 1, 0)])
        self.assertIsNone(self.contract.lookup_node('op-3'))
        self.assertIsNone(child.get_contract())

    def test_survives_contract(self):
        op = self.contract.lookup_node('op-1')
        del self.contract
        import gc
        gc.collect()
        self.assertIsNone(op.get_contract())
        self.assertEqual(op.get_title(), 'Opération 1')


if __name__ == '__main__':
    unittest.main(verbosity=2)
