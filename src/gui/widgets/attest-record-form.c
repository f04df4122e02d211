/* attest-record-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-record-form"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "attest-field-binding.h"
#include "attest-picker-row.h"
#include "attest-drop-down.h"
#include "attest-record-form.h"

/* One row per field, chosen by the field's type: text in an entry row, a
 * choice in a combo row, a yes/no in a switch row, a list of texts in an
 * entry row separated by semicolons. Labels come from the core's field
 * labels, so a field reads the same in every form, table and finding. Every
 * change saves at once (text when typing pauses). Once validated, the form
 * keeps its problems up to date beside their fields as the user fixes them. */

struct _AttestRecordForm
{
  GtkWidget     parent_instance;

  AttestRecord *record;
  AttestWorkspace *workspace;
  GtkWidget    *list;
  GHashTable   *rows;      /* field -> row */
  GHashTable   *errors;    /* field -> GtkLabel beside the row's value */
  GHashTable   *problems;  /* field -> message, as last validated */
  gboolean      validating;
};

G_DEFINE_FINAL_TYPE (AttestRecordForm, attest_record_form, GTK_TYPE_WIDGET)

/* The fields a form shows for each kind, in order: the same in a register's
 * editor, a page and the guided setup. */
static const char * const organisation_fields[] = { "name", "short-name", "sector", "size", "headquarters", "locations",
                                                    "certification-target", "classification", NULL };
static const char * const issue_fields[] = { "title", "description", "origin", "category", "effect", "treatment", NULL };
static const char * const party_fields[] = { "name", "kind", "relevance", NULL };
static const char * const requirement_fields[] = { "party-id", "text", "kind", "addressed", "how-addressed",
                                                   "climate-related", NULL };
static const char * const scope_item_fields[] = { "kind", "name", "description", "justification", NULL };
static const char * const asset_fields[] = { "name", "kind", "owner", "location", "classification",
                                             "confidentiality", "integrity", "availability", NULL };
static const char * const threat_fields[] = { "name", "description", NULL };
static const char * const risk_fields[] = { "title", "description", "threat-id", "vulnerability-id", "owner",
                                            "likelihood", "impact", "existing-controls", "treatment",
                                            "residual-likelihood", "residual-impact", "review-date", NULL };
static const char * const action_fields[] = { "risk-id", "title", "owner", "due-date", "status", "completed-date", NULL };
static const char * const objective_fields[] = { "title", "measure", "target", "due-date", "owner", "status",
                                                  "resources", "evaluation", NULL };
static const char * const change_fields[] = { "title", "reason", "owner", "planned-date", "status", "consequences",
                                               "reviewed-on", NULL };
static const char * const resource_fields[] = { "title", "kind", "purpose", "provider", "needed-by", "status",
                                                 "provided-on", NULL };
static const char * const communication_fields[] = { "title", "audience", "communicator", "method", "frequency",
                                                      "last-on", "next-due", NULL };
static const char * const role_fields[] = { "title", "top-management", "conformity", "reporting", "responsibilities",
                                             "authorities", "communicated", "communicated-on", NULL };
static const char * const person_fields[] = { "name", "position", "staff-group", "contact", NULL };
static const char * const competence_fields[] = { "title", "description", NULL };
static const char * const qualification_fields[] = { "person-id", "competence-id", "status", "kind", "action",
                                                      "due-date", "obtained-on", "expires-on", "evidence", "effective",
                                                      NULL };
static const char * const commitment_fields[] = { "item", "evidence", "shown-on", NULL };
static const char * const provider_fields[] = { "name", "provides", "owner", "agreement", "last-review",
                                                 "next-review", NULL };
static const char * const policy_fields[] = { "text", "owner", "classification", "communicated-to", "communicated-how",
                                               "communicated-on", "available-to-parties", "available-how",
                                               "next-review", NULL };
static const char * const topic_policy_fields[] = { "title", "owner", "version", "approved-on", "next-review",
                                                     "location", NULL };
static const char * const process_fields[] = { "name", "purpose", "owner", "inputs", "outputs", "runs-every",
                                                "runs-unit", "last-run", "criteria", "criteria-check", "records-kept",
                                                NULL };
static const char * const metric_fields[] = { "name", "measure", "method", "measured-every", "measured-unit", "owner",
                                               "analysed-by", "analysis", "target", "direction", "unit", NULL };
static const char * const measurement_fields[] = { "metric-id", "date", "value", "note", "evidence", NULL };
static const char * const audit_programme_fields[] = { "period-start", "period-end", "frequency", "methods",
                                                        "responsibilities", "planning", "reporting", "owner", NULL };
static const char * const audit_fields[] = { "title", "scope", "criteria", "clauses", "auditees", "planned-date",
                                              "held-on", "report", "report-reference", NULL };
static const char * const audit_finding_fields[] = { "audit-id", "type", "requirement", "description", "evidence",
                                                      NULL };
static const char * const nonconformity_fields[] = { "title", "source", "finding-id", "requirement", "reported-on",
                                                     "description", "owner", "correction", "consequences", "causes",
                                                     "similar", "reviewed-on", "reviewed-by-id", "effectiveness",
                                                     "review-note", "changes", NULL };
static const char * const corrective_action_fields[] = { "nonconformity-id", "title", "description", "owner",
                                                         "due-date", "done-on", NULL };
static const char * const improvement_fields[] = { "title", "source", "finding-id", "description", "raised-on",
                                                   "decision", "rationale", "owner", "due-date", "status", "done-on",
                                                   NULL };
/* A management review's decisions are written on its page as well as in
 * its editor; an input's comment is written on the page, under what the
 * workspace showed (its summary, which only "Prepare Inputs" writes). */
/* Not "since": Prepare Inputs writes it, the day of the previous review,
 * and the page shows it; typed by hand it would say something other than
 * what the inputs counted. */
static const char * const management_review_fields[] = { "title", "planned-date", "held-on", "minutes-reference",
                                                         "improvement-decisions", "change-decisions", NULL };
static const char * const review_input_fields[] = { "comment", NULL };
static const char * const review_action_fields[] = { "review-id", "title", "owner", "due-date", "status", "done-on",
                                                     NULL };
static const char * const awareness_fields[] = { "title", "all-staff", "groups", "held-on", "given-by", "attendance",
                                                  NULL };
