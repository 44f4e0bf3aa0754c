// test-evaluation.js: the evaluation through GJS (ES module: gjs -m): the
// method's worked example (the tutorial's FA 1.1), results listed through
// their GListModels, and the JSON of both real contracts read back and
// checked for consistency.
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Cls from 'gi://Cls?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, done, examplesDir} from './harness.js';

Gio._promisify(Cls.Evaluator.prototype, 'evaluate_async', 'evaluate_finish');

const examples = examplesDir;
const tutorial = GLib.build_filenamev([examples, 'tutorial.cls.xml']);
const E_2026 = 730 / 1461;
const STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data', 'no-target', 'pending',
    'not-applicable', 'not-started', 'abandoned', 'postponed', 'assessed'];

function assertNear(actual, expected, message = '') {
    if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))))
        throw new Error(`${message}: expected ${expected}, got ${actual}`);
}

function atEndOf2026() {
    const evaluator = Cls.Evaluator.new();
    evaluator.set_date(GLib.Date.new_dmy(31, GLib.DateMonth.DECEMBER, 2026));
    return evaluator;
}

// The private list models of results are not Gio.ListStore: list them
// through the GListModel API.
function items(model) {
    const list = [];
    for (let i = 0; i < model.get_n_items(); i++)
        list.push(model.get_item(i));
    return list;
}

function checkWorkedExample(evaluation) {
    assertNear(evaluation.get_expected(), E_2026, 'e');

    const seances = evaluation.lookup_indicator('fa11-seances');
    assertEqual(seances.value, 24, 'v');
    assertEqual(seances.target, 48, 't');
    // In GJS the boolean property has-achievement shadows the method
    // has_achievement(): both say the same.
    assertEqual(seances.has_achievement, true, 'seances has r');
    assertEqual(Cls.IndicatorResult.prototype.has_achievement.call(seances), true, 'has_achievement()');
    assertNear(seances.achievement, 0.5, 'r');
    assertNear(seances.score, 0.5, 'p');
    assertNear(seances.pace, 0.5 / E_2026, 'pace');
    assertEqual(seances.status, Cls.Status.ON_TRACK, 'seances status');

    const satisfaction = evaluation.lookup_indicator('fa11-satisfaction');
    assertNear(satisfaction.value, 90, '100 × 171 / 190');
    assertEqual(satisfaction.numerator, 171, 'numerator');
    assertEqual(satisfaction.denominator, 190, 'denominator');
    assertNear(satisfaction.achievement, 20 / 15, 'r = (90 − 70)/(85 − 70)');
    assertEqual(satisfaction.score, 1, 'p clamped');
    assertEqual(satisfaction.get_status(), Cls.Status.ACHIEVED, 'satisfaction status');
    assert(satisfaction.get_explanation('fr').includes('100 × 171 / 190'), satisfaction.get_explanation('fr'));

    const fa11 = evaluation.lookup_node('fa-1-1');
    assertNear(fa11.score, 0.75, 'node score');
    assertNear(fa11.coverage, 1, 'node coverage');
    assertNear(fa11.pace, 0.75 / E_2026, 'node pace');
    assertEqual(fa11.status, Cls.Status.ON_TRACK, 'node status');
}

await test('worked example', () => {
    const contract = Cls.Loader.new().load_from_path(tutorial);
    checkWorkedExample(atEndOf2026().evaluate(contract, null));

    const evaluator = Cls.Evaluator.new();
    evaluator.set_period(Cls.Period.new_year(2026));
    const period = evaluator.evaluate(contract, null);
    const seances = period.lookup_indicator('fa11-seances');
    assertNear(seances.target, 48 * 365 / 1461, 'prorated target');
    assertNear(seances.achievement, 14 / (48 * 365 / 1461), 'period r');
    assertEqual(seances.status, Cls.Status.ACHIEVED, 'period status');
    assertEqual(seances.has_pace, false, 'no pace in a period evaluation');
});

await test('async', async () => {
    const contract = Cls.Loader.new().load_from_path(tutorial);
    const evaluator = atEndOf2026();
    const evaluation = await evaluator.evaluate_async(contract, null);
    checkWorkedExample(evaluation);
    assertEqual(evaluation.to_json(false), evaluator.evaluate(contract, null).to_json(false), 'same as sync');
});

