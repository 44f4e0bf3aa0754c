// test-review.js: the data-quality review through GJS (ES module: gjs -m).
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Cls from 'gi://Cls?version=1.0';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, done, examplesDir} from './harness.js';

const examples = examplesDir;
const reviewDay = GLib.Date.new_dmy(23, GLib.DateMonth.NOVEMBER, 2026);

function buildContract() {
    const contract = Cls.Contract.new('cls-js-review');
    contract.set_title('Revue GJS');
    contract.set_start_date(GLib.Date.new_dmy(1, GLib.DateMonth.JANUARY, 2025));
    contract.set_end_date(GLib.Date.new_dmy(31, GLib.DateMonth.DECEMBER, 2028));
    const fiche = Cls.Node.new('fa-1');
    fiche.set_code('FA 1');
    fiche.set_title('Fiche');
    contract.add_node(fiche);

    const placeholder = Cls.Indicator.new('fa-1-i1');
    placeholder.set_title('Tout autre indicateur pertinent');
    placeholder.set_state(Cls.IndicatorState.PLACEHOLDER);
    fiche.add_indicator(placeholder);

    const half = Cls.Funding.new();
    half.set_share(50);
    contract.add_funding(half);
    return contract;
}

await test('review a contract built in code', () => {
    const contract = buildContract();
    const findings = [...contract.review(reviewDay)];
    assertEqual(findings.map(f => [f.get_code(), f.get_node_id(), f.get_object_id()]), [
        ['shares-not-100', null, 'cls-js-review'],
        ['no-indicator', 'fa-1', 'fa-1'],
        ['placeholder-open', 'fa-1', 'fa-1-i1'],
    ], 'findings');
    assertEqual(findings.map(f => f.get_severity()),
        [Cls.Severity.WARNING, Cls.Severity.WARNING, Cls.Severity.INFO], 'severities');
    assert(findings.every(f => f.message.length > 0), 'every finding has a message');
    assertEqual(Cls.REVIEW_PLACEHOLDER_OPEN, 'placeholder-open', 'code constant');
});

await test('review with no date means today', () => {
    const findings = [...buildContract().review(null)];
    assertEqual(findings.length, 3, 'same findings');
});

await test('node-id property', () => {
    const diagnostic = Cls.Diagnostic.new();
    const seen = [];
    diagnostic.connect('notify::node-id', d => seen.push(d.node_id));
    diagnostic.set_node_id('fa-1');
    diagnostic.node_id = 'op-2';
    assertEqual(seen, ['fa-1', 'op-2'], 'notifications');
    assertEqual(diagnostic.get_node_id(), 'op-2', 'value');
});

await test('review the examples', () => {
    for (const name of ['cls-coeur-sud-avesnois-2025-2028.cls.xml', 'clsi-marque-melantois-2025-2028.cls.xml']) {
        const path = GLib.build_filenamev([examples, name]);
        const contract = Cls.Loader.new().load_from_path(path);
        const findings = [...contract.review(reviewDay)];
        assert(findings.length > 0, `${name} has findings`);
        for (const f of findings) {
            assert(f.code && f.message, `${name}: code and message`);
            assert(f.severity !== Cls.Severity.ERROR, `${name}: no contradiction`);
            if (f.node_id !== null)
                assert(contract.lookup_node(f.node_id) !== null, `${name}: ${f.node_id} exists`);
            else
                assertEqual(f.code, Cls.REVIEW_SHARES_NOT_100, `${name}: only the contract's funding has no node`);
        }
    }
});

done();
