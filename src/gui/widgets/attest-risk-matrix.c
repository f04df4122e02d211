/* attest-risk-matrix.c: the risk matrix of the method, painted cell by cell.
 *
 * A row of brushes, one per risk level in its colour, above the grid of
 * likelihood (rising upwards, as on the heat maps) by impact (rising to
 * the right). Clicking a cell, or Enter or Space on it, paints it with the
 * chosen level; a digit key chooses the level of that number and paints
 * the focused cell. Every cell is saved as it is painted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-risk-matrix"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-scroll.h"
#include "attest-risk-matrix.h"

struct _AttestRiskMatrix
{
  GtkWidget       parent_instance;

  AttestRecord   *method;
  gboolean        read_only;     /* never painted: a read-only workspace */
  gboolean        paintable;     /* painted by hand: the method computes by the matrix */
  GtkWidget      *brush_row;
  guint           brush;
  guint           serial;        /* names this matrix's colour classes */
  GtkCssProvider *css;
  GtkWidget      *box;
  GtkWidget      *brushes;
  GtkWidget      *grid;
  GPtrArray      *cells;         /* likelihood row by row, as stored */
  guint           n_likelihood;  /* the grid's dimensions */
  guint           n_impact;
};

G_DEFINE_FINAL_TYPE (AttestRiskMatrix, attest_risk_matrix, GTK_TYPE_WIDGET)

static char *
level_class (AttestRiskMatrix *self,
             int               level)
{
  return g_strdup_printf ("attest-matrix-%u-level-%d", self->serial, level);
}

/* The level colours as classes of this matrix, with black or white text,
 * whichever contrasts more (attest_colour_text_grey()). */
static void
update_css (AttestRiskMatrix *self)
{
  const char * const *colours = attest_record_get_strv (self->method, "level-colours");
  g_autoptr(GString) css = g_string_new (NULL);

  for (guint k = 0; colours[k] != NULL; k++)
    {
      g_autofree char *name = level_class (self, k);
      double rgb[3];
      const char *text;

      attest_colour_parse (colours[k], rgb);
      text = attest_colour_text_grey (rgb) > 0.5 ? "#ffffff" : "#000000";
      g_string_append_printf (css,
                              "button.%s { background: rgb(%d,%d,%d); color: %s; }\n"
                              "button.%s:hover { background: rgb(%d,%d,%d); box-shadow: inset 0 0 0 2px alpha(%s,0.5); }\n"
                              "button.%s:checked { box-shadow: inset 0 0 0 3px %s; font-weight: bold; }\n",
                              name, (int) (rgb[0] * 255), (int) (rgb[1] * 255), (int) (rgb[2] * 255), text,
                              name, (int) (rgb[0] * 255), (int) (rgb[1] * 255), (int) (rgb[2] * 255), text,
                              name, text);
    }
  gtk_css_provider_load_from_data (self->css, css->str, -1);
}

static int
cell_level (AttestRiskMatrix *self,
            guint             likelihood,
            guint             impact)
{
  return attest_risk_method_level (self->method, likelihood, impact);
}

