/* cls-contract.c: ClsContract
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-contract.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"
#include "cls-object-list-private.h"
#include "cls-node-private.h"
#include "cls-contract-private.h"
#include "cls-indicator-private.h"
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

/**
 * ClsContract:
 *
 * A Contrat Local de Santé.
 *
 * Since: 1.0
 */

struct _ClsContract
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  /* Held by evaluations while they copy the lists below. They read the
   * lists' arrays, never the GListStores applications get (which write a
   * position cache even when only read), so this only keeps evaluations
   * from copying at the same time, as the documentation promises. */
  GMutex list_lock;

  char *id;
  ClsContractState state;
  char *title;
  char *acronym;
  char *tagline;
  char *period_text;
  GDate *start_date;
  GDate *end_date;
  char *signature_text;
  GDate *signature_date;
  char *signature_place;
  char *description;
  char **references;
  char **stakes;
  char *territory_name;
  char **territory_notes;
  double on_track;
  double at_risk;
  ClsMissingDataPolicy missing_data;
  double trend_tolerance;
  ClsObjectList *organisations;
  ClsObjectList *parties;
  ClsObjectList *communes;
  ClsObjectList *areas;
  ClsObjectList *bodies;
  ClsObjectList *fundings;
  ClsObjectList *levels;
  ClsObjectList *scales;
  ClsObjectList *figures;
  ClsObjectList *amendments;
  ClsObjectList *templates;
  ClsObjectList *nodes;
  GHashTable *ids;               /* id → object (unowned); first one wins */
  GPtrArray *foreign_namespaces; /* alternating prefix, uri */
  guint disposed : 1;
};

G_DEFINE_FINAL_TYPE (ClsContract, cls_contract, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsContract);

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_ID,
  PROP_STATE,
  PROP_TITLE,
  PROP_ACRONYM,
  PROP_TAGLINE,
  PROP_PERIOD_TEXT,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_SIGNATURE_TEXT,
  PROP_SIGNATURE_DATE,
  PROP_SIGNATURE_PLACE,
  PROP_DESCRIPTION,
  PROP_REFERENCES,
  PROP_STAKES,
  PROP_TERRITORY_NAME,
  PROP_TERRITORY_NOTES,
  PROP_ON_TRACK,
  PROP_AT_RISK,
  PROP_MISSING_DATA,
  PROP_TREND_TOLERANCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_contract_finalize (GObject *object)
{
  ClsContract *self = (ClsContract *) object;

  g_mutex_clear (&self->list_lock);
  g_free (self->id);
  g_free (self->title);
  g_free (self->acronym);
  g_free (self->tagline);
  g_free (self->period_text);
  g_clear_pointer (&self->start_date, g_date_free);
  g_clear_pointer (&self->end_date, g_date_free);
  g_free (self->signature_text);
  g_clear_pointer (&self->signature_date, g_date_free);
  g_free (self->signature_place);
  g_free (self->description);
  g_strfreev (self->references);
  g_strfreev (self->stakes);
  g_free (self->territory_name);
  g_strfreev (self->territory_notes);
  g_clear_object (&self->organisations);
  g_clear_object (&self->parties);
  g_clear_object (&self->communes);
  g_clear_object (&self->areas);
  g_clear_object (&self->bodies);
  g_clear_object (&self->fundings);
  g_clear_object (&self->levels);
  g_clear_object (&self->scales);
  g_clear_object (&self->figures);
  g_clear_object (&self->amendments);
  g_clear_object (&self->templates);
  g_clear_object (&self->nodes);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->foreign_namespaces, g_ptr_array_unref);

  G_OBJECT_CLASS (cls_contract_parent_class)->finalize (object);
}

static void
detach_all (GListModel  *model,
            ClsContract *self)
{
  guint i, n = g_list_model_get_n_items (model);

  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      _cls_model_detach (item, self);
    }
}

static void
cls_contract_dispose (GObject *object)
{
  ClsContract *self = (ClsContract *) object;

  /* Objects the application still holds must not point to a dead contract. */
  if (!self->disposed)
    {
      ClsObjectList *lists[] = { self->organisations, self->parties, self->communes,
                              self->areas, self->bodies, self->fundings, self->levels,
                              self->scales, self->figures, self->amendments,
                              self->templates, self->nodes };
      guint i;

      self->disposed = TRUE;
      for (i = 0; i < G_N_ELEMENTS (lists); i++)
        detach_all (G_LIST_MODEL (lists[i]), self);
    }

  G_OBJECT_CLASS (cls_contract_parent_class)->dispose (object);
}

