/* attest-metrics-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-metrics-page"

#include "config.h"

#include "attest-i18n.h"

#include "attest-metric-chart.h"
#include "attest-metrics-page.h"
#include "attest-page.h"
#include "attest-register-specs.h"
#include "widgets/attest-register.h"

/* Monitoring and measurement (9.1): the metrics' register; below it, the
 * chosen metric's chart against its target (drawn by the audit pack's own
 * code, attest_metric_chart_draw_metric()), a row that enters the next
 * measurement from the keyboard (the day, the value, what it shows; Enter
 * adds it, checked by the field rules every face uses, so a value that is
 * not a number is refused with the reason and nothing is saved), and the
 * metric's measurements, which the register's Delete and Undo serve. */

struct _AttestMetricsPage
{
  AttestPage     parent_instance;

  GtkWidget     *metrics;        /* AttestRegister of metrics */
  GtkWidget     *measurements;   /* AttestRegister of the chosen metric's */
  AttestRecord  *metric;         /* the chosen one, or NULL */

  /* Template widgets */
  GtkWidget     *content;
  GtkWidget     *choose_label;
  GtkWidget     *detail;
  GtkLabel      *metric_heading;
  GtkLabel      *metric_summary;
  GtkDrawingArea *chart;
  GtkWidget     *entry_row;
  GtkEditable   *date_entry;
  GtkEditable   *value_entry;
  GtkEditable   *note_entry;
  GtkLabel      *entry_error;
};

G_DEFINE_FINAL_TYPE (AttestMetricsPage, attest_metrics_page, ATTEST_TYPE_PAGE)

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (attest_now () / G_USEC_PER_SEC);

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Sets a field of the entry row afresh, with nothing for its Ctrl+Z to
 * take back: what was typed for a measurement already added is not
 * offered again. */
static void
reset_entry (GtkEditable *entry,
             const char  *text)
{
  gtk_editable_set_enable_undo (entry, FALSE);
  gtk_editable_set_text (entry, text);
  gtk_editable_set_enable_undo (entry, TRUE);
}

/* The entry row of another metric starts from today, empty. */
static void
reset_entry_row (AttestMetricsPage *self)
{
  g_autofree char *today = dup_today ();

  reset_entry (self->date_entry, today);
  reset_entry (self->value_entry, "");
  /* The unit the value is in, where it is typed. */
  if (self->metric != NULL && !attest_text_is_blank (attest_record_get_string (self->metric, "unit")))
    {
      /* TRANSLATORS: the placeholder of a measurement's value: the metric's unit, "Value (%)" */
      g_autofree char *placeholder = g_strdup_printf (_("Value (%s)"), attest_record_get_string (self->metric, "unit"));

      gtk_entry_set_placeholder_text (GTK_ENTRY (self->value_entry), placeholder);
    }
  else
    gtk_entry_set_placeholder_text (GTK_ENTRY (self->value_entry), _("Value"));
  reset_entry (self->note_entry, "");
  gtk_widget_set_visible (GTK_WIDGET (self->entry_error), FALSE);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->date_entry), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->value_entry), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  AttestMetricsPage *self = user_data;
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  if (self->metric == NULL || workspace == NULL)
    return;
  attest_metric_chart_draw_metric (cr, workspace, self->metric, width, height);
}

/* The chosen metric's heading, what it holds to, when it is next due, and
 * its chart, said again after any change to it or its measurements. */
