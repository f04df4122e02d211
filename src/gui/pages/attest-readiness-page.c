/* attest-readiness-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-readiness-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "attest-readiness-page.h"
#include "attest-window.h"

/* The readiness rules as a page: where each item of mandatory documented
 * information is, then every finding grouped by clause with its counts.
 * Activating a row shows its record on its own page. The rules run when the
 * page is shown and, while it is, shortly after the workspace changes. */

#define MAX_ROWS 500

struct _AttestReadinessPage
{
  AttestPage       parent_instance;

  guint            refresh_id;

  GtkLabel        *summary_label;
  GtkListBox      *mandatory_list;
  GtkListBox      *findings_list;
  GtkLabel        *more_label;
};

G_DEFINE_FINAL_TYPE (AttestReadinessPage, attest_readiness_page, ATTEST_TYPE_PAGE)

/* "6.1.3 f" is grouped under "6.1.3". */
static char *
clause_group (const char *clause)
{
  const char *space = strchr (clause, ' ');

  return space ? g_strndup (clause, space - clause) : g_strdup (clause);
}

static void
on_row_activated_cb (GtkListBox          *list,
                     GtkListBoxRow       *row,
                     AttestReadinessPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AttestRecord *record = g_object_get_data (G_OBJECT (row), "record");
  const char *page = g_object_get_data (G_OBJECT (row), "page");

  if (ATTEST_IS_WINDOW (root))
    attest_window_show_record (ATTEST_WINDOW (root), record, page);
}

static void
clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
new_row (const char   *title,
         const char   *subtitle,
         AttestRecord *record,
         const char   *page)
{
  GtkWidget *row = adw_action_row_new ();

  g_object_set (row, "use-markup", FALSE, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  if (record != NULL)
    g_object_set_data_full (G_OBJECT (row), "record", g_object_ref (record), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "page", g_strdup (page), g_free);
  return row;
}

/* The page of the Attest kind that holds an item. */
static const char *
page_of_kind (const char *kind)
{
  if (g_strcmp0 (kind, "scope") == 0)
    return "scope";
  if (g_strcmp0 (kind, "policy") == 0)
    return "policy";
  if (g_strcmp0 (kind, "risk-method") == 0)
    return "method";
  if (g_strcmp0 (kind, "soa-entry") == 0)
    return "soa";
  if (g_strcmp0 (kind, "risk") == 0)
    return "risks";
  if (g_strcmp0 (kind, "treatment-action") == 0)
    return "treatment";
  if (g_strcmp0 (kind, "process") == 0)
    return "processes";
  if (g_strcmp0 (kind, "measurement") == 0)
    return "metrics";
  if (g_strcmp0 (kind, "audit") == 0)
    return "audits";
  if (g_strcmp0 (kind, "nonconformity") == 0 || g_strcmp0 (kind, "corrective-action") == 0)
    return "nonconformities";
  if (g_strcmp0 (kind, "improvement") == 0)
    return "improvements";
  return "documents";
}

static void
fill_mandatory (AttestReadinessPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  const AttestMandatoryItem *items;
  guint n_items;

  clear (self->mandatory_list);
  items = attest_mandatory_items (&n_items);
  for (guint i = 0; i < n_items; i++)
    {
      AttestRecord *where = NULL;
      AttestMandatoryStatus status = attest_mandatory_item_get_status (&items[i], workspace, &where);
      g_autofree char *title = g_strdup_printf ("%s  %s", items[i].clause, attest_mandatory_item_get_title (&items[i]));
      g_autofree char *subtitle = NULL;
      g_autofree char *name = NULL;
      GtkWidget *row, *status_label;

      switch (status)
        {
        case ATTEST_MANDATORY_STATUS_RECORDED:
          /* A whole (the SoA), the kind's register, or else the first
           * record that holds it, as attest-cli check names it. */
          if (items[i].whole != NULL)
            subtitle = g_strdup_printf (_("In Attest: %s"), attest_mandatory_item_get_whole_title (&items[i]));
          else if (items[i].kind != NULL)
            subtitle = g_strdup_printf (_("In Attest: %s"), attest_kind_get_label (items[i].kind));
          else
            {
              name = where != NULL ? attest_record_dup_display_name (workspace, where)
                                   : g_strdup (attest_mandatory_item_get_title (&items[i]));
              subtitle = g_strdup_printf (_("In Attest: %s"), name);
            }
          break;
        case ATTEST_MANDATORY_STATUS_ELSEWHERE:
          name = attest_record_dup_display_name (workspace, where);
          subtitle = *attest_record_get_string (where, "location")
                     ? g_strdup_printf (_("Document register: %s, kept at %s"), name, attest_record_get_string (where, "location"))
                     : g_strdup_printf (_("Document register: %s"), name);
          break;
        case ATTEST_MANDATORY_STATUS_MISSING:
        default:
          subtitle = g_strdup (items[i].kind != NULL
                               ? _("Not recorded yet, and no document of the register holds it")
                               : _("No document of the register holds it yet"));
          break;
        }
      row = new_row (title, subtitle, status == ATTEST_MANDATORY_STATUS_MISSING ? NULL : where,
                     status == ATTEST_MANDATORY_STATUS_ELSEWHERE ? "documents" : page_of_kind (items[i].kind));
      status_label = gtk_label_new (attest_enum_get_label (ATTEST_TYPE_MANDATORY_STATUS, status));
      gtk_widget_add_css_class (status_label, status == ATTEST_MANDATORY_STATUS_MISSING ? "error" : "dim-label");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), status_label);
      gtk_widget_set_size_request (status_label, 130, -1);
      gtk_label_set_xalign (GTK_LABEL (status_label), 0);
      gtk_list_box_append (self->mandatory_list, row);
    }
}

