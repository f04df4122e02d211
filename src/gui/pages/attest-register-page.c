/* attest-register-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-register-page"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-register-page.h"
#include "attest-page.h"
#include "attest-register-specs.h"
#include "attest-markdown.h"
#include "attest-window.h"
#include "widgets/attest-approval-bar.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-process-map.h"
#include "widgets/attest-record-form.h"
#include "widgets/attest-responsibility-matrix.h"
#include "widgets/attest-register.h"
#include "widgets/attest-toast.h"

/* A sidebar page that lists one kind of record: its heading and
 * explanation (the page's title and description, set in the window's
 * template), then the kind's register. What a kind's page has besides
 * (a statement above, an approval bar, a button that adds the usual
 * records, a second register below) is one entry of layouts[] below; the
 * page builds it all in one code path the first time it is shown, so that
 * opening a large workspace costs only the page the user looks at. */

struct _AttestRegisterPage
{
  AttestPage       parent_instance;

  char            *kind;

  /* Template widgets */
  GtkLabel        *title_label;
  GtkLabel        *description_label;
  GtkLabel        *statement_label;
  GtkLabel        *register_heading;
  GtkButton       *suggest_button;
  GtkButton       *draft_button;

  GtkWidget       *content;   /* what the page fills: itself, or its scrolled box */
};

G_DEFINE_FINAL_TYPE (AttestRegisterPage, attest_register_page, ATTEST_TYPE_PAGE)

