/* attest-workspace.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-workspace"

#include "config.h"

#include "attest-i18n.h"
#include <glib/gstdio.h>
#include <string.h>

#include "attest-audit-finding.h"
#include "attest-catalog.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-labels.h"
#include "attest-organisation.h"
#include "attest-owner.h"
#include "attest-person.h"
#include "attest-output.h"
#include "attest-requirement.h"
#include "attest-risk-method.h"
#include "attest-scope.h"
#include "attest-setup.h"
#include "attest-measurement.h"
#include "attest-qualification.h"
#include "attest-role.h"
#include "attest-soa-entry.h"
#include "attest-store.h"
#include "attest-workspace.h"

/* The workspace holds every record of one file in one GListStore per kind
 * and saves each property change the moment it is notified, in its own
 * transaction (or in the surrounding bulk transaction). */

struct _AttestWorkspace
{
  GObject      parent_instance;

  AttestStore *store;
  GHashTable  *models;    /* GType -> GListStore */
  GHashTable  *by_id;     /* id -> AttestRecord (borrowed from the models) */
  AttestOpenFlags flags;  /* how it was opened, for the lock taken after a deferred load */
  gboolean     reverting;
  gboolean     loaded;    /* every record is in the models */
  gboolean     loading;   /* attest_workspace_load_async() is reading them */
  gboolean     closed;
  guint64      generation;  /* bumped by every change of a record or a model */
  GHashTable  *indexes;     /* "kind field" -> Index */
  GPtrArray   *none;        /* what an index gives for a value no record has */
  GHashTable  *owner_names; /* folded name -> role or person (borrowed), as of owner_generation */
  guint64      owner_generation;
  GPtrArray   *undo_stack;  /* Change, the last on top */
  GPtrArray   *redo_stack;  /* Change, the last on top */
  struct _Change *pending;  /* the change being made, until its commit */
  int          journal_mode;
  guint64      last_serial;
};

/* The undo journal: every change a user makes through the workspace, as the
 * steps that make it up, so that Undo can take it back through the same
 * functions (and the same history rows) as any other change. */
typedef enum
{
  STEP_INSERTED,   /* id */
  STEP_DELETED,    /* record, position */
  STEP_UPDATED,    /* id, field, before (text form) */
  STEP_LINKED,     /* link_kind, from, to */
  STEP_UNLINKED,   /* link_kind, from, to */
} StepType;

typedef struct
{
  StepType      type;
  AttestRecord *record;
  guint         position;
  char         *id;
  char         *field;
  char         *before;
  char         *link_kind;
  char         *from;
  char         *to;
} Step;

typedef struct _Change
{
  GPtrArray *steps;       /* Step, in the order they were made */
  char      *label;       /* e.g. "Delete “Backups”" */
  gboolean   final;       /* an approval: taken back only by a new one */
  guint64    serial;      /* names it for attest_workspace_get_undo_serial() */
  gboolean   followed;    /* one edit, and the owners' names that followed it */
  gint64     time;
} Change;

typedef enum { JOURNAL_DO, JOURNAL_UNDO, JOURNAL_REDO } JournalMode;

static void
step_free (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->record);
  g_free (step->id);
  g_free (step->field);
  g_free (step->before);
  g_free (step->link_kind);
  g_free (step->from);
  g_free (step->to);
  g_free (step);
}

static void
change_free (gpointer data)
{
  Change *change = data;

  if (change == NULL)
    return;
  g_ptr_array_unref (change->steps);
  g_free (change->label);
  g_free (change);
}

/* A kind's records by the value of one of their string fields, as of one
 * generation of the workspace (attest_workspace_get_records_by()). */
typedef struct
{
  guint64     generation;
  GHashTable *by_value;     /* value (owned) -> GPtrArray of records (borrowed from the model) */
} Index;

static void
index_free (gpointer data)
{
  Index *index = data;

  g_clear_pointer (&index->by_value, g_hash_table_unref);
  g_free (index);
}

G_DEFINE_FINAL_TYPE (AttestWorkspace, attest_workspace, G_TYPE_OBJECT)

enum { WRITE_FAILED, RECORD_CHANGED, UNDO_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum { PROP_0, PROP_LOADED, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void on_record_notify_cb (AttestRecord *record, GParamSpec *pspec, AttestWorkspace *self);
static gboolean remove_record (AttestWorkspace *self, AttestRecord *record, AttestRemoval *removal, GError **error);
static AttestRemoval *removal_new (void);
static gboolean change_link (AttestWorkspace *self, const char *link_kind, AttestRecord *from,
                             AttestRecord *to, gboolean insert, GError **error);

/* The undo journal (see "Undo" in doc/architecture.md). */

static Step *
step_new (StepType type)
{
  Step *step = g_new0 (Step, 1);

  step->type = type;
  return step;
}

static void
journal_step (AttestWorkspace *self,
              Step            *step)
{
  if (self->pending == NULL)
    {
      self->pending = g_new0 (Change, 1);
      self->pending->steps = g_ptr_array_new_with_free_func (step_free);
    }
  g_ptr_array_add (self->pending->steps, step);
}

static void
journal_link (AttestWorkspace *self,
              StepType         type,
              const char      *link_kind,
              const char      *from,
              const char      *to)
{
  Step *step = step_new (type);

  step->link_kind = g_strdup (link_kind);
  step->from = g_strdup (from);
  step->to = g_strdup (to);
  journal_step (self, step);
}

/* Before an outermost transaction: what a failed one left is not a change. */
static void
journal_start (AttestWorkspace *self)
{
  if (!attest_store_in_transaction (self->store))
    g_clear_pointer (&self->pending, change_free);
}

static void
journal_reset (AttestWorkspace *self)
{
  g_clear_pointer (&self->pending, change_free);
  if (self->undo_stack->len > 0 || self->redo_stack->len > 0)
    {
      g_ptr_array_set_size (self->undo_stack, 0);
      g_ptr_array_set_size (self->redo_stack, 0);
      g_signal_emit (self, signals[UNDO_CHANGED], 0);
    }
}

/* Approvals and owners' decisions stand in the history as events, their
 * heads recorded as stated to a third party: a new approval or decision
 * replaces one, Undo does not take it back. */
static gboolean
kind_is_final (const char *kind)
{
  return g_strcmp0 (kind, "soa-version") == 0 || g_strcmp0 (kind, "document-version") == 0
         || g_strcmp0 (kind, "plan-approval") == 0 || g_strcmp0 (kind, "risk-acceptance") == 0;
}

static char *
name_of (AttestWorkspace *self,
         AttestRecord    *record)
{
  if (record == NULL)
    return g_strdup (_("(unnamed)"));
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "name") == NULL
      && g_object_class_find_property (G_OBJECT_GET_CLASS (record), "title") == NULL
      && !ATTEST_IS_SOA_ENTRY (record) && !ATTEST_IS_REQUIREMENT (record)
      && !ATTEST_IS_AUDIT_FINDING (record) && !ATTEST_IS_MEASUREMENT (record))
    return g_strdup (attest_kind_get_label (attest_record_get_kind (record)));
  return attest_record_dup_display_name (self, record);
}

static char *
edit_label (AttestWorkspace *self,
            AttestRecord    *record)
{
  g_autofree char *name = name_of (self, record);

  /* TRANSLATORS: what Undo takes back, in "Undo %s"; %s is a record's name */
  return g_strdup_printf (_("Edit “%s”"), name);
}

/* What a change is called in the menu: "Delete “Backups”". */
static char *
change_label (AttestWorkspace *self,
              Change          *change)
{
  Step *deleted = NULL, *updated = NULL, *linked = NULL;
  guint n_inserted = 0, n_updated_records = 0;
  const char *inserted = NULL, *updated_id = NULL;

  for (guint i = 0; i < change->steps->len; i++)
    {
      Step *step = g_ptr_array_index (change->steps, i);

      switch (step->type)
        {
        case STEP_DELETED:
          deleted = step;   /* the record deleted last is the one the user chose */
          break;
        case STEP_INSERTED:
          if (inserted == NULL)
            inserted = step->id;
          n_inserted++;
          break;
        case STEP_UPDATED:
          if (updated == NULL)
            updated = step;
          if (g_strcmp0 (updated_id, step->id) != 0)
            n_updated_records++;
          updated_id = step->id;
          break;
        case STEP_LINKED:
        case STEP_UNLINKED:
          if (linked == NULL)
            linked = step;
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (change->final && inserted != NULL)
    {
      g_autofree char *name = name_of (self, attest_workspace_lookup (self, inserted));

      return g_strdup (name);
    }
  if (deleted != NULL)
    {
      g_autofree char *name = name_of (self, deleted->record);

      /* TRANSLATORS: what Undo takes back, in "Undo %s"; %s is a record's name */
      return g_strdup_printf (_("Delete “%s”"), name);
    }
  if (n_inserted == 1)
    {
      g_autofree char *name = name_of (self, attest_workspace_lookup (self, inserted));

      /* TRANSLATORS: what Undo takes back, in "Undo %s"; %s is a record's name */
      return g_strdup_printf (_("Add “%s”"), name);
    }
  if (n_inserted > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %u Record", "Add %u Records", n_inserted),
                            n_inserted);
  if (updated != NULL && n_updated_records == 1)
    return edit_label (self, attest_workspace_lookup (self, updated->id));
  if (updated != NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Edit %u Record", "Edit %u Records", n_updated_records),
                            n_updated_records);
  if (linked != NULL)
    {
      g_autofree char *from = name_of (self, attest_workspace_lookup (self, linked->from));
      g_autofree char *to = name_of (self, attest_workspace_lookup (self, linked->to));

      return linked->type == STEP_LINKED
             /* TRANSLATORS: what Undo takes back, in "Undo %s"; the two are records' names */
             ? g_strdup_printf (_("Link “%s” to “%s”"), from, to)
             /* TRANSLATORS: what Undo takes back, in "Undo %s"; the two are records' names */
             : g_strdup_printf (_("Unlink “%s” from “%s”"), from, to);
    }
  return g_strdup (_("Change"));
}

/* Two saves of the same field in a row while the user types are one edit. */
#define COALESCE_USEC (10 * G_USEC_PER_SEC)

static gboolean
coalesces (Change *top,
           Change *change)
{
  Step *a, *b;

  /* The same fields of the same records: a person's name as it is typed,
   * with the names of what the person owns that follow it. */
  if (top == NULL || top->final || top->steps->len != change->steps->len
      || change->time - top->time >= COALESCE_USEC
      || (change->steps->len > 1 && !(top->followed && change->followed)))
    return FALSE;
  for (guint i = 0; i < change->steps->len; i++)
    {
      a = g_ptr_array_index (top->steps, i);
      b = g_ptr_array_index (change->steps, i);
      if (a->type != STEP_UPDATED || b->type != STEP_UPDATED
          || !g_str_equal (a->id, b->id) || !g_str_equal (a->field, b->field))
        return FALSE;
    }
  return TRUE;
}

/* After a commit: once the outermost transaction is in the file, the change
 * it made goes on the undo stack (or, while undoing, on the redo stack). */
static void
journal_commit (AttestWorkspace *self)
{
  Change *change;
  GPtrArray *stack;

  if (attest_store_in_transaction (self->store) || self->pending == NULL)
    return;
  change = g_steal_pointer (&self->pending);
  change->time = attest_now ();
  for (guint i = 0; i < change->steps->len; i++)
    {
      Step *step = g_ptr_array_index (change->steps, i);
      AttestRecord *record = step->type == STEP_INSERTED ? attest_workspace_lookup (self, step->id) : NULL;

      if (record != NULL && kind_is_final (attest_record_get_kind (record)))
        change->final = TRUE;
    }
  if (change->label == NULL)
    change->label = change_label (self, change);

  stack = self->journal_mode == JOURNAL_UNDO ? self->redo_stack : self->undo_stack;
  if (self->journal_mode == JOURNAL_DO)
    {
      Change *top = self->undo_stack->len > 0
                    ? g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1) : NULL;

      if (self->redo_stack->len == 0 && coalesces (top, change))
        {
          top->time = change->time;
          g_free (top->label);
          top->label = g_steal_pointer (&change->label);
          change_free (change);
          g_signal_emit (self, signals[UNDO_CHANGED], 0);
          return;
        }
      g_ptr_array_set_size (self->redo_stack, 0);
    }
  change->serial = ++self->last_serial;
  g_ptr_array_add (stack, change);
  g_signal_emit (self, signals[UNDO_CHANGED], 0);
}

/* Any change of a record's field, before anyone else hears of it: the
 * indexes are out of date from then on. */
static void
on_record_notify_first_cb (AttestRecord    *record,
                           GParamSpec      *pspec,
                           AttestWorkspace *self)
{
  self->generation++;
}
static gboolean add_missing_singletons (AttestWorkspace *self, const char *organisation, GError **error);
static gboolean fill_escalation (AttestWorkspace *self, GError **error);
static gboolean link_owners (AttestWorkspace *self, GError **error);
static gboolean adopt_leaders (AttestWorkspace *self, GError **error);

static GListStore *
model_for (AttestWorkspace *self,
           GType            kind)
{
  GListStore *model = g_hash_table_lookup (self->models, GSIZE_TO_POINTER (kind));

  g_return_val_if_fail (model != NULL, NULL);
  return model;
}

static void
track (AttestWorkspace *self,
       AttestRecord    *record)
{
  self->generation++;
  g_hash_table_insert (self->by_id, (gpointer) attest_record_get_id (record), record);
  g_signal_connect (record, "notify", G_CALLBACK (on_record_notify_first_cb), self);
  /* After other handlers: they see the field change before its saving
   * touches "modified". */
  g_signal_connect_after (record, "notify", G_CALLBACK (on_record_notify_cb), self);
}

static void
untrack (AttestWorkspace *self,
         AttestRecord    *record)
{
  self->generation++;
  g_signal_handlers_disconnect_by_func (record, on_record_notify_first_cb, self);
  g_signal_handlers_disconnect_by_func (record, on_record_notify_cb, self);
  g_hash_table_remove (self->by_id, attest_record_get_id (record));
}

static gboolean
find_in_model (GListStore   *model,
               AttestRecord *record,
               guint        *position)
{
  return g_list_store_find (model, record, position);
}

static void
untrack_all (AttestWorkspace *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->models);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GListModel *model = value;

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);
          untrack (self, record);
        }
    }
}

