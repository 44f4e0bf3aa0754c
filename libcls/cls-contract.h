/* cls-contract.h: ClsContract
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"
#include "cls-period.h"
#include "cls-amendment.h"
#include "cls-area.h"
#include "cls-body.h"
#include "cls-commune.h"
#include "cls-figure.h"
#include "cls-funding.h"
#include "cls-indicator.h"
#include "cls-level.h"
#include "cls-node.h"
#include "cls-organisation.h"
#include "cls-role.h"
#include "cls-scale.h"

G_BEGIN_DECLS

/**
 * ClsContractState:
 * @CLS_CONTRACT_STATE_DRAFT: being drafted
 * @CLS_CONTRACT_STATE_SIGNED: signed by its parties
 * @CLS_CONTRACT_STATE_AMENDED: signed and amended at least once
 * @CLS_CONTRACT_STATE_TERMINATED: terminated before its end
 *
 * The life-cycle state of a contract.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_CONTRACT_STATE_DRAFT,
  CLS_CONTRACT_STATE_SIGNED,
  CLS_CONTRACT_STATE_AMENDED,
  CLS_CONTRACT_STATE_TERMINATED,
} ClsContractState;

/**
 * ClsMissingDataPolicy:
 * @CLS_MISSING_DATA_POLICY_EXCLUDE: left out of the score; they lower the coverage
 * @CLS_MISSING_DATA_POLICY_ZERO: counted as a score of 0
 *
 * How indicators without data count in a node’s score.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_MISSING_DATA_POLICY_EXCLUDE,
  CLS_MISSING_DATA_POLICY_ZERO,
} ClsMissingDataPolicy;

#define CLS_TYPE_CONTRACT (cls_contract_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsContract, cls_contract, CLS, CONTRACT, GObject)

CLS_AVAILABLE_IN_1_0
ClsContract *cls_contract_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_id (ClsContract *self);
CLS_AVAILABLE_IN_1_0
ClsContractState cls_contract_get_state (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_state (ClsContract *self, ClsContractState state);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_title (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_title (ClsContract *self, const char *title);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_acronym (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_acronym (ClsContract *self, const char *acronym);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_tagline (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_tagline (ClsContract *self, const char *tagline);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_period_text (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_period_text (ClsContract *self, const char *period_text);
CLS_AVAILABLE_IN_1_0
const GDate *cls_contract_get_start_date (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_start_date (ClsContract *self, const GDate *start_date);
CLS_AVAILABLE_IN_1_0
const GDate *cls_contract_get_end_date (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_end_date (ClsContract *self, const GDate *end_date);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_signature_text (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_signature_text (ClsContract *self, const char *signature_text);
CLS_AVAILABLE_IN_1_0
const GDate *cls_contract_get_signature_date (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_signature_date (ClsContract *self, const GDate *signature_date);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_signature_place (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_signature_place (ClsContract *self, const char *signature_place);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_description (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_description (ClsContract *self, const char *description);
CLS_AVAILABLE_IN_1_0
const char * const *cls_contract_get_references (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_references (ClsContract *self, const char * const *references);
CLS_AVAILABLE_IN_1_0
const char * const *cls_contract_get_stakes (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_stakes (ClsContract *self, const char * const *stakes);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_territory_name (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_territory_name (ClsContract *self, const char *territory_name);
CLS_AVAILABLE_IN_1_0
const char * const *cls_contract_get_territory_notes (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_territory_notes (ClsContract *self, const char * const *territory_notes);
CLS_AVAILABLE_IN_1_0
double cls_contract_get_on_track (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_on_track (ClsContract *self, double on_track);
CLS_AVAILABLE_IN_1_0
double cls_contract_get_at_risk (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_at_risk (ClsContract *self, double at_risk);
CLS_AVAILABLE_IN_1_0
ClsMissingDataPolicy cls_contract_get_missing_data (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_missing_data (ClsContract *self, ClsMissingDataPolicy missing_data);
CLS_AVAILABLE_IN_1_0
double cls_contract_get_trend_tolerance (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_set_trend_tolerance (ClsContract *self, double trend_tolerance);

CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_organisations (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_organisation (ClsContract *self, ClsOrganisation *organisation);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_organisation (ClsContract *self, ClsOrganisation *organisation);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_parties (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_party (ClsContract *self, ClsRole *party);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_party (ClsContract *self, ClsRole *party);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_communes (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_commune (ClsContract *self, ClsCommune *commune);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_commune (ClsContract *self, ClsCommune *commune);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_areas (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_area (ClsContract *self, ClsArea *area);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_area (ClsContract *self, ClsArea *area);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_bodies (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_body (ClsContract *self, ClsBody *body);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_body (ClsContract *self, ClsBody *body);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_fundings (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_funding (ClsContract *self, ClsFunding *funding);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_funding (ClsContract *self, ClsFunding *funding);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_levels (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_level (ClsContract *self, ClsLevel *level);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_level (ClsContract *self, ClsLevel *level);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_scales (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_scale (ClsContract *self, ClsScale *scale);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_scale (ClsContract *self, ClsScale *scale);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_figures (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_figure (ClsContract *self, ClsFigure *figure);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_figure (ClsContract *self, ClsFigure *figure);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_amendments (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_amendment (ClsContract *self, ClsAmendment *amendment);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_amendment (ClsContract *self, ClsAmendment *amendment);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_templates (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_template (ClsContract *self, ClsIndicator *template);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_template (ClsContract *self, ClsIndicator *template);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_get_nodes (ClsContract *self);
CLS_AVAILABLE_IN_1_0
void cls_contract_add_node (ClsContract *self, ClsNode *node);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_remove_node (ClsContract *self, ClsNode *node);

CLS_AVAILABLE_IN_1_0
GObject *cls_contract_lookup (ClsContract *self, const char *id);
CLS_AVAILABLE_IN_1_0
ClsNode *cls_contract_lookup_node (ClsContract *self, const char *id);
CLS_AVAILABLE_IN_1_0
ClsIndicator *cls_contract_lookup_indicator (ClsContract *self, const char *id);
CLS_AVAILABLE_IN_1_0
ClsOrganisation *cls_contract_lookup_organisation (ClsContract *self, const char *id);
CLS_AVAILABLE_IN_1_0
ClsScale *cls_contract_lookup_scale (ClsContract *self, const char *id);
CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_dup_all_indicators (ClsContract *self);
CLS_AVAILABLE_IN_1_0
const char *cls_contract_get_level_name (ClsContract *self, guint depth);
CLS_AVAILABLE_IN_1_0
ClsPeriod *cls_contract_dup_period (ClsContract *self);

CLS_AVAILABLE_IN_1_0
ClsContract *cls_contract_new_from_path (const char *path, GError **error) G_GNUC_WARN_UNUSED_RESULT;
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_validate (ClsContract *self, GListModel **warnings, GError **error);
CLS_AVAILABLE_IN_1_0
GBytes *cls_contract_to_bytes (ClsContract *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_save_to_stream (ClsContract *self, GOutputStream *stream, GCancellable *cancellable, GError **error);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_save_to_file (ClsContract *self, GFile *file, GCancellable *cancellable, GError **error);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_save_to_path (ClsContract *self, const char *path, GError **error);
CLS_AVAILABLE_IN_1_0
void cls_contract_save_to_file_async (ClsContract *self, GFile *file, GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data);
CLS_AVAILABLE_IN_1_0
gboolean cls_contract_save_to_file_finish (ClsContract *self, GAsyncResult *result, GError **error);



G_END_DECLS
