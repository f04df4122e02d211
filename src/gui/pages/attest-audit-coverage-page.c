/* attest-audit-coverage-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-audit-coverage-page"

#include "config.h"

#include "attest-i18n.h"

#include "attest-audit-coverage-page.h"
#include "attest-page.h"
#include "widgets/attest-scroll.h"

/* The coverage of attest_audit_coverage_new() as a grid: a row for each
 * clause of 4 to 10 and each Annex A control, a column for each year of
 * the programme. A cell says in words, with a symbol, whether an audit of
 * that year covered it ("✓ Audited", with the last day it was in the year
 * that day falls in) or plans to ("○ Planned"); a control the SoA
 * excludes says "Not applicable" across the years. A line above says how
 * many are not yet covered, and which. Each cell is read out with its row
 * and year, as a screen reader user cannot see the headings. Built again a
 * moment after any change while shown, or when next shown. */

struct _AttestAuditCoveragePage
{
  AttestPage  parent_instance;

  guint       refresh_id;
  gboolean    stale;

  /* Template widgets */
  GtkLabel   *gaps_label;
  GtkWidget  *period_note;
  GtkGrid    *grid;
  GtkScrolledWindow *grid_scroller;
};

G_DEFINE_FINAL_TYPE (AttestAuditCoveragePage, attest_audit_coverage_page, ATTEST_TYPE_PAGE)

#define REFRESH_DELAY_MS 300
#define MAX_GAPS_NAMED 12

enum { COLUMN_REQUIREMENT, COLUMN_TITLE, COLUMN_FIRST_YEAR };

static GtkWidget *
cell_new (const char *text,
          const char *reads)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  if (reads != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, reads, -1);
      gtk_widget_set_tooltip_text (label, reads);
    }
  return label;
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = cell_new (text, NULL);

  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* The period the grid covers, as the heading line says it. */
static char *
dup_period (AttestCoverage *coverage)
{
  if (coverage->period_start != NULL)
    {
      g_autofree char *from = attest_i18n_format_stored_date (coverage->period_start);
      g_autofree char *to = attest_i18n_format_stored_date (coverage->period_end);

      /* TRANSLATORS: the audit programme's period in the audit coverage's
       * heading line, "from 1 September 2026 to 31 August 2029" */
      return g_strdup_printf (_("from %1$s to %2$s"), from, to);
    }
  if (coverage->n_years == 1)
    /* TRANSLATORS: the year the audit coverage shows when the programme sets no period, "in 2026" */
    return g_strdup_printf (_("in %d"), coverage->first_year);
  /* TRANSLATORS: the years the audit coverage shows when the programme sets no period, "from 2026 to 2027" */
  return g_strdup_printf (_("from %1$d to %2$d"), coverage->first_year,
                          coverage->first_year + (int) coverage->n_years - 1);
}

static void
update_gaps (AttestAuditCoveragePage *self,
             AttestCoverage          *coverage)
{
  g_autofree char *period = dup_period (coverage);
  g_autofree char *gaps = attest_audit_coverage_dup_gaps (coverage, MAX_GAPS_NAMED);
  guint n_clauses = coverage->n_clause_gaps, n_controls = coverage->n_control_gaps;
  g_autofree char *text = NULL;

  if (n_clauses + n_controls == 0)
    /* TRANSLATORS: the audit coverage's heading line; the period, "from 1 September 2026 to 31 August 2029" */
    text = g_strdup_printf (_("Every clause and every applicable Annex A control is covered by an audit held or "
                              "planned %s."), period);
  else if (n_controls == 0)
    /* TRANSLATORS: the audit coverage's heading line: how many clauses, the
     * period, "from 1 September 2026 to 31 August 2029", and the first of
     * them, "7.4, 8.3, …" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%1$u clause is not yet covered by an audit held or planned %2$s: %3$s",
                                         "%1$u clauses are not yet covered by an audit held or planned %2$s: %3$s",
                                         n_clauses),
                            n_clauses, period, gaps);
  else if (n_clauses == 0)
    /* TRANSLATORS: the audit coverage's heading line: how many controls,
     * the period, "from 1 September 2026 to 31 August 2029", and the first
     * of them, "A.5.7, A.5.8, …" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Every clause is covered, but %1$u applicable Annex A control is not yet "
                                         "covered by an audit held or planned %2$s: %3$s",
                                         "Every clause is covered, but %1$u applicable Annex A controls are not yet "
                                         "covered by an audit held or planned %2$s: %3$s",
                                         n_controls),
                            n_controls, period, gaps);
  else
    {
      g_autofree char *clauses = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u clause", "%u clauses", n_clauses),
                                                  n_clauses);
      g_autofree char *controls = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u applicable Annex A control",
                                                                "%u applicable Annex A controls", n_controls),
                                                   n_controls);

      /* TRANSLATORS: the audit coverage's heading line: "3 clauses", "12
       * applicable Annex A controls", the period, "from 1 September 2026 to
       * 31 August 2029", and the first of them, "7.4, 8.3, A.5.7, …" */
      text = g_strdup_printf (_("%1$s and %2$s are not yet covered by an audit held or planned %3$s: %4$s"), clauses,
                              controls, period, gaps);
    }
  gtk_label_set_text (self->gaps_label, text);
  gtk_widget_set_visible (self->period_note, coverage->period_start == NULL);
}