static const char * const document_fields[] = { "identifier", "title", "version", "owner", "location", "retention",
                                                 "approved-by", "approved-on", "next-review", "classification",
                                                 "mandatory-items", NULL };

static const struct
{
  const char         *kind;
  const char * const *fields;
} kind_fields[] = {
  { "organisation", organisation_fields },
  { "context-issue", issue_fields },
  { "interested-party", party_fields },
  { "requirement", requirement_fields },
  { "scope-item", scope_item_fields },
  { "asset", asset_fields },
  { "threat", threat_fields },
  { "vulnerability", threat_fields },
  { "risk", risk_fields },
  { "treatment-action", action_fields },
  { "document", document_fields },
  { "objective", objective_fields },
  { "planned-change", change_fields },
  { "resource", resource_fields },
  { "communication", communication_fields },
  { "role", role_fields },
  { "person", person_fields },
  { "awareness", awareness_fields },
  { "competence", competence_fields },
  { "qualification", qualification_fields },
  { "provider", provider_fields },
  { "process", process_fields },
  { "metric", metric_fields },
  { "measurement", measurement_fields },
  { "audit-programme", audit_programme_fields },
  { "audit", audit_fields },
  { "audit-finding", audit_finding_fields },
  { "nonconformity", nonconformity_fields },
  { "corrective-action", corrective_action_fields },
  { "management-review", management_review_fields },
  { "review-input", review_input_fields },
  { "review-action", review_action_fields },
  { "improvement", improvement_fields },
  { "policy", policy_fields },
  { "topic-policy", topic_policy_fields },
  { "commitment", commitment_fields },
};

/* A number and its unit, edited in one row: "Runs every [3] [months]". */
static const struct
{
  const char *kind;
  const char *number;
  const char *unit;
  int         no_number;   /* the unit's value for which the number means nothing */
} paired[] = {
  { "process", "runs-every", "runs-unit", ATTEST_CADENCE_WHEN_NEEDED },
  { "metric", "measured-every", "measured-unit", ATTEST_CADENCE_WHEN_NEEDED },
};

enum { VALIDATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void sync_row (AttestRecordForm *self, const char *field);
static void show_problem (AttestRecordForm *self, const char *field, const char *message);

/* The pair @field is the number or (@unit_side) the unit of, or -1. */
static int
find_pair (AttestRecord *record,
           const char   *field,
           gboolean      unit_side)
{
  for (guint i = 0; i < G_N_ELEMENTS (paired); i++)
    if (g_str_equal (paired[i].kind, attest_record_get_kind (record))
        && g_str_equal (unit_side ? paired[i].unit : paired[i].number, field))
      return (int) i;
  return -1;
}

/* Sets an enum field to the value at @selected in its choices (the enum's
 * values in order); returns whether that changed it. */
static gboolean
set_enum_choice (AttestRecordForm *self,
                 const char       *field,
                 guint             selected)
{
  GParamSpec *ps = g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), field);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (ps->value_type);

  if (selected >= enum_class->n_values
      || attest_record_get_enum (self->record, field) == enum_class->values[selected].value)
    return FALSE;
  g_object_set (self->record, field, enum_class->values[selected].value, NULL);
  return TRUE;
}

static void
on_combo_selected_cb (AdwComboRow *row,
                      GParamSpec  *pspec,
                      AttestRecordForm *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");

  /* An action just done was done today, unless the form says when. */
  if (set_enum_choice (self, field, adw_combo_row_get_selected (row))
      && ATTEST_IS_TREATMENT_ACTION (self->record) && g_str_equal (field, "status"))
    attest_treatment_action_fill_completed (self->record);
}

static void
on_reference_selected_cb (AdwComboRow      *row,
                          GParamSpec       *pspec,
                          AttestRecordForm *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint selected = adw_combo_row_get_selected (row);

  if (selected < ids->len
      && g_strcmp0 (attest_record_get_string (self->record, field), g_ptr_array_index (ids, selected)) != 0)
    g_object_set (self->record, field, g_ptr_array_index (ids, selected), NULL);
}

/* A row to choose one of @n_choices: a long list searched in a picker
 * (AttestPickerRow), a short one a combo row; either shows the choice in
 * full under the field's name, not cut short beside it. */
#define PICKER_THRESHOLD 10

static GtkWidget *
choice_row_new (guint n_choices)
{
  GtkWidget *row;

  if (n_choices > PICKER_THRESHOLD)
    return attest_picker_row_new ();
  row = adw_combo_row_new ();
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  return row;
}

/* A record to choose in a reference row by its name; an audit finding,
 * which has none, by its audit, its type and its clause or control, so
 * that a nonconformity says which audit and finding it came from. */
static char *
dup_target_name (AttestWorkspace *workspace,
                 AttestRecord    *target)
{
  AttestRecord *audit;
  g_autofree char *audit_name = NULL;
  const char *type;

  if (!ATTEST_IS_AUDIT_FINDING (target))
    return attest_record_dup_display_name (workspace, target);
  audit = attest_workspace_lookup (workspace, attest_record_get_string (target, "audit-id"));
  audit_name = audit != NULL ? attest_record_dup_display_name (workspace, audit) : g_strdup ("");
  type = attest_enum_get_label (ATTEST_TYPE_FINDING_TYPE, attest_record_get_enum (target, "type"));
  /* TRANSLATORS: an audit finding chosen in a form: the audit, the kind of
   * finding and the clause or control, "Internal audit 1: Minor
   * nonconformity, A.5.15" */
  return g_strdup_printf (_("%1$s: %2$s, %3$s"), audit_name, type, attest_record_get_string (target, "requirement"));
}

