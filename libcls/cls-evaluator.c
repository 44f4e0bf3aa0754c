/* cls-evaluator.c: ClsEvaluator, what to evaluate and how
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-evaluation-private.h"
#include "cls-i18n-private.h"
#include "cls-period-private.h"
#include "cls-progress-private.h"

/**
 * ClsEvaluator:
 *
 * Says which evaluation to compute — a period (the annual evaluation of
 * year N), to date at a day, or final — against which targets (as signed or
 * as amended), and with which settings, then computes it for a contract:
 *
 * ```c
 * g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
 * g_autoptr(ClsPeriod) year = cls_period_new_year (2026);
 * cls_evaluator_set_period (evaluator, year);
 * g_autoptr(ClsEvaluation) evaluation =
 *   cls_evaluator_evaluate (evaluator, contract, NULL, &error);
 * ```
 *
 * The thresholds, missing-data policy and trend tolerance are the
 * contract's (its `<evaluation-settings>`) unless set on the evaluator,
 * each on its own; [method@Cls.Evaluator.use_contract_settings] forgets
 * every such override.
 *
 * ## Threads
 *
 * An evaluator is a set of options: configure it in one thread. Evaluating
 * only reads the contract, so several threads may evaluate the same
 * contract at the same time (with one evaluator each, or a shared one that
 * nobody modifies), as long as no thread modifies the contract meanwhile.
 * The evaluation reads the contract's own arrays, never the
 * [iface@Gio.ListModel]s the getters hand out (a [class@Gio.ListStore] is
 * not safe to read from several threads at once: read those from one
 * thread only). The resulting [class@Cls.Evaluation] is immutable, its
 * lists are safe to read from any thread, and it may be shared freely.
 *
 * Since: 1.0
 */

enum {
  OVERRIDE_ON_TRACK = 1 << 0,
  OVERRIDE_AT_RISK = 1 << 1,
  OVERRIDE_TOLERANCE = 1 << 2,
  OVERRIDE_MISSING_DATA = 1 << 3,
};

struct _ClsEvaluator
{
  GObject parent_instance;

  ClsEvaluationKind kind;
  ClsPeriod *period;
  GDate date;                      /* invalid: today */
  ClsTargetVersion target_version;
  guint overrides;
  double on_track;
  double at_risk;
  double trend_tolerance;
  ClsMissingDataPolicy missing_data;
  ClsProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_destroy;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_PERIOD,
  PROP_DATE,
  PROP_TARGET_VERSION,
  PROP_ON_TRACK,
  PROP_AT_RISK,
  PROP_TREND_TOLERANCE,
  PROP_MISSING_DATA,
  PROP_USE_CONTRACT_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClsEvaluator, cls_evaluator, G_TYPE_OBJECT)

static void
cls_evaluator_finalize (GObject *object)
{
  ClsEvaluator *self = CLS_EVALUATOR (object);

  g_clear_pointer (&self->period, cls_period_free);
  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  G_OBJECT_CLASS (cls_evaluator_parent_class)->finalize (object);
}

