#!/usr/bin/env python3
# test_tool_i18n.py: cls-tool in French and in English
#
#   test_tool_i18n.py CLS-TOOL
#
# Runs the tool uninstalled, with $CLS_LOCALEDIR pointing at the catalogues
# built in po/ (tests/meson.build), under each language:
#   - French: LANGUAGE=fr with LC_ALL=C.UTF-8 (any machine), and
#     LC_ALL=fr_FR.UTF-8 when the machine has that locale
#     (build-aux/install-deps.sh generates it);
#   - English: LANGUAGE=en, LC_ALL=C, or no translation for the language.
# The library's messages (GErrors, warnings, findings) and the tool's own
# (usage, help, errors) must follow; exit statuses and the machine-readable
# parts (FILE:LINE:COLUMN:, codes, severities of lint) must not.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import locale
import os
import re
import subprocess
import sys
import unittest

TOOL = None
TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
INVALID_DIR = os.path.join(TESTS_DIR, 'conformance', 'invalid')
EXAMPLES_DIR = os.path.join(os.path.dirname(TESTS_DIR), 'examples')
TUTORIAL = os.path.join(EXAMPLES_DIR, 'tutorial.cls.xml')

NBSP = '\u00a0'
NNBSP = '\u202f'


def q(text):
    """French quotation marks, as the translation writes them."""
    return '«' + NBSP + text + NBSP + '»'


