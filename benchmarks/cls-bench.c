/* cls-bench.c: what libcls costs, at national scale, next to a bare libxml2
 * parse of the same files.
 *
 * The program generates a deterministic set of realistic contracts (or
 * reuses a directory of them), then times, each in a fresh child process:
 *
 *   - a libxml2 DOM parse of every file (xmlReadFile, xmlFreeDoc);
 *   - a libxml2 streaming walk (xmlTextReaderRead to the end): the
 *     reference, since the loader is built on that reader;
 *   - the same walk with libxml2's RelaxNG validation against the format's
 *     schema, to tell libxml2's validation cost from libcls's own;
 *   - libcls loads, validated and trusted, keeping the contracts alive to
 *     measure the memory they hold;
 *   - libcls saves (cls_contract_to_bytes) of every contract.
 *
 * It prints one line per measurement, with medians over --runs, and the
 * ratios the project is judged on. See benchmarks/README.md.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <locale.h>
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>

#include <libcls/cls.h>

#define MiB (1024.0 * 1024.0)

/* ================================================================== */
/* Options                                                             */

static int opt_contracts = 300;
static gint64 opt_measurements = 1000000;
static int opt_runs = 3;
static int opt_seed = 20251021;
static char *opt_dir = NULL;
static gboolean opt_keep = FALSE;
static gboolean opt_json = FALSE;

static const GOptionEntry option_entries[] = {
  { "contracts", 'c', 0, G_OPTION_ARG_INT, &opt_contracts, "Number of contracts to generate (default 300)", "N" },
  { "measurements", 'm', 0, G_OPTION_ARG_INT64, &opt_measurements, "Total number of measurements over all contracts (default 1000000)", "M" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &opt_runs, "Runs of each phase; the figures are medians (default 3)", "R" },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, "Seed of the generator (default 20251021)", "S" },
  { "dir", 'd', 0, G_OPTION_ARG_FILENAME, &opt_dir, "Reuse the *.cls.xml files of DIR, or generate into DIR if it has none (never deleted)", "DIR" },
  { "keep", 'k', 0, G_OPTION_ARG_NONE, &opt_keep, "Keep the generated temporary directory", NULL },
  { "json", 'j', 0, G_OPTION_ARG_NONE, &opt_json, "Also print the results as JSON on stdout (the table then goes to stderr)", NULL },
  { NULL }
};

/* The table goes to stdout, or to stderr when stdout carries the JSON. */
static FILE *table_out;

static void report (const char *format, ...) G_GNUC_PRINTF (1, 2);

static void
report (const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (table_out, format, args);
  va_end (args);
  fflush (table_out);
}

/* ================================================================== */
/* The generator                                                       */
/*                                                                     */
/* It writes the canonical form directly (the order, indentation,      */
/* escaping and number format of docs/format.md, "Canonical form"), so */
/* that a generated file loaded and saved again must give the same     */
/* bytes: the verification step checks exactly that, which proves the */
/* foreign attributes and elements round-trip.                         */

typedef enum {
  KIND_COUNT,
  KIND_RATIO,
  KIND_AMOUNT,
  KIND_MILESTONE,
  KIND_ORDINAL,
  KIND_NARRATIVE,
  KIND_FORMULA,
} Kind;

typedef enum {
  GRAN_YEAR,
  GRAN_SEMESTER,
  GRAN_QUARTER,
  GRAN_MONTH,
  GRAN_DAY,
} Granularity;

typedef struct {
  char *id;
  Kind kind;
  gboolean templated;
  guint capacity;          /* distinct periods available */
  guint n_measurements;
  char *formula_a;         /* formula: the indicators it reads */
  char *formula_b;
} GenIndicator;

typedef struct _GenNode GenNode;
struct _GenNode {
  char *id;
  char *code;
  guint depth;             /* 1 axe, 2 fiche, 3 opération, 4 étape */
  GPtrArray *indicators;   /* GenIndicator */
  GPtrArray *children;     /* GenNode */
};

typedef struct {
  GRand *rand;
  GString *out;
  guint depth;
  guint number;            /* contract number, from 1 */
  int year0;
  int years;
  GDate start;
  GDate end;
  guint n_days;
  guint n_communes;
  gboolean geo;            /* declares and uses a second foreign namespace */
  gboolean amended;
  GPtrArray *nodes;        /* top-level GenNode */
  GPtrArray *indicators;   /* every GenIndicator (borrowed) */
  GPtrArray *fiches;       /* fiche ids (borrowed) */
  guint64 written;         /* measurements written */
} Gen;

static const char * const territory_heads[] = {
  "Pays", "Val", "Cœur", "Monts", "Plaine", "Vallée", "Côte", "Bocage", "Causses", "Marches",
  "Terres", "Portes",
};
static const char * const territory_tails[] = {
  "de l'Avesnois", "de la Sambre", "d'Argonne", "de Thiérache", "du Morvan", "des Vosges du Sud",
  "de Bresse", "du Quercy", "de Gâtine", "du Vexin", "de la Brenne", "du Perche", "de Puisaye",
  "des Combrailles", "du Lauragais", "de la Dombes",
};
static const char * const commune_roots[] = {
  "Aubry", "Baudour", "Chaumont", "Fontaine", "Grandpré", "Haumont", "Jonville", "Lannoy",
  "Marcoing", "Neuville", "Orval", "Prémont", "Quesnoy", "Rumigny", "Sains", "Trélon", "Vervins",
  "Wignehies", "Étrœungt", "Anor", "Glageon", "Féron", "Ohain", "Moustier", "Beaurieux",
};
static const char * const commune_prefixes[] = {
  "", "", "", "Saint-", "Sainte-", "Le ", "La ", "Notre-Dame-de-",
};
static const char * const commune_suffixes[] = {
  "", "", "", "-sur-Helpe", "-en-Thiérache", "-le-Château", "-les-Bois", "-la-Grande", "-sur-Meuse",
};
static const char * const axe_titles[] = {
  "Améliorer l'accès aux soins de premier recours",
  "Promouvoir la santé des enfants et des jeunes",
  "Prévenir les conduites addictives",
  "Favoriser le bien vieillir et l'autonomie",
  "Agir pour la santé mentale",
  "Promouvoir un environnement favorable à la santé",
  "Renforcer la coordination des acteurs & l'animation territoriale",
  "Réduire les inégalités sociales et territoriales de santé",
};
static const char * const fiche_titles[] = {
  "Développer l'attractivité du territoire pour les professionnels de santé",
  "Accompagner l'installation de maisons de santé pluriprofessionnelles",
  "Déployer le dépistage organisé des cancers",
  "Renforcer la vaccination des publics éloignés",
  "Former les acteurs au repérage de la crise suicidaire",
  "Prévenir l'obésité et promouvoir l'activité physique",
  "Lutter contre l'isolement des personnes âgées",
  "Améliorer la qualité de l'air intérieur",
  "Développer l'éducation thérapeutique du patient",
  "Accompagner les aidants",
  "Faciliter l'accès aux droits de santé",
  "Promouvoir la santé sexuelle des jeunes",
  "Prévenir les addictions en milieu scolaire",
  "Soutenir les compétences psychosociales des enfants",
  "Organiser la permanence des soins",
  "Développer la télémédecine dans les zones sous-dotées",
};
static const char * const operation_titles[] = {
  "Organiser une journée d'accueil des internes",
  "Mettre en place des ateliers collectifs",
  "Créer un annuaire des ressources",
  "Former les professionnels relais",
  "Lancer une campagne de communication",
  "Installer un point d'accueil mobile",
  "Animer un groupe de travail partenarial",
  "Réaliser un diagnostic partagé",
  "Organiser des permanences délocalisées",
  "Mettre en place une consultation avancée",
  "Déployer un parcours coordonné",
  "Proposer des séances de sensibilisation",
};
static const char * const count_titles[] = {
  "Nombre de séances organisées", "Nombre de participants", "Nombre de professionnels formés",
  "Nombre de personnes accompagnées", "Nombre de permanences tenues", "Nombre de passages",
  "Nombre d'actions de sensibilisation", "Nombre de partenaires mobilisés", "Nbre de stages proposés",
};
static const char * const count_units[] = {
  "séances", "participants", "professionnels", "personnes", "permanences", "passages", "actions",
  "partenaires", "stages",
};
static const char * const ratio_titles[] = {
  "Taux de participation au dépistage", "Taux de couverture vaccinale", "Part des jeunes sensibilisés",
  "Taux de satisfaction des participants", "Part des patients ayant un médecin traitant",
  "Taux de recours aux soins dentaires",
};
static const char * const amount_titles[] = {
  "Budget engagé", "Montant des financements mobilisés", "Coût des actions réalisées",
};
static const char * const milestone_titles[] = {
  "Feuille de route tracée", "Charte signée par les partenaires", "Annuaire publié",
  "Convention de partenariat signée", "Local ouvert au public",
};
static const char * const ordinal_titles[] = {
  "Degré d'atteinte de l'objectif", "Satisfaction des partenaires", "Qualité perçue de l'accueil",
};
static const char * const narrative_titles[] = {
  "Bilan qualitatif du partenariat", "Appréciation de la dynamique locale",
};
static const char * const publics[] = {
  "Jeunes de 16 à 25 ans", "Personnes âgées de plus de 75 ans", "Parents d'enfants de moins de 6 ans",
  "Professionnels de santé libéraux", "Élus et agents des collectivités", "Personnes en situation de précarité",
  "Aidants familiaux", "Élèves de collège",
};
static const char * const narratives[] = {
  "Partenariats solides avec la CPAM et la MSA.",
  "La dynamique s'essouffle faute de coordinateur ; reprise prévue au second semestre.",
  "Les communes rurales restent peu couvertes malgré les permanences mobiles.",
  "Bonne appropriation par les acteurs & forte participation des habitants.",
};
static const char * const area_kinds[] = { "qpv", "epci", "canton", "district" };

#define PICK(g, array) ((array)[g_rand_int_range ((g)->rand, 0, G_N_ELEMENTS (array))])

static int
rnd (Gen *g,
     int  lo,
     int  hi)
{
  return g_rand_int_range (g->rand, lo, hi + 1);
}

static gboolean
chance (Gen    *g,
        double  p)
{
  return g_rand_double (g->rand) < p;
}

/* --- canonical output ------------------------------------------------ */

static void
escape (GString    *out,
        const char *text,
        gboolean    in_attribute)
{
  const char *p;

  for (p = text; *p; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>':
        if (in_attribute)
          g_string_append_c (out, '>');
        else
          g_string_append (out, "&gt;");
        break;
      case '"':
        if (in_attribute)
          g_string_append (out, "&quot;");
        else
          g_string_append_c (out, '"');
        break;
      case '\n':
        if (in_attribute)
          g_string_append (out, "&#10;");
        else
          g_string_append_c (out, '\n');
        break;
      default:
        g_string_append_c (out, *p);
      }
}

/* The shortest decimal form that reads back to the same double, integers
 * without a fraction: the format's canonical number form. */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  int precision;

  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (out, "%.0f", value);
      return;
    }
  for (precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
}

static void
indent (Gen *g)
{
  guint i;

  for (i = 0; i < g->depth; i++)
    g_string_append (g->out, "  ");
}

static void
tag (Gen        *g,
     const char *name)
{
  indent (g);
  g_string_append_c (g->out, '<');
  g_string_append (g->out, name);
}

static void
attr (Gen        *g,
      const char *name,
      const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (g->out, " %s=\"", name);
  escape (g->out, value, TRUE);
  g_string_append_c (g->out, '"');
}

static void
attr_number (Gen        *g,
             const char *name,
             double      value)
{
  g_string_append_printf (g->out, " %s=\"", name);
  append_number (g->out, value);
  g_string_append_c (g->out, '"');
}

static void
attr_int (Gen        *g,
          const char *name,
          gint64      value)
{
  g_string_append_printf (g->out, " %s=\"%" G_GINT64_FORMAT "\"", name, value);
}