/* A field that holds another record's id: chosen by that record's name. */
static GtkWidget *
build_reference_row (AttestRecordForm  *self,
                     const AttestField *field,
                     gboolean           read_only)
{
  GListModel *targets = attest_workspace_get_records (self->workspace, attest_record_kind_lookup (field->references));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *current = attest_record_get_string (self->record, field->pspec->name);
  GtkWidget *row = choice_row_new (g_list_model_get_n_items (targets) + ((field->flags & ATTEST_FIELD_OPTIONAL) ? 1 : 0));
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_object_set_data_full (G_OBJECT (row), "ids", ids, (GDestroyNotify) g_ptr_array_unref);
  if (field->flags & ATTEST_FIELD_OPTIONAL)
    {
      gtk_string_list_append (names, C_("reference", "None"));
      g_ptr_array_add (ids, g_strdup (""));
      if (*current == '\0')
        selected = 0;
    }
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(AttestRecord) target = g_list_model_get_item (targets, i);
      g_autofree char *name = dup_target_name (self->workspace, target);

      gtk_string_list_append (names, name);
      g_ptr_array_add (ids, g_strdup (attest_record_get_id (target)));
      if (g_str_equal (attest_record_get_id (target), current))
        selected = ids->len - 1;
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_object_set_data_full (G_OBJECT (row), "field", g_strdup (field->pspec->name), g_free);
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  else if (ids->len > 0)
    g_object_set (self->record, field->pspec->name, g_ptr_array_index (ids, 0), NULL);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_reference_selected_cb), self);
  gtk_widget_set_sensitive (row, !read_only);
  return row;
}

static gboolean
same_strings (GListModel *a,
              GListModel *b)
{
  if (a == NULL || g_list_model_get_n_items (a) != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (a), i),
                   gtk_string_list_get_string (GTK_STRING_LIST (b), i)) != 0)
      return FALSE;
  return TRUE;
}

/* The owner (5.3): one of the ISMS's roles and people, searched by name; a
 * name the list lacks is added as a person. The record keeps whom it
 * chose by id and shows their name (attest-owner.c). */
static void
fill_owner_choices (AttestRecordForm *self,
                    GtkWidget        *row)
{
  g_autoptr(GPtrArray) parties = attest_workspace_dup_parties (self->workspace);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  AttestRecord *owner = attest_workspace_get_owner (self->workspace, self->record);
  const char *typed = attest_record_get_string (self->record, ATTEST_OWNER_NAME_FIELD);
  guint selected = 0;

  gtk_string_list_append (names, C_("owner", "No owner"));
  g_ptr_array_add (ids, g_strdup (""));
  if (owner == NULL && !attest_text_is_blank (typed))
    {
      /* Typed before owners were picked, and no one's: kept as it is
       * until another owner is chosen. */
      gtk_string_list_append (names, typed);
      g_ptr_array_add (ids, NULL);
      selected = 1;
    }
  for (guint i = 0; i < parties->len; i++)
    {
      AttestRecord *party = g_ptr_array_index (parties, i);
      g_autofree char *label = attest_party_dup_label (party);

      gtk_string_list_append (names, label);
      g_ptr_array_add (ids, g_strdup (attest_record_get_id (party)));
      if (party == owner)
        selected = ids->len - 1;
    }
  g_object_set_data (G_OBJECT (row), "building", GINT_TO_POINTER (TRUE));
  g_object_set_data_full (G_OBJECT (row), "ids", ids, (GDestroyNotify) g_ptr_array_unref);
  /* The same list (the owner chosen, not the people changed): only the
   * choice moves, and the row is not rebuilt under the user's hand. */
  if (!same_strings (adw_combo_row_get_model (ADW_COMBO_ROW (row)), G_LIST_MODEL (names)))
    adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) != selected)
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "building", NULL);
}

/* The workspace names a record's owner once it holds the record; a new
 * record, not saved yet, is given the name here. */
static void
set_owner (AttestRecordForm *self,
           AttestRecord     *party)
{
  const AttestField *owner = attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (self->record));
  g_autofree char *label = NULL;

  if (party == NULL)
    return;
  if (attest_workspace_lookup (self->workspace, attest_record_get_id (self->record)) == self->record)
    {
      g_object_set (self->record, owner->pspec->name, attest_record_get_id (party), NULL);
      return;
    }
  label = attest_party_dup_label (party);
  g_object_set (self->record, owner->pspec->name, attest_record_get_id (party), ATTEST_OWNER_NAME_FIELD, label, NULL);
}

static void
on_owner_selected_cb (AdwComboRow      *row,
                      GParamSpec       *pspec,
                      AttestRecordForm *self)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint selected = adw_combo_row_get_selected (row);
  const AttestField *owner = attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (self->record));
  const char *id;
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (row), "building") != NULL || ids == NULL || selected >= ids->len
      || (id = g_ptr_array_index (ids, selected)) == NULL)
    return;
  if (*id != '\0')
    {
      if (!g_str_equal (attest_record_get_string (self->record, owner->pspec->name), id))
        set_owner (self, attest_workspace_lookup (self->workspace, id));
      return;
    }
  if (attest_record_get_string (self->record, owner->pspec->name)[0] == '\0'
      && attest_record_get_string (self->record, ATTEST_OWNER_NAME_FIELD)[0] == '\0')
    return;
  /* No owner: the id and the name go together, one edit to undo. */
  if (attest_workspace_begin (self->workspace, &error))
    {
      g_object_set (self->record, owner->pspec->name, "", ATTEST_OWNER_NAME_FIELD, "", NULL);
      attest_workspace_commit (self->workspace, &error);
    }
  if (error != NULL)
    show_problem (self, ATTEST_OWNER_NAME_FIELD, error->message);
}

/* A name the list lacks: a new person of the ISMS, at once the owner. One
 * change: Undo takes both back. */
static void
on_owner_add_cb (AttestPickerRow  *row,
                 const char       *name,
                 AttestRecordForm *self)
{
  g_autoptr(AttestRecord) person = g_object_new (ATTEST_TYPE_PERSON, "name", name, NULL);
  g_autoptr(GError) error = NULL;

  if (!attest_workspace_begin (self->workspace, &error))
    {
      show_problem (self, ATTEST_OWNER_NAME_FIELD, error->message);
      return;
    }
  if (!attest_workspace_add (self->workspace, person, &error))
    {
      attest_workspace_rollback (self->workspace);
      show_problem (self, ATTEST_OWNER_NAME_FIELD, error->message);
      return;
    }
  set_owner (self, person);
  if (!attest_workspace_commit (self->workspace, &error))
    show_problem (self, ATTEST_OWNER_NAME_FIELD, error->message);
}

static void
refill_owner (AttestRecordForm *self)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, ATTEST_OWNER_NAME_FIELD);

  if (row != NULL && g_object_get_data (G_OBJECT (row), "owner-row") != NULL)
    fill_owner_choices (self, row);
}

static void
on_parties_changed_cb (GListModel       *model,
                       guint             position,
                       guint             removed,
                       guint             added,
                       AttestRecordForm *self)
{
  refill_owner (self);
}