FRENCH = {'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'fr'}
ENGLISH = {'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'en'}


def has_locale(name):
    try:
        old = locale.setlocale(locale.LC_ALL)
        locale.setlocale(locale.LC_ALL, name)
        locale.setlocale(locale.LC_ALL, old)
        return True
    except locale.Error:
        return False


def run(args, language):
    env = dict(os.environ)
    for name in ('LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE'):
        env.pop(name, None)
    env.update(language)
    return subprocess.run([TOOL] + args, env=env, capture_output=True, encoding='utf-8')


class Validate(unittest.TestCase):
    def test_french_message(self):
        path = os.path.join(INVALID_DIR, 'duplicate-node-id.cls.xml')
        result = run(['validate', path], FRENCH)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr,
                         path + ':30:28: l’identifiant ' + q('fa-1') + ' est déjà utilisé à la ligne 21\n')

    def test_english_message(self):
        path = os.path.join(INVALID_DIR, 'duplicate-node-id.cls.xml')
        result = run(['validate', path], ENGLISH)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, path + ':30:28: the id “fa-1” is already used on line 21\n')

    @unittest.skipUnless(has_locale('fr_FR.UTF-8'), 'no fr_FR.UTF-8 locale (build-aux/install-deps.sh makes it)')
    def test_french_locale(self):
        path = os.path.join(INVALID_DIR, 'forbidden-doctype.cls.xml')
        message = 'une déclaration de type de document (DOCTYPE) n’est pas permise dans un contrat'
        result = run(['validate', path], {'LANG': 'fr_FR.UTF-8'})
        self.assertEqual(result.stderr, path + ':2:1: ' + message + '\n')
        result = run(['validate', path], {'LC_ALL': 'fr_FR.UTF-8'})
        self.assertEqual(result.stderr, path + ':2:1: ' + message + '\n')
        # LANGUAGE comes first, as gettext reads it.
        result = run(['validate', path], {'LC_ALL': 'fr_FR.UTF-8', 'LANGUAGE': 'en'})
        self.assertEqual(result.stderr,
                         path + ':2:1: a document type declaration (DOCTYPE) is not allowed in a contract\n')

    def test_c_locale_is_english(self):
        # gettext ignores LANGUAGE under the C locale.
        path = os.path.join(INVALID_DIR, 'forbidden-doctype.cls.xml')
        result = run(['validate', path], {'LC_ALL': 'C', 'LANGUAGE': 'fr'})
        self.assertIn('is not allowed in a contract', result.stderr)

    def test_untranslated_language_is_english(self):
        path = os.path.join(INVALID_DIR, 'forbidden-doctype.cls.xml')
        result = run(['validate', path], {'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'de'})
        self.assertIn('is not allowed in a contract', result.stderr)

    def test_every_invalid_file(self):
        """Every loading error has its French message, at the same place.

        Only the malformed files differ: libxml2 words their errors, in
        English."""
        with open(os.path.join(INVALID_DIR, 'MANIFEST'), encoding='utf-8') as f:
            names = [line.split()[0] for line in f if line.strip() and not line.startswith('#')]
        self.assertGreater(len(names), 40)
        for name in names:
            path = os.path.join(INVALID_DIR, name)
            with self.subTest(name=name):
                english = run(['validate', path], ENGLISH)
                french = run(['validate', path], FRENCH)
                self.assertEqual(english.returncode, 1)
                self.assertEqual(french.returncode, 1)
                where = re.match(r'^(.*?:\d+:\d+: )', english.stderr).group(1)
                self.assertTrue(french.stderr.startswith(where), french.stderr)
                if name.startswith('malformed-'):
                    self.assertEqual(french.stderr, english.stderr)
                else:
                    self.assertNotEqual(french.stderr, english.stderr)
                    self.assertNotIn('“', french.stderr[len(where):])


class Help(unittest.TestCase):
    def test_usage_french(self):
        result = run(['--help'], FRENCH)
        self.assertEqual(result.returncode, 0)
        self.assertTrue(result.stdout.startswith('Utilisation' + NBSP + ':\n  cls-tool COMMANDE [OPTION…] FICHIER…\n'),
                        result.stdout)
        self.assertIn('Commandes' + NBSP + ':\n', result.stdout)
        self.assertIn('  validate   Vérifier que des contrats respectent le format libcls.\n', result.stdout)
        self.assertIn('  help       Afficher cette aide, ou l’aide d’une commande.\n', result.stdout)
        self.assertIn('  --version      Afficher la version de cls-tool\n', result.stdout)

    def test_usage_english(self):
        result = run(['--help'], ENGLISH)
        self.assertEqual(result.returncode, 0)
        self.assertTrue(result.stdout.startswith('Usage:\n  cls-tool COMMAND [OPTION...] FILE...\n'))
        self.assertIn('  validate   Check that contracts follow the libcls format.\n', result.stdout)

    def test_command_help_french(self):
        for args in (['help', 'evaluate'], ['evaluate', '--help']):
            with self.subTest(args=args):
                result = run(args, FRENCH)
                self.assertEqual(result.returncode, 0)
                # The parameter string, summary, options and description.
                self.assertIn('cls-tool evaluate [OPTION…] FICHIER', result.stdout)
                self.assertIn('Évaluer un contrat' + NBSP + ': évaluation annuelle, à date ou finale.', result.stdout)
                self.assertIn('--period=PÉRIODE', result.stdout)
                self.assertIn('Évaluer une période' + NBSP + ': 2026, 2026-S1', result.stdout)
                self.assertIn('Sans --period, --at ni --final', result.stdout)

    def test_command_help_english(self):
        result = run(['help', 'import'], ENGLISH)
        self.assertEqual(result.returncode, 0)
        self.assertIn('cls-tool import [OPTION…] FILE CSV', result.stdout)
        self.assertIn('--dry-run', result.stdout)
        self.assertIn('Check the table only; write nothing', result.stdout)

    def test_usage_errors(self):
        result = run(['frobnicate'], FRENCH)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr,
                         'cls-tool' + NBSP + ': commande inconnue ' + q('frobnicate') + '\n'
                         'Essayez ' + q('cls-tool --help') + '.\n')
        result = run(['frobnicate'], ENGLISH)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr, "cls-tool: unknown command 'frobnicate'\nTry 'cls-tool --help'.\n")
        result = run(['show'], FRENCH)
        self.assertEqual(result.returncode, 2)
        self.assertTrue(result.stderr.startswith('cls-tool show' + NBSP + ': aucun fichier donné\n'))
        result = run(['evaluate', TUTORIAL, '--period', '2026-S3'], FRENCH)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr,
                         'cls-tool evaluate' + NBSP + ': --period' + NBSP + ': ' + q('2026-S3') +
                         ' n’est pas une période' + NBSP + ': un semestre s’écrit S1 ou S2\n')


