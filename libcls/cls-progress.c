/* cls-progress.c: progress reports across threads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Asynchronous loads and evaluations work in a thread of GTask's pool but
 * report progress in the main context of the thread that started them, as
 * g_file_copy_async() does: a user interface (GJS above all, which cannot
 * run code in other threads) may then update itself from the callback.
 */

#include "config.h"

#include "cls-progress-private.h"

struct _ClsProgressRelay
{
  gatomicrefcount ref;
  GMainContext *context;
  ClsProgressFunc func;
  gpointer user_data;
  GObject *owner;
};

typedef struct
{
  ClsProgressRelay *relay;
  double fraction;
} ProgressEvent;

ClsProgressRelay *
_cls_progress_relay_new (ClsProgressFunc  func,
                         gpointer         user_data,
                         GObject         *owner)
{
  ClsProgressRelay *relay = g_new0 (ClsProgressRelay, 1);

  g_atomic_ref_count_init (&relay->ref);
  relay->context = g_main_context_ref_thread_default ();
  relay->func = func;
  relay->user_data = user_data;
  relay->owner = owner != NULL ? g_object_ref (owner) : NULL;
  return relay;
}

static ClsProgressRelay *
relay_ref (ClsProgressRelay *relay)
{
  g_atomic_ref_count_inc (&relay->ref);
  return relay;
}

void
_cls_progress_relay_unref (ClsProgressRelay *relay)
{
  if (!g_atomic_ref_count_dec (&relay->ref))
    return;
  g_main_context_unref (relay->context);
  g_clear_object (&relay->owner);
  g_free (relay);
}

static gboolean
deliver (gpointer user_data)
{
  ProgressEvent *event = user_data;

  event->relay->func (event->fraction, event->relay->user_data);
  return G_SOURCE_REMOVE;
}

static void
event_free (gpointer user_data)
{
  ProgressEvent *event = user_data;

  _cls_progress_relay_unref (event->relay);
  g_free (event);
}

void
_cls_progress_relay_report (double   fraction,
                            gpointer user_data)
{
  ClsProgressRelay *relay = user_data;
  ProgressEvent *event = g_new (ProgressEvent, 1);
  GSource *source = g_idle_source_new ();

  /* Always queued, never called here: g_main_context_invoke() would run it
   * in this worker thread whenever the context is not running yet. Same
   * priority as GTask's completion, so reports arrive before it. */
  event->relay = relay_ref (relay);
  event->fraction = fraction;
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver, event, event_free);
  g_source_set_static_name (source, "[libcls] progress");
  g_source_attach (source, relay->context);
  g_source_unref (source);
}