await test('list models', () => {
    const contract = Cls.Loader.new().load_from_path(tutorial);
    const evaluation = atEndOf2026().evaluate(contract, null);
    const indicators = evaluation.get_indicators();
    assertEqual(indicators.get_item_type().name, 'ClsIndicatorResult', 'item type');
    assertEqual(indicators.get_n_items(), 14, 'indicators');
    const ids = items(indicators).map(r => r.get_id());
    assertEqual(ids.slice(0, 2), ['fa11-seances', 'fa11-satisfaction'], 'document order');
    assertEqual(new Set(ids).size, ids.length, 'each once');

    // walk the tree: the indicators of every node, once each
    const seen = [];
    const walk = (node, depth) => {
        assertEqual(node.get_depth(), depth, `depth of ${node.get_id()}`);
        let total = 0;
        for (const r of items(node.get_indicators())) {
            assert(r instanceof Cls.IndicatorResult, 'an indicator result');
            assertEqual(r.get_node_id(), node.get_id(), `node of ${r.get_id()}`);
            seen.push(r.get_id());
            total++;
        }
        for (const child of items(node.get_children()))
            total += walk(child, depth + 1);
        assertEqual(total, node.get_n_indicators(), `indicators under ${node.get_id()}`);
        let counted = 0;
        for (let s = 0; s < STATUSES.length; s++)
            counted += node.get_count(s);
        assertEqual(counted, total, `counts of ${node.get_id()}`);
        return total;
    };
    walk(evaluation.get_root(), 0);
    assertEqual(seen.sort(), [...ids].sort(), 'the tree holds every indicator');
    assertEqual(evaluation.get_nodes().get_n_items(), 9, 'nodes');

    const gaps = items(evaluation.get_root().get_gaps());
    assert(gaps.length > 0, 'the tutorial has gaps');
    assert(gaps.some(g => g.get_reason() === Cls.GapReason.PLACEHOLDER && g.get_object_id() === 'fa21-autre'),
        'placeholder listed');

    const formes = evaluation.lookup_indicator('op211-formes');
    const breakdown = items(formes.get_breakdown());
    assertEqual(breakdown.map(v => v.get_key()), ['c-exempleville', 'c-modele-sur-rive', 'c-saint-fictif'], 'communes');
    assert(breakdown.every(v => v.get_met()), 'each commune has one');
    assertEqual(formes.get_keys_met(), 3, 'keys met');
});

await test('JSON of the examples', () => {
    for (const name of ['tutorial.cls.xml', 'cls-coeur-sud-avesnois-2025-2028.cls.xml',
        'clsi-marque-melantois-2025-2028.cls.xml']) {
        const path = GLib.build_filenamev([examples, name]);
        const contract = Cls.Loader.new().load_from_path(path);
        const final = Cls.Evaluator.new();
        final.set_kind(Cls.EvaluationKind.FINAL);
        for (const evaluator of [atEndOf2026(), final]) {
            const evaluation = evaluator.evaluate(contract, null);
            const doc = JSON.parse(evaluation.to_json(true));
            assertEqual(doc.format, 'libcls-evaluation', 'format');
            assertEqual(doc.version, 1, 'version');
            assertEqual(doc.indicators.length, contract.dup_all_indicators().get_n_items(), `${name}: indicators`);
            assertEqual(doc.summary['indicator-count'], doc.indicators.length, `${name}: root count`);
            const counts = Object.fromEntries(STATUSES.map(s => [s, 0]));
            for (const indicator of doc.indicators) {
                assert(STATUSES.includes(indicator.status), `${indicator.id}: status ${indicator.status}`);
                counts[indicator.status]++;
                if (indicator.score !== null)
                    assert(indicator.score >= 0 && indicator.score <= 1, `${indicator.id}: score`);
            }
            assertEqual(doc.summary.counts, counts, `${name}: summary counts`);
            const byId = Object.fromEntries(doc.nodes.map(node => [node.id, node]));
            for (const node of [doc.summary, ...doc.nodes]) {
                const sum = Object.values(node.counts).reduce((a, b) => a + b, 0);
                assertEqual(sum, node['indicator-count'], `${name}: counts of ${node.id}`);
                const below = node.children.reduce((a, id) => a + byId[id]['indicator-count'], 0);
                assertEqual(node.indicators.length + below, node['indicator-count'], `${name}: ${node.id}`);
                for (const key of ['score', 'coverage']) {
                    if (node[key] !== null)
                        assert(node[key] >= 0 && node[key] <= 1, `${name}: ${node.id} ${key}`);
                }
            }
            // the objects say the same
            assertEqual(evaluation.get_root().get_n_indicators(), doc.indicators.length, `${name}: objects`);
        }
    }
});

done();