/* A year's cell of a row: what it says, and how it reads. */
static GtkWidget *
state_cell_new (AttestCoverageRow *row,
                int                year,
                AttestCoverageState state)
{
  g_autofree char *text = NULL;
  g_autofree char *state_text = NULL;
  g_autofree char *reads = NULL;
  GtkWidget *cell;

  switch (state)
    {
    case ATTEST_COVERAGE_AUDITED:
      if (row->last_held != NULL && g_ascii_strtoll (row->last_held, NULL, 10) == year)
        {
          g_autofree char *day = attest_i18n_format_stored_date (row->last_held);

          /* TRANSLATORS: a cell of the audit coverage as a screen reader reads it: audited, and the last day it was */
          state_text = g_strdup_printf (_("Audited on %s"), day);
          /* TRANSLATORS: a cell of the audit coverage, with its symbol, and the last day it was audited below */
          text = g_strdup_printf (_("✓ Audited\n%s"), day);
        }
      else
        {
          state_text = g_strdup (_("Audited"));
          /* TRANSLATORS: a cell of the audit coverage, with its symbol */
          text = g_strdup (_("✓ Audited"));
        }
      break;
    case ATTEST_COVERAGE_PLANNED:
      state_text = g_strdup (_("Planned"));
      /* TRANSLATORS: a cell of the audit coverage, with its symbol */
      text = g_strdup (_("○ Planned"));
      break;
    case ATTEST_COVERAGE_NONE:
    default:
      state_text = g_strdup (_("Not covered"));
      /* A dash, as the pack prints it: a cell that says nothing is not
       * mistaken for one not drawn. */
      text = g_strdup ("—");
      break;
    }
  /* TRANSLATORS: a cell of the audit coverage as a screen reader reads it:
   * the clause or control, its title, the year, and what the audits did:
   * "7.2 Competence, 2026: Audited on 13 August 2026" */
  reads = g_strdup_printf (_("%1$s %2$s, %3$d: %4$s"), row->requirement, row->title, year, state_text);
  cell = cell_new (text, reads);
  gtk_label_set_width_chars (GTK_LABEL (cell), 12);
  if (state == ATTEST_COVERAGE_AUDITED)
    gtk_widget_add_css_class (cell, "success");
  else if (state == ATTEST_COVERAGE_PLANNED)
    gtk_widget_add_css_class (cell, "accent");
  else
    gtk_widget_add_css_class (cell, "dim-label");
  return cell;
}

static void
add_row (AttestAuditCoveragePage *self,
         AttestCoverage          *coverage,
         AttestCoverageRow       *row,
         int                      y)
{
  g_autofree char *cell_name = NULL;
  GtkWidget *requirement = cell_new (row->requirement, NULL);
  GtkWidget *title = cell_new (row->title, NULL);

  gtk_widget_add_css_class (requirement, "numeric");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 36);
  gtk_label_set_width_chars (GTK_LABEL (title), 24);
  gtk_grid_attach (self->grid, requirement, COLUMN_REQUIREMENT, y, 1, 1);
  gtk_grid_attach (self->grid, title, COLUMN_TITLE, y, 1, 1);
  if (!row->applicable)
    {
      /* TRANSLATORS: an Annex A control the SoA excludes, as a screen reader reads its row of the audit coverage */
      g_autofree char *reads = g_strdup_printf (_("%1$s %2$s: not applicable"), row->requirement, row->title);
      GtkWidget *cell = cell_new (_("Not applicable"), reads);

      gtk_widget_add_css_class (cell, "dim-label");
      gtk_widget_set_name (cell, (cell_name = g_strdup_printf ("coverage-%s", row->requirement)));
      gtk_grid_attach (self->grid, cell, COLUMN_FIRST_YEAR, y, (int) coverage->n_years, 1);
      return;
    }
  for (guint i = 0; i < coverage->n_years; i++)
    {
      int year = coverage->first_year + (int) i;
      GtkWidget *cell = state_cell_new (row, year, row->cells[i]);
      g_autofree char *name = g_strdup_printf ("coverage-%s-%d", row->requirement, year);

      gtk_widget_set_name (cell, name);
      gtk_grid_attach (self->grid, cell, COLUMN_FIRST_YEAR + (int) i, y, 1, 1);
    }
}