/* A workspace whose records are still being read can be looked at, not
 * changed: the lock is taken, and missing singletons added, only once
 * everything is read. */
static gboolean
require_loaded (AttestWorkspace  *self,
                GError          **error)
{
  if (self->loaded)
    return TRUE;
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_LOADING,
               _("“%s” is still being read; it can be changed once it is loaded."),
               attest_workspace_get_display_name (self));
  return FALSE;
}

/* Reads every record from the file into the models, replacing what they held. */
static gboolean
load_all (AttestWorkspace  *self,
          GError          **error)
{
  const GType *kinds;
  guint n_kinds;
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      GPtrArray *records = attest_store_load (self->store, kinds[k], error);

      if (records == NULL)
        return FALSE;
      g_ptr_array_add (loaded, records);
    }

  untrack_all (self);
  for (guint k = 0; k < n_kinds; k++)
    {
      GPtrArray *records = g_ptr_array_index (loaded, k);
      GListStore *model = model_for (self, kinds[k]);

      for (guint i = 0; i < records->len; i++)
        track (self, g_ptr_array_index (records, i));
      g_list_store_splice (model, 0, g_list_model_get_n_items (G_LIST_MODEL (model)),
                           records->pdata, records->len);
    }
  return TRUE;
}

static void
revert_field (AttestWorkspace   *self,
              AttestRecord      *record,
              const AttestField *field)
{
  g_autofree char *stored = attest_store_dup_field_text (self->store, record, field, NULL);

  self->reverting = TRUE;
  /* What the file holds; when a failing disk cannot even say, what the
   * field held before this change, which was saved. */
  if (stored != NULL)
    attest_record_set_field_text (record, field, stored, NULL);
  else
    attest_record_restore_previous (record, field->pspec->name);
  self->reverting = FALSE;
}

/* The records of every kind that has an owner whose owner is @party
 * (attest_workspace_get_owner()), as a list of their own: changing them
 * changes the workspace's indexes. With @field, as the party was named
 * while @field still said @before. */
static GPtrArray *
dup_owned_by (AttestWorkspace *self,
              AttestRecord    *party,
              const char      *field,
              const char      *before)
{
  GPtrArray *owned = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = attest_party_dup_names (party, field, before);
  const GType *kinds;
  guint n_kinds;

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      const AttestField *owner = attest_record_class_get_owner_field (g_type_class_peek (kinds[k]));
      GPtrArray *found;

      if (owner == NULL)
        continue;
      found = attest_workspace_get_records_by (self, kinds[k], owner->pspec->name, attest_record_get_id (party));
      for (guint i = 0; i < found->len; i++)
        g_ptr_array_add (owned, g_object_ref (g_ptr_array_index (found, i)));
      /* Owned by name only (typed before owners were picked): by any name
       * the party goes by. */
      found = attest_workspace_get_records_by (self, kinds[k], owner->pspec->name, "");
      for (guint i = 0; i < found->len; i++)
        if (attest_party_names_match (names, attest_record_get_string (g_ptr_array_index (found, i),
                                                                       ATTEST_OWNER_NAME_FIELD)))
          g_ptr_array_add (owned, g_object_ref (g_ptr_array_index (found, i)));
    }
  return owned;
}

/* Keeps an owner's name in step with whom its id names (attest-owner.c):
 * the person or role just chosen, a person renamed, a role retitled; and
 * lets go of the id when the name is typed over with another. These are
 * edits like any other, saved and journalled in the change that caused
 * them. Returns whether it changed anything. */
static gboolean
follow_owners (AttestWorkspace   *self,
               AttestRecord      *record,
               const AttestField *field,
               const char        *before)
{
  const AttestField *owner_field = attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (record));
  const char *name = field->pspec->name;

  if (owner_field != NULL && (field == owner_field || g_str_equal (name, ATTEST_OWNER_NAME_FIELD)))
    {
      const char *id = attest_record_get_string (record, owner_field->pspec->name);
      const char *shown = attest_record_get_string (record, ATTEST_OWNER_NAME_FIELD);
      AttestRecord *party = *id != '\0' ? attest_workspace_lookup (self, id) : NULL;

      g_autofree char *label = party != NULL && attest_record_is_party (party) ? attest_party_dup_label (party) : NULL;

      if (field == owner_field && label != NULL && !g_str_equal (shown, label))
        {
          g_object_set (record, ATTEST_OWNER_NAME_FIELD, label, NULL);
          return TRUE;
        }
      if (field != owner_field && *id != '\0' && g_strcmp0 (shown, label) != 0)
        {
          g_object_set (record, owner_field->pspec->name, "", NULL);
          return TRUE;
        }
      return FALSE;
    }
  if (attest_record_is_party (record) && attest_party_is_label_field (record, name) && before != NULL)
    {
      g_autoptr(GPtrArray) owned = dup_owned_by (self, record, name, before);
      g_autofree char *label = attest_party_dup_label (record);

      /* What it owned by name alone now holds its id: the name follows. */
      for (guint i = 0; i < owned->len; i++)
        {
          AttestRecord *other = g_ptr_array_index (owned, i);
          const AttestField *owner = attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (other));

          g_object_set (other, owner->pspec->name, attest_record_get_id (record), ATTEST_OWNER_NAME_FIELD, label, NULL);
        }
      return owned->len > 0;
    }
  return FALSE;
}

static void
on_record_notify_cb (AttestRecord    *record,
                     GParamSpec      *pspec,
                     AttestWorkspace *self)
{
  const AttestField *field;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  gint64 now = attest_now ();
  gboolean bulk;

  if (self->reverting)
    return;
  field = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (record), pspec->name);
  if (field == NULL || field->pspec != pspec)
    return;   /* id, created, modified: not user edits */

  bulk = FALSE;
  if (!require_loaded (self, &error))
    goto failed;
  bulk = attest_store_in_transaction (self->store);
  journal_start (self);
  if (!attest_store_begin (self->store, &error))
    goto failed;
  /* What the file held, for Undo. */
  before = attest_store_dup_field_text (self->store, record, field, &error);
  if (before == NULL || !attest_store_update (self->store, record, field, now, &error))
    {
      attest_store_rollback (self->store);
      goto failed;
    }
  {
    Step *step = step_new (STEP_UPDATED);

    step->id = g_strdup (attest_record_get_id (record));
    step->field = g_strdup (pspec->name);
    step->before = g_strdup (before);
    journal_step (self, step);
  }
  /* Undo and Redo put back every field the change touched, step by step. */
  if (self->journal_mode == JOURNAL_DO && follow_owners (self, record, field, before) && !bulk)
    {
      g_autofree char *label = edit_label (self, record);

      attest_workspace_set_change_label (self, label);
      self->pending->followed = TRUE;
    }
  if (!attest_store_commit (self->store, &error))
    goto failed;
  attest_record_set_modified (record, now);
  journal_commit (self);
  g_signal_emit (self, signals[RECORD_CHANGED], 0, record, pspec->name);
  return;

failed:
  /* A failed bulk change is rolled back and reloaded by its owner. A single
   * edit that could not be saved is taken back, so that what the user sees
   * is always what is in the file, and reported. */
  if (!bulk)
    revert_field (self, record, field);
  g_signal_emit (self, signals[WRITE_FAILED], 0, error);
}

