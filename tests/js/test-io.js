// test-io.js: loading and saving contracts through GJS (ES module: gjs -m).
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Cls from 'gi://Cls?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, done, examplesDir} from './harness.js';

Gio._promisify(Cls.Loader.prototype, 'load_from_file_async', 'load_from_file_finish');
Gio._promisify(Cls.Contract.prototype, 'save_to_file_async', 'save_to_file_finish');

const examples = examplesDir;
const tutorial = GLib.build_filenamev([examples, 'tutorial.cls.xml']);
const decoder = new TextDecoder();

function readText(path) {
    const [, contents] = GLib.file_get_contents(path);
    return decoder.decode(contents);
}

const malformed = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<contract xmlns="urn:libcls:contract:1" format="1" id="t">\n' +
    '  <title>T</title>\n' +
    '  <period start="2025-01-01" end="2028-12-31"/>\n' +
    '  <plan>\n' +
    '</contract>\n');

await test('load the tutorial', () => {
    const contract = Cls.Loader.new().load_from_path(tutorial);
    assertEqual(contract.get_id(), 'cls-val-exemple', 'id');
    assertEqual(contract.get_state(), Cls.ContractState.AMENDED, 'state');
    assertEqual(contract.acronym, 'CLS-VE', 'acronym');
    assertEqual(contract.get_start_date().get_year(), 2025, 'start year');
    assertEqual([...contract.get_organisations()].map(o => o.get_id()),
        ['ars', 'ccve', 'cpam', 'cpts-ve', 'coord'], 'organisations');
    let nodes = 0, indicators = 0;
    const walk = model => {
        for (const node of [...model]) {
            nodes++;
            indicators += node.get_indicators().get_n_items();
            walk(node.get_children());
        }
    };
    walk(contract.get_nodes());
    assertEqual(indicators, contract.dup_all_indicators().get_n_items(), 'indicators');
    assert(nodes > 5, 'nodes');
    const fa11 = contract.lookup_node('fa-1-1');
    assertEqual(fa11.get_variant_title('sommaire'), "Séances d'éducation à la santé", 'variant title');
    const ratio = contract.lookup_indicator('fa11-satisfaction');
    const m = ratio.lookup_measurement(Cls.Period.parse('2025'));
    assert(m.has_ratio(), 'ratio measurement');
    assertEqual([m.get_numerator(), m.get_denominator()], [81, 100], 'ratio parts');
    assertEqual(ratio.get_baseline().get_value(), 70, 'baseline');
});

await test('round trip', () => {
    const contract = Cls.Contract.new_from_path(tutorial);
    assertEqual(decoder.decode(contract.to_bytes().get_data()), readText(tutorial), 'same bytes');
});

await test('malformed', () => {
    const loader = Cls.Loader.new();
    let caught = null;
    try {
        loader.load_from_bytes(new GLib.Bytes(malformed), null);
    } catch (e) {
        caught = e;
    }
    assert(caught instanceof GLib.Error, 'a GLib.Error');
    assert(caught.matches(Cls.contract_error_quark(), Cls.ContractError.MALFORMED), caught.message);
    assert(caught.message.startsWith('<data>:6:'), caught.message);
});

await test('missing file', () => {
    let caught = null;
    try {
        Cls.Loader.new().load_from_path('/nonexistent/libcls/missing.cls.xml');
    } catch (e) {
        caught = e;
    }
    assert(caught?.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_FOUND), `${caught}`);
});

await test('asynchronous load', async () => {
    const loader = Cls.Loader.new();
    const contract = await loader.load_from_file_async(Gio.File.new_for_path(tutorial), null);
    assertEqual(contract.get_id(), 'cls-val-exemple', 'id');
    let caught = null;
    try {
        await loader.load_from_file_async(Gio.File.new_for_path('/nonexistent/x.cls.xml'), null);
    } catch (e) {
        caught = e;
    }
    assert(caught?.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_FOUND), `${caught}`);
});

await test('save and reload', async () => {
    const dir = GLib.dir_make_tmp('libcls-js-XXXXXX');
    const path = GLib.build_filenamev([dir, 'out.cls.xml']);
    try {
        const contract = Cls.Contract.new_from_path(tutorial);
        contract.set_title('Titre & <modifié>');
        assert(contract.save_to_path(path), 'saved');
        const saved = readText(path);
        assert(saved.includes('<title>Titre &amp; &lt;modifié&gt;</title>'), 'escaped title');
        const reloaded = Cls.Contract.new_from_path(path);
        assertEqual(reloaded.get_title(), 'Titre & <modifié>', 'title');
        assertEqual(decoder.decode(reloaded.to_bytes().get_data()), saved, 'same bytes');

        GLib.unlink(path);
        assert(await contract.save_to_file_async(Gio.File.new_for_path(path), null), 'saved async');
        assertEqual(readText(path), saved, 'same bytes async');
    } finally {
        GLib.unlink(path);
        GLib.rmdir(dir);
    }
});

await test('big examples', () => {
    for (const name of ['cls-coeur-sud-avesnois-2025-2028.cls.xml', 'clsi-marque-melantois-2025-2028.cls.xml']) {
        const path = GLib.build_filenamev([examples, name]);
        if (!GLib.file_test(path, GLib.FileTest.EXISTS)) {
            print(`# skipping ${name}: not there (yet)`);
            continue;
        }
        const contract = Cls.Loader.new().load_from_path(path);
        assert(contract.get_nodes().get_n_items() > 0, `${name} has a plan`);
        assertEqual(decoder.decode(contract.to_bytes().get_data()), readText(path), `${name} round trip`);
    }
});

done();
