# SPDX-License-Identifier: LGPL-2.1-or-later
"""cls-tool draws a progress bar on a terminal, and nothing elsewhere."""

import os
import pty
import subprocess
import sys
import unittest

TOOL = sys.argv.pop(1)
EXAMPLE = os.path.join(os.environ['CLS_EXAMPLES_DIR'], 'clsi-marque-melantois-2025-2028.cls.xml')


class ProgressBarTest(unittest.TestCase):
    def test_terminal(self):
        # stderr on a pseudo-terminal: the bar is drawn, then its line cleared
        main, secondary = pty.openpty()
        try:
            proc = subprocess.run([TOOL, 'evaluate', '--final', EXAMPLE],
                                  stdout=subprocess.DEVNULL, stderr=secondary, timeout=60)
            os.close(secondary)
            secondary = None
            drawn = b''
            while True:
                try:
                    chunk = os.read(main, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                drawn += chunk
        finally:
            os.close(main)
            if secondary is not None:
                os.close(secondary)
        self.assertEqual(proc.returncode, 0)
        self.assertIn(b'Loading', drawn)
        self.assertIn(b'Evaluating', drawn)
        self.assertIn(b'\r\x1b[K', drawn)

    def test_pipe(self):
        proc = subprocess.run([TOOL, 'evaluate', '--final', EXAMPLE],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(proc.returncode, 0)
        self.assertNotIn(b'Loading', proc.stderr)
        self.assertNotIn(b'\r', proc.stderr)
        self.assertIn('CLSI2M', proc.stdout.decode('utf-8'))


if __name__ == '__main__':
    unittest.main()