static void
cls_contract_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ClsContract *self = CLS_CONTRACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_contract_get_id (self));
      break;

    case PROP_STATE:
      g_value_set_enum (value, cls_contract_get_state (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, cls_contract_get_title (self));
      break;

    case PROP_ACRONYM:
      g_value_set_string (value, cls_contract_get_acronym (self));
      break;

    case PROP_TAGLINE:
      g_value_set_string (value, cls_contract_get_tagline (self));
      break;

    case PROP_PERIOD_TEXT:
      g_value_set_string (value, cls_contract_get_period_text (self));
      break;

    case PROP_START_DATE:
      g_value_set_boxed (value, cls_contract_get_start_date (self));
      break;

    case PROP_END_DATE:
      g_value_set_boxed (value, cls_contract_get_end_date (self));
      break;

    case PROP_SIGNATURE_TEXT:
      g_value_set_string (value, cls_contract_get_signature_text (self));
      break;

    case PROP_SIGNATURE_DATE:
      g_value_set_boxed (value, cls_contract_get_signature_date (self));
      break;

    case PROP_SIGNATURE_PLACE:
      g_value_set_string (value, cls_contract_get_signature_place (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, cls_contract_get_description (self));
      break;

    case PROP_REFERENCES:
      g_value_set_boxed (value, cls_contract_get_references (self));
      break;

    case PROP_STAKES:
      g_value_set_boxed (value, cls_contract_get_stakes (self));
      break;

    case PROP_TERRITORY_NAME:
      g_value_set_string (value, cls_contract_get_territory_name (self));
      break;

    case PROP_TERRITORY_NOTES:
      g_value_set_boxed (value, cls_contract_get_territory_notes (self));
      break;

    case PROP_ON_TRACK:
      g_value_set_double (value, cls_contract_get_on_track (self));
      break;

    case PROP_AT_RISK:
      g_value_set_double (value, cls_contract_get_at_risk (self));
      break;

    case PROP_MISSING_DATA:
      g_value_set_enum (value, cls_contract_get_missing_data (self));
      break;

    case PROP_TREND_TOLERANCE:
      g_value_set_double (value, cls_contract_get_trend_tolerance (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_contract_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ClsContract *self = CLS_CONTRACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_STATE:
      cls_contract_set_state (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      cls_contract_set_title (self, g_value_get_string (value));
      break;

    case PROP_ACRONYM:
      cls_contract_set_acronym (self, g_value_get_string (value));
      break;

    case PROP_TAGLINE:
      cls_contract_set_tagline (self, g_value_get_string (value));
      break;

    case PROP_PERIOD_TEXT:
      cls_contract_set_period_text (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      cls_contract_set_start_date (self, g_value_get_boxed (value));
      break;

    case PROP_END_DATE:
      cls_contract_set_end_date (self, g_value_get_boxed (value));
      break;

    case PROP_SIGNATURE_TEXT:
      cls_contract_set_signature_text (self, g_value_get_string (value));
      break;

    case PROP_SIGNATURE_DATE:
      cls_contract_set_signature_date (self, g_value_get_boxed (value));
      break;

    case PROP_SIGNATURE_PLACE:
      cls_contract_set_signature_place (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cls_contract_set_description (self, g_value_get_string (value));
      break;

    case PROP_REFERENCES:
      cls_contract_set_references (self, g_value_get_boxed (value));
      break;

    case PROP_STAKES:
      cls_contract_set_stakes (self, g_value_get_boxed (value));
      break;

    case PROP_TERRITORY_NAME:
      cls_contract_set_territory_name (self, g_value_get_string (value));
      break;

    case PROP_TERRITORY_NOTES:
      cls_contract_set_territory_notes (self, g_value_get_boxed (value));
      break;

    case PROP_ON_TRACK:
      cls_contract_set_on_track (self, g_value_get_double (value));
      break;

    case PROP_AT_RISK:
      cls_contract_set_at_risk (self, g_value_get_double (value));
      break;

    case PROP_MISSING_DATA:
      cls_contract_set_missing_data (self, g_value_get_enum (value));
      break;

    case PROP_TREND_TOLERANCE:
      cls_contract_set_trend_tolerance (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_contract_class_init (ClsContractClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_contract_finalize;
  object_class->get_property = cls_contract_get_property;
  object_class->set_property = cls_contract_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsContract:id: (attributes org.gtk.Property.get=cls_contract_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:state: (attributes org.gtk.Property.get=cls_contract_get_state org.gtk.Property.set=cls_contract_set_state)
   *
   * The life-cycle state of the contract. It is the `state` attribute of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CLS_TYPE_CONTRACT_STATE, CLS_CONTRACT_STATE_DRAFT, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:title: (attributes org.gtk.Property.get=cls_contract_get_title org.gtk.Property.set=cls_contract_set_title)
   *
   * The title, as written. It is the text of the `<title>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:acronym: (attributes org.gtk.Property.get=cls_contract_get_acronym org.gtk.Property.set=cls_contract_set_acronym)
   *
   * The acronym (“CLSI2M”). It is the text of the `<acronym>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ACRONYM] =
    g_param_spec_string ("acronym", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:tagline: (attributes org.gtk.Property.get=cls_contract_get_tagline org.gtk.Property.set=cls_contract_set_tagline)
   *
   * A subtitle or tagline. It is the text of the `<tagline>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TAGLINE] =
    g_param_spec_string ("tagline", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:period-text: (attributes org.gtk.Property.get=cls_contract_get_period_text org.gtk.Property.set=cls_contract_set_period_text)
   *
   * How the contract states its duration, when it is not plain dates. It is the text of the `<period>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD_TEXT] =
    g_param_spec_string ("period-text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:start-date: (attributes org.gtk.Property.get=cls_contract_get_start_date org.gtk.Property.set=cls_contract_set_start_date)
   *
   * The first day of the contract. It is the `start` attribute of the `<period>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_START_DATE] =
    g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:end-date: (attributes org.gtk.Property.get=cls_contract_get_end_date org.gtk.Property.set=cls_contract_set_end_date)
   *
   * The last day of the contract. It is the `end` attribute of the `<period>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_END_DATE] =
    g_param_spec_boxed ("end-date", NULL, NULL, G_TYPE_DATE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:signature-text: (attributes org.gtk.Property.get=cls_contract_get_signature_text org.gtk.Property.set=cls_contract_set_signature_text)
   *
   * The signature line, as written. It is the text of the `<signature>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SIGNATURE_TEXT] =
    g_param_spec_string ("signature-text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:signature-date: (attributes org.gtk.Property.get=cls_contract_get_signature_date org.gtk.Property.set=cls_contract_set_signature_date)
   *
   * The signature date. It is the `date` attribute of the `<signature>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SIGNATURE_DATE] =
    g_param_spec_boxed ("signature-date", NULL, NULL, G_TYPE_DATE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:signature-place: (attributes org.gtk.Property.get=cls_contract_get_signature_place org.gtk.Property.set=cls_contract_set_signature_place)
   *
   * The signature place. It is the `place` attribute of the `<signature>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SIGNATURE_PLACE] =
    g_param_spec_string ("signature-place", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:description: (attributes org.gtk.Property.get=cls_contract_get_description org.gtk.Property.set=cls_contract_set_description)
   *
   * A description, as written. It is the text of the `<description>` child of `<contract>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:references: (attributes org.gtk.Property.get=cls_contract_get_references org.gtk.Property.set=cls_contract_set_references)
   *
   * The legal references (“Vu …”). They are the `<reference>` children of `<contract>` in the file format, in order.
   *
   * Since: 1.0
   */
  properties[PROP_REFERENCES] =
    g_param_spec_boxed ("references", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:stakes: (attributes org.gtk.Property.get=cls_contract_get_stakes org.gtk.Property.set=cls_contract_set_stakes)
   *
   * The cross-cutting stakes (“enjeux transversaux”). They are the `<stake>` children of `<contract>` in the file format, in order.
   *
   * Since: 1.0
   */
  properties[PROP_STAKES] =
    g_param_spec_boxed ("stakes", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:territory-name: (attributes org.gtk.Property.get=cls_contract_get_territory_name org.gtk.Property.set=cls_contract_set_territory_name)
   *
   * The name of the territory.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY_NAME] =
    g_param_spec_string ("territory-name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:territory-notes: (attributes org.gtk.Property.get=cls_contract_get_territory_notes org.gtk.Property.set=cls_contract_set_territory_notes)
   *
   * Notes on the territory (neighbouring schemes…).
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY_NOTES] =
    g_param_spec_boxed ("territory-notes", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:on-track: (attributes org.gtk.Property.get=cls_contract_get_on_track org.gtk.Property.set=cls_contract_set_on_track)
   *
   * The pace or achievement from which an indicator is on track.
   *
   * Since: 1.0
   */
  properties[PROP_ON_TRACK] =
    g_param_spec_double ("on-track", NULL, NULL, 0, 1, 0.75, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:at-risk: (attributes org.gtk.Property.get=cls_contract_get_at_risk org.gtk.Property.set=cls_contract_set_at_risk)
   *
   * The pace or achievement from which an indicator is at risk (below: off track).
   *
   * Since: 1.0
   */
  properties[PROP_AT_RISK] =
    g_param_spec_double ("at-risk", NULL, NULL, 0, 1, 0.5, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:missing-data: (attributes org.gtk.Property.get=cls_contract_get_missing_data org.gtk.Property.set=cls_contract_set_missing_data)
   *
   * How indicators without data count in scores.
   *
   * Since: 1.0
   */
  properties[PROP_MISSING_DATA] =
    g_param_spec_enum ("missing-data", NULL, NULL, CLS_TYPE_MISSING_DATA_POLICY, CLS_MISSING_DATA_POLICY_EXCLUDE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsContract:trend-tolerance: (attributes org.gtk.Property.get=cls_contract_get_trend_tolerance org.gtk.Property.set=cls_contract_set_trend_tolerance)
   *
   * The relative change under which a trend is stable (0.01 = 1 %).
   *
   * Since: 1.0
   */
  properties[PROP_TREND_TOLERANCE] =
    g_param_spec_double ("trend-tolerance", NULL, NULL, 0, G_MAXDOUBLE, 0.01, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  object_class->dispose = cls_contract_dispose;

  /**
   * ClsContract::changed:
   * @self: the contract
   * @object: the object that changed: the contract itself, or one of its
   *   nodes, indicators, organisations…
   * @what: what changed: a property name (`title`), or the name of a list
   *   that gained or lost items (`children`, `indicators`, `measurements`)
   *
   * Emitted after anything in the contract changes, so that a dashboard can
   * watch one signal instead of every object. Property changes are also
   * notified on the object itself, as usual.
   *
   * Since: 1.0
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_OBJECT, G_TYPE_STRING);
}

static void
cls_contract_init (ClsContract *self)
{
  g_mutex_init (&self->list_lock);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->foreign_namespaces = g_ptr_array_new_with_free_func (g_free);
  /* The contract reports its own changes through ::changed too. */
  _cls_model_set_contract (self, self);
  self->organisations = _cls_object_list_new (CLS_TYPE_ORGANISATION);
  self->parties = _cls_object_list_new (CLS_TYPE_ROLE);
  self->communes = _cls_object_list_new (CLS_TYPE_COMMUNE);
  self->areas = _cls_object_list_new (CLS_TYPE_AREA);
  self->bodies = _cls_object_list_new (CLS_TYPE_BODY);
  self->fundings = _cls_object_list_new (CLS_TYPE_FUNDING);
  self->levels = _cls_object_list_new (CLS_TYPE_LEVEL);
  self->scales = _cls_object_list_new (CLS_TYPE_SCALE);
  self->figures = _cls_object_list_new (CLS_TYPE_FIGURE);
  self->amendments = _cls_object_list_new (CLS_TYPE_AMENDMENT);
  self->templates = _cls_object_list_new (CLS_TYPE_INDICATOR);
  self->nodes = _cls_object_list_new (CLS_TYPE_NODE);
  self->state = CLS_CONTRACT_STATE_DRAFT;
  self->on_track = 0.75;
  self->at_risk = 0.5;
  self->missing_data = CLS_MISSING_DATA_POLICY_EXCLUDE;
  self->trend_tolerance = 0.01;
}

/**
 * cls_contract_new:
 * @id: the contract’s id, unique in its contract
 *
 * Creates a new contract.
 *
 * Returns: (transfer full): a new [class@Cls.Contract]
 *
 * Since: 1.0
 */
ClsContract *
cls_contract_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_CONTRACT, "id", id, NULL);
}

/**
 * cls_contract_get_id:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_contract_get_id (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->id;
}

/**
 * cls_contract_get_state:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:state].
 *
 * Returns: the state
 *
 * Since: 1.0
 */
ClsContractState
cls_contract_get_state (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), 0);

  return self->state;
}

/**
 * cls_contract_set_state:
 * @self: a [class@Cls.Contract]
 * @state: the new value
 *
 * Sets [property@Cls.Contract:state].
 *
 * Since: 1.0
 */
void
cls_contract_set_state (ClsContract *self,
                       ClsContractState state)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/**
 * cls_contract_get_title:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:title].
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
cls_contract_get_title (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->title;
}

/**
 * cls_contract_set_title:
 * @self: a [class@Cls.Contract]
 * @title: (nullable): the new value
 *
 * Sets [property@Cls.Contract:title].
 *
 * Since: 1.0
 */
void
cls_contract_set_title (ClsContract *self,
                       const char *title)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * cls_contract_get_acronym:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:acronym].
 *
 * Returns: (nullable): the acronym
 *
 * Since: 1.0
 */
const char *
cls_contract_get_acronym (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->acronym;
}

/**
 * cls_contract_set_acronym:
 * @self: a [class@Cls.Contract]
 * @acronym: (nullable): the new value
 *
 * Sets [property@Cls.Contract:acronym].
 *
 * Since: 1.0
 */
void
cls_contract_set_acronym (ClsContract *self,
                         const char *acronym)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (g_strcmp0 (self->acronym, acronym) == 0)
    return;
  g_free (self->acronym);
  self->acronym = g_strdup (acronym);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACRONYM]);
}

/**
 * cls_contract_get_tagline:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:tagline].
 *
 * Returns: (nullable): the tagline
 *
 * Since: 1.0
 */
const char *
cls_contract_get_tagline (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->tagline;
}

/**
 * cls_contract_set_tagline:
 * @self: a [class@Cls.Contract]
 * @tagline: (nullable): the new value
 *
 * Sets [property@Cls.Contract:tagline].
 *
 * Since: 1.0
 */
void
cls_contract_set_tagline (ClsContract *self,
                         const char *tagline)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (g_strcmp0 (self->tagline, tagline) == 0)
    return;
  g_free (self->tagline);
  self->tagline = g_strdup (tagline);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGLINE]);
}

/**
 * cls_contract_get_period_text:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:period-text].
 *
 * Returns: (nullable): the period text
 *
 * Since: 1.0
 */
const char *
cls_contract_get_period_text (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->period_text;
}

/**
 * cls_contract_set_period_text:
 * @self: a [class@Cls.Contract]
 * @period_text: (nullable): the new value
 *
 * Sets [property@Cls.Contract:period-text].
 *
 * Since: 1.0
 */
void
cls_contract_set_period_text (ClsContract *self,
                             const char *period_text)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (g_strcmp0 (self->period_text, period_text) == 0)
    return;
  g_free (self->period_text);
  self->period_text = g_strdup (period_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_TEXT]);
}

/**
 * cls_contract_get_start_date:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:start-date].
 *
 * Returns: (nullable) (transfer none): the start date
 *
 * Since: 1.0
 */
const GDate *
cls_contract_get_start_date (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->start_date;
}

/**
 * cls_contract_set_start_date:
 * @self: a [class@Cls.Contract]
 * @start_date: (nullable): the new value
 *
 * Sets [property@Cls.Contract:start-date].
 *
 * Since: 1.0
 */
void
cls_contract_set_start_date (ClsContract *self,
                            const GDate *start_date)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (start_date == NULL || g_date_valid (start_date));

  if (_cls_date_equal (self->start_date, start_date))
    return;
  g_clear_pointer (&self->start_date, g_date_free);
  if (start_date != NULL)
    self->start_date = g_date_copy (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

/**
 * cls_contract_get_end_date:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:end-date].
 *
 * Returns: (nullable) (transfer none): the end date
 *
 * Since: 1.0
 */
const GDate *
cls_contract_get_end_date (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->end_date;
}

/**
 * cls_contract_set_end_date:
 * @self: a [class@Cls.Contract]
 * @end_date: (nullable): the new value
 *
 * Sets [property@Cls.Contract:end-date].
 *
 * Since: 1.0
 */
void
cls_contract_set_end_date (ClsContract *self,
                          const GDate *end_date)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (end_date == NULL || g_date_valid (end_date));

  if (_cls_date_equal (self->end_date, end_date))
    return;
  g_clear_pointer (&self->end_date, g_date_free);
  if (end_date != NULL)
    self->end_date = g_date_copy (end_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

/**
 * cls_contract_get_signature_text:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:signature-text].
 *
 * Returns: (nullable): the signature text
 *
 * Since: 1.0
 */
const char *
cls_contract_get_signature_text (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->signature_text;
}

/**
 * cls_contract_set_signature_text:
 * @self: a [class@Cls.Contract]
 * @signature_text: (nullable): the new value
 *
 * Sets [property@Cls.Contract:signature-text].
 *
 * Since: 1.0
 */
void
cls_contract_set_signature_text (ClsContract *self,
                                const char *signature_text)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (g_strcmp0 (self->signature_text, signature_text) == 0)
    return;
  g_free (self->signature_text);
  self->signature_text = g_strdup (signature_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNATURE_TEXT]);
}

/**
 * cls_contract_get_signature_date:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:signature-date].
 *
 * Returns: (nullable) (transfer none): the signature date
 *
 * Since: 1.0
 */
const GDate *
cls_contract_get_signature_date (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->signature_date;
}

/**
 * cls_contract_set_signature_date:
 * @self: a [class@Cls.Contract]
 * @signature_date: (nullable): the new value
 *
 * Sets [property@Cls.Contract:signature-date].
 *
 * Since: 1.0
 */
void
cls_contract_set_signature_date (ClsContract *self,
                                const GDate *signature_date)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (signature_date == NULL || g_date_valid (signature_date));

  if (_cls_date_equal (self->signature_date, signature_date))
    return;
  g_clear_pointer (&self->signature_date, g_date_free);
  if (signature_date != NULL)
    self->signature_date = g_date_copy (signature_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNATURE_DATE]);
}

