/* cls-file.c: atomic writes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Contracts and reports are written whole or not at all: GIO writes a
 * temporary file next to the target and renames it over the target, so a
 * crash or a full disk never leaves a truncated contract behind.
 */

#include "config.h"

#include "cls-file-private.h"

gboolean
_cls_file_replace (GFile         *file,
                   GBytes        *bytes,
                   GCancellable  *cancellable,
                   GError       **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                  cancellable, error);
}

static void
replace_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Writes @bytes atomically, then returns a boolean through @task (whose
 * reference this takes) and its cancellable. */
void
_cls_file_replace_async (GFile  *file,
                         GBytes *bytes,
                         GTask  *task)
{
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_NONE,
                                       g_task_get_cancellable (task), replace_done, task);
}