static GtkWidget *
build_owner_row (AttestRecordForm *self,
                 gboolean          read_only)
{
  GtkWidget *row = attest_picker_row_new ();

  /* TRANSLATORS: the button under the search of an owner's list; %s is
   * the name searched for */
  attest_picker_row_set_add_format (ATTEST_PICKER_ROW (row), _("Add “%s” as a person"));
  g_object_set_data (G_OBJECT (row), "owner-row", GINT_TO_POINTER (TRUE));
  g_hash_table_insert (self->rows, g_strdup (ATTEST_OWNER_NAME_FIELD), row);
  fill_owner_choices (self, row);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_owner_selected_cb), self);
  g_signal_connect (row, "add", G_CALLBACK (on_owner_add_cb), self);
  g_signal_connect_object (attest_workspace_get_records (self->workspace, ATTEST_TYPE_PERSON), "items-changed",
                           G_CALLBACK (on_parties_changed_cb), self, 0);
  g_signal_connect_object (attest_workspace_get_records (self->workspace, ATTEST_TYPE_ROLE), "items-changed",
                           G_CALLBACK (on_parties_changed_cb), self, 0);
  gtk_widget_set_sensitive (row, !read_only);
  return row;
}

static void
on_spin_changed_cb (GtkSpinButton    *spin,
                    AttestRecordForm *self)
{
  const char *field = g_object_get_data (G_OBJECT (spin), "field");
  int value = gtk_spin_button_get_value_as_int (spin);

  if (attest_record_get_int (self->record, field) != value)
    g_object_set (self->record, field, value, NULL);
}

static void
on_unit_selected_cb (GtkDropDown      *unit,
                     GParamSpec       *pspec,
                     AttestRecordForm *self)
{
  set_enum_choice (self, g_object_get_data (G_OBJECT (unit), "field"), gtk_drop_down_get_selected (unit));
}

/* The unit of a pair, as a drop-down beside the number in its row. */
static void
add_unit (AttestRecordForm *self,
          GtkWidget        *row,
          int               pair,
          gboolean          read_only)
{
  const char *field = paired[pair].unit;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), field);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *unit;

  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (choices, attest_enum_get_label (pspec->value_type, enum_class->values[i].value));
  unit = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL);
  gtk_widget_set_name (unit, field);
  gtk_widget_set_valign (unit, GTK_ALIGN_CENTER);
  attest_drop_down_set_label (GTK_DROP_DOWN (unit), attest_field_get_label (attest_record_get_kind (self->record), field));
  g_object_set_data_full (G_OBJECT (unit), "field", g_strdup (field), g_free);
  g_object_set_data (G_OBJECT (row), "unit", unit);
  if (read_only)
    g_object_set_data (G_OBJECT (row), "read-only", GINT_TO_POINTER (TRUE));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unit);
  g_hash_table_insert (self->rows, g_strdup (field), row);
  sync_row (self, field);
  g_signal_connect (unit, "notify::selected", G_CALLBACK (on_unit_selected_cb), self);
  gtk_widget_set_sensitive (unit, !read_only);
}

static void
on_scale_selected_cb (AdwComboRow      *row,
                      GParamSpec       *pspec,
                      AttestRecordForm *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");
  guint selected = adw_combo_row_get_selected (row);

  if (selected != GTK_INVALID_LIST_POSITION && attest_record_get_int (self->record, field) != (int) selected)
    g_object_set (self->record, field, (int) selected, NULL);
}

static void
on_switch_active_cb (GtkSwitch        *toggle,
                     GParamSpec       *pspec,
                     AttestRecordForm *self)
{
  const char *field = g_object_get_data (G_OBJECT (toggle), "field");
  gboolean active = gtk_switch_get_active (toggle);

  if (attest_record_get_boolean (self->record, field) != active)
    g_object_set (self->record, field, active, NULL);
}

static char *
join_list (AttestRecord *record,
           const char   *field)
{
  return g_strjoinv ("; ", (char **) attest_record_get_strv (record, field));
}

static void
save_list (AttestRecordForm *self,
           GtkEditable      *editable)
{
  const char *field = g_object_get_data (G_OBJECT (editable), "field");
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) list = NULL;

  /* Only what the user typed is saved: a row that merely loses focus (its
   * form rebuilt after a preset, say) must not write its old text back. */
  if (g_object_get_data (G_OBJECT (editable), "edited") == NULL)
    return;
  g_object_set_data (G_OBJECT (editable), "edited", NULL);
  parts = g_strsplit (gtk_editable_get_text (editable), ";", -1);
  builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  list = g_strv_builder_end (builder);
  if (!g_strv_equal ((const char * const *) list, attest_record_get_strv (self->record, field)))
    g_object_set (self->record, field, list, NULL);
}

static void
on_list_focus_leave_cb (GtkEventControllerFocus *controller,
                        AttestRecordForm        *self)
{
  GtkWidget *editable = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "timeout"));

  if (id != 0)
    {
      g_source_remove (id);
      g_object_set_data (G_OBJECT (editable), "timeout", NULL);
    }
  save_list (self, GTK_EDITABLE (editable));
}

static gboolean
on_list_timeout_cb (gpointer data)
{
  GtkEditable *editable = data;
  AttestRecordForm *self = g_object_get_data (G_OBJECT (editable), "form");

  g_object_set_data (G_OBJECT (editable), "timeout", NULL);
  save_list (self, editable);
  return G_SOURCE_REMOVE;
}

/* attest_field_flush() of a list's row: what is typed, saved now. */
static void
flush_list (gpointer widget)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "timeout"));
  AttestRecordForm *self = g_object_get_data (G_OBJECT (widget), "form");

  if (id == 0 || self == NULL)
    return;
  g_source_remove (id);
  g_object_set_data (G_OBJECT (widget), "timeout", NULL);
  save_list (self, GTK_EDITABLE (widget));
}

/* Like the other text fields: saved when typing pauses. */
static void
on_list_changed_cb (GtkEditable      *editable,
                    AttestRecordForm *self)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "timeout"));

  if (id != 0)
    g_source_remove (id);
  g_object_set_data (G_OBJECT (editable), "edited", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (editable), "form", self);
  id = g_timeout_add_full (G_PRIORITY_DEFAULT, ATTEST_FIELD_SAVE_DELAY_MS, on_list_timeout_cb,
                           g_object_ref (editable), g_object_unref);
  g_object_set_data (G_OBJECT (editable), "timeout", GUINT_TO_POINTER (id));
}

