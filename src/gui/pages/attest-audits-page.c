/* attest-audits-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-audits-page"

#include "config.h"

#include "attest-i18n.h"

#include "attest-audits-page.h"
#include "attest-page.h"
#include "attest-window.h"
#include "attest-register-specs.h"
#include "widgets/attest-record-form.h"
#include "widgets/attest-register.h"
#include "widgets/attest-undo.h"

/* Internal audit (9.2): the audit programme, its form under a line that
 * says its period and who manages it; the audits' register; below it, the
 * chosen audit in short (when, who audits, what it covers), the auditors
 * who would audit their own work said in words, and the audit's findings,
 * which the register's Add starts with the chosen audit. What the audits
 * cover year by year is the Audit coverage page's. Everything is read from
 * attest-auditing.h, as the readiness rules and the audit pack read it. */

struct _AttestAuditsPage
{
  AttestPage     parent_instance;

  GtkWidget     *audits;         /* AttestRegister of audits */
  GtkWidget     *findings;       /* AttestRegister of the chosen audit's */
  GtkWidget     *programme_form;
  GtkWidget     *nonconformity_button;
  GtkWidget     *improvement_button;
  GtkWidget     *finding_refusal;
  AttestRecord  *audit;          /* the chosen one, or NULL */
  guint          update_id;

  /* Template widgets */
  GtkWidget     *content;
  GtkExpander   *programme_expander;
  GtkLabel      *programme_summary;
  GtkWidget     *programme_box;
  GtkWidget     *choose_label;
  GtkWidget     *detail;
  GtkLabel      *audit_heading;
  GtkLabel      *audit_summary;
  GtkLabel      *audit_covers;
  GtkWidget     *conflicts;
  GtkLabel      *conflicts_label;
};

G_DEFINE_FINAL_TYPE (AttestAuditsPage, attest_audits_page, ATTEST_TYPE_PAGE)

#define UPDATE_DELAY_MS 200

static AttestRecord *
get_programme (AttestAuditsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  return workspace != NULL ? attest_workspace_get_singleton (workspace, ATTEST_TYPE_AUDIT_PROGRAMME) : NULL;
}

/* Whether the programme still lacks what the readiness rule asks of it. */
static gboolean
programme_is_unset (AttestRecord *programme)
{
  return !attest_date_is_valid (attest_record_get_string (programme, "period-start"))
         || !attest_date_is_valid (attest_record_get_string (programme, "period-end"))
         || attest_text_is_blank (attest_record_get_string (programme, "methods"));
}

/* The programme in one line: its period, and who manages it. */
static void
update_programme_summary (AttestAuditsPage *self)
{
  AttestRecord *programme = get_programme (self);
  const char *start, *end, *owner;
  g_autoptr(GString) summary = g_string_new (NULL);

  if (programme == NULL)
    return;
  start = attest_record_get_string (programme, "period-start");
  end = attest_record_get_string (programme, "period-end");
  owner = attest_record_get_string (programme, "owner");
  if (attest_date_is_valid (start) && attest_date_is_valid (end))
    {
      g_autofree char *from = attest_i18n_format_stored_date (start);
      g_autofree char *to = attest_i18n_format_stored_date (end);

      /* TRANSLATORS: the audit programme's period, "1 September 2026 to 31 August 2029" */
      g_string_append_printf (summary, _("%1$s to %2$s"), from, to);
    }
  else
    g_string_append (summary, _("No period set yet"));
  g_string_append (summary, " · ");
  if (!attest_text_is_blank (owner))
    /* TRANSLATORS: who manages the audit programme, "Managed by ISMS manager" */
    g_string_append_printf (summary, _("Managed by %s"), owner);
  else
    g_string_append (summary, _("No one named to manage it yet"));
  gtk_label_set_text (self->programme_summary, summary->str);
}