static void
attr_date (Gen         *g,
           const char  *name,
           const GDate *date)
{
  g_string_append_printf (g->out, " %s=\"%04d-%02d-%02d\"", name, g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Ends a start tag: with text ("<x>text</x>") or empty ("<x/>"). */
static void
end_text (Gen        *g,
          const char *name,
          const char *text)
{
  if (text == NULL || *text == '\0')
    {
      g_string_append (g->out, "/>\n");
      return;
    }
  g_string_append_c (g->out, '>');
  escape (g->out, text, FALSE);
  g_string_append_printf (g->out, "</%s>\n", name);
}

static void
text_element (Gen        *g,
              const char *name,
              const char *text)
{
  tag (g, name);
  end_text (g, name, text);
}

/* Ends a start tag whose element has element children. */
static void
enter (Gen *g)
{
  g_string_append (g->out, ">\n");
  g->depth++;
}

static void
leave (Gen        *g,
       const char *name)
{
  g->depth--;
  indent (g);
  g_string_append_printf (g->out, "</%s>\n", name);
}

/* --- periods ---------------------------------------------------------- */

static guint
granularity_capacity (Gen         *g,
                      Granularity  gran)
{
  switch (gran)
    {
    case GRAN_YEAR: return g->years;
    case GRAN_SEMESTER: return 2 * g->years;
    case GRAN_QUARTER: return 4 * g->years;
    case GRAN_MONTH: return 12 * g->years;
    case GRAN_DAY:
    default: return g->n_days;
    }
}

/* The coarsest granularity that holds n distinct periods (at most max). */
static Granularity
granularity_for (Gen         *g,
                 guint        n,
                 Granularity  max)
{
  Granularity gran;

  for (gran = GRAN_YEAR; gran < max; gran++)
    if (granularity_capacity (g, gran) >= n)
      return gran;
  return max;
}

/* The first and last days of period `slot` of granularity `gran`. */
static void
slot_bounds (Gen         *g,
             Granularity  gran,
             guint        slot,
             GDate       *first,
             GDate       *last)
{
  int year = g->year0, month = 1, months = 12;

  switch (gran)
    {
    case GRAN_YEAR: year += slot; break;
    case GRAN_SEMESTER: year += slot / 2; month = 1 + 6 * (slot % 2); months = 6; break;
    case GRAN_QUARTER: year += slot / 4; month = 1 + 3 * (slot % 4); months = 3; break;
    case GRAN_MONTH: year += slot / 12; month = 1 + slot % 12; months = 1; break;
    case GRAN_DAY:
    default:
      *first = g->start;
      g_date_add_days (first, slot);
      *last = *first;
      return;
    }
  g_date_clear (first, 1);
  g_date_set_dmy (first, 1, month, year);
  *last = *first;
  g_date_add_months (last, months);
  g_date_subtract_days (last, 1);
}

static void
append_period (GString     *out,
               Gen         *g,
               Granularity  gran,
               guint        slot)
{
  GDate day;

  switch (gran)
    {
    case GRAN_YEAR: g_string_append_printf (out, "%d", g->year0 + slot); break;
    case GRAN_SEMESTER: g_string_append_printf (out, "%d-S%u", g->year0 + slot / 2, slot % 2 + 1); break;
    case GRAN_QUARTER: g_string_append_printf (out, "%d-Q%u", g->year0 + slot / 4, slot % 4 + 1); break;
    case GRAN_MONTH: g_string_append_printf (out, "%d-%02u", g->year0 + slot / 12, slot % 12 + 1); break;
    case GRAN_DAY:
    default:
      day = g->start;
      g_date_add_days (&day, slot);
      g_string_append_printf (out, "%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
                              g_date_get_day (&day));
      break;
    }
}

static void
attr_period (Gen         *g,
             const char  *name,
             Granularity  gran,
             guint        slot)
{
  g_string_append_printf (g->out, " %s=\"", name);
  append_period (g->out, g, gran, slot);
  g_string_append_c (g->out, '"');
}

/* --- the plan's skeleton ---------------------------------------------- */

static void
gen_indicator_free (gpointer data)
{
  GenIndicator *ind = data;

  g_free (ind->id);
  g_free (ind->formula_a);
  g_free (ind->formula_b);
  g_free (ind);
}

static void
gen_node_free (gpointer data)
{
  GenNode *node = data;

  g_free (node->id);
  g_free (node->code);
  g_ptr_array_unref (node->indicators);
  g_ptr_array_unref (node->children);
  g_free (node);
}

static GenNode *
gen_node_new (const char *id,
              const char *code,
              guint       depth)
{
  GenNode *node = g_new0 (GenNode, 1);

  node->id = g_strdup (id);
  node->code = g_strdup (code);
  node->depth = depth;
  node->indicators = g_ptr_array_new_with_free_func (gen_indicator_free);
  node->children = g_ptr_array_new_with_free_func (gen_node_free);
  return node;
}

static GenIndicator *
add_indicator (Gen     *g,
               GenNode *node,
               Kind     kind)
{
  GenIndicator *ind = g_new0 (GenIndicator, 1);

  ind->id = g_strdup_printf ("%s.i%u", node->id, node->indicators->len + 1);
  if (kind == KIND_FORMULA)
    {
      /* A formula reads two indicators measured before it; without them it
       * is a count. */
      GPtrArray *numeric = g_ptr_array_new ();
      guint i;

      for (i = 0; i < g->indicators->len; i++)
        {
          GenIndicator *other = g_ptr_array_index (g->indicators, i);
          if ((other->kind == KIND_COUNT || other->kind == KIND_AMOUNT) && !other->templated)
            g_ptr_array_add (numeric, other);
        }
      if (numeric->len >= 2)
        {
          guint a = g_rand_int_range (g->rand, 0, numeric->len);
          guint b = (a + 1 + g_rand_int_range (g->rand, 0, numeric->len - 1)) % numeric->len;

          ind->formula_a = g_strdup (((GenIndicator *) g_ptr_array_index (numeric, a))->id);
          ind->formula_b = g_strdup (((GenIndicator *) g_ptr_array_index (numeric, b))->id);
        }
      else
        kind = KIND_COUNT;
      g_ptr_array_unref (numeric);
    }
  ind->kind = kind;
  switch (kind)
    {
    case KIND_COUNT:
      ind->templated = chance (g, 0.15);
      G_GNUC_FALLTHROUGH;
    case KIND_RATIO:
    case KIND_AMOUNT:
      ind->capacity = g->n_days;
      break;
    case KIND_ORDINAL:
      ind->templated = chance (g, 0.3);
      ind->capacity = 12 * g->years;
      break;
    case KIND_MILESTONE:
    case KIND_NARRATIVE:
      ind->capacity = g->years;
      break;
    case KIND_FORMULA:
    default:
      ind->capacity = 0;
      break;
    }
  g_ptr_array_add (node->indicators, ind);
  g_ptr_array_add (g->indicators, ind);
  return ind;
}

static Kind
random_kind (Gen *g)
{
  double x = g_rand_double (g->rand);

  if (x < 0.40) return KIND_COUNT;
  if (x < 0.60) return KIND_RATIO;
  if (x < 0.72) return KIND_AMOUNT;
  if (x < 0.84) return KIND_ORDINAL;
  if (x < 0.92) return KIND_MILESTONE;
  if (x < 0.97) return KIND_NARRATIVE;
  return KIND_FORMULA;
}

static void
add_indicators (Gen     *g,
                GenNode *node,
                int      lo,
                int      hi)
{
  int i, n = rnd (g, lo, hi);

  for (i = 0; i < n; i++)
    add_indicator (g, node, random_kind (g));
}

/* Axes, fiches, opérations and, under some opérations, étapes: the plan
 * trees of real contracts are three or four levels deep. */
static void
build_plan (Gen *g)
{
  int a, f, o, e, n_axes = rnd (g, 2, 5);

  for (a = 1; a <= n_axes; a++)
    {
      g_autofree char *axe_id = g_strdup_printf ("axe-%d", a);
      g_autofree char *axe_code = g_strdup_printf ("Axe %d", a);
      GenNode *axe = gen_node_new (axe_id, axe_code, 1);
      int n_fiches = rnd (g, 2, 5);

      g_ptr_array_add (g->nodes, axe);
      if (chance (g, 0.3))
        add_indicator (g, axe, KIND_RATIO);
      for (f = 1; f <= n_fiches; f++)
        {
          g_autofree char *fa_id = g_strdup_printf ("fa-%d-%d", a, f);
          g_autofree char *fa_code = g_strdup_printf ("FA %d.%d", a, f);
          GenNode *fiche = gen_node_new (fa_id, fa_code, 2);
          int n_ops = rnd (g, 1, 4);

          g_ptr_array_add (axe->children, fiche);
          g_ptr_array_add (g->fiches, fiche->id);
          add_indicators (g, fiche, 1, 3);
          for (o = 1; o <= n_ops; o++)
            {
              g_autofree char *op_id = g_strdup_printf ("op-%d-%d-%d", a, f, o);
              g_autofree char *op_code = g_strdup_printf ("Op. %d", o);
              GenNode *op = gen_node_new (op_id, op_code, 3);

              g_ptr_array_add (fiche->children, op);
              add_indicators (g, op, 0, 2);
              if (chance (g, 0.25))
                {
                  int n_steps = rnd (g, 1, 2);

                  for (e = 1; e <= n_steps; e++)
                    {
                      g_autofree char *et_id = g_strdup_printf ("et-%d-%d-%d-%d", a, f, o, e);
                      g_autofree char *et_code = g_strdup_printf ("Étape %d", e);
                      GenNode *step = gen_node_new (et_id, et_code, 4);

                      g_ptr_array_add (op->children, step);
                      add_indicators (g, step, 0, 1);
                    }
                }
            }
        }
    }
}

static double
kind_weight (Kind kind)
{
  switch (kind)
    {
    case KIND_COUNT: return 3;
    case KIND_RATIO: return 2;
    case KIND_AMOUNT: return 1.5;
    case KIND_ORDINAL: return 0.5;
    case KIND_MILESTONE:
    case KIND_NARRATIVE: return 0.2;
    case KIND_FORMULA:
    default: return 0;
    }
}

/* Spreads the contract's measurements over its indicators, by kind and at
 * random, within the periods each can hold. When they cannot hold them all,
 * a fiche gets more count indicators. */
static void
distribute (Gen     *g,
            guint64  budget)
{
  g_autofree double *weights = g_new0 (double, g->indicators->len);
  double total = 0;
  guint64 left = budget;
  guint i;

  for (i = 0; i < g->indicators->len; i++)
    {
      GenIndicator *ind = g_ptr_array_index (g->indicators, i);

      weights[i] = kind_weight (ind->kind) * (0.2 + 1.6 * g_rand_double (g->rand));
      total += weights[i];
    }
  for (i = 0; i < g->indicators->len && total > 0; i++)
    {
      GenIndicator *ind = g_ptr_array_index (g->indicators, i);
      guint64 share = (guint64) floor ((double) budget * weights[i] / total);

      ind->n_measurements = (guint) MIN (MIN (share, left), ind->capacity);
      left -= ind->n_measurements;
    }
  while (left > 0)
    {
      gboolean placed = FALSE;

      for (i = 0; i < g->indicators->len && left > 0; i++)
        {
          GenIndicator *ind = g_ptr_array_index (g->indicators, i);
          guint64 room = ind->capacity - ind->n_measurements;
          guint64 add = MIN (room, MAX (left / 8, 1));

          if (kind_weight (ind->kind) < 1 || add == 0)
            continue;
          ind->n_measurements += (guint) add;
          left -= add;
          placed = TRUE;
        }
      if (!placed)
        {
          GenNode *axe = g_ptr_array_index (g->nodes, g->nodes->len - 1);
          GenNode *fiche = g_ptr_array_index (axe->children, axe->children->len - 1);
          GenIndicator *ind = add_indicator (g, fiche, KIND_COUNT);

          ind->templated = FALSE;
          ind->n_measurements = (guint) MIN (left, ind->capacity);
          left -= ind->n_measurements;
        }
    }
}

/* --- the contract's header ------------------------------------------- */

typedef struct {
  const char *id;
  const char *kind;        /* NULL: other */
  const char *name;
  const char *short_name;
} GenOrganisation;

static const GenOrganisation organisations[] = {
  { "ars", "ars", "Agence régionale de santé", "l'ARS" },
  { "prefecture", "prefecture", "Sous-préfecture", "la Préfecture" },
  { "cd", "departement", "Conseil départemental", "le Département" },
  { "epci", "epci", "Communauté de communes", "la CC" },
  { "cpam", "health-insurance", "Caisse primaire d'assurance maladie", "la CPAM" },
  { "msa", "msa", "Mutualité sociale agricole", "la MSA" },
  { "caf", "caf", "Caisse d'allocations familiales", "la CAF" },
  { "dsden", "state", "Direction des services départementaux de l'Éducation nationale", "la DSDEN" },
  { "ch", "hospital", "Centre hospitalier", "le CH" },
  { "cpts", "cpts", "Communauté professionnelle territoriale de santé", "la CPTS" },
  { "coordination", "coordination", "Coordination du contrat local de santé", "la coordination" },
  { "asso-addictions", "association", "Association de prévention des addictions", NULL },
  { "mission-locale", "association", "Mission locale", NULL },
  { "univ", "university", "Département de médecine générale", "le DMG" },
  { "centre-social", NULL, "Centre social intercommunal", NULL },
};

static const char *
random_organisation (Gen *g)
{
  return organisations[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (organisations))].id;
}

static void
write_organisations (Gen        *g,
                     const char *territory)
{
  guint i;

  tag (g, "organisations");
  if (chance (g, 0.2))
    attr (g, "ext:source", "annuaire");
  enter (g);
  for (i = 0; i < G_N_ELEMENTS (organisations); i++)
    {
      const GenOrganisation *o = &organisations[i];
      g_autofree char *name = g_strdup_printf ("%s %s", o->name, territory);
      int aliases = rnd (g, 0, 2), k;

      tag (g, "organisation");
      attr (g, "id", o->id);
      attr (g, "kind", o->kind);
      if (chance (g, 0.05))
        attr (g, "ext:colour", "#0055a4");
      enter (g);
      text_element (g, "name", name);
      if (o->short_name != NULL)
        text_element (g, "short-name", o->short_name);
      for (k = 1; k <= aliases; k++)
        {
          g_autofree char *alias = g_strdup_printf ("%s %d", o->id, k);
          text_element (g, "alias", alias);
        }
      if (chance (g, 0.6))
        {
          g_autofree char *address = g_strdup_printf ("%d rue de la République, %05d %s", rnd (g, 1, 120),
                                                      rnd (g, 1000, 95999), PICK (g, commune_roots));
          text_element (g, "address", address);
        }
      if (chance (g, 0.7))
        {
          tag (g, "representative");
          attr (g, "title", chance (g, 0.5) ? "Président" : "Directrice générale");
          end_text (g, "representative", chance (g, 0.5) ? "Madame Claire DURAND" : "Monsieur Paul MARTIN");
        }
      if (g_strcmp0 (o->kind, "epci") == 0)
        {
          tag (g, "deliberation");
          attr (g, "number", "DELIB-2025-042");
          end_text (g, "deliberation", "Vu la délibération du XXXXXX autorisant le Président à signer le contrat local de santé ;");
        }
      if (chance (g, 0.03))
        {
          indent (g);
          g_string_append (g->out, "<ext:logo href=\"logo.png\"/>\n");
        }
      leave (g, "organisation");
    }
  leave (g, "organisations");
}

static void
write_territory (Gen        *g,
                 const char *territory)
{
  guint i;

  tag (g, "territory");
  enter (g);
  text_element (g, "name", territory);
  for (i = 1; i <= g->n_communes; i++)
    {
      g_autofree char *id = g_strdup_printf ("c-%u", i);
      g_autofree char *insee = g_strdup_printf ("%02d%03u", rnd (g, 1, 95), i);
      g_autofree char *name = g_strdup_printf ("%s%s%s", PICK (g, commune_prefixes), PICK (g, commune_roots),
                                               PICK (g, commune_suffixes));

      tag (g, "commune");
      attr (g, "id", id);
      attr (g, "insee", insee);
      attr_int (g, "population", rnd (g, 150, 25000));
      attr_int (g, "census-year", 2021);
      if (g->geo)
        {
          g_autofree char *lat = g_strdup_printf ("%d.%04d", rnd (g, 43, 50), rnd (g, 0, 9999));
          g_autofree char *lon = g_strdup_printf ("%d.%04d", rnd (g, 0, 6), rnd (g, 0, 9999));
          attr (g, "geo:lat", lat);
          attr (g, "geo:lon", lon);
        }
      end_text (g, "commune", name);
    }
  for (i = 1; i <= MIN (3u, g->n_communes / 4); i++)
    {
      g_autofree char *id = g_strdup_printf ("zone-%u", i);
      g_autofree char *name = g_strdup_printf ("Secteur %u", i);
      g_autoptr(GString) communes = g_string_new (NULL);
      guint c;

      for (c = i; c <= g->n_communes; c += 3)
        g_string_append_printf (communes, "%sc-%u", communes->len ? " " : "", c);
      tag (g, "area");
      attr (g, "id", id);
      attr (g, "kind", PICK (g, area_kinds));
      attr (g, "communes", communes->str);
      end_text (g, "area", name);
    }
  if (chance (g, 0.5))
    text_element (g, "note", "Le territoire est couvert par deux CPTS et un centre hospitalier.");
  if (g->geo && chance (g, 0.5))
    {
      indent (g);
      g_string_append (g->out, "<geo:shape><geo:polygon>50.1 3.9, 50.2 3.9, 50.2 4.0</geo:polygon></geo:shape>\n");
    }
  leave (g, "territory");
}

static void
write_header (Gen        *g,
              const char *territory)
{
  g_autofree char *title = g_strdup_printf ("Contrat local de santé %s %d-%d", territory, g->year0,
                                            g->year0 + g->years - 1);
  int i, n;

  text_element (g, "title", title);
  if (chance (g, 0.5))
    text_element (g, "acronym", "CLS");
  if (chance (g, 0.3))
    text_element (g, "tagline", "Ensemble pour la santé de tous");
  tag (g, "period");
  attr_date (g, "start", &g->start);
  attr_date (g, "end", &g->end);
  end_text (g, "period", chance (g, 0.3) ? "durée restante à courir du Projet Régional de Santé" : NULL);
  if (chance (g, 0.7))
    {
      GDate signed_on = g->start;

      g_date_add_days (&signed_on, rnd (g, 0, 120));
      tag (g, "signature");
      attr_date (g, "date", &signed_on);
      attr (g, "place", commune_roots[g->number % G_N_ELEMENTS (commune_roots)]);
      end_text (g, "signature", "Fait à xxxxxxxx, le xx/xx/xxxx");
    }
  text_element (g, "description",
                "Le présent contrat définit les engagements des signataires.\n"
                "Il s'appuie sur le diagnostic local de santé & sur les priorités du Projet Régional de Santé.");
  n = rnd (g, 2, 5);
  for (i = 0; i < n; i++)
    {
      g_autofree char *ref = g_strdup_printf ("Vu le code de la santé publique, et notamment l'article L1434-%d,", 2 + i * 8);
      text_element (g, "reference", ref);
    }
  n = rnd (g, 1, 3);
  for (i = 0; i < n; i++)
    text_element (g, "stake", PICK (g, axe_titles));

  write_organisations (g, territory);

  tag (g, "parties");
  enter (g);
  {
    static const char * const signatories[] = { "ars", "epci", "prefecture", "cpam", "cd" };
    guint k;

    for (k = 0; k < G_N_ELEMENTS (signatories); k++)
      {
        tag (g, "party");
        attr (g, "organisation", signatories[k]);
        g_string_append (g->out, "/>\n");
      }
    if (g->amended)
      {
        tag (g, "party");
        attr (g, "organisation", "cpts");
        attr (g, "amendment", "av-1");
        end_text (g, "party", "la CPTS, par l'avenant n°1");
      }
  }
  leave (g, "parties");

  write_territory (g, territory);

  tag (g, "governance");
  enter (g);
  tag (g, "body");
  attr (g, "id", "copil");
  attr (g, "kind", "steering");
  attr (g, "chairs", "ars epci");
  enter (g);
  text_element (g, "name", "Comité de pilotage");
  text_element (g, "frequency", "au minimum une fois par an");
  leave (g, "body");
  tag (g, "body");
  attr (g, "id", "cotech");
  attr (g, "kind", "technical");
  enter (g);
  text_element (g, "name", "Comité technique");
  leave (g, "body");
  tag (g, "funding");
  attr (g, "funder", "ars");
  attr_number (g, "share", 50);
  attr (g, "status", "confirmed");
  end_text (g, "funding", "50 % ARS");
  tag (g, "funding");
  attr (g, "funder", "epci");
  attr_number (g, "share", 50);
  attr (g, "status", "confirmed");
  end_text (g, "funding", "50 % EPCI");
  leave (g, "governance");

  tag (g, "levels");
  enter (g);
  tag (g, "level"); attr (g, "id", "axe"); end_text (g, "level", "Axe stratégique");
  tag (g, "level"); attr (g, "id", "fiche"); end_text (g, "level", "Fiche action");
  tag (g, "level"); attr (g, "id", "operation"); end_text (g, "level", "Opération");
  tag (g, "level"); attr (g, "id", "etape"); end_text (g, "level", "Étape");
  leave (g, "levels");

  if (chance (g, 0.3))
    {
      tag (g, "evaluation-settings");
      attr_number (g, "on-track", 0.8);
      attr (g, "missing-data", "zero");
      g_string_append (g->out, "/>\n");
    }

  tag (g, "scales");
  enter (g);
  tag (g, "scale");
  attr (g, "id", "sat-4");
  enter (g);
  text_element (g, "name", "Satisfaction (4 niveaux)");
  tag (g, "level"); attr (g, "key", "pas-du-tout"); attr_number (g, "value", 1); end_text (g, "level", "Pas du tout satisfait");
  tag (g, "level"); attr (g, "key", "peu"); attr_number (g, "value", 2); end_text (g, "level", "Peu satisfait");
  tag (g, "level"); attr (g, "key", "satisfait"); attr_number (g, "value", 3); end_text (g, "level", "Satisfait");
  tag (g, "level"); attr (g, "key", "tres"); attr_number (g, "value", 4); end_text (g, "level", "Très satisfait");
  leave (g, "scale");
  tag (g, "scale");
  attr (g, "id", "atteinte-3");
  enter (g);
  tag (g, "level"); attr (g, "key", "non"); attr_number (g, "value", 0); end_text (g, "level", "Non atteint");
  tag (g, "level"); attr (g, "key", "partiel"); attr_number (g, "value", 1); end_text (g, "level", "Partiellement atteint");
  tag (g, "level"); attr (g, "key", "oui"); attr_number (g, "value", 2); end_text (g, "level", "Atteint");
  leave (g, "scale");
  leave (g, "scales");

  tag (g, "context");
  enter (g);
  tag (g, "figure");
  attr (g, "id", "pop");
  attr_number (g, "value", rnd (g, 8000, 150000));
  attr (g, "unit", "habitants");
  attr (g, "period", "2021");
  attr (g, "source", "Insee RP 2021");
  enter (g);
  text_element (g, "label", "Population du territoire");
  leave (g, "figure");
  tag (g, "figure");
  attr (g, "id", "apl");
  attr_number (g, "value", rnd (g, 10, 45) / 10.0);
  attr (g, "unit", "consultations/an/habitant");
  attr (g, "period", "2022");
  enter (g);
  text_element (g, "label", "Accessibilité potentielle localisée aux médecins généralistes");
  text_element (g, "comparison", "3,4 en France hexagonale");
  leave (g, "figure");
  tag (g, "figure");
  attr (g, "id", "diag");
  enter (g);
  text_element (g, "label", "Constat du diagnostic local");
  text_element (g, "comment", "La démographie médicale se dégrade.");
  leave (g, "figure");
  leave (g, "context");

  if (g->amended)
    {
      GDate on = g->start;

      g_date_add_years (&on, 1);
      tag (g, "amendments");
      enter (g);
      tag (g, "amendment");
      attr (g, "id", "av-1");
      attr_int (g, "number", 1);
      attr_date (g, "date", &on);
      enter (g);
      text_element (g, "title", "Avenant n°1");
      text_element (g, "description", "Ajout de la CPTS ; objectifs relevés.");
      leave (g, "amendment");
      leave (g, "amendments");
    }

  tag (g, "templates");
  enter (g);
  tag (g, "indicator-template");
  attr (g, "id", "tpl-satisfaction");
  attr (g, "kind", "ordinal");
  attr (g, "category", "qualitatif");
  attr (g, "level", "outcome");
  attr (g, "scale", "sat-4");
  enter (g);
  text_element (g, "title", "Satisfaction des participants");
  text_element (g, "description", "Questionnaire en fin d'action.");
  leave (g, "indicator-template");
  tag (g, "indicator-template");
  attr (g, "id", "tpl-participants");
  attr (g, "category", "quantitatif");
  attr (g, "level", "output");
  attr (g, "unit", "participants");
  enter (g);
  text_element (g, "title", "Nombre de participants");
  leave (g, "indicator-template");
  leave (g, "templates");
}

/* --- indicators and measurements -------------------------------------- */

/* Optional parts every measured kind may carry: where the figure comes from,
 * a comment, and the odd foreign attribute or element. */
typedef struct {
  gboolean source;
  gboolean comment;
  gboolean foreign_attribute;
  gboolean foreign_element;
} Extras;

static void
pick_extras (Gen    *g,
             Extras *x)
{
  x->source = chance (g, 0.10);
  x->comment = chance (g, 0.01);
  x->foreign_attribute = chance (g, 0.005);
  x->foreign_element = chance (g, 0.002);
}

/* The attributes after the value ones: source, recorded, foreign. */
static void
measurement_tail_attributes (Gen          *g,
                             const Extras *x,
                             const GDate  *last)
{
  if (x->source)
    {
      GDate recorded = *last;

      g_date_add_days (&recorded, rnd (g, 1, 40));
      attr (g, "source", "Tableau de bord CLS");
      attr_date (g, "recorded", &recorded);
    }
  if (x->foreign_attribute)
    attr (g, "ext:checked", "true");
}

/* The children after comment/text/responses/breakdowns. */
static void
measurement_foreign_children (Gen          *g,
                              const Extras *x,
                              const GDate  *last)
{
  if (x->foreign_element)
    {
      indent (g);
      g_string_append_printf (g->out, "<ext:audit by=\"coordination\" on=\"%04d-%02d-%02d\"/>\n",
                              g_date_get_year (last), g_date_get_month (last), g_date_get_day (last));
    }
}

static gboolean
has_children (const Extras *x)
{
  return x->comment || x->foreign_element;
}

/* Picks n increasing slots out of `capacity`, spread over the contract with
 * some jitter, as real data collection is. */
static guint *
spread_slots (Gen   *g,
              guint  n,
              guint  capacity)
{
  guint *slots = g_new (guint, MAX (n, 1));
  guint k;

  for (k = 0; k < n; k++)
    {
      guint lo = (guint) ((guint64) k * capacity / n);
      guint hi = (guint) ((guint64) (k + 1) * capacity / n);

      slots[k] = lo + (hi > lo + 1 ? (guint) g_rand_int_range (g->rand, 0, hi - lo) : 0);
    }
  return slots;
}

static const char *
commune_key (guint i)
{
  static char buffer[32];

  g_snprintf (buffer, sizeof buffer, "c-%u", i);
  return buffer;
}

static void
write_measurements (Gen          *g,
                    GenIndicator *ind,
                    Granularity   gran,
                    double        magnitude,
                    gboolean      breakdowns,
                    double        factor,
                    gboolean      at_or_above,
                    const char   *scale)
{
  g_autofree guint *slots = NULL;
  guint capacity = granularity_capacity (g, gran);
  guint k;

  if (ind->n_measurements == 0)
    return;
  g_assert (ind->n_measurements <= capacity);
  slots = spread_slots (g, ind->n_measurements, capacity);
  for (k = 0; k < ind->n_measurements; k++)
    {
      GDate first, last;
      Extras x;
      gboolean children = FALSE;

      pick_extras (g, &x);
      slot_bounds (g, gran, slots[k], &first, &last);
      tag (g, "measurement");
      attr_period (g, "period", gran, slots[k]);
      switch (ind->kind)
        {
        case KIND_COUNT:
          {
            double value = floor (magnitude * (0.5 + g_rand_double (g->rand)));

            attr_number (g, "value", value);
            measurement_tail_attributes (g, &x, &last);
            if (breakdowns && value >= 1)
              {
                /* Parts of the total, by commune, never above it. */
                guint n = MIN (g->n_communes, (guint) rnd (g, 2, 4));
                guint first_commune = rnd (g, 1, g->n_communes - n + 1);
                double left = value, part;
                guint c;

                enter (g);
                children = TRUE;
                if (x.comment)
                  text_element (g, "comment", "Saisie manuelle");
                for (c = 0; c < n; c++)
                  {
                    part = c + 1 == n ? left : floor (left * (0.3 + 0.4 * g_rand_double (g->rand)));
                    left -= part;
                    tag (g, "breakdown");
                    attr (g, "dimension", "commune");
                    attr (g, "key", commune_key (first_commune + c));
                    attr_number (g, "value", part);
                    g_string_append (g->out, "/>\n");
                  }
              }
          }
          break;
        case KIND_AMOUNT:
          attr_number (g, "value", chance (g, 0.5) ? floor (magnitude * (0.5 + g_rand_double (g->rand)))
                                                   : rnd (g, 1, (int) magnitude * 100) / 100.0);
          measurement_tail_attributes (g, &x, &last);
          break;
        case KIND_RATIO:
          if (chance (g, 0.7))
            {
              int denominator = rnd (g, 20, 2000);
              double p = factor > 100 ? 0.002 + 0.01 * g_rand_double (g->rand) : 0.2 + 0.75 * g_rand_double (g->rand);

              attr_number (g, "numerator", floor (denominator * p));
              attr_number (g, "denominator", denominator);
              if (chance (g, 0.1))
                attr_int (g, "respondents", denominator);
            }
          else
            attr_number (g, "value", factor > 100 ? rnd (g, 20, 100) / 10.0 : rnd (g, 200, 950) / 10.0);
          measurement_tail_attributes (g, &x, &last);
          break;
        case KIND_ORDINAL:
          if (!at_or_above && chance (g, 0.5))
            {
              static const char * const sat[] = { "pas-du-tout", "peu", "satisfait", "tres" };
              static const char * const reach[] = { "non", "partiel", "oui" };

              attr (g, "level", g_str_equal (scale, "sat-4") ? PICK (g, sat) : PICK (g, reach));
              measurement_tail_attributes (g, &x, &last);
            }
          else
            {
              /* A survey: the distribution of the answers. */
              int respondents = rnd (g, 12, 240), left = respondents, count;
              const char * const *keys;
              static const char * const sat_keys[] = { "peu", "satisfait", "tres" };
              static const char * const reach_keys[] = { "non", "partiel", "oui" };
              guint j;

              keys = g_str_equal (scale, "sat-4") ? sat_keys : reach_keys;
              attr_int (g, "respondents", respondents);
              measurement_tail_attributes (g, &x, &last);
              enter (g);
              children = TRUE;
              if (x.comment)
                text_element (g, "comment", "Questionnaire en ligne");
              for (j = 0; j < 3; j++)
                {
                  count = j == 2 ? left : rnd (g, 0, left / 2);
                  left -= count;
                  tag (g, "response");
                  attr (g, "level", keys[j]);
                  attr_int (g, "count", count);
                  g_string_append (g->out, "/>\n");
                }
            }
          break;
        case KIND_MILESTONE:
          {
            gboolean done = k + 1 == ind->n_measurements && chance (g, 0.7);

            attr (g, "done", done ? "true" : "false");
            if (done)
              {
                GDate on = first;

                g_date_add_days (&on, rnd (g, 0, g_date_days_between (&first, &last)));
                attr_date (g, "date", &on);
              }
            measurement_tail_attributes (g, &x, &last);
          }
          break;
        case KIND_NARRATIVE:
          {
            GDate on = last;

            g_date_subtract_days (&on, rnd (g, 0, 20));
            attr (g, "author", "Coordination CLS");
            attr_date (g, "date", &on);
            measurement_tail_attributes (g, &x, &last);
            enter (g);
            children = TRUE;
            if (x.comment)
              text_element (g, "comment", "Rédigé pour le comité de pilotage");
            text_element (g, "text", PICK (g, narratives));
          }
          break;
        case KIND_FORMULA:
        default:
          g_assert_not_reached ();
        }
      if (!children && has_children (&x))
        {
          enter (g);
          children = TRUE;
          if (x.comment)
            text_element (g, "comment", "Saisie manuelle");
        }
      if (children)
        {
          measurement_foreign_children (g, &x, &last);
          leave (g, "measurement");
        }
      else
        g_string_append (g->out, "/>\n");
      g->written++;
    }
}

/* Year `k` of the contract, as a period attribute value. */
static char *
year_period (Gen *g,
             int  k)
{
  return g_strdup_printf ("%d", g->year0 + k);
}

static void
write_indicator (Gen          *g,
                 GenIndicator *ind,
                 const char   *deliverable)
{
  gboolean decrease = FALSE, breakdowns = FALSE, at_or_above = FALSE;
  const char *scale = "sat-4";
  double factor = 100, magnitude = 0, base = 0;
  Granularity gran = GRAN_YEAR;
  guint title_index = g_rand_int (g->rand);
  gboolean extra_element = chance (g, 0.02);

  tag (g, "indicator");
  attr (g, "id", ind->id);
  if (ind->templated)
    {
      attr (g, "template", ind->kind == KIND_ORDINAL ? "tpl-satisfaction" : "tpl-participants");
      if (ind->kind == KIND_ORDINAL)
        gran = granularity_for (g, ind->n_measurements, GRAN_MONTH);
      else
        {
          gran = granularity_for (g, ind->n_measurements, GRAN_DAY);
          magnitude = (gran == GRAN_DAY ? 4 : 20.0 * (5 - gran)) * (0.5 + g_rand_double (g->rand));
        }
    }
  else
    switch (ind->kind)
      {
      case KIND_COUNT:
        decrease = chance (g, 0.1);
        breakdowns = !decrease && g->n_communes >= 2 && chance (g, 0.15);
        gran = granularity_for (g, ind->n_measurements, GRAN_DAY);
        /* Bigger figures for longer periods. */
        magnitude = (gran == GRAN_DAY ? 6 : 40.0 * (5 - gran)) * (0.5 + g_rand_double (g->rand));
        attr (g, "category", "quantitatif");
        attr (g, "level", decrease ? "outcome" : "output");
        if (decrease)
          {
            attr (g, "direction", "decrease");
            attr (g, "aggregation", "last");
          }
        attr (g, "unit", count_units[title_index % G_N_ELEMENTS (count_units)]);
        if (breakdowns)
          attr (g, "dimensions", "commune");
        break;
      case KIND_RATIO:
        decrease = chance (g, 0.15);
        factor = chance (g, 0.1) ? 1000 : 100;
        gran = granularity_for (g, ind->n_measurements, GRAN_DAY);
        attr (g, "kind", "ratio");
        attr (g, "category", chance (g, 0.5) ? "qualitatif" : "résultat");
        attr (g, "level", chance (g, 0.2) ? "impact" : "outcome");
        if (decrease)
          attr (g, "direction", "decrease");
        if (chance (g, 0.2))
          attr (g, "aggregation", "mean");
        attr (g, "unit", factor > 100 ? "‰" : "%");
        if (factor > 100)
          attr_number (g, "factor", factor);
        break;
      case KIND_AMOUNT:
        gran = granularity_for (g, ind->n_measurements, GRAN_DAY);
        magnitude = gran == GRAN_DAY ? 300 : 5000.0 * (5 - gran);
        attr (g, "kind", "amount");
        attr (g, "category", "quantitatif");
        attr (g, "level", "process");
        if (chance (g, 0.3))
          attr (g, "aggregation", "sum");
        if (chance (g, 0.2))
          attr_number (g, "weight", 0.5);
        attr (g, "unit", "€");
        break;
      case KIND_MILESTONE:
        attr (g, "kind", "milestone");
        attr (g, "category", "processus");
        attr (g, "level", "process");
        if (deliverable != NULL)
          attr (g, "deliverables", deliverable);
        if (chance (g, 0.5))
          {
            GDate due = g->end;

            g_date_subtract_days (&due, rnd (g, 0, 300));
            attr_date (g, "due", &due);
          }
        break;
      case KIND_ORDINAL:
        gran = granularity_for (g, ind->n_measurements, GRAN_MONTH);
        scale = chance (g, 0.5) ? "sat-4" : "atteinte-3";
        at_or_above = g_str_equal (scale, "sat-4") && chance (g, 0.4);
        attr (g, "kind", "ordinal");
        attr (g, "category", "qualitatif");
        attr (g, "level", "outcome");
        if (at_or_above)
          attr (g, "unit", "%");
        attr (g, "scale", scale);
        if (at_or_above)
          attr (g, "at-or-above", "satisfait");
        break;
      case KIND_NARRATIVE:
        attr (g, "kind", "narrative");
        attr (g, "category", "qualitatif");
        break;
      case KIND_FORMULA:
      default:
        attr (g, "kind", "formula");
        attr (g, "unit", "%");
        break;
      }
  if (chance (g, 0.05))
    attr (g, "ext:dashboard", "tableau-1");
  enter (g);

  /* Title and description. */
  if (!ind->templated || chance (g, 0.5))
    {
      const char *title;

      switch (ind->kind)
        {
        case KIND_COUNT: title = count_titles[title_index % G_N_ELEMENTS (count_titles)]; break;
        case KIND_RATIO: title = PICK (g, ratio_titles); break;
        case KIND_AMOUNT: title = PICK (g, amount_titles); break;
        case KIND_MILESTONE: title = PICK (g, milestone_titles); break;
        case KIND_ORDINAL: title = PICK (g, ordinal_titles); break;
        case KIND_NARRATIVE: title = PICK (g, narrative_titles); break;
        case KIND_FORMULA:
        default: title = "Part des participants parmi les personnes sensibilisées"; break;
        }
      text_element (g, "title", title);
    }
  if (chance (g, 0.2))
    text_element (g, "description", "Compté par la coordination à partir des feuilles d'émargement.");
  if (!ind->templated && ind->kind == KIND_COUNT && chance (g, 0.03))
    {
      tag (g, "condition");
      attr (g, "met", "yes");
      end_text (g, "condition", "le cas échéant : si le relais ouvre");
    }
  if (ind->kind == KIND_FORMULA)
    {
      g_autofree char *formula = chance (g, 0.5)
        ? g_strdup_printf ("100 * [%s] / max([%s], 1)", ind->formula_a, ind->formula_b)
        : g_strdup_printf ("[%s] + [%s]", ind->formula_a, ind->formula_b);
      text_element (g, "formula", formula);
    }

  /* Baseline and targets, consistent with the direction. */
  if (!ind->templated)
    switch (ind->kind)
      {
      case KIND_COUNT:
        {
          double yearly = floor (magnitude * granularity_capacity (g, gran) / g->years) + 1;
          g_autofree char *before = year_period (g, -1);

          if (decrease)
            {
              base = floor (yearly * 1.5);
              tag (g, "baseline");
              attr_number (g, "value", base);
              attr (g, "period", before);
              end_text (g, "baseline", NULL);
              tag (g, "target");
              attr_number (g, "value", floor (base * 0.7));
              end_text (g, "target", "une baisse de 30 %");
              if (g->amended && chance (g, 0.3))
                {
                  tag (g, "target");
                  attr_number (g, "value", floor (base * 0.6));
                  attr (g, "comparator", "at-most");
                  attr (g, "amendment", "av-1");
                  g_string_append (g->out, "/>\n");
                }
            }
          else
            {
              if (chance (g, 0.6))
                {
                  base = floor (yearly * 0.8);
                  tag (g, "baseline");
                  attr_number (g, "value", base);
                  attr (g, "period", before);
                  end_text (g, "baseline", chance (g, 0.3) ? "observé avant le contrat" : NULL);
                }
              tag (g, "target");
              attr_number (g, "value", floor (yearly * g->years * 1.2));
              end_text (g, "target", chance (g, 0.3) ? "sur la durée du contrat" : NULL);
              if (g->amended && chance (g, 0.2))
                {
                  tag (g, "target");
                  attr_number (g, "value", floor (yearly * g->years * 1.4));
                  attr (g, "amendment", "av-1");
                  g_string_append (g->out, "/>\n");
                }
              if (chance (g, 0.3))
                {
                  g_autofree char *period = year_period (g, 1);

                  tag (g, "target");
                  attr_number (g, "value", floor (yearly * 1.1));
                  attr (g, "period", period);
                  end_text (g, "target", "prévu");
                }
              if (chance (g, 0.2))
                {
                  tag (g, "target");
                  attr_number (g, "value", yearly);
                  attr (g, "recurring", "annual");
                  g_string_append (g->out, "/>\n");
                }
              if (breakdowns)
                {
                  tag (g, "target");
                  attr_number (g, "value", 1);
                  attr (g, "dimension", "commune");
                  if (chance (g, 0.5) && g->n_communes >= 3)
                    attr (g, "keys", "c-1 c-2 c-3");
                  end_text (g, "target", "au moins une action par commune");
                }
            }
        }
        break;
      case KIND_RATIO:
        {
          g_autofree char *before = year_period (g, -1);

          base = factor > 100 ? rnd (g, 30, 90) / 10.0 : rnd (g, 300, 700) / 10.0;
          tag (g, "baseline");
          if (chance (g, 0.5) && factor <= 100)
            {
              int denominator = rnd (g, 100, 5000);
              double numerator = floor (denominator * base / 100);

              attr_number (g, "numerator", numerator);
              attr_number (g, "denominator", denominator);
              base = 100 * numerator / denominator;
            }
          else
            attr_number (g, "value", base);
          attr (g, "period", before);
          attr (g, "source", chance (g, 0.5) ? "Assurance maladie (SNDS)" : NULL);
          end_text (g, "baseline", NULL);
          tag (g, "target");
          attr_number (g, "value", decrease ? floor (base * 0.8) : ceil (base * 1.2));
          g_string_append (g->out, "/>\n");
        }
        break;
      case KIND_AMOUNT:
        tag (g, "target");
        attr_number (g, "value", floor (magnitude * MAX (ind->n_measurements, 1)));
        end_text (g, "target", "budget prévisionnel");
        break;
      case KIND_MILESTONE:
        {
          GDate due = g->end;

          g_date_subtract_days (&due, rnd (g, 100, 400));
          tag (g, "target");
          attr (g, "done", "true");
          if (chance (g, 0.5))
            attr_date (g, "due", &due);
          end_text (g, "target", "réalisé avant la fin du contrat");
        }
        break;
      case KIND_ORDINAL:
        if (at_or_above)
          {
            tag (g, "target");
            attr_number (g, "value", rnd (g, 70, 90));
            g_string_append (g->out, "/>\n");
          }
        else
          {
            gboolean sat = g_str_equal (scale, "sat-4");

            tag (g, "baseline");
            attr (g, "level", sat ? "peu" : "non");
            end_text (g, "baseline", NULL);
            tag (g, "target");
            attr (g, "level", sat ? "satisfait" : "oui");
            g_string_append (g->out, "/>\n");
          }
        break;
      case KIND_FORMULA:
        if (chance (g, 0.5))
          {
            tag (g, "target");
            attr_number (g, "value", 50);
            g_string_append (g->out, "/>\n");
          }
        break;
      case KIND_NARRATIVE:
      default:
        break;
      }
  else if (ind->kind == KIND_COUNT)
    {
      tag (g, "target");
      attr_number (g, "value", floor (magnitude * granularity_capacity (g, gran)) + 1);
      g_string_append (g->out, "/>\n");
    }
  else
    {
      tag (g, "target");
      attr (g, "level", "satisfait");
      g_string_append (g->out, "/>\n");
    }

  if (ind->kind == KIND_MILESTONE || ind->kind == KIND_NARRATIVE)
    gran = GRAN_YEAR;
  if (ind->kind != KIND_FORMULA)
    write_measurements (g, ind, gran, magnitude, breakdowns, factor, at_or_above,
                        ind->templated ? "sat-4" : scale);
  if (extra_element)
    {
      indent (g);
      g_string_append_printf (g->out, "<ext:chart type=\"bar\" ref=\"%s\"/>\n", ind->id);
    }
  leave (g, "indicator");
}

/* --- the plan ----------------------------------------------------------- */

static void
write_node (Gen     *g,
            GenNode *node)
{
  static const char * const states[] = { NULL, NULL, "in-progress", "in-progress", "done", "not-started", "postponed", "abandoned" };
  static const char * const calendar[] = { "Premier trimestre", "Deuxième trimestre", "Troisième trimestre", "Dernier trimestre" };
  gboolean fiche = node->depth == 2;
  g_autofree char *deliverable = NULL;
  guint i;

  tag (g, "node");
  attr (g, "id", node->id);
  attr (g, "code", node->code);
  attr (g, "state", node->depth > 1 ? PICK (g, states) : NULL);
  if (chance (g, 0.05))
    attr_number (g, "weight", chance (g, 0.5) ? 2 : 0.5);
  if (fiche && g->amended && chance (g, 0.05))
    attr (g, "amendment", "av-1");
  if (chance (g, 0.05))
    attr (g, "ext:colour", "green");
  enter (g);

  switch (node->depth)
    {
    case 1: text_element (g, "title", axe_titles[(g->number + node->id[4]) % G_N_ELEMENTS (axe_titles)]); break;
    case 2: text_element (g, "title", PICK (g, fiche_titles)); break;
    default: text_element (g, "title", PICK (g, operation_titles)); break;
    }
  if (fiche && chance (g, 0.3))
    {
      tag (g, "title");
      attr (g, "variant", "sommaire");
      end_text (g, "title", node->code);
    }
  if (chance (g, fiche ? 0.7 : 0.3))
    text_element (g, "description", "Descriptif de l'action tel qu'il figure au contrat : constats, modalités de mise en œuvre, partenaires.");
  if (fiche)
    {
      text_element (g, "objective", "Améliorer le repérage précoce des situations à risque.");
      if (chance (g, 0.5))
        text_element (g, "objective", "Faire connaître les ressources du territoire.");
    }
  if (node->depth >= 2)
    {
      int n = rnd (g, 0, fiche ? 2 : 1), k;

      for (k = 0; k < n; k++)
        text_element (g, "public", PICK (g, publics));
    }
  if (node->depth >= 2 && chance (g, 0.2))
    {
      guint c = rnd (g, 1, g->n_communes - 1);
      g_autofree char *communes = g_strdup_printf ("c-%u c-%u", c, c + 1);

      tag (g, "sector");
      attr (g, "communes", communes);
      end_text (g, "sector", "Les deux communes du nord du territoire");
    }
  if (fiche)
    {
      int partners = rnd (g, 0, 2), k;

      tag (g, "role");
      attr (g, "kind", "lead");
      attr (g, "organisation", chance (g, 0.6) ? "coordination" : random_organisation (g));
      g_string_append (g->out, "/>\n");
      for (k = 0; k < partners; k++)
        {
          tag (g, "role");
          attr (g, "kind", chance (g, 0.5) ? "partner" : "associate");
          attr (g, "organisation", random_organisation (g));
          end_text (g, "role", chance (g, 0.2) ? "en lien avec les acteurs locaux" : NULL);
        }
      if (chance (g, 0.5))
        {
          tag (g, "funding");
          attr (g, "funder", "ars");
          attr_number (g, "amount", 1000 * rnd (g, 2, 40));
          attr (g, "basis", chance (g, 0.3) ? "/ an" : NULL);
          attr (g, "status", "confirmed");
          end_text (g, "funding", "Financement ARS (FIR)");
        }
      if (chance (g, 0.3))
        {
          tag (g, "funding");
          attr (g, "funder", "cd");
          attr_number (g, "min", 8000);
          attr_number (g, "max", 10000);
          attr (g, "status", "potential");
          end_text (g, "funding", "entre 8000 et 10000 €");
        }
      if (chance (g, 0.5))
        {
          int n = rnd (g, 1, 3), k2;

          deliverable = g_strdup_printf ("%s.d1", node->id);
          tag (g, "deliverables");
          enter (g);
          for (k2 = 1; k2 <= n; k2++)
            {
              g_autofree char *id = g_strdup_printf ("%s.d%d", node->id, k2);
              tag (g, "deliverable");
              attr (g, "id", id);
              end_text (g, "deliverable", "Un livrable attendu de la fiche");
            }
          leave (g, "deliverables");
        }
      else if (chance (g, 0.1))
        {
          tag (g, "deliverables");
          attr (g, "none", "true");
          end_text (g, "deliverables", "/");
        }
    }
  if (node->depth == 3)
    {
      int n = rnd (g, 0, 2), k;

      for (k = 0; k < n; k++)
        {
          int year = g->year0 + rnd (g, 0, g->years - 1), quarter = rnd (g, 1, 4);
          g_autofree char *period = g_strdup_printf ("%d-Q%d", year, quarter);
          g_autofree char *text = g_strdup_printf ("%s %d", calendar[quarter - 1], year);

          tag (g, "calendar");
          attr (g, "period", period);
          end_text (g, "calendar", text);
        }
    }
  if (fiche && chance (g, 0.1))
    {
      const char *other = g_ptr_array_index (g->fiches, g_rand_int_range (g->rand, 0, g->fiches->len));

      tag (g, "see");
      attr (g, "node", other);
      end_text (g, "see", "cf. la fiche liée");
    }
  for (i = 0; i < node->indicators->len; i++)
    write_indicator (g, g_ptr_array_index (node->indicators, i), deliverable);
  for (i = 0; i < node->children->len; i++)
    write_node (g, g_ptr_array_index (node->children, i));
  if (chance (g, 0.03))
    {
      indent (g);
      g_string_append (g->out, "<ext:tags><ext:tag>prévention</ext:tag><ext:tag>jeunes</ext:tag></ext:tags>\n");
    }
  leave (g, "node");
}

/* Writes contract `number` (from 1) with `budget` measurements into `out`. */
static guint64
generate_contract (guint    number,
                   guint64  budget,
                   guint32  seed,
                   GString *out)
{
  Gen gen = { 0 }, *g = &gen;
  g_autofree char *territory = NULL;
  g_autofree char *id = NULL;
  guint i;

  /* One stream per contract: a file does not depend on how many others
   * are generated with it. */
  g->rand = g_rand_new_with_seed (seed ^ (number * 2654435761u));
  g->out = out;
  g->number = number;
  g->year0 = 2021 + rnd (g, 0, 4);
  g->years = rnd (g, 4, 5);
  g_date_clear (&g->start, 1);
  g_date_clear (&g->end, 1);
  g_date_set_dmy (&g->start, 1, 1, g->year0);
  g_date_set_dmy (&g->end, 31, 12, g->year0 + g->years - 1);
  g->n_days = g_date_days_between (&g->start, &g->end) + 1;
  g->n_communes = rnd (g, 4, 40);
  g->geo = chance (g, 0.3);
  g->amended = chance (g, 0.3);
  g->nodes = g_ptr_array_new_with_free_func (gen_node_free);
  g->indicators = g_ptr_array_new ();
  g->fiches = g_ptr_array_new ();
  territory = g_strdup_printf ("%s %s", PICK (g, territory_heads), PICK (g, territory_tails));
  id = g_strdup_printf ("cls-%04u", number);

  build_plan (g);
  distribute (g, budget);

  g_string_truncate (out, 0);
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  tag (g, "contract");
  attr (g, "xmlns", "urn:libcls:contract:1");
  attr (g, "xmlns:ext", "urn:example:cls-bench:ext");
  if (g->geo)
    attr (g, "xmlns:geo", "urn:example:cls-bench:geo");
  attr (g, "format", "1");
  attr (g, "id", id);
  attr (g, "state", g->amended ? "amended" : "signed");
  attr (g, "ext:origin", "cls-bench");
  enter (g);
  write_header (g, territory);
  tag (g, "plan");
  enter (g);
  for (i = 0; i < g->nodes->len; i++)
    write_node (g, g_ptr_array_index (g->nodes, i));
  leave (g, "plan");
  indent (g);
  g_string_append (out, "<ext:provenance>Généré par cls-bench</ext:provenance>\n");
  leave (g, "contract");
  g_assert (g->depth == 0);

  g_ptr_array_unref (g->fiches);
  g_ptr_array_unref (g->indicators);
  g_ptr_array_unref (g->nodes);
  g_rand_free (g->rand);
  return g->written;
}

/* ================================================================== */
/* Measuring                                                           */

typedef enum {
  PHASE_IDLE,      /* nothing: the RSS of a bare child */
  PHASE_VERIFY,    /* every file loads; generated ones round-trip */
  PHASE_DOM,
  PHASE_WALK,
  PHASE_WALK_RNG,
  PHASE_LOAD,
  PHASE_TRUSTED,
  PHASE_SAVE,
  N_PHASES
} Phase;

static const struct {
  const char *key;
  const char *label;
} phase_names[N_PHASES] = {
  [PHASE_IDLE] = { "idle", "idle child" },
  [PHASE_VERIFY] = { "verify", "verification" },
  [PHASE_DOM] = { "libxml2-dom", "libxml2 DOM parse (xmlReadFile)" },
  [PHASE_WALK] = { "libxml2-walk", "libxml2 streaming walk (reference)" },
  [PHASE_WALK_RNG] = { "libxml2-walk-relaxng", "libxml2 walk + RelaxNG validation" },
  [PHASE_LOAD] = { "libcls-load", "libcls load, schema-validated" },
  [PHASE_TRUSTED] = { "libcls-load-trusted", "libcls load, trusted" },
  [PHASE_SAVE] = { "libcls-save", "libcls save (cls_contract_to_bytes)" },
};

/* What a child sends back through its pipe: plain data only. */
typedef struct {
  gboolean ok;
  char message[1024];
  double wall;            /* s, around the timed work only */
  double cpu;             /* s, user + system, same span */
  double setup;           /* s, one-time warm-up before the timed work */
  gint64 heap_retained;   /* bytes, mallinfo2 in-use delta, contracts alive */
  gint64 rss_retained;    /* bytes, /proc/self/statm resident delta */
  guint64 bytes_out;      /* save: bytes written */
  guint n_files;
  guint n_indicators;
  guint64 n_measurements;
  guint n_warnings;
  gboolean has_evaluation;
  double evaluation_wall;
  double evaluation_cpu;
  gint64 peak_rss;        /* bytes: the child's ru_maxrss, filled by the parent */
} PhaseResult;

typedef struct {
  GPtrArray *paths;       /* char*, sorted */
  guint64 total_bytes;
  gboolean generated;
  const char *schema_path;
} Bench;

static double
cpu_seconds (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

typedef struct {
  gint64 wall;
  double cpu;
} Stamp;

static void
stamp (Stamp *s)
{
  s->wall = g_get_monotonic_time ();
  s->cpu = cpu_seconds ();
}

static void
elapsed (const Stamp *since,
         double      *wall,
         double      *cpu)
{
  Stamp now;

  stamp (&now);
  *wall = (now.wall - since->wall) / 1e6;
  *cpu = now.cpu - since->cpu;
}

/* Heap bytes in use (arenas and mmapped chunks). This counts what the
 * contracts hold, malloc headers included, whatever the allocator keeps
 * cached or the kernel has paged: the right measure of "what a loaded
 * contract set costs". Resident memory is printed too, as a check. */
static gint64
heap_in_use (void)
{
  struct mallinfo2 mi = mallinfo2 ();

  return (gint64) (mi.uordblks + mi.hblkhd);
}

static gint64
resident_bytes (void)
{
  g_autofree char *statm = NULL;
  long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%ld %ld", &size, &resident) != 2)
    return 0;
  return (gint64) resident * sysconf (_SC_PAGESIZE);
}

static gboolean
phase_fail (PhaseResult *r,
            const char  *format,
            ...) G_GNUC_PRINTF (2, 3);

static gboolean
phase_fail (PhaseResult *r,
            const char  *format,
            ...)
{
  va_list args;

  va_start (args, format);
  g_vsnprintf (r->message, sizeof r->message, format, args);
  va_end (args);
  r->ok = FALSE;
  return FALSE;
}

/* A valid contract, in memory, to warm up the loader before timing it. */
static const char warm_up_contract[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"warm-up\">\n"
  "  <title>Warm-up</title>\n"
  "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
  "  <plan>\n"
  "    <node id=\"n\">\n"
  "      <title>n</title>\n"
  "      <indicator id=\"i\">\n"
  "        <title>i</title>\n"
  "        <target value=\"2\"/>\n"
  "        <measurement period=\"2025\" value=\"1\"/>\n"
  "      </indicator>\n"
  "    </node>\n"
  "  </plan>\n"
  "</contract>\n";

static void
count_contract (ClsContract *contract,
                PhaseResult *r)
{
  g_autoptr(GListModel) indicators = cls_contract_dup_all_indicators (contract);
  guint i, n = g_list_model_get_n_items (indicators);

  r->n_indicators += n;
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);
      r->n_measurements += cls_indicator_get_n_measurements (indicator);
    }
}

/* Describes where two byte strings first differ, by line. */
static char *
first_difference (const char *a,
                  gsize       alen,
                  const char *b,
                  gsize       blen)
{
  gsize i, line = 1, line_start = 0, end_a, end_b;

  for (i = 0; i < alen && i < blen && a[i] == b[i]; i++)
    if (a[i] == '\n')
      {
        line++;
        line_start = i + 1;
      }
  for (end_a = line_start; end_a < alen && a[end_a] != '\n'; end_a++)
    ;
  for (end_b = line_start; end_b < blen && b[end_b] != '\n'; end_b++)
    ;
  return g_strdup_printf ("line %" G_GSIZE_FORMAT ":\n  file:  %.*s\n  saved: %.*s", line,
                          (int) MIN (end_a - line_start, 300), a + line_start,
                          (int) MIN (end_b - line_start, 300), b + line_start);
}

static gboolean
run_verify (const Bench *b,
            PhaseResult *r)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  guint i;

  for (i = 0; i < b->paths->len; i++)
    {
      const char *path = g_ptr_array_index (b->paths, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(ClsContract) contract = cls_loader_load_from_path (loader, path, &error);
      GListModel *warnings;

      if (contract == NULL)
        return phase_fail (r, "%s does not load: %s", path, error->message);
      warnings = cls_loader_get_warnings (loader);
      r->n_warnings += g_list_model_get_n_items (warnings);
      if (b->generated && g_list_model_get_n_items (warnings) > 0)
        {
          g_autoptr(ClsDiagnostic) first = g_list_model_get_item (warnings, 0);
          return phase_fail (r, "%s loads with %u warnings, first: line %d: %s", path,
                             g_list_model_get_n_items (warnings), cls_diagnostic_get_line (first),
                             cls_diagnostic_get_message (first));
        }
      count_contract (contract, r);
      if (b->generated)
        {
          g_autofree char *contents = NULL;
          gsize length;
          g_autoptr(GBytes) saved = cls_contract_to_bytes (contract);
          gsize saved_length;
          const char *saved_data = g_bytes_get_data (saved, &saved_length);

          if (!g_file_get_contents (path, &contents, &length, &error))
            return phase_fail (r, "%s: %s", path, error->message);
          if (length != saved_length || memcmp (contents, saved_data, length) != 0)
            {
              g_autofree char *where = first_difference (contents, length, saved_data, saved_length);
              return phase_fail (r, "%s does not round-trip through libcls, first difference at %s", path, where);
            }
        }
      r->n_files++;
    }
  return TRUE;
}

static gboolean
run_dom (const Bench *b,
         PhaseResult *r)
{
  guint i;
  Stamp start;

  xmlInitParser ();
  stamp (&start);
  for (i = 0; i < b->paths->len; i++)
    {
      const char *path = g_ptr_array_index (b->paths, i);
      xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);

      if (doc == NULL)
        return phase_fail (r, "libxml2 cannot parse %s", path);
      xmlFreeDoc (doc);
    }
  elapsed (&start, &r->wall, &r->cpu);
  r->n_files = b->paths->len;
  return TRUE;
}