/* A header above the first finding of each clause: "6.1.3 · 2 blockers, 1 warning". */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const char *group = g_object_get_data (G_OBJECT (row), "group");
  const char *header_text = g_object_get_data (G_OBJECT (row), "header");

  if (before != NULL && g_strcmp0 (group, g_object_get_data (G_OBJECT (before), "group")) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  if (gtk_list_box_row_get_header (row) == NULL)
    {
      GtkWidget *label = gtk_label_new (header_text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 12);
      gtk_list_box_row_set_header (row, label);
    }
}

static void
fill_findings (AttestReadinessPage *self,
               GPtrArray           *findings)
{
  g_autoptr(GHashTable) headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* Past MAX_ROWS, some findings of every rule rather than the first
   * clauses' only: a thousand findings of 4.2 hide no risk. */
  guint n_shown;
  g_autofree gboolean *shown = attest_readiness_sample (findings, MAX_ROWS, &n_shown);

  clear (self->findings_list);
  /* Counts per clause first, for the headers. */
  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *group = clause_group (finding->clause);
      guint blockers = 0, warnings = 0;

      if (g_hash_table_contains (headers, group))
        continue;
      for (guint k = i; k < findings->len; k++)
        {
          AttestFinding *other = g_ptr_array_index (findings, k);
          g_autofree char *other_group = clause_group (other->clause);

          if (!g_str_equal (group, other_group))
            break;
          blockers += other->severity == ATTEST_SEVERITY_BLOCKER;
          warnings += other->severity == ATTEST_SEVERITY_WARNING;
        }
      {
        g_autofree char *b = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u blocker", "%u blockers", blockers), blockers);
        g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);
        /* TRANSLATORS: a group of findings: "Clause 6.1.3 · 2 blockers, 1 warning" */
        char *text = g_strdup_printf (_("Clause %s · %s, %s"), group, b, w);

        g_hash_table_insert (headers, g_steal_pointer (&group), text);
      }
    }

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *group = NULL;
      /* TRANSLATORS: "Blocker · 6.1.3 f" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"),
                                                   attest_enum_get_label (ATTEST_TYPE_SEVERITY, finding->severity),
                                                   finding->clause);
      GtkWidget *row, *icon;

      if (!shown[i])
        continue;
      group = clause_group (finding->clause);
      row = new_row (finding->message, subtitle, finding->record, finding->step);
      icon = gtk_image_new_from_icon_name (finding->severity == ATTEST_SEVERITY_BLOCKER
                                           ? "dialog-error-symbolic" : "dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, finding->severity == ATTEST_SEVERITY_BLOCKER ? "error" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      attest_enum_get_label (ATTEST_TYPE_SEVERITY, finding->severity), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      g_object_set_data_full (G_OBJECT (row), "group", g_strdup (group), g_free);
      g_object_set_data_full (G_OBJECT (row), "header", g_strdup (g_hash_table_lookup (headers, group)), g_free);
      gtk_list_box_append (self->findings_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), findings->len > 0);
  if (findings->len > n_shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more finding.",
                                                            "And %u more findings.", findings->len - n_shown),
                                               findings->len - n_shown);
      gtk_label_set_text (self->more_label, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), findings->len > n_shown);
}

/**
 * attest_readiness_page_refresh:
 * @self: a readiness page
 *
 * Runs the readiness rules again and shows what they find.
 */