/**
 * cls_contract_get_signature_place:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:signature-place].
 *
 * Returns: (nullable): the signature place
 *
 * Since: 1.0
 */
const char *
cls_contract_get_signature_place (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->signature_place;
}

/**
 * cls_contract_set_signature_place:
 * @self: a [class@Cls.Contract]
 * @signature_place: (nullable): the new value
 *
 * Sets [property@Cls.Contract:signature-place].
 *
 * Since: 1.0
 */
void
cls_contract_set_signature_place (ClsContract *self,
                                 const char *signature_place)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (g_strcmp0 (self->signature_place, signature_place) == 0)
    return;
  g_free (self->signature_place);
  self->signature_place = g_strdup (signature_place);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNATURE_PLACE]);
}

/**
 * cls_contract_get_description:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:description].
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
cls_contract_get_description (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->description;
}

/**
 * cls_contract_set_description:
 * @self: a [class@Cls.Contract]
 * @description: (nullable): the new value
 *
 * Sets [property@Cls.Contract:description].
 *
 * Since: 1.0
 */
void
cls_contract_set_description (ClsContract *self,
                             const char *description)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * cls_contract_get_references:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:references].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the references, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_contract_get_references (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return (const char * const *) self->references;
}

/**
 * cls_contract_set_references:
 * @self: a [class@Cls.Contract]
 * @references: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Contract:references]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_contract_set_references (ClsContract *self,
                            const char * const *references)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (_cls_strv_equal ((const char * const *) self->references, references))
    return;
  g_strfreev (self->references);
  self->references = _cls_strv_dup_or_null (references);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCES]);
}

/**
 * cls_contract_get_stakes:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:stakes].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the stakes, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_contract_get_stakes (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return (const char * const *) self->stakes;
}

/**
 * cls_contract_set_stakes:
 * @self: a [class@Cls.Contract]
 * @stakes: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Contract:stakes]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_contract_set_stakes (ClsContract *self,
                        const char * const *stakes)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (_cls_strv_equal ((const char * const *) self->stakes, stakes))
    return;
  g_strfreev (self->stakes);
  self->stakes = _cls_strv_dup_or_null (stakes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAKES]);
}

/**
 * cls_contract_get_territory_name:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:territory-name].
 *
 * Returns: (nullable): the territory name
 *
 * Since: 1.0
 */