static void
attest_workspace_dispose (GObject *object)
{
  AttestWorkspace *self = ATTEST_WORKSPACE (object);

  if (self->models != NULL)
    untrack_all (self);
  g_clear_pointer (&self->models, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->indexes, g_hash_table_unref);
  g_clear_pointer (&self->owner_names, g_hash_table_unref);
  g_clear_pointer (&self->none, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->pending, change_free);
  if (self->store != NULL)
    attest_store_close (self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (attest_workspace_parent_class)->dispose (object);
}

static void
attest_workspace_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AttestWorkspace *self = ATTEST_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_workspace_class_init (AttestWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = attest_workspace_dispose;
  object_class->get_property = attest_workspace_get_property;

  /**
   * AttestWorkspace:loaded:
   *
   * Whether every record is in the models. Only a workspace opened with
   * attest_workspace_open_deferred() is ever not loaded, until
   * attest_workspace_load_async() has read the rest; it cannot be changed
   * until then.
   */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AttestWorkspace::write-failed:
   * @self: the workspace
   * @error: what went wrong, a sentence for the user
   *
   * A change made by setting a record's property could not be saved; the
   * property has been set back to the value in the file.
   */
  signals[WRITE_FAILED] =
    g_signal_new ("write-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * AttestWorkspace::record-changed:
   * @self: the workspace
   * @record: the record
   * @field: the field that was saved
   *
   * A field of a record was changed and saved. Views that depend on
   * several records (readiness, summaries) follow the workspace through it.
   */
  signals[RECORD_CHANGED] =
    g_signal_new ("record-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, ATTEST_TYPE_RECORD, G_TYPE_STRING);

  /**
   * AttestWorkspace::undo-changed:
   * @self: the workspace
   *
   * What Undo or Redo would do changed: a change was made, undone or
   * redone (see attest_workspace_dup_undo_label()).
   */
  signals[UNDO_CHANGED] =
    g_signal_new ("undo-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
attest_workspace_init (AttestWorkspace *self)
{
  const GType *kinds;
  guint n_kinds;

  self->models = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, index_free);
  self->none = g_ptr_array_new ();
  self->undo_stack = g_ptr_array_new_with_free_func (change_free);
  self->redo_stack = g_ptr_array_new_with_free_func (change_free);
  self->loaded = TRUE;

  kinds = attest_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    g_hash_table_insert (self->models, GSIZE_TO_POINTER (kinds[i]), g_list_store_new (kinds[i]));
}

/**
 * attest_workspace_open:
 * @path: an .isms file
 * @flags: how to open it
 * @error: return location for an error
 *
 * Opens a workspace and loads its records.
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
AttestWorkspace *
attest_workspace_open (const char       *path,
                       AttestOpenFlags   flags,
                       GError          **error)
{
  g_autoptr(AttestWorkspace) self = g_object_new (ATTEST_TYPE_WORKSPACE, NULL);

  /* Everything is read before the editing lock is taken: a file that
   * turns out damaged is refused without a byte of it changed. */
  self->store = attest_store_open (path, flags | ATTEST_OPEN_LOCK_LATER, error);
  if (self->store == NULL || !load_all (self, error)
      || !attest_store_take_lock (self->store, flags, error))
    return NULL;

  /* A file from an older schema lacks the singletons added since. */
  if (!attest_workspace_is_read_only (self))
    {
      if (!attest_workspace_begin (self, error))
        return NULL;
      if (!add_missing_singletons (self, NULL, error) || !fill_escalation (self, error)
          || !link_owners (self, error) || !adopt_leaders (self, error))
        {
          attest_workspace_rollback (self);
          return NULL;
        }
      if (!attest_workspace_commit (self, error))
        return NULL;
    }
  journal_reset (self);
  return g_steal_pointer (&self);
}

/* Fewer records than this are read at once by attest_workspace_open_deferred():
 * about 10 ms, less than a window takes to appear. */
#define DEFER_ABOVE 2000
/* How long one step of attest_workspace_load_async() may keep the main loop,
 * and the pause between steps in which a late frame is painted. */
#define LOAD_STEP_USEC 6000
#define LOAD_PAUSE_MSEC 1

static void
take_records (AttestWorkspace *self,
              GType            kind,
              GPtrArray       *records,
              gboolean         tracked)
{
  GListStore *model = model_for (self, kind);

  if (!tracked)
    for (guint i = 0; i < records->len; i++)
      track (self, g_ptr_array_index (records, i));
  g_list_store_splice (model, 0, g_list_model_get_n_items (G_LIST_MODEL (model)),
                       records->pdata, records->len);
}

/* The end of a deferred load: the file is taken for editing, with the
 * singletons an older schema lacks, as attest_workspace_open() does. */
static gboolean
finish_loading (AttestWorkspace  *self,
                GError          **error)
{
  attest_store_end_read (self->store);
  if (!attest_store_take_lock (self->store, self->flags, error))
    return FALSE;
  self->loaded = TRUE;
  if (!attest_workspace_is_read_only (self))
    {
      if (!attest_workspace_begin (self, error))
        goto failed;
      if (!add_missing_singletons (self, NULL, error) || !fill_escalation (self, error)
          || !link_owners (self, error) || !adopt_leaders (self, error))
        {
          attest_workspace_rollback (self);
          goto failed;
        }
      if (!attest_workspace_commit (self, error))
        goto failed;
    }
  journal_reset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  return TRUE;

failed:
  self->loaded = FALSE;
  return FALSE;
}

/**
 * attest_workspace_open_deferred:
 * @path: an .isms file
 * @flags: how to open it
 * @error: return location for an error
 *
 * Opens a workspace as attest_workspace_open() does, with every check of
 * the file (an Attest file, undamaged, its schema, not in use by another
 * Attest), but reads at once only the singletons (organisation, scope,
 * setup, risk method) unless the file holds few records. The rest is read
 * by attest_workspace_load_async(): until then the workspace is not loaded
 * (see attest_workspace_is_loaded()), holds no lock and cannot be changed,
 * so that a record found damaged then leaves the file untouched. With
 * %ATTEST_OPEN_CHECK_LATER the caller checks the file's pages meanwhile
 * (attest_store_check_pages()) and drops the workspace if they fail.
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
AttestWorkspace *
attest_workspace_open_deferred (const char       *path,
                                AttestOpenFlags   flags,
                                GError          **error)
{
  g_autoptr(AttestWorkspace) self = g_object_new (ATTEST_TYPE_WORKSPACE, NULL);
  g_autoptr(GPtrArray) rest = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  const GType *kinds;
  guint n_kinds;
  gint64 total = 0;

  self->store = attest_store_open (path, flags | ATTEST_OPEN_LOCK_LATER, error);
  if (self->store == NULL)
    return NULL;
  self->flags = flags & ~ATTEST_OPEN_LOCK_LATER;
  /* One picture of the file for everything read until the load ends. */
  if (!attest_store_begin_read (self->store, error))
    return NULL;
  self->loaded = FALSE;

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      if (attest_record_class_is_singleton (g_type_class_peek (kinds[k])))
        {
          g_autoptr(GPtrArray) records = attest_store_load (self->store, kinds[k], error);

          if (records == NULL)
            return NULL;
          take_records (self, kinds[k], records, FALSE);
        }
      else
        {
          gint64 n = attest_store_count (self->store, kinds[k], error);

          if (n < 0)
            return NULL;
          total += n;
        }
    }
  if (total > DEFER_ABOVE)
    return g_steal_pointer (&self);

  for (guint k = 0; k < n_kinds; k++)
    {
      GPtrArray *records;

      if (attest_record_class_is_singleton (g_type_class_peek (kinds[k])))
        continue;
      records = attest_store_load (self->store, kinds[k], error);
      if (records == NULL)
        return NULL;
      g_ptr_array_add (rest, records);
    }
  for (guint k = 0, i = 0; k < n_kinds; k++)
    if (!attest_record_class_is_singleton (g_type_class_peek (kinds[k])))
      take_records (self, kinds[k], g_ptr_array_index (rest, i++), FALSE);
  if (!finish_loading (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * attest_workspace_is_loaded:
 * @self: a workspace
 *
 * Returns: %TRUE once every record is in the models; see
 *   attest_workspace_open_deferred()
 */
gboolean
attest_workspace_is_loaded (AttestWorkspace *self)
{
  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), FALSE);
  return self->loaded;
}

typedef struct
{
  guint              kind;      /* index in attest_record_kinds() */
  AttestStoreReader *reader;
  guint              tracked;   /* how many of the reader's records are tracked */
  GPtrArray         *read;      /* per kind: its records, NULL for singletons */
} LoadState;

static void
records_free (gpointer records)
{
  if (records != NULL)
    g_ptr_array_unref (records);
}

static void
load_state_free (gpointer data)
{
  LoadState *state = data;

  attest_store_reader_free (state->reader);
  g_ptr_array_unref (state->read);
  g_free (state);
}

/* A load that failed or was cancelled: the records read are dropped and the
 * file is released, as it was found. */
static void
abandon_load (AttestWorkspace *self,
              LoadState       *state)
{
  if (state->reader != NULL)
    {
      GPtrArray *records = attest_store_reader_get_records (state->reader);

      for (guint i = 0; i < state->tracked; i++)
        untrack (self, g_ptr_array_index (records, i));
      g_clear_pointer (&state->reader, attest_store_reader_free);
    }
  for (guint k = 0; k < state->read->len; k++)
    {
      GPtrArray *records = g_ptr_array_index (state->read, k);

      for (guint i = 0; records != NULL && i < records->len; i++)
        untrack (self, g_ptr_array_index (records, i));
    }
  g_ptr_array_set_size (state->read, 0);
  self->loading = FALSE;
  if (!self->closed)
    attest_workspace_close (self);
}

static gboolean load_step_cb (gpointer user_data);

/* Each step comes after a pause, and ahead of redrawing: painting that
 * takes longer than a frame (a software renderer, a slow machine) would
 * starve an idle callback, and the load would never end; this way frames
 * and steps take turns. */
static void
schedule_step (GTask *task)
{
  g_autoptr(GSource) source = g_timeout_source_new (LOAD_PAUSE_MSEC);

  g_task_attach_source (task, source, load_step_cb);
}

static gboolean
load_step_cb (gpointer user_data)
{
  GTask *task = user_data;
  AttestWorkspace *self = g_task_get_source_object (task);
  LoadState *state = g_task_get_task_data (task);
  gint64 deadline = g_get_monotonic_time () + LOAD_STEP_USEC;
  g_autoptr(GError) error = NULL;
  const GType *kinds;
  guint n_kinds;

  kinds = attest_record_kinds (&n_kinds);
  if (self->closed)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The workspace was closed.");
      goto failed;
    }
  if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error))
    goto failed;

  while (g_get_monotonic_time () < deadline)
    {
      GPtrArray *records;
      gboolean done;

      if (state->kind == n_kinds)
        {
          for (guint k = 0; k < n_kinds; k++)
            if (g_ptr_array_index (state->read, k) != NULL)
              take_records (self, kinds[k], g_ptr_array_index (state->read, k), TRUE);
          g_ptr_array_set_size (state->read, 0);
          self->loading = FALSE;
          if (!finish_loading (self, &error))
            goto failed;
          g_task_return_boolean (task, TRUE);
          return G_SOURCE_REMOVE;
        }
      if (attest_record_class_is_singleton (g_type_class_peek (kinds[state->kind])))
        {
          g_ptr_array_add (state->read, NULL);
          state->kind++;
          continue;
        }
      if (state->reader == NULL)
        {
          state->reader = attest_store_reader_new (self->store, kinds[state->kind], &error);
          state->tracked = 0;
          if (state->reader == NULL)
            goto failed;
        }
      if (!attest_store_reader_step (state->reader, 100, &done, &error))
        goto failed;
      records = attest_store_reader_get_records (state->reader);
      for (; state->tracked < records->len; state->tracked++)
        track (self, g_ptr_array_index (records, state->tracked));
      if (done)
        {
          g_ptr_array_add (state->read, attest_store_reader_finish (state->reader));
          g_clear_pointer (&state->reader, attest_store_reader_free);
          state->kind++;
        }
    }
  schedule_step (task);
  return G_SOURCE_REMOVE;

failed:
  abandon_load (self, state);
  g_task_return_error (task, g_steal_pointer (&error));
  return G_SOURCE_REMOVE;
}

