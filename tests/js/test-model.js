// test-model.js: the libcls object model through GJS (ES module: gjs -m).
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Cls from 'gi://Cls?version=1.0';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, done} from './harness.js';

function buildContract() {
    const contract = Cls.Contract.new('cls-js');
    contract.set_title('Contrat GJS');

    for (const [id, name] of [['orientation', 'Orientation'], ['fiche', 'Fiche action']]) {
        const level = Cls.Level.new(id);
        level.set_name(name);
        contract.add_level(level);
    }
    const coord = Cls.Organisation.new('coord');
    coord.set_name('Coordination');
    coord.set_kind(Cls.OrganisationKind.COORDINATION);
    contract.add_organisation(coord);

    const template = Cls.Indicator.new('tpl-sat');
    template.set_kind(Cls.IndicatorKind.ORDINAL);
    template.set_title('Satisfaction');
    template.set_scale('sat');
    contract.add_template(template);

    const o1 = Cls.Node.new('o1');
    o1.set_title('Orientation 1');
    contract.add_node(o1);
    const fa = Cls.Node.new('fa-1');
    fa.set_title('Fiche 1');
    fa.set_publics(['Jeunes']);
    const lead = Cls.Role.new();
    lead.set_kind(Cls.RoleKind.LEAD);
    lead.set_organisation('coord');
    fa.add_role(lead);
    o1.add_child(fa);
    const op = Cls.Node.new('op-1');
    op.set_title('Opération 1');
    fa.add_child(op);

    const count = Cls.Indicator.new('ind-count');
    count.set_title('Nombre de séances');
    for (const [text, value] of [['2026', 14], ['2025', 10]]) {
        const m = Cls.Measurement.new(Cls.Period.parse(text));
        m.set_value(value);
        count.set_measurement(m);
    }
    fa.add_indicator(count);

    const sat = Cls.Indicator.new('ind-sat');
    sat.set_template('tpl-sat');
    op.add_indicator(sat);
    return contract;
}

await test('tree', () => {
    const contract = buildContract();
    const ids = [];
    const walk = (model, depth) => {
        for (const node of [...model]) {
            assert(node instanceof Cls.Node, 'a node');
            assertEqual(node.get_depth(), depth, `depth of ${node.get_id()}`);
            ids.push(node.get_id());
            walk(node.get_children(), depth + 1);
        }
    };
    walk(contract.get_nodes(), 0);
    assertEqual(ids, ['o1', 'fa-1', 'op-1'], 'document order');
    assertEqual(contract.get_nodes().get_n_items(), 1, 'top-level nodes');
    const op = contract.lookup_node('op-1');
    assertEqual(op.get_parent().get_id(), 'fa-1', 'parent');
    assert(op.get_contract() === contract, 'contract');
    assertEqual(op.get_level_name(), null, 'no third level');
    assertEqual(contract.lookup_node('fa-1').get_level_name(), 'Fiche action', 'level name');
    assertEqual(contract.lookup_node('ind-count'), null, 'typed lookup');
    assertEqual(op.get_effective_publics(), ['Jeunes'], 'inherited publics');
    assertEqual([...op.get_effective_roles()].map(r => r.get_organisation()), ['coord'], 'inherited roles');
});

await test('template', () => {
    const contract = buildContract();
    const sat = contract.lookup_indicator('ind-sat');
    assertEqual(sat.get_kind(), Cls.IndicatorKind.ORDINAL, 'inherited kind');
    assertEqual(sat.get_title(), 'Satisfaction', 'inherited title');
    assertEqual(sat.title, 'Satisfaction', 'inherited title (property)');
    assertEqual(sat.get_scale(), 'sat', 'inherited scale');
    assert(!sat.is_own('title'), 'title not own');
    sat.set_title('Satisfaction des jeunes');
    assert(sat.is_own('title'), 'title own');
    assertEqual(contract.lookup_indicator('tpl-sat').get_title(), 'Satisfaction', 'template unchanged');
});

await test('measurements', () => {
    const contract = buildContract();
    const count = contract.lookup_indicator('ind-count');
    assertEqual(count.get_n_measurements(), 2, 'two measurements');
    const periods = [];
    for (let i = 0; i < count.get_n_measurements(); i++)
        periods.push(count.dup_measurement(i).dup_period().to_string());
    assertEqual(periods, ['2025', '2026'], 'sorted');
    const m = count.lookup_measurement(Cls.Period.new_year(2026));
    assert(m.has_value(), 'has a value');
    assertEqual(m.get_value(), 14, 'value');

    const survey = Cls.Measurement.new(Cls.Period.parse('2026-S1'));
    survey.set_respondents(10);
    survey.add_response('haut', 7);
    survey.add_breakdown('commune', 'c-a', 3);
    assert(!count.set_measurement(survey), 'added, not replaced');
    const stored = count.lookup_measurement(Cls.Period.parse('2026-S1'));
    assertEqual(stored.get_respondents(), 10, 'respondents');
    assertEqual(stored.get_response(0), ['haut', 7], 'response');
    assertEqual(stored.get_breakdown(0), ['commune', 'c-a', 3], 'breakdown');
    assert(count.remove_measurement(Cls.Period.parse('2026-S1')), 'removed');
    assertEqual(count.get_n_measurements(), 2, 'back to two');
});

await test('changed signal', () => {
    const contract = buildContract();
    const changes = [];
    const id = contract.connect('changed', (c, object, what) => changes.push([object, what]));
    const count = contract.lookup_indicator('ind-count');
    count.set_title('Séances');
    assert(changes.some(([o, w]) => o === count && w === 'title'), 'deep title change');

    changes.length = 0;
    const fa = contract.lookup_node('fa-1');
    fa.add_child(Cls.Node.new('op-2'));
    assert(changes.some(([o, w]) => o === fa && w === 'children'), 'children');

    changes.length = 0;
    const m = Cls.Measurement.new(Cls.Period.new_year(2027));
    m.set_value(1);
    count.set_measurement(m);
    assert(changes.some(([o, w]) => o === count && w === 'measurements'), 'measurements');

    changes.length = 0;
    fa.add_indicator(Cls.Indicator.new('ind-new'));
    assert(changes.some(([o, w]) => o === fa && w === 'indicators'), 'indicators');
    contract.disconnect(id);
});

await test('notify', () => {
    const contract = buildContract();
    const fa = contract.lookup_node('fa-1');
    const names = [];
    fa.connect('notify::title', (obj, pspec) => names.push(pspec.get_name()));
    fa.set_title('Nouveau');
    fa.set_title('Nouveau');
    fa.title = 'Encore';
    assertEqual(names, ['title', 'title'], 'notifications');
    assertEqual(fa.get_title(), 'Encore', 'title');
});

await test('lookup after removal', () => {
    const contract = buildContract();
    const fa = contract.lookup_node('fa-1');
    const op = contract.lookup_node('op-1');
    assert(fa.remove_child(op), 'removed');
    assertEqual(contract.lookup_node('op-1'), null, 'node gone');
    assertEqual(contract.lookup_indicator('ind-sat'), null, 'its indicator gone');
    assertEqual(op.get_contract(), null, 'detached');
});

done();
