/* attest-isms-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-isms-document"

#include "config.h"

#include "attest-i18n.h"
#include <json-glib/json-glib.h>

#include "attest-catalog.h"
#include "attest-document-version.h"
#include "attest-enum-types.h"
#include "attest-isms-document.h"
#include "attest-error.h"
#include "attest-history.h"
#include "attest-labels.h"
#include "attest-policy.h"
#include "attest-risk.h"
#include "attest-risk-method.h"
#include "attest-scope.h"
#include "attest-scope-item.h"
#include "attest-soa-reasons.h"
#include "attest-soa-entry.h"
#include "attest-soa-version.h"
#include "attest-store.h"
#include "attest-treatment-action.h"

/* The documents an auditor reads as such, each approved the same way: a
 * numbered version with who approved it, when, and a snapshot of what was
 * approved, an "approve" event in the history and the head it states. Later
 * edits are a draft against the newest version, listed by
 * attest_isms_document_diff(). The Statement of Applicability keeps its own
 * record kind (soa-version, schema 3); the others share document-version. */

/* A snapshot is a JSON object: one member per record (its key), each an
 * object of the record's fields in their text form. */
typedef void (*SnapshotFunc) (AttestWorkspace *workspace,
                              JsonBuilder     *builder);

typedef struct
{
  const char  *id;
  const char  *identifier;
  const char  *title;
  const char  *in_sentence;    /* "Say who approves the …" */
  const char  *statement;      /* the head the approval states */
  SnapshotFunc snapshot;
  gboolean     fixed_keys;     /* every record now must be in every version */
  const char * const *progress; /* fields that record progress, not content */
} Document;

/* How far an action has got is progress on the plan, not a change to what
 * the plan says: the snapshot keeps it, the comparison passes over it. */
static const char * const action_progress[] = { "status", "completed-date", NULL };

/* Making the approved policy known, and planning its next review, is
 * acting on it: only what it says, and who owns it, make a draft. */
static const char * const policy_progress[] = { "communicated-to", "communicated-how", "communicated-on",
                                                "available-to-parties", "available-how", "next-review", NULL };

static void snapshot_scope          (AttestWorkspace *workspace, JsonBuilder *builder);
static void snapshot_policy         (AttestWorkspace *workspace, JsonBuilder *builder);
static void snapshot_risk_method    (AttestWorkspace *workspace, JsonBuilder *builder);
static void snapshot_soa            (AttestWorkspace *workspace, JsonBuilder *builder);
static void snapshot_treatment_plan (AttestWorkspace *workspace, JsonBuilder *builder);

/* In the order the audit pack prints them. */
static const Document documents[] = {
  { "scope", "ISMS-SCOPE", N_("Scope of the ISMS"), N_("scope statement"), "scope-approval", snapshot_scope,
    FALSE },
  { "policy", "ISMS-POLICY", N_("Information security policy"), N_("information security policy"),
    "policy-approval", snapshot_policy, FALSE, policy_progress },
  { "risk-method", "ISMS-RISK-METHOD", N_("Risk assessment and treatment method"), N_("risk method"),
    "risk-method-approval", snapshot_risk_method, FALSE },
  { "soa", "ISMS-SOA", N_("Statement of Applicability"), N_("Statement of Applicability"), "soa-approval",
    snapshot_soa, TRUE },
  { "treatment-plan", "ISMS-RTP", N_("Risk treatment plan"), N_("risk treatment plan"), "treatment-plan-approval",
    snapshot_treatment_plan, FALSE, action_progress },
};

static const Document *
lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    if (g_strcmp0 (documents[i].id, id) == 0)
      return &documents[i];
  return NULL;
}

/**
 * attest_isms_documents:
 *
 * Returns: (array zero-terminated=1) (transfer none): the ids of the
 *   documents that are approved in versions, in the audit pack's order:
 *   "scope", "risk-method", "soa", "treatment-plan"
 */
const char * const *
attest_isms_documents (void)
{
  static const char * const ids[] = { "scope", "policy", "risk-method", "soa", "treatment-plan", NULL };

  return ids;
}

