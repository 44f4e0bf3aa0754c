/* cls-evaluation-json.c: the JSON form of an evaluation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The format is documented in docs/evaluation-json.md and described by
 * libcls/schema/cls-evaluation-1.schema.json. It is stable: fields may be
 * added in later versions of format 1, never removed or changed. Every
 * figure is written unrounded (dashboards round for display); a figure
 * that does not exist is `null`, never 0.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "cls-evaluation-private.h"

#define FORMAT_NAME "libcls-evaluation"
#define FORMAT_VERSION 1

static void
member_string (JsonBuilder *builder,
               const char  *name,
               const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
member_double (JsonBuilder *builder,
               const char  *name,
               gboolean     has,
               double       value)
{
  json_builder_set_member_name (builder, name);
  if (has)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
member_int (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
member_julian (JsonBuilder *builder,
               const char  *name,
               guint32      julian)
{
  char buffer[16];
  GDate date;

  json_builder_set_member_name (builder, name);
  if (julian == 0)
    {
      json_builder_add_null_value (builder);
      return;
    }
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  json_builder_add_string_value (builder, buffer);
}

static void
member_date (JsonBuilder *builder,
             const char  *name,
             const GDate *date)
{
  member_julian (builder, name, date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0);
}

static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);
  const char *nick = enum_value != NULL ? enum_value->value_nick : NULL;

  g_type_class_unref (klass);   /* enum classes are never freed */
  return nick;
}

static void
member_explanation (JsonBuilder *builder,
                    char * const explanation[2])
{
  json_builder_set_member_name (builder, "explanation");
  json_builder_begin_object (builder);
  member_string (builder, "en", explanation[0]);
  member_string (builder, "fr", explanation[1]);
  json_builder_end_object (builder);
}

static void
add_counts (JsonBuilder   *builder,
            ClsNodeResult *result)
{
  guint s;

  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (s = 0; s < CLS_N_STATUSES; s++)
    member_int (builder, cls_status_to_string (s), result->counts[s]);
  json_builder_end_object (builder);
}

static void
add_gap (JsonBuilder *builder,
         ClsGap      *gap)
{
  json_builder_begin_object (builder);
  member_string (builder, "reason", enum_nick (CLS_TYPE_GAP_REASON, gap->reason));
  member_string (builder, "object", gap->object_id);
  member_string (builder, "node", gap->node_id);
  member_string (builder, "label", gap->label);
  json_builder_end_object (builder);
}

static void
add_node (JsonBuilder   *builder,
          ClsNodeResult *result,
          const char    *parent_id)
{
  guint i;

  json_builder_begin_object (builder);
  member_string (builder, "id", result->id);
  member_string (builder, "parent", parent_id);
  member_string (builder, "code", result->code);
  member_string (builder, "title", result->title);
  member_int (builder, "depth", result->depth);
  member_string (builder, "status", cls_status_to_string (result->status));
  member_double (builder, "weight", TRUE, result->weight);
  member_double (builder, "score", result->has_score, result->score);
  member_double (builder, "coverage", result->has_coverage, result->coverage);
  member_double (builder, "pace", result->has_pace, result->pace);
  member_int (builder, "scored", result->n_scored);
  member_int (builder, "scorable", result->n_scorable);
  member_int (builder, "indicator-count", result->n_indicators);
  add_counts (builder, result);

  json_builder_set_member_name (builder, "children");
  json_builder_begin_array (builder);
  for (i = 0; i < result->children->len; i++)
    json_builder_add_string_value (builder, ((ClsNodeResult *) g_ptr_array_index (result->children, i))->id);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (i = 0; i < result->indicators->len; i++)
    json_builder_add_string_value (builder, ((ClsIndicatorResult *) g_ptr_array_index (result->indicators, i))->id);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "gaps");
  json_builder_begin_array (builder);
  for (i = 0; i < result->n_gaps; i++)
    add_gap (builder, g_ptr_array_index (result->gaps, result->first_gap + i));
  json_builder_end_array (builder);

  member_explanation (builder, result->explanation);
  json_builder_end_object (builder);
}