void
attest_readiness_page_refresh (AttestReadinessPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GPtrArray) findings = NULL;
  guint blockers, warnings;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (workspace == NULL)
    return;
  findings = attest_readiness_check (workspace);
  blockers = attest_readiness_count (findings, ATTEST_SEVERITY_BLOCKER);
  warnings = attest_readiness_count (findings, ATTEST_SEVERITY_WARNING);
  if (findings->len == 0)
    gtk_label_set_text (self->summary_label,
                        _("The readiness rules find nothing missing, and every item of mandatory documented information has its place."));
  else
    {
      g_autofree char *b = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u blocker", "%u blockers", blockers), blockers);
      g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);
      g_autofree char *text = g_strdup_printf (_("%s: what an auditor would raise as a nonconformity. %s: what they would ask about."),
                                               b, w);

      gtk_label_set_text (self->summary_label, text);
    }
  fill_mandatory (self);
  fill_findings (self, findings);
}

static gboolean
refresh_cb (gpointer data)
{
  AttestReadinessPage *self = data;

  self->refresh_id = 0;
  attest_readiness_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Edits come as bursts: run the rules once the burst is over, and only
 * while the page is on screen. */
static void
queue_refresh (AttestReadinessPage *self)
{
  if (self->refresh_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_id = g_timeout_add (300, refresh_cb, self);
}

static void
on_map_cb (AttestReadinessPage *self)
{
  attest_readiness_page_refresh (self);
}

/* The workspace is set once (AttestPage:workspace); the page follows its
 * edits from then on, whether or not it is loaded yet. */
static void
on_workspace_cb (AttestReadinessPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  if (workspace == NULL)
    return;
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (attest_workspace_get_store (workspace), "committed", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    attest_readiness_page_refresh (self);
}

/**
 * attest_readiness_page_get_summary:
 * @self: a readiness page
 *
 * Returns: the sentence that counts blockers and warnings
 */
const char *
attest_readiness_page_get_summary (AttestReadinessPage *self)
{
  return gtk_label_get_text (self->summary_label);
}

static void
attest_readiness_page_dispose (GObject *object)
{
  AttestReadinessPage *self = ATTEST_READINESS_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_READINESS_PAGE);
  G_OBJECT_CLASS (attest_readiness_page_parent_class)->dispose (object);
}

static void
attest_readiness_page_class_init (AttestReadinessPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_readiness_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-readiness-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestReadinessPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AttestReadinessPage, mandatory_list);
  gtk_widget_class_bind_template_child (widget_class, AttestReadinessPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, AttestReadinessPage, more_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_map_cb);
}

static void
attest_readiness_page_init (AttestReadinessPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->findings_list, update_header, NULL, NULL);
  g_signal_connect (self, "notify::workspace", G_CALLBACK (on_workspace_cb), NULL);
}
