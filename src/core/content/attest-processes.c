/* attest-processes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-processes"

#include "config.h"

#include "attest-i18n.h"

#include "attest-enum-types.h"
#include "attest-process.h"
#include "attest-processes.h"
#include "attest-scope-item.h"

/* The processes an ISMS runs, in our words, and how they hand over to each
 * other: where a newcomer starts clause 4.4 from. Each is a starting point
 * to edit; the owner and the day it last ran are the user's to give. */

typedef struct
{
  const char    *name;
  const char    *purpose;
  const char    *inputs;
  const char    *outputs;
  int            every;
  AttestCadence  unit;
  const char    *hands_to;   /* indexes into usual[], space-separated */
} UsualProcess;

#define NEEDED 1, ATTEST_CADENCE_WHEN_NEEDED

static const UsualProcess usual[] = {
  /* 0 */
  { N_("Context and interested parties review"),
    N_("Keeps the issues, the interested parties, their requirements and the scope up to date."),
    N_("Changes in the organisation, its market, its law and its suppliers; the last management review."),
    N_("An updated context, list of requirements and scope statement."), 12, ATTEST_CADENCE_MONTHS, "1 10" },
  /* 1 */
  { N_("Risk assessment"),
    N_("Finds, analyses and evaluates the risks to information in scope, by the agreed method."),
    N_("The context, the assets, incidents and changes since the last assessment."),
    N_("The risk register with each risk's level and owner."), 12, ATTEST_CADENCE_MONTHS, "2" },
  /* 2 */
  { N_("Risk treatment"),
    N_("Decides for each risk what to do, plans the work and has the owners accept what remains."),
    N_("The assessed risks and the acceptance level."),
    N_("The treatment plan, the Statement of Applicability and the owners' acceptance."), NEEDED, "3 4 7 8" },
  /* 3 */
  { N_("Change management"),
    N_("Plans changes to the ISMS and to the systems in scope so that they do not weaken security."),
    N_("Requests for change, treatment actions, decisions of the management review."),
    N_("Approved and recorded changes, with their consequences reviewed."), NEEDED, "4" },
  /* 4 */
  { N_("Document control"),
    N_("Keeps the documents of the ISMS approved, current and available to those who need them."),
    N_("New and changed documents."),
    N_("The document register with versions, approvals and review dates."), NEEDED, "5 11" },
  /* 5 */
  { N_("Awareness and training"),
    N_("Makes sure everyone knows the policy, their part in it, and what a lapse would cost."),
    N_("The policy, the competences the roles require, recent incidents."),
    N_("Sessions held, who attended, and the evidence of competence."), 12, ATTEST_CADENCE_MONTHS, "6" },
  /* 6 */
  { N_("Incident management"),
    N_("Reports, handles and learns from information security events and incidents."),
    N_("Reports from staff, customers, suppliers and monitoring."),
    N_("Incident records, lessons learnt, and new risks or corrective actions."), NEEDED, "1 5 9" },
  /* 7 */
  { N_("Supplier management"),
    N_("Chooses, agrees with and reviews the external providers the ISMS relies on."),
    N_("The providers, their agreements and what they provide; the controls the treatment plan asks of them."),
    N_("Reviewed providers, and the risks they bring."), 12, ATTEST_CADENCE_MONTHS, "1" },
  /* 8 */
  { N_("Monitoring and measurement"),
    N_("Measures whether the controls and the ISMS work as intended."),
    N_("The objectives and the controls to be measured."),
    N_("Measurements and what they show, and the events that need handling as incidents."), 3, ATTEST_CADENCE_MONTHS, "6 10" },
  /* 9 */
  { N_("Nonconformity and corrective action"),
    N_("Deals with what went wrong, finds its cause and makes sure it does not happen again."),
    N_("Audit findings, incidents, complaints."),
    N_("Corrective actions and whether they worked."), NEEDED, "10" },
  /* 10 */
  { N_("Management review"),
    N_("Lets top management see how the ISMS does and decide what to change."),
    N_("Measurements, audit results, incidents, the state of actions, changes in the context."),
    N_("Decisions on improvements, changes and resources."), 12, ATTEST_CADENCE_MONTHS, "0 3" },
  /* 11 */
  { N_("Internal audit"),
    N_("Checks at planned intervals that the ISMS meets its own rules and the standard."),
    N_("The audit programme, the previous results, the records of the ISMS."),
    N_("Audit reports with findings."), 12, ATTEST_CADENCE_MONTHS, "9 10" },
};