static void
update_cell (AttestRiskMatrix *self,
             GtkWidget        *cell)
{
  guint likelihood = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "likelihood"));
  guint impact = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "impact"));
  int level = cell_level (self, likelihood, impact);
  const char *name = attest_risk_method_level_name (self->method, level);
  const char * const *likelihoods = attest_record_get_strv (self->method, "likelihood-scale");
  const char * const *impacts = attest_record_get_strv (self->method, "impact-scale");
  g_autofree char *css_class = level_class (self, level);
  g_autofree char *description = NULL;
  const char *old = g_object_get_data (G_OBJECT (cell), "level-class");

  if (old != NULL)
    gtk_widget_remove_css_class (cell, old);
  gtk_widget_add_css_class (cell, css_class);
  g_object_set_data_full (G_OBJECT (cell), "level-class", g_steal_pointer (&css_class), g_free);
  gtk_button_set_label (GTK_BUTTON (cell), level >= 0 ? name : "—");

  /* TRANSLATORS: a cell of the risk matrix: likelihood, impact, and the risk level it has */
  description = g_strdup_printf (_("Likelihood %u · %s, impact %u · %s: %s"),
                                 likelihood, likelihoods[likelihood - 1], impact, impacts[impact - 1], name);
  gtk_widget_set_tooltip_text (cell, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
update_cells (AttestRiskMatrix *self)
{
  for (guint k = 0; k < self->cells->len; k++)
    update_cell (self, g_ptr_array_index (self->cells, k));
}

/**
 * attest_risk_matrix_paint:
 * @self: a matrix
 * @likelihood: the cell's likelihood, from 1
 * @impact: the cell's impact, from 1
 *
 * Paints a cell with the chosen level, as clicking it does.
 *
 * Returns: whether the cell changed
 */
gboolean
attest_risk_matrix_paint (AttestRiskMatrix *self,
                          guint             likelihood,
                          guint             impact)
{
  if (!self->paintable || self->brush >= attest_record_get_strv_length (self->method, "levels"))
    return FALSE;
  return attest_risk_method_paint (self->method, likelihood, impact, self->brush);
}

static void
on_cell_clicked_cb (GtkButton        *cell,
                    AttestRiskMatrix *self)
{
  attest_risk_matrix_paint (self,
                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "likelihood")),
                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "impact")));
}

static void
sync_brushes (AttestRiskMatrix *self)
{
  guint k = 0;

  for (GtkWidget *b = gtk_widget_get_first_child (self->brushes); b; b = gtk_widget_get_next_sibling (b), k++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (b)) != (k == self->brush))
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), k == self->brush);
}

/**
 * attest_risk_matrix_set_brush:
 * @self: a matrix
 * @level: the risk level to paint with, from 0
 */
void
attest_risk_matrix_set_brush (AttestRiskMatrix *self,
                              guint             level)
{
  if (level >= attest_record_get_strv_length (self->method, "levels"))
    return;
  self->brush = level;
  sync_brushes (self);
}

static void
on_brush_toggled_cb (GtkToggleButton  *button,
                     AttestRiskMatrix *self)
{
  if (gtk_toggle_button_get_active (button))
    self->brush = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "level"));
}

/* A digit chooses that level (1 for the lowest) and paints the focused cell. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   AttestRiskMatrix      *self)
{
  guint digit;
  GtkWidget *focus;

  if (!self->paintable || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
    digit = keyval - GDK_KEY_1;
  else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_9)
    digit = keyval - GDK_KEY_KP_1;
  else
    return FALSE;
  if (digit >= attest_record_get_strv_length (self->method, "levels"))
    return FALSE;
  attest_risk_matrix_set_brush (self, digit);
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  if (focus != NULL && g_ptr_array_find (self->cells, focus, NULL))
    on_cell_clicked_cb (GTK_BUTTON (focus), self);
  return TRUE;
}

static GtkWidget *
axis_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, heading ? "heading" : "caption");
  return label;
}

/* Built again when the scales or the levels change; a painted cell only
 * changes its label and colour, so the focus stays where it is. */