static void
update_detail (AttestMetricsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autofree char *target = NULL;
  g_autofree char *cadence = NULL;
  g_autofree char *next = NULL;
  g_autofree char *next_day = NULL;
  g_autofree char *alt = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);

  gtk_widget_set_visible (self->detail, self->metric != NULL);
  gtk_widget_set_visible (self->choose_label, self->metric == NULL);
  if (self->metric == NULL || workspace == NULL)
    return;
  gtk_label_set_text (self->metric_heading, attest_record_get_string (self->metric, "name"));
  target = attest_metric_dup_target (self->metric);
  cadence = attest_cadence_dup_label (attest_record_get_int (self->metric, "measured-every"),
                                      attest_record_get_enum (self->metric, "measured-unit"));
  next = attest_metric_dup_next_due (workspace, self->metric);
  next_day = next != NULL ? attest_i18n_format_stored_date (next) : NULL;
  g_string_append (summary, target != NULL ? target : _("No target set"));
  g_string_append_printf (summary, " · %s", cadence);
  g_string_append (summary, " · ");
  if (next_day != NULL && attest_metric_is_overdue (workspace, self->metric))
    /* TRANSLATORS: on the Metrics page, the day a metric's next measurement was due, which has passed */
    g_string_append_printf (summary, _("Overdue since %s"), next_day);
  else if (next_day != NULL)
    /* TRANSLATORS: on the Metrics page, the day a metric's next measurement is due */
    g_string_append_printf (summary, _("Next due %s"), next_day);
  else
    g_string_append (summary, _("Not measured yet"));
  gtk_label_set_text (self->metric_summary, summary->str);
  alt = attest_metric_chart_dup_alt_text (workspace, self->metric);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  attest_record_get_string (self->metric, "name"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, alt, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static gboolean
is_of_metric (AttestRecord *record,
              gpointer      user_data)
{
  AttestMetricsPage *self = user_data;

  return self->metric != NULL
         && g_str_equal (attest_record_get_string (record, "metric-id"), attest_record_get_id (self->metric));
}

static void
on_selected_cb (AttestRecordTable *table,
                GParamSpec        *pspec,
                AttestMetricsPage *self)
{
  AttestRecord *metric = attest_record_table_get_selected (table);

  /* A row left unselected keeps the metric shown, unless it is gone. */
  if (metric == NULL && self->metric != NULL
      && attest_workspace_lookup (attest_page_get_workspace (ATTEST_PAGE (self)),
                                  attest_record_get_id (self->metric)) != NULL)
    return;
  if (!g_set_object (&self->metric, metric))
    return;
  reset_entry_row (self);
  attest_register_set_match_func (ATTEST_REGISTER (self->measurements), is_of_metric, self, NULL);
  update_detail (self);
}

static void
on_measurements_changed_cb (AttestMetricsPage *self)
{
  update_detail (self);
}

static void
on_record_changed_cb (AttestMetricsPage *self,
                      AttestRecord      *record,
                      const char        *field)
{
  if (record == self->metric || ATTEST_IS_MEASUREMENT (record))
    update_detail (self);
}

static void
show_error (AttestMetricsPage *self,
            GtkEditable       *entry,
            const char        *message)
{
  gtk_label_set_text (self->entry_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->entry_error), TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

/* Enters the row's measurement of the chosen metric, if the field rules
 * allow it; otherwise says why beside the row, and saves nothing. */
static void
add_measurement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AttestMetricsPage *self = ATTEST_METRICS_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(AttestRecord) measurement = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *value = NULL;
  g_autofree char *note = NULL;

  if (self->metric == NULL || workspace == NULL || attest_workspace_is_read_only (workspace))
    return;
  date = g_strstrip (g_strdup (gtk_editable_get_text (self->date_entry)));
  value = attest_metric_dup_typed_value (self->metric, gtk_editable_get_text (self->value_entry));
  note = g_strstrip (g_strdup (gtk_editable_get_text (self->note_entry)));
  measurement = g_object_new (ATTEST_TYPE_MEASUREMENT, "metric-id", attest_record_get_id (self->metric),
                              "date", date, "value", value, "note", note, NULL);
  problems = attest_record_check (measurement);
  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);
      GtkEditable *entry = g_str_equal (problem->field, "date") ? self->date_entry
                           : g_str_equal (problem->field, "value") ? self->value_entry : self->note_entry;
      /* TRANSLATORS: why a measurement was not added: the field, then what is wrong, "Value: Write a number" */
      g_autofree char *message = g_strdup_printf (_("%s: %s"), attest_field_get_label ("measurement", problem->field),
                                                  problem->message);

      show_error (self, entry, message);
      return;
    }
  if (!attest_workspace_add (workspace, measurement, &error))
    {
      show_error (self, self->value_entry, error->message);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->entry_error), FALSE);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->date_entry), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->value_entry), GTK_ACCESSIBLE_STATE_INVALID);
  /* Ready for the next: the day stays, the value and note start afresh,
   * and Ctrl+Z there no longer brings back what was just added (the
   * window's Undo takes back the measurement). */
  reset_entry (self->value_entry, "");
  reset_entry (self->note_entry, "");
  reset_entry (self->date_entry, date);
  gtk_widget_grab_focus (GTK_WIDGET (self->value_entry));
}