static void
sync_row (AttestRecordForm *self,
          const char       *field)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, field);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), field);

  if (g_str_equal (field, ATTEST_OWNER_NAME_FIELD) || g_str_equal (field, "owner-id"))
    {
      refill_owner (self);
      return;
    }
  if (row == NULL || pspec == NULL)
    return;
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);
      int value = attest_record_get_enum (self->record, field);

      GtkDropDown *unit = g_object_get_data (G_OBJECT (row), "unit");
      int pair = find_pair (self->record, field, TRUE);

      for (guint i = 0; i < enum_class->n_values; i++)
        {
          if (enum_class->values[i].value != value)
            continue;
          if (unit != NULL && gtk_drop_down_get_selected (unit) != i)
            gtk_drop_down_set_selected (unit, i);
          else if (unit == NULL && adw_combo_row_get_selected (ADW_COMBO_ROW (row)) != i)
            adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
        }
      /* "When needed" takes no number. */
      if (unit != NULL && pair >= 0)
        gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "spin"),
                                  g_object_get_data (G_OBJECT (row), "read-only") == NULL
                                  && value != paired[pair].no_number);
    }
  else if (G_IS_PARAM_SPEC_INT (pspec) && ADW_IS_COMBO_ROW (row))
    {
      int value = attest_record_get_int (self->record, field);
      guint n = g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row)));

      /* A rating beyond the scale (after the method shrank) shows as not
       * rated until the user picks again; the record keeps its value. */
      if (value >= 0 && (guint) value < n && adw_combo_row_get_selected (ADW_COMBO_ROW (row)) != (guint) value)
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), value);
    }
  else if (G_IS_PARAM_SPEC_INT (pspec) && g_object_get_data (G_OBJECT (row), "spin") != NULL)
    {
      GtkSpinButton *spin = g_object_get_data (G_OBJECT (row), "spin");

      if (gtk_spin_button_get_value_as_int (spin) != attest_record_get_int (self->record, field))
        gtk_spin_button_set_value (spin, attest_record_get_int (self->record, field));
    }
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    {
      GtkSwitch *toggle = g_object_get_data (G_OBJECT (row), "switch");

      if (gtk_switch_get_active (toggle) != attest_record_get_boolean (self->record, field))
        gtk_switch_set_active (toggle, attest_record_get_boolean (self->record, field));
    }
}

static void
show_problem (AttestRecordForm *self,
              const char       *field,
              const char       *message)
{
  GtkWidget *label = g_hash_table_lookup (self->errors, field);
  GtkWidget *row = g_hash_table_lookup (self->rows, field);

  if (label == NULL)
    return;
  gtk_label_set_text (GTK_LABEL (label), message ? message : "");
  gtk_widget_set_visible (label, message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* The choices of a rating follow the method: a step renamed, added or
 * taken away shows at once in every open form. */
static void
refresh_scales (AttestRecordForm *self)
{
  GHashTableIter iter;
  gpointer field, row;

  if (self->workspace == NULL)
    return;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &field, &row))
    {
      g_auto(GStrv) scale = NULL;
      GListModel *model;
      gboolean same;

      if (g_object_get_data (G_OBJECT (row), "scale") == NULL
          || (scale = attest_risks_dup_scale (self->workspace, self->record, field)) == NULL)
        continue;
      model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
      same = g_list_model_get_n_items (model) == g_strv_length (scale);
      for (guint i = 0; same && scale[i] != NULL; i++)
        same = g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), scale[i]);
      if (same)
        continue;
      {
        g_autoptr(GtkStringList) choices = gtk_string_list_new ((const char * const *) scale);

        g_signal_handlers_block_by_func (row, on_scale_selected_cb, self);
        adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
        sync_row (self, field);
        g_signal_handlers_unblock_by_func (row, on_scale_selected_cb, self);
      }
    }
}

static void
on_workspace_record_changed_cb (AttestWorkspace  *workspace,
                                AttestRecord     *record,
                                const char       *field,
                                AttestRecordForm *self)
{
  if (record != self->record && ATTEST_IS_RISK_METHOD (record))
    refresh_scales (self);
  /* A person renamed, a role retitled: the list says so. */
  if (record != self->record && attest_record_is_party (record) && attest_party_is_label_field (record, field))
    refill_owner (self);
}

static void
on_record_notify_cb (AttestRecord     *record,
                     GParamSpec       *pspec,
                     AttestRecordForm *self)
{
  refresh_scales (self);
  sync_row (self, pspec->name);
  if (self->validating)
    attest_record_form_validate (self);
}

static GtkWidget *
add_error_label (AttestRecordForm *self,
                 GtkWidget        *row,
                 const char       *field)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_visible (label, FALSE);
  g_hash_table_insert (self->errors, g_strdup (field), label);
  return label;
}

/* A row whose focus is its text: a form focusing its first field, or the
 * field with a problem, types into it. */
#define ATTEST_TYPE_PROSE_ROW (attest_prose_row_get_type ())
G_DECLARE_FINAL_TYPE (AttestProseRow, attest_prose_row, ATTEST, PROSE_ROW, AdwPreferencesRow)

struct _AttestProseRow
{
  AdwPreferencesRow parent_instance;
  GtkWidget        *view;
};

G_DEFINE_FINAL_TYPE (AttestProseRow, attest_prose_row, ADW_TYPE_PREFERENCES_ROW)

static gboolean
attest_prose_row_grab_focus (GtkWidget *widget)
{
  AttestProseRow *self = ATTEST_PROSE_ROW (widget);

  return self->view != NULL && gtk_widget_grab_focus (self->view);
}

static void
attest_prose_row_class_init (AttestProseRowClass *klass)
{
  GTK_WIDGET_CLASS (klass)->grab_focus = attest_prose_row_grab_focus;
}

static void
attest_prose_row_init (AttestProseRow *self)
{
}

static gboolean
is_prose (AttestRecordForm *self,
          const char       *field)
{
  const AttestField *decl = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (self->record), field);

  return decl != NULL && (decl->flags & ATTEST_FIELD_PROSE);
}

/* A text of paragraphs on several lines: the field's title above, as an
 * entry row shows it, the text under it growing with what is typed, its
 * problem under that. Enter starts a new line; Tab goes on. */