/**
 * attest_workspace_load_async:
 * @self: a workspace from attest_workspace_open_deferred()
 * @cancellable: (nullable): to stop loading
 * @callback: called once the workspace is loaded, or could not be
 * @user_data: for @callback
 *
 * Reads the records attest_workspace_open_deferred() left, a few at a time
 * in short steps of the thread-default main context, so that a window
 * stays responsive; puts them into the models at once when all are read;
 * then takes the editing lock. A damaged record fails the load with
 * %ATTEST_ERROR_DAMAGED: the workspace is then closed, its file untouched.
 * A workspace that is loaded already finishes at once.
 */
void
attest_workspace_load_async (AttestWorkspace     *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadState *state;

  g_return_if_fail (ATTEST_IS_WORKSPACE (self));
  g_return_if_fail (!self->loading);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, attest_workspace_load_async);
  if (self->loaded)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (self->closed)
    {
      g_task_return_new_error (task, ATTEST_ERROR, ATTEST_ERROR_FAILED,
                               _("“%s” was closed before it was loaded."),
                               attest_workspace_get_display_name (self));
      return;
    }
  state = g_new0 (LoadState, 1);
  state->read = g_ptr_array_new_with_free_func (records_free);
  g_task_set_task_data (task, state, load_state_free);
  self->loading = TRUE;
  /* Below input, above redrawing (see schedule_step()). */
  g_task_set_priority (task, G_PRIORITY_HIGH_IDLE);
  schedule_step (task);
}

/**
 * attest_workspace_load_finish:
 * @self: a workspace
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: %TRUE if the workspace is loaded
 */
gboolean
attest_workspace_load_finish (AttestWorkspace  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Adds, in one transaction, every singleton record the workspace lacks: all
 * of them for a new file, and the kinds a later schema added for an older one. */
static gboolean
add_missing_singletons (AttestWorkspace  *self,
                        const char       *organisation,
                        GError          **error)
{
  const GType *kinds;
  guint n_kinds;

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autoptr(AttestRecord) record = NULL;

      if (!attest_record_class_is_singleton (g_type_class_peek (kinds[k]))
          || g_list_model_get_n_items (attest_workspace_get_records (self, kinds[k])) > 0)
        continue;
      if (kinds[k] == ATTEST_TYPE_ORGANISATION)
        record = g_object_new (kinds[k], "name", organisation, "classification", _("Confidential"), NULL);
      else
        record = g_object_new (kinds[k], NULL);
      /* A method to start from; the user adapts it or picks another preset. */
      if (kinds[k] == ATTEST_TYPE_RISK_METHOD)
        {
          attest_risk_method_apply_preset (record, 5);
          g_object_set (record, "identification", attest_risk_method_default_identification (), NULL);
        }
      if (!attest_workspace_add (self, record, error))
        return FALSE;
    }
  return TRUE;
}

/* A method from before schema 8 gains an escalation level and who decides
 * there: the highest of its levels and, in our words, top management, as
 * every new method starts. The user sees them on the method's page; they
 * are edits, in the history, like any other. */
static gboolean
fill_escalation (AttestWorkspace  *self,
                 G_GNUC_UNUSED GError **error)
{
  AttestRecord *method = attest_workspace_get_singleton (self, ATTEST_TYPE_RISK_METHOD);
  guint from = attest_store_get_migrated_from (self->store);

  if (from == 0 || from >= 8 || method == NULL)
    return TRUE;
  attest_risk_method_fill_escalation (method);
  return TRUE;
}

/* Owners were typed before schema 20: a name that is no one of the ISMS
 * becomes a new person (attest_workspace_add_missing_owners()). */
static gboolean
link_owners (AttestWorkspace  *self,
             GError          **error)
{
  guint from = attest_store_get_migrated_from (self->store);

  if (from == 0 || from >= 20)
    return TRUE;
  return attest_workspace_add_missing_owners (self, NULL, error);
}

static gboolean
add_defaults (AttestWorkspace  *self,
              const char       *organisation,
              GError          **error)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestControl *controls;
  guint n_controls;

  if (!add_missing_singletons (self, organisation, error))
    return FALSE;

  controls = attest_catalog_get_controls (catalog, &n_controls);
  for (guint i = 0; i < n_controls; i++)
    {
      g_autoptr(AttestRecord) entry = g_object_new (ATTEST_TYPE_SOA_ENTRY,
                                                    "control-id", controls[i].id,
                                                    NULL);
      if (!attest_workspace_add (self, entry, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * attest_workspace_create:
 * @path: where to create the file; it must not exist
 * @organisation: (nullable): the organisation's name
 * @error: return location for an error
 *
 * Creates a new workspace: the organisation profile, the scope, and one
 * Statement of Applicability entry per control of the catalog.
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
AttestWorkspace *
attest_workspace_create (const char  *path,
                         const char  *organisation,
                         GError     **error)
{
  return attest_workspace_create_full (path, organisation, NULL, NULL, error);
}

/**
 * attest_workspace_create_full:
 * @path: where to create the file; it must not exist
 * @organisation: (nullable): the organisation's name
 * @fill: (nullable): adds the rest (a demo, an import) to the new workspace
 * @user_data: for @fill
 * @error: return location for an error
 *
 * Creates a new workspace as attest_workspace_create() does, then lets
 * @fill add to it. It is built in a private temporary file beside @path
 * and moved to @path only when complete, and only if @path is still free:
 * stopped at any moment, it leaves no file at @path or a complete one.
 *
 * Returns: (transfer full): the workspace, open on @path, or %NULL with
 *   @error set
 */
AttestWorkspace *
attest_workspace_create_full (const char               *path,
                              const char               *organisation,
                              AttestWorkspaceFillFunc   fill,
                              gpointer                  user_data,
                              GError                  **error)
{
  g_autoptr(AttestOutput) output = attest_output_open (path, NULL, ATTEST_OUTPUT_CREATE, error);

  if (output == NULL)
    return NULL;
  {
    g_autoptr(AttestWorkspace) self = g_object_new (ATTEST_TYPE_WORKSPACE, NULL);
    const char *temp = attest_output_get_temp_path (output);

    /* The store makes the file itself, exclusively. */
    g_unlink (temp);
    self->store = attest_store_create_as (temp, path, error);
    if (self->store == NULL)
      return NULL;
    if (!attest_workspace_begin (self, error))
      return NULL;
    if (!add_defaults (self, organisation, error))
      {
        attest_workspace_rollback (self);
        return NULL;
      }
    if (!attest_workspace_commit (self, error))
      return NULL;
    _attest_test_point ("create-defaults");
    if (fill != NULL && !fill (self, user_data, error))
      return NULL;
    attest_workspace_close (self);
  }
  _attest_test_point ("create-complete");
  if (!attest_output_commit (output, error))
    return NULL;
  return attest_workspace_open (path, ATTEST_OPEN_DEFAULT, error);
}

/**
 * attest_workspace_close:
 * @self: a workspace
 *
 * Releases the file. The models keep their records, but nothing is saved any
 * more. Dropping the last reference closes the workspace too.
 */
void
attest_workspace_close (AttestWorkspace *self)
{
  g_return_if_fail (ATTEST_IS_WORKSPACE (self));

  if (self->models != NULL)
    untrack_all (self);
  self->closed = TRUE;
  attest_store_close (self->store);
}

/**
 * attest_workspace_is_closed:
 * @self: a workspace
 *
 * Returns: %TRUE once attest_workspace_close() has closed its file (and
 *   released the editing lock)
 */
gboolean
attest_workspace_is_closed (AttestWorkspace *self)
{
  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), TRUE);

  return self->closed;
}

const char *
attest_workspace_get_path (AttestWorkspace *self)
{
  return attest_store_get_path (self->store);
}

const char *
attest_workspace_get_display_name (AttestWorkspace *self)
{
  return attest_store_get_display_name (self->store);
}

gboolean
attest_workspace_is_read_only (AttestWorkspace *self)
{
  return attest_store_is_read_only (self->store);
}

/**
 * attest_workspace_get_read_only_reason:
 * @self: a workspace
 *
 * Returns: (nullable): why a file opened for editing is read-only
 */
const char *
attest_workspace_get_read_only_reason (AttestWorkspace *self)
{
  return attest_store_get_read_only_reason (self->store);
}

/**
 * attest_workspace_is_readable_by_others:
 * @self: a workspace
 * @mode: (out) (optional): the file's permission bits, such as 0644
 *
 * See attest_store_is_readable_by_others().
 *
 * Returns: whether users other than the owner may read the file
 */
gboolean
attest_workspace_is_readable_by_others (AttestWorkspace *self,
                                        guint           *mode)
{
  return attest_store_is_readable_by_others (self->store, mode);
}

/**
 * attest_workspace_make_private:
 * @self: a workspace
 * @error: return location for an error
 *
 * See attest_store_make_private().
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_make_private (AttestWorkspace  *self,
                               GError          **error)
{
  return attest_store_make_private (self->store, error);
}

/**
 * attest_workspace_get_store:
 * @self: a workspace
 *
 * Returns: (transfer none): the file
 */
AttestStore *
attest_workspace_get_store (AttestWorkspace *self)
{
  return self->store;
}

/**
 * attest_workspace_get_records:
 * @self: a workspace
 * @kind: a record type
 *
 * Returns: (transfer none): the records of @kind, in the order they were added
 */
GListModel *
attest_workspace_get_records (AttestWorkspace *self,
                              GType            kind)
{
  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), NULL);
  return G_LIST_MODEL (model_for (self, kind));
}

/**
 * attest_workspace_get_records_by:
 * @self: a workspace
 * @kind: a record kind
 * @field: the name of one of its string fields, such as "risk-id"
 * @value: the value to look for
 *
 * The records of @kind whose @field is @value, in the order of
 * attest_workspace_get_records(), found through an index built on the
 * first look-up and again after any change of the workspace: looking up
 * each risk's actions costs the number of actions once, not for every risk.
 *
 * Returns: (transfer none) (element-type AttestRecord): the records, valid
 *   until the workspace next changes
 */
GPtrArray *
attest_workspace_get_records_by (AttestWorkspace *self,
                                 GType            kind,
                                 const char      *field,
                                 const char      *value)
{
  g_autofree char *key = NULL;
  Index *index;
  GPtrArray *found;

  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);
  if (value == NULL)
    return self->none;
  key = g_strdup_printf ("%s %s", g_type_name (kind), field);
  index = g_hash_table_lookup (self->indexes, key);
  if (index == NULL)
    {
      index = g_new0 (Index, 1);
      g_hash_table_insert (self->indexes, g_steal_pointer (&key), index);
    }
  if (index->by_value == NULL || index->generation != self->generation)
    {
      GListModel *records = G_LIST_MODEL (model_for (self, kind));

      g_clear_pointer (&index->by_value, g_hash_table_unref);
      index->by_value = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
      index->generation = self->generation;
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
          const char *stored = attest_record_get_string (record, field);
          const char *of = stored != NULL ? stored : "";
          GPtrArray *list = g_hash_table_lookup (index->by_value, of);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (index->by_value, g_strdup (of), list);
            }
          g_ptr_array_add (list, record);   /* the model keeps it */
        }
    }
  found = g_hash_table_lookup (index->by_value, value);
  return found != NULL ? found : self->none;
}

/**
 * attest_workspace_lookup:
 * @self: a workspace
 * @id: a record id
 *
 * Returns: (transfer none) (nullable): the record
 */
AttestRecord *
attest_workspace_lookup (AttestWorkspace *self,
                         const char      *id)
{
  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), NULL);
  return id ? g_hash_table_lookup (self->by_id, id) : NULL;
}

