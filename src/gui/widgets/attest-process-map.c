/* attest-process-map.c: the processes of the ISMS and their hand-overs on
 * screen.
 *
 * The drawing is the audit pack's (src/report/attest-process-diagram.c),
 * laid out for the widget's width with the widget's fonts, so the screen
 * shows what the pack prints. It follows every change of the workspace; a
 * screen reader hears the hand-overs as a sentence per process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-process-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "attest-process-diagram.h"
#include "attest-process-map.h"
#include "attest-processes.h"

struct _AttestProcessMap
{
  GtkWidget             parent_instance;

  AttestWorkspace      *workspace;
  AttestProcessDiagram *diagram;     /* NULL when the workspace changed since */
  double                laid_width;  /* the width it was laid out for */
  double                height;
  char                 *description; /* what a screen reader hears */
  char                 *note;        /* what the drawing leaves out */
  guint                 n_processes; /* as last drawn */
};

G_DEFINE_FINAL_TYPE (AttestProcessMap, attest_process_map, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_NOTE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static AttestProcessDiagram *
ensure_diagram (AttestProcessMap *self)
{
  if (self->diagram == NULL)
    {
      self->diagram = attest_process_diagram_new_for_workspace (self->workspace);
      self->laid_width = -1;
    }
  return self->diagram;
}

static double
layout_for (AttestProcessMap *self,
            double            width)
{
  AttestProcessDiagram *diagram = ensure_diagram (self);

  if (width != self->laid_width)
    {
      self->height = attest_process_diagram_layout (diagram, gtk_widget_get_pango_context (GTK_WIDGET (self)), width);
      self->laid_width = width;
    }
  return self->height;
}

static void
attest_process_map_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  AttestProcessMap *self = ATTEST_PROCESS_MAP (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
      return;
    }
  *minimum = *natural = (int) ceil (layout_for (self, for_size > 0 ? for_size : 720));
}

static GtkSizeRequestMode
attest_process_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
attest_process_map_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  AttestProcessMap *self = ATTEST_PROCESS_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  layout_for (self, width);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  attest_process_diagram_draw (self->diagram, cr);
  cairo_destroy (cr);
}

/* What a screen reader says instead of the picture: each process and those
 * it hands over to; and under the picture, the processes it leaves out
 * because no hand-over joins them. Returns whether any process hands over. */
static gboolean
update_description (AttestProcessMap *self)
{
  g_autofree char *sentences = attest_processes_dup_flow_sentences (self->workspace);
  g_autoptr(GPtrArray) alone = NULL;
  g_autoptr(GPtrArray) flows = attest_processes_dup_flows (self->workspace, &alone);
  g_autofree char *note = NULL;

  g_free (self->description);
  self->description = g_strdup (sentences != NULL ? sentences : _("No process hands over to another yet."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description, -1);
  if (alone->len == 1)
    /* TRANSLATORS: under the processes' diagram */
    note = g_strdup_printf (_("Not drawn, as no hand-over joins it: %s."),
                            attest_record_get_string (g_ptr_array_index (alone, 0), "name"));
  else if (alone->len > 1 && alone->len <= 12)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < alone->len; i++)
        g_string_append_printf (names, "%s%s", i ? ", " : "", attest_record_get_string (g_ptr_array_index (alone, i),
                                                                                        "name"));
      /* TRANSLATORS: under the processes' diagram */
      note = g_strdup_printf (_("Not drawn, as no hand-over joins them: %s."), names->str);
    }
  else if (alone->len > 12)
    note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not drawn: %u process that no hand-over joins.",
                                         "Not drawn: %u processes that no hand-over joins.", alone->len),
                            alone->len);
  if (g_strcmp0 (note, self->note) != 0)
    {
      g_free (self->note);
      self->note = g_steal_pointer (&note);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
    }
  return sentences != NULL;
}