enum { PROP_0, PROP_KIND, PROP_TITLE, PROP_DESCRIPTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

static char *suggest_threats (AttestWorkspace *workspace, gboolean *changed);
static char *suggest_topic_policies (AttestWorkspace *workspace, gboolean *changed);
static char *suggest_processes (AttestWorkspace *workspace, gboolean *changed);

typedef struct
{
  const char *kind;             /* the page's register */
  const char *statement_kind;   /* a singleton whose statement shows first */
  const char *statement_field;  /* which field of it: "statement" unless said */
  gboolean    statement_markdown; /* written in the subset of attest-markdown.h */
  const char *statement_empty;  /* said while it has none */
  const char *draft_label;      /* the button that writes the statement afresh */
  const char *draft_tooltip;
  gboolean    draft;            /* the policy's draft: attest_write_policy_draft() */
  const char *document;         /* approved in versions: its approval bar */
  const char *register_heading; /* above the register */
  const char *suggest_name;     /* the button that adds the usual records */
  const char *suggest_label;
  const char *suggest_tooltip;
  char     *(*suggest)          (AttestWorkspace *workspace, gboolean *changed);
  const char *more_kind;        /* a second register below the first */
  const char *more_heading;
  const char *settings_kind;    /* a singleton whose fields below show first */
  const char * const *settings_fields;
  gboolean    scrolls;          /* all below the heading in one scrolled box */
  gboolean    diagram;          /* the processes' diagram below the register */
  gboolean    attest_documents; /* the documents Attest keeps, above the register */
  gboolean    matrix;           /* who owns what, by clause, below the register */
} Layout;

static const Layout layouts[] = {
  { "interested-party",
    .more_kind = "requirement", .more_heading = N_("Their requirements, and whether the ISMS addresses them") },
  { "scope-item",
    .statement_kind = "scope", .statement_empty = N_("No scope statement written yet."),
    .document = "scope", .register_heading = N_("What is in scope, what is excluded, and the interfaces") },
  { "threat",
    .suggest_name = "add-usual-threats", .suggest_label = N_("Add _Usual Threats and Vulnerabilities"),
    .suggest_tooltip = N_("Adds a short list in our words of what usually threatens an organisation "
                          "and the weaknesses usually exploited; those you have are not added again."),
    .suggest = suggest_threats,
    .more_kind = "vulnerability", .more_heading = N_("Vulnerabilities: weaknesses a threat could exploit") },
  { "treatment-action", .document = "treatment-plan" },
  { "competence",
    .more_kind = "qualification", .more_heading = N_("Evidence of competence, and the actions to gain it") },
  { "topic-policy",
    .statement_kind = "policy", .statement_field = "text", .statement_markdown = TRUE,
    .statement_empty = N_("No policy written yet. Write it below, or start from a draft made from your answers."),
    .document = "policy",
    .draft_label = N_("Write _Draft from Your Answers"),
    .draft_tooltip = N_("Writes a first policy from the organisation, the scope, the objectives and the roles you "
                        "recorded, in place of the text below; Undo brings the text back."),
    .draft = TRUE,
    .settings_kind = "policy",
    .settings_fields = (const char * const[]) { "text", "owner", "classification", "communicated-to", "communicated-how",
                                                "communicated-on", "available-to-parties", "available-how",
                                                "next-review", NULL },
    .scrolls = TRUE,
    .register_heading = N_("Topic-specific policies, and the controls that ask for them"),
    .suggest_name = "add-usual-topic-policies", .suggest_label = N_("Add _Usual Topic-Specific Policies"),
    .suggest_tooltip = N_("Adds the topic-specific policies an organisation usually has, each linked to the "
                          "controls that ask for it; those you have are not added again."),
    .suggest = suggest_topic_policies },
  { "process",
    .diagram = TRUE, .scrolls = TRUE,
    .register_heading = N_("Processes, how often each runs, and whom it hands over to"),
    .suggest_name = "add-usual-processes", .suggest_label = N_("Add _Scope’s and Usual Processes"),
    .suggest_tooltip = N_("Adds a process for each process or service your scope names, linked to it, and the "
                          "processes every ISMS runs with how they hand over to each other; those you have are not "
                          "added again."),
    .suggest = suggest_processes },
  { "document", .attest_documents = TRUE, .scrolls = TRUE,
    .register_heading = N_("Documents kept outside Attest") },
  { "role", .matrix = TRUE, .scrolls = TRUE },
  { "awareness",
    .settings_kind = "organisation", .settings_fields = (const char * const[]) { "awareness-interval", NULL } },
};

static const Layout *
find_layout (const char *kind)
{
  static const Layout plain = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    if (g_strcmp0 (layouts[i].kind, kind) == 0)
      return &layouts[i];
  return &plain;
}

static char *
suggest_threats (AttestWorkspace *workspace,
                gboolean        *changed)
{
  g_autoptr(GError) error = NULL;
  guint added;

  if (!attest_suggestion_add_threats (workspace, &added, &error))
    return g_strdup (error->message);
  *changed = added > 0;
  if (added == 0)
    return g_strdup (_("You have all the usual threats and vulnerabilities already"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u threat or vulnerability",
                                       "Added %u threats and vulnerabilities", added), added);
}

static char *
suggest_topic_policies (AttestWorkspace *workspace,
                       gboolean        *changed)
{
  g_autoptr(GError) error = NULL;
  guint added;

  if (!attest_policy_add_topic_policies (workspace, &added, &error))
    return g_strdup (error->message);
  *changed = added > 0;
  if (added == 0)
    return g_strdup (_("You have all the usual topic-specific policies already"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u topic-specific policy",
                                       "Added %u topic-specific policies", added), added);
}

/* The diagram's note shows while the diagram does and leaves something out. */
static void
on_map_note_cb (GtkWidget  *map,
                GParamSpec *pspec,
                GtkWidget  *note)
{
  g_autofree char *text = NULL;

  g_object_get (map, "note", &text, NULL);
  gtk_label_set_text (GTK_LABEL (note), text != NULL ? text : "");
  gtk_widget_set_visible (note, text != NULL && gtk_widget_get_visible (map));
}

static char *
suggest_processes (AttestWorkspace *workspace,
                  gboolean        *changed)
{
  g_autoptr(GError) error = NULL;
  guint added;

  if (!attest_processes_add_usual (workspace, &added, &error))
    return g_strdup (error->message);
  *changed = added > 0;
  if (added == 0)
    return g_strdup (_("You have the scope’s processes and the usual ones already"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u process", "Added %u processes", added), added);
}

/**
 * attest_write_policy_draft:
 * @widget: the widget whose button asked for it, for the toast
 * @workspace: its workspace
 *
 * Writes the policy's draft from the answers in place of its text, as one
 * edit, and says so in a toast whose Undo takes it back: the Policy page's
 * and the setup's Leadership step's one code path.
 */
void
attest_write_policy_draft (GtkWidget       *widget,
                           AttestWorkspace *workspace)
{
  AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
  g_autofree char *draft = NULL;
  gboolean had_text;
  AdwToast *toast;

  if (policy == NULL || attest_workspace_is_read_only (workspace))
    return;
  /* What is being typed is saved first, so that Undo has it to go back to. */
  attest_field_flush_all (widget);
  had_text = !attest_text_is_blank (attest_record_get_string (policy, "text"));
  draft = attest_policy_dup_draft (workspace);
  g_object_set (policy, "text", draft, NULL);
  toast = adw_toast_new (had_text ? _("Wrote a new draft from your answers in place of your text")
                                  : _("Wrote a draft from your answers. Read it, make it yours, then have it approved."));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  attest_toast_show (widget, toast);
}

static void
draft_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AttestRegisterPage *self = ATTEST_REGISTER_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  if (workspace != NULL && find_layout (self->kind)->draft)
    attest_write_policy_draft (widget, workspace);
}

static void
suggest_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AttestRegisterPage *self = ATTEST_REGISTER_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  const Layout *layout = find_layout (self->kind);
  g_autofree char *message = NULL;
  gboolean changed = FALSE;
  AdwToast *toast;

  if (workspace == NULL || layout->suggest == NULL)
    return;
  message = layout->suggest (workspace, &changed);
  toast = adw_toast_new (message);
  /* What was added is one step of undo. */
  if (changed)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  attest_toast_show (widget, toast);
}

/* A text of the Markdown subset as the label shows it: headings larger
 * and bold, list items with their bullet or number, emphasis kept. */
static char *
markdown_markup (const char *source)
{
  g_autoptr(GPtrArray) blocks = attest_markdown_parse (source);
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const AttestMarkdownBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = attest_markdown_block_dup_markup (block);
      gboolean item = block->kind == ATTEST_MARKDOWN_BULLET || block->kind == ATTEST_MARKDOWN_NUMBERED;
      const AttestMarkdownBlock *previous = i > 0 ? g_ptr_array_index (blocks, i - 1) : NULL;
      gboolean previous_item = previous != NULL && (previous->kind == ATTEST_MARKDOWN_BULLET
                                                    || previous->kind == ATTEST_MARKDOWN_NUMBERED);

      /* A blank line between blocks, a line break between the items of a list. */
      if (i > 0)
        g_string_append (markup, item && previous_item ? "\n" : "\n\n");
      if (block->kind == ATTEST_MARKDOWN_HEADING)
        g_string_append_printf (markup, "<span weight=\"bold\" size=\"%s\">%s</span>",
                                block->level == 1 ? "x-large" : block->level == 2 ? "large" : "medium", text);
      else if (block->kind == ATTEST_MARKDOWN_BULLET)
        g_string_append_printf (markup, "  •  %s", text);
      else if (block->kind == ATTEST_MARKDOWN_NUMBERED)
        g_string_append_printf (markup, "  %u.  %s", block->level, text);
      else
        g_string_append (markup, text);
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static void
update_statement (AttestRegisterPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  const Layout *layout = find_layout (self->kind);
  AttestRecord *record = attest_workspace_get_singleton (workspace,
                                                         attest_record_kind_lookup (layout->statement_kind));
  const char *field = layout->statement_field ? layout->statement_field : "statement";
  const char *statement = record ? attest_record_get_string (record, field) : "";

  if (*statement && layout->statement_markdown)
    {
      g_autofree char *markup = markdown_markup (statement);

      gtk_label_set_markup (self->statement_label, markup);
    }
  else
    gtk_label_set_text (self->statement_label, *statement ? statement : _(layout->statement_empty));
  if (*statement)
    gtk_widget_remove_css_class (GTK_WIDGET (self->statement_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->statement_label), "dim-label");
}

static void
add_register (AttestRegisterPage *self,
              const char         *kind)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  GtkWidget *reg = attest_register_new_for_kind (workspace, kind);

  /* In a scrolled page a register shows a dozen rows at least. */
  if (self->content != GTK_WIDGET (self))
    gtk_widget_set_size_request (reg, -1, 360);
  gtk_widget_insert_before (reg, self->content, NULL);
}

/* The page that holds each document Attest keeps. */
static const char *
page_of_document (const char *document)
{
  static const struct { const char *document, *page; } pages[] = {
    { "scope", "scope" }, { "policy", "policy" }, { "risk-method", "method" }, { "soa", "soa" },
    { "treatment-plan", "treatment" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_str_equal (pages[i].document, document))
      return pages[i].page;
  return NULL;
}

static void
on_attest_document_activated_cb (GtkListBox    *list,
                                 GtkListBoxRow *row,
                                 gpointer       user_data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (list));
  const char *page = g_object_get_data (G_OBJECT (row), "page");
  const char *action = g_object_get_data (G_OBJECT (row), "action");

  /* The audit pack's row writes the next version. */
  if (action != NULL)
    gtk_widget_activate_action (GTK_WIDGET (list), action, NULL);
  else if (ATTEST_IS_WINDOW (root) && page != NULL)
    attest_window_show_record (ATTEST_WINDOW (root), NULL, page);
}

/* Each document's state, said again whenever the list is shown: what
 * changed since its approval is counted then, not at every edit. */
static void
update_attest_documents (GtkWidget       *list,
                         AttestWorkspace *workspace)
{
  GtkWidget *row = gtk_widget_get_first_child (list);

  for (const char * const *document = attest_isms_documents (); *document != NULL && row != NULL; document++)
    {
      g_autofree char *status = attest_isms_document_dup_status (workspace, *document);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
      row = gtk_widget_get_next_sibling (row);
    }
  if (row != NULL)
    {
      g_autofree char *status = attest_isms_document_dup_pack_status (workspace);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
    }
}

static void
on_attest_documents_map_cb (GtkWidget          *list,
                            AttestRegisterPage *self)
{
  update_attest_documents (list, attest_page_get_workspace (ATTEST_PAGE (self)));
}

/* 7.5: the documents Attest itself keeps, each with its identifier, its
 * state and the page it is on, before the register of the others. */
static void
add_attest_documents (AttestRegisterPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  GtkWidget *heading = gtk_label_new (_("Documents Attest keeps"));
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_widget_set_name (list, "attest-documents");
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Documents Attest keeps"),
                                  -1);
  for (const char * const *document = attest_isms_documents (); *document != NULL; document++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%s  %s", attest_isms_document_get_identifier (*document),
                                                attest_isms_document_get_title (*document));