static gboolean
run_walk (const Bench *b,
          PhaseResult *r,
          gboolean     relaxng)
{
  xmlRelaxNGPtr schema = NULL;
  guint i;
  Stamp start;

  xmlInitParser ();
  stamp (&start);
  if (relaxng)
    {
      /* Compiled once, inside the timed span as libcls's is. */
      xmlRelaxNGParserCtxtPtr ctxt = xmlRelaxNGNewParserCtxt (b->schema_path);

      schema = xmlRelaxNGParse (ctxt);
      xmlRelaxNGFreeParserCtxt (ctxt);
      if (schema == NULL)
        return phase_fail (r, "libxml2 cannot compile the schema %s", b->schema_path);
    }
  for (i = 0; i < b->paths->len; i++)
    {
      const char *path = g_ptr_array_index (b->paths, i);
      xmlTextReaderPtr reader = xmlReaderForFile (path, NULL, XML_PARSE_NONET);
      int ret;

      if (reader == NULL)
        return phase_fail (r, "libxml2 cannot open %s", path);
      if (schema != NULL && xmlTextReaderRelaxNGSetSchema (reader, schema) != 0)
        return phase_fail (r, "libxml2 cannot validate %s with the schema", path);
      while ((ret = xmlTextReaderRead (reader)) == 1)
        ;
      if (ret != 0 || (schema != NULL && xmlTextReaderIsValid (reader) != 1))
        {
          xmlFreeTextReader (reader);
          return phase_fail (r, "libxml2 %s %s", ret != 0 ? "cannot read" : "finds invalid", path);
        }
      xmlFreeTextReader (reader);
    }
  if (schema != NULL)
    xmlRelaxNGFree (schema);
  elapsed (&start, &r->wall, &r->cpu);
  r->n_files = b->paths->len;
  return TRUE;
}

