/* attest-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-page"

#include "config.h"

#include "attest-page.h"

/* The base of every sidebar page: the workspace it shows, set once by the
 * window (its "workspace" property), and the page's filling.
 *
 * A page fills itself the first time it is shown, so that opening a large
 * workspace costs only the page the user looks at: when it is drawn
 * (mapped), or made the visible page of its stack (the window's sidebar,
 * or attest_window_show_page()) even while a narrow window shows the
 * sidebar instead. Until the page has a loaded workspace nothing happens,
 * and nothing happens the second time. The subclass's fill builds it.
 *
 * A page lays out its children with the layout manager its class or its
 * template gives it (a vertical GtkBoxLayout for most), a GtkBinLayout by
 * default. */

typedef struct
{
  AttestWorkspace *workspace;
  GtkWidget       *stack;      /* the stack whose visible page it may become */
  gboolean         filled;
} AttestPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (AttestPage, attest_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_WORKSPACE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/**
 * attest_page_fill:
 * @self: a page
 *
 * Builds the page now, if it has a loaded workspace and is not built yet,
 * as showing it does. Asking for a record on the page (selecting it)
 * calls this first.
 *
 * Returns: whether the page is built
 */
gboolean
attest_page_fill (AttestPage *self)
{
  AttestPagePrivate *priv = attest_page_get_instance_private (self);
  AttestPageClass *klass;

  g_return_val_if_fail (ATTEST_IS_PAGE (self), FALSE);

  if (priv->filled || priv->workspace == NULL || !attest_workspace_is_loaded (priv->workspace))
    return priv->filled;
  klass = ATTEST_PAGE_GET_CLASS (self);
  /* Filled from the start: what the fill calls sees a built page. */
  priv->filled = TRUE;
  if (klass->fill != NULL && !klass->fill (self))
    priv->filled = FALSE;
  return priv->filled;
}

/**
 * attest_page_is_filled:
 * @self: a page
 *
 * Returns: whether the page has been built (attest_page_fill())
 */
gboolean
attest_page_is_filled (AttestPage *self)
{
  AttestPagePrivate *priv = attest_page_get_instance_private (self);

  g_return_val_if_fail (ATTEST_IS_PAGE (self), FALSE);
  return priv->filled;
}

/**
 * attest_page_get_workspace:
 * @self: a page
 *
 * Returns: (transfer none) (nullable): its workspace
 */
AttestWorkspace *
attest_page_get_workspace (AttestPage *self)
{
  AttestPagePrivate *priv = attest_page_get_instance_private (self);

  g_return_val_if_fail (ATTEST_IS_PAGE (self), NULL);
  return priv->workspace;
}

/**
 * attest_page_set_workspace:
 * @self: a page
 * @workspace: the workspace it shows
 *
 * Set once. The page fills itself when it is first shown with the
 * workspace loaded, at once if it is on screen.
 */
void
attest_page_set_workspace (AttestPage      *self,
                           AttestWorkspace *workspace)
{
  AttestPagePrivate *priv = attest_page_get_instance_private (self);

  g_return_if_fail (ATTEST_IS_PAGE (self));
  g_return_if_fail (workspace == NULL || ATTEST_IS_WORKSPACE (workspace));
  g_return_if_fail (priv->workspace == NULL || priv->workspace == workspace);

  if (!g_set_object (&priv->workspace, workspace))
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    attest_page_fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
on_visible_child_cb (GtkStack   *stack,
                     GParamSpec *pspec,
                     AttestPage *self)
{
  if (gtk_stack_get_visible_child (stack) == GTK_WIDGET (self))
    attest_page_fill (self);
}

static void
on_parent_cb (AttestPage *self)
{
  AttestPagePrivate *priv = attest_page_get_instance_private (self);
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (priv->stack != NULL)
    g_signal_handlers_disconnect_by_func (priv->stack, on_visible_child_cb, self);
  priv->stack = NULL;
  if (GTK_IS_STACK (parent))
    {
      g_signal_connect_object (parent, "notify::visible-child", G_CALLBACK (on_visible_child_cb), self, 0);
      priv->stack = parent;
    }
}

static void
attest_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (attest_page_parent_class)->map (widget);
  attest_page_fill (ATTEST_PAGE (widget));
}

static void
attest_page_dispose (GObject *object)
{
  AttestPage *self = ATTEST_PAGE (object);
  AttestPagePrivate *priv = attest_page_get_instance_private (self);
  GtkWidget *child;

  /* What the subclass added besides its template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->workspace);
  G_OBJECT_CLASS (attest_page_parent_class)->dispose (object);
}

static void
attest_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, attest_page_get_workspace (ATTEST_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_WORKSPACE:
      attest_page_set_workspace (ATTEST_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_page_class_init (AttestPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_page_dispose;
  object_class->get_property = attest_page_get_property;
  object_class->set_property = attest_page_set_property;
  widget_class->map = attest_page_map;

  /**
   * AttestPage:workspace:
   *
   * The workspace the page shows; set once.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, ATTEST_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
attest_page_init (AttestPage *self)
{
  g_signal_connect (self, "notify::parent", G_CALLBACK (on_parent_cb), NULL);
}