static void
refresh (AttestAuditCoveragePage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(AttestCoverage) coverage = NULL;
  GtkWidget *child;
  gboolean controls = FALSE;
  int y = 0;

  self->stale = FALSE;
  if (workspace == NULL)
    return;
  coverage = attest_audit_coverage_new (workspace);
  update_gaps (self, coverage);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);

  child = heading_new (_("Clause or control"));
  gtk_label_set_wrap (GTK_LABEL (child), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (child), 10);
  gtk_grid_attach (self->grid, child, COLUMN_REQUIREMENT, y, 1, 1);
  gtk_grid_attach (self->grid, heading_new (_("Title")), COLUMN_TITLE, y, 1, 1);
  for (guint i = 0; i < coverage->n_years; i++)
    {
      g_autofree char *year = g_strdup_printf ("%d", coverage->first_year + (int) i);

      gtk_grid_attach (self->grid, heading_new (year), COLUMN_FIRST_YEAR + (int) i, y, 1, 1);
    }
  y++;
  gtk_grid_attach (self->grid, heading_new (_("Clauses 4 to 10")), COLUMN_REQUIREMENT, y++,
                   COLUMN_FIRST_YEAR + (int) coverage->n_years, 1);
  for (guint r = 0; r < coverage->rows->len; r++)
    {
      AttestCoverageRow *row = g_ptr_array_index (coverage->rows, r);

      if (row->is_control && !controls)
        {
          GtkWidget *heading = heading_new (_("Annex A controls"));

          gtk_widget_set_margin_top (heading, 12);
          gtk_grid_attach (self->grid, heading, COLUMN_REQUIREMENT, y++, COLUMN_FIRST_YEAR + (int) coverage->n_years,
                           1);
          controls = TRUE;
        }
      add_row (self, coverage, row, y++);
    }
}

static gboolean
on_refresh_timeout_cb (gpointer user_data)
{
  AttestAuditCoveragePage *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Any change may change it (an audit held, a control linked, a control
 * excluded, the period): built again a moment after while shown, or
 * when next shown. */
static void
on_committed_cb (AttestAuditCoveragePage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, on_refresh_timeout_cb, self);
}

static void
attest_audit_coverage_page_map (GtkWidget *widget)
{
  AttestAuditCoveragePage *self = ATTEST_AUDIT_COVERAGE_PAGE (widget);

  GTK_WIDGET_CLASS (attest_audit_coverage_page_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

static gboolean
attest_audit_coverage_page_fill (AttestPage *page)
{
  AttestAuditCoveragePage *self = ATTEST_AUDIT_COVERAGE_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);

  g_signal_connect_object (attest_workspace_get_store (workspace), "committed", G_CALLBACK (on_committed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  return TRUE;
}

static void
attest_audit_coverage_page_dispose (GObject *object)
{
  AttestAuditCoveragePage *self = ATTEST_AUDIT_COVERAGE_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_AUDIT_COVERAGE_PAGE);
  G_OBJECT_CLASS (attest_audit_coverage_page_parent_class)->dispose (object);
}

static void
attest_audit_coverage_page_class_init (AttestAuditCoveragePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_audit_coverage_page_dispose;
  widget_class->map = attest_audit_coverage_page_map;
  ATTEST_PAGE_CLASS (klass)->fill = attest_audit_coverage_page_fill;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/pages/attest-audit-coverage-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestAuditCoveragePage, gaps_label);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditCoveragePage, period_note);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditCoveragePage, grid);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditCoveragePage, grid_scroller);
}

static void
attest_audit_coverage_page_init (AttestAuditCoveragePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  attest_scroll_pass_vertical (self->grid_scroller);
}

/**
 * attest_audit_coverage_page_new:
 * @workspace: (nullable): the workspace whose audits it shows
 *
 * Returns: (transfer full): a new audit coverage page
 */
GtkWidget *
attest_audit_coverage_page_new (AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_AUDIT_COVERAGE_PAGE, "workspace", workspace, NULL);
}