static void
rebuild (AttestRiskMatrix *self)
{
  const char * const *levels = attest_record_get_strv (self->method, "levels");
  const char * const *likelihoods = attest_record_get_strv (self->method, "likelihood-scale");
  const char * const *impacts = attest_record_get_strv (self->method, "impact-scale");
  guint n_likelihood = attest_record_get_strv_length (self->method, "likelihood-scale");
  guint n_impact = attest_record_get_strv_length (self->method, "impact-scale");
  GtkWidget *child;
  GtkToggleButton *first = NULL;

  while ((child = gtk_widget_get_first_child (self->brushes)) != NULL)
    gtk_box_remove (GTK_BOX (self->brushes), child);
  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  g_ptr_array_set_size (self->cells, 0);
  update_css (self);
  if (self->brush >= g_strv_length ((char **) levels))
    self->brush = 0;

  for (guint k = 0; levels[k] != NULL; k++)
    {
      g_autofree char *label = g_strdup_printf ("%u · %s", k + 1, levels[k]);
      g_autofree char *css_class = level_class (self, k);
      g_autofree char *name = g_strdup_printf ("brush-%u", k);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      gtk_widget_set_name (button, name);
      gtk_widget_add_css_class (button, css_class);
      g_object_set_data (G_OBJECT (button), "level", GUINT_TO_POINTER (k));
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      else
        first = GTK_TOGGLE_BUTTON (button);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), k == self->brush);
      g_signal_connect (button, "toggled", G_CALLBACK (on_brush_toggled_cb), self);
      gtk_widget_set_sensitive (button, !self->read_only);
      gtk_box_append (GTK_BOX (self->brushes), button);
    }

  gtk_grid_attach (GTK_GRID (self->grid), axis_label (_("Likelihood"), TRUE), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), axis_label (_("Impact"), TRUE), 1, n_likelihood + 2, MAX (n_impact, 1), 1);
  for (guint i = 1; i <= n_impact; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u · %s", i, impacts[i - 1]);

      gtk_grid_attach (GTK_GRID (self->grid), axis_label (text, FALSE), i, n_likelihood + 1, 1, 1);
    }
  g_ptr_array_set_size (self->cells, n_likelihood * n_impact);
  self->n_likelihood = n_likelihood;
  self->n_impact = n_impact;
  for (guint l = 1; l <= n_likelihood; l++)
    {
      g_autofree char *text = g_strdup_printf ("%u · %s", l, likelihoods[l - 1]);
      guint row = n_likelihood - l + 1;
      GtkWidget *label = axis_label (text, FALSE);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_grid_attach (GTK_GRID (self->grid), label, 0, row, 1, 1);
      for (guint i = 1; i <= n_impact; i++)
        {
          GtkWidget *cell = gtk_button_new ();
          g_autofree char *name = g_strdup_printf ("cell-%u-%u", l, i);

          gtk_widget_set_name (cell, name);
          gtk_widget_set_size_request (cell, 88, 44);
          gtk_widget_set_hexpand (cell, TRUE);
          gtk_widget_add_css_class (cell, "matrix-cell");
          g_object_set_data (G_OBJECT (cell), "likelihood", GUINT_TO_POINTER (l));
          g_object_set_data (G_OBJECT (cell), "impact", GUINT_TO_POINTER (i));
          g_signal_connect (cell, "clicked", G_CALLBACK (on_cell_clicked_cb), self);
          gtk_widget_set_sensitive (cell, !self->read_only);
          gtk_widget_set_can_target (cell, self->paintable);
          gtk_widget_set_focusable (cell, self->paintable);
          gtk_grid_attach (GTK_GRID (self->grid), cell, i, row, 1, 1);
          /* In stored order, likelihood row by row from the lowest. */
          self->cells->pdata[(l - 1) * n_impact + (i - 1)] = cell;
        }
    }
  update_cells (self);
}

static void
on_method_notify_cb (AttestRecord     *method,
                     GParamSpec       *pspec,
                     AttestRiskMatrix *self)
{
  /* Several fields set at once notify in any order: a grid of other
   * dimensions is built again whatever field notifies first. */
  if (self->n_likelihood != attest_record_get_strv_length (self->method, "likelihood-scale") || self->n_impact != attest_record_get_strv_length (self->method, "impact-scale"))
    rebuild (self);
  else if (g_str_equal (pspec->name, "matrix") || g_str_equal (pspec->name, "computation")
           || g_str_equal (pspec->name, "thresholds"))
    update_cells (self);
  else if (g_str_equal (pspec->name, "level-colours"))
    update_css (self);
  else if (g_str_equal (pspec->name, "likelihood-scale") || g_str_equal (pspec->name, "impact-scale")
           || g_str_equal (pspec->name, "levels"))
    rebuild (self);
}