const char *
cls_contract_get_territory_name (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return self->territory_name;
}

/**
 * cls_contract_set_territory_name:
 * @self: a [class@Cls.Contract]
 * @territory_name: (nullable): the new value
 *
 * Sets [property@Cls.Contract:territory-name].
 *
 * Since: 1.0
 */
void
cls_contract_set_territory_name (ClsContract *self,
                                const char *territory_name)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (g_strcmp0 (self->territory_name, territory_name) == 0)
    return;
  g_free (self->territory_name);
  self->territory_name = g_strdup (territory_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY_NAME]);
}

/**
 * cls_contract_get_territory_notes:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:territory-notes].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the territory notes, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_contract_get_territory_notes (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return (const char * const *) self->territory_notes;
}

/**
 * cls_contract_set_territory_notes:
 * @self: a [class@Cls.Contract]
 * @territory_notes: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Contract:territory-notes]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_contract_set_territory_notes (ClsContract *self,
                                 const char * const *territory_notes)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (_cls_strv_equal ((const char * const *) self->territory_notes, territory_notes))
    return;
  g_strfreev (self->territory_notes);
  self->territory_notes = _cls_strv_dup_or_null (territory_notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY_NOTES]);
}

/**
 * cls_contract_get_on_track:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:on-track].
 *
 * Returns: the on track
 *
 * Since: 1.0
 */
