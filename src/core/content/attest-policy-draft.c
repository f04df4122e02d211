/* attest-policy-draft.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-policy-draft"

#include "config.h"

#include "attest-i18n.h"
#include <string.h>

#include "attest-organisation.h"
#include "attest-policy-draft.h"
#include "attest-role.h"
#include "attest-scope.h"
#include "attest-topic-policy.h"

/* The draft is the organisation's own answers (its name, its scope, the
 * roles that run the ISMS, its topic-specific policies; the framework for
 * its objectives, not the objectives of the year) joined by sentences in
 * our words, in the Markdown subset of
 * attest-markdown.h: something to read, correct and make one's own before
 * top management approves it, never a text of the standard. */

/* @text as literal text of the subset: the characters that would mark
 * emphasis or an escape are escaped, and so is what would make a line a
 * heading or a list item. Line breaks become spaces: a paragraph of the
 * draft is one paragraph whatever the answer held. */
static void
append_literal (GString    *out,
                const char *text)
{
  gboolean line_start = out->len == 0 || out->str[out->len - 1] == '\n';

  for (const char *p = text; *p != '\0'; p++)
    {
      char c = *p == '\n' || *p == '\r' || *p == '\t' ? ' ' : *p;

      if (line_start && c == ' ')
        continue;
      if (c == '\\' || c == '*' || c == '_' || (line_start && (c == '#' || c == '-' || g_ascii_isdigit (c))))
        g_string_append_c (out, '\\');
      g_string_append_c (out, c);
      line_start = FALSE;
    }
}

/* A paragraph (or a heading, a list item) of @format, whose %s are
 * answers: written literally, the sentence around them as it is. */
static void
append_line (GString    *out,
             const char *prefix,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
append_line (GString    *out,
             const char *prefix,
             const char *format,
             ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_string_append (out, prefix);
  append_literal (out, text);
  g_string_append_c (out, '\n');
}

static const char *
or_default (const char *text,
            const char *fallback)
{
  return text != NULL && !attest_text_is_blank (text) ? text : fallback;
}

/* The records of @type whose @field is written, in register order. */
static GPtrArray *
dup_named (AttestWorkspace *workspace,
           GType            type,
           const char      *field)
{
  GListModel *records = attest_workspace_get_records (workspace, type);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
      const char *name = attest_record_get_string (record, field);

      if (!attest_text_is_blank (name))
        g_ptr_array_add (names, (gpointer) name);   /* the model keeps it */
    }
  return names;
}

/* The roles that have a duty the standard names. */
static GPtrArray *
dup_named_roles (AttestWorkspace *workspace,
                 const char      *duty)
{
  GListModel *roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);

      if (attest_record_get_boolean (role, duty) && !attest_text_is_blank (attest_record_get_string (role, "title")))
        g_ptr_array_add (names, (gpointer) attest_record_get_string (role, "title"));
    }
  return names;
}

static char *
join (GPtrArray *names)
{
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("; ", (char **) names->pdata);
}

/**
 * attest_policy_dup_draft:
 * @workspace: a workspace
 *
 * Writes a first information security policy from the workspace's own
 * answers, in the interface's language, in the Markdown subset of
 * attest-markdown.h. Nothing is stored: the caller puts it in the policy's
 * text (as an edit the user can take back).
 *
 * Returns: (transfer full): the draft
 */