/**
 * attest_workspace_get_singleton:
 * @self: a workspace
 * @kind: a singleton kind (organisation, scope)
 *
 * Returns: (transfer none) (nullable): the record
 */
AttestRecord *
attest_workspace_get_singleton (AttestWorkspace *self,
                                GType            kind)
{
  GListModel *model = attest_workspace_get_records (self, kind);
  g_autoptr(AttestRecord) record = NULL;

  g_return_val_if_fail (attest_record_class_is_singleton (g_type_class_peek (kind)), NULL);
  record = g_list_model_get_item (model, 0);
  return record;   /* the model keeps it alive */
}

/**
 * attest_workspace_lookup_soa_entry:
 * @self: a workspace
 * @control_id: a catalog id such as "iso27001:2022/A.5.1"
 *
 * Returns: (transfer none) (nullable): the SoA entry of that control
 */
AttestRecord *
attest_workspace_lookup_soa_entry (AttestWorkspace *self,
                                   const char      *control_id)
{
  GListModel *model = attest_workspace_get_records (self, ATTEST_TYPE_SOA_ENTRY);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (attest_record_get_string (entry, "control-id"), control_id) == 0)
        return entry;
    }
  return NULL;
}

static gboolean
record_has_defaults (AttestRecord *record)
{
  const AttestField *fields;
  guint n_fields;

  fields = attest_record_class_get_fields (ATTEST_RECORD_GET_CLASS (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      /* The SoA entry's control, and the organisation's name and
       * classification, are what a new workspace starts with. */
      if (g_str_equal (fields[i].pspec->name, "control-id")
          || g_str_equal (fields[i].pspec->name, "classification")
          || (ATTEST_IS_ORGANISATION (record) && g_str_equal (fields[i].pspec->name, "name")))
        continue;
      g_value_init (&value, fields[i].pspec->value_type);
      g_object_get_property (G_OBJECT (record), fields[i].pspec->name, &value);
      if (!g_param_value_defaults (fields[i].pspec, &value))
        {
          const char * const *strv;

          if (G_VALUE_HOLDS (&value, G_TYPE_STRV)
              && ((strv = g_value_get_boxed (&value)) == NULL || strv[0] == NULL))
            continue;
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * attest_workspace_is_empty:
 * @self: a workspace
 *
 * Returns: %TRUE if the workspace holds nothing but what a new one starts
 *   with: the organisation's name, the empty scope and undecided SoA entries
 */
gboolean
attest_workspace_is_empty (AttestWorkspace *self)
{
  const GType *kinds;
  guint n_kinds;

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      GListModel *model = attest_workspace_get_records (self, kinds[k]);
      gboolean defaults = kinds[k] == ATTEST_TYPE_SOA_ENTRY
                          || attest_record_class_is_singleton (g_type_class_peek (kinds[k]));

      /* Where the guided setup stands is not content, nor is the risk
       * method every workspace starts with. */
      if (kinds[k] == ATTEST_TYPE_SETUP || kinds[k] == ATTEST_TYPE_RISK_METHOD)
        continue;

      if (!defaults && g_list_model_get_n_items (model) > 0)
        return FALSE;
      for (guint i = 0; defaults && i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);

          if (!record_has_defaults (record))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_references (AttestWorkspace  *self,
                  AttestRecord     *record,
                  GError          **error)
{
  const AttestField *fields;
  guint n_fields;

  fields = attest_record_class_get_fields (ATTEST_RECORD_GET_CLASS (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *target_id;
      AttestRecord *target;

      if (fields[i].flags & ATTEST_FIELD_OWNER)
        {
          target_id = attest_record_get_string (record, fields[i].pspec->name);
          target = *target_id != '\0' ? attest_workspace_lookup (self, target_id) : NULL;
          if (*target_id != '\0' && (target == NULL || !attest_record_is_party (target)))
            {
              g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                           _("The owner of the %s is no person or role of the ISMS (%s)."),
                           attest_record_get_kind (record), target_id);
              return FALSE;
            }
          continue;
        }
      if (fields[i].references == NULL)
        continue;
      target_id = attest_record_get_string (record, fields[i].pspec->name);
      if (*target_id == '\0')
        continue;
      target = attest_workspace_lookup (self, target_id);
      if (target == NULL || g_strcmp0 (attest_record_get_kind (target), fields[i].references) != 0)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("The %s refers to a %s that does not exist (%s)."),
                       attest_record_get_kind (record), fields[i].references, target_id);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * attest_workspace_add:
 * @self: a workspace
 * @record: a new record, not in any workspace
 * @error: return location for an error
 *
 * Saves the record and appends it to its kind's model.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_add (AttestWorkspace  *self,
                      AttestRecord     *record,
                      GError          **error)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (record);
  GListStore *model = model_for (self, G_OBJECT_TYPE (record));

  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), FALSE);

  if (!require_loaded (self, error))
    return FALSE;
  if (attest_workspace_lookup (self, attest_record_get_id (record)) != NULL)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("Two records have the same id (%s)."), attest_record_get_id (record));
      return FALSE;
    }
  if (attest_record_class_is_singleton (klass)
      && g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("A workspace has only one %s."), attest_record_class_get_kind (klass));
      return FALSE;
    }
  if (!check_references (self, record, error))
    return FALSE;

  journal_start (self);
  if (!attest_store_begin (self->store, error))
    return FALSE;
  if (!attest_store_insert (self->store, record, error))
    {
      attest_store_rollback (self->store);
      return FALSE;
    }
  {
    Step *step = step_new (STEP_INSERTED);

    step->id = g_strdup (attest_record_get_id (record));
    journal_step (self, step);
  }
  if (!attest_store_commit (self->store, error))
    return FALSE;

  track (self, record);
  g_list_store_append (model, record);
  journal_commit (self);
  return TRUE;
}

/* What a removal took away, in the order it went, so that Undo can put it
 * back: records with their positions in their models, and links. */
struct _AttestRemoval
{
  GPtrArray *records;     /* AttestRecord */
  GArray    *positions;   /* guint, one per record */
  GPtrArray *links;       /* triples: link kind, from id, to id */
  GPtrArray *owners;      /* pairs: record, the name its owner had; cleared */
  GPtrArray *cleared;     /* triples: record id, field, the id it held; an
                           * optional reference to a removed record, emptied */
};

/**
 * attest_removal_free:
 * @removal: (nullable): a removal
 *
 * Frees what attest_workspace_remove_full() returned.
 */
void
attest_removal_free (AttestRemoval *removal)
{
  if (removal == NULL)
    return;
  g_ptr_array_unref (removal->records);
  g_array_unref (removal->positions);
  g_ptr_array_unref (removal->links);
  g_ptr_array_unref (removal->owners);
  g_ptr_array_unref (removal->cleared);
  g_free (removal);
}

/**
 * attest_removal_get_count:
 * @removal: a removal
 *
 * Returns: how many records it removed, the first and its dependents
 */
guint
attest_removal_get_count (AttestRemoval *removal)
{
  return removal->records->len;
}

/**
 * attest_removal_get_n_changed:
 * @removal: a removal
 *
 * Records that stay but no longer point at the record removed: what a
 * removed person or role owned, optional references (a risk's threat, a
 * nonconformity's finding) that are now empty, and links to it (an audit's
 * auditor, a risk's asset).
 *
 * Returns: how many such fields and links the removal emptied
 */
guint
attest_removal_get_n_changed (AttestRemoval *removal)
{
  guint n = removal->owners->len / 2 + removal->cleared->len / 3;
  const char *id;

  if (removal->records->len == 0)
    return n;
  /* The record asked for goes last, after what depended on it; links
   * between those dependents and others went with the dependents. */
  id = attest_record_get_id (g_ptr_array_index (removal->records, removal->records->len - 1));
  for (guint i = 0; i + 2 < removal->links->len; i += 3)
    if (g_str_equal (g_ptr_array_index (removal->links, i + 1), id)
        || g_str_equal (g_ptr_array_index (removal->links, i + 2), id))
      n++;
  return n;
}

static AttestRemoval *
removal_new (void)
{
  AttestRemoval *removal = g_new0 (AttestRemoval, 1);

  removal->records = g_ptr_array_new_with_free_func (g_object_unref);
  removal->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  removal->links = g_ptr_array_new_with_free_func (g_free);
  removal->owners = g_ptr_array_new_with_free_func (g_free);
  removal->cleared = g_ptr_array_new_with_free_func (g_free);
  return removal;
}

/* Removes, each with its history row, everything that refers to @record:
 * records whose required reference fields hold its id (a party's
 * requirements, a metric's measurements), and links to or from it. An
 * optional reference (a risk's threat, a nonconformity's finding) is
 * emptied instead: the record stays, and says it has none. */