static char *
join_names (AttestWorkspace *workspace,
            GPtrArray       *records)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    {
      g_autofree char *name = attest_record_dup_display_name (workspace, g_ptr_array_index (records, i));

      g_string_append_printf (text, "%s%s", i ? ", " : "", name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* When the audit is, who audits it and how much it found. */
static char *
dup_summary (AttestWorkspace *workspace,
             AttestRecord    *audit)
{
  g_autoptr(GPtrArray) auditors = attest_audit_dup_auditors (workspace, audit);
  g_autoptr(GPtrArray) findings = attest_audit_dup_findings (workspace, audit);
  const char *planned = attest_record_get_string (audit, "planned-date");
  g_autoptr(GString) summary = g_string_new (NULL);

  if (attest_audit_is_held (audit))
    {
      g_autofree char *day = attest_i18n_format_stored_date (attest_record_get_string (audit, "held-on"));

      /* TRANSLATORS: the day an internal audit was held */
      g_string_append_printf (summary, _("Held on %s"), day);
    }
  else if (attest_date_is_valid (planned))
    {
      g_autofree char *day = attest_i18n_format_stored_date (planned);

      /* TRANSLATORS: the day an internal audit is planned for */
      g_string_append_printf (summary, _("Planned for %s"), day);
    }
  else
    g_string_append (summary, _("Not planned for a day yet"));
  g_string_append (summary, " · ");
  if (auditors->len > 0)
    {
      g_autofree char *names = join_names (workspace, auditors);

      /* TRANSLATORS: who audits an internal audit, "Audited by Grace Whitfield" */
      g_string_append_printf (summary, _("Audited by %s"), names);
    }
  else
    g_string_append (summary, _("No auditor named yet"));
  g_string_append (summary, " · ");
  if (findings->len > 0)
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u finding", "%u findings", findings->len),
                            findings->len);
  else
    g_string_append (summary, _("No findings"));
  return g_string_free (g_steal_pointer (&summary), FALSE);
}

static char *
dup_covers (AttestWorkspace *workspace,
            AttestRecord    *audit)
{
  g_autoptr(GPtrArray) covered = attest_audit_dup_covered (workspace, audit);
  g_autoptr(GString) list = g_string_new (NULL);

  if (covered->len == 0)
    return g_strdup (_("Covers nothing yet: list the clauses it covers in its editor, and link the Annex A "
                       "controls it covers."));
  for (guint i = 0; i < covered->len; i++)
    g_string_append_printf (list, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (covered, i));
  /* TRANSLATORS: the clauses and Annex A controls an internal audit covers, "Covers 4, 5, A.5.15, A.8.13" */
  return g_strdup_printf (_("Covers %s"), list->str);
}

/* How many of an audit's conflicts are listed; the rest are counted. */
#define CONFLICTS_LISTED 6

/* Each record an auditor owns in the audited area, in a line of its own,
 * the first few of them. */
static char *
dup_conflicts (AttestWorkspace *workspace,
               GArray          *conflicts)
{
  g_autoptr(GString) text = g_string_new (_("An auditor would audit their own work, and auditors are to be "
                                            "objective and impartial: readiness counts this as a blocker. Choose "
                                            "another auditor, or leave these areas to another audit:"));

  for (guint i = 0; i < MIN (conflicts->len, CONFLICTS_LISTED); i++)
    {
      AttestAuditConflict *conflict = &g_array_index (conflicts, AttestAuditConflict, i);
      g_autofree char *auditor = attest_record_dup_display_name (workspace, conflict->auditor);
      g_autofree char *record = attest_record_dup_display_name (workspace, conflict->record);
      const char *kind = attest_kind_get_label (attest_record_get_kind (conflict->record));

      g_string_append (text, "\n•  ");
      if (attest_record_class_is_singleton (ATTEST_RECORD_GET_CLASS (conflict->record)))
        /* TRANSLATORS: an auditor who owns a record of which there is only
         * one, in the area their audit covers: the auditor, the record's
         * kind, and the clause of the audit it falls under: "Tom Okafor owns
         * the record Audit programme, under 9.2 of this audit" */
        g_string_append_printf (text, _("%1$s owns the record %2$s, under %3$s of this audit"), auditor, kind,
                                conflict->area);
      else
        /* TRANSLATORS: an auditor who owns a record in the area their audit
         * covers: the auditor, the record, its kind, and the clause or
         * control of the audit it falls under: "Tom Okafor owns “Laptop
         * theft” (Risk), under 6 of this audit" */
        g_string_append_printf (text, _("%1$s owns “%2$s” (%3$s), under %4$s of this audit"), auditor, record, kind,
                                conflict->area);
    }
  if (conflicts->len > CONFLICTS_LISTED)
    {
      guint more = conflicts->len - CONFLICTS_LISTED;

      g_string_append (text, "\n•  ");
      /* TRANSLATORS: after the first records an auditor owns in the
       * audited area, how many more there are */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u more record", "and %u more records", more),
                              more);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The chosen finding, when it is a major or minor nonconformity. */
static AttestRecord *
get_nonconformity_finding (AttestAuditsPage *self)
{
  AttestRecord *finding;

  if (self->findings == NULL)
    return NULL;
  finding = attest_record_table_get_selected (attest_register_get_table (ATTEST_REGISTER (self->findings)));
  return finding != NULL && attest_finding_is_nonconformity (finding) ? finding : NULL;
}

/* What a finding leads to, the texts of its button: opened, then not yet. */
typedef struct
{
  const char *label[2];
  const char *accessible[2];
  const char *tooltip[2];
} FindingButton;

static const FindingButton nonconformity_texts = {
  { N_("Show _Nonconformity"), N_("Open a _Nonconformity") },
  /* Read without the mnemonic's underline. */
  { N_("Show Nonconformity"), N_("Open a Nonconformity") },
  { N_("Show the nonconformity this finding opened, on the Nonconformities page"),
    N_("Record the nonconformity this finding raises, to correct it and remove its causes") },
};

static const FindingButton improvement_texts = {
  { N_("Show _Improvement"), N_("Open an _Improvement") },
  { N_("Show Improvement"), N_("Open an Improvement") },
  { N_("Show the improvement this finding raised, on the Improvements page"),
    N_("Record the opportunity for improvement this finding raises, to decide whether to take it up") },
};

/* A finding of a nonconformity opens one (10.2), an opportunity or an
 * observation an improvement (10.1), once; then the button shows it. While
 * the audit is not held the button is off and @refusal says why. */
static void
update_finding_button (AttestAuditsPage    *self,
                       GtkWidget           *button,
                       const char          *action,
                       const FindingButton *texts,
                       AttestRecord        *finding,
                       gboolean             opened,
                       const char          *refusal)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  guint which = opened ? 0 : 1;

  if (button == NULL)
    return;
  gtk_button_set_label (GTK_BUTTON (button), _(texts->label[which]));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(texts->accessible[which]), -1);
  gtk_widget_set_tooltip_text (button, !opened && refusal != NULL ? refusal : _(texts->tooltip[which]));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action,
                                 finding != NULL
                                 && (opened || (refusal == NULL && !attest_workspace_is_read_only (workspace))));
}