static void
cls_evaluator_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ClsEvaluator *self = CLS_EVALUATOR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PERIOD:
      g_value_set_boxed (value, self->period);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, cls_evaluator_get_date (self));
      break;
    case PROP_TARGET_VERSION:
      g_value_set_enum (value, self->target_version);
      break;
    case PROP_ON_TRACK:
      g_value_set_double (value, self->on_track);
      break;
    case PROP_AT_RISK:
      g_value_set_double (value, self->at_risk);
      break;
    case PROP_TREND_TOLERANCE:
      g_value_set_double (value, self->trend_tolerance);
      break;
    case PROP_MISSING_DATA:
      g_value_set_enum (value, self->missing_data);
      break;
    case PROP_USE_CONTRACT_SETTINGS:
      g_value_set_boolean (value, self->overrides == 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_evaluator_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ClsEvaluator *self = CLS_EVALUATOR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      cls_evaluator_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PERIOD:
      cls_evaluator_set_period (self, g_value_get_boxed (value));
      break;
    case PROP_DATE:
      cls_evaluator_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_TARGET_VERSION:
      cls_evaluator_set_target_version (self, g_value_get_enum (value));
      break;
    case PROP_ON_TRACK:
      cls_evaluator_set_on_track (self, g_value_get_double (value));
      break;
    case PROP_AT_RISK:
      cls_evaluator_set_at_risk (self, g_value_get_double (value));
      break;
    case PROP_TREND_TOLERANCE:
      cls_evaluator_set_trend_tolerance (self, g_value_get_double (value));
      break;
    case PROP_MISSING_DATA:
      cls_evaluator_set_missing_data (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_evaluator_class_init (ClsEvaluatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cls_evaluator_finalize;
  object_class->get_property = cls_evaluator_get_property;
  object_class->set_property = cls_evaluator_set_property;

  /**
   * ClsEvaluator:kind:
   *
   * Which evaluation to compute. Setting [property@Cls.Evaluator:period]
   * selects a period evaluation, setting [property@Cls.Evaluator:date] an
   * evaluation to date.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CLS_TYPE_EVALUATION_KIND,
                       CLS_EVALUATION_KIND_TO_DATE, flags);

  /**
   * ClsEvaluator:period:
   *
   * The period of a period evaluation (`2026` for the annual evaluation of
   * 2026; any period works).
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL, CLS_TYPE_PERIOD, flags);

  /**
   * ClsEvaluator:date:
   *
   * The day D of an evaluation to date; %NULL means today (local time).
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * ClsEvaluator:target-version:
   *
   * Whether to measure against the targets as signed or as amended.
   *
   * Since: 1.0
   */
  properties[PROP_TARGET_VERSION] =
    g_param_spec_enum ("target-version", NULL, NULL, CLS_TYPE_TARGET_VERSION,
                       CLS_TARGET_VERSION_AMENDED, flags);

  /**
   * ClsEvaluator:on-track:
   *
   * The “on track” threshold, overriding the contract's once set.
   *
   * Since: 1.0
   */
  properties[PROP_ON_TRACK] =
    g_param_spec_double ("on-track", NULL, NULL, 0, 1, 0.75, flags);

  /**
   * ClsEvaluator:at-risk:
   *
   * The “at risk” threshold, overriding the contract's once set.
   *
   * Since: 1.0
   */
  properties[PROP_AT_RISK] =
    g_param_spec_double ("at-risk", NULL, NULL, 0, 1, 0.5, flags);

  /**
   * ClsEvaluator:trend-tolerance:
   *
   * The relative change under which a trend is “stable”, overriding the
   * contract's once set.
   *
   * Since: 1.0
   */
  properties[PROP_TREND_TOLERANCE] =
    g_param_spec_double ("trend-tolerance", NULL, NULL, 0, G_MAXDOUBLE, 0.01, flags);

  /**
   * ClsEvaluator:missing-data:
   *
   * What children without data count for, overriding the contract's once
   * set.
   *
   * Since: 1.0
   */
  properties[PROP_MISSING_DATA] =
    g_param_spec_enum ("missing-data", NULL, NULL, CLS_TYPE_MISSING_DATA_POLICY,
                       CLS_MISSING_DATA_POLICY_EXCLUDE, flags);

  /**
   * ClsEvaluator:use-contract-settings:
   *
   * %TRUE while no threshold, policy or tolerance is set on the evaluator.
   *
   * Since: 1.0
   */
  properties[PROP_USE_CONTRACT_SETTINGS] =
    g_param_spec_boolean ("use-contract-settings", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_evaluator_init (ClsEvaluator *self)
{
  self->kind = CLS_EVALUATION_KIND_TO_DATE;
  self->on_track = 0.75;
  self->at_risk = 0.5;
  self->trend_tolerance = 0.01;
  self->missing_data = CLS_MISSING_DATA_POLICY_EXCLUDE;
}

/**
 * cls_evaluator_new:
 *
 * Creates an evaluator for an evaluation to date, today, against the
 * amended targets, with the contract's settings.
 *
 * Returns: (transfer full): a new evaluator
 *
 * Since: 1.0
 */
ClsEvaluator *
cls_evaluator_new (void)
{
  return g_object_new (CLS_TYPE_EVALUATOR, NULL);
}

/**
 * cls_evaluator_get_kind:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:kind].
 *
 * Returns: the kind of evaluation
 *
 * Since: 1.0
 */
ClsEvaluationKind
cls_evaluator_get_kind (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), 0);
  return self->kind;
}

/**
 * cls_evaluator_set_kind:
 * @self: a [class@Cls.Evaluator]
 * @kind: the kind of evaluation
 *
 * Sets [property@Cls.Evaluator:kind].
 *
 * Since: 1.0
 */
void
cls_evaluator_set_kind (ClsEvaluator      *self,
                        ClsEvaluationKind  kind)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));
  g_return_if_fail (kind <= CLS_EVALUATION_KIND_FINAL);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * cls_evaluator_get_period:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:period].
 *
 * Returns: (transfer none) (nullable): the period
 *
 * Since: 1.0
 */
