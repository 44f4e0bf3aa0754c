/* cls-tool-progress.c: a progress bar for long loads and evaluations
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Drawn on standard error, and only when it is a terminal: a pipe or a log
 * file gets nothing, so that scripts reading the output are not disturbed.
 */

#include <stdio.h>
#include <unistd.h>

#include "cls-tool-commands.h"

#define BAR_WIDTH 30

static void
draw (double   fraction,
      gpointer user_data)
{
  const char *label = user_data;
  int filled = (int) (fraction * BAR_WIDTH + 0.5);
  int i;

  if (fraction >= 1)
    {
      /* done: leave a clean line for what comes next */
      fputs ("\r\033[K", stderr);
      fflush (stderr);
      return;
    }
  fprintf (stderr, "\r%-10s [", _(label));
  for (i = 0; i < BAR_WIDTH; i++)
    fputc (i < filled ? '#' : '-', stderr);
  fprintf (stderr, "] %3d %%", (int) (fraction * 100));
  fflush (stderr);
}

static gboolean
on_terminal (void)
{
  return isatty (STDERR_FILENO);
}

void
cls_tool_progress_attach_loader (ClsLoader  *loader,
                                 const char *label)
{
  if (on_terminal ())
    cls_loader_set_progress_func (loader, draw, (gpointer) label, NULL);
}

void
cls_tool_progress_attach_evaluator (ClsEvaluator *evaluator,
                                    const char   *label)
{
  if (on_terminal ())
    cls_evaluator_set_progress_func (evaluator, draw, (gpointer) label, NULL);
}
