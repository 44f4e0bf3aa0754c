// test-report.js: the HTML report through GJS (ES module: gjs -m).
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Cls from 'gi://Cls?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, done, examplesDir} from './harness.js';

Gio._promisify(Cls.Report.prototype, 'save_to_file_async', 'save_to_file_finish');

const examples = examplesDir;

function evaluate(file, period) {
    const contract = Cls.Loader.new().load_from_path(GLib.build_filenamev([examples, file]));
    const evaluator = Cls.Evaluator.new();
    evaluator.set_period(Cls.Period.parse(period));
    return [contract, evaluator.evaluate(contract, null)];
}

// The rows of the report: [id, status] in document order
function rows(html) {
    return [...html.matchAll(/<tr class="indicator"[^>]* data-indicator-id="([^"]*)" data-status="([^"]*)"/g)]
        .map(m => [m[1], m[2]]);
}

await test('one row per indicator, with its status', () => {
    const [, evaluation] = evaluate('cls-coeur-sud-avesnois-2025-2028.cls.xml', '2026');
    const report = Cls.Report.new(evaluation);
    const html = new TextDecoder().decode(report.to_html().toArray());
    const expected = JSON.parse(evaluation.to_json(false)).indicators.map(i => [i.id, i.status]);
    assertEqual(rows(html), expected, 'rows');
    assert(html.startsWith('<!DOCTYPE html>\n<html lang="fr">'), 'French by default');
    assert(!html.includes('<script'), 'no script');
});

await test('properties and the English report', () => {
    const [contract, evaluation] = evaluate('tutorial.cls.xml', '2026');
    const evaluator = Cls.Evaluator.new();
    evaluator.set_period(Cls.Period.parse('2025'));
    const report = new Cls.Report({evaluation, language: 'en', title: 'COPIL <2026>'});
    report.previous = evaluator.evaluate(contract, null);
    assertEqual(report.language, 'en', 'language');
    assert(report.evaluation === evaluation, 'evaluation');
    const html = new TextDecoder().decode(report.to_html().toArray());
    assert(html.includes('<h1>COPIL &lt;2026&gt;</h1>'), 'escaped title');
    assert(html.includes('<html lang="en">'), 'English');
    assert(!html.includes('class="no-previous"'), 'compared with 2025');
});

await test('save_to_file_async', async () => {
    const [, evaluation] = evaluate('tutorial.cls.xml', '2026');
    const report = Cls.Report.new(evaluation);
    const dir = GLib.dir_make_tmp('cls-report-js-XXXXXX');
    const file = Gio.File.new_for_path(GLib.build_filenamev([dir, 'report.html']));
    const ok = await report.save_to_file_async(file, null);
    assert(ok, 'saved');
    const [, contents] = file.load_contents(null);
    assertEqual(contents.length, report.to_html().get_size(), 'size');
    file.delete(null);
    Gio.File.new_for_path(dir).delete(null);
});

done();
