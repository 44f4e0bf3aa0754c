/* cls-status.c: names and labels of statuses and trends
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The labels are kept here, in one table per language, so that the report,
 * the tool and the explanations all say the same words. French is the
 * language of the contracts; English is the fallback for any other language.
 *
 * The English labels are also the msgids of the translations (po/): the
 * localized labels follow the user's locale, and po/fr.po gives them the
 * same words as the French column (checked by tests/test-i18n.c).
 */

#include "config.h"

#include "cls-i18n-private.h"
#include "cls-status.h"

typedef struct
{
  const char *nick;   /* stable, used in JSON and CSV */
  const char *en;
  const char *fr;
} Label;

static const Label status_labels[CLS_N_STATUSES] = {
  [CLS_STATUS_ACHIEVED] = { "achieved", NC_("status", "achieved"), "atteint" },
  [CLS_STATUS_ON_TRACK] = { "on-track", NC_("status", "on track"), "en bonne voie" },
  [CLS_STATUS_AT_RISK] = { "at-risk", NC_("status", "at risk"), "à surveiller" },
  [CLS_STATUS_OFF_TRACK] = { "off-track", NC_("status", "off track"), "en retard" },
  [CLS_STATUS_NO_DATA] = { "no-data", NC_("status", "no data"), "pas de données" },
  [CLS_STATUS_NO_TARGET] = { "no-target", NC_("status", "no target"), "sans cible" },
  [CLS_STATUS_PENDING] = { "pending", NC_("status", "pending"), "en attente" },
  [CLS_STATUS_NOT_APPLICABLE] = { "not-applicable", NC_("status", "not applicable"), "sans objet" },
  [CLS_STATUS_NOT_STARTED] = { "not-started", NC_("status", "not started"), "non démarré" },
  [CLS_STATUS_ABANDONED] = { "abandoned", NC_("status", "abandoned"), "abandonné" },
  [CLS_STATUS_POSTPONED] = { "postponed", NC_("status", "postponed"), "reporté" },
  [CLS_STATUS_ASSESSED] = { "assessed", NC_("status", "assessed"), "évalué" },
};

static const Label trend_labels[] = {
  [CLS_TREND_UNKNOWN] = { "unknown", NC_("trend", "no trend"), "pas de tendance" },
  [CLS_TREND_IMPROVING] = { "improving", NC_("trend", "improving"), "en progrès" },
  [CLS_TREND_STABLE] = { "stable", NC_("trend", "stable"), "stable" },
  [CLS_TREND_WORSENING] = { "worsening", NC_("trend", "worsening"), "en recul" },
};

static gboolean
is_french (const char *language)
{
  return language != NULL && g_ascii_strncasecmp (language, "fr", 2) == 0;
}

/**
 * cls_status_to_string:
 * @status: a status
 *
 * The stable name of @status, as written in JSON and CSV exports:
 * `achieved`, `on-track`, `at-risk`, `off-track`, `no-data`, `no-target`,
 * `pending`, `not-applicable`, `not-started`, `abandoned`, `postponed`,
 * `assessed`.
 *
 * Returns: the name, or %NULL for a value out of range
 *
 * Since: 1.0
 */
const char *
cls_status_to_string (ClsStatus status)
{
  if ((guint) status >= CLS_N_STATUSES)
    return NULL;
  return status_labels[status].nick;
}

/**
 * cls_status_get_label:
 * @status: a status
 * @language: (nullable): a language code such as `fr` or `en_GB`; %NULL
 *   means English
 *
 * The words a person reads for @status: “en bonne voie” in French,
 * “on track” in English. Languages other than French get English.
 *
 * Returns: the label, or %NULL for a value out of range
 *
 * Since: 1.0
 */
const char *
cls_status_get_label (ClsStatus   status,
                      const char *language)
{
  if ((guint) status >= CLS_N_STATUSES)
    return NULL;
  return is_french (language) ? status_labels[status].fr : status_labels[status].en;
}

/**
 * cls_status_get_localized_label:
 * @status: a status
 *
 * The words a person reads for @status, in the language of the user's
 * locale (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`), from the translations of
 * libcls: “en bonne voie” in a French locale, “on track” where libcls has
 * no translation. Unlike [func@Cls.status_get_label], the language is not
 * chosen by the caller.
 *
 * Returns: the label, or %NULL for a value out of range
 *
 * Since: 1.0
 */
const char *
cls_status_get_localized_label (ClsStatus status)
{
  if ((guint) status >= CLS_N_STATUSES)
    return NULL;
  _cls_i18n_init ();
  return g_dpgettext2 (GETTEXT_PACKAGE, "status", status_labels[status].en);
}

/**
 * cls_status_is_scored:
 * @status: a status
 *
 * Whether @status comes from a score (achieved, on track, at risk, off
 * track), rather than saying why there is no score.
 *
 * Returns: %TRUE for the four traffic-light statuses
 *
 * Since: 1.0
 */
gboolean
cls_status_is_scored (ClsStatus status)
{
  return status == CLS_STATUS_ACHIEVED || status == CLS_STATUS_ON_TRACK ||
         status == CLS_STATUS_AT_RISK || status == CLS_STATUS_OFF_TRACK;
}

/**
 * cls_trend_to_string:
 * @trend: a trend
 *
 * The stable name of @trend: `unknown`, `improving`, `stable`, `worsening`.
 *
 * Returns: the name, or %NULL for a value out of range
 *
 * Since: 1.0
 */
const char *
cls_trend_to_string (ClsTrend trend)
{
  if ((guint) trend >= G_N_ELEMENTS (trend_labels))
    return NULL;
  return trend_labels[trend].nick;
}

/**
 * cls_trend_get_label:
 * @trend: a trend
 * @language: (nullable): a language code such as `fr`; %NULL means English
 *
 * The words a person reads for @trend.
 *
 * Returns: the label, or %NULL for a value out of range
 *
 * Since: 1.0
 */
const char *
cls_trend_get_label (ClsTrend    trend,
                     const char *language)
{
  if ((guint) trend >= G_N_ELEMENTS (trend_labels))
    return NULL;
  return is_french (language) ? trend_labels[trend].fr : trend_labels[trend].en;
}

/**
 * cls_trend_get_localized_label:
 * @trend: a trend
 *
 * The words a person reads for @trend, in the language of the user's
 * locale, from the translations of libcls (see
 * [func@Cls.status_get_localized_label]).
 *
 * Returns: the label, or %NULL for a value out of range
 *
 * Since: 1.0
 */
const char *
cls_trend_get_localized_label (ClsTrend trend)
{
  if ((guint) trend >= G_N_ELEMENTS (trend_labels))
    return NULL;
  _cls_i18n_init ();
  return g_dpgettext2 (GETTEXT_PACKAGE, "trend", trend_labels[trend].en);
}