static void
add_nodes (JsonBuilder   *builder,
           ClsNodeResult *result,
           const char    *parent_id)
{
  guint i;

  for (i = 0; i < result->children->len; i++)
    {
      ClsNodeResult *child = g_ptr_array_index (result->children, i);

      add_node (builder, child, parent_id);
      add_nodes (builder, child, child->id);
    }
}

static void
add_indicator (JsonBuilder        *builder,
               ClsIndicatorResult *r)
{
  guint i;

  json_builder_begin_object (builder);
  member_string (builder, "id", r->id);
  member_string (builder, "node", r->node_id);
  member_string (builder, "code", r->code);
  member_string (builder, "title", r->title);
  member_string (builder, "unit", r->unit);
  member_string (builder, "kind", enum_nick (CLS_TYPE_INDICATOR_KIND, r->kind));
  member_string (builder, "aggregation", enum_nick (CLS_TYPE_AGGREGATION, r->aggregation));
  member_string (builder, "direction", enum_nick (CLS_TYPE_DIRECTION, r->direction));
  member_string (builder, "status", cls_status_to_string (r->status));
  member_string (builder, "trend", cls_trend_to_string (r->trend));
  member_double (builder, "weight", TRUE, r->weight);
  json_builder_set_member_name (builder, "scorable");
  json_builder_add_boolean_value (builder, r->scorable);
  member_int (builder, "measurements", r->n_measurements);
  member_double (builder, "value", r->has_value, r->value);
  member_double (builder, "numerator", r->has_numerator, r->numerator);
  member_double (builder, "denominator", r->has_denominator, r->denominator);
  /* the factor only means something next to a numerator and denominator */
  member_double (builder, "factor", r->has_numerator, r->factor);
  member_string (builder, "level", r->level);
  member_double (builder, "baseline", r->has_baseline, r->baseline);
  member_double (builder, "target", r->has_target, r->target);
  member_string (builder, "target-source", enum_nick (CLS_TYPE_TARGET_SOURCE, r->target_source));
  member_string (builder, "target-level", r->target_level);
  member_string (builder, "target-amendment", r->target_amendment);
  member_double (builder, "achievement", r->has_achievement, r->achievement);
  member_double (builder, "score", r->has_score, r->score);
  member_double (builder, "expected", r->has_expected, r->expected);
  member_double (builder, "pace", r->has_pace, r->pace);
  member_double (builder, "previous", r->has_previous, r->previous);
  member_double (builder, "latest", r->has_previous, r->latest);
  member_date (builder, "done-date", &r->done_date);
  member_date (builder, "due-date", &r->due_date);
  member_string (builder, "text", r->text);

  json_builder_set_member_name (builder, "recurring");
  if (r->recurring_years >= 0)
    {
      json_builder_begin_object (builder);
      member_int (builder, "met", r->recurring_met);
      member_int (builder, "years", r->recurring_years);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "dimension");
  if (r->dimension != NULL)
    {
      json_builder_begin_object (builder);
      member_string (builder, "name", r->dimension);
      member_int (builder, "met", r->keys_met);
      member_int (builder, "expected", r->keys_expected);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "breakdown");
  json_builder_begin_array (builder);
  for (i = 0; i < r->breakdown->len; i++)
    {
      ClsDimensionValue *item = g_ptr_array_index (r->breakdown, i);

      json_builder_begin_object (builder);
      member_string (builder, "dimension", item->dimension);
      member_string (builder, "key", item->key);
      member_double (builder, "value", item->has_value, item->value);
      member_double (builder, "target", item->has_target, item->target);
      json_builder_set_member_name (builder, "met");
      if (item->has_target)
        json_builder_add_boolean_value (builder, item->met);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  member_explanation (builder, r->explanation);
  json_builder_end_object (builder);
}

static JsonNode *
build (ClsEvaluation *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const ClsEvaluationSettings *s = &self->settings;
  guint i;

  json_builder_begin_object (builder);
  member_string (builder, "format", FORMAT_NAME);
  member_int (builder, "version", FORMAT_VERSION);
  member_string (builder, "generator", "libcls " PACKAGE_VERSION);

  json_builder_set_member_name (builder, "contract");
  json_builder_begin_object (builder);
  member_string (builder, "id", cls_contract_get_id (self->contract));
  member_string (builder, "title", cls_contract_get_title (self->contract));
  member_string (builder, "acronym", cls_contract_get_acronym (self->contract));
  member_date (builder, "start", cls_contract_get_start_date (self->contract));
  member_date (builder, "end", cls_contract_get_end_date (self->contract));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "evaluation");
  json_builder_begin_object (builder);
  member_string (builder, "kind", enum_nick (CLS_TYPE_EVALUATION_KIND, s->kind));
  {
    g_autofree char *period = cls_period_to_string (self->window);
    g_autofree char *label_en = _cls_explain_window (self, FALSE);
    g_autofree char *label_fr = _cls_explain_window (self, TRUE);

    json_builder_set_member_name (builder, "window");
    json_builder_begin_object (builder);
    member_string (builder, "period", period);
    member_julian (builder, "start", s->window_start);
    member_julian (builder, "end", s->window_end);
    json_builder_set_member_name (builder, "label");
    json_builder_begin_object (builder);
    member_string (builder, "en", label_en);
    member_string (builder, "fr", label_fr);
    json_builder_end_object (builder);
    json_builder_end_object (builder);
  }
  member_julian (builder, "date", s->date);
  member_string (builder, "targets", enum_nick (CLS_TYPE_TARGET_VERSION, s->target_version));
  member_double (builder, "expected", self->has_expected, self->expected);
  json_builder_set_member_name (builder, "settings");
  json_builder_begin_object (builder);
  member_double (builder, "on-track", TRUE, s->on_track);
  member_double (builder, "at-risk", TRUE, s->at_risk);
  member_string (builder, "missing-data", enum_nick (CLS_TYPE_MISSING_DATA_POLICY, s->missing_data));
  member_double (builder, "trend-tolerance", TRUE, s->trend_tolerance);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "summary");
  add_node (builder, self->root, NULL);

  json_builder_set_member_name (builder, "nodes");
  json_builder_begin_array (builder);
  add_nodes (builder, self->root, NULL);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (i = 0; i < self->indicators->len; i++)
    add_indicator (builder, g_ptr_array_index (self->indicators, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * cls_evaluation_to_json:
 * @self: a [class@Cls.Evaluation]
 * @pretty: whether to indent the output
 *
 * Writes the evaluation as JSON in the documented, stable format
 * (`docs/evaluation-json.md`): the contract, what was evaluated, a summary
 * (the contract's result), every node and every indicator with every
 * figure — unrounded, `null` when it does not exist — and the explanations
 * in English and French.
 *
 * Returns: (transfer full): the JSON text, in UTF-8
 *
 * Since: 1.0
 */
char *
cls_evaluation_to_json (ClsEvaluation *self,
                        gboolean       pretty)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);

  root = build (self);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * cls_evaluation_to_json_bytes:
 * @self: a [class@Cls.Evaluation]
 * @pretty: whether to indent the output
 *
 * Like [method@Cls.Evaluation.to_json], as bytes ending with a newline,
 * ready to be written to a file.
 *
 * Returns: (transfer full): the JSON
 *
 * Since: 1.0
 */
GBytes *
cls_evaluation_to_json_bytes (ClsEvaluation *self,
                              gboolean       pretty)
{
  char *text;
  gsize length;

  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);

  text = cls_evaluation_to_json (self, pretty);
  length = strlen (text);
  text = g_realloc (text, length + 2);
  text[length] = '\n';
  text[length + 1] = '\0';
  return g_bytes_new_take (text, length + 1);
}
