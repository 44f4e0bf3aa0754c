/* cls-report-svg.c: the charts of the HTML report, drawn as inline SVG
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Three charts, each a self-contained <svg> with a <title> and a <desc>
 * that say in words what it shows:
 *
 * - bars: the score of each node (axes in the summary, actions in an
 *   axis), with the at-risk and on-track thresholds and 100 %;
 * - distribution: how many indicators have each status;
 * - history: an indicator's value for each calendar year of the contract,
 *   with the target of each year as a dashed line.
 *
 * Every status is drawn with its symbol and its words beside its colour,
 * so that the charts read in black and white too. Coordinates go through
 * _cls_html_number() (g_ascii_formatd), never printf("%f"): a French locale
 * must not turn 12.5 into 12,5 inside an SVG attribute.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-report-private.h"

#define FONT_SIZE "11"

/* <svg …> with a title and a description */
static void
svg_open (GString    *out,
          const char *id,
          double      width,
          double      height,
          const char *title,
          const char *description)
{
  g_autofree char *title_id = g_strconcat (id, "-title", NULL);
  g_autofree char *desc_id = g_strconcat (id, "-desc", NULL);
  g_autofree char *labelled_by = g_strconcat (title_id, " ", desc_id, NULL);

  g_string_append (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ");
  _cls_html_number (out, width);
  g_string_append_c (out, ' ');
  _cls_html_number (out, height);
  g_string_append (out, "\" width=\"");
  _cls_html_number (out, width);
  g_string_append (out, "\" height=\"");
  _cls_html_number (out, height);
  g_string_append (out, "\"");
  g_string_append (out, " id=\"");
  _cls_html_escape (out, id);
  g_string_append (out, "\" aria-labelledby=\"");
  _cls_html_escape (out, labelled_by);
  g_string_append (out, "\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"" FONT_SIZE "\">");
  _cls_html_element (out, "title", title, "id", title_id, NULL);
  _cls_html_element (out, "desc", description, "id", desc_id, NULL);
}

static void
number_attribute (GString    *out,
                  const char *name,
                  double      value)
{
  g_string_append_printf (out, " %s=\"", name);
  _cls_html_number (out, value);
  g_string_append_c (out, '"');
}

static void
rect (GString    *out,
      double      x,
      double      y,
      double      width,
      double      height,
      const char *fill,
      const char *css_class)
{
  g_string_append (out, "<rect");
  number_attribute (out, "x", x);
  number_attribute (out, "y", y);
  number_attribute (out, "width", MAX (width, 0));
  number_attribute (out, "height", MAX (height, 0));
  if (fill != NULL)
    g_string_append_printf (out, " fill=\"%s\"", fill);
  if (css_class != NULL)
    g_string_append_printf (out, " class=\"%s\"", css_class);
  g_string_append (out, "/>");
}

static void
line (GString    *out,
      double      x1,
      double      y1,
      double      x2,
      double      y2,
      const char *stroke,
      double      stroke_width,
      const char *dash)
{
  g_string_append (out, "<line");
  number_attribute (out, "x1", x1);
  number_attribute (out, "y1", y1);
  number_attribute (out, "x2", x2);
  number_attribute (out, "y2", y2);
  g_string_append_printf (out, " stroke=\"%s\"", stroke);
  number_attribute (out, "stroke-width", stroke_width);
  if (dash != NULL)
    g_string_append_printf (out, " stroke-dasharray=\"%s\"", dash);
  g_string_append (out, "/>");
}

/* <text x y anchor [fill] [size]>text</text> */
static void
text (GString    *out,
      double      x,
      double      y,
      const char *anchor,
      const char *fill,
      const char *size,
      const char *content)
{
  g_string_append (out, "<text");
  number_attribute (out, "x", x);
  number_attribute (out, "y", y);
  if (anchor != NULL)
    g_string_append_printf (out, " text-anchor=\"%s\"", anchor);
  if (fill != NULL)
    g_string_append_printf (out, " fill=\"%s\"", fill);
  if (size != NULL)
    g_string_append_printf (out, " font-size=\"%s\"", size);
  g_string_append_c (out, '>');
  _cls_html_escape (out, content);
  g_string_append (out, "</text>");
}

/* Bars ----------------------------------------------------------------- */

#define BARS_WIDTH 720.0
#define BARS_LABEL 300.0         /* the labels' column, right-aligned */
#define BARS_AREA 250.0          /* 100 % */
#define BARS_TOP 24.0
#define BARS_ROW 22.0
#define BARS_THICKNESS 14.0

void
_cls_report_svg_bars (GString            *out,
                      const char         *id,
                      const char         *title,
                      const ClsReportBar *bars,
                      guint               n_bars,
                      double              on_track,
                      double              at_risk,
                      gboolean            french)
{
  g_autoptr(GString) description = g_string_new (NULL);
  double height = BARS_TOP + n_bars * BARS_ROW + 6;
  double x0 = BARS_LABEL + 8;
  const double ticks[] = { 0, at_risk, on_track, 1 };
  guint i;

  for (i = 0; i < n_bars; i++)
    {
      g_autofree char *value = bars[i].has_score
        ? _cls_report_format_percent (bars[i].score, french)
        : g_strdup (_cls_report_label (CLS_REPORT_LABEL_NO_SCORE, french));

      g_string_append_printf (description, "%s%s%s %s (%s)", i > 0 ? "; " : "",
                              bars[i].label != NULL ? bars[i].label : "?",
                              french ? " :" : ":", value,
                              cls_status_get_label (bars[i].status, french ? "fr" : "en"));
    }

  svg_open (out, id, BARS_WIDTH, height, title, description->str);

  /* The scale: 0, the thresholds, 100 % */
  for (i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      g_autofree char *label = _cls_report_format_percent (ticks[i], french);
      double x = x0 + ticks[i] * BARS_AREA;

      if (i > 0 && fabs (ticks[i] - ticks[i - 1]) * BARS_AREA < 24)
        continue;   /* too close to the previous one to be read */
      text (out, x, 12, "middle", "#555555", "10", label);
    }

  for (i = 0; i < n_bars; i++)
    {
      const ClsReportBar *bar = &bars[i];
      double y = BARS_TOP + i * BARS_ROW;
      double middle = y + BARS_THICKNESS / 2 + 4;
      g_autofree char *label = _cls_html_truncate (bar->label, 46);
      g_autofree char *value = NULL;
      g_autofree char *after = NULL;
      const char *colour = _cls_report_status_colour (bar->status);

      g_string_append (out, "<g>");
      _cls_html_element (out, "title", bar->label, NULL);
      text (out, BARS_LABEL, middle, "end", "#222222", NULL, label);
      rect (out, x0, y, BARS_AREA, BARS_THICKNESS, "#eeeeee", NULL);
      if (bar->has_score)
        {
          rect (out, x0, y, CLAMP (bar->score, 0, 1) * BARS_AREA, BARS_THICKNESS, colour, NULL);
          value = _cls_report_format_percent (bar->score, french);
        }
      else
        value = g_strdup (_cls_report_label (CLS_REPORT_LABEL_NO_SCORE, french));
      after = g_strdup_printf ("%s %s %s", _cls_report_status_symbol (bar->status), value,
                               cls_status_get_label (bar->status, french ? "fr" : "en"));
      text (out, x0 + BARS_AREA + 6, middle, "start", colour, NULL, after);
      g_string_append (out, "</g>");
    }

  /* Thresholds over the bars */
  for (i = 1; i < G_N_ELEMENTS (ticks); i++)
    {
      double x = x0 + ticks[i] * BARS_AREA;

      line (out, x, 16, x, height - 4, "#333333", i == 3 ? 1 : 0.8, i == 3 ? NULL : "3 2");
    }

  g_string_append (out, "</svg>");
}

/* Distribution ----------------------------------------------------------- */

#define DIST_WIDTH 680.0
#define DIST_LABEL 170.0
#define DIST_AREA 400.0
#define DIST_ROW 20.0

void
_cls_report_svg_distribution (GString     *out,
                              const char  *id,
                              const char  *title,
                              const guint *counts,
                              gboolean     french)
{
  g_autoptr(GString) description = g_string_new (NULL);
  const char *lang = french ? "fr" : "en";
  guint max = 0, n_rows = 0, row = 0;
  guint s;

  for (s = 0; s < CLS_N_STATUSES; s++)
    if (counts[s] > 0)
      {
        g_string_append_printf (description, "%s%s%s %u", n_rows > 0 ? "; " : "",
                                cls_status_get_label (s, lang), french ? " :" : ":", counts[s]);
        max = MAX (max, counts[s]);
        n_rows++;
      }
  if (n_rows == 0)
    g_string_append (description, _cls_report_label (CLS_REPORT_LABEL_NO_INDICATOR, french));

  svg_open (out, id, DIST_WIDTH, MAX (n_rows, 1) * DIST_ROW + 8, title, description->str);
  for (s = 0; s < CLS_N_STATUSES; s++)
    {
      double y = 4 + row * DIST_ROW;
      g_autofree char *label = NULL;
      g_autofree char *count = NULL;
      const char *colour = _cls_report_status_colour (s);
      double width;

      if (counts[s] == 0)
        continue;
      label = g_strdup_printf ("%s %s", _cls_report_status_symbol (s), cls_status_get_label (s, lang));
      count = g_strdup_printf ("%u", counts[s]);
      width = (double) counts[s] / max * DIST_AREA;
      text (out, DIST_LABEL - 8, y + 12, "end", colour, NULL, label);
      rect (out, DIST_LABEL, y, width, 14, colour, NULL);
      text (out, DIST_LABEL + width + 6, y + 12, "start", "#222222", NULL, count);
      row++;
    }
  g_string_append (out, "</svg>");
}

/* History ---------------------------------------------------------------- */

#define HIST_WIDTH 260.0
#define HIST_HEIGHT 132.0
#define HIST_LEFT 12.0
#define HIST_RIGHT 12.0
#define HIST_TOP 16.0
#define HIST_BOTTOM 88.0         /* the plot's bottom edge */
#define VALUE_COLOUR "#1f5f99"
#define TARGET_COLOUR "#555555"

void
_cls_report_svg_history (GString             *out,
                         const char          *id,
                         const char          *title,
                         const ClsReportYear *years,
                         guint                n_years,
                         int                  highlight_year,
                         const char          *unit,
                         gboolean             french)
{
  g_autoptr(GString) description = g_string_new (NULL);
  double lo = 0, hi = 0, column;
  gboolean first = TRUE;
  guint i;

  g_return_if_fail (n_years > 0);

  for (i = 0; i < n_years; i++)
    {
      const ClsReportYear *y = &years[i];
      g_autofree char *value = y->has_value ? _cls_report_format_number (y->value, french) : NULL;
      g_autofree char *target = y->has_target ? _cls_report_format_number (y->target, french) : NULL;

      g_string_append_printf (description, "%s%d%s ", i > 0 ? "; " : "", y->year, french ? " :" : ":");
      g_string_append (description, value != NULL ? value : "—");
      if (value != NULL && unit != NULL)
        g_string_append_printf (description, " %s", unit);
      if (target != NULL)
        g_string_append_printf (description, french ? " (cible %s)" : " (target %s)", target);

      if (y->has_value)
        {
          lo = first ? MIN (0, y->value) : MIN (lo, y->value);
          hi = first ? y->value : MAX (hi, y->value);
          first = FALSE;
        }
      if (y->has_target)
        {
          lo = first ? MIN (0, y->target) : MIN (lo, y->target);
          hi = first ? y->target : MAX (hi, y->target);
          first = FALSE;
        }
    }
  if (!(hi > lo))
    hi = lo + 1;
  hi += (hi - lo) * 0.12;   /* room for the value labels */

  svg_open (out, id, HIST_WIDTH, HIST_HEIGHT, title, description->str);
  column = (HIST_WIDTH - HIST_LEFT - HIST_RIGHT) / n_years;

#define X(i) (HIST_LEFT + ((i) + 0.5) * column)
#define Y(v) (HIST_BOTTOM - ((v) - lo) / (hi - lo) * (HIST_BOTTOM - HIST_TOP))

  /* The evaluated year, shaded */
  for (i = 0; i < n_years; i++)
    if (years[i].year == highlight_year)
      rect (out, HIST_LEFT + i * column, HIST_TOP - 6, column, HIST_BOTTOM - HIST_TOP + 6, "#e9eef5", NULL);

  /* The axis: zero, or the lowest value */
  line (out, HIST_LEFT, Y (lo), HIST_WIDTH - HIST_RIGHT, Y (lo), "#999999", 1, NULL);

  /* Targets: a dashed line between consecutive years, a tick on each */
  for (i = 0; i < n_years; i++)
    {
      if (!years[i].has_target)
        continue;
      line (out, X (i) - 8, Y (years[i].target), X (i) + 8, Y (years[i].target), TARGET_COLOUR, 2, NULL);
      if (i + 1 < n_years && years[i + 1].has_target)
        line (out, X (i), Y (years[i].target), X (i + 1), Y (years[i + 1].target), TARGET_COLOUR, 1.2, "4 3");
    }

  /* Values: a solid line between consecutive years, a dot and the figure */
  for (i = 0; i + 1 < n_years; i++)
    if (years[i].has_value && years[i + 1].has_value)
      line (out, X (i), Y (years[i].value), X (i + 1), Y (years[i + 1].value), VALUE_COLOUR, 2, NULL);
  for (i = 0; i < n_years; i++)
    {
      g_autofree char *value = NULL;

      if (!years[i].has_value)
        continue;
      g_string_append (out, "<circle");
      number_attribute (out, "cx", X (i));
      number_attribute (out, "cy", Y (years[i].value));
      g_string_append (out, " r=\"3.5\" fill=\"" VALUE_COLOUR "\"/>");
      value = _cls_report_format_number (years[i].value, french);
      text (out, X (i), Y (years[i].value) - 6, "middle", "#222222", "9", value);
    }

  /* Years, then the legend */
  for (i = 0; i < n_years; i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", years[i].year);

      text (out, X (i), HIST_BOTTOM + 14, "middle",
            years[i].year == highlight_year ? "#000000" : "#555555", "10", year);
    }
  line (out, HIST_LEFT, HIST_HEIGHT - 12, HIST_LEFT + 18, HIST_HEIGHT - 12, VALUE_COLOUR, 2, NULL);
  text (out, HIST_LEFT + 22, HIST_HEIGHT - 8, "start", "#222222", "10",
        _cls_report_label (CLS_REPORT_LABEL_LEGEND_VALUE, french));
  line (out, HIST_LEFT + 100, HIST_HEIGHT - 12, HIST_LEFT + 118, HIST_HEIGHT - 12, TARGET_COLOUR, 1.2, "4 3");
  text (out, HIST_LEFT + 122, HIST_HEIGHT - 8, "start", "#222222", "10",
        _cls_report_label (CLS_REPORT_LABEL_LEGEND_TARGET, french));

#undef X
#undef Y

  g_string_append (out, "</svg>");
}