static void
update_finding_buttons (AttestAuditsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *finding = self->findings != NULL
                          ? attest_record_table_get_selected (attest_register_get_table (ATTEST_REGISTER (self->findings)))
                          : NULL;
  gboolean nonconformity = finding != NULL && attest_finding_is_nonconformity (finding);
  gboolean opened = finding != NULL && (nonconformity ? attest_finding_get_nonconformity (workspace, finding)
                                                      : attest_finding_get_improvement (workspace, finding)) != NULL;
  g_autofree char *refusal = finding != NULL && !opened ? attest_finding_dup_refusal (workspace, finding) : NULL;

  update_finding_button (self, self->nonconformity_button, "audits-page.nonconformity", &nonconformity_texts,
                         nonconformity ? finding : NULL, nonconformity && opened, refusal);
  update_finding_button (self, self->improvement_button, "audits-page.improvement", &improvement_texts,
                         nonconformity ? NULL : finding, !nonconformity && opened, refusal);
  if (self->finding_refusal == NULL)
    return;
  gtk_label_set_text (GTK_LABEL (self->finding_refusal), refusal != NULL ? refusal : "");
  gtk_widget_set_visible (self->finding_refusal, refusal != NULL);
}

static void
nonconformity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AttestAuditsPage *self = ATTEST_AUDITS_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *finding = get_nonconformity_finding (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  AttestRecord *nonconformity;
  g_autoptr(GError) error = NULL;

  if (finding == NULL)
    return;
  nonconformity = attest_finding_get_nonconformity (workspace, finding);
  if (nonconformity == NULL)
    nonconformity = attest_finding_open_nonconformity (workspace, finding, &error);
  if (nonconformity == NULL)
    {
      attest_toast_report (widget, error->message);
      return;
    }
  update_finding_buttons (self);
  if (ATTEST_IS_WINDOW (root))
    attest_window_show_record (ATTEST_WINDOW (root), nonconformity, NULL);
}