gboolean
attest_isms_document_is_known (const char *document)
{
  return lookup (document) != NULL;
}

/**
 * attest_isms_document_get_identifier:
 * @document: a document id such as "scope"
 *
 * Returns: its document control identifier, e.g. "ISMS-SCOPE"
 */
const char *
attest_isms_document_get_identifier (const char *document)
{
  const Document *doc = lookup (document);

  g_return_val_if_fail (doc != NULL, NULL);
  return doc->identifier;
}

/**
 * attest_isms_document_get_title:
 * @document: a document id such as "scope"
 *
 * Returns: its title, translated
 */
const char *
attest_isms_document_get_title (const char *document)
{
  const Document *doc = lookup (document);

  g_return_val_if_fail (doc != NULL, NULL);
  return _(doc->title);
}

void
attest_isms_document_change_free (AttestIsmsDocumentChange *change)
{
  if (change == NULL)
    return;
  g_free (change->key);
  g_free (change->label);
  g_free (change->field);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

/* Snapshots */

static void
add_fields (JsonBuilder        *builder,
            AttestRecord       *record,
            const char * const *only,
            const char         *skip)
{
  const AttestField *fields;
  guint n_fields;

  fields = attest_record_class_get_fields (ATTEST_RECORD_GET_CLASS (record), &n_fields);
  for (guint f = 0; f < n_fields; f++)
    {
      const char *name = fields[f].pspec->name;
      g_autofree char *text = NULL;

      /* Whom an owner's id names is in "owner", by name, as approved. */
      if ((only != NULL && !g_strv_contains (only, name)) || g_strcmp0 (name, skip) == 0
          || (fields[f].flags & ATTEST_FIELD_OWNER))
        continue;
      text = attest_record_dup_field_text (record, &fields[f]);
      json_builder_set_member_name (builder, name);
      json_builder_add_string_value (builder, text);
    }
}

static void
add_records (JsonBuilder        *builder,
             AttestWorkspace    *workspace,
             GType               type,
             const char * const *only)
{
  GListModel *records = attest_workspace_get_records (workspace, type);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);

      json_builder_set_member_name (builder, attest_record_get_id (record));
      json_builder_begin_object (builder);
      add_fields (builder, record, only, NULL);
      json_builder_end_object (builder);
    }
}

static void
snapshot_scope (AttestWorkspace *workspace,
                JsonBuilder     *builder)
{
  add_records (builder, workspace, ATTEST_TYPE_SCOPE, NULL);
  add_records (builder, workspace, ATTEST_TYPE_SCOPE_ITEM, NULL);
}

static void
snapshot_policy (AttestWorkspace *workspace,
                 JsonBuilder     *builder)
{
  add_records (builder, workspace, ATTEST_TYPE_POLICY, NULL);
}

static void
snapshot_risk_method (AttestWorkspace *workspace,
                      JsonBuilder     *builder)
{
  add_records (builder, workspace, ATTEST_TYPE_RISK_METHOD, NULL);
}

/* The plan: how each risk is treated, by whom, to what residual level, and
 * the actions that carry it out. */
static void
snapshot_treatment_plan (AttestWorkspace *workspace,
                         JsonBuilder     *builder)
{
  static const char * const risk_fields[] = { "title", "owner", "treatment", "residual-likelihood",
                                              "residual-impact", "review-date", NULL };

  add_records (builder, workspace, ATTEST_TYPE_RISK, risk_fields);
  add_records (builder, workspace, ATTEST_TYPE_TREATMENT_ACTION, NULL);
}

/* The entries' fields by control id, with the derived reasons and the
 * evidence, as the approved Statement of Applicability keeps them. */
static void
snapshot_soa (AttestWorkspace *workspace,
              JsonBuilder     *builder)
{
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      g_autoptr(GPtrArray) reasons = attest_soa_dup_reasons (workspace, entry);
      g_autoptr(GPtrArray) evidence = attest_soa_dup_evidence (workspace, entry);

      json_builder_set_member_name (builder, attest_record_get_string (entry, "control-id"));
      json_builder_begin_object (builder);
      add_fields (builder, entry, NULL, "control-id");
      json_builder_set_member_name (builder, "reasons");
      json_builder_begin_array (builder);
      for (guint r = 0; r < reasons->len; r++)
        json_builder_add_string_value (builder, g_ptr_array_index (reasons, r));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "evidence");
      json_builder_begin_array (builder);
      for (guint e = 0; e < evidence->len; e++)
        json_builder_add_string_value (builder, attest_record_get_string (g_ptr_array_index (evidence, e), "title"));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
}

