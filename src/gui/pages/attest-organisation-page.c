/* attest-organisation-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-organisation-page"

#include "config.h"

#include "attest-organisation-page.h"
#include "attest-page.h"
#include "widgets/attest-record-form.h"

/* The organisation's record in its form: the same fields and rules as the
 * guided setup's first step (attest_record_form_new_for_record()). Its
 * problems show beside their fields from the start and follow the user's
 * corrections. Built the first time the page is shown. */

struct _AttestOrganisationPage
{
  AdwBin                parent_instance;

  AttestWorkspace      *workspace;
  GtkWidget            *form;

  /* Template widgets */
  AdwPreferencesGroup  *group;
};

G_DEFINE_FINAL_TYPE (AttestOrganisationPage, attest_organisation_page, ADW_TYPE_BIN)

enum { PROP_0, PROP_WORKSPACE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
fill (AttestOrganisationPage *self)
{
  AttestRecord *org;

  if (self->form != NULL || self->workspace == NULL || !attest_workspace_is_loaded (self->workspace))
    return;
  org = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION);
  self->form = attest_record_form_new_for_record (self->workspace, org);
  gtk_widget_set_name (self->form, "organisation-form");
  adw_preferences_group_add (self->group, self->form);
  attest_record_form_validate (ATTEST_RECORD_FORM (self->form));
}

static void
fill_page (GtkWidget *page)
{
  fill (ATTEST_ORGANISATION_PAGE (page));
}

/**
 * attest_organisation_page_get_form:
 * @self: the organisation page
 *
 * Returns: (transfer none) (nullable): its #AttestRecordForm, once shown
 */
GtkWidget *
attest_organisation_page_get_form (AttestOrganisationPage *self)
{
  g_return_val_if_fail (ATTEST_IS_ORGANISATION_PAGE (self), NULL);
  return self->form;
}

/**
 * attest_organisation_page_get_workspace:
 * @self: the organisation page
 *
 * Returns: (transfer none) (nullable): its workspace
 */
AttestWorkspace *
attest_organisation_page_get_workspace (AttestOrganisationPage *self)
{
  g_return_val_if_fail (ATTEST_IS_ORGANISATION_PAGE (self), NULL);
  return self->workspace;
}

/**
 * attest_organisation_page_set_workspace:
 * @self: the organisation page
 * @workspace: the workspace whose organisation it edits
 *
 * Set once. The page fills itself when it is first shown with the
 * workspace loaded.
 */
void
attest_organisation_page_set_workspace (AttestOrganisationPage *self,
                                        AttestWorkspace        *workspace)
{
  g_return_if_fail (ATTEST_IS_ORGANISATION_PAGE (self));
  g_return_if_fail (self->workspace == NULL || self->workspace == workspace);

  if (!g_set_object (&self->workspace, workspace))
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
attest_organisation_page_dispose (GObject *object)
{
  AttestOrganisationPage *self = ATTEST_ORGANISATION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_ORGANISATION_PAGE);
  self->form = NULL;
  g_clear_object (&self->workspace);
  G_OBJECT_CLASS (attest_organisation_page_parent_class)->dispose (object);
}

static void
attest_organisation_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, ATTEST_ORGANISATION_PAGE (object)->workspace);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_organisation_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_WORKSPACE:
      attest_organisation_page_set_workspace (ATTEST_ORGANISATION_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_organisation_page_class_init (AttestOrganisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_organisation_page_dispose;
  object_class->get_property = attest_organisation_page_get_property;
  object_class->set_property = attest_organisation_page_set_property;

  /**
   * AttestOrganisationPage:workspace:
   *
   * The workspace whose organisation the page edits.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, ATTEST_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-organisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestOrganisationPage, group);
}

static void
attest_organisation_page_init (AttestOrganisationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  attest_page_fill_when_shown (GTK_WIDGET (self), fill_page);
}

/**
 * attest_organisation_page_new:
 * @workspace: (nullable): the workspace whose organisation it edits
 *
 * Returns: (transfer full): a new organisation page
 */
GtkWidget *
attest_organisation_page_new (AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_ORGANISATION_PAGE, "workspace", workspace, NULL);
}