static gboolean
remove_dependents (AttestWorkspace  *self,
                   AttestRecord     *record,
                   AttestRemoval    *removal,
                   GError          **error)
{
  const char *id = attest_record_get_id (record);
  const char *kind = attest_record_get_kind (record);
  const GType *kinds;
  const AttestLinkKind *links;
  guint n_kinds, n_links;

  links = attest_link_kinds (&n_links);
  for (guint l = 0; l < n_links; l++)
    {
      g_autoptr(GPtrArray) pairs = NULL;

      if (!g_str_equal (links[l].from_kind, kind) && !g_str_equal (links[l].to_kind, kind))
        continue;
      pairs = attest_store_load_links (self->store, &links[l], error);
      if (pairs == NULL)
        return FALSE;
      for (guint i = 0; i + 1 < pairs->len; i += 2)
        {
          const char *from = g_ptr_array_index (pairs, i);
          const char *to = g_ptr_array_index (pairs, i + 1);

          if (!g_str_equal (from, id) && !g_str_equal (to, id))
            continue;
          if (!attest_store_delete_link (self->store, &links[l], from, to, error))
            return FALSE;
          journal_link (self, STEP_UNLINKED, links[l].name, from, to);
          g_ptr_array_add (removal->links, g_strdup (links[l].name));
          g_ptr_array_add (removal->links, g_strdup (from));
          g_ptr_array_add (removal->links, g_strdup (to));
        }
    }

  /* What a person or role owned loses its owner, and shows it has none:
   * nothing is deleted with it. */
  if (attest_record_is_party (record))
    {
      g_autoptr(GPtrArray) owned = dup_owned_by (self, record, NULL, NULL);

      for (guint i = 0; i < owned->len; i++)
        {
          AttestRecord *other = g_ptr_array_index (owned, i);
          const AttestField *owner = attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (other));

          g_ptr_array_add (removal->owners, g_strdup (attest_record_get_id (other)));
          g_ptr_array_add (removal->owners, g_strdup (id));
          g_object_set (other, owner->pspec->name, "", ATTEST_OWNER_NAME_FIELD, "", NULL);
        }
    }

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      AttestRecordClass *klass = g_type_class_peek (kinds[k]);
      GListModel *model = attest_workspace_get_records (self, kinds[k]);
      const AttestField *fields;
      guint n_fields;

      fields = attest_record_class_get_fields (klass, &n_fields);
      for (guint f = 0; f < n_fields; f++)
        {
          if (g_strcmp0 (fields[f].references, kind) != 0)
            continue;
          for (guint i = g_list_model_get_n_items (model); i > 0; i--)
            {
              g_autoptr(AttestRecord) other = g_list_model_get_item (model, i - 1);

              if (!g_str_equal (attest_record_get_string (other, fields[f].pspec->name), id))
                continue;
              if (fields[f].flags & ATTEST_FIELD_OPTIONAL)
                {
                  g_ptr_array_add (removal->cleared, g_strdup (attest_record_get_id (other)));
                  g_ptr_array_add (removal->cleared, g_strdup (fields[f].pspec->name));
                  g_ptr_array_add (removal->cleared, g_strdup (id));
                  g_object_set (other, fields[f].pspec->name, "", NULL);
                }
              else if (!remove_record (self, other, removal, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
remove_record (AttestWorkspace  *self,
               AttestRecord     *record,
               AttestRemoval    *removal,
               GError          **error)
{
  GListStore *model = model_for (self, G_OBJECT_TYPE (record));
  guint position = 0;

  if (!remove_dependents (self, record, removal, error)
      || !attest_store_delete (self->store, record, error))
    return FALSE;

  if (find_in_model (model, record, &position))
    {
      Step *step = step_new (STEP_DELETED);

      step->record = g_object_ref (record);
      step->position = position;
      journal_step (self, step);
      g_ptr_array_add (removal->records, g_object_ref (record));
      g_array_append_val (removal->positions, position);
      untrack (self, record);
      g_list_store_remove (model, position);
    }
  return TRUE;
}

/**
 * attest_workspace_remove_full:
 * @self: a workspace
 * @record: a record of the workspace
 * @removal: (out) (optional) (transfer full): what was removed, for
 *   attest_workspace_restore()
 * @error: return location for an error
 *
 * Deletes the record together with what depends on it (a party's
 * requirements, its links), all in one transaction. Records that only may
 * refer to it (a risk to its threat, a nonconformity to its audit finding)
 * and what a removed person or role owned stay, with that field emptied:
 * attest_removal_get_n_changed() counts them.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_remove_full (AttestWorkspace  *self,
                              AttestRecord     *record,
                              AttestRemoval   **removal,
                              GError          **error)
{
  g_autoptr(AttestRecord) keep = g_object_ref (record);
  AttestRemoval *result;

  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), FALSE);

  if (!require_loaded (self, error))
    return FALSE;
  if (attest_workspace_lookup (self, attest_record_get_id (record)) != record)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                   _("The record is not part of “%s”."), attest_workspace_get_display_name (self));
      return FALSE;
    }
  if (attest_record_class_is_singleton (ATTEST_RECORD_GET_CLASS (record)))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("The %s cannot be deleted; clear its fields instead."),
                   attest_record_get_kind (record));
      return FALSE;
    }

  result = removal_new ();

  if (!attest_workspace_begin (self, error))
    {
      attest_removal_free (result);
      return FALSE;
    }
  if (!remove_record (self, record, result, error))
    {
      attest_workspace_rollback (self);
      attest_removal_free (result);
      return FALSE;
    }
  if (!attest_workspace_commit (self, error))
    {
      attest_removal_free (result);
      return FALSE;
    }
  if (removal != NULL)
    *removal = result;
  else
    attest_removal_free (result);
  return TRUE;
}

/**
 * attest_workspace_remove:
 * @self: a workspace
 * @record: a record of the workspace
 * @error: return location for an error
 *
 * Deletes the record and what depends on it; see attest_workspace_remove_full().
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_remove (AttestWorkspace  *self,
                         AttestRecord     *record,
                         GError          **error)
{
  return attest_workspace_remove_full (self, record, NULL, error);
}

/**
 * attest_workspace_restore:
 * @self: the workspace the removal was made in
 * @removal: what attest_workspace_remove_full() returned
 * @error: return location for an error
 *
 * Undo: puts back every record and link of the removal, with the same ids
 * and fields, at the same places in their lists, in one transaction. The
 * history records the restoration as insertions.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_restore (AttestWorkspace  *self,
                          AttestRemoval    *removal,
                          GError          **error)
{
  if (!attest_workspace_begin (self, error))
    return FALSE;

  /* Backwards: the removed record first, then what depended on it. */
  for (guint i = removal->records->len; i > 0; i--)
    {
      AttestRecord *record = g_ptr_array_index (removal->records, i - 1);

      Step *step;

      if (!attest_store_insert (self->store, record, error))
        goto failed;
      step = step_new (STEP_INSERTED);
      step->id = g_strdup (attest_record_get_id (record));
      journal_step (self, step);
    }
  for (guint i = 0; i + 2 < removal->links->len; i += 3)
    {
      if (!attest_store_insert_link (self->store, attest_link_kind_lookup (g_ptr_array_index (removal->links, i)),
                                     g_ptr_array_index (removal->links, i + 1),
                                     g_ptr_array_index (removal->links, i + 2), error))
        goto failed;
      journal_link (self, STEP_LINKED, g_ptr_array_index (removal->links, i),
                    g_ptr_array_index (removal->links, i + 1), g_ptr_array_index (removal->links, i + 2));
    }

  for (guint i = removal->records->len; i > 0; i--)
    {
      AttestRecord *record = g_ptr_array_index (removal->records, i - 1);
      GListStore *model = model_for (self, G_OBJECT_TYPE (record));
      guint position = g_array_index (removal->positions, guint, i - 1);

      track (self, record);
      g_list_store_insert (model, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (model))), record);
    }
  /* The owners the removed people and roles were, once they are back. */
  for (guint i = 0; i + 1 < removal->owners->len; i += 2)
    {
      AttestRecord *owned = attest_workspace_lookup (self, g_ptr_array_index (removal->owners, i));
      const AttestField *owner = owned != NULL
                                 ? attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (owned)) : NULL;

      if (owner != NULL)
        g_object_set (owned, owner->pspec->name, g_ptr_array_index (removal->owners, i + 1), NULL);
    }
  /* The optional references that pointed at them. */
  for (guint i = 0; i + 2 < removal->cleared->len; i += 3)
    {
      AttestRecord *other = attest_workspace_lookup (self, g_ptr_array_index (removal->cleared, i));
      const char *field = g_ptr_array_index (removal->cleared, i + 1);

      if (other != NULL && *attest_record_get_string (other, field) == '\0')
        g_object_set (other, field, g_ptr_array_index (removal->cleared, i + 2), NULL);
    }
  if (!attest_store_commit (self->store, error))
    {
      load_all (self, NULL);
      return FALSE;
    }
  journal_commit (self);
  return TRUE;

failed:
  attest_store_rollback (self->store);
  return FALSE;
}

static gboolean
change_link (AttestWorkspace  *self,
             const char       *link_kind,
             AttestRecord     *from,
             AttestRecord     *to,
             gboolean          insert,
             GError          **error)
{
  const AttestLinkKind *link = attest_link_kind_lookup (link_kind);
  gboolean ok, was_linked;

  g_return_val_if_fail (link != NULL, FALSE);

  if (!require_loaded (self, error))
    return FALSE;
  if (g_strcmp0 (attest_record_get_kind (from), link->from_kind) != 0
      || g_strcmp0 (attest_record_get_kind (to), link->to_kind) != 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("A %s link goes from a %s to a %s."), link->name, link->from_kind, link->to_kind);
      return FALSE;
    }
  for (guint i = 0; insert && i < 2; i++)
    {
      AttestRecord *record = i == 0 ? from : to;

      if (attest_workspace_lookup (self, attest_record_get_id (record)) != record)
        {
          g_autofree char *name = attest_record_dup_display_name (self, record);

          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("“%s” is not in this workspace, so it cannot be linked. Add it first."), name);
          return FALSE;
        }
    }
  journal_start (self);
  if (!attest_store_begin (self->store, error))
    return FALSE;
  /* Linking again, or unlinking what is not linked, changes nothing. */
  {
    g_autoptr(GPtrArray) linked = attest_store_load_links_from (self->store, link, attest_record_get_id (from), error);

    if (linked == NULL)
      {
        attest_store_rollback (self->store);
        return FALSE;
      }
    was_linked = g_ptr_array_find_with_equal_func (linked, attest_record_get_id (to), g_str_equal, NULL);
  }
  ok = insert ? attest_store_insert_link (self->store, link, attest_record_get_id (from),
                                          attest_record_get_id (to), error)
              : attest_store_delete_link (self->store, link, attest_record_get_id (from),
                                          attest_record_get_id (to), error);
  if (!ok)
    {
      attest_store_rollback (self->store);
      return FALSE;
    }
  if (insert != was_linked)
    journal_link (self, insert ? STEP_LINKED : STEP_UNLINKED, link->name,
                  attest_record_get_id (from), attest_record_get_id (to));
  if (!attest_store_commit (self->store, error))
    return FALSE;
  journal_commit (self);
  return TRUE;
}

/**
 * attest_workspace_link:
 * @self: a workspace
 * @link_kind: the name of a link kind, e.g. "soa-requirement"
 * @from: a record of the link's "from" kind
 * @to: a record of the link's "to" kind
 * @error: return location for an error
 *
 * Links two records. Linking them again changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_link (AttestWorkspace  *self,
                       const char       *link_kind,
                       AttestRecord     *from,
                       AttestRecord     *to,
                       GError          **error)
{
  return change_link (self, link_kind, from, to, TRUE, error);
}

gboolean
attest_workspace_unlink (AttestWorkspace  *self,
                         const char       *link_kind,
                         AttestRecord     *from,
                         AttestRecord     *to,
                         GError          **error)
{
  return change_link (self, link_kind, from, to, FALSE, error);
}

/**
 * attest_workspace_dup_links:
 * @self: a workspace
 * @link_kind: the name of a link kind
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8): pairs of ids: from, to, ...
 */
GPtrArray *
attest_workspace_dup_links (AttestWorkspace  *self,
                            const char       *link_kind,
                            GError          **error)
{
  const AttestLinkKind *link = attest_link_kind_lookup (link_kind);

  g_return_val_if_fail (link != NULL, NULL);
  return attest_store_load_links (self->store, link, error);
}

/**
 * attest_workspace_dup_links_from:
 * @self: a workspace
 * @link_kind: the name of a link kind
 * @from: the record the links start from
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8): the ids of the records
 *   @from links to, or %NULL with @error set
 */
GPtrArray *
attest_workspace_dup_links_from (AttestWorkspace  *self,
                                 const char       *link_kind,
                                 AttestRecord     *from,
                                 GError          **error)
{
  const AttestLinkKind *link = attest_link_kind_lookup (link_kind);

  g_return_val_if_fail (link != NULL, NULL);
  return attest_store_load_links_from (self->store, link, attest_record_get_id (from), error);
}

/**
 * attest_workspace_begin:
 * @self: a workspace
 * @error: return location for an error
 *
 * Starts a bulk change: every change until attest_workspace_commit() is
 * saved in one transaction, all or nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_begin (AttestWorkspace  *self,
                        GError          **error)
{
  if (!require_loaded (self, error))
    return FALSE;
  journal_start (self);
  return attest_store_begin (self->store, error);
}

/**
 * attest_workspace_commit:
 * @self: a workspace
 * @error: return location for an error
 *
 * Ends a bulk change. If saving fails, the whole change is undone in the file
 * and the models are reloaded from it.
 *
 * Returns: %TRUE if the change was saved
 */
gboolean
attest_workspace_commit (AttestWorkspace  *self,
                         GError          **error)
{
  if (attest_store_commit (self->store, error))
    {
      journal_commit (self);
      return TRUE;
    }
  if (!attest_store_in_transaction (self->store))
    load_all (self, NULL);
  return FALSE;
}

/**
 * attest_workspace_rollback:
 * @self: a workspace
 *
 * Abandons a bulk change: nothing of it reaches the file, and the models are
 * reloaded from the file once the outermost change is abandoned.
 */