/* ================================================================== */
/* EVALUATION                                                          */
/*                                                                     */
/* The final evaluation of every contract, timed alone, in the         */
/* trusted-load child after the memory figures, with the contracts     */
/* alive. The final evaluation visits every measurement of every       */
/* indicator (its window is the whole contract), so it is the costliest */
/* of the three; the parent prints an "libcls evaluate" line and its    */
/* ratio to the walk.                                                  */

static void
evaluation_hook (GPtrArray   *contracts,
                 PhaseResult *r)
{
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  guint i, n_results = 0;
  Stamp start;

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  stamp (&start);
  for (i = 0; i < contracts->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClsEvaluation) evaluation =
        cls_evaluator_evaluate (evaluator, g_ptr_array_index (contracts, i), NULL, &error);

      if (evaluation == NULL)
        {
          g_printerr ("cls-bench: evaluation failed: %s\n", error->message);
          r->has_evaluation = FALSE;
          return;
        }
      n_results += cls_node_result_get_n_indicators (cls_evaluation_get_root (evaluation));
    }
  elapsed (&start, &r->evaluation_wall, &r->evaluation_cpu);
  r->has_evaluation = n_results > 0;
}

/* ================================================================== */

static gboolean
run_load (const Bench *b,
          PhaseResult *r,
          gboolean     trusted)
{
  g_autoptr(GPtrArray) contracts = g_ptr_array_new_with_free_func (g_object_unref);
  ClsLoader *loader = cls_loader_new ();
  gint64 heap0, rss0;
  guint i;
  Stamp start;

  cls_loader_set_trusted (loader, trusted);

  /* Warm-up: type registration and the schema's compilation happen once
   * per process, whatever the number of contracts; they are reported as
   * setup, not mixed with the per-file cost. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (warm_up_contract, sizeof warm_up_contract - 1);
    g_autoptr(GError) error = NULL;
    g_autoptr(ClsContract) contract = NULL;

    stamp (&start);
    contract = cls_loader_load_from_bytes (loader, bytes, "warm-up", &error);
    if (contract == NULL)
      return phase_fail (r, "the warm-up contract does not load: %s", error->message);
    g_clear_object (&contract);
    elapsed (&start, &r->setup, &r->cpu);
  }

  heap0 = heap_in_use ();
  rss0 = resident_bytes ();
  stamp (&start);
  for (i = 0; i < b->paths->len; i++)
    {
      const char *path = g_ptr_array_index (b->paths, i);
      g_autoptr(GError) error = NULL;
      ClsContract *contract = cls_loader_load_from_path (loader, path, &error);

      if (contract == NULL)
        {
          g_object_unref (loader);
          return phase_fail (r, "%s does not load: %s", path, error->message);
        }
      g_ptr_array_add (contracts, contract);
    }
  elapsed (&start, &r->wall, &r->cpu);
  /* The loader is not part of what the contracts hold. */
  g_object_unref (loader);
  r->heap_retained = heap_in_use () - heap0;
  r->rss_retained = resident_bytes () - rss0;
  r->n_files = contracts->len;

  if (trusted)
    evaluation_hook (contracts, r);
  return TRUE;
}

