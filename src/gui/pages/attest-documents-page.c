/* attest-documents-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-documents-page"

#include "config.h"

#include "attest-documents-page.h"

/* The register of the ISMS's documents: its heading and explanation are the
 * template; the window adds the register below them the first time the page
 * is shown, as it does for every register. */

struct _AttestDocumentsPage
{
  GtkBox parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestDocumentsPage, attest_documents_page, GTK_TYPE_BOX)

static void
attest_documents_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_DOCUMENTS_PAGE);
  G_OBJECT_CLASS (attest_documents_page_parent_class)->dispose (object);
}

static void
attest_documents_page_class_init (AttestDocumentsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = attest_documents_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-documents-page.ui");
}

static void
attest_documents_page_init (AttestDocumentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