void
attest_workspace_rollback (AttestWorkspace *self)
{
  g_autoptr(GError) error = NULL;

  attest_store_rollback (self->store);
  if (!attest_store_in_transaction (self->store) && !load_all (self, &error))
    g_warning ("Could not reload %s: %s", attest_workspace_get_display_name (self), error->message);
}

/**
 * attest_workspace_replace_all:
 * @self: a workspace
 * @records: (element-type AttestRecord): the new records, referenced kinds first
 * @links: (element-type utf8): triples of link kind, from id, to id
 * @error: return location for an error
 *
 * Replaces every record and link of the workspace, in one transaction, each
 * deletion and insertion with its history row. Imports use it.
 *
 * Returns: %TRUE on success; on failure the workspace is unchanged
 */
gboolean
attest_workspace_replace_all (AttestWorkspace  *self,
                              GPtrArray        *records,
                              GPtrArray        *links,
                              GError          **error)
{
  const GType *kinds;
  const AttestLinkKind *link_kinds;
  guint n_kinds, n_link_kinds;

  if (!attest_workspace_begin (self, error))
    return FALSE;

  link_kinds = attest_link_kinds (&n_link_kinds);
  for (guint l = 0; l < n_link_kinds; l++)
    {
      g_autoptr(GPtrArray) pairs = attest_store_load_links (self->store, &link_kinds[l], error);

      if (pairs == NULL)
        goto failed;
      for (guint i = 0; i + 1 < pairs->len; i += 2)
        if (!attest_store_delete_link (self->store, &link_kinds[l], g_ptr_array_index (pairs, i),
                                       g_ptr_array_index (pairs, i + 1), error))
          goto failed;
    }

  /* Referencing kinds come after referenced ones, so delete backwards. */
  kinds = attest_record_kinds (&n_kinds);
  for (guint k = n_kinds; k > 0; k--)
    {
      GListModel *model = attest_workspace_get_records (self, kinds[k - 1]);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);

          if (!attest_store_delete (self->store, record, error))
            goto failed;
        }
    }

  for (guint i = 0; i < records->len; i++)
    if (!attest_store_insert (self->store, g_ptr_array_index (records, i), error))
      goto failed;

  for (guint i = 0; i + 2 < links->len; i += 3)
    {
      const AttestLinkKind *link = attest_link_kind_lookup (g_ptr_array_index (links, i));

      if (link == NULL
          || !attest_store_insert_link (self->store, link, g_ptr_array_index (links, i + 1),
                                        g_ptr_array_index (links, i + 2), error))
        goto failed;
    }

  if (!attest_store_commit (self->store, error))
    {
      load_all (self, NULL);
      return FALSE;
    }
  /* An import replaces everything: what came before cannot be undone piece
   * by piece. An older export's leaders become roles, as on opening. */
  if (!load_all (self, error) || !adopt_leaders (self, error))
    return FALSE;
  journal_reset (self);
  return TRUE;

failed:
  attest_workspace_rollback (self);
  return FALSE;
}

/**
 * attest_workspace_dup_parties:
 * @self: a workspace
 *
 * Returns: (transfer container) (element-type AttestRecord): whom a record
 *   can be owned by: the roles, then the people, each in its register's order
 */
GPtrArray *
attest_workspace_dup_parties (AttestWorkspace *self)
{
  GPtrArray *parties = g_ptr_array_new_with_free_func (g_object_unref);
  const GType types[] = { ATTEST_TYPE_ROLE, ATTEST_TYPE_PERSON };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      GListModel *model = attest_workspace_get_records (self, types[t]);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (parties, g_list_model_get_item (model, i));
    }
  return parties;
}

/**
 * attest_workspace_get_owner:
 * @self: a workspace
 * @record: a record of a kind that has an owner, or any record
 *
 * Whom @record is owned by: the person or role its owner's id names; for
 * an owner typed by name before owners were picked (or imported so), the
 * role or person of that name (attest_parties_find()).
 *
 * Returns: (transfer none) (nullable): the role or person, or %NULL when
 *   the record has no owner or one that is no one of the ISMS
 */
AttestRecord *
attest_workspace_get_owner (AttestWorkspace *self,
                            AttestRecord    *record)
{
  const AttestField *owner = attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (record));
  const char *id;

  if (owner == NULL)
    return NULL;
  id = attest_record_get_string (record, owner->pspec->name);
  if (*id != '\0')
    {
      AttestRecord *party = attest_workspace_lookup (self, id);

      return party != NULL && attest_record_is_party (party) ? party : NULL;
    }
  if (attest_text_is_blank (attest_record_get_string (record, ATTEST_OWNER_NAME_FIELD)))
    return NULL;
  if (self->owner_names == NULL || self->owner_generation != self->generation)
    {
      g_autoptr(GPtrArray) parties = attest_workspace_dup_parties (self);

      g_clear_pointer (&self->owner_names, g_hash_table_unref);
      self->owner_names = attest_parties_index_new (parties);
      self->owner_generation = self->generation;
    }
  return attest_parties_index_lookup (self->owner_names, attest_record_get_string (record, ATTEST_OWNER_NAME_FIELD));
}

/**
 * attest_workspace_add_missing_owners:
 * @self: a workspace
 * @n_added: (out) (optional): how many people it added
 * @error: return location for an error
 *
 * Adds a person for every owner name that names no one of the ISMS (typed
 * before owners were picked from the people and roles, or read from an
 * older file), so that every owner is someone the ISMS knows and no name is
 * lost. The records themselves do not change: each is owned by the person
 * of its name (attest_workspace_get_owner()). One change, in the history
 * like any other.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_add_missing_owners (AttestWorkspace  *self,
                                     guint            *n_added,
                                     GError          **error)
{
  const GType *kinds;
  guint n_kinds, added = 0;

  if (!attest_workspace_begin (self, error))
    return FALSE;
  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      const AttestField *owner = attest_record_class_get_owner_field (g_type_class_peek (kinds[k]));
      GListModel *model = attest_workspace_get_records (self, kinds[k]);

      for (guint i = 0; owner != NULL && i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);
          const char *name = attest_record_get_string (record, ATTEST_OWNER_NAME_FIELD);
          g_autoptr(AttestRecord) person = NULL;

          if (*attest_record_get_string (record, owner->pspec->name) != '\0' || attest_text_is_blank (name)
              || attest_workspace_get_owner (self, record) != NULL)
            continue;
          person = attest_person_new_named (NULL, name);
          if (!attest_workspace_add (self, person, error))
            {
              attest_workspace_rollback (self);
              return FALSE;
            }
          added++;
        }
    }
  if (!attest_workspace_commit (self, error))
    return FALSE;
  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

/* Who leads the organisation and who runs its ISMS are roles of the ISMS,
 * held by people (5.3): the Roles page names them, the duties mark them,
 * and the audit pack, the approvals and the policy read them from there
 * (attest_responsibility_dup_leaders()). The organisation had two typed
 * fields for them before, retired now: the organisation's field of each. */
static const char * const leader_fields[] = {
  [ATTEST_LEADER_TOP_MANAGEMENT] = "top-management",
  [ATTEST_LEADER_ISMS_MANAGER] = "isms-manager",
};

static AttestRecord *
find_role_with_duty (AttestWorkspace *self,
                     AttestLeader     leader)
{
  GListModel *roles = attest_workspace_get_records (self, ATTEST_TYPE_ROLE);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);

      if (attest_role_is_leader (role, leader))
        return role;
    }
  return NULL;
}

/* The role of @leader that @person is to hold: the first with the duty, or
 * a new one. */
static AttestRecord *
leader_role_for_person (AttestWorkspace  *self,
                        AttestLeader      leader,
                        GError          **error)
{
  AttestRecord *role = find_role_with_duty (self, leader);
  g_autoptr(AttestRecord) created = NULL;

  if (role != NULL)
    return role;
  created = attest_role_new_leader (leader);
  if (!attest_workspace_add (self, created, error))
    return NULL;
  return created;
}

static gboolean
adopt (AttestWorkspace  *self,
       AttestRecord     *org,
       AttestLeader      leader,
       GError          **error)
{
  const char *field = leader_fields[leader];
  const char * const *duties = attest_leader_get_duties (leader);
  g_autofree char *text = g_strstrip (g_strdup (attest_record_get_string (org, field)));
  g_autoptr(GPtrArray) parties = NULL;
  g_autoptr(AttestRecord) person = NULL;
  AttestRecord *party, *role;

  if (*attest_record_get_string (org, field) == '\0')
    return TRUE;
  parties = attest_workspace_dup_parties (self);
  party = attest_parties_find (parties, text);

  /* Only spaces: nothing to keep. */
  if (*text == '\0')
    {
      g_object_set (org, field, "", NULL);
      return TRUE;
    }
  if (party != NULL && ATTEST_IS_ROLE (party))
    for (guint d = 0; duties[d] != NULL; d++)
      g_object_set (party, duties[d], TRUE, NULL);
  else
    {
      /* A person the ISMS knows, one it does not yet ("Head of IT (Yusuf
       * Demir)"), or a role by its title ("Board"). */
      if (party == NULL)
        {
          person = attest_person_new_named (NULL, text);
          if (*attest_record_get_string (person, "position") == '\0')
            g_clear_object (&person);
          else if (!attest_workspace_add (self, person, error))
            return FALSE;
          party = person;
        }
      if (party != NULL)
        {
          role = leader_role_for_person (self, leader, error);
          if (role == NULL || !attest_workspace_link (self, "role-person", role, party, error))
            return FALSE;
        }
      else
        {
          g_autoptr(AttestRecord) created = attest_role_new_leader (leader);

          g_object_set (created, "title", text, NULL);
          if (!attest_workspace_add (self, created, error))
            return FALSE;
        }
    }
  g_object_set (org, field, "", NULL);
  return TRUE;
}

/* Moves what the organisation's retired fields "top-management" and
 * "isms-manager" hold (a file or an export from before the roles took them
 * over) to the roles of the ISMS, and empties them, so nothing typed is
 * lost: a role of that title gains the duties; a person of that name, or
 * one typed as "Position (Name)", holds the role with the duties (the first
 * there is, or a new one); any other text becomes a role of that title with
 * the duties. One change, in the history like any other; nothing when the
 * fields are empty. Opening a file and importing an export call it. */
static gboolean
adopt_leaders (AttestWorkspace  *self,
               GError          **error)
{
  AttestRecord *org = attest_workspace_get_singleton (self, ATTEST_TYPE_ORGANISATION);

  if (org == NULL || attest_workspace_is_read_only (self)
      || (*attest_record_get_string (org, leader_fields[ATTEST_LEADER_TOP_MANAGEMENT]) == '\0'
          && *attest_record_get_string (org, leader_fields[ATTEST_LEADER_ISMS_MANAGER]) == '\0'))
    return TRUE;
  if (!attest_workspace_begin (self, error))
    return FALSE;
  if (!adopt (self, org, ATTEST_LEADER_TOP_MANAGEMENT, error)
      || !adopt (self, org, ATTEST_LEADER_ISMS_MANAGER, error))
    {
      attest_workspace_rollback (self);
      return FALSE;
    }
  return attest_workspace_commit (self, error);
}