      g_object_set (row, "use-markup", FALSE, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data (G_OBJECT (row), "page", (gpointer) page_of_document (*document));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  /* Last, the audit pack: its versions are the packs written. */
  {
    GtkWidget *row = adw_action_row_new ();
    g_autofree char *title = g_strdup_printf ("%s  %s", ATTEST_PACK_IDENTIFIER, attest_isms_document_get_pack_title ());

    g_object_set (row, "use-markup", FALSE, NULL);
    gtk_widget_set_name (row, "audit-pack-versions");
    /* What a click on it does, said on the row itself, as the others say their page. */
    g_object_set_data (G_OBJECT (row), "action", (gpointer) "win.export-audit-pack");
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    gtk_widget_set_tooltip_text (row, _("Export the audit pack: each pack written is its next version"));
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-save-as-symbolic"));
    gtk_list_box_append (GTK_LIST_BOX (list), row);
  }
  update_attest_documents (list, workspace);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_attest_document_activated_cb), NULL);
  g_signal_connect_object (list, "map", G_CALLBACK (on_attest_documents_map_cb), self, 0);
  gtk_widget_insert_before (heading, self->content, GTK_WIDGET (self->register_heading));
  gtk_widget_insert_before (list, self->content, GTK_WIDGET (self->register_heading));
}