const ClsPeriod *
cls_evaluator_get_period (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), NULL);
  return self->period;
}

/**
 * cls_evaluator_set_period:
 * @self: a [class@Cls.Evaluator]
 * @period: (nullable): the period to evaluate
 *
 * Sets [property@Cls.Evaluator:period] and, when @period is not %NULL,
 * selects a period evaluation.
 *
 * Since: 1.0
 */
void
cls_evaluator_set_period (ClsEvaluator    *self,
                          const ClsPeriod *period)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));

  g_clear_pointer (&self->period, cls_period_free);
  if (period != NULL)
    self->period = cls_period_copy (period);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
  if (period != NULL)
    cls_evaluator_set_kind (self, CLS_EVALUATION_KIND_PERIOD);
}

/**
 * cls_evaluator_get_date:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:date].
 *
 * Returns: (transfer none) (nullable): the date, or %NULL for today
 *
 * Since: 1.0
 */
const GDate *
cls_evaluator_get_date (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), NULL);
  return g_date_valid (&self->date) ? &self->date : NULL;
}

/**
 * cls_evaluator_set_date:
 * @self: a [class@Cls.Evaluator]
 * @date: (nullable): the day of the evaluation to date, or %NULL for today
 *
 * Sets [property@Cls.Evaluator:date] and selects an evaluation to date.
 *
 * Since: 1.0
 */
void
cls_evaluator_set_date (ClsEvaluator *self,
                        const GDate  *date)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  g_date_clear (&self->date, 1);
  if (date != NULL)
    self->date = *date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  cls_evaluator_set_kind (self, CLS_EVALUATION_KIND_TO_DATE);
}

/**
 * cls_evaluator_get_target_version:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:target-version].
 *
 * Returns: the targets measured against
 *
 * Since: 1.0
 */
ClsTargetVersion
cls_evaluator_get_target_version (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), 0);
  return self->target_version;
}

/**
 * cls_evaluator_set_target_version:
 * @self: a [class@Cls.Evaluator]
 * @version: the targets to measure against
 *
 * Sets [property@Cls.Evaluator:target-version].
 *
 * Since: 1.0
 */
void
cls_evaluator_set_target_version (ClsEvaluator     *self,
                                  ClsTargetVersion  version)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));
  g_return_if_fail (version <= CLS_TARGET_VERSION_INITIAL);

  if (self->target_version == version)
    return;
  self->target_version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_VERSION]);
}

static void
set_override (ClsEvaluator *self,
              guint         flag,
              GParamSpec   *pspec)
{
  gboolean had_none = self->overrides == 0;

  self->overrides |= flag;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  if (had_none)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USE_CONTRACT_SETTINGS]);
}

/**
 * cls_evaluator_get_on_track:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:on-track].
 *
 * Returns: the threshold set, or the default 0.75
 *
 * Since: 1.0
 */
double
cls_evaluator_get_on_track (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), 0);
  return self->on_track;
}

