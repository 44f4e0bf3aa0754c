// harness.js: the small TAP harness shared by the GJS test suites.
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
//   import {test, assert, assertEqual, done, examplePath} from './harness.js';
//   await test('name', async () => { … });
//   done();

import GLib from 'gi://GLib';
import System from 'system';

let n = 0;
let failures = 0;

export function assert(condition, message) {
    if (!condition)
        throw new Error(`assertion failed: ${message}`);
}

export function assertEqual(actual, expected, message = '') {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e)
        throw new Error(`${message}: expected ${e}, got ${a}`);
}

// Runs one test, sync or async, and prints its TAP line.
export async function test(name, fn) {
    n++;
    try {
        await fn();
        print(`ok ${n} - ${name}`);
    } catch (e) {
        failures++;
        print(`not ok ${n} - ${name}`);
        printerr(`${e}\n${e.stack ?? ''}`);
    }
}

// Prints the plan and exits with 1 when a test failed.
export function done() {
    print(`1..${n}`);
    if (failures > 0) {
        printerr(`${failures} of ${n} tests failed`);
        System.exit(1);
    }
}

// The shipped examples: $CLS_EXAMPLES_DIR (set by meson), else the source tree.
export const examplesDir = GLib.getenv('CLS_EXAMPLES_DIR') ??
    GLib.build_filenamev([GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]), '..', '..', 'examples']);

export function examplePath(name) {
    return GLib.build_filenamev([examplesDir, name]);
}
