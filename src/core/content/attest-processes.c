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
    N_("An updated context, list of requirements and scope statement."), 12, ATTEST_CADENCE_MONTHS, "1" },
  /* 1 */
  { N_("Risk assessment"),
    N_("Finds, analyses and evaluates the risks to information in scope, by the agreed method."),
    N_("The context, the assets, incidents and changes since the last assessment."),
    N_("The risk register with each risk's level and owner."), 12, ATTEST_CADENCE_MONTHS, "2" },
  /* 2 */
  { N_("Risk treatment"),
    N_("Decides for each risk what to do, plans the work and has the owners accept what remains."),
    N_("The assessed risks and the acceptance level."),
    N_("The treatment plan, the Statement of Applicability and the owners' acceptance."), NEEDED, "3 4" },
  /* 3 */
  { N_("Change management"),
    N_("Plans changes to the ISMS and to the systems in scope so that they do not weaken security."),
    N_("Requests for change, treatment actions, decisions of the management review."),
    N_("Approved and recorded changes, with their consequences reviewed."), NEEDED, "4" },
  /* 4 */
  { N_("Document control"),
    N_("Keeps the documents of the ISMS approved, current and available to those who need them."),
    N_("New and changed documents."),
    N_("The document register with versions, approvals and review dates."), NEEDED, "" },
  /* 5 */
  { N_("Awareness and training"),
    N_("Makes sure everyone knows the policy, their part in it, and what a lapse would cost."),
    N_("The policy, the competences the roles require, recent incidents."),
    N_("Sessions held, who attended, and the evidence of competence."), 12, ATTEST_CADENCE_MONTHS, "6" },
  /* 6 */
  { N_("Incident management"),
    N_("Reports, handles and learns from information security events and incidents."),
    N_("Reports from staff, customers, suppliers and monitoring."),
    N_("Incident records, lessons learnt, and new risks or corrective actions."), NEEDED, "1 9" },
  /* 7 */
  { N_("Supplier management"),
    N_("Chooses, agrees with and reviews the external providers the ISMS relies on."),
    N_("The providers, their agreements and what they provide."),
    N_("Reviewed providers, and the risks they bring."), 12, ATTEST_CADENCE_MONTHS, "1" },
  /* 8 */
  { N_("Monitoring and measurement"),
    N_("Measures whether the controls and the ISMS work as intended."),
    N_("The objectives and the controls to be measured."),
    N_("Measurements and what they show."), 3, ATTEST_CADENCE_MONTHS, "10" },
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

static AttestRecord *
find_named (GListModel *records,
            const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
      g_autofree char *have = g_utf8_casefold (attest_record_get_string (record, "name"), -1);

      if (g_str_equal (g_strstrip (have), wanted))
        return record;   /* the model keeps it */
    }
  return NULL;
}

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
      process = find_named (processes, name);
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
  if (!add_scope_processes (workspace, n_added, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (usual); i++)
    {
      g_autoptr(AttestRecord) record = NULL;

      records[i] = find_named (processes, _(usual[i].name));
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
