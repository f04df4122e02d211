/* attest-link-list.c: the records linked to one record, to link and unlink.
 *
 * One widget for every link kind and for both of its sides: the SoA entry
 * lists the requirements and the risks that call for it, the risk lists its
 * assets and the controls that treat it, the requirement and the asset list
 * what links to them. Each linked record has an Unlink button; a chooser
 * below links one more. Emits "changed" after each change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-link-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "attest-link-list.h"
#include "attest-picker-row.h"
#include "attest-toast.h"

struct _AttestLinkList
{
  GtkWidget             parent_instance;

  AttestWorkspace      *workspace;
  const AttestLinkKind *link;
  AttestRecord         *record;
  gboolean              from_side;   /* @record is on the link's "from" side */
  gboolean              read_only;
  GtkWidget            *group;
};

G_DEFINE_FINAL_TYPE (AttestLinkList, attest_link_list, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const struct
{
  const char *link;
  gboolean    from_side;
  const char *title;
  const char *description;
} texts[] = {
  { "soa-requirement", TRUE, N_("Requirements of interested parties"),
    N_("Requirements (clause 4.2) that call for this control are a reason to include it.") },
  { "soa-requirement", FALSE, N_("Annex A controls that address it"), NULL },
  { "risk-control", TRUE, N_("Annex A controls that treat it"),
    N_("Each control chosen to treat the risk (6.1.3 b) is included in the Statement of Applicability for risk treatment.") },
  { "risk-control", FALSE, N_("Risks it treats"),
    N_("A risk the control treats is a reason to include it.") },
  { "risk-asset", TRUE, N_("Assets concerned"), NULL },
  { "risk-asset", FALSE, N_("Risks to this asset"), NULL },
  { "document-control", TRUE, N_("Annex A controls it describes or evidences"), NULL },
  { "document-control", FALSE, N_("Documents that describe or evidence it"), NULL },
  { "objective-risk", TRUE, N_("Risks it reduces"),
    N_("The risks whose treatment this objective measures or drives.") },
  { "objective-risk", FALSE, N_("Objectives that reduce it"), NULL },
  { "objective-control", TRUE, N_("Annex A controls that serve it"), NULL },
  { "objective-control", FALSE, N_("Objectives it serves"), NULL },
  { "change-risk", TRUE, N_("Risks it affects"),
    N_("Risks the change may raise or lower: assess them again once it is made.") },
  { "change-risk", FALSE, N_("Planned changes that affect it"), NULL },
  { "change-control", TRUE, N_("Annex A controls it affects"), NULL },
  { "change-control", FALSE, N_("Planned changes that affect it"), NULL },
  { "change-document", TRUE, N_("Documents it affects"), NULL },
  { "change-document", FALSE, N_("Planned changes that affect it"), NULL },
  { "resource-objective", TRUE, N_("Objectives it serves"), NULL },
  { "resource-objective", FALSE, N_("Resources it needs"), NULL },
  { "role-person", TRUE, N_("Held by"),
    N_("The people who hold this role. Add them on the People page first.") },
  { "role-person", FALSE, N_("Roles held"), NULL },
  { "competence-role", TRUE, N_("Roles that require it"), NULL },
  { "commitment-document", TRUE, N_("Documents that show it"), NULL },
  { "commitment-document", FALSE, N_("Leadership it shows"), NULL },
  { "provider-control", TRUE, N_("Annex A controls that apply to it"),
    N_("Such as the controls on supplier relationships and on cloud services.") },
  { "provider-control", FALSE, N_("External providers it applies to"), NULL },
  { "process-handover", TRUE, N_("Hands its outputs to"),
    N_("The processes that take what this one produces; the diagram on the Processes page draws each as an arrow.") },
  { "process-handover", FALSE, N_("Receives from"), N_("The processes whose outputs this one takes.") },
  { "scope-item-process", TRUE, N_("Process of the ISMS it stands for"),
    N_("The process record that describes it, so that it is not described twice.") },
  { "scope-item-process", FALSE, N_("Stands for these parts of the scope"), NULL },
  { "topic-policy-control", TRUE, N_("Annex A controls that ask for it"), NULL },
  { "topic-policy-control", FALSE, N_("Topic-specific policies it asks for"), NULL },
  { "metric-objective", TRUE, N_("Objectives whose progress it shows"), NULL },
  { "metric-objective", FALSE, N_("Metrics that show its progress"), NULL },
  { "metric-control", TRUE, N_("Annex A controls whose performance it shows"), NULL },
  { "metric-control", FALSE, N_("Metrics that show its performance"), NULL },
  { "audit-auditor", TRUE, N_("Auditors"),
    N_("Who audits it: someone who does not audit their own work. Add them on the People page first.") },
  { "audit-auditor", FALSE, N_("Audits they audit"), NULL },
  { "audit-control", TRUE, N_("Annex A controls it covers"),
    N_("The controls whose implementation the audit looks at, besides the clauses it covers.") },
  { "audit-control", FALSE, N_("Audits that cover it"), NULL },
  { "review-attendee", TRUE, N_("Attendees"),
    N_("Who took part in the review, top management among them. Add them on the People page first.") },
  { "review-attendee", FALSE, N_("Management reviews attended"), NULL },
  { "competence-role", FALSE, N_("Competences it requires"),
    N_("What whoever holds this role must know or be able to do; readiness names a holder without the evidence.") },
};

static void rebuild (AttestLinkList *self);

static gboolean
change_link (AttestLinkList *self,
             AttestRecord   *other,
             gboolean        link)
{
  AttestRecord *from = self->from_side ? self->record : other;
  AttestRecord *to = self->from_side ? other : self->record;
  g_autoptr(GError) error = NULL;
  gboolean ok = link ? attest_workspace_link (self->workspace, self->link->name, from, to, &error)
                     : attest_workspace_unlink (self->workspace, self->link->name, from, to, &error);

  if (!ok)
    {
      attest_toast_add (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  rebuild (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static void
on_unlink_cb (GtkButton      *button,
              AttestLinkList *self)
{
  change_link (self, g_object_get_data (G_OBJECT (button), "other"), FALSE);
}

static void
on_link_cb (GtkButton      *button,
            AttestLinkList *self)
{
  GtkWidget *choice = g_object_get_data (G_OBJECT (button), "choice");
  GPtrArray *candidates = g_object_get_data (G_OBJECT (button), "candidates");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (choice));

  if (selected < candidates->len)
    change_link (self, g_ptr_array_index (candidates, selected), TRUE);
}

static void
rebuild (AttestLinkList *self)
{
  const char *other_kind = self->from_side ? self->link->to_kind : self->link->from_kind;
  GListModel *others = attest_workspace_get_records (self->workspace, attest_record_kind_lookup (other_kind));
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (self->workspace, self->link->name, NULL);
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *candidates = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *list = gtk_list_box_new ();
  /* A link between records of one kind has a list on each side: the
   * second named apart ("linking-processs", "process-source-choice"). */
  gboolean reverse = !self->from_side && g_str_equal (self->link->from_kind, self->link->to_kind);
  g_autofree char *list_name = g_strdup_printf (reverse ? "linking-%ss" : "linked-%ss", other_kind);
  g_autofree char *choice_name = g_strdup_printf (reverse ? "%s-source-choice" : "%s-choice", other_kind);
  g_autofree char *link_name = g_strdup_printf (reverse ? "link-%s-source" : "link-%s", other_kind);
  const char *title = NULL, *description = NULL;
  GtkWidget *choice, *link;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (g_str_equal (texts[i].link, self->link->name) && texts[i].from_side == self->from_side)
      {
        title = _(texts[i].title);
        description = texts[i].description ? _(texts[i].description) : NULL;
      }

  if (self->group != NULL)
    gtk_widget_unparent (self->group);
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), title ? title : self->link->name);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), description);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, list_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title ? title : self->link->name, -1);

  for (guint i = 0; links != NULL && i + 1 < links->len; i += 2)
    {
      const char *mine = g_ptr_array_index (links, self->from_side ? i : i + 1);

      if (g_str_equal (mine, attest_record_get_id (self->record)))
        g_hash_table_add (linked, g_ptr_array_index (links, self->from_side ? i + 1 : i));
    }

  for (guint i = 0; i < g_list_model_get_n_items (others); i++)
    {
      g_autoptr(AttestRecord) other = g_list_model_get_item (others, i);
      g_autofree char *label = NULL;

      /* A process does not hand over to itself. */
      if (other == self->record)
        continue;
      /* Offered only if it takes part in such links; listed if linked. */
      if (!g_hash_table_contains (linked, attest_record_get_id (other))
          && !attest_link_kind_accepts (self->link, other))
        continue;
      label = attest_record_dup_display_name (self->workspace, other);
      if (g_hash_table_contains (linked, attest_record_get_id (other)))
        {
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *unlink = gtk_button_new_from_icon_name ("list-remove-symbolic");
          g_autofree char *tooltip = g_strdup_printf (_("Unlink “%s”"), label);

          g_object_set (row, "use-markup", FALSE, NULL);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
          /* A person with the position they hold, as owners are offered. */
          if (ATTEST_IS_PERSON (other))
            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), attest_record_get_string (other, "position"));
          gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (unlink, "flat");
          gtk_widget_set_tooltip_text (unlink, tooltip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (unlink), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
          gtk_widget_set_sensitive (unlink, !self->read_only);
          g_object_set_data_full (G_OBJECT (unlink), "other", g_object_ref (other), g_object_unref);
          g_signal_connect (unlink, "clicked", G_CALLBACK (on_unlink_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), unlink);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
      else if (ATTEST_IS_PERSON (other))
        {
          /* "Managing director (Priya Natarajan)": who they are in the
           * organisation, to choose by. */
          g_autofree char *with_position = attest_party_dup_label (other);

          gtk_string_list_append (names, with_position);
          g_ptr_array_add (candidates, g_object_ref (other));
        }
      else
        {
          gtk_string_list_append (names, label);
          g_ptr_array_add (candidates, g_object_ref (other));
        }
    }

  choice = attest_picker_row_new ();
  gtk_widget_set_name (choice, choice_name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choice), attest_kind_get_label (other_kind));
  adw_combo_row_set_model (ADW_COMBO_ROW (choice), G_LIST_MODEL (names));
  gtk_widget_set_sensitive (choice, !self->read_only && candidates->len > 0);
  link = gtk_button_new_with_mnemonic (_("_Link"));
  gtk_widget_set_name (link, link_name);
  gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (link, !self->read_only && candidates->len > 0);
  g_object_set_data (G_OBJECT (link), "choice", choice);
  g_object_set_data_full (G_OBJECT (link), "candidates", candidates, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (link, "clicked", G_CALLBACK (on_link_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (choice), link);
  gtk_list_box_append (GTK_LIST_BOX (list), choice);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), list);
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));
}