/**
 * cls_evaluator_set_on_track:
 * @self: a [class@Cls.Evaluator]
 * @threshold: a threshold in [0, 1]
 *
 * Overrides the contract's “on track” threshold.
 *
 * Since: 1.0
 */
void
cls_evaluator_set_on_track (ClsEvaluator *self,
                            double        threshold)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));
  self->on_track = threshold;
  set_override (self, OVERRIDE_ON_TRACK, properties[PROP_ON_TRACK]);
}

/**
 * cls_evaluator_get_at_risk:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:at-risk].
 *
 * Returns: the threshold set, or the default 0.5
 *
 * Since: 1.0
 */
double
cls_evaluator_get_at_risk (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), 0);
  return self->at_risk;
}

/**
 * cls_evaluator_set_at_risk:
 * @self: a [class@Cls.Evaluator]
 * @threshold: a threshold in [0, 1]
 *
 * Overrides the contract's “at risk” threshold.
 *
 * Since: 1.0
 */
void
cls_evaluator_set_at_risk (ClsEvaluator *self,
                           double        threshold)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));
  self->at_risk = threshold;
  set_override (self, OVERRIDE_AT_RISK, properties[PROP_AT_RISK]);
}

/**
 * cls_evaluator_get_trend_tolerance:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:trend-tolerance].
 *
 * Returns: the tolerance set, or the default 0.01
 *
 * Since: 1.0
 */
double
cls_evaluator_get_trend_tolerance (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), 0);
  return self->trend_tolerance;
}

/**
 * cls_evaluator_set_trend_tolerance:
 * @self: a [class@Cls.Evaluator]
 * @tolerance: a relative change, ≥ 0 (0.01 is 1 %)
 *
 * Overrides the contract's trend tolerance.
 *
 * Since: 1.0
 */
void
cls_evaluator_set_trend_tolerance (ClsEvaluator *self,
                                   double        tolerance)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));
  self->trend_tolerance = tolerance;
  set_override (self, OVERRIDE_TOLERANCE, properties[PROP_TREND_TOLERANCE]);
}

/**
 * cls_evaluator_get_missing_data:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:missing-data].
 *
 * Returns: the policy set, or the default
 *
 * Since: 1.0
 */
ClsMissingDataPolicy
cls_evaluator_get_missing_data (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), 0);
  return self->missing_data;
}

/**
 * cls_evaluator_set_missing_data:
 * @self: a [class@Cls.Evaluator]
 * @policy: a policy
 *
 * Overrides the contract's missing-data policy.
 *
 * Since: 1.0
 */
void
cls_evaluator_set_missing_data (ClsEvaluator         *self,
                                ClsMissingDataPolicy  policy)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));
  self->missing_data = policy;
  set_override (self, OVERRIDE_MISSING_DATA, properties[PROP_MISSING_DATA]);
}

/**
 * cls_evaluator_get_use_contract_settings:
 * @self: a [class@Cls.Evaluator]
 *
 * Gets [property@Cls.Evaluator:use-contract-settings].
 *
 * Returns: %TRUE when no setting of the contract is overridden
 *
 * Since: 1.0
 */
gboolean
cls_evaluator_get_use_contract_settings (ClsEvaluator *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), FALSE);
  return self->overrides == 0;
}

/**
 * cls_evaluator_use_contract_settings:
 * @self: a [class@Cls.Evaluator]
 *
 * Forgets every threshold, policy and tolerance set on the evaluator: the
 * contract's apply again.
 *
 * Since: 1.0
 */
void
cls_evaluator_use_contract_settings (ClsEvaluator *self)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));

  if (self->overrides == 0)
    return;
  self->overrides = 0;
  self->on_track = 0.75;
  self->at_risk = 0.5;
  self->trend_tolerance = 0.01;
  self->missing_data = CLS_MISSING_DATA_POLICY_EXCLUDE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USE_CONTRACT_SETTINGS]);
}

