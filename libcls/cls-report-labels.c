/* cls-report-labels.c: every word of the HTML report, in English and French
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One table: the English text, marked with N_(), and the French beside
 * it. A report is written in the language asked for (ClsReport:language),
 * whatever the locale of the process, so the two languages every report
 * offers are here; po/fr.po carries the same French (a test checks that
 * they agree), for translators and for the other texts of libcls. Statuses and trends use cls_status_get_label() and
 * cls_trend_get_label(), the words of the explanations; this file adds
 * what only the report says, and the symbol and colour of each status, so
 * that a status reads without colour (the symbol and the words) and prints
 * the same everywhere.
 */

#include "config.h"

#include <string.h>

#include "cls-report-private.h"

#ifndef N_
#define N_(text) (text)
#endif

typedef struct
{
  const char *en;
  const char *fr;
} Label;

static const Label labels[CLS_N_REPORT_LABELS] = {
  [CLS_REPORT_LABEL_REPORT] = { N_("Evaluation report"), "Rapport d’évaluation" },
  [CLS_REPORT_LABEL_FOR_COPIL] = { N_("for the comité de pilotage"), "pour le comité de pilotage" },
  [CLS_REPORT_LABEL_CONTENTS] = { N_("Contents"), "Sommaire" },
  [CLS_REPORT_LABEL_CONTRACT] = { N_("The contract"), "Le contrat" },
  [CLS_REPORT_LABEL_ACRONYM] = { N_("Acronym"), "Sigle" },
  [CLS_REPORT_LABEL_TERRITORY] = { N_("Territory"), "Territoire" },
  [CLS_REPORT_LABEL_CONTRACT_PERIOD] = { N_("Period of the contract"), "Durée du contrat" },
  [CLS_REPORT_LABEL_SIGNED] = { N_("Signed"), "Signature" },
  [CLS_REPORT_LABEL_PARTIES] = { N_("Signatories"), "Signataires" },
  [CLS_REPORT_LABEL_COMMUNES] = { N_("Communes"), "Communes" },
  [CLS_REPORT_LABEL_INHABITANTS] = { N_("inhabitants"), "habitants" },
  [CLS_REPORT_LABEL_AMENDMENTS] = { N_("Amendments"), "Avenants" },
  [CLS_REPORT_LABEL_EVALUATION] = { N_("Evaluation"), "Évaluation" },
  [CLS_REPORT_LABEL_KIND_PERIOD] = { N_("evaluation of a period"), "évaluation d’une période" },
  [CLS_REPORT_LABEL_KIND_TO_DATE] = { N_("evaluation to date"), "évaluation à date" },
  [CLS_REPORT_LABEL_KIND_FINAL] = { N_("final evaluation"), "évaluation finale" },
  [CLS_REPORT_LABEL_TARGETS] = { N_("Targets"), "Cibles" },
  [CLS_REPORT_LABEL_TARGETS_AMENDED] = { N_("as amended"), "avenants compris" },
  [CLS_REPORT_LABEL_TARGETS_INITIAL] = { N_("as signed"), "initiales, à la signature" },
  [CLS_REPORT_LABEL_THRESHOLDS] = { N_("Thresholds"), "Seuils" },
  [CLS_REPORT_LABEL_MISSING_DATA] = { N_("Missing data"), "Données manquantes" },
  [CLS_REPORT_LABEL_MISSING_EXCLUDED] = { N_("left out of the scores"), "exclues des scores" },
  [CLS_REPORT_LABEL_MISSING_ZERO] = { N_("count as 0"), "comptées 0" },
  [CLS_REPORT_LABEL_ILLUSTRATIVE] = {
    N_("Some measurements of this contract are marked illustrative: they show how the contract is followed, they are not real figures."),
    "Certaines mesures de ce contrat sont marquées illustratives : elles montrent comment le contrat est suivi, ce ne sont pas des chiffres réels."
  },
  [CLS_REPORT_LABEL_MEASUREMENTS] = { N_("illustrative measurements"), "mesures illustratives" },
  [CLS_REPORT_LABEL_SUMMARY] = { N_("Summary"), "Synthèse" },
  [CLS_REPORT_LABEL_SCORE] = { N_("Score"), "Score" },
  [CLS_REPORT_LABEL_COVERAGE] = { N_("Coverage"), "Couverture" },
  [CLS_REPORT_LABEL_EXPECTED] = { N_("Expected progress"), "Avancement attendu" },
  [CLS_REPORT_LABEL_PACE] = { N_("Pace"), "Rythme" },
  [CLS_REPORT_LABEL_STATUS] = { N_("Status"), "Statut" },
  [CLS_REPORT_LABEL_INDICATORS] = { N_("Indicators"), "Indicateurs" },
  [CLS_REPORT_LABEL_SCORED_INDICATORS] = { N_("Scored indicators"), "Indicateurs notés" },
  [CLS_REPORT_LABEL_BY_STATUS] = { N_("Indicators by status"), "Indicateurs par statut" },
  [CLS_REPORT_LABEL_COUNT] = { N_("Number"), "Nombre" },
  [CLS_REPORT_LABEL_SCORE_BY_AXIS] = { N_("Score of each axis"), "Score de chaque axe" },
  [CLS_REPORT_LABEL_SCORE_BY_ACTION] = { N_("Score of each action"), "Score de chaque action" },
  [CLS_REPORT_LABEL_NO_SCORE] = { N_("no score"), "pas de score" },
  [CLS_REPORT_LABEL_CHANGES] = { N_("Since the previous evaluation"), "Depuis l’évaluation précédente" },
  [CLS_REPORT_LABEL_NO_PREVIOUS] = {
    N_("There is no previous evaluation to compare with."),
    "Il n’y a pas d’évaluation précédente à laquelle comparer."
  },
  [CLS_REPORT_LABEL_PREVIOUS] = { N_("Previous"), "Précédente" },
  [CLS_REPORT_LABEL_NOW] = { N_("Now"), "Actuelle" },
  [CLS_REPORT_LABEL_CHANGE] = { N_("Change"), "Évolution" },
  [CLS_REPORT_LABEL_POINTS] = { N_("pts"), "pts" },
  [CLS_REPORT_LABEL_STATUS_CHANGES] = { N_("Indicators whose status changed"), "Indicateurs dont le statut a changé" },
  [CLS_REPORT_LABEL_NO_STATUS_CHANGE] = { N_("No indicator changed status."), "Aucun indicateur n’a changé de statut." },
  [CLS_REPORT_LABEL_MINOR_CHANGES] = {
    N_("other indicators changed only between"),
    "autres indicateurs ont seulement changé entre"
  },
  [CLS_REPORT_LABEL_INDICATOR] = { N_("Indicator"), "Indicateur" },
  [CLS_REPORT_LABEL_VALUE] = { N_("Value"), "Valeur" },
  [CLS_REPORT_LABEL_TARGET] = { N_("Target"), "Cible" },
  [CLS_REPORT_LABEL_ACHIEVEMENT] = { N_("Achievement"), "Atteinte" },
  [CLS_REPORT_LABEL_TREND] = { N_("Trend"), "Tendance" },
  [CLS_REPORT_LABEL_NO_INDICATOR] = { N_("No indicator."), "Aucun indicateur." },
  [CLS_REPORT_LABEL_DONE_ON] = { N_("done on"), "fait le" },
  [CLS_REPORT_LABEL_NOT_DONE] = { N_("not done"), "non fait" },
  [CLS_REPORT_LABEL_DUE_BY] = { N_("by"), "avant le" },
  [CLS_REPORT_LABEL_AMENDMENT] = { N_("amendment"), "avenant" },
  [CLS_REPORT_LABEL_HISTORY] = { N_("Year by year"), "Année par année" },
  [CLS_REPORT_LABEL_HISTORY_OF] = { N_("Values and targets per year"), "Valeurs et cibles par année" },
  [CLS_REPORT_LABEL_LEGEND_VALUE] = { N_("value"), "valeur" },
  [CLS_REPORT_LABEL_LEGEND_TARGET] = { N_("target"), "cible" },
  [CLS_REPORT_LABEL_DELIVERABLES] = { N_("Expected deliverables"), "Livrables attendus" },
  [CLS_REPORT_LABEL_DELIVERABLES_MET] = { N_("Deliverables met"), "Livrables atteints" },
  [CLS_REPORT_LABEL_DELIVERABLE_MET] = { N_("met"), "atteint" },
  [CLS_REPORT_LABEL_DELIVERABLE_NOT_MET] = { N_("not met"), "non atteint" },
  [CLS_REPORT_LABEL_DELIVERABLE_UNKNOWN] = { N_("unknown"), "inconnu" },
  [CLS_REPORT_LABEL_DELIVERABLES_NONE] = { N_("No deliverable expected"), "Aucun livrable attendu" },
  [CLS_REPORT_LABEL_DELIVERABLES_UNSTATED] = { N_("Deliverables not stated by the contract"), "Livrables non précisés par le contrat" },
  [CLS_REPORT_LABEL_MEASURED_BY] = { N_("measured by"), "mesuré par" },
  [CLS_REPORT_LABEL_NOT_MEASURED] = { N_("no indicator measures it"), "aucun indicateur ne le mesure" },
  [CLS_REPORT_LABEL_REVIEW] = { N_("Data quality"), "Qualité des données" },
  [CLS_REPORT_LABEL_REVIEW_AS_OF] = { N_("Findings of the review of the contract as of"), "Constats de la revue du contrat au" },
  [CLS_REPORT_LABEL_NO_FINDINGS] = { N_("The review finds nothing to report."), "La revue ne relève rien." },
  [CLS_REPORT_LABEL_SEVERITY_ERROR] = { N_("error"), "erreur" },
  [CLS_REPORT_LABEL_SEVERITY_WARNING] = { N_("warning"), "avertissement" },
  [CLS_REPORT_LABEL_SEVERITY_INFO] = { N_("suggestion"), "suggestion" },
  [CLS_REPORT_LABEL_FINDINGS_IN_ENGLISH] = { N_("The findings are worded in English."), "Les constats sont rédigés en anglais." },
  [CLS_REPORT_LABEL_MISSING] = { N_("What is missing"), "Ce qui manque" },
  [CLS_REPORT_LABEL_NOTHING_MISSING] = { N_("Nothing is missing."), "Rien ne manque." },
  [CLS_REPORT_LABEL_GAP_NO_DATA] = { N_("Nothing measured in the window"), "Aucune mesure sur la période" },
  [CLS_REPORT_LABEL_GAP_NO_TARGET] = { N_("No target for the window"), "Pas de cible pour la période" },
  [CLS_REPORT_LABEL_GAP_PLACEHOLDER] = { N_("Indicators still to be defined"), "Indicateurs encore à définir" },
  [CLS_REPORT_LABEL_GAP_ABANDONED] = { N_("Abandoned actions"), "Actions abandonnées" },
  [CLS_REPORT_LABEL_LEGEND] = { N_("How to read the statuses"), "Lecture des statuts" },
  [CLS_REPORT_LABEL_GENERATED_BY] = { N_("Generated by"), "Produit par" },
};

