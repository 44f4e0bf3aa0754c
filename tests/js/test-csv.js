// test-csv.js: the CSV export and import through GJS (ES module: gjs -m).
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Cls from 'gi://Cls?version=1.0';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, done, examplesDir} from './harness.js';

const examples = examplesDir;
const tutorial = GLib.build_filenamev([examples, 'tutorial.cls.xml']);
const decoder = new TextDecoder();
const encoder = new TextEncoder();

await test('export the tutorial', () => {
    const contract = Cls.Loader.new().load_from_path(tutorial);
    const text = decoder.decode(contract.export_csv(Cls.TargetVersion.AMENDED).get_data());
    const lines = text.split('\r\n');
    assertEqual(lines.pop(), '', 'ends with CRLF');
    assert(lines[0].startsWith('contract_id,node_id,node_code,node_title,indicator_id,'), 'header');
    const row = lines.find(l => l.includes(',fa11-seances,') && l.includes(',2026,2026-01-01,2026-12-31,'));
    assert(row !== undefined, 'the 2026 row of fa11-seances');
    assert(row.includes(',14,') && row.includes(',prorated,') && row.endsWith(',achieved,improving,,,,,,,'), row);
});

await test('import: problems, then a dry run and the import', () => {
    const contract = Cls.Loader.new().load_from_path(tutorial);
    const before = decoder.decode(contract.to_bytes().get_data());
    const importer = Cls.Importer.new(contract);
    importer.name = 'mesures.csv';
    const bad = new GLib.Bytes(encoder.encode('indicateur;période;valeur\nfa11-seances;2027;12,5\nfa21-dynamique;2027;3\n'));
    let raised = null;
    try {
        importer.import_bytes(bad);
    } catch (e) {
        raised = e;
    }
    assert(raised !== null && raised.matches(Cls.contract_error_quark(), Cls.ContractError.INVALID_VALUE), `${raised}`);
    assertEqual([...importer.get_problems()].map(p => [p.get_line(), p.get_code()]), [[3, 'wrong-kind']], 'problems');
    assertEqual(decoder.decode(contract.to_bytes().get_data()), before, 'unchanged');

    const good = new GLib.Bytes(encoder.encode('indicateur;période;valeur\nfa11-seances;2027;12,5\n'));
    importer.flags = Cls.ImportFlags.DRY_RUN;
    assert(importer.import_bytes(good), 'dry run');
    assertEqual(importer.get_n_added(), 1, 'would add');
    assertEqual(decoder.decode(contract.to_bytes().get_data()), before, 'dry run changes nothing');
    importer.flags = Cls.ImportFlags.NONE;
    assert(importer.import_bytes(good), 'import');
    const m = contract.lookup_indicator('fa11-seances').lookup_measurement(Cls.Period.parse('2027'));
    assertEqual(m.get_value(), 12.5, 'value');
});

done();