static gboolean
run_save (const Bench *b,
          PhaseResult *r)
{
  g_autoptr(GPtrArray) contracts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  guint i;
  Stamp start;

  cls_loader_set_trusted (loader, TRUE);
  for (i = 0; i < b->paths->len; i++)
    {
      const char *path = g_ptr_array_index (b->paths, i);
      g_autoptr(GError) error = NULL;
      ClsContract *contract = cls_loader_load_from_path (loader, path, &error);

      if (contract == NULL)
        return phase_fail (r, "%s does not load: %s", path, error->message);
      g_ptr_array_add (contracts, contract);
    }
  stamp (&start);
  for (i = 0; i < contracts->len; i++)
    {
      GBytes *bytes = cls_contract_to_bytes (g_ptr_array_index (contracts, i));

      r->bytes_out += g_bytes_get_size (bytes);
      g_bytes_unref (bytes);
    }
  elapsed (&start, &r->wall, &r->cpu);
  r->n_files = contracts->len;
  return TRUE;
}

static gboolean
run_phase (Phase        phase,
           const Bench *b,
           PhaseResult *r)
{
  r->ok = TRUE;
  switch (phase)
    {
    case PHASE_IDLE: return TRUE;
    case PHASE_VERIFY: return run_verify (b, r);
    case PHASE_DOM: return run_dom (b, r);
    case PHASE_WALK: return run_walk (b, r, FALSE);
    case PHASE_WALK_RNG: return run_walk (b, r, TRUE);
    case PHASE_LOAD: return run_load (b, r, FALSE);
    case PHASE_TRUSTED: return run_load (b, r, TRUE);
    case PHASE_SAVE: return run_save (b, r);
    case N_PHASES:
    default: g_assert_not_reached ();
    }
}