/**
 * cls_evaluator_set_progress_func:
 * @self: a [class@Cls.Evaluator]
 * @func: (nullable) (scope notified) (closure user_data) (destroy destroy):
 *   the function that reports progress, or %NULL
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data when it is no longer needed
 *
 * Sets a function told how far an evaluation has gone (see
 * [callback@Cls.ProgressFunc] for when and in which thread it is called).
 * Evaluating one contract is fast; this is for dashboards evaluating large
 * or many contracts.
 *
 * Since: 1.0
 */
void
cls_evaluator_set_progress_func (ClsEvaluator    *self,
                                 ClsProgressFunc  func,
                                 gpointer         user_data,
                                 GDestroyNotify   destroy)
{
  g_return_if_fail (CLS_IS_EVALUATOR (self));

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  self->progress = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}

static guint32
today_julian (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  return g_date_get_julian (&today);
}

/* Resolves the options against @contract; fails when the evaluation cannot
 * be computed at all. */
static gboolean
resolve_settings (ClsEvaluator          *self,
                  ClsContract           *contract,
                  ClsEvaluationSettings *settings,
                  GError               **error)
{
  const GDate *start = cls_contract_get_start_date (contract);
  const GDate *end = cls_contract_get_end_date (contract);

  memset (settings, 0, sizeof *settings);
  if (start == NULL || end == NULL)
    {
      g_set_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_DATES,
                   start == NULL
                   ? _("contract “%s” has no start date: an evaluation needs both ends of the contract")
                   : _("contract “%s” has no end date: an evaluation needs both ends of the contract"),
                   cls_contract_get_id (contract));
      return FALSE;
    }

  settings->kind = self->kind;
  settings->target_version = self->target_version;
  settings->on_track = (self->overrides & OVERRIDE_ON_TRACK) ? self->on_track
                                                             : cls_contract_get_on_track (contract);
  settings->at_risk = (self->overrides & OVERRIDE_AT_RISK) ? self->at_risk
                                                           : cls_contract_get_at_risk (contract);
  settings->trend_tolerance = (self->overrides & OVERRIDE_TOLERANCE)
                              ? self->trend_tolerance : cls_contract_get_trend_tolerance (contract);
  settings->missing_data = (self->overrides & OVERRIDE_MISSING_DATA)
                           ? self->missing_data : cls_contract_get_missing_data (contract);

  if (!(settings->at_risk >= 0 && settings->at_risk <= settings->on_track && settings->on_track <= 1) ||
      !(settings->trend_tolerance >= 0))
    {
      g_set_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_INVALID_SETTINGS,
                   _("the thresholds must satisfy 0 ≤ at-risk (%g) ≤ on-track (%g) ≤ 1 and the trend tolerance (%g) must not be negative"),
                   settings->at_risk, settings->on_track, settings->trend_tolerance);
      return FALSE;
    }

  switch (self->kind)
    {
    case CLS_EVALUATION_KIND_PERIOD:
      if (self->period == NULL)
        {
          g_set_error_literal (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_PERIOD,
                               _("a period evaluation needs a period (e.g. 2026)"));
          return FALSE;
        }
      settings->window_start = cls_period_get_start_julian (self->period);
      settings->window_end = cls_period_get_end_julian (self->period);
      settings->window_kind = cls_period_get_kind (self->period);
      break;
    case CLS_EVALUATION_KIND_TO_DATE:
      settings->date = g_date_valid (&self->date) ? g_date_get_julian (&self->date) : today_julian ();
      if (settings->date < g_date_get_julian (start))
        {
          char day[16], first[16];
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, settings->date);
          g_date_strftime (day, sizeof day, "%Y-%m-%d", &date);
          g_date_strftime (first, sizeof first, "%Y-%m-%d", start);
          g_set_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_INVALID_SETTINGS,
                       _("%s is before the contract starts (%s): an evaluation to date needs a day within or after the contract"),
                       day, first);
          return FALSE;
        }
      settings->window_start = g_date_get_julian (start);
      settings->window_end = settings->date;
      settings->window_kind = CLS_PERIOD_KIND_RANGE;
      break;
    case CLS_EVALUATION_KIND_FINAL:
    default:
      settings->date = g_date_get_julian (end);
      settings->window_start = g_date_get_julian (start);
      settings->window_end = settings->date;
      settings->window_kind = CLS_PERIOD_KIND_RANGE;
      break;
    }
  return TRUE;
}

