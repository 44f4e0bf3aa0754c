/* cls-tool-commands.h: commands of cls-tool that live in their own files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <libcls/cls.h>

G_BEGIN_DECLS

typedef struct
{
  const char *period;    /* --period */
  const char *at;        /* --at */
  gboolean final;        /* --final */
  const char *targets;   /* --targets initial|amended */
  const char *format;    /* --format text|json */
  const char *lang;      /* --lang, NULL: the locale's */
} ClsToolEvaluate;

int cls_tool_evaluate_run (const char            *path,
                           ClsContract           *contract,
                           const ClsToolEvaluate *options);

int cls_tool_lint_run (const char *path,
                       gboolean    trusted,
                       const char *date_or_null);

G_END_DECLS
