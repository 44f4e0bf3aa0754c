/* cls-commune.c: ClsCommune
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-commune.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsCommune:
 *
 * A commune of the contract’s territory.
 *
 * Since: 1.0
 */

struct _ClsCommune
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  char *insee;
  int population;
  int census_year;
  char *name;

};

G_DEFINE_FINAL_TYPE (ClsCommune, cls_commune, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsCommune);

enum {
  PROP_0,
  PROP_ID,
  PROP_INSEE,
  PROP_POPULATION,
  PROP_CENSUS_YEAR,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_commune_finalize (GObject *object)
{
  ClsCommune *self = (ClsCommune *) object;

  g_free (self->id);
  g_free (self->insee);
  g_free (self->name);


  G_OBJECT_CLASS (cls_commune_parent_class)->finalize (object);
}

static void
cls_commune_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ClsCommune *self = CLS_COMMUNE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_commune_get_id (self));
      break;

    case PROP_INSEE:
      g_value_set_string (value, cls_commune_get_insee (self));
      break;

    case PROP_POPULATION:
      g_value_set_int (value, cls_commune_get_population (self));
      break;

    case PROP_CENSUS_YEAR:
      g_value_set_int (value, cls_commune_get_census_year (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, cls_commune_get_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_commune_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ClsCommune *self = CLS_COMMUNE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_INSEE:
      cls_commune_set_insee (self, g_value_get_string (value));
      break;

    case PROP_POPULATION:
      cls_commune_set_population (self, g_value_get_int (value));
      break;

    case PROP_CENSUS_YEAR:
      cls_commune_set_census_year (self, g_value_get_int (value));
      break;

    case PROP_NAME:
      cls_commune_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_commune_class_init (ClsCommuneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_commune_finalize;
  object_class->get_property = cls_commune_get_property;
  object_class->set_property = cls_commune_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsCommune:id: (attributes org.gtk.Property.get=cls_commune_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<commune>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsCommune:insee: (attributes org.gtk.Property.get=cls_commune_get_insee org.gtk.Property.set=cls_commune_set_insee)
   *
   * The INSEE code of the commune. It is the `insee` attribute of `<commune>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_INSEE] =
    g_param_spec_string ("insee", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsCommune:population: (attributes org.gtk.Property.get=cls_commune_get_population org.gtk.Property.set=cls_commune_set_population)
   *
   * The population, or -1 when unknown. It is the `population` attribute of `<commune>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION] =
    g_param_spec_int ("population", NULL, NULL, -1, G_MAXINT, -1, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsCommune:census-year: (attributes org.gtk.Property.get=cls_commune_get_census_year org.gtk.Property.set=cls_commune_set_census_year)
   *
   * The census year of the population, or -1 when unknown. It is the `census-year` attribute of `<commune>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_CENSUS_YEAR] =
    g_param_spec_int ("census-year", NULL, NULL, -1, 9999, -1, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsCommune:name: (attributes org.gtk.Property.get=cls_commune_get_name org.gtk.Property.set=cls_commune_set_name)
   *
   * The name of the commune. It is the text of `<commune>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_commune_init (ClsCommune *self)
{
  self->population = -1;
  self->census_year = -1;
}

/**
 * cls_commune_new:
 * @id: the commune’s id, unique in its contract
 *
 * Creates a new commune.
 *
 * Returns: (transfer full): a new [class@Cls.Commune]
 *
 * Since: 1.0
 */
ClsCommune *
cls_commune_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_COMMUNE, "id", id, NULL);
}

/**
 * cls_commune_get_id:
 * @self: a [class@Cls.Commune]
 *
 * Gets [property@Cls.Commune:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_commune_get_id (ClsCommune *self)
{
  g_return_val_if_fail (CLS_IS_COMMUNE (self), NULL);

  return self->id;
}

/**
 * cls_commune_get_insee:
 * @self: a [class@Cls.Commune]
 *
 * Gets [property@Cls.Commune:insee].
 *
 * Returns: (nullable): the insee
 *
 * Since: 1.0
 */
const char *
cls_commune_get_insee (ClsCommune *self)
{
  g_return_val_if_fail (CLS_IS_COMMUNE (self), NULL);

  return self->insee;
}

/**
 * cls_commune_set_insee:
 * @self: a [class@Cls.Commune]
 * @insee: (nullable): the new value
 *
 * Sets [property@Cls.Commune:insee].
 *
 * Since: 1.0
 */
void
cls_commune_set_insee (ClsCommune *self,
                      const char *insee)
{
  g_return_if_fail (CLS_IS_COMMUNE (self));

  if (g_strcmp0 (self->insee, insee) == 0)
    return;
  g_free (self->insee);
  self->insee = g_strdup (insee);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSEE]);
}

/**
 * cls_commune_get_population:
 * @self: a [class@Cls.Commune]
 *
 * Gets [property@Cls.Commune:population].
 *
 * Returns: the population
 *
 * Since: 1.0
 */
int
cls_commune_get_population (ClsCommune *self)
{
  g_return_val_if_fail (CLS_IS_COMMUNE (self), 0);

  return self->population;
}

/**
 * cls_commune_set_population:
 * @self: a [class@Cls.Commune]
 * @population: the new value
 *
 * Sets [property@Cls.Commune:population].
 *
 * Since: 1.0
 */
void
cls_commune_set_population (ClsCommune *self,
                           int population)
{
  g_return_if_fail (CLS_IS_COMMUNE (self));
  g_return_if_fail (population >= -1 && population <= G_MAXINT);

  if (self->population == population)
    return;
  self->population = population;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POPULATION]);
}

/**
 * cls_commune_get_census_year:
 * @self: a [class@Cls.Commune]
 *
 * Gets [property@Cls.Commune:census-year].
 *
 * Returns: the census year
 *
 * Since: 1.0
 */
int
cls_commune_get_census_year (ClsCommune *self)
{
  g_return_val_if_fail (CLS_IS_COMMUNE (self), 0);

  return self->census_year;
}

/**
 * cls_commune_set_census_year:
 * @self: a [class@Cls.Commune]
 * @census_year: the new value
 *
 * Sets [property@Cls.Commune:census-year].
 *
 * Since: 1.0
 */
void
cls_commune_set_census_year (ClsCommune *self,
                            int census_year)
{
  g_return_if_fail (CLS_IS_COMMUNE (self));
  g_return_if_fail (census_year >= -1 && census_year <= 9999);

  if (self->census_year == census_year)
    return;
  self->census_year = census_year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENSUS_YEAR]);
}

/**
 * cls_commune_get_name:
 * @self: a [class@Cls.Commune]
 *
 * Gets [property@Cls.Commune:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
cls_commune_get_name (ClsCommune *self)
{
  g_return_val_if_fail (CLS_IS_COMMUNE (self), NULL);

  return self->name;
}

/**
 * cls_commune_set_name:
 * @self: a [class@Cls.Commune]
 * @name: (nullable): the new value
 *
 * Sets [property@Cls.Commune:name].
 *
 * Since: 1.0
 */
void
cls_commune_set_name (ClsCommune *self,
                     const char *name)
{
  g_return_if_fail (CLS_IS_COMMUNE (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}