double
cls_contract_get_on_track (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), 0);

  return self->on_track;
}

/**
 * cls_contract_set_on_track:
 * @self: a [class@Cls.Contract]
 * @on_track: the new value
 *
 * Sets [property@Cls.Contract:on-track].
 *
 * Since: 1.0
 */
void
cls_contract_set_on_track (ClsContract *self,
                          double on_track)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (on_track >= 0 && on_track <= 1);

  if (self->on_track == on_track)
    return;
  self->on_track = on_track;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_TRACK]);
}

/**
 * cls_contract_get_at_risk:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:at-risk].
 *
 * Returns: the at risk
 *
 * Since: 1.0
 */
double
cls_contract_get_at_risk (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), 0);

  return self->at_risk;
}

/**
 * cls_contract_set_at_risk:
 * @self: a [class@Cls.Contract]
 * @at_risk: the new value
 *
 * Sets [property@Cls.Contract:at-risk].
 *
 * Since: 1.0
 */
void
cls_contract_set_at_risk (ClsContract *self,
                         double at_risk)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (at_risk >= 0 && at_risk <= 1);

  if (self->at_risk == at_risk)
    return;
  self->at_risk = at_risk;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_RISK]);
}

/**
 * cls_contract_get_missing_data:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:missing-data].
 *
 * Returns: the missing data
 *
 * Since: 1.0
 */
ClsMissingDataPolicy
cls_contract_get_missing_data (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), 0);

  return self->missing_data;
}

/**
 * cls_contract_set_missing_data:
 * @self: a [class@Cls.Contract]
 * @missing_data: the new value
 *
 * Sets [property@Cls.Contract:missing-data].
 *
 * Since: 1.0
 */
void
cls_contract_set_missing_data (ClsContract *self,
                              ClsMissingDataPolicy missing_data)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));

  if (self->missing_data == missing_data)
    return;
  self->missing_data = missing_data;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING_DATA]);
}

/**
 * cls_contract_get_trend_tolerance:
 * @self: a [class@Cls.Contract]
 *
 * Gets [property@Cls.Contract:trend-tolerance].
 *
 * Returns: the trend tolerance
 *
 * Since: 1.0
 */
double
cls_contract_get_trend_tolerance (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), 0);

  return self->trend_tolerance;
}

/**
 * cls_contract_set_trend_tolerance:
 * @self: a [class@Cls.Contract]
 * @trend_tolerance: the new value
 *
 * Sets [property@Cls.Contract:trend-tolerance].
 *
 * Since: 1.0
 */
void
cls_contract_set_trend_tolerance (ClsContract *self,
                                 double trend_tolerance)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (trend_tolerance >= 0 && trend_tolerance <= G_MAXDOUBLE);

  if (self->trend_tolerance == trend_tolerance)
    return;
  self->trend_tolerance = trend_tolerance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TREND_TOLERANCE]);
}