static gboolean
write_all (int         fd,
           const void *data,
           gsize       size)
{
  const char *p = data;

  while (size > 0)
    {
      ssize_t n = write (fd, p, size);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      size -= n;
    }
  return TRUE;
}

static gsize
read_all (int   fd,
          void *data,
          gsize size)
{
  char *p = data;
  gsize got = 0;

  while (got < size)
    {
      ssize_t n = read (fd, p + got, size - got);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      got += n;
    }
  return got;
}

/* Runs one phase in a fork()ed child. The parent stays small (it never
 * loads a contract), so each child starts from the same few MiB and its
 * ru_maxrss, from wait4(), is the peak of that phase alone. */
static gboolean
run_in_child (Phase        phase,
              const Bench *b,
              PhaseResult *out,
              GError     **error)
{
  int fds[2], status = 0;
  pid_t pid;
  struct rusage ru;
  gsize got;

  memset (out, 0, sizeof *out);
  if (pipe (fds) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "pipe: %s", g_strerror (errno));
      return FALSE;
    }
  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  if (pid < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "fork: %s", g_strerror (errno));
      close (fds[0]);
      close (fds[1]);
      return FALSE;
    }
  if (pid == 0)
    {
      PhaseResult r;

      memset (&r, 0, sizeof r);
      close (fds[0]);
      run_phase (phase, b, &r);
      write_all (fds[1], &r, sizeof r);
      close (fds[1]);
      _exit (r.ok ? 0 : 1);
    }
  close (fds[1]);
  got = read_all (fds[0], out, sizeof *out);
  close (fds[0]);
  while (wait4 (pid, &status, 0, &ru) < 0)
    if (errno != EINTR)
      {
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "wait4: %s", g_strerror (errno));
        return FALSE;
      }
  if (got != sizeof *out)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: the child died (%s %d)",
                   phase_names[phase].label,
                   WIFSIGNALED (status) ? "signal" : "exit status",
                   WIFSIGNALED (status) ? WTERMSIG (status) : WEXITSTATUS (status));
      return FALSE;
    }
  if (!out->ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", phase_names[phase].label, out->message);
      return FALSE;
    }
  out->peak_rss = (gint64) ru.ru_maxrss * 1024;  /* KiB on Linux */
  return TRUE;
}