static JsonNode *
take_snapshot (AttestWorkspace *workspace,
               const Document  *doc)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *language = g_strdup (attest_i18n_get_language ());

  /* In one language whatever the interface's or the pack's: a snapshot
   * holds texts derived from the records (an SoA entry's justification),
   * and an approval made in German compared in an English pack, or the
   * other way round, must not show every derived text as changed. */
  attest_i18n_set_language ("en");
  json_builder_begin_object (builder);
  doc->snapshot (workspace, builder);
  json_builder_end_object (builder);
  attest_i18n_set_language (language);
  return json_builder_get_root (builder);
}

/* Versions */

static GType
version_type (const Document *doc)
{
  return g_str_equal (doc->id, "soa") ? ATTEST_TYPE_SOA_VERSION : ATTEST_TYPE_DOCUMENT_VERSION;
}

static gboolean
is_version_of (AttestRecord   *version,
               const Document *doc)
{
  return G_TYPE_FROM_INSTANCE (version) == ATTEST_TYPE_SOA_VERSION
         || g_str_equal (attest_record_get_string (version, "document"), doc->id);
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  int na = attest_record_get_int (*(AttestRecord **) a, "number");
  int nb = attest_record_get_int (*(AttestRecord **) b, "number");

  return (na > nb) - (na < nb);
}

/**
 * attest_isms_document_dup_versions:
 * @workspace: a workspace
 * @document: a document id such as "scope"
 *
 * Returns: (transfer full) (element-type AttestRecord): the approved
 *   versions of @document, oldest first
 */
GPtrArray *
attest_isms_document_dup_versions (AttestWorkspace *workspace,
                              const char      *document)
{
  const Document *doc = lookup (document);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *versions;

  g_return_val_if_fail (doc != NULL, result);
  versions = attest_workspace_get_records (workspace, version_type (doc));
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      AttestRecord *version = g_list_model_get_item (versions, i);

      if (is_version_of (version, doc))
        g_ptr_array_add (result, version);
      else
        g_object_unref (version);
    }
  g_ptr_array_sort (result, compare_numbers);
  return result;
}

/**
 * attest_isms_document_get_approved:
 * @workspace: a workspace
 * @document: a document id such as "scope"
 *
 * Returns: (transfer none) (nullable): the newest approved version
 */
AttestRecord *
attest_isms_document_get_approved (AttestWorkspace *workspace,
                              const char      *document)
{
  const Document *doc = lookup (document);
  GListModel *versions;
  AttestRecord *newest = NULL;
  int best = -1;

  g_return_val_if_fail (doc != NULL, NULL);
  versions = attest_workspace_get_records (workspace, version_type (doc));
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(AttestRecord) version = g_list_model_get_item (versions, i);
      int number = attest_record_get_int (version, "number");

      if (is_version_of (version, doc) && number > best)
        {
          newest = version;   /* the model keeps it */
          best = number;
        }
    }
  return newest;
}

/* The approval is stated to third parties (the pack prints it): its head,
 * the approval's own row, is recorded as such in the history. */
static gboolean
record_head (AttestWorkspace  *workspace,
             const char       *statement,
             GError          **error)
{
  AttestStore *store = attest_workspace_get_store (workspace);

  return attest_history_record_head (store, statement, attest_store_get_history_count (store),
                                     attest_store_get_history_head (store), error);
}

/**
 * attest_isms_document_can_approve:
 * @workspace: a workspace
 * @document: a document id
 * @error: return location for why not
 *
 * Whether the document has something to approve: a policy is approved for
 * what it says, so it needs a text; the others can always be approved.
 *
 * Returns: %TRUE if it can be approved now
 */