/**
 * cls_contract_get_organisations:
 * @self: a [class@Cls.Contract]
 *
 * Gets the organisation registry, as a list model of [class@Cls.Organisation] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Organisation]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_organisations (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->organisations);
}

/**
 * cls_contract_add_organisation:
 * @self: a [class@Cls.Contract]
 * @organisation: the item to append to the organisation registry
 *
 * Appends @organisation to [method@Cls.Contract.get_organisations]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_organisation (ClsContract *self,
                              ClsOrganisation *organisation)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_ORGANISATION (organisation));

  _cls_contract_adopt (self, G_OBJECT (organisation));
  _cls_object_list_append (self->organisations, organisation);
  _cls_model_changed (self, "organisations");
}

/**
 * cls_contract_remove_organisation:
 * @self: a [class@Cls.Contract]
 * @organisation: the item to remove
 *
 * Removes @organisation from [method@Cls.Contract.get_organisations].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_organisation (ClsContract *self,
                                 ClsOrganisation *organisation)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_ORGANISATION (organisation), FALSE);

  if (!_cls_object_list_find (self->organisations, organisation, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (organisation));
  _cls_object_list_remove (self->organisations, position);
  _cls_model_changed (self, "organisations");
  return TRUE;
}

/**
 * cls_contract_get_parties:
 * @self: a [class@Cls.Contract]
 *
 * Gets the parties: who signs the contract, and in what role, as a list model of [class@Cls.Role] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Role]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_parties (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->parties);
}

/**
 * cls_contract_add_party:
 * @self: a [class@Cls.Contract]
 * @party: the item to append to the parties: who signs the contract, and in what role
 *
 * Appends @party to [method@Cls.Contract.get_parties]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_party (ClsContract *self,
                       ClsRole *party)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_ROLE (party));

  _cls_contract_adopt (self, G_OBJECT (party));
  _cls_object_list_append (self->parties, party);
  _cls_model_changed (self, "parties");
}

/**
 * cls_contract_remove_party:
 * @self: a [class@Cls.Contract]
 * @party: the item to remove
 *
 * Removes @party from [method@Cls.Contract.get_parties].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_party (ClsContract *self,
                          ClsRole *party)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_ROLE (party), FALSE);

  if (!_cls_object_list_find (self->parties, party, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (party));
  _cls_object_list_remove (self->parties, position);
  _cls_model_changed (self, "parties");
  return TRUE;
}

/**
 * cls_contract_get_communes:
 * @self: a [class@Cls.Contract]
 *
 * Gets the communes of the territory, as a list model of [class@Cls.Commune] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Commune]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_communes (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->communes);
}

/**
 * cls_contract_add_commune:
 * @self: a [class@Cls.Contract]
 * @commune: the item to append to the communes of the territory
 *
 * Appends @commune to [method@Cls.Contract.get_communes]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_commune (ClsContract *self,
                         ClsCommune *commune)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_COMMUNE (commune));

  _cls_contract_adopt (self, G_OBJECT (commune));
  _cls_object_list_append (self->communes, commune);
  _cls_model_changed (self, "communes");
}

/**
 * cls_contract_remove_commune:
 * @self: a [class@Cls.Contract]
 * @commune: the item to remove
 *
 * Removes @commune from [method@Cls.Contract.get_communes].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_commune (ClsContract *self,
                            ClsCommune *commune)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_COMMUNE (commune), FALSE);

  if (!_cls_object_list_find (self->communes, commune, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (commune));
  _cls_object_list_remove (self->communes, position);
  _cls_model_changed (self, "communes");
  return TRUE;
}

/**
 * cls_contract_get_areas:
 * @self: a [class@Cls.Contract]
 *
 * Gets the named sub-territories (QPV, campus…), as a list model of [class@Cls.Area] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Area]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_areas (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->areas);
}

/**
 * cls_contract_add_area:
 * @self: a [class@Cls.Contract]
 * @area: the item to append to the named sub-territories (QPV, campus…)
 *
 * Appends @area to [method@Cls.Contract.get_areas]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_area (ClsContract *self,
                      ClsArea *area)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_AREA (area));

  _cls_contract_adopt (self, G_OBJECT (area));
  _cls_object_list_append (self->areas, area);
  _cls_model_changed (self, "areas");
}

/**
 * cls_contract_remove_area:
 * @self: a [class@Cls.Contract]
 * @area: the item to remove
 *
 * Removes @area from [method@Cls.Contract.get_areas].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_area (ClsContract *self,
                         ClsArea *area)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_AREA (area), FALSE);

  if (!_cls_object_list_find (self->areas, area, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (area));
  _cls_object_list_remove (self->areas, position);
  _cls_model_changed (self, "areas");
  return TRUE;
}

/**
 * cls_contract_get_bodies:
 * @self: a [class@Cls.Contract]
 *
 * Gets the governance bodies, as a list model of [class@Cls.Body] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Body]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_bodies (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->bodies);
}

/**
 * cls_contract_add_body:
 * @self: a [class@Cls.Contract]
 * @body: the item to append to the governance bodies
 *
 * Appends @body to [method@Cls.Contract.get_bodies]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_body (ClsContract *self,
                      ClsBody *body)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_BODY (body));

  _cls_contract_adopt (self, G_OBJECT (body));
  _cls_object_list_append (self->bodies, body);
  _cls_model_changed (self, "bodies");
}

/**
 * cls_contract_remove_body:
 * @self: a [class@Cls.Contract]
 * @body: the item to remove
 *
 * Removes @body from [method@Cls.Contract.get_bodies].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_body (ClsContract *self,
                         ClsBody *body)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_BODY (body), FALSE);

  if (!_cls_object_list_find (self->bodies, body, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (body));
  _cls_object_list_remove (self->bodies, position);
  _cls_model_changed (self, "bodies");
  return TRUE;
}

/**
 * cls_contract_get_fundings:
 * @self: a [class@Cls.Contract]
 *
 * Gets the contract-level funding lines (the coordination post…), as a list model of [class@Cls.Funding] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Funding]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_fundings (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->fundings);
}

/**
 * cls_contract_add_funding:
 * @self: a [class@Cls.Contract]
 * @funding: the item to append to the contract-level funding lines (the coordination post…)
 *
 * Appends @funding to [method@Cls.Contract.get_fundings]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_funding (ClsContract *self,
                         ClsFunding *funding)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_FUNDING (funding));

  _cls_contract_adopt (self, G_OBJECT (funding));
  _cls_object_list_append (self->fundings, funding);
  _cls_model_changed (self, "fundings");
}

/**
 * cls_contract_remove_funding:
 * @self: a [class@Cls.Contract]
 * @funding: the item to remove
 *
 * Removes @funding from [method@Cls.Contract.get_fundings].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_funding (ClsContract *self,
                            ClsFunding *funding)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_FUNDING (funding), FALSE);

  if (!_cls_object_list_find (self->fundings, funding, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (funding));
  _cls_object_list_remove (self->fundings, position);
  _cls_model_changed (self, "fundings");
  return TRUE;
}

/**
 * cls_contract_get_levels:
 * @self: a [class@Cls.Contract]
 *
 * Gets the names of the levels of the plan tree, from the top, as a list model of [class@Cls.Level] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Level]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_levels (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->levels);
}

/**
 * cls_contract_add_level:
 * @self: a [class@Cls.Contract]
 * @level: the item to append to the names of the levels of the plan tree, from the top
 *
 * Appends @level to [method@Cls.Contract.get_levels]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_level (ClsContract *self,
                       ClsLevel *level)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_LEVEL (level));

  _cls_contract_adopt (self, G_OBJECT (level));
  _cls_object_list_append (self->levels, level);
  _cls_model_changed (self, "levels");
}

/**
 * cls_contract_remove_level:
 * @self: a [class@Cls.Contract]
 * @level: the item to remove
 *
 * Removes @level from [method@Cls.Contract.get_levels].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_level (ClsContract *self,
                          ClsLevel *level)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_LEVEL (level), FALSE);

  if (!_cls_object_list_find (self->levels, level, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (level));
  _cls_object_list_remove (self->levels, position);
  _cls_model_changed (self, "levels");
  return TRUE;
}

/**
 * cls_contract_get_scales:
 * @self: a [class@Cls.Contract]
 *
 * Gets the ordinal scales, as a list model of [class@Cls.Scale] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Scale]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_scales (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->scales);
}

/**
 * cls_contract_add_scale:
 * @self: a [class@Cls.Contract]
 * @scale: the item to append to the ordinal scales
 *
 * Appends @scale to [method@Cls.Contract.get_scales]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_scale (ClsContract *self,
                       ClsScale *scale)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_SCALE (scale));

  _cls_contract_adopt (self, G_OBJECT (scale));
  _cls_object_list_append (self->scales, scale);
  _cls_model_changed (self, "scales");
}

/**
 * cls_contract_remove_scale:
 * @self: a [class@Cls.Contract]
 * @scale: the item to remove
 *
 * Removes @scale from [method@Cls.Contract.get_scales].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_scale (ClsContract *self,
                          ClsScale *scale)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_SCALE (scale), FALSE);

  if (!_cls_object_list_find (self->scales, scale, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (scale));
  _cls_object_list_remove (self->scales, position);
  _cls_model_changed (self, "scales");
  return TRUE;
}

/**
 * cls_contract_get_figures:
 * @self: a [class@Cls.Contract]
 *
 * Gets the context figures of the diagnostic, as a list model of [class@Cls.Figure] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Figure]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_figures (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->figures);
}

/**
 * cls_contract_add_figure:
 * @self: a [class@Cls.Contract]
 * @figure: the item to append to the context figures of the diagnostic
 *
 * Appends @figure to [method@Cls.Contract.get_figures]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_figure (ClsContract *self,
                        ClsFigure *figure)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_FIGURE (figure));

  _cls_contract_adopt (self, G_OBJECT (figure));
  _cls_object_list_append (self->figures, figure);
  _cls_model_changed (self, "figures");
}

/**
 * cls_contract_remove_figure:
 * @self: a [class@Cls.Contract]
 * @figure: the item to remove
 *
 * Removes @figure from [method@Cls.Contract.get_figures].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_figure (ClsContract *self,
                           ClsFigure *figure)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_FIGURE (figure), FALSE);

  if (!_cls_object_list_find (self->figures, figure, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (figure));
  _cls_object_list_remove (self->figures, position);
  _cls_model_changed (self, "figures");
  return TRUE;
}

/**
 * cls_contract_get_amendments:
 * @self: a [class@Cls.Contract]
 *
 * Gets the amendments (avenants), as a list model of [class@Cls.Amendment] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Amendment]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_amendments (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->amendments);
}

/**
 * cls_contract_add_amendment:
 * @self: a [class@Cls.Contract]
 * @amendment: the item to append to the amendments (avenants)
 *
 * Appends @amendment to [method@Cls.Contract.get_amendments]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_amendment (ClsContract *self,
                           ClsAmendment *amendment)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_AMENDMENT (amendment));

  _cls_contract_adopt (self, G_OBJECT (amendment));
  _cls_object_list_append (self->amendments, amendment);
  _cls_model_changed (self, "amendments");
}

/**
 * cls_contract_remove_amendment:
 * @self: a [class@Cls.Contract]
 * @amendment: the item to remove
 *
 * Removes @amendment from [method@Cls.Contract.get_amendments].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_amendment (ClsContract *self,
                              ClsAmendment *amendment)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_AMENDMENT (amendment), FALSE);

  if (!_cls_object_list_find (self->amendments, amendment, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (amendment));
  _cls_object_list_remove (self->amendments, position);
  _cls_model_changed (self, "amendments");
  return TRUE;
}

/**
 * cls_contract_get_templates:
 * @self: a [class@Cls.Contract]
 *
 * Gets the indicator templates, as a list model of [class@Cls.Indicator] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Indicator]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_templates (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->templates);
}

/**
 * cls_contract_add_template:
 * @self: a [class@Cls.Contract]
 * @template: the item to append to the indicator templates
 *
 * Appends @template to [method@Cls.Contract.get_templates]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_template (ClsContract *self,
                          ClsIndicator *template)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_INDICATOR (template));

  _cls_indicator_set_is_template (template, TRUE);
  _cls_contract_adopt (self, G_OBJECT (template));
  _cls_object_list_append (self->templates, template);
  _cls_model_changed (self, "templates");
}

/**
 * cls_contract_remove_template:
 * @self: a [class@Cls.Contract]
 * @template: the item to remove
 *
 * Removes @template from [method@Cls.Contract.get_templates].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_template (ClsContract *self,
                             ClsIndicator *template)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_INDICATOR (template), FALSE);

  if (!_cls_object_list_find (self->templates, template, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (template));
  _cls_object_list_remove (self->templates, position);
  _cls_model_changed (self, "templates");
  return TRUE;
}

/**
 * cls_contract_get_nodes:
 * @self: a [class@Cls.Contract]
 *
 * Gets the top-level nodes of the plan (orientations or axes), as a list model of [class@Cls.Node] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Node]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_get_nodes (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  return _cls_object_list_get_model (self->nodes);
}

/**
 * cls_contract_add_node:
 * @self: a [class@Cls.Contract]
 * @node: the item to append to the top-level nodes of the plan (orientations or axes)
 *
 * Appends @node to [method@Cls.Contract.get_nodes]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_contract_add_node (ClsContract *self,
                      ClsNode *node)
{
  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (CLS_IS_NODE (node));

  _cls_contract_adopt (self, G_OBJECT (node));
  _cls_object_list_append (self->nodes, node);
  _cls_model_changed (self, "nodes");
}

/**
 * cls_contract_remove_node:
 * @self: a [class@Cls.Contract]
 * @node: the item to remove
 *
 * Removes @node from [method@Cls.Contract.get_nodes].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_contract_remove_node (ClsContract *self,
                         ClsNode *node)
{
  guint position;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (CLS_IS_NODE (node), FALSE);

  if (!_cls_object_list_find (self->nodes, node, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_contract_disown (self, G_OBJECT (node));
  _cls_object_list_remove (self->nodes, position);
  _cls_model_changed (self, "nodes");
  return TRUE;
}

void
_cls_contract_emit_changed (ClsContract *self,
                            GObject     *object,
                            const char  *what)
{
  if (self->disposed)
    return;
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (what), object, what);
}

void
_cls_contract_register (ClsContract *self,
                        const char  *id,
                        gpointer     object)
{
  /* Keys borrow the object's id: ids are construct-only, so they live as
   * long as the object, and the object unregisters before it leaves. */
  if (!g_hash_table_contains (self->ids, id))
    g_hash_table_insert (self->ids, (char *) id, object);
}