static GtkWidget *
prose_row_new (AttestRecordForm *self,
               const char       *field,
               const char       *label,
               gboolean          read_only)
{
  GtkWidget *row = g_object_new (ATTEST_TYPE_PROSE_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = attest_prose_view_new (label, !read_only);
  GtkWidget *error;

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "subtitle");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_set_size_request (view, -1, 56);
  gtk_widget_set_name (view, "prose");
  /* The policy's text, pages long, scrolls in a box of its own. (Not
   * every text: GTK 4.8 leaves a narrow window unallocated for a frame
   * when scrolled boxes that follow their text's height sit in the
   * setup's wrapped forms.) */
  if (g_str_equal (attest_record_get_kind (self->record), "policy"))
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 260);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
      gtk_frame_set_child (GTK_FRAME (frame), scroller);
    }
  else
    gtk_frame_set_child (GTK_FRAME (frame), view);
  attest_bind_text_view (GTK_TEXT_VIEW (view), self->record, field);
  g_object_set_data_full (G_OBJECT (row), "field", g_strdup (field), g_free);
  g_object_set_data (G_OBJECT (row), "view", view);
  error = add_error_label (self, row, field);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (error), -1);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), error);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* Tab goes into the text at once. */
  gtk_widget_set_focusable (row, FALSE);
  ATTEST_PROSE_ROW (row)->view = view;
  g_hash_table_insert (self->rows, g_strdup (field), row);
  return row;
}

/* A date field: its format where the user types, checked as typed, and a
 * calendar beside it. The check is the field's own rule
 * (attest_field_check_value()), the one CSV and JSON imports apply. */
static void
check_date (AttestRecordForm *self,
            GtkEditable      *row,
            gboolean          leaving)
{
  const char *field = g_object_get_data (G_OBJECT (row), "field");
  const AttestField *decl = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (self->record), field);
  const char *text = gtk_editable_get_text (row);
  g_auto(GValue) value = G_VALUE_INIT;
  const char *message;
  int item;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  message = attest_field_check_value (decl, &value, &item);
  /* Half a date is not wrong yet: it is judged once it is as long as a
   * date, or when the user leaves it. */
  if (message != NULL && !leaving && strlen (text) < strlen ("2027-06-30"))
    return;
  if (message != NULL)
    g_hash_table_replace (self->problems, g_strdup (field), g_strdup (message));
  else if (g_hash_table_contains (self->problems, field))
    g_hash_table_remove (self->problems, field);
  show_problem (self, field, message);
}

static void
on_date_changed_cb (GtkEditable      *row,
                    AttestRecordForm *self)
{
  check_date (self, row, FALSE);
}

static void
on_date_focus_leave_cb (GtkEventControllerFocus *controller,
                        AttestRecordForm        *self)
{
  check_date (self, GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))), TRUE);
}

/* The day picked goes into the field, saved as any edit is. */
static void
pick_date (GtkCalendar *calendar)
{
  AttestRecordForm *self = g_object_get_data (G_OBJECT (calendar), "form");
  GtkEditable *row = g_object_get_data (G_OBJECT (calendar), "row");
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (g_object_get_data (G_OBJECT (calendar), "syncing") != NULL || self == NULL)
    return;
  date = gtk_calendar_get_date (calendar);
  text = g_date_time_format (date, "%Y-%m-%d");
  gtk_editable_set_text (row, text);
  /* Saved now, not when typing would pause: the user did not type. */
  if (g_strcmp0 (attest_record_get_string (self->record, g_object_get_data (G_OBJECT (row), "field")), text) != 0)
    g_object_set (self->record, g_object_get_data (G_OBJECT (row), "field"), text, NULL);
  check_date (self, row, TRUE);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
}

static void
on_day_selected_cb (GtkCalendar *calendar)
{
  pick_date (calendar);
}

/* A click on the day already chosen picks it too (the calendar says
 * nothing then): today, for a field still empty. */
static void
on_calendar_released_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         GtkCalendar     *calendar)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (calendar), x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number")
      && !gtk_widget_has_css_class (picked, "other-month"))
    pick_date (calendar);
}

/* The calendar opens on the field's date, or today. */
static void
on_date_popover_show_cb (GtkPopover  *popover,
                         GtkCalendar *calendar)
{
  GtkEditable *row = g_object_get_data (G_OBJECT (calendar), "row");
  g_autoptr(GDateTime) date = attest_stored_date_parse (gtk_editable_get_text (row));

  if (date == NULL)
    date = g_date_time_new_now_local ();
  g_object_set_data (G_OBJECT (calendar), "syncing", GINT_TO_POINTER (TRUE));
  gtk_calendar_select_day (calendar, date);
  g_object_set_data (G_OBJECT (calendar), "syncing", NULL);
}

static void
add_date_picker (AttestRecordForm *self,
                 GtkWidget        *row,
                 const char       *label,
                 gboolean          read_only)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *text = gtk_editable_get_delegate (GTK_EDITABLE (row)) != NULL
                    ? GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row))) : NULL;
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  g_autofree char *choose = g_strdup_printf (_("Choose the date: %s"), label);

  /* The format, where the user types and for those who do not see it. */
  if (GTK_IS_TEXT (text))
    /* TRANSLATORS: the format of a date field, shown in it while it is empty */
    gtk_text_set_placeholder_text (GTK_TEXT (text), _("YYYY-MM-DD"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("A date written as YYYY-MM-DD"), -1);
  g_signal_connect (row, "changed", G_CALLBACK (on_date_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_date_focus_leave_cb), self);
  gtk_widget_add_controller (row, focus);

  g_object_set_data (G_OBJECT (calendar), "form", self);
  g_object_set_data (G_OBJECT (calendar), "row", row);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_day_selected_cb), NULL);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_BUBBLE);
  g_signal_connect (click, "released", G_CALLBACK (on_calendar_released_cb), calendar);
  gtk_widget_add_controller (calendar, GTK_EVENT_CONTROLLER (click));
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect (popover, "show", G_CALLBACK (on_date_popover_show_cb), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, choose);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, choose, -1);
  gtk_widget_set_name (button, "choose-date");
  gtk_widget_set_sensitive (button, !read_only);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
}