static void
on_entry_activate_cb (AttestMetricsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "metrics-page.add-measurement", NULL);
}

static gboolean
attest_metrics_page_fill (AttestPage *page)
{
  AttestMetricsPage *self = ATTEST_METRICS_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);
  g_autofree char *today = dup_today ();
  gboolean read_only = attest_workspace_is_read_only (workspace);

  self->metrics = attest_register_new_for_kind (workspace, "metric");
  gtk_widget_set_size_request (self->metrics, -1, 280);
  gtk_widget_insert_before (self->metrics, self->content, self->choose_label);
  self->measurements = attest_register_new_for_kind (workspace, "measurement");
  gtk_widget_set_size_request (self->measurements, -1, 300);
  gtk_widget_insert_before (self->measurements, self->detail, NULL);
  attest_register_set_match_scopes (ATTEST_REGISTER (self->measurements), TRUE);
  attest_register_set_match_func (ATTEST_REGISTER (self->measurements), is_of_metric, self, NULL);
  g_signal_connect_object (attest_register_get_table (ATTEST_REGISTER (self->metrics)), "notify::selected",
                           G_CALLBACK (on_selected_cb), self, 0);
  g_signal_connect_object (attest_workspace_get_records (workspace, ATTEST_TYPE_MEASUREMENT), "items-changed",
                           G_CALLBACK (on_measurements_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_record_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_drawing_area_set_draw_func (self->chart, draw_chart_cb, self, NULL);
  gtk_editable_set_text (self->date_entry, today);
  gtk_widget_set_sensitive (self->entry_row, !read_only);
  update_detail (self);
  return TRUE;
}

static void
attest_metrics_page_dispose (GObject *object)
{
  AttestMetricsPage *self = ATTEST_METRICS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_METRICS_PAGE);
  g_clear_object (&self->metric);
  self->metrics = NULL;
  self->measurements = NULL;
  G_OBJECT_CLASS (attest_metrics_page_parent_class)->dispose (object);
}

static void
attest_metrics_page_class_init (AttestMetricsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_metrics_page_dispose;
  ATTEST_PAGE_CLASS (klass)->fill = attest_metrics_page_fill;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-metrics-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, content);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, choose_label);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, detail);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, metric_heading);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, metric_summary);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, entry_row);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, value_entry);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, note_entry);
  gtk_widget_class_bind_template_child (widget_class, AttestMetricsPage, entry_error);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_install_action (widget_class, "metrics-page.add-measurement", NULL, add_measurement_action);
}

static void
attest_metrics_page_init (AttestMetricsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_metrics_page_select:
 * @self: the metrics page
 * @record: a metric, or a measurement whose metric and row are chosen
 *
 * Chooses the metric (a readiness finding's, a record shown from
 * elsewhere) so that its chart and measurements show.
 */
void
attest_metrics_page_select (AttestMetricsPage *self,
                            AttestRecord      *record)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *metric = record;

  g_return_if_fail (ATTEST_IS_METRICS_PAGE (self));
  if (!attest_page_fill (ATTEST_PAGE (self)) || self->metrics == NULL)
    return;
  if (ATTEST_IS_MEASUREMENT (record))
    metric = attest_workspace_lookup (workspace, attest_record_get_string (record, "metric-id"));
  if (metric == NULL || !attest_register_select_record (ATTEST_REGISTER (self->metrics), metric))
    return;
  /* The keyboard on the row shown, not in the chart or the form above it. */
  if (!ATTEST_IS_MEASUREMENT (record) || !attest_register_show_record (ATTEST_REGISTER (self->measurements), record))
    attest_register_show_record (ATTEST_REGISTER (self->metrics), metric);
}

/**
 * attest_metrics_page_new:
 * @workspace: (nullable): the workspace whose metrics it shows
 *
 * Returns: (transfer full): a new metrics page
 */
GtkWidget *
attest_metrics_page_new (AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_METRICS_PAGE, "workspace", workspace, NULL);
}