/* Everything below the heading and the description into one scrolled
 * box, for a page taller than a window (the policy's). */
static void
make_scrolled (AttestRegisterPage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* What to do first (approve, draft) above the text it acts on. */
  GtkWidget *moved[] = { GTK_WIDGET (self->draft_button), GTK_WIDGET (self->statement_label),
                         GTK_WIDGET (self->register_heading), GTK_WIDGET (self->suggest_button) };

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_margin_end (box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_widget_insert_before (scroller, GTK_WIDGET (self), GTK_WIDGET (self->statement_label));
  for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
    {
      g_object_ref (moved[i]);
      gtk_widget_unparent (moved[i]);
      gtk_box_append (GTK_BOX (box), moved[i]);
      g_object_unref (moved[i]);
    }
  self->content = box;
}

/* Everything below the heading, once: when the page is first shown, or
 * asked to show a record, with its workspace loaded. */
static gboolean
attest_register_page_fill (AttestPage *page)
{
  AttestRegisterPage *self = ATTEST_REGISTER_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);
  const Layout *layout = find_layout (self->kind);
  gboolean read_only;

  if (self->kind == NULL)
    return FALSE;
  read_only = attest_workspace_is_read_only (workspace);
  if (layout->scrolls)
    make_scrolled (self);

  if (layout->statement_kind != NULL)
    {
      AttestRecord *record = attest_workspace_get_singleton (workspace,
                                                             attest_record_kind_lookup (layout->statement_kind));

      const char *field = layout->statement_field ? layout->statement_field : "statement";
      g_autofree char *signal = g_strdup_printf ("notify::%s", field);

      gtk_widget_set_name (GTK_WIDGET (self->statement_label),
                           layout->statement_field ? "policy-text-label" : "scope-statement-label");
      if (record != NULL)
        g_signal_connect_object (record, signal, G_CALLBACK (update_statement), self, G_CONNECT_SWAPPED);
      update_statement (self);
      gtk_widget_set_visible (GTK_WIDGET (self->statement_label), TRUE);
    }
  if (layout->document != NULL)
    {
      GtkWidget *bar = attest_approval_bar_new (workspace, layout->document);

      if (layout->scrolls)
        gtk_widget_insert_before (bar, self->content, GTK_WIDGET (self->draft_button));
      else
        gtk_widget_insert_after (bar, self->content, GTK_WIDGET (self->statement_label));
    }
  if (layout->draft)
    {
      gtk_button_set_label (self->draft_button, _(layout->draft_label));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->draft_button), _(layout->draft_tooltip));
      gtk_widget_set_visible (GTK_WIDGET (self->draft_button), TRUE);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register-page.draft", layout->draft && !read_only);
  if (layout->settings_kind != NULL)
    {
      AttestRecord *record = attest_workspace_get_singleton (workspace,
                                                             attest_record_kind_lookup (layout->settings_kind));

      if (record != NULL)
        gtk_widget_insert_before (attest_record_form_new_full (workspace, record, layout->settings_fields, read_only),
                                  self->content, GTK_WIDGET (self->register_heading));
    }
  if (layout->attest_documents)
    add_attest_documents (self);
  if (layout->register_heading != NULL)
    {
      gtk_label_set_text (self->register_heading, _(layout->register_heading));
      gtk_widget_set_visible (GTK_WIDGET (self->register_heading), TRUE);
    }
  if (layout->suggest != NULL)
    {
      gtk_widget_set_name (GTK_WIDGET (self->suggest_button), layout->suggest_name);
      gtk_button_set_label (self->suggest_button, _(layout->suggest_label));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->suggest_button), _(layout->suggest_tooltip));
      gtk_widget_set_visible (GTK_WIDGET (self->suggest_button), TRUE);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register-page.suggest", layout->suggest != NULL && !read_only);

  add_register (self, self->kind);
  if (layout->diagram)
    {
      GtkWidget *heading = gtk_label_new (_("How the processes hand over to each other"));
      GtkWidget *map = attest_process_map_new (workspace);
      GtkWidget *note;

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 12);
      gtk_widget_insert_before (heading, self->content, NULL);
      gtk_widget_insert_before (map, self->content, NULL);
      /* Shown with the diagram, which hides while no process hands over. */
      g_object_bind_property (map, "visible", heading, "visible", G_BINDING_SYNC_CREATE);
      /* What it leaves out, said under it. */
      note = gtk_label_new (NULL);
      gtk_widget_set_name (note, "process-diagram-note");
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_widget_add_css_class (note, "dim-label");
      gtk_widget_insert_before (note, self->content, NULL);
      g_signal_connect_object (map, "notify::note", G_CALLBACK (on_map_note_cb), note, 0);
      g_signal_connect_object (map, "notify::visible", G_CALLBACK (on_map_note_cb), note, 0);
      on_map_note_cb (map, NULL, note);
    }
  if (layout->matrix)
    {
      GtkWidget *heading = gtk_label_new (_("Who owns what, by clause"));
      GtkWidget *matrix = attest_responsibility_matrix_new (workspace);

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 12);
      gtk_widget_set_name (matrix, "responsibility-matrix");
      gtk_widget_insert_before (heading, self->content, NULL);
      gtk_widget_insert_before (matrix, self->content, NULL);
    }
  if (layout->more_kind != NULL)
    {
      GtkWidget *heading = gtk_label_new (_(layout->more_heading));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 12);
      gtk_widget_insert_before (heading, self->content, NULL);
      add_register (self, layout->more_kind);
    }
  return TRUE;
}