/**
 * attest_risk_matrix_set_paintable:
 * @self: a matrix
 * @paintable: whether the cells are painted by hand; else the matrix only
 *   shows each cell's level, without brushes, and takes no clicks or keys
 */
void
attest_risk_matrix_set_paintable (AttestRiskMatrix *self,
                                  gboolean          paintable)
{
  g_return_if_fail (ATTEST_IS_RISK_MATRIX (self));

  paintable = paintable && !self->read_only;
  if (paintable == self->paintable)
    return;
  self->paintable = paintable;
  gtk_widget_set_visible (self->brush_row, paintable);
  for (guint k = 0; k < self->cells->len; k++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, k);

      gtk_widget_set_can_target (cell, paintable);
      gtk_widget_set_focusable (cell, paintable);
    }
}

/**
 * attest_risk_matrix_get_cell:
 * @self: a matrix
 * @likelihood: from 1
 * @impact: from 1
 *
 * Returns: (transfer none) (nullable): the cell's button
 */
GtkWidget *
attest_risk_matrix_get_cell (AttestRiskMatrix *self,
                             guint             likelihood,
                             guint             impact)
{
  guint n_impact = attest_record_get_strv_length (self->method, "impact-scale");
  guint k = (likelihood - 1) * n_impact + (impact - 1);

  if (likelihood == 0 || impact == 0 || impact > n_impact || k >= self->cells->len)
    return NULL;
  return g_ptr_array_index (self->cells, k);
}

static void
attest_risk_matrix_dispose (GObject *object)
{
  AttestRiskMatrix *self = ATTEST_RISK_MATRIX (object);

  if (self->method != NULL)
    g_signal_handlers_disconnect_by_data (self->method, self);
  if (self->css != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (self->css));
  g_clear_object (&self->css);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->method);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  G_OBJECT_CLASS (attest_risk_matrix_parent_class)->dispose (object);
}

static void
attest_risk_matrix_class_init (AttestRiskMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_risk_matrix_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "riskmatrix");
}

static void
attest_risk_matrix_init (AttestRiskMatrix *self)
{
  static guint serial;

  self->serial = ++serial;
  self->cells = g_ptr_array_new ();
  self->css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (self->css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/**
 * attest_risk_matrix_new:
 * @method: the risk method
 * @read_only: whether the matrix may never be painted
 *
 * A matrix that may be painted is paintable at first
 * (attest_risk_matrix_set_paintable()).
 *
 * Returns: (transfer full): the matrix
 */
GtkWidget *
attest_risk_matrix_new (AttestRecord *method,
                        gboolean      read_only)
{
  AttestRiskMatrix *self = g_object_new (ATTEST_TYPE_RISK_MATRIX, NULL);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *brush_label = gtk_label_new (_("Paint with"));
  GtkWidget *brush_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *inner;

  self->method = g_object_ref (method);
  self->read_only = read_only;
  self->paintable = !read_only;
  self->brush_row = brush_row;
  inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->brushes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->brushes), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Paint with"), -1);
  gtk_widget_add_css_class (brush_label, "dim-label");
  gtk_box_append (GTK_BOX (brush_row), brush_label);
  gtk_box_append (GTK_BOX (brush_row), self->brushes);
  gtk_box_append (GTK_BOX (inner), brush_row);

  self->grid = gtk_grid_new ();
  gtk_widget_set_name (self->grid, "matrix-grid");
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Risk matrix"), -1);
  gtk_box_append (GTK_BOX (inner), self->grid);
  /* A narrow window scrolls the brushes and the grid sideways rather than
   * cut them. */
  self->box = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->box), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  attest_scroll_pass_vertical (GTK_SCROLLED_WINDOW (self->box));
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (self->box), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->box), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->box), inner);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (self->grid, keys);
  g_signal_connect (method, "notify", G_CALLBACK (on_method_notify_cb), self);
  rebuild (self);
  return GTK_WIDGET (self);
}
