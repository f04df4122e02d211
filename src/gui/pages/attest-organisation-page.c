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
  AttestPage            parent_instance;

  GtkWidget            *form;

  /* Template widgets */
  AdwPreferencesGroup  *group;
};

G_DEFINE_FINAL_TYPE (AttestOrganisationPage, attest_organisation_page, ATTEST_TYPE_PAGE)

static gboolean
attest_organisation_page_fill (AttestPage *page)
{
  AttestOrganisationPage *self = ATTEST_ORGANISATION_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);

  self->form = attest_record_form_new_for_record (workspace, org);
  gtk_widget_set_name (self->form, "organisation-form");
  adw_preferences_group_add (self->group, self->form);
  attest_record_form_validate (ATTEST_RECORD_FORM (self->form));
  return TRUE;
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

static void
attest_organisation_page_dispose (GObject *object)
{
  AttestOrganisationPage *self = ATTEST_ORGANISATION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_ORGANISATION_PAGE);
  self->form = NULL;
  G_OBJECT_CLASS (attest_organisation_page_parent_class)->dispose (object);
}

static void
attest_organisation_page_class_init (AttestOrganisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_organisation_page_dispose;
  ATTEST_PAGE_CLASS (klass)->fill = attest_organisation_page_fill;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-organisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestOrganisationPage, group);
}

static void
attest_organisation_page_init (AttestOrganisationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