/**
 * cls_evaluator_evaluate:
 * @self: a [class@Cls.Evaluator]
 * @contract: the contract to evaluate
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @error: return location for a [struct@GLib.Error]
 *
 * Computes the evaluation of @contract that @self describes. The cost is
 * linear in the number of measurements. See the class documentation about
 * threads.
 *
 * Fails with [error@Cls.EvaluationError] when the contract has no dates,
 * a period evaluation has no period, an evaluation to date is asked for a
 * day before the contract starts, or the settings are out of range;
 * with %G_IO_ERROR_CANCELLED when @cancellable is triggered.
 *
 * Returns: (transfer full): the evaluation, or %NULL on error
 *
 * Since: 1.0
 */
ClsEvaluation *
cls_evaluator_evaluate (ClsEvaluator  *self,
                        ClsContract   *contract,
                        GCancellable  *cancellable,
                        GError       **error)
{
  ClsEvaluationSettings settings;

  g_return_val_if_fail (CLS_IS_EVALUATOR (self), NULL);
  g_return_val_if_fail (CLS_IS_CONTRACT (contract), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!resolve_settings (self, contract, &settings, error))
    return NULL;
  settings.progress = self->progress;
  settings.progress_data = self->progress_data;
  return _cls_evaluate (contract, &settings, cancellable, error);
}

typedef struct
{
  ClsContract *contract;
  ClsEvaluationSettings settings;
  ClsProgressRelay *relay;
} EvaluateData;

static void
evaluate_data_free (EvaluateData *data)
{
  g_object_unref (data->contract);
  g_clear_pointer (&data->relay, _cls_progress_relay_unref);
  g_free (data);
}

static void
evaluate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  EvaluateData *data = task_data;
  GError *error = NULL;
  ClsEvaluation *evaluation = _cls_evaluate (data->contract, &data->settings, cancellable, &error);

  if (evaluation == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, evaluation, g_object_unref);
}

/**
 * cls_evaluator_evaluate_async:
 * @self: a [class@Cls.Evaluator]
 * @contract: the contract to evaluate
 * @cancellable: (nullable): a [class@Gio.Cancellable]
 * @callback: (scope async): called when the evaluation is ready
 * @user_data: data for @callback
 *
 * Computes the evaluation in a worker thread; the options of @self are
 * taken when this is called, so @self may change afterwards. Do not modify
 * @contract until @callback runs.
 *
 * Since: 1.0
 */
void
cls_evaluator_evaluate_async (ClsEvaluator        *self,
                              ClsContract         *contract,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  EvaluateData *data;

  g_return_if_fail (CLS_IS_EVALUATOR (self));
  g_return_if_fail (CLS_IS_CONTRACT (contract));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cls_evaluator_evaluate_async);
  data = g_new0 (EvaluateData, 1);
  data->contract = g_object_ref (contract);
  g_task_set_task_data (task, data, (GDestroyNotify) evaluate_data_free);
  if (!resolve_settings (self, contract, &data->settings, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (self->progress != NULL)
    {
      data->relay = _cls_progress_relay_new (self->progress, self->progress_data, G_OBJECT (self));
      data->settings.progress = _cls_progress_relay_report;
      data->settings.progress_data = data->relay;
    }
  g_task_run_in_thread (task, evaluate_thread);
}

/**
 * cls_evaluator_evaluate_finish:
 * @self: a [class@Cls.Evaluator]
 * @result: the result passed to the callback
 * @error: return location for a [struct@GLib.Error]
 *
 * Finishes [method@Cls.Evaluator.evaluate_async].
 *
 * Returns: (transfer full): the evaluation, or %NULL on error
 *
 * Since: 1.0
 */
ClsEvaluation *
cls_evaluator_evaluate_finish (ClsEvaluator  *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (CLS_IS_EVALUATOR (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cls_evaluator_evaluate_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
