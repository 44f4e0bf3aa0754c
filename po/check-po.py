#!/usr/bin/env python3
# check-po.py: checks that a translation is complete, correct and up to date.
#
#   check-po.py SRCDIR LANG.po -- XGETTEXT-ARGS...
#
# 1. msgfmt --check on LANG.po as it is: formats (the same printf
#    conversions as the msgid, in order or numbered), header, plurals.
# 2. The messages of the sources now (xgettext over po/POTFILES.in with the
#    given arguments, those of po/meson.build) merged into LANG.po: none may
#    be untranslated or fuzzy, so that a new or changed message without its
#    translation fails the tests.
# 3. For French, the typography: no plain space before “:”, “;”, “?”, “!”
#    (a no-break space, U+00A0, or a narrow one, U+202F), « » with no-break
#    spaces inside, no English quotation marks.
#
# Exits 0 when all is well, 1 with the problems on standard error.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import re
import subprocess
import sys
import tempfile


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def statistics(po, problems, what):
    """msgfmt --check --statistics; TRUE when every message is translated."""
    result = run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po])
    stats = result.stderr.strip()
    print('%s: %s' % (what, stats.splitlines()[-1] if stats else '(no statistics)'))
    if result.returncode != 0:
        problems.append('%s: msgfmt --check failed:\n%s' % (what, stats))
        return
    if 'fuzzy' in stats or 'untranslated' in stats:
        problems.append('%s: not complete: %s' % (what, stats))


def unescape(text):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), text)


def entries(po):
    """(msgid, [msgstr…]) of every entry but the header and obsolete ones."""
    result = []
    with open(po, encoding='utf-8') as f:
        blocks = f.read().split('\n\n')
    for block in blocks:
        fields = {}
        key = None
        for line in block.splitlines():
            if line.startswith('#'):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"$', line)
            if m:
                key = m.group(1)
                fields[key] = unescape(m.group(2))
            elif key is not None and line.startswith('"'):
                fields[key] += unescape(line[1:-1])
        if fields.get('msgid'):
            result.append((fields['msgid'], [v for k, v in sorted(fields.items()) if k.startswith('msgstr')]))
    return result


def french_typography(po, problems):
    rules = [
        (re.compile(r' [:;?!]'), 'a plain space before : ; ? or ! (use U+00A0 or U+202F)'),
        (re.compile(r'[^\s\u00a0\u202f(\[\'"/,]:(?=\s|$)'), 'no space before “:” (use U+00A0)'),
        (re.compile(r'«(?![\u00a0\u202f])'), 'no no-break space after «'),
        (re.compile(r'(?<![\u00a0\u202f])»'), 'no no-break space before »'),
        (re.compile(r'[“”]'), 'English quotation marks (use « »)'),
    ]
    # FILE:LINE:COLUMN: prefixes and option syntax are not prose.
    allowed_colons = re.compile(r'(?:%[a-z]*[sdu]|\b[A-ZÉ]{2,}):')
    for msgid, msgstrs in entries(po):
        for msgstr in msgstrs:
            text = allowed_colons.sub('', msgstr)
            for pattern, why in rules:
                if pattern.search(text):
                    problems.append('typography: %s:\n  msgid  %r\n  msgstr %r' % (why, msgid, msgstr))


def main():
    if len(sys.argv) < 4 or sys.argv[3] != '--':
        sys.exit(__doc__ if __doc__ else 'usage: check-po.py SRCDIR LANG.po -- XGETTEXT-ARGS...')
    srcdir, po, xgettext_args = sys.argv[1], sys.argv[2], sys.argv[4:]
    name = os.path.basename(po)
    problems = []

    statistics(po, problems, name)

    with open(os.path.join(srcdir, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        sources = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'messages.pot')
        merged = os.path.join(tmp, name)
        result = run(['xgettext', '--output=' + pot] + xgettext_args + sources, cwd=srcdir)
        if result.returncode != 0:
            sys.exit('xgettext failed:\n' + result.stderr)
        result = run(['msgmerge', '--quiet', '--no-fuzzy-matching', '--output-file=' + merged, po, pot])
        if result.returncode != 0:
            sys.exit('msgmerge failed:\n' + result.stderr)
        statistics(merged, problems, name + ' merged with the sources')

    if name.startswith('fr'):
        french_typography(po, problems)

    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
