#!/usr/bin/python3
# test_examples.py: the two real contracts of examples/ through PyGObject:
# they load, write back byte for byte, save and reload, and the model holds
# what the XML says (counted independently with xml.etree).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import shutil
import tempfile
import unittest
import xml.etree.ElementTree as ET

import gi

gi.require_version('Cls', '1.0')
from gi.repository import Cls, GLib  # noqa: E402

EXAMPLES = os.environ.get('CLS_EXAMPLES_DIR') or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples')
NS = '{urn:libcls:contract:1}'


def read(path):
    with open(path, 'rb') as f:
        return f.read()


class ExampleMixin:
    FILENAME = None

    def setUp(self):
        self.path = os.path.join(EXAMPLES, self.FILENAME)
        if not os.path.exists(self.path):
            self.skipTest(f'{self.FILENAME} is not there (yet)')
        self.original = read(self.path)
        self.loader = Cls.Loader.new()
        self.contract = self.loader.load_from_path(self.path)
        self.tree = ET.fromstring(self.original)

    def test_identity(self):
        self.assertEqual(self.contract.get_id(), self.tree.get('id'))
        self.assertEqual(self.contract.get_title(), self.tree.find(NS + 'title').text)

    def test_round_trip(self):
        self.assertEqual(self.contract.to_bytes().get_data(), self.original)

    def test_save_and_reload(self):
        directory = tempfile.mkdtemp(prefix='libcls-py-')
        try:
            path = os.path.join(directory, self.FILENAME)
            self.assertTrue(self.contract.save_to_path(path))
            self.assertEqual(os.listdir(directory), [self.FILENAME])
            self.assertEqual(read(path), self.original)
            reloaded = Cls.Loader.new().load_from_path(path)
            self.assertEqual(reloaded.to_bytes().get_data(), self.original)
        finally:
            shutil.rmtree(directory)

    def test_walk(self):
        nodes = []
        measurements = 0
        indicators = 0

        def walk(model, depth):
            nonlocal measurements, indicators
            for node in model:
                self.assertEqual(node.get_depth(), depth)
                self.assertIs(self.contract.lookup_node(node.get_id()), node)
                nodes.append(node.get_id())
                for indicator in node.get_indicators():
                    indicators += 1
                    self.assertIs(indicator.get_node(), node)
                    self.assertIsNotNone(indicator.get_title(), indicator.get_id())
                    previous = None
                    for i in range(indicator.get_n_measurements()):
                        m = indicator.dup_measurement(i)
                        period = m.dup_period()
                        if previous is not None:
                            self.assertLess(previous.compare(period), 0)
                        previous = period
                        measurements += 1
                walk(node.get_children(), depth + 1)

        walk(self.contract.get_nodes(), 0)
        plan = self.tree.find(NS + 'plan')
        self.assertEqual(nodes, [n.get('id') for n in plan.iter(NS + 'node')])
        self.assertEqual(indicators, len(list(plan.iter(NS + 'indicator'))))
        self.assertEqual(indicators, len(self.contract.dup_all_indicators()))
        self.assertEqual(measurements, len(list(plan.iter(NS + 'measurement'))))

    def test_registries(self):
        organisations = self.tree.find(NS + 'organisations')
        expected = [] if organisations is None else [
            o.get('id') for o in organisations.findall(NS + 'organisation')]
        self.assertEqual([o.get_id() for o in self.contract.get_organisations()], expected)
        territory = self.tree.find(NS + 'territory')
        expected = [] if territory is None else [
            c.get('id') for c in territory.findall(NS + 'commune')]
        self.assertEqual([c.get_id() for c in self.contract.get_communes()], expected)

    def test_trusted(self):
        loader = Cls.Loader.new()
        loader.set_trusted(True)
        contract = loader.load_from_bytes(GLib.Bytes.new(self.original), self.FILENAME)
        self.assertEqual(contract.to_bytes().get_data(), self.original)


class CoeurSudAvesnoisTest(ExampleMixin, unittest.TestCase):
    FILENAME = 'cls-coeur-sud-avesnois-2025-2028.cls.xml'


class MarqueMelantoisTest(ExampleMixin, unittest.TestCase):
    FILENAME = 'clsi-marque-melantois-2025-2028.cls.xml'


if __name__ == '__main__':
    unittest.main(verbosity=2)