static GtkWidget *
build_row (AttestRecordForm *self,
           const char       *field,
           gboolean          read_only)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), field);
  const char *label = attest_field_get_label (attest_record_get_kind (self->record), field);
  g_auto(GStrv) scale = NULL;
  GtkWidget *row;

  g_return_val_if_fail (pspec != NULL, NULL);

  if (g_str_equal (field, ATTEST_OWNER_NAME_FIELD) && self->workspace != NULL
      && attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (self->record)) != NULL)
    {
      row = build_owner_row (self, read_only);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add_error_label (self, row, field));
      goto done;
    }

  {
    const AttestField *decl = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (self->record), field);

    if (decl != NULL && decl->references != NULL && self->workspace != NULL)
      {
        row = build_reference_row (self, decl, read_only);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), add_error_label (self, row, field));
        g_hash_table_insert (self->rows, g_strdup (field), row);
        goto done;
      }
  }

  if (G_IS_PARAM_SPEC_INT (pspec) && self->workspace != NULL
      && (scale = attest_risks_dup_scale (self->workspace, self->record, field)) != NULL)
    {
      g_autoptr(GtkStringList) choices = gtk_string_list_new ((const char * const *) scale);

      row = choice_row_new (g_list_model_get_n_items (G_LIST_MODEL (choices)));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      g_object_set_data_full (G_OBJECT (row), "field", g_strdup (field), g_free);
      g_object_set_data (G_OBJECT (row), "scale", GINT_TO_POINTER (TRUE));
      g_hash_table_insert (self->rows, g_strdup (field), row);
      sync_row (self, field);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_scale_selected_cb), self);
      gtk_widget_set_sensitive (row, !read_only);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add_error_label (self, row, field));
    }
  else if (G_IS_PARAM_SPEC_INT (pspec))
    {
      GParamSpecInt *range = G_PARAM_SPEC_INT (pspec);
      GtkWidget *spin = gtk_spin_button_new_with_range (range->minimum, range->maximum, 1);

      row = adw_action_row_new ();
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (spin), "field", g_strdup (field), g_free);
      g_object_set_data (G_OBJECT (row), "spin", spin);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add_error_label (self, row, field));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_hash_table_insert (self->rows, g_strdup (field), row);
      sync_row (self, field);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_spin_changed_cb), self);
      gtk_widget_set_sensitive (spin, !read_only);
      if (find_pair (self->record, field, FALSE) >= 0)
        add_unit (self, row, find_pair (self->record, field, FALSE), read_only);
    }
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);
      g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

      for (guint i = 0; i < enum_class->n_values; i++)
        gtk_string_list_append (choices, attest_enum_get_label (pspec->value_type, enum_class->values[i].value));
      row = choice_row_new (enum_class->n_values);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      g_object_set_data_full (G_OBJECT (row), "field", g_strdup (field), g_free);
      g_hash_table_insert (self->rows, g_strdup (field), row);
      sync_row (self, field);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected_cb), self);
      gtk_widget_set_sensitive (row, !read_only);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add_error_label (self, row, field));
    }
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    {
      GtkWidget *toggle = gtk_switch_new ();

      row = adw_action_row_new ();
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (toggle), "field", g_strdup (field), g_free);
      g_object_set_data (G_OBJECT (row), "switch", toggle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add_error_label (self, row, field));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_hash_table_insert (self->rows, g_strdup (field), row);
      sync_row (self, field);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active_cb), self);
      gtk_widget_set_sensitive (toggle, !read_only);
    }
  else if (G_IS_PARAM_SPEC_STRING (pspec) && is_prose (self, field))
    row = prose_row_new (self, field, label, read_only);
  else
    {
      row = adw_entry_row_new ();
      g_object_set_data_full (G_OBJECT (row), "field", g_strdup (field), g_free);
      if (pspec->value_type == G_TYPE_STRV)
        {
          g_autofree char *text = join_list (self->record, field);
          GtkEventController *focus = gtk_event_controller_focus_new ();

          gtk_editable_set_text (GTK_EDITABLE (row), text);
          g_signal_connect (row, "changed", G_CALLBACK (on_list_changed_cb), self);
          g_signal_connect (focus, "leave", G_CALLBACK (on_list_focus_leave_cb), self);
          gtk_widget_add_controller (row, focus);
          attest_field_set_flush_func (row, flush_list);
        }
      else
        attest_bind_text_field (GTK_EDITABLE (row), self->record, field);
      gtk_editable_set_editable (GTK_EDITABLE (row), !read_only);
      /* Enter goes on, as the window's default button does (Next in the setup). */
      adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), add_error_label (self, row, field));
      g_hash_table_insert (self->rows, g_strdup (field), row);
      {
        const AttestField *decl = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (self->record), field);

        if (decl != NULL && (decl->flags & ATTEST_FIELD_DATE))
          {
            /* Its error is one line beside the field. */
            GtkWidget *error = g_hash_table_lookup (self->errors, field);

            gtk_label_set_wrap (GTK_LABEL (error), FALSE);
            gtk_label_set_max_width_chars (GTK_LABEL (error), -1);
            add_date_picker (self, row, label, read_only);
          }
      }
    }

done:
  g_object_set (row, "use-markup", FALSE, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_widget_set_name (row, field);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return row;
}

static void
attest_record_form_dispose (GObject *object)
{
  AttestRecordForm *self = ATTEST_RECORD_FORM (object);

  /* What was typed in it is saved before it goes. */
  if (self->list != NULL && self->record != NULL)
    attest_field_flush_all (self->list);
  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_RECORD_FORM);
  self->list = NULL;
  g_clear_object (&self->record);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (attest_record_form_parent_class)->dispose (object);
}

static void
attest_record_form_finalize (GObject *object)
{
  AttestRecordForm *self = ATTEST_RECORD_FORM (object);

  g_hash_table_unref (self->rows);
  g_hash_table_unref (self->errors);
  g_hash_table_unref (self->problems);

  G_OBJECT_CLASS (attest_record_form_parent_class)->finalize (object);
}