const char *
_cls_report_label (ClsReportLabel label,
                   gboolean       french)
{
  g_return_val_if_fail ((guint) label < CLS_N_REPORT_LABELS, "");
  return french ? labels[label].fr : labels[label].en;
}

/* The codes of cls_contract_review(), named for people */
static const struct
{
  const char *code;
  Label label;
} review_codes[] = {
  { CLS_REVIEW_NO_TARGET, { N_("Indicators without a target"), "Indicateurs sans cible" } },
  { CLS_REVIEW_NO_BASELINE, { N_("Indicators without a baseline"), "Indicateurs sans valeur de référence" } },
  { CLS_REVIEW_NO_SOURCE, { N_("Indicators without a source"), "Indicateurs sans source" } },
  { CLS_REVIEW_NO_INDICATOR, { N_("Actions without an indicator"), "Actions sans indicateur" } },
  { CLS_REVIEW_DELIVERABLE_UNMEASURED, { N_("Deliverables no indicator measures"), "Livrables qu’aucun indicateur ne mesure" } },
  { CLS_REVIEW_DUPLICATE_OPERATION, { N_("Actions written twice"), "Actions en double" } },
  { CLS_REVIEW_DUPLICATE_INDICATOR_SET, { N_("Indicators written twice"), "Indicateurs en double" } },
  { CLS_REVIEW_TARGET_DIRECTION, { N_("Targets going the wrong way"), "Cibles dans le mauvais sens" } },
  { CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL, { N_("Breakdowns above their total"), "Détails supérieurs au total" } },
  { CLS_REVIEW_SHARES_NOT_100, { N_("Funding shares not adding up to 100 %"), "Parts de financement dont la somme n’est pas 100 %" } },
  { CLS_REVIEW_CALENDAR_PAST_NO_DATA, { N_("Actions over with nothing measured"), "Actions terminées sans aucune mesure" } },
  { CLS_REVIEW_PLACEHOLDER_OPEN, { N_("Indicators still to be defined"), "Indicateurs encore à définir" } },
};