/**
 * attest_workspace_save_copy:
 * @self: a workspace
 * @path: where to write the copy; never the workspace's own file, by any name
 * @flags: %ATTEST_OUTPUT_FORCE to replace another workspace
 * @error: return location for an error
 *
 * Save As: writes a complete copy of the workspace to @path, by the rules
 * of attest_output_open(). The workspace stays open on its own file.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_workspace_save_copy (AttestWorkspace    *self,
                            const char         *path,
                            AttestOutputFlags   flags,
                            GError            **error)
{
  if (!require_loaded (self, error))
    return FALSE;
  return attest_store_copy_to (self->store, path, flags, error);
}

/**
 * attest_record_dup_display_name:
 * @workspace: the record's workspace
 * @record: a record of any kind
 *
 * How a record is named wherever it is chosen or listed by name: a control
 * by its number and title, a requirement by its party and text, others by
 * their name or title.
 *
 * Returns: (transfer full): the name, "(unnamed)" when it is empty
 */
char *
attest_record_dup_display_name (AttestWorkspace *workspace,
                                AttestRecord    *record)
{
  const char *text = NULL;

  if (ATTEST_IS_SOA_ENTRY (record))
    {
      const AttestControl *control =
        attest_catalog_lookup_control (attest_catalog_get_default (), attest_record_get_string (record, "control-id"));

      if (control != NULL)
        return g_strdup_printf ("A.%s %s", control->number, control->title);
    }
  else if (ATTEST_IS_REQUIREMENT (record))
    {
      AttestRecord *party = attest_workspace_lookup (workspace, attest_record_get_string (record, "party-id"));

      return g_strdup_printf ("%s — %s", party ? attest_record_get_string (party, "name") : "",
                              attest_record_get_string (record, "text"));
    }
  else if (ATTEST_IS_QUALIFICATION (record))
    {
      AttestRecord *person = attest_workspace_lookup (workspace, attest_record_get_string (record, "person-id"));
      AttestRecord *competence = attest_workspace_lookup (workspace, attest_record_get_string (record, "competence-id"));

      if (person != NULL && competence != NULL)
        /* TRANSLATORS: a person, and a competence they hold or are to gain */
        return g_strdup_printf (_("%s: %s"), attest_record_get_string (person, "name"),
                                attest_record_get_string (competence, "title"));
    }
  else if (ATTEST_IS_AUDIT_FINDING (record))
    {
      const char *type = attest_enum_get_label (ATTEST_TYPE_FINDING_TYPE, attest_record_get_enum (record, "type"));
      g_autofree char *requirement = g_strstrip (g_strdup (attest_record_get_string (record, "requirement")));

      if (*requirement == '\0')
        return g_strdup (type);
      /* TRANSLATORS: an audit finding by its type and the clause or control it is against: "Minor nonconformity
       * against A.8.13" */
      return g_strdup_printf (_("%1$s against %2$s"), type, requirement);
    }
  else if (ATTEST_IS_MEASUREMENT (record))
    {
      AttestRecord *metric = attest_workspace_lookup (workspace, attest_record_get_string (record, "metric-id"));
      g_autofree char *day = attest_i18n_format_stored_date (attest_record_get_string (record, "date"));

      if (metric != NULL && day != NULL && !attest_text_is_blank (attest_record_get_string (metric, "name")))
        /* TRANSLATORS: a measurement by its metric and the day it was taken: "Phishing report rate, 3 November
         * 2026" */
        return g_strdup_printf (_("%1$s, %2$s"), attest_record_get_string (metric, "name"), day);
    }
  else if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "name") != NULL)
    text = attest_record_get_string (record, "name");
  else if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), "title") != NULL)
    text = attest_record_get_string (record, "title");
  /* The one record of its kind (the audit programme, the policy) is named
   * by its kind. */
  if ((text == NULL || *text == '\0') && attest_record_class_is_singleton (ATTEST_RECORD_GET_CLASS (record)))
    return g_strdup (attest_kind_get_label (attest_record_get_kind (record)));
  return g_strdup (text != NULL && *text != '\0' ? text : _("(unnamed)"));
}

/**
 * attest_workspace_set_change_label:
 * @self: a workspace
 * @label: what the change being made is called, e.g. "Import the Statement
 *   of Applicability"
 *
 * Names the change between attest_workspace_begin() and
 * attest_workspace_commit() for Undo, instead of the name made from what it
 * did ("Add 12 Records").
 */
void
attest_workspace_set_change_label (AttestWorkspace *self,
                                   const char      *label)
{
  g_return_if_fail (ATTEST_IS_WORKSPACE (self));
  g_return_if_fail (attest_store_in_transaction (self->store));

  if (self->pending == NULL)
    {
      self->pending = g_new0 (Change, 1);
      self->pending->steps = g_ptr_array_new_with_free_func (step_free);
    }
  g_free (self->pending->label);
  self->pending->label = g_strdup (label);
}

static Change *
top_of (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

/**
 * attest_workspace_can_undo:
 * @self: a workspace
 *
 * Returns: whether attest_workspace_undo() has a change to take back: there
 *   is one, and it is not an approval (see attest_workspace_dup_undo_label())
 */
gboolean
attest_workspace_can_undo (AttestWorkspace *self)
{
  Change *top = top_of (self->undo_stack);

  return top != NULL && !top->final && !attest_workspace_is_read_only (self);
}

/**
 * attest_workspace_can_redo:
 * @self: a workspace
 *
 * Returns: whether attest_workspace_redo() has a change to make again
 */
gboolean
attest_workspace_can_redo (AttestWorkspace *self)
{
  return self->redo_stack->len > 0 && !attest_workspace_is_read_only (self);
}

/**
 * attest_workspace_dup_undo_label:
 * @self: a workspace
 * @final: (out) (optional): set to whether the change is an approval, which
 *   Undo does not take back: it is in the history as given, and only a new
 *   approval replaces it
 *
 * Returns: (transfer full) (nullable): what Undo would take back, e.g.
 *   "Delete “Backups”", or %NULL when nothing was changed since the workspace
 *   was opened
 */
char *
attest_workspace_dup_undo_label (AttestWorkspace *self,
                                 gboolean        *final)
{
  Change *top = top_of (self->undo_stack);

  if (final != NULL)
    *final = top != NULL && top->final;
  return top != NULL ? g_strdup (top->label) : NULL;
}

/**
 * attest_workspace_dup_redo_label:
 * @self: a workspace
 *
 * Returns: (transfer full) (nullable): what Redo would make again
 */
char *
attest_workspace_dup_redo_label (AttestWorkspace *self)
{
  Change *top = top_of (self->redo_stack);

  return top != NULL ? g_strdup (top->label) : NULL;
}

/**
 * attest_workspace_get_undo_serial:
 * @self: a workspace
 *
 * Returns: a number that names the change Undo would take back, the same
 *   as long as it is that change; 0 when there is none
 */
guint64
attest_workspace_get_undo_serial (AttestWorkspace *self)
{
  Change *top = top_of (self->undo_stack);

  return top != NULL ? top->serial : 0;
}

/* Takes one step back, journalling its own inverse. */
static gboolean
apply_inverse (AttestWorkspace  *self,
               Step             *step,
               GError          **error)
{
  switch (step->type)
    {
    case STEP_INSERTED:
      {
        AttestRecord *record = attest_workspace_lookup (self, step->id);
        g_autoptr(AttestRemoval) removal = NULL;

        if (record == NULL)
          return TRUE;
        removal = removal_new ();
        return remove_record (self, record, removal, error);
      }
    case STEP_DELETED:
      {
        GListStore *model = model_for (self, G_OBJECT_TYPE (step->record));
        Step *inverse;

        if (attest_workspace_lookup (self, attest_record_get_id (step->record)) != NULL)
          return TRUE;
        if (!attest_store_insert (self->store, step->record, error))
          return FALSE;
        track (self, step->record);
        g_list_store_insert (model, MIN (step->position, g_list_model_get_n_items (G_LIST_MODEL (model))),
                             step->record);
        inverse = step_new (STEP_INSERTED);
        inverse->id = g_strdup (attest_record_get_id (step->record));
        journal_step (self, inverse);
        return TRUE;
      }
    case STEP_UPDATED:
      {
        AttestRecord *record = attest_workspace_lookup (self, step->id);
        const AttestField *field;

        if (record == NULL)
          return TRUE;
        field = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (record), step->field);
        /* Saved, and journalled, by on_record_notify_cb() as any edit. */
        return attest_record_set_field_text (record, field, step->before, error);
      }
    case STEP_LINKED:
    case STEP_UNLINKED:
      {
        AttestRecord *from = attest_workspace_lookup (self, step->from);
        AttestRecord *to = attest_workspace_lookup (self, step->to);

        if (from == NULL || to == NULL)
          return TRUE;
        return change_link (self, step->link_kind, from, to, step->type == STEP_UNLINKED, error);
      }
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static gboolean
replay (AttestWorkspace  *self,
        GPtrArray        *from,
        JournalMode       mode,
        GError          **error)
{
  Change *change;
  gboolean ok;

  if (attest_store_in_transaction (self->store))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("Another change to “%s” is being made."), attest_workspace_get_display_name (self));
      return FALSE;
    }
  change = g_ptr_array_steal_index (from, from->len - 1);
  self->journal_mode = mode;
  ok = attest_workspace_begin (self, error);
  if (ok)
    {
      attest_workspace_set_change_label (self, change->label);
      for (guint i = change->steps->len; ok && i > 0; i--)
        ok = apply_inverse (self, g_ptr_array_index (change->steps, i - 1), error);
      if (ok)
        ok = attest_workspace_commit (self, error);
      else
        attest_workspace_rollback (self);
    }
  self->journal_mode = JOURNAL_DO;
  if (!ok)
    {
      /* Nothing of it reached the file: it can be tried again. */
      g_clear_pointer (&self->pending, change_free);
      g_ptr_array_add (from, change);
      g_signal_emit (self, signals[UNDO_CHANGED], 0);
      return FALSE;
    }
  change_free (change);
  return TRUE;
}

/**
 * attest_workspace_undo:
 * @self: a workspace
 * @error: return location for an error
 *
 * Takes back the last change made through the workspace since it was
 * opened (an added, edited or deleted record with what depended on it, a
 * link, a bulk change), as a new change: the file has it at once and its
 * history records it as it records any change. It then goes on the redo
 * stack.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
attest_workspace_undo (AttestWorkspace  *self,
                       GError          **error)
{
  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), FALSE);

  if (!attest_workspace_can_undo (self))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("There is nothing to undo."));
      return FALSE;
    }
  return replay (self, self->undo_stack, JOURNAL_UNDO, error);
}

/**
 * attest_workspace_redo:
 * @self: a workspace
 * @error: return location for an error
 *
 * Makes again the change attest_workspace_undo() took back last, as a new
 * change. Any other change empties the redo stack.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
attest_workspace_redo (AttestWorkspace  *self,
                       GError          **error)
{
  g_return_val_if_fail (ATTEST_IS_WORKSPACE (self), FALSE);

  if (!attest_workspace_can_redo (self))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("There is nothing to redo."));
      return FALSE;
    }
  return replay (self, self->redo_stack, JOURNAL_REDO, error);
}

/**
 * attest_workspace_is_replaying:
 * @self: a workspace
 *
 * Returns: whether the changes now being saved are attest_workspace_undo()
 *   or attest_workspace_redo() putting fields back, which views follow
 *   without adding changes of their own
 */
gboolean
attest_workspace_is_replaying (AttestWorkspace *self)
{
  return self->journal_mode != JOURNAL_DO;
}