class Commands(unittest.TestCase):
    def test_show(self):
        french = run(['show', TUTORIAL], FRENCH)
        english = run(['show', TUTORIAL], ENGLISH)
        self.assertEqual(french.returncode, 0)
        self.assertTrue(english.stdout.startswith('Title: '))
        self.assertTrue(french.stdout.startswith('Titre' + NBSP + ': '))
        self.assertIn(' indicateurs\n', french.stdout)
        self.assertIn('  Mesures' + NBSP + ': ', french.stdout)
        self.assertEqual(len(french.stdout.splitlines()), len(english.stdout.splitlines()))

    def test_evaluate_follows_the_language(self):
        """Without --lang, the explanations are in the messages' language."""
        french = run(['evaluate', TUTORIAL, '--period', '2026'], FRENCH)
        english = run(['evaluate', TUTORIAL, '--period', '2026'], ENGLISH)
        forced = run(['evaluate', TUTORIAL, '--period', '2026', '--lang', 'en'], FRENCH)
        self.assertEqual(french.returncode, 0)
        self.assertIn('\nCibles :', french.stdout)
        self.assertIn('\nTargets:', english.stdout)
        self.assertEqual(forced.stdout, english.stdout)
        # JSON is the same in every language: its labels are stable names.
        french = run(['evaluate', TUTORIAL, '--period', '2026', '--format', 'json'], FRENCH)
        english = run(['evaluate', TUTORIAL, '--period', '2026', '--format', 'json'], ENGLISH)
        self.assertEqual(french.stdout, english.stdout)

    def test_lint(self):
        french = run(['lint', TUTORIAL, '--date', '2026-06-30'], FRENCH)
        english = run(['lint', TUTORIAL, '--date', '2026-06-30'], ENGLISH)
        self.assertEqual(french.returncode, english.returncode)
        french_lines = french.stdout.splitlines()
        english_lines = english.stdout.splitlines()
        self.assertEqual(len(french_lines), len(english_lines))
        self.assertGreater(len(french_lines), 0)
        # FILE: SEVERITY CODE [NODE] stay as they are; the message is French.
        prefix = re.compile(r'^(.*?: (?:info|warning|error) [a-z0-9-]+ (?:\[[^]]*\] )?)')
        for fr, en in zip(french_lines, english_lines):
            self.assertEqual(prefix.match(fr).group(1), prefix.match(en).group(1))
            self.assertNotEqual(fr, en)

    def test_import_refused(self):
        bad = os.path.join(TESTS_DIR, 'data', 'measurements-bad.csv')
        result = run(['import', TUTORIAL, bad, '--dry-run'], FRENCH)
        self.assertEqual(result.returncode, 1)
        self.assertIn(bad + ':3: le contrat n’a pas d’indicateur ' + q('nope') + '\n', result.stderr)
        self.assertTrue(result.stderr.endswith('cls-tool import' + NBSP + ': ' + TUTORIAL + ' n’a pas été modifié\n'))

    def test_import_dry_run(self):
        good = os.path.join(TESTS_DIR, 'data', 'measurements-fr.csv')
        result = run(['import', TUTORIAL, good, '--dry-run'], FRENCH)
        self.assertEqual(result.returncode, 0)
        self.assertIn(NBSP + ': mesures à ajouter' + NBSP + ': ', result.stdout)
        self.assertIn('essai à blanc', result.stdout)


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit('usage: test_tool_i18n.py CLS-TOOL [unittest options]')
    TOOL = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