gboolean
attest_isms_document_can_approve (AttestWorkspace  *workspace,
                                  const char       *document,
                                  GError          **error)
{
  AttestRecord *policy;

  if (!g_str_equal (document, "policy"))
    return TRUE;
  policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
  if (policy != NULL && !attest_text_is_blank (attest_record_get_string (policy, "text")))
    return TRUE;
  g_set_error_literal (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("The information security policy has no text yet: write it, or start from the draft, "
                         "before it is approved."));
  return FALSE;
}

/**
 * attest_isms_document_approve:
 * @workspace: a workspace
 * @document: a document id such as "scope"
 * @approved_by: who approves, e.g. "Managing director (Priya Natarajan)"
 * @note: (nullable): a note on this version
 * @error: return location for an error
 *
 * Records the next numbered version of @document with a snapshot of it as
 * it is now, "approve" events in the history (fields "number" and
 * "approved-by": who approved is named in the chain itself) and the
 * head it states, in one transaction. Its time is attest_now().
 *
 * Returns: (transfer none): the version, or %NULL with @error set
 */
AttestRecord *
attest_isms_document_approve (AttestWorkspace  *workspace,
                         const char       *document,
                         const char       *approved_by,
                         const char       *note,
                         GError          **error)
{
  const Document *doc = lookup (document);
  AttestRecord *previous;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *now = attest_timestamp_format (attest_now ());
  g_autofree char *number_text = NULL;
  g_autoptr(AttestRecord) version = NULL;
  GType type;
  int number = 1;

  g_return_val_if_fail (doc != NULL, NULL);

  if (approved_by == NULL || attest_text_is_blank (approved_by))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("Say who approves the %s."), _(doc->in_sentence));
      return NULL;
    }
  if (!attest_isms_document_can_approve (workspace, document, error))
    return NULL;
  previous = attest_isms_document_get_approved (workspace, document);
  if (previous != NULL)
    number = attest_record_get_int (previous, "number") + 1;

  root = take_snapshot (workspace, doc);
  json_generator_set_root (generator, root);
  snapshot = json_generator_to_data (generator, NULL);
  type = version_type (doc);
  version = g_object_new (type,
                          "number", number,
                          "approved-by", approved_by,
                          "approved-at", now,
                          "note", note,
                          "snapshot", snapshot,
                          NULL);
  if (type == ATTEST_TYPE_DOCUMENT_VERSION)
    g_object_set (version, "document", doc->id, NULL);
  number_text = g_strdup_printf ("%d", number);

  if (!attest_workspace_begin (workspace, error))
    return NULL;
  if (!attest_workspace_add (workspace, version, error)
      || !attest_store_append_event (attest_workspace_get_store (workspace), "approve",
                                     attest_record_class_get_kind (ATTEST_RECORD_GET_CLASS (version)),
                                     attest_record_get_id (version), "number", NULL, number_text, error)
      /* Who approved, named in the chain itself. */
      || !attest_store_append_event (attest_workspace_get_store (workspace), "approve",
                                     attest_record_class_get_kind (ATTEST_RECORD_GET_CLASS (version)),
                                     attest_record_get_id (version), "approved-by", NULL, approved_by, error)
      || !record_head (workspace, doc->statement, error))
    {
      attest_workspace_rollback (workspace);
      return NULL;
    }
  if (!attest_workspace_commit (workspace, error))
    return NULL;
  return version;
}

/* Differences */

static char *
member_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = NULL;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  generator = json_generator_new ();
  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static char *