/**
 * attest_register_page_select:
 * @self: a register page
 * @record: a record of its kind, or of its second register's
 *
 * Selects @record in the register that lists it, its search cleared, with
 * the keyboard on its row.
 *
 * Returns: %TRUE if a register of the page lists @record
 */
gboolean
attest_register_page_select (AttestRegisterPage *self,
                             AttestRecord       *record)
{
  g_return_val_if_fail (ATTEST_IS_REGISTER_PAGE (self), FALSE);

  attest_page_fill (ATTEST_PAGE (self));
  for (GtkWidget *child = gtk_widget_get_first_child (self->content); child; child = gtk_widget_get_next_sibling (child))
    if (ATTEST_IS_REGISTER (child) && attest_register_show_record (ATTEST_REGISTER (child), record))
      return TRUE;
  return FALSE;
}

/**
 * attest_register_page_get_kind:
 * @self: a register page
 *
 * Returns: (nullable): the kind of record it lists ("asset")
 */
const char *
attest_register_page_get_kind (AttestRegisterPage *self)
{
  g_return_val_if_fail (ATTEST_IS_REGISTER_PAGE (self), NULL);
  return self->kind;
}

static void
set_kind (AttestRegisterPage *self,
          const char         *kind)
{
  AttestRegisterSpec spec;

  g_return_if_fail (kind == NULL || attest_register_spec_for_kind (kind, &spec));
  g_return_if_fail (!attest_page_is_filled (ATTEST_PAGE (self)));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;
  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static void
set_description (AttestRegisterPage *self,
                 const char         *description)
{
  if (g_strcmp0 (gtk_label_get_text (self->description_label), description ? description : "") == 0)
    return;
  gtk_label_set_text (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL && *description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

static void
set_title (AttestRegisterPage *self,
           const char         *title)
{
  if (g_strcmp0 (gtk_label_get_text (self->title_label), title ? title : "") == 0)
    return;
  gtk_label_set_text (self->title_label, title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
attest_register_page_dispose (GObject *object)
{
  AttestRegisterPage *self = ATTEST_REGISTER_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_REGISTER_PAGE);
  G_OBJECT_CLASS (attest_register_page_parent_class)->dispose (object);
}

static void
attest_register_page_finalize (GObject *object)
{
  AttestRegisterPage *self = ATTEST_REGISTER_PAGE (object);

  g_free (self->kind);
  G_OBJECT_CLASS (attest_register_page_parent_class)->finalize (object);
}

static void
attest_register_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AttestRegisterPage *self = ATTEST_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title_label));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, gtk_label_get_text (self->description_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_register_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AttestRegisterPage *self = ATTEST_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      set_kind (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_register_page_class_init (AttestRegisterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_register_page_dispose;
  object_class->finalize = attest_register_page_finalize;
  object_class->get_property = attest_register_page_get_property;
  object_class->set_property = attest_register_page_set_property;
  ATTEST_PAGE_CLASS (klass)->fill = attest_register_page_fill;

  /**
   * AttestRegisterPage:kind:
   *
   * The kind of record the page lists, as the core names it ("asset").
   */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AttestRegisterPage:title:
   *
   * The page's heading, e.g. "Assets".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * AttestRegisterPage:description:
   *
   * What the records are, below the heading; none when empty.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-register-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestRegisterPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, AttestRegisterPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, AttestRegisterPage, statement_label);
  gtk_widget_class_bind_template_child (widget_class, AttestRegisterPage, register_heading);
  gtk_widget_class_bind_template_child (widget_class, AttestRegisterPage, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, AttestRegisterPage, draft_button);

  gtk_widget_class_install_action (widget_class, "register-page.suggest", NULL, suggest_action);
  gtk_widget_class_install_action (widget_class, "register-page.draft", NULL, draft_action);
}

static void
attest_register_page_init (AttestRegisterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->content = GTK_WIDGET (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register-page.suggest", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register-page.draft", FALSE);
}

/**
 * attest_register_page_new:
 * @workspace: (nullable): the workspace whose records it lists
 * @kind: the kind of record, e.g. "asset"
 *
 * Returns: (transfer full): a new register page
 */
GtkWidget *
attest_register_page_new (AttestWorkspace *workspace,
                          const char      *kind)
{
  return g_object_new (ATTEST_TYPE_REGISTER_PAGE, "workspace", workspace, "kind", kind, NULL);
}
