/* attest-heat-map.c: the risk heat map on screen, a cell chosen to filter by.
 *
 * The drawing is the audit pack's (src/report). Clicking a cell, or moving
 * to it with the arrow keys, selects it and emits "selection-changed";
 * clicking it again, or Escape, clears the selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-heat-map"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-heat-map.h"
#include "attest-heatmap.h"

struct _AttestHeatMap
{
  GtkWidget        parent_instance;

  AttestWorkspace *workspace;
  gboolean         residual;
  int              likelihood;   /* the selected cell, 0 for none */
  int              impact;
};

G_DEFINE_FINAL_TYPE (AttestHeatMap, attest_heat_map, GTK_TYPE_WIDGET)

enum { SELECTION_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
attest_heat_map_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  AttestHeatMap *self = ATTEST_HEAT_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  G_GNUC_END_IGNORE_DEPRECATIONS
  GdkRGBA ink;
  cairo_t *cr;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &ink);
  G_GNUC_END_IGNORE_DEPRECATIONS
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_cairo_set_source_rgba (cr, &ink);
  attest_heatmap_draw (cr, self->workspace, self->residual, width, height, self->likelihood, self->impact);
  cairo_destroy (cr);

  if (gtk_widget_has_visible_focus (widget))
    {
      GdkRGBA focus = { ink.red, ink.green, ink.blue, 0.5 };
      GskRoundedRect outline;

      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), 4);
      gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 2, 2, 2, 2 },
                                  (GdkRGBA[4]) { focus, focus, focus, focus });
    }
}

static void
set_selected (AttestHeatMap *self,
              int            likelihood,
              int            impact)
{
  if (likelihood == self->likelihood && impact == self->impact)
    return;
  self->likelihood = likelihood;
  self->impact = impact;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/**
 * attest_heat_map_click:
 * @self: a heat map
 * @x: where, in the widget
 * @y: where, in the widget
 *
 * What a click does: selects the cell there, or clears the selection when
 * it is the selected cell.
 *
 * Returns: whether the point was on a cell
 */
gboolean
attest_heat_map_click (AttestHeatMap *self,
                       double         x,
                       double         y)
{
  int likelihood, impact;

  if (!attest_heatmap_cell_at (self->workspace, gtk_widget_get_width (GTK_WIDGET (self)),
                               gtk_widget_get_height (GTK_WIDGET (self)), x, y, &likelihood, &impact))
    return FALSE;
  if (likelihood == self->likelihood && impact == self->impact)
    set_selected (self, 0, 0);
  else
    set_selected (self, likelihood, impact);
  return TRUE;
}

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               AttestHeatMap   *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  attest_heat_map_click (self, x, y);
}

static void
scale_sizes (AttestHeatMap *self,
             int           *n_likelihood,
             int           *n_impact)
{
  AttestRecord *method = attest_risks_get_method (self->workspace);

  *n_likelihood = method ? (int) attest_record_get_strv_length (method, "likelihood-scale") : 0;
  *n_impact = method ? (int) attest_record_get_strv_length (method, "impact-scale") : 0;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   AttestHeatMap         *self)
{
  int n_likelihood, n_impact;
  int likelihood = self->likelihood ? self->likelihood : 1;
  int impact = self->impact ? self->impact : 1;

  scale_sizes (self, &n_likelihood, &n_impact);
  if (n_likelihood == 0 || n_impact == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Escape:
      if (self->likelihood == 0)
        return FALSE;
      set_selected (self, 0, 0);
      return TRUE;
    case GDK_KEY_Up:
      likelihood = self->likelihood ? MIN (likelihood + 1, n_likelihood) : likelihood;
      break;
    case GDK_KEY_Down:
      likelihood = self->likelihood ? MAX (likelihood - 1, 1) : likelihood;
      break;
    case GDK_KEY_Right:
      impact = self->impact ? MIN (impact + 1, n_impact) : impact;
      break;
    case GDK_KEY_Left:
      impact = self->impact ? MAX (impact - 1, 1) : impact;
      break;
    default:
      return FALSE;
    }
  set_selected (self, likelihood, impact);
  return TRUE;
}

static void
on_changed_cb (AttestHeatMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
attest_heat_map_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 130;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 160;
}

static void
attest_heat_map_dispose (GObject *object)
{
  AttestHeatMap *self = ATTEST_HEAT_MAP (object);

  g_clear_object (&self->workspace);
  G_OBJECT_CLASS (attest_heat_map_parent_class)->dispose (object);
}

static void
attest_heat_map_class_init (AttestHeatMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_heat_map_dispose;
  widget_class->snapshot = attest_heat_map_snapshot;
  widget_class->measure = attest_heat_map_measure;

  /**
   * AttestHeatMap::selection-changed:
   *
   * A cell was selected, or the selection cleared.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "heatmap");
}

static void
attest_heat_map_init (AttestHeatMap *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * attest_heat_map_new:
 * @workspace: a workspace
 * @residual: place risks by their ratings after treatment
 *
 * Returns: (transfer full): a heat map that follows the workspace's changes
 */
GtkWidget *
attest_heat_map_new (AttestWorkspace *workspace,
                     gboolean         residual)
{
  AttestHeatMap *self = g_object_new (ATTEST_TYPE_HEAT_MAP, NULL);

  self->workspace = g_object_ref (workspace);
  self->residual = residual;
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK), "items-changed",
                           G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  residual ? _("Heat map of the risks at their target after treatment")
                                           : _("Heat map of the risks before treatment"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Choose a cell to show only its risks; arrow keys move, Escape shows all."),
                                  -1);
  return GTK_WIDGET (self);
}

/**
 * attest_heat_map_select:
 * @self: a heat map
 * @likelihood: the cell's likelihood from 1, or 0 for none
 * @impact: the cell's impact from 1, or 0 for none
 */
void
attest_heat_map_select (AttestHeatMap *self,
                        int            likelihood,
                        int            impact)
{
  set_selected (self, likelihood, impact);
}

/**
 * attest_heat_map_get_selected:
 * @self: a heat map
 * @likelihood: (out): the selected cell's likelihood, 0 for none
 * @impact: (out): its impact, 0 for none
 */
void
attest_heat_map_get_selected (AttestHeatMap *self,
                              int           *likelihood,
                              int           *impact)
{
  *likelihood = self->likelihood;
  *impact = self->impact;
}

/**
 * attest_heat_map_get_residual:
 * @self: a heat map
 *
 * Returns: whether it places risks by their ratings after treatment
 */
gboolean
attest_heat_map_get_residual (AttestHeatMap *self)
{
  return self->residual;
}