dup_label (AttestWorkspace *workspace,
           const Document  *doc,
           const char      *key,
           JsonObject      *then_fields)
{
  AttestRecord *record;

  if (g_str_equal (doc->id, "soa"))
    {
      const AttestControl *control = attest_catalog_lookup_control (attest_catalog_get_default (), key);

      return control != NULL ? g_strdup_printf ("A.%s %s", control->number, control->title)
                             : g_strdup (key);
    }
  record = attest_workspace_lookup (workspace, key);
  if (record != NULL)
    {
      if (G_TYPE_FROM_INSTANCE (record) == ATTEST_TYPE_SCOPE)
        return g_strdup (_("Scope statement"));
      if (G_TYPE_FROM_INSTANCE (record) == ATTEST_TYPE_RISK_METHOD)
        return g_strdup (_("Risk method"));
      if (G_TYPE_FROM_INSTANCE (record) == ATTEST_TYPE_POLICY)
        return g_strdup (_("Information security policy"));
      return attest_record_dup_display_name (workspace, record);
    }
  /* Removed since: named as it was approved. */
  if (then_fields != NULL)
    for (const char * const *name = (const char * const[]) { "name", "title", NULL }; *name != NULL; name++)
      if (json_object_has_member (then_fields, *name))
        {
          g_autofree char *text = member_text (json_object_get_member (then_fields, *name));

          if (text != NULL && *text != '\0')
            return g_steal_pointer (&text);
        }
  return g_strdup (key);
}

static void
add_change (GPtrArray  *changes,
            char       *label,
            const char *key,
            const char *field,
            char       *old_value,
            char       *new_value)
{
  AttestIsmsDocumentChange *change = g_new0 (AttestIsmsDocumentChange, 1);

  change->key = g_strdup (key);
  change->label = label;
  change->field = g_strdup (field);
  change->old_value = old_value;
  change->new_value = new_value;
  g_ptr_array_add (changes, change);
}

static gboolean
snapshot_is_readable (JsonObject     *then_root,
                      JsonObject     *now_root,
                      const Document *doc)
{
  g_autoptr(GList) then_keys = json_object_get_members (then_root);

  for (GList *k = then_keys; k != NULL; k = k->next)
    {
      JsonNode *member = json_object_get_member (then_root, k->data);

      if (member == NULL || !JSON_NODE_HOLDS_OBJECT (member))
        return FALSE;
    }
  if (doc->fixed_keys)
    {
      g_autoptr(GList) now_keys = json_object_get_members (now_root);

      for (GList *k = now_keys; k != NULL; k = k->next)
        if (!json_object_has_member (then_root, k->data))
          return FALSE;
    }
  return TRUE;
}

/**
 * attest_isms_document_diff:
 * @workspace: a workspace
 * @document: a document id such as "scope"
 * @version: an approved version of @document
 * @error: return location for an error
 *
 * A snapshot that cannot be read (edited or cut short outside Attest) is
 * damage, never "no changes".
 *
 * Returns: (transfer full) (element-type AttestIsmsDocumentChange): what changed
 *   in the draft since @version, record by record (in the document's order,
 *   then the removed ones), field by field, or %NULL with
 *   %ATTEST_ERROR_DAMAGED
 */
static gboolean
snapshot_follows_rule (AttestRecord *version)
{
  g_auto(GValue) snapshot = G_VALUE_INIT;
  const AttestField *field = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (version), "snapshot");

  g_value_init (&snapshot, G_TYPE_STRING);
  g_value_set_string (&snapshot, attest_record_get_string (version, "snapshot"));
  return field != NULL && attest_field_check_value (field, &snapshot, NULL) == NULL;
}