#undef NEEDED

/* The scope items of kind process that no process record stands for yet. */
static gboolean
add_scope_processes (AttestWorkspace  *workspace,
                     guint            *n_added,
                     GError          **error)
{
  GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
      g_autoptr(GPtrArray) linked = NULL;
      const char *name = attest_record_get_string (item, "name");
      AttestRecord *process;
      g_autoptr(AttestRecord) added = NULL;

      if (attest_record_get_enum (item, "kind") != ATTEST_SCOPE_ITEM_KIND_PROCESS || attest_text_is_blank (name))
        continue;
      linked = attest_workspace_dup_links_from (workspace, "scope-item-process", item, error);
      if (linked == NULL)
        return FALSE;
      if (linked->len > 0)
        continue;
      /* One typed already under the same name is the one it stands for. */
      process = attest_records_find_text (processes, "name", name);
      if (process == NULL)
        {
          added = g_object_new (ATTEST_TYPE_PROCESS, "name", name,
                                "purpose", attest_record_get_string (item, "description"), NULL);
          if (!attest_workspace_add (workspace, added, error))
            return FALSE;
          process = added;
          (*n_added)++;
        }
      if (!attest_workspace_link (workspace, "scope-item-process", item, process, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * attest_processes_add_usual:
 * @workspace: a workspace
 * @n_added: (out): how many processes were added
 * @error: return location for an error
 *
 * Adds a process for each scope item of kind process that has none yet
 * (linked to it), and the processes every ISMS runs with how they hand over
 * to each other; a process of the same name is not added again. All or
 * nothing, one step of undo.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_processes_add_usual (AttestWorkspace  *workspace,
                            guint            *n_added,
                            GError          **error)
{
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  AttestRecord *records[G_N_ELEMENTS (usual)] = { NULL };
  gboolean created[G_N_ELEMENTS (usual)] = { FALSE };

  *n_added = 0;
  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (usual); i++)
    {
      g_autoptr(AttestRecord) record = NULL;

      records[i] = attest_records_find_text (processes, "name", _(usual[i].name));
      if (records[i] != NULL)
        continue;
      record = g_object_new (ATTEST_TYPE_PROCESS, "name", _(usual[i].name), "purpose", _(usual[i].purpose),
                             "inputs", _(usual[i].inputs), "outputs", _(usual[i].outputs),
                             "runs-every", usual[i].every, "runs-unit", usual[i].unit, NULL);
      if (!attest_workspace_add (workspace, record, error))
        goto failed;
      records[i] = record;
      created[i] = TRUE;
      (*n_added)++;
    }
  /* The ISMS's own first, then the scope's: the register reads in that
   * order, and a scope process named as a usual one is that one. */
  if (!add_scope_processes (workspace, n_added, error))
    goto failed;
  /* Hand-overs from the processes added now; those the user had keep theirs. */
  for (guint i = 0; i < G_N_ELEMENTS (usual); i++)
    {
      g_auto(GStrv) targets = g_strsplit (usual[i].hands_to, " ", -1);

      if (!created[i])
        continue;
      for (guint t = 0; targets[t] != NULL; t++)
        {
          guint64 to;

          if (!g_ascii_string_to_unsigned (targets[t], 10, 0, G_N_ELEMENTS (usual) - 1, &to, NULL))
            continue;
          if (!attest_workspace_link (workspace, "process-handover", records[i], records[to], error))
            goto failed;
        }
    }
  return attest_workspace_commit (workspace, error);

failed:
  attest_workspace_rollback (workspace);
  *n_added = 0;
  return FALSE;
}

static void
array_free (gpointer array)
{
  g_array_unref (array);
}

/* Adds the register position of a process to those of @id. */
static void
add_position (GHashTable *positions,
              const char *id,
              guint       position)
{
  GArray *list = g_hash_table_lookup (positions, id);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (positions, (gpointer) id, list);
    }
  g_array_append_val (list, position);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* The names of the processes at @list's positions, in the register's order. */
static char *
join_names (GListModel *processes,
            GArray     *list)
{
  GString *names = g_string_new (NULL);

  if (list == NULL)
    return g_string_free (names, FALSE);
  g_array_sort (list, compare_positions);
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, g_array_index (list, guint, i));

      g_string_append_printf (names, "%s%s", names->len ? ", " : "", attest_record_get_string (process, "name"));
    }
  return g_string_free (names, FALSE);
}