static void
refresh (AttestProcessMap *self)
{
  self->n_processes = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_PROCESS));
  g_clear_pointer (&self->diagram, attest_process_diagram_free);
  /* Drawn only while a process hands over: the diagram leaves out the
   * others (attest_process_diagram_new_for_workspace()). */
  gtk_widget_set_visible (GTK_WIDGET (self), update_description (self));
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* A process added, removed or renamed, or a hand-over made or undone: the
 * sentences change with any of them, and only with them. */
static void
on_undo_changed_cb (AttestProcessMap *self)
{
  g_autofree char *sentences = attest_processes_dup_flow_sentences (self->workspace);
  GListModel *processes = attest_workspace_get_records (self->workspace, ATTEST_TYPE_PROCESS);

  if (g_list_model_get_n_items (processes) != self->n_processes
      || (g_strcmp0 (sentences, self->description) != 0
          && !(sentences == NULL && !gtk_widget_get_visible (GTK_WIDGET (self)))))
    refresh (self);
}

static void
on_record_changed_cb (AttestProcessMap *self,
                      AttestRecord     *record,
                      const char       *field)
{
  if (ATTEST_IS_PROCESS (record) && g_strcmp0 (field, "name") == 0)
    refresh (self);
}

static void
attest_process_map_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  AttestProcessMap *self = ATTEST_PROCESS_MAP (widget);

  GTK_WIDGET_CLASS (attest_process_map_parent_class)->css_changed (widget, change);
  /* Fonts may have changed: lay out again. */
  self->laid_width = -1;
  gtk_widget_queue_resize (widget);
}

static void
attest_process_map_dispose (GObject *object)
{
  AttestProcessMap *self = ATTEST_PROCESS_MAP (object);

  g_clear_pointer (&self->diagram, attest_process_diagram_free);
  g_clear_object (&self->workspace);
  G_OBJECT_CLASS (attest_process_map_parent_class)->dispose (object);
}

static void
attest_process_map_finalize (GObject *object)
{
  AttestProcessMap *self = ATTEST_PROCESS_MAP (object);

  g_free (self->description);
  g_free (self->note);
  G_OBJECT_CLASS (attest_process_map_parent_class)->finalize (object);
}

static void
attest_process_map_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AttestProcessMap *self = ATTEST_PROCESS_MAP (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_process_map_class_init (AttestProcessMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_process_map_dispose;
  object_class->finalize = attest_process_map_finalize;
  object_class->get_property = attest_process_map_get_property;
  widget_class->snapshot = attest_process_map_snapshot;
  widget_class->measure = attest_process_map_measure;
  widget_class->get_request_mode = attest_process_map_get_request_mode;
  widget_class->css_changed = attest_process_map_css_changed;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "processmap");

  /**
   * AttestProcessMap:note:
   *
   * The processes the drawing leaves out, as no hand-over joins them, in
   * a sentence; %NULL when it draws every process.
   */
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
attest_process_map_init (AttestProcessMap *self)
{
}

/**
 * attest_process_map_get_description:
 * @self: a process map
 *
 * Returns: what a screen reader hears in place of the drawing: each
 *   process that hands over, and to which
 */
const char *
attest_process_map_get_description (AttestProcessMap *self)
{
  g_return_val_if_fail (ATTEST_IS_PROCESS_MAP (self), NULL);
  return self->description;
}

/**
 * attest_process_map_new:
 * @workspace: a workspace
 *
 * Returns: (transfer full): the diagram of the workspace's processes, which
 *   follows its changes (hidden while none hands over to another)
 */
GtkWidget *
attest_process_map_new (AttestWorkspace *workspace)
{
  AttestProcessMap *self = g_object_new (ATTEST_TYPE_PROCESS_MAP, NULL);

  self->workspace = g_object_ref (workspace);
  gtk_widget_set_name (GTK_WIDGET (self), "process-diagram");
  g_signal_connect_object (workspace, "undo-changed", G_CALLBACK (on_undo_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_record_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Diagram of the processes and how they hand over to each other"), -1);
  refresh (self);
  return GTK_WIDGET (self);
}