GPtrArray *
attest_isms_document_diff (AttestWorkspace  *workspace,
                      const char       *document,
                      AttestRecord     *version,
                      GError          **error)
{
  const Document *doc = lookup (document);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_isms_document_change_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) now = NULL;
  JsonObject *then_root, *now_root;
  g_autoptr(GList) keys = NULL;
  g_autoptr(GList) then_keys = NULL;

  g_return_val_if_fail (doc != NULL && version != NULL, NULL);

  now = take_snapshot (workspace, doc);
  now_root = json_node_get_object (now);
  /* The field's own rule first (a JSON object whose every text is valid),
   * then what this document's snapshot holds. */
  if (!snapshot_follows_rule (version)
      || !json_parser_load_from_data (parser, attest_record_get_string (version, "snapshot"), -1, NULL)
      || json_parser_get_root (parser) == NULL
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
      || !snapshot_is_readable (json_node_get_object (json_parser_get_root (parser)), now_root, doc))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
                   _("“%s” is damaged: the approved version %d of the %s cannot be read, so its changes cannot be "
                     "shown. Run “attest-cli log --verify” on the file to see whether it was changed outside Attest."),
                   attest_store_get_display_name (attest_workspace_get_store (workspace)),
                   attest_record_get_int (version, "number"), _(doc->in_sentence));
      return NULL;
    }
  then_root = json_node_get_object (json_parser_get_root (parser));

  keys = json_object_get_members (now_root);
  for (GList *k = keys; k != NULL; k = k->next)
    {
      JsonObject *now_fields = json_object_get_object_member (now_root, k->data);
      JsonObject *then_fields = json_object_has_member (then_root, k->data)
                                ? json_object_get_object_member (then_root, k->data) : NULL;
      g_autoptr(GList) fields = NULL;

      if (then_fields == NULL)
        {
          add_change (changes, dup_label (workspace, doc, k->data, NULL), k->data, NULL, NULL, g_strdup (""));
          continue;
        }
      fields = json_object_get_members (now_fields);
      for (GList *f = fields; f != NULL; f = f->next)
        {
          char *a, *b;

          if (doc->progress != NULL && g_strv_contains (doc->progress, f->data))
            continue;
          a = json_object_has_member (then_fields, f->data)
                    ? member_text (json_object_get_member (then_fields, f->data)) : NULL;
          b = member_text (json_object_get_member (now_fields, f->data));
          if (g_strcmp0 (a, b) != 0)
            add_change (changes, dup_label (workspace, doc, k->data, then_fields), k->data, f->data, a, b);
          else
            {
              g_free (a);
              g_free (b);
            }
        }
    }
  then_keys = json_object_get_members (then_root);
  for (GList *k = then_keys; k != NULL; k = k->next)
    if (!json_object_has_member (now_root, k->data))
      add_change (changes, dup_label (workspace, doc, k->data, json_object_get_object_member (then_root, k->data)),
                  k->data, NULL, g_strdup (""), NULL);
  return g_steal_pointer (&changes);
}

/**
 * attest_isms_document_count_progress:
 * @workspace: a workspace
 * @version: an approved version of the treatment plan
 * @done: (out): the actions done since @version was approved
 * @in_progress: (out): the actions in progress that were not then
 *
 * The progress on the plan since @version, which is not a change to it
 * (attest_isms_document_diff() passes over an action's status and
 * completion date): the actions whose status is now "done" and was not
 * then, and those now "in progress" that were not then. An action added
 * since counts by its status now. A snapshot that cannot be read counts as
 * one that knew no action.
 */
void
attest_isms_document_count_progress (AttestWorkspace *workspace,
                                     AttestRecord    *version,
                                     guint           *done,
                                     guint           *in_progress)
{
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *then_root = NULL;

  *done = *in_progress = 0;
  if (json_parser_load_from_data (parser, attest_record_get_string (version, "snapshot"), -1, NULL)
      && json_parser_get_root (parser) != NULL && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    then_root = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      AttestActionStatus status = attest_record_get_enum (action, "status");
      g_autofree char *text = attest_record_dup_field_text (action, attest_record_class_find_field (
                                                             ATTEST_RECORD_GET_CLASS (action), "status"));
      JsonNode *then = then_root != NULL ? json_object_get_member (then_root, attest_record_get_id (action)) : NULL;
      const char *then_status = NULL;

      if (then != NULL && JSON_NODE_HOLDS_OBJECT (then))
        then_status = json_object_get_string_member_with_default (json_node_get_object (then), "status", NULL);
      if (g_strcmp0 (then_status, text) == 0)
        continue;
      if (status == ATTEST_ACTION_STATUS_DONE)
        (*done)++;
      else if (status == ATTEST_ACTION_STATUS_IN_PROGRESS)
        (*in_progress)++;
    }
}

/**
 * attest_isms_document_dup_status:
 * @workspace: a workspace
 * @document: a document id such as "scope"
 *
 * Returns: (transfer full): the document's state as a person would say it:
 *   "Version 2, approved by Board on 3 March 2026. 4 changes since: a
 *   draft.", or that it is not approved yet
 */