static void
attest_record_form_class_init (AttestRecordFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_record_form_dispose;
  object_class->finalize = attest_record_form_finalize;
  gtk_widget_class_set_css_name (widget_class, "recordform");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/widgets/attest-record-form.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestRecordForm, list);

  /**
   * AttestRecordForm::validated:
   *
   * The form checked its record again; its problems may have changed.
   */
  signals[VALIDATED] = g_signal_new ("validated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
attest_record_form_init (AttestRecordForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * attest_record_form_new:
 * @record: the record to edit
 * @fields: (array zero-terminated=1): the fields to show, in order
 * @read_only: whether the record may be changed
 *
 * Returns: (transfer full): the form, a boxed list of rows
 */
GtkWidget *
attest_record_form_new (AttestRecord       *record,
                        const char * const *fields,
                        gboolean            read_only)
{
  return attest_record_form_new_full (NULL, record, fields, read_only);
}

/**
 * attest_record_form_new_full:
 * @workspace: (nullable): the workspace, for fields that refer to other records
 * @record: the record to edit
 * @fields: (array zero-terminated=1): the fields to show, in order
 * @read_only: whether the record may be changed
 *
 * Like attest_record_form_new(), and a field that holds another record's id
 * is chosen by that record's name.
 *
 * Returns: (transfer full): the form
 */
GtkWidget *
attest_record_form_new_full (AttestWorkspace    *workspace,
                             AttestRecord       *record,
                             const char * const *fields,
                             gboolean            read_only)
{
  AttestRecordForm *self = g_object_new (ATTEST_TYPE_RECORD_FORM, NULL);

  self->record = g_object_ref (record);
  self->workspace = workspace ? g_object_ref (workspace) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  attest_kind_get_label (attest_record_get_kind (record)), -1);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      int pair = find_pair (record, fields[i], TRUE);

      /* A unit goes in its number's row, if the form has the number. */
      if (pair >= 0 && g_strv_contains (fields, paired[pair].number))
        continue;
      gtk_list_box_append (GTK_LIST_BOX (self->list), build_row (self, fields[i], read_only));
    }

  g_signal_connect (record, "notify", G_CALLBACK (on_record_notify_cb), self);
  if (workspace != NULL)
    g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_workspace_record_changed_cb), self, 0);
  return GTK_WIDGET (self);
}

/**
 * attest_record_form_get_fields:
 * @kind: a record kind, as attest_record_get_kind() names it
 *
 * The fields a form shows for @kind, in order: a register's editor, the
 * Organisation page and the guided setup show the same.
 *
 * Returns: (array zero-terminated=1) (nullable): the fields, or %NULL if
 *   the kind has no form of its own
 */
const char * const *
attest_record_form_get_fields (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_fields); i++)
    if (g_strcmp0 (kind_fields[i].kind, kind) == 0)
      return kind_fields[i].fields;
  return NULL;
}

/**
 * attest_record_form_new_for_record:
 * @workspace: the workspace @record is in
 * @record: the record to edit, of a kind with a form (attest_record_form_get_fields())
 *
 * The form of @record's kind, read-only when the workspace is. The
 * organisation's form is the one the Organisation page and the guided
 * setup's first step show.
 *
 * Returns: (transfer full): the form
 */
GtkWidget *
attest_record_form_new_for_record (AttestWorkspace *workspace,
                                   AttestRecord    *record)
{
  const char * const *fields = attest_record_form_get_fields (attest_record_get_kind (record));

  g_return_val_if_fail (fields != NULL, NULL);
  return attest_record_form_new_full (workspace, record, fields, attest_workspace_is_read_only (workspace));
}

/**
 * attest_record_form_get_record:
 * @self: a form
 *
 * Returns: (transfer none): the record it edits
 */
AttestRecord *
attest_record_form_get_record (AttestRecordForm *self)
{
  return self->record;
}

/**
 * attest_record_form_get_row:
 * @self: a form
 * @field: one of its fields
 *
 * Returns: (transfer none) (nullable): the row of that field
 */
GtkWidget *
attest_record_form_get_row (AttestRecordForm *self,
                            const char       *field)
{
  return g_hash_table_lookup (self->rows, field);
}

/**
 * attest_record_form_get_problem:
 * @self: a form
 * @field: one of its fields
 *
 * Returns: (nullable): what is wrong with the field, as shown beside it
 */
const char *
attest_record_form_get_problem (AttestRecordForm *self,
                                const char       *field)
{
  return g_hash_table_lookup (self->problems, field);
}

/**
 * attest_record_form_validate:
 * @self: a form
 *
 * Checks the record's rules and shows each problem beside its field; from
 * then on the problems follow the user's corrections.
 *
 * Returns: %TRUE if the record has no problems in the form's fields
 */
gboolean
attest_record_form_validate (AttestRecordForm *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  GHashTableIter iter;
  gpointer field;

  /* What is typed is what is checked. */
  attest_field_flush_all (self->list);
  problems = attest_record_check (self->record);
  self->validating = TRUE;
  g_hash_table_remove_all (self->problems);
  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);

      if (g_hash_table_contains (self->rows, problem->field)
          && !g_hash_table_contains (self->problems, problem->field))
        g_hash_table_insert (self->problems, g_strdup (problem->field), g_strdup (problem->message));
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &field, NULL))
    show_problem (self, field, g_hash_table_lookup (self->problems, field));
  g_signal_emit (self, signals[VALIDATED], 0);
  return g_hash_table_size (self->problems) == 0;
}

static gboolean
validate_tree (GtkWidget *widget,
               GtkWidget **first_invalid)
{
  gboolean ok = TRUE;

  if (ATTEST_IS_RECORD_FORM (widget) && !attest_record_form_validate (ATTEST_RECORD_FORM (widget)))
    {
      ok = FALSE;
      if (*first_invalid == NULL)
        *first_invalid = widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    ok &= validate_tree (child, first_invalid);
  return ok;
}

/**
 * attest_validate_forms_in:
 * @root: a widget
 *
 * Validates every form below @root and moves the focus to the first field
 * with a problem.
 *
 * Returns: %TRUE if no form has problems
 */
gboolean
attest_validate_forms_in (GtkWidget *root)
{
  GtkWidget *first = NULL;
  gboolean ok = validate_tree (root, &first);

  if (first != NULL)
    {
      AttestRecordForm *form = ATTEST_RECORD_FORM (first);

      /* The first field with a problem, in the order the user sees them. */
      for (GtkWidget *row = gtk_widget_get_first_child (form->list); row; row = gtk_widget_get_next_sibling (row))
        if (g_hash_table_contains (form->problems, gtk_widget_get_name (row)))
          {
            gtk_widget_grab_focus (row);
            break;
          }
    }
  return ok;
}