/* The heading of a review code; the code itself when it is unknown */
const char *
_cls_report_review_code_label (const char *code,
                               gboolean    french)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (review_codes); i++)
    if (g_strcmp0 (review_codes[i].code, code) == 0)
      return french ? review_codes[i].label.fr : review_codes[i].label.en;
  return code != NULL ? code : "?";
}

/* Symbols and colours: the symbol (and the words) carry the meaning; the
 * colour only helps. Colours have a contrast of at least 4.5:1 on white,
 * and the backgrounds are light tints of them. */
static const struct
{
  const char *symbol;
  const char *colour;
  const char *background;
} status_styles[CLS_N_STATUSES] = {
  [CLS_STATUS_ACHIEVED] = { "✓", "#1a7336", "#e3f4e8" },
  [CLS_STATUS_ON_TRACK] = { "●", "#2f6f8f", "#e2f0f7" },
  [CLS_STATUS_AT_RISK] = { "▲", "#9a5b00", "#fdf0d9" },
  [CLS_STATUS_OFF_TRACK] = { "✖", "#b3261e", "#fbe4e2" },
  [CLS_STATUS_NO_DATA] = { "○", "#5c5c66", "#eeeef1" },
  [CLS_STATUS_NO_TARGET] = { "–", "#5c5c66", "#f5f5f7" },
  [CLS_STATUS_PENDING] = { "◔", "#6a4c93", "#efe9f6" },
  [CLS_STATUS_NOT_APPLICABLE] = { "∅", "#5c5c66", "#f5f5f7" },
  [CLS_STATUS_NOT_STARTED] = { "□", "#8a4b08", "#f8ece0" },
  [CLS_STATUS_ABANDONED] = { "⊘", "#5c5c66", "#eeeef1" },
  [CLS_STATUS_POSTPONED] = { "◇", "#8a4b08", "#f8ece0" },
  [CLS_STATUS_ASSESSED] = { "✎", "#2c5a9e", "#e6eef9" },
};