/* The chosen finding, when it is an opportunity for improvement or an
 * observation: what an improvement (10.1) is raised from. */
static AttestRecord *
get_improvement_finding (AttestAuditsPage *self)
{
  AttestRecord *finding;

  if (self->findings == NULL)
    return NULL;
  finding = attest_record_table_get_selected (attest_register_get_table (ATTEST_REGISTER (self->findings)));
  return finding != NULL && !attest_finding_is_nonconformity (finding) ? finding : NULL;
}

static void
improvement_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AttestAuditsPage *self = ATTEST_AUDITS_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *finding = get_improvement_finding (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  AttestRecord *improvement;
  g_autoptr(GError) error = NULL;

  if (finding == NULL)
    return;
  improvement = attest_finding_get_improvement (workspace, finding);
  if (improvement == NULL)
    improvement = attest_finding_open_improvement (workspace, finding, &error);
  if (improvement == NULL)
    {
      attest_toast_report (widget, error->message);
      return;
    }
  update_finding_buttons (self);
  if (ATTEST_IS_WINDOW (root))
    attest_window_show_record (ATTEST_WINDOW (root), improvement, NULL);
}

/* The chosen audit in short, said again after any change. */
static void
update_detail (AttestAuditsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *covers = NULL;
  g_autoptr(GArray) conflicts = NULL;

  update_finding_buttons (self);
  gtk_widget_set_visible (self->detail, self->audit != NULL);
  gtk_widget_set_visible (self->choose_label, self->audit == NULL);
  if (self->audit == NULL || workspace == NULL)
    return;
  title = attest_record_dup_display_name (workspace, self->audit);
  gtk_label_set_text (self->audit_heading, title);
  summary = dup_summary (workspace, self->audit);
  gtk_label_set_text (self->audit_summary, summary);
  covers = dup_covers (workspace, self->audit);
  gtk_label_set_text (self->audit_covers, covers);
  conflicts = attest_audit_dup_conflicts (workspace, self->audit);
  gtk_widget_set_visible (self->conflicts, conflicts->len > 0);
  if (conflicts->len > 0)
    {
      g_autofree char *text = dup_conflicts (workspace, conflicts);

      gtk_label_set_text (self->conflicts_label, text);
    }
}

static gboolean
on_update_timeout_cb (gpointer user_data)
{
  AttestAuditsPage *self = user_data;

  self->update_id = 0;
  update_detail (self);
  return G_SOURCE_REMOVE;
}

/* Any change may change it: an auditor linked, an owner picked, a finding
 * added; said again a moment after, not at every one of a burst. */
static void
on_committed_cb (AttestAuditsPage *self)
{
  if (self->audit != NULL && self->update_id == 0)
    self->update_id = g_timeout_add (UPDATE_DELAY_MS, on_update_timeout_cb, self);
}