void
_cls_contract_unregister (ClsContract *self,
                          const char  *id,
                          gpointer     object)
{
  if (g_hash_table_lookup (self->ids, id) == object)
    g_hash_table_remove (self->ids, id);
}

void
_cls_contract_adopt (ClsContract *self,
                     GObject     *item)
{
  _cls_model_attach (item, self);
}

void
_cls_contract_disown (ClsContract *self,
                      GObject     *item)
{
  _cls_model_detach (item, self);
}

GPtrArray *
_cls_contract_get_foreign_namespaces (ClsContract *self)
{
  return self->foreign_namespaces;
}

void
_cls_contract_add_foreign_namespace (ClsContract *self,
                                     const char  *prefix,
                                     const char  *uri)
{
  guint i;

  for (i = 0; i + 1 < self->foreign_namespaces->len; i += 2)
    if (g_str_equal (g_ptr_array_index (self->foreign_namespaces, i + 1), uri))
      return;
  g_ptr_array_add (self->foreign_namespaces, g_strdup (prefix));
  g_ptr_array_add (self->foreign_namespaces, g_strdup (uri));
}

/**
 * cls_contract_lookup:
 * @self: a [class@Cls.Contract]
 * @id: an id
 *
 * Looks up any object of the contract by its id (a node, an indicator, an
 * organisation, a commune, a scale…), in constant time.
 *
 * Returns: (transfer none) (nullable): the object, or %NULL
 *
 * Since: 1.0
 */