char *
attest_policy_dup_draft (AttestWorkspace *workspace)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);
  const char *name = or_default (org ? attest_record_get_string (org, "name") : NULL, _("our organisation"));
  const char *statement = scope ? attest_record_get_string (scope, "statement") : "";
  g_autoptr(GPtrArray) topics = dup_named (workspace, ATTEST_TYPE_TOPIC_POLICY, "title");
  g_autoptr(GPtrArray) conformity = dup_named_roles (workspace, "conformity");
  g_autoptr(GPtrArray) reporting = dup_named_roles (workspace, "reporting");
  GString *out = g_string_new (NULL);

  /* TRANSLATORS: the heading of a drafted policy; %s is the organisation */
  append_line (out, "# ", _("Information security policy of %s"), name);
  g_string_append (out, "\n## ");
  append_literal (out, _("Why we have this policy"));
  g_string_append (out, "\n\n");
  append_line (out, "", _("%s depends on information: its own, and what customers, staff and partners entrust to "
                          "it. We keep that information confidential where it must be, correct and complete, and "
                          "there when it is needed. This policy sets the direction for that work, and top "
                          "management stands behind it."), name);

  g_string_append (out, "\n## ");
  append_literal (out, _("What it covers"));
  g_string_append (out, "\n\n");
  if (!attest_text_is_blank (statement))
    {
      append_line (out, "", "%s", _("The policy applies to our information security management system (ISMS), "
                                    "whose scope is:"));
      g_string_append_c (out, '\n');
      append_line (out, "", "%s", statement);
    }
  else
    append_line (out, "", "%s", _("The policy applies to our information security management system (ISMS) and "
                                  "to everyone who works within its scope."));

  g_string_append (out, "\n## ");
  append_literal (out, _("Our objectives"));
  g_string_append (out, "\n\n");
  /* The framework, not this year's objectives: they change without the
   * policy changing (the register of objectives holds them). */
  append_line (out, "", "%s", _("Top management sets information security objectives that follow from this "
                                "policy, from the requirements that apply to us and from our risk assessment. Each "
                                "says how it is measured, who owns it and by when it is met; they are recorded in "
                                "the register of objectives, followed up, and set again when they are met or no "
                                "longer fit."));

  g_string_append (out, "\n## ");
  append_literal (out, _("What we commit to"));
  g_string_append (out, "\n\n");
  append_line (out, "- ", "%s", _("We meet the requirements that apply to our information security: those of law "
                                  "and regulation, of our contracts, and of the parties who rely on us."));
  append_line (out, "- ", "%s", _("We assess information security risks regularly, by the method we approved, and "
                                  "treat them with the controls we chose."));
  append_line (out, "- ", "%s", _("We keep improving the ISMS: we measure it, audit it, review it and correct what "
                                  "falls short."));
  append_line (out, "- ", "%s", _("We give the ISMS the people, time and means it needs, and make sure everyone "
                                  "knows their part in it."));

  g_string_append (out, "\n## ");
  append_literal (out, _("Who does what"));
  g_string_append (out, "\n\n");
  append_line (out, "", "%s", _("Top management owns this policy and approves it."));
  if (conformity->len > 0)
    {
      g_autofree char *roles = join (conformity);

      g_string_append_c (out, '\n');
      /* TRANSLATORS: %s is a list of roles, such as "ISMS manager" */
      append_line (out, "", _("Who makes sure the ISMS conforms and works as planned: %s."), roles);
    }
  if (reporting->len > 0)
    {
      g_autofree char *roles = join (reporting);

      g_string_append_c (out, '\n');
      /* TRANSLATORS: %s is a list of roles, such as "ISMS manager" */
      append_line (out, "", _("Who reports to top management on how the ISMS performs: %s."), roles);
    }
  g_string_append_c (out, '\n');
  append_line (out, "", "%s", _("Everyone who works for us follows this policy and the topic-specific policies "
                                "under it, and reports what may be an information security incident at once."));

  if (topics->len > 0)
    {
      g_string_append (out, "\n## ");
      append_literal (out, _("Topic-specific policies"));
      g_string_append (out, "\n\n");
      append_line (out, "", "%s", _("These policies say more on their topics, within this one:"));
      g_string_append_c (out, '\n');
      for (guint i = 0; i < topics->len; i++)
        append_line (out, "- ", "%s", (const char *) g_ptr_array_index (topics, i));
    }

  g_string_append (out, "\n## ");
  append_literal (out, _("Review"));
  g_string_append (out, "\n\n");
  append_line (out, "", "%s", _("We review this policy at least once a year, and sooner when the organisation, its "
                                "risks or the requirements on it change. It is made known to everyone who works "
                                "for us and made available to interested parties as appropriate."));
  return g_string_free (out, FALSE);
}

/* Topic-specific policies an organisation usually has, in our words, with
 * the Annex A controls that ask for each. */
static const struct
{
  const char *title;
  const char *controls;
} usual_topics[] = {
  { N_("Access control policy"), "5.15 5.18 8.3" },
  { N_("Acceptable use of information and assets"), "5.10" },
  { N_("Classification and handling of information"), "5.12 5.13" },
  { N_("Information transfer policy"), "5.14" },
  { N_("Information security in supplier relationships"), "5.19 5.20" },
  { N_("Incident management policy"), "5.24 5.26" },
  { N_("Privacy and protection of personal data"), "5.34" },
  { N_("Remote working policy"), "6.7" },
  { N_("Clear desk and clear screen"), "7.7" },
  { N_("Endpoint devices policy"), "8.1" },
  { N_("Backup policy"), "8.13" },
  { N_("Use of cryptography"), "8.24" },
  { N_("Secure development policy"), "8.25" },
};

/**
 * attest_policy_add_topic_policies:
 * @workspace: a workspace
 * @n_added: (out): how many were added
 * @error: return location for an error
 *
 * Adds, in one transaction, the topic-specific policies an organisation
 * usually has that the workspace lacks (by title, any case), each linked
 * to the Annex A controls that ask for it. Their owners, versions and
 * dates are the user's to fill in.
 *
 * Returns: whether it worked
 */
gboolean
attest_policy_add_topic_policies (AttestWorkspace  *workspace,
                                  guint            *n_added,
                                  GError          **error)
{
  GListModel *existing = attest_workspace_get_records (workspace, ATTEST_TYPE_TOPIC_POLICY);

  *n_added = 0;
  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (usual_topics); i++)
    {
      g_autoptr(AttestRecord) record = NULL;
      g_auto(GStrv) controls = NULL;

      if (attest_records_find_text (existing, "title", _(usual_topics[i].title)) != NULL)
        continue;
      record = g_object_new (ATTEST_TYPE_TOPIC_POLICY, "title", _(usual_topics[i].title), NULL);
      if (!attest_workspace_add (workspace, record, error))
        goto failed;
      controls = g_strsplit (usual_topics[i].controls, " ", -1);
      for (guint c = 0; controls[c] != NULL; c++)
        {
          g_autofree char *id = g_strdup_printf ("iso27001:2022/A.%s", controls[c]);
          AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, id);

          if (entry != NULL && !attest_workspace_link (workspace, "topic-policy-control", record, entry, error))
            goto failed;
        }
      (*n_added)++;
    }
  return attest_workspace_commit (workspace, error);

failed:
  attest_workspace_rollback (workspace);
  *n_added = 0;
  return FALSE;
}