static gboolean
is_of_audit (AttestRecord *record,
             gpointer      user_data)
{
  AttestAuditsPage *self = user_data;

  return self->audit != NULL
         && g_str_equal (attest_record_get_string (record, "audit-id"), attest_record_get_id (self->audit));
}

/* A finding added below an audit is that audit's. */
static void
prepare_finding (AttestRecord *finding,
                 gpointer      user_data)
{
  AttestAuditsPage *self = user_data;

  if (self->audit != NULL)
    g_object_set (finding, "audit-id", attest_record_get_id (self->audit), NULL);
}

static void
on_selected_cb (AttestRecordTable *table,
                GParamSpec        *pspec,
                AttestAuditsPage  *self)
{
  AttestRecord *audit = attest_record_table_get_selected (table);

  /* A row left unselected keeps the audit shown, unless it is gone. */
  if (audit == NULL && self->audit != NULL
      && attest_workspace_lookup (attest_page_get_workspace (ATTEST_PAGE (self)),
                                  attest_record_get_id (self->audit)) != NULL)
    return;
  if (!g_set_object (&self->audit, audit))
    return;
  attest_register_set_match_func (ATTEST_REGISTER (self->findings), is_of_audit, self, NULL);
  update_detail (self);
}

static void
on_finding_selected_cb (AttestAuditsPage *self)
{
  update_finding_buttons (self);
}

static gboolean
attest_audits_page_fill (AttestPage *page)
{
  AttestAuditsPage *self = ATTEST_AUDITS_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);
  AttestRecord *programme = get_programme (self);
  gboolean read_only = attest_workspace_is_read_only (workspace);

  if (programme != NULL)
    {
      self->programme_form = attest_record_form_new_full (workspace, programme,
                                                          attest_record_form_get_fields ("audit-programme"), read_only);
      gtk_widget_set_name (self->programme_form, "audit-programme-form");
      gtk_box_append (GTK_BOX (self->programme_box), self->programme_form);
      g_signal_connect_object (programme, "notify", G_CALLBACK (update_programme_summary), self, G_CONNECT_SWAPPED);
      /* Open while it is not set out, so that the first thing to do shows. */
      gtk_expander_set_expanded (self->programme_expander, programme_is_unset (programme));
      update_programme_summary (self);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->programme_expander), programme != NULL);

  self->audits = attest_register_new_for_kind (workspace, "audit");
  gtk_widget_set_size_request (self->audits, -1, 240);
  gtk_widget_insert_before (self->audits, self->content, self->choose_label);
  self->findings = attest_register_new_for_kind (workspace, "audit-finding");
  gtk_widget_set_size_request (self->findings, -1, 260);
  gtk_widget_insert_before (self->findings, self->detail, NULL);
  attest_register_set_match_scopes (ATTEST_REGISTER (self->findings), TRUE);
  attest_register_set_match_func (ATTEST_REGISTER (self->findings), is_of_audit, self, NULL);
  attest_register_set_prepare_func (ATTEST_REGISTER (self->findings), prepare_finding, self);
  /* What a finding of a nonconformity leads to sits with Edit and Delete. */
  self->nonconformity_button = gtk_button_new_with_mnemonic (_("Open a _Nonconformity"));
  gtk_widget_set_name (self->nonconformity_button, "finding-nonconformity");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->nonconformity_button), "audits-page.nonconformity");
  attest_register_add_tool (ATTEST_REGISTER (self->findings), self->nonconformity_button);
  self->improvement_button = gtk_button_new_with_mnemonic (_("Open an _Improvement"));
  gtk_widget_set_name (self->improvement_button, "finding-improvement");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->improvement_button), "audits-page.improvement");
  attest_register_add_tool (ATTEST_REGISTER (self->findings), self->improvement_button);
  /* Why neither opens anything yet, above them, not in a toast that fades. */
  self->finding_refusal = gtk_label_new (NULL);
  gtk_widget_set_name (self->finding_refusal, "finding-refusal");
  gtk_label_set_wrap (GTK_LABEL (self->finding_refusal), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->finding_refusal), 0);
  gtk_widget_set_visible (self->finding_refusal, FALSE);
  gtk_widget_insert_before (self->finding_refusal, self->detail, self->findings);
  g_signal_connect_object (attest_register_get_table (ATTEST_REGISTER (self->findings)), "notify::selected",
                           G_CALLBACK (on_finding_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (attest_register_get_table (ATTEST_REGISTER (self->audits)), "notify::selected",
                           G_CALLBACK (on_selected_cb), self, 0);
  g_signal_connect_object (attest_workspace_get_store (workspace), "committed", G_CALLBACK (on_committed_cb), self,
                           G_CONNECT_SWAPPED);
  update_detail (self);
  return TRUE;
}

static void
attest_audits_page_dispose (GObject *object)
{
  AttestAuditsPage *self = ATTEST_AUDITS_PAGE (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_AUDITS_PAGE);
  g_clear_object (&self->audit);
  self->audits = NULL;
  self->findings = NULL;
  self->programme_form = NULL;
  self->nonconformity_button = NULL;
  self->improvement_button = NULL;
  G_OBJECT_CLASS (attest_audits_page_parent_class)->dispose (object);
}

static void
attest_audits_page_class_init (AttestAuditsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_audits_page_dispose;
  ATTEST_PAGE_CLASS (klass)->fill = attest_audits_page_fill;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-audits-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, content);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, programme_expander);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, programme_summary);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, programme_box);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, choose_label);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, detail);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, audit_heading);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, audit_summary);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, audit_covers);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, conflicts);
  gtk_widget_class_bind_template_child (widget_class, AttestAuditsPage, conflicts_label);

  gtk_widget_class_install_action (widget_class, "audits-page.nonconformity", NULL, nonconformity_action);
  gtk_widget_class_install_action (widget_class, "audits-page.improvement", NULL, improvement_action);
}