static void
attest_link_list_dispose (GObject *object)
{
  AttestLinkList *self = ATTEST_LINK_LIST (object);

  g_clear_pointer (&self->group, gtk_widget_unparent);
  g_clear_object (&self->workspace);
  g_clear_object (&self->record);
  G_OBJECT_CLASS (attest_link_list_parent_class)->dispose (object);
}

static void
attest_link_list_class_init (AttestLinkListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_link_list_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * AttestLinkList::changed:
   *
   * A link was made or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
attest_link_list_init (AttestLinkList *self)
{
}

static GtkWidget *
link_list_new (AttestWorkspace      *workspace,
               const AttestLinkKind *link,
               AttestRecord         *record,
               gboolean              from_side,
               gboolean              read_only)
{
  AttestLinkList *self = g_object_new (ATTEST_TYPE_LINK_LIST, NULL);

  self->workspace = g_object_ref (workspace);
  self->link = link;
  self->record = g_object_ref (record);
  self->from_side = from_side;
  self->read_only = read_only;
  rebuild (self);
  return GTK_WIDGET (self);
}

/**
 * attest_link_list_new:
 * @workspace: a workspace
 * @link_kind: the name of a link kind, e.g. "risk-control"
 * @record: a record of the link kind's "from" or "to" kind
 * @read_only: whether links may not be changed
 *
 * Returns: (transfer full): the list
 */
GtkWidget *
attest_link_list_new (AttestWorkspace *workspace,
                      const char      *link_kind,
                      AttestRecord    *record,
                      gboolean         read_only)
{
  const AttestLinkKind *link = attest_link_kind_lookup (link_kind);

  g_return_val_if_fail (link != NULL, NULL);
  return link_list_new (workspace, link, record, g_str_equal (link->from_kind, attest_record_get_kind (record)),
                        read_only);
}

/**
 * attest_add_link_lists:
 * @box: where to add them
 * @workspace: a workspace
 * @record: a record in it
 * @read_only: whether links may not be changed
 *
 * Adds a link list for every link kind @record takes part in.
 */
void
attest_add_link_lists (GtkBox          *box,
                       AttestWorkspace *workspace,
                       AttestRecord    *record,
                       gboolean         read_only)
{
  guint n_links;
  const AttestLinkKind *links = attest_link_kinds (&n_links);
  const char *kind = attest_record_get_kind (record);

  for (guint i = 0; i < n_links; i++)
    {
      if (!g_str_equal (links[i].from_kind, kind) && !g_str_equal (links[i].to_kind, kind))
        continue;
      if (!attest_link_kind_accepts (&links[i], record))
        continue;
      gtk_box_append (box, attest_link_list_new (workspace, links[i].name, record, read_only));
      /* Between records of one kind: also what links to this one. */
      if (g_str_equal (links[i].from_kind, links[i].to_kind))
        gtk_box_append (box, link_list_new (workspace, &links[i], record, FALSE, read_only));
    }
}