const char *
_cls_report_status_symbol (ClsStatus status)
{
  return (guint) status < CLS_N_STATUSES ? status_styles[status].symbol : "?";
}

const char *
_cls_report_status_colour (ClsStatus status)
{
  return (guint) status < CLS_N_STATUSES ? status_styles[status].colour : "#000000";
}

const char *
_cls_report_status_background (ClsStatus status)
{
  return (guint) status < CLS_N_STATUSES ? status_styles[status].background : "#ffffff";
}

const char *
_cls_report_trend_symbol (ClsTrend trend)
{
  switch (trend)
    {
    case CLS_TREND_IMPROVING:
      return "↗";
    case CLS_TREND_STABLE:
      return "→";
    case CLS_TREND_WORSENING:
      return "↘";
    case CLS_TREND_UNKNOWN:
    default:
      return "·";
    }
}

const char *
_cls_report_deliverable_symbol (ClsReportDeliverable state)
{
  switch (state)
    {
    case CLS_REPORT_DELIVERABLE_MET:
      return "✓";
    case CLS_REPORT_DELIVERABLE_NOT_MET:
      return "✖";
    case CLS_REPORT_DELIVERABLE_UNKNOWN:
    default:
      return "?";
    }
}

const char *
_cls_report_deliverable_nick (ClsReportDeliverable state)
{
  switch (state)
    {
    case CLS_REPORT_DELIVERABLE_MET:
      return "met";
    case CLS_REPORT_DELIVERABLE_NOT_MET:
      return "not-met";
    case CLS_REPORT_DELIVERABLE_UNKNOWN:
    default:
      return "unknown";
    }
}

const char *
_cls_report_deliverable_label (ClsReportDeliverable state,
                               gboolean             french)
{
  switch (state)
    {
    case CLS_REPORT_DELIVERABLE_MET:
      return _cls_report_label (CLS_REPORT_LABEL_DELIVERABLE_MET, french);
    case CLS_REPORT_DELIVERABLE_NOT_MET:
      return _cls_report_label (CLS_REPORT_LABEL_DELIVERABLE_NOT_MET, french);
    case CLS_REPORT_DELIVERABLE_UNKNOWN:
    default:
      return _cls_report_label (CLS_REPORT_LABEL_DELIVERABLE_UNKNOWN, french);
    }
}