/* ================================================================== */
/* Files                                                               */

static gboolean
is_contract_file (const char *name)
{
  return g_str_has_suffix (name, ".cls.xml");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_contracts (const char  *dir,
                guint64     *total_bytes,
                GError     **error)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint i;

  if (d == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    if (is_contract_file (name))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, compare_strings);
  *total_bytes = 0;
  for (i = 0; i < paths->len; i++)
    {
      GStatBuf st;

      if (g_stat (g_ptr_array_index (paths, i), &st) != 0)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: %s",
                       (char *) g_ptr_array_index (paths, i), g_strerror (errno));
          return NULL;
        }
      *total_bytes += st.st_size;
    }
  return g_steal_pointer (&paths);
}

static gboolean
generate (const char  *dir,
          guint        contracts,
          guint64      measurements,
          guint32      seed,
          GError     **error)
{
  g_autoptr(GString) out = g_string_sized_new (1 << 20);
  guint i;

  for (i = 1; i <= contracts; i++)
    {
      guint64 budget = measurements / contracts + (i <= measurements % contracts ? 1 : 0);
      g_autofree char *name = g_strdup_printf ("cls-bench-%04u.cls.xml", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      guint64 written = generate_contract (i, budget, seed, out);

      if (written != budget)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "generator bug: contract %u has %" G_GUINT64_FORMAT " measurements, not %" G_GUINT64_FORMAT,
                       i, written, budget);
          return FALSE;
        }
      if (!g_file_set_contents (path, out->str, out->len, error))
        return FALSE;
    }
  return TRUE;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    if (is_contract_file (name))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
  g_rmdir (dir);
}

/* ================================================================== */
/* Figures                                                             */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

typedef struct {
  gboolean measured;
  double wall, wall_min, wall_max, cpu, setup;
  double peak_rss, heap_retained, rss_retained, bytes_out;
  gboolean has_evaluation;
  double evaluation_wall, evaluation_cpu;
} Summary;

#define SUMMARISE(field)                                   \
  G_STMT_START {                                           \
    for (k = 0; k < runs; k++)                             \
      values[k] = (double) results[k].field;               \
    s->field = median (values, runs);                      \
  } G_STMT_END

static void
summarise (const PhaseResult *results,
           guint              runs,
           Summary           *s)
{
  g_autofree double *values = g_new (double, runs);
  guint k;

  s->measured = TRUE;
  SUMMARISE (wall);
  s->wall_min = values[0];
  s->wall_max = values[runs - 1];
  SUMMARISE (cpu);
  SUMMARISE (setup);
  SUMMARISE (peak_rss);
  SUMMARISE (heap_retained);
  SUMMARISE (rss_retained);
  SUMMARISE (bytes_out);
  s->has_evaluation = results[0].has_evaluation;
  if (s->has_evaluation)
    {
      SUMMARISE (evaluation_wall);
      SUMMARISE (evaluation_cpu);
    }
}

static void
print_phase_line (Phase          phase,
                  const Summary *s,
                  const Bench   *b)
{
  g_autofree char *heap = s->heap_retained != 0 || phase == PHASE_LOAD || phase == PHASE_TRUSTED
    ? g_strdup_printf ("%10.1f", s->heap_retained / MiB) : g_strdup ("         -");

  report ("%-38s %8.3f  %7.3f–%-7.3f %8.3f %9.1f %10.1f %s\n",
          phase_names[phase].label, s->wall, s->wall_min, s->wall_max, s->cpu,
          b->total_bytes / MiB / s->wall, s->peak_rss / MiB, heap);
}

static void
print_ratio (const char    *label,
             const Summary *num,
             const Summary *den)
{
  report ("  %-45s wall %6.2f×   CPU %6.2f×\n", label, num->wall / den->wall, num->cpu / den->cpu);
}

static void
json_summary (JsonBuilder   *builder,
              Phase          phase,
              const Summary *s)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "phase");
  json_builder_add_string_value (builder, phase_names[phase].key);
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, phase_names[phase].label);
  json_builder_set_member_name (builder, "wall_s");
  json_builder_add_double_value (builder, s->wall);
  json_builder_set_member_name (builder, "wall_min_s");
  json_builder_add_double_value (builder, s->wall_min);
  json_builder_set_member_name (builder, "wall_max_s");
  json_builder_add_double_value (builder, s->wall_max);
  json_builder_set_member_name (builder, "cpu_s");
  json_builder_add_double_value (builder, s->cpu);
  json_builder_set_member_name (builder, "peak_rss_bytes");
  json_builder_add_int_value (builder, (gint64) s->peak_rss);
  if (phase == PHASE_LOAD || phase == PHASE_TRUSTED)
    {
      json_builder_set_member_name (builder, "setup_s");
      json_builder_add_double_value (builder, s->setup);
      json_builder_set_member_name (builder, "retained_heap_bytes");
      json_builder_add_int_value (builder, (gint64) s->heap_retained);
      json_builder_set_member_name (builder, "retained_rss_bytes");
      json_builder_add_int_value (builder, (gint64) s->rss_retained);
    }
  if (phase == PHASE_SAVE)
    {
      json_builder_set_member_name (builder, "bytes_written");
      json_builder_add_int_value (builder, (gint64) s->bytes_out);
    }
  json_builder_end_object (builder);
}

