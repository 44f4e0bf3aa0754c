# SPDX-License-Identifier: LGPL-2.1-or-later
"""The French of the report's table (libcls/cls-report-labels.c) is the
French of po/fr.po: one translation, whichever way it is read."""

import re
import sys

labels_c, fr_po = sys.argv[1], sys.argv[2]
table = re.findall(r'\{\s*N_\(("(?:[^"\\]|\\.)*")\),\s*("(?:[^"\\]|\\.)*")\s*\}',
                   open(labels_c, encoding='utf-8').read(), re.S)
po = {}
for block in open(fr_po, encoding='utf-8').read().split('\n\n'):
    if 'msgctxt' in block:
        continue
    msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
    msgstr = re.search(r'^msgstr ((?:".*"\n?)+)', block, re.M)
    if msgid and msgstr:
        join = lambda text: ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', text))
        po[join(msgid.group(1))] = join(msgstr.group(1))

problems = []
for english, french in table:
    english, french = english[1:-1], french[1:-1]
    if english not in po:
        problems.append('missing from fr.po: %r' % english)
    elif po[english] != french:
        problems.append('%r: the table says %r, fr.po says %r' % (english, french, po[english]))
print('%d labels checked' % len(table))
for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems or len(table) < 50 else 0)