char *
attest_isms_document_dup_status (AttestWorkspace *workspace,
                            const char      *document)
{
  AttestRecord *version = attest_isms_document_get_approved (workspace, document);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  const char *by;
  int number;
  gint64 usec;

  if (version == NULL)
    return g_strdup (_("Draft, not approved yet. Approve it when it is ready for the auditor."));
  number = attest_record_get_int (version, "number");
  by = attest_record_get_string (version, "approved-by");
  if (attest_timestamp_parse (attest_record_get_string (version, "approved-at"), &usec))
    {
      utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
      local = utc != NULL ? g_date_time_to_local (utc) : NULL;
      date = local != NULL ? attest_i18n_format_date (local) : NULL;
    }
  changes = attest_isms_document_diff (workspace, document, version, &error);
  if (changes == NULL)
    return g_strdup_printf (_("Version %d, approved by %s on %s. %s"), number, by, date ? date : "?", error->message);
  if (changes->len == 0)
    return g_strdup_printf (_("Version %d, approved by %s on %s. No changes since."), number, by, date ? date : "?");
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Version %d, approved by %s on %s. %u change since: a draft.",
                                       "Version %d, approved by %s on %s. %u changes since: a draft.", changes->len),
                          number, by, date ? date : "?", changes->len);
}

/* The audit pack is a document Attest produces too (7.5). It is written,
 * not approved: its versions are the packs written from the workspace that
 * its history recorded, each with the head of the history it was made from
 * (printed in the pack's Integrity of the history), so that a copy in an
 * auditor's hands can be matched to its version. The window records every
 * pack it writes; attest-cli does with --record. */

/**
 * attest_isms_document_get_pack_title:
 *
 * Returns: the audit pack's title in the document register, translated
 */
const char *
attest_isms_document_get_pack_title (void)
{
  return _("Audit pack");
}

/**
 * attest_isms_document_dup_pack_versions:
 * @workspace: a workspace
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type AttestRecordedHead): the audit
 *   pack's versions, oldest first: the heads of the history that the
 *   workspace recorded as stated by a pack written from it, with when
 */
GPtrArray *
attest_isms_document_dup_pack_versions (AttestWorkspace  *workspace,
                                        GError          **error)
{
  GPtrArray *heads = attest_store_load_recorded_heads (attest_workspace_get_store (workspace), error);

  if (heads == NULL)
    return NULL;
  for (guint i = heads->len; i > 0; i--)
    {
      AttestRecordedHead *head = g_ptr_array_index (heads, i - 1);

      if (g_strcmp0 (head->statement, "audit-pack") != 0)
        g_ptr_array_remove_index (heads, i - 1);
    }
  return heads;
}

/**
 * attest_isms_document_dup_pack_version_text:
 * @number: the version's number, from 1
 * @version: one of attest_isms_document_dup_pack_versions()
 *
 * Returns: (transfer full): the version as a person reads it: "Version 3,
 *   written on 5 December 2026 from the history's head 1f0c2a9be41d…"
 */
char *
attest_isms_document_dup_pack_version_text (guint                     number,
                                            const AttestRecordedHead *version)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (version->time / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = utc != NULL && version->time > 0 ? g_date_time_to_local (utc) : NULL;
  g_autofree char *date = local != NULL ? attest_i18n_format_date (local) : g_strdup ("?");
  g_autofree char *hash = g_strndup (version->hash != NULL ? version->hash : "", 12);

  /* TRANSLATORS: a version of the audit pack: its number, the day it was
   * written, and the start of the hash of the history's head it printed */
  return g_strdup_printf (_("Version %u, written on %s from the history's head %s…"), number, date, hash);
}

/**
 * attest_isms_document_dup_pack_status:
 * @workspace: a workspace
 *
 * Returns: (transfer full): the audit pack's state in the document
 *   register: its last version, or that none was written yet
 */
char *
attest_isms_document_dup_pack_status (AttestWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = attest_isms_document_dup_pack_versions (workspace, &error);

  if (versions == NULL)
    return g_strdup (error->message);
  if (versions->len == 0)
    return g_strdup (_("Not written yet: each pack written from this workspace is recorded here as a version."));
  return attest_isms_document_dup_pack_version_text (versions->len, g_ptr_array_index (versions, versions->len - 1));
}