static void
json_ratio (JsonBuilder   *builder,
            const char    *name,
            const Summary *num,
            const Summary *den)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "wall");
  json_builder_add_double_value (builder, num->wall / den->wall);
  json_builder_set_member_name (builder, "cpu");
  json_builder_add_double_value (builder, num->cpu / den->cpu);
  json_builder_end_object (builder);
}

/* ================================================================== */

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gboolean temporary = FALSE;
  Bench bench = { 0 };
  PhaseResult verify, idle;
  PhaseResult *results[N_PHASES] = { NULL };
  Summary summaries[N_PHASES];
  static const Phase timed[] = { PHASE_DOM, PHASE_WALK, PHASE_WALK_RNG, PHASE_LOAD, PHASE_TRUSTED, PHASE_SAVE };
  double generation_time = 0, verification_time = 0;
  gint64 t0;
  guint run, p;
  int status = 0;

  /* Messages (libcls's are UTF-8) in the user's charset; numbers always
   * with a decimal point, so that the figures read the same everywhere. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  table_out = stdout;
  context = g_option_context_new ("— time libcls against a bare libxml2 parse");
  g_option_context_set_summary (context,
    "Generates realistic contracts (or reuses --dir), then times, each phase in a fresh\n"
    "child process: a libxml2 DOM parse, a libxml2 streaming walk (the reference), libcls\n"
    "loads (validated and trusted) and saves. See benchmarks/README.md.");
  g_option_context_add_main_entries (context, option_entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("cls-bench: %s\n", error->message);
      return 2;
    }
  if (opt_contracts < 1 || opt_measurements < 0 || opt_runs < 1)
    {
      g_printerr ("cls-bench: --contracts and --runs must be ≥ 1, --measurements ≥ 0\n");
      return 2;
    }
  if (opt_json)
    table_out = stderr;
  bench.schema_path = CLS_BENCH_SCHEMA;
  memset (summaries, 0, sizeof summaries);

  /* Files: reuse, or generate. */
  if (opt_dir != NULL)
    {
      dir = g_strdup (opt_dir);
      if (g_mkdir_with_parents (dir, 0755) != 0)
        {
          g_printerr ("cls-bench: cannot create %s: %s\n", dir, g_strerror (errno));
          return 1;
        }
    }
  else
    {
      dir = g_dir_make_tmp ("cls-bench-XXXXXX", &error);
      if (dir == NULL)
        {
          g_printerr ("cls-bench: %s\n", error->message);
          return 1;
        }
      temporary = TRUE;
    }
  bench.paths = list_contracts (dir, &bench.total_bytes, &error);
  if (bench.paths == NULL)
    {
      g_printerr ("cls-bench: %s\n", error->message);
      return 1;
    }
  if (bench.paths->len == 0)
    {
      t0 = g_get_monotonic_time ();
      if (!generate (dir, opt_contracts, opt_measurements, (guint32) opt_seed, &error))
        {
          g_printerr ("cls-bench: generating into %s: %s\n", dir, error->message);
          status = 1;
          goto out;
        }
      generation_time = (g_get_monotonic_time () - t0) / 1e6;
      bench.generated = TRUE;
      g_ptr_array_unref (bench.paths);
      bench.paths = list_contracts (dir, &bench.total_bytes, &error);
      if (bench.paths == NULL)
        {
          g_printerr ("cls-bench: %s\n", error->message);
          status = 1;
          goto out;
        }
    }

  /* Every file must load (and a generated one give its bytes back). */
  t0 = g_get_monotonic_time ();
  if (!run_in_child (PHASE_VERIFY, &bench, &verify, &error))
    {
      g_printerr ("cls-bench: FAILED: %s\n", error->message);
      status = 1;
      goto out;
    }
  verification_time = (g_get_monotonic_time () - t0) / 1e6;
  if (bench.generated && verify.n_measurements != (guint64) opt_measurements)
    {
      g_printerr ("cls-bench: FAILED: the files hold %" G_GUINT64_FORMAT " measurements, not %" G_GINT64_FORMAT "\n",
                  verify.n_measurements, opt_measurements);
      status = 1;
      goto out;
    }
  if (!run_in_child (PHASE_IDLE, &bench, &idle, &error))
    {
      g_printerr ("cls-bench: FAILED: %s\n", error->message);
      status = 1;
      goto out;
    }

  report ("cls-bench: libcls %s, libxml2 %s, GLib %u.%u.%u\n", CLS_VERSION, LIBXML_DOTTED_VERSION,
          glib_major_version, glib_minor_version, glib_micro_version);
  report ("data: %u contracts, %u indicators, %" G_GUINT64_FORMAT " measurements, %.1f MiB of XML in %s\n",
          bench.paths->len, verify.n_indicators, verify.n_measurements, bench.total_bytes / MiB, dir);
  if (bench.generated)
    report ("      generated (seed %d) in %.1f s; all load, validated, without warnings and save back "
            "byte for byte (checked in %.1f s)\n", opt_seed, generation_time, verification_time);
  else
    report ("      reused; all load, validated, with %u warnings (checked in %.1f s)\n",
            verify.n_warnings, verification_time);
  report ("method: each phase runs in its own fork()ed child, %d run%s, interleaved; figures are medians.\n"
          "  wall = monotonic clock and CPU = getrusage() user+system, both around the work alone;\n"
          "  peak RSS = the child's ru_maxrss from wait4() (an idle child peaks at %.1f MiB);\n"
          "  retained heap = mallinfo2() bytes in use after loading minus before, contracts alive;\n"
          "  libcls phases first load a tiny contract from memory, untimed (schema compilation, type setup).\n"
          "  Files are read through the page cache (warm).\n\n",
          opt_runs, opt_runs > 1 ? "s" : "", idle.peak_rss / MiB);

  for (p = 0; p < G_N_ELEMENTS (timed); p++)
    results[timed[p]] = g_new0 (PhaseResult, opt_runs);
  for (run = 0; run < (guint) opt_runs; run++)
    for (p = 0; p < G_N_ELEMENTS (timed); p++)
      if (!run_in_child (timed[p], &bench, &results[timed[p]][run], &error))
        {
          g_printerr ("cls-bench: FAILED: %s\n", error->message);
          status = 1;
          goto out;
        }

  report ("%-38s %8s  %-15s %8s %9s %10s %10s\n", "phase", "wall s", "min–max", "CPU s", "MiB/s",
          "peak MiB", "retained");
  for (p = 0; p < G_N_ELEMENTS (timed); p++)
    {
      summarise (results[timed[p]], opt_runs, &summaries[timed[p]]);
      print_phase_line (timed[p], &summaries[timed[p]], &bench);
    }

  report ("\nratios (medians):\n");
  print_ratio ("libcls load / libxml2 streaming walk", &summaries[PHASE_LOAD], &summaries[PHASE_WALK]);
  print_ratio ("libcls trusted / libxml2 streaming walk", &summaries[PHASE_TRUSTED], &summaries[PHASE_WALK]);
  print_ratio ("libcls load / libxml2 DOM parse", &summaries[PHASE_LOAD], &summaries[PHASE_DOM]);
  print_ratio ("libcls trusted / libxml2 DOM parse", &summaries[PHASE_TRUSTED], &summaries[PHASE_DOM]);
  print_ratio ("(libxml2 walk + RelaxNG / libxml2 walk)", &summaries[PHASE_WALK_RNG], &summaries[PHASE_WALK]);
  print_ratio ("(libcls save / libxml2 streaming walk)", &summaries[PHASE_SAVE], &summaries[PHASE_WALK]);
  if (summaries[PHASE_TRUSTED].has_evaluation)
    report ("  %-45s wall %6.2f×   CPU %6.2f×\n", "libcls evaluate / libxml2 streaming walk",
            summaries[PHASE_TRUSTED].evaluation_wall / summaries[PHASE_WALK].wall,
            summaries[PHASE_TRUSTED].evaluation_cpu / summaries[PHASE_WALK].cpu);

  report ("\nmemory of the loaded set (contracts alive, loader freed):\n");
  for (p = PHASE_LOAD; p <= PHASE_TRUSTED; p++)
    {
      const Summary *s = &summaries[p];

      report ("  %-32s %7.1f MiB heap for %.1f MiB of files: %.2f× the file size, %.0f bytes per measurement%s;\n"
              "  %-32s resident grew by %.1f MiB; one-time setup %.1f ms\n",
              phase_names[p].label, s->heap_retained / MiB, bench.total_bytes / MiB,
              s->heap_retained / (double) bench.total_bytes,
              verify.n_measurements ? s->heap_retained / (double) verify.n_measurements : 0.0,
              s->heap_retained < (double) bench.total_bytes ? "" : " (MORE than the files)",
              "", s->rss_retained / MiB, s->setup * 1000);
    }
  if (bench.generated && summaries[PHASE_SAVE].bytes_out != (double) bench.total_bytes)
    report ("  note: the save wrote %.0f bytes for %" G_GUINT64_FORMAT " read\n",
            summaries[PHASE_SAVE].bytes_out, bench.total_bytes);

  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "libcls");
      json_builder_add_string_value (builder, CLS_VERSION);
      json_builder_set_member_name (builder, "libxml2");
      json_builder_add_string_value (builder, LIBXML_DOTTED_VERSION);
      json_builder_set_member_name (builder, "contracts");
      json_builder_add_int_value (builder, bench.paths->len);
      json_builder_set_member_name (builder, "indicators");
      json_builder_add_int_value (builder, verify.n_indicators);
      json_builder_set_member_name (builder, "measurements");
      json_builder_add_int_value (builder, (gint64) verify.n_measurements);
      json_builder_set_member_name (builder, "file_bytes");
      json_builder_add_int_value (builder, (gint64) bench.total_bytes);
      json_builder_set_member_name (builder, "generated");
      json_builder_add_boolean_value (builder, bench.generated);
      json_builder_set_member_name (builder, "seed");
      json_builder_add_int_value (builder, opt_seed);
      json_builder_set_member_name (builder, "runs");
      json_builder_add_int_value (builder, opt_runs);
      json_builder_set_member_name (builder, "idle_peak_rss_bytes");
      json_builder_add_int_value (builder, idle.peak_rss);
      json_builder_set_member_name (builder, "phases");
      json_builder_begin_array (builder);
      for (p = 0; p < G_N_ELEMENTS (timed); p++)
        json_summary (builder, timed[p], &summaries[timed[p]]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "ratios");
      json_builder_begin_object (builder);
      json_ratio (builder, "load_over_walk", &summaries[PHASE_LOAD], &summaries[PHASE_WALK]);
      json_ratio (builder, "trusted_over_walk", &summaries[PHASE_TRUSTED], &summaries[PHASE_WALK]);
      json_ratio (builder, "load_over_dom", &summaries[PHASE_LOAD], &summaries[PHASE_DOM]);
      json_ratio (builder, "trusted_over_dom", &summaries[PHASE_TRUSTED], &summaries[PHASE_DOM]);
      json_ratio (builder, "walk_relaxng_over_walk", &summaries[PHASE_WALK_RNG], &summaries[PHASE_WALK]);
      json_ratio (builder, "save_over_walk", &summaries[PHASE_SAVE], &summaries[PHASE_WALK]);
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "retained_heap_over_file_size");
      json_builder_add_double_value (builder, summaries[PHASE_LOAD].heap_retained / (double) bench.total_bytes);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n", text);
    }

out:
  for (p = 0; p < N_PHASES; p++)
    g_free (results[p]);
  if (temporary && !opt_keep)
    remove_dir (dir);
  else if (temporary)
    report ("\nfiles kept in %s\n", dir);
  g_clear_pointer (&bench.paths, g_ptr_array_unref);
  g_free (opt_dir);
  return status;
}