static void
attest_audits_page_init (AttestAuditsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audits-page.nonconformity", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audits-page.improvement", FALSE);
}

/**
 * attest_audits_page_select:
 * @self: the internal audit page
 * @record: an audit; a finding, whose audit and row are chosen; or the
 *   audit programme, whose form is opened
 *
 * Shows @record (a readiness finding's, a record shown from elsewhere).
 */
void
attest_audits_page_select (AttestAuditsPage *self,
                           AttestRecord     *record)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *audit = record;

  g_return_if_fail (ATTEST_IS_AUDITS_PAGE (self));
  if (!attest_page_fill (ATTEST_PAGE (self)) || self->audits == NULL)
    return;
  if (ATTEST_IS_AUDIT_PROGRAMME (record))
    {
      GtkWidget *row;

      gtk_expander_set_expanded (self->programme_expander, TRUE);
      row = self->programme_form != NULL
            ? attest_record_form_get_row (ATTEST_RECORD_FORM (self->programme_form), "period-start") : NULL;
      if (row == NULL)
        return;
      /* In the field, its day not selected: a key pressed by the way
       * must not replace it. */
      gtk_widget_grab_focus (row);
      if (GTK_IS_EDITABLE (row))
        gtk_editable_set_position (GTK_EDITABLE (row), -1);
      return;
    }
  if (ATTEST_IS_AUDIT_FINDING (record))
    audit = attest_workspace_lookup (workspace, attest_record_get_string (record, "audit-id"));
  if (audit == NULL || !attest_register_select_record (ATTEST_REGISTER (self->audits), audit))
    return;
  /* The keyboard on the row shown, not in a form above it. */
  if (!ATTEST_IS_AUDIT_FINDING (record) || !attest_register_show_record (ATTEST_REGISTER (self->findings), record))
    attest_register_show_record (ATTEST_REGISTER (self->audits), audit);
}

/**
 * attest_audits_page_new:
 * @workspace: (nullable): the workspace whose audits it shows
 *
 * Returns: (transfer full): a new internal audit page
 */
GtkWidget *
attest_audits_page_new (AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_AUDITS_PAGE, "workspace", workspace, NULL);
}