GObject *
cls_contract_lookup (ClsContract *self,
                     const char  *id)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->ids, id);
}

/**
 * cls_contract_lookup_node:
 * @self: a [class@Cls.Contract]
 * @id: a node id
 *
 * Looks up a node of the plan by its id, in constant time.
 *
 * Returns: (transfer none) (nullable): the node, or %NULL
 *
 * Since: 1.0
 */
ClsNode *
cls_contract_lookup_node (ClsContract *self,
                          const char  *id)
{
  GObject *object = cls_contract_lookup (self, id);

  return CLS_IS_NODE (object) ? CLS_NODE (object) : NULL;
}

/**
 * cls_contract_lookup_indicator:
 * @self: a [class@Cls.Contract]
 * @id: an indicator or template id
 *
 * Looks up an indicator, or an indicator template, by its id, in constant
 * time.
 *
 * Returns: (transfer none) (nullable): the indicator, or %NULL
 *
 * Since: 1.0
 */
ClsIndicator *
cls_contract_lookup_indicator (ClsContract *self,
                               const char  *id)
{
  GObject *object = cls_contract_lookup (self, id);

  return CLS_IS_INDICATOR (object) ? CLS_INDICATOR (object) : NULL;
}

/**
 * cls_contract_lookup_organisation:
 * @self: a [class@Cls.Contract]
 * @id: an organisation id
 *
 * Looks up an organisation of the registry by its id, in constant time.
 *
 * Returns: (transfer none) (nullable): the organisation, or %NULL
 *
 * Since: 1.0
 */
ClsOrganisation *
cls_contract_lookup_organisation (ClsContract *self,
                                  const char  *id)
{
  GObject *object = cls_contract_lookup (self, id);

  return CLS_IS_ORGANISATION (object) ? CLS_ORGANISATION (object) : NULL;
}

/**
 * cls_contract_lookup_scale:
 * @self: a [class@Cls.Contract]
 * @id: a scale id
 *
 * Looks up an ordinal scale by its id.
 *
 * Returns: (transfer none) (nullable): the scale, or %NULL
 *
 * Since: 1.0
 */
ClsScale *
cls_contract_lookup_scale (ClsContract *self,
                           const char  *id)
{
  GObject *object = cls_contract_lookup (self, id);

  return CLS_IS_SCALE (object) ? CLS_SCALE (object) : NULL;
}

static void
collect_indicators (GListModel *nodes,
                    GListStore *store)
{
  guint i, n = g_list_model_get_n_items (nodes);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNode) node = g_list_model_get_item (nodes, i);
      GListModel *indicators = _cls_node_peek_list (node, CLS_NODE_LIST_INDICATORS);
      guint j, m = g_list_model_get_n_items (indicators);

      for (j = 0; j < m; j++)
        {
          g_autoptr(GObject) indicator = g_list_model_get_item (indicators, j);
          g_list_store_append (store, indicator);
        }
      collect_indicators (_cls_node_peek_list (node, CLS_NODE_LIST_CHILDREN), store);
    }
}

/**
 * cls_contract_dup_all_indicators:
 * @self: a [class@Cls.Contract]
 *
 * Lists every indicator of the plan, depth first in document order
 * (templates excluded).
 *
 * Returns: (transfer full): a new list model of [class@Cls.Indicator]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_dup_all_indicators (ClsContract *self)
{
  GListStore *store;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  store = g_list_store_new (CLS_TYPE_INDICATOR);
  collect_indicators (G_LIST_MODEL (self->nodes), store);
  return G_LIST_MODEL (store);
}

/**
 * cls_contract_get_level_name:
 * @self: a [class@Cls.Contract]
 * @depth: a depth in the plan tree, 0 for the top-level nodes
 *
 * Gets the name the contract gives to a level of its plan (“Orientation”,
 * “Fiche action”).
 *
 * Returns: (nullable): the name, or %NULL if the contract names no level
 *   at that depth
 *
 * Since: 1.0
 */
const char *
cls_contract_get_level_name (ClsContract *self,
                             guint        depth)
{
  g_autoptr(ClsLevel) level = NULL;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  level = g_list_model_get_item (G_LIST_MODEL (self->levels), depth);
  return level != NULL ? cls_level_get_name (level) : NULL;
}

/**
 * cls_contract_dup_period:
 * @self: a [class@Cls.Contract]
 *
 * Gets the contract's period, from its start date to its end date.
 *
 * Returns: (transfer full) (nullable): the period, or %NULL when a date is
 *   missing
 *
 * Since: 1.0
 */
ClsPeriod *
cls_contract_dup_period (ClsContract *self)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  if (self->start_date == NULL || self->end_date == NULL ||
      g_date_compare (self->start_date, self->end_date) > 0)
    return NULL;
  return cls_period_new_range (self->start_date, self->end_date);
}



void
_cls_contract_lock_lists (ClsContract *self)
{
  g_mutex_lock (&self->list_lock);
}

void
_cls_contract_unlock_lists (ClsContract *self)
{
  g_mutex_unlock (&self->list_lock);
}

GListModel *
_cls_contract_peek_list (ClsContract     *self,
                         ClsContractList  which)
{
  ClsObjectList *lists[] = { self->organisations, self->parties, self->communes,
                             self->areas, self->bodies, self->fundings, self->levels,
                             self->scales, self->figures, self->amendments,
                             self->templates, self->nodes };

  G_STATIC_ASSERT (G_N_ELEMENTS (lists) == CLS_CONTRACT_N_LISTS);
  return G_LIST_MODEL (lists[which]);
}