static void
flow_free (AttestProcessFlow *flow)
{
  g_object_unref (flow->process);
  g_free (flow->hands_to);
  g_free (flow->receives_from);
  g_free (flow);
}

/**
 * attest_processes_dup_flows:
 * @workspace: a workspace
 * @alone: (out) (optional) (transfer full): the processes that take part in
 *   no hand-over, in the register's order
 *
 * How the processes of the ISMS hand over to each other, read from the
 * links once: the diagram's words for those who cannot see it, and the
 * pack's table under it.
 *
 * Returns: (transfer full) (element-type AttestProcessFlow): each process
 *   that hands over or receives, in the register's order, with the names of
 *   the processes on either side
 */
GPtrArray *
attest_processes_dup_flows (AttestWorkspace  *workspace,
                            GPtrArray       **alone)
{
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  guint n = g_list_model_get_n_items (processes);
  g_autoptr(GPtrArray) pairs = attest_workspace_dup_links (workspace, "process-handover", NULL);
  g_autoptr(GHashTable) position = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) to = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, array_free);
  g_autoptr(GHashTable) from = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, array_free);
  GPtrArray *flows = g_ptr_array_new_with_free_func ((GDestroyNotify) flow_free);

  if (alone != NULL)
    *alone = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      /* The id belongs to the record, which the model keeps. */
      g_hash_table_insert (position, (gpointer) attest_record_get_id (process), GUINT_TO_POINTER (i + 1));
    }
  for (guint p = 0; pairs != NULL && p + 1 < pairs->len; p += 2)
    {
      const char *source_id = g_ptr_array_index (pairs, p);
      const char *target_id = g_ptr_array_index (pairs, p + 1);
      guint source = GPOINTER_TO_UINT (g_hash_table_lookup (position, source_id));
      guint target = GPOINTER_TO_UINT (g_hash_table_lookup (position, target_id));

      if (source == 0 || target == 0)
        continue;
      add_position (to, source_id, target - 1);
      add_position (from, target_id, source - 1);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);
      GArray *hands_to = g_hash_table_lookup (to, attest_record_get_id (process));
      GArray *receives_from = g_hash_table_lookup (from, attest_record_get_id (process));
      AttestProcessFlow *flow;

      if (hands_to == NULL && receives_from == NULL)
        {
          if (alone != NULL)
            g_ptr_array_add (*alone, g_object_ref (process));
          continue;
        }
      flow = g_new0 (AttestProcessFlow, 1);
      flow->process = g_object_ref (process);
      flow->hands_to = join_names (processes, hands_to);
      flow->receives_from = join_names (processes, receives_from);
      g_ptr_array_add (flows, flow);
    }
  return flows;
}

/**
 * attest_processes_dup_flow_sentences:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (nullable): a sentence for each process that
 *   hands over, naming those it hands over to; %NULL when none does
 */
char *
attest_processes_dup_flow_sentences (AttestWorkspace *workspace)
{
  g_autoptr(GPtrArray) flows = attest_processes_dup_flows (workspace, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < flows->len; i++)
    {
      AttestProcessFlow *flow = g_ptr_array_index (flows, i);

      if (*flow->hands_to == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* TRANSLATORS: a process, then the processes it hands its outputs to */
      g_string_append_printf (text, _("%s hands over to %s."), attest_record_get_string (flow->process, "name"),
                              flow->hands_to);
    }
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}
