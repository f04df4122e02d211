/* test-accessibility.c: every control has a name a screen reader can say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Attest runs as a user starts it (the real program, on the small demo) and
 * this test reads its window as a screen reader does: over AT-SPI, on the
 * accessibility bus of a private D-Bus session. meson runs the test under
 * dbus-run-session; the session bus starts at-spi2-core's bus launcher
 * and registry when asked for them, and Attest (GTK_A11Y=atspi) registers
 * with them. What the bus and the services it starts print (the registry
 * says it is running) goes to test-accessibility-bus.log in the build
 * folder (dbus-daemon-logged.sh), not into the test's TAP output. The test goes to every section through the sidebar, selecting
 * its row as a screen reader user does, and through each step of the guided
 * setup with Next, and fails naming every button, toggle, entry, text, combo
 * box, check box, row and menu item that has no accessible name, with its
 * role and the names of the objects around it.
 *
 * The tree is read as GTK answers it, at the moment it is asked: a section's
 * rows exist once it has been laid out, so the test waits until a text the
 * section shows once filled is in the tree (a bounded wait on that condition,
 * never a pause that stands in for it).
 */

#include "config.h"

#include <atspi/atspi.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "attest-demo.h"
#include "attest-setup.h"
#include "attest-test-util.h"
#include "attest-workspace.h"

/* libatspi 2.46 declares no cleanup functions; these are the test's own
 * names for its types, so a later libatspi that declares them does not
 * clash. */
typedef AtspiAccessible Node;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Node, g_object_unref)

/* Waits for a condition on the accessibility tree, asking again every
 * 20 ms (each question is a round trip to Attest, which must not be
 * flooded); fails with @what after TEST_WAIT_LIMIT_S seconds. */
#define wait_for_tree(condition, what)                                    \
  G_STMT_START {                                                          \
    gint64 tree_deadline_ = test_wait_deadline ();                        \
    while (!(condition))                                                  \
      wait_tree_step (tree_deadline_, what);                              \
  } G_STMT_END

static void
wait_tree_step (gint64      deadline,
                const char *what)
{
  if (g_get_monotonic_time () > deadline)
    g_error ("The accessibility tree never showed %s in %d s. The test needs a D-Bus session "
             "(dbus-run-session) and at-spi2-core's bus and registry (Debian: at-spi2-core).",
             what, TEST_WAIT_LIMIT_S);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_usleep (20000);
}

/* Attest, started on a workspace with the environment a desktop gives it. */
typedef struct
{
  TestDir          dir;
  GPid             pid;
  AtspiAccessible *app;
  AtspiAccessible *frame;
  GPtrArray       *problems;   /* one line per unnamed control */
  GHashTable      *reported;   /* the same control reported once */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  test_dir_setup (&fixture->dir, data);
  fixture->problems = g_ptr_array_new_with_free_func (g_free);
  fixture->reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->frame);
  g_clear_object (&fixture->app);
  if (fixture->pid != 0)
    {
      int status;

      /* Attest closes its workspace on SIGTERM, as on a log-out. */
      kill (fixture->pid, SIGTERM);
      g_assert_cmpint (waitpid (fixture->pid, &status, 0), ==, fixture->pid);
      g_spawn_close_pid (fixture->pid);
    }
  g_ptr_array_unref (fixture->problems);
  g_hash_table_unref (fixture->reported);
  test_dir_teardown (&fixture->dir, data);
}

/* The name GTK 4.8 gives an object with none: its class's (a label without
 * text is "GtkLabel"), which a screen reader would read out as it is. */
static gboolean
is_no_name (const char *name)
{
  static const char * const prefixes[] = { "Gtk", "Adw", "Attest" };

  if (name == NULL || *name == '\0')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (name, prefixes[i]) && g_ascii_isupper (name[strlen (prefixes[i])]))
      {
        for (const char *c = name; *c != '\0'; c++)
          if (!g_ascii_isalnum (*c))
            return FALSE;
        return TRUE;
      }
  return FALSE;
}

/* What a user operates; each must say what it is for. */
static gboolean
is_control (AtspiRole role)
{
  switch (role)
    {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_COMBO_BOX:
    case ATSPI_ROLE_ENTRY:
    case ATSPI_ROLE_TEXT:
    case ATSPI_ROLE_PASSWORD_TEXT:
    case ATSPI_ROLE_SPIN_BUTTON:
    case ATSPI_ROLE_SLIDER:
    case ATSPI_ROLE_LIST_ITEM:
    case ATSPI_ROLE_TABLE_ROW:
    case ATSPI_ROLE_TREE_ITEM:
    case ATSPI_ROLE_MENU_ITEM:
    case ATSPI_ROLE_CHECK_MENU_ITEM:
    case ATSPI_ROLE_RADIO_MENU_ITEM:
    case ATSPI_ROLE_LINK:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Walks @node and what is below it, adding a line to the fixture's problems
 * for each control without a name. @path holds the names of the ancestors
 * that have one. Returns %FALSE if the tree changed under the walk (an
 * object went away): the caller walks again. */
static gboolean
walk (Fixture         *fixture,
      AtspiAccessible *node,
      GPtrArray       *path,
      gboolean         in_combo_box)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = atspi_accessible_get_name (node, &error);
  AtspiRole role;
  gboolean named;
  int n_children;

  if (error != NULL)
    return FALSE;
  role = atspi_accessible_get_role (node, &error);
  if (error != NULL)
    return FALSE;
  named = !is_no_name (name);

  /* A combo box shows its current value as a list item (AdwComboRow's),
   * which a screen reader reads as the combo box's value; anything else in
   * it, such as GtkDropDown's button, needs a name of its own. */
  if (is_control (role) && !named && !(in_combo_box && role == ATSPI_ROLE_LIST_ITEM))
    {
      g_autofree char *role_name = atspi_role_get_name (role);
      g_autofree char *where = NULL;
      g_autofree char *line = NULL;

      g_ptr_array_add (path, NULL);
      where = g_strjoinv (" › ", (char **) path->pdata);
      g_ptr_array_remove_index (path, path->len - 1);
      line = g_strdup_printf ("%s (shown as “%s”) in %s", role_name, name != NULL ? name : "", where);
      if (g_hash_table_add (fixture->reported, g_strdup (line)))
        g_ptr_array_add (fixture->problems, g_steal_pointer (&line));
    }

  n_children = atspi_accessible_get_child_count (node, &error);
  if (error != NULL)
    return FALSE;
  if (named)
    g_ptr_array_add (path, g_strdup_printf ("“%s”", name));
  for (int i = 0; i < n_children; i++)
    {
      g_autoptr(Node) child = atspi_accessible_get_child_at_index (node, i, &error);
      gboolean complete;

      if (error != NULL || child == NULL)
        return FALSE;
      complete = walk (fixture, child, path, in_combo_box || role == ATSPI_ROLE_COMBO_BOX);
      if (!complete)
        {
          if (named)
            g_ptr_array_remove_index (path, path->len - 1);
          return FALSE;
        }
    }
  if (named)
    g_ptr_array_remove_index (path, path->len - 1);
  return TRUE;
}

/* Walks @root until one walk went through undisturbed. */
static void
check_names (Fixture         *fixture,
             AtspiAccessible *root)
{
  gint64 deadline = test_wait_deadline ();

  for (;;)
    {
      g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_free);
      guint before = fixture->problems->len;

      g_ptr_array_add (path, g_strdup ("Attest"));
      if (walk (fixture, root, path, FALSE))
        return;
      /* What this walk found is found again; keep the lines of earlier walks. */
      g_ptr_array_remove_range (fixture->problems, before, fixture->problems->len - before);
      g_hash_table_remove_all (fixture->reported);
      for (guint i = 0; i < fixture->problems->len; i++)
        g_hash_table_add (fixture->reported, g_strdup (g_ptr_array_index (fixture->problems, i)));
      wait_tree_step (deadline, "a tree that stayed still while it was read");
    }
}

static void
assert_all_named (Fixture *fixture)
{
  if (fixture->problems->len > 0)
    {
      g_autoptr(GString) message = g_string_new (NULL);

      g_string_append_printf (message, "%u controls have no accessible name:\n", fixture->problems->len);
      for (guint i = 0; i < fixture->problems->len; i++)
        g_string_append_printf (message, "  %s\n", (char *) g_ptr_array_index (fixture->problems, i));
      g_test_message ("%s", message->str);
      g_test_fail_printf ("%s", message->str);
    }
}

/* The first object at or below @node with @role whose name is @name (or
 * any name if %NULL); %NULL if there is none (yet). */
static AtspiAccessible *
find (AtspiAccessible *node,
      AtspiRole        role,
      const char      *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *node_name = atspi_accessible_get_name (node, &error);
  int n_children;

  if (error != NULL)
    return NULL;
  if (atspi_accessible_get_role (node, NULL) == role && (name == NULL || g_strcmp0 (node_name, name) == 0))
    return g_object_ref (node);
  n_children = atspi_accessible_get_child_count (node, &error);
  for (int i = 0; error == NULL && i < n_children; i++)
    {
      g_autoptr(Node) child = atspi_accessible_get_child_at_index (node, i, &error);
      AtspiAccessible *found = child != NULL ? find (child, role, name) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_label (AtspiAccessible *node,
           const char      *text)
{
  g_autoptr(Node) label = find (node, ATSPI_ROLE_LABEL, text);

  return label != NULL;
}

/* A button as a screen reader says it: GTK 4.8 reads a button with a
 * mnemonic as its label and then its text ("_Next Next"). */
static gboolean
is_button_named (AtspiAccessible *node,
                 const char      *text)
{
  g_autofree char *name = atspi_accessible_get_name (node, NULL);
  g_autofree char *spoken = g_strdup_printf ("%s", name != NULL ? name : "");
  g_auto(GStrv) words = NULL;
  g_autofree char *plain = NULL;

  if (atspi_accessible_get_role (node, NULL) != ATSPI_ROLE_PUSH_BUTTON)
    return FALSE;
  words = g_strsplit (spoken, "_", -1);
  plain = g_strjoinv ("", words);
  if (g_strcmp0 (plain, text) == 0)
    return TRUE;
  {
    g_autofree char *twice = g_strdup_printf ("%s %s", text, text);

    return g_strcmp0 (plain, twice) == 0;
  }
}

static AtspiAccessible *
find_button (AtspiAccessible *node,
             const char      *text)
{
  g_autoptr(GError) error = NULL;
  int n_children;

  if (is_button_named (node, text))
    return g_object_ref (node);
  n_children = atspi_accessible_get_child_count (node, &error);
  for (int i = 0; error == NULL && i < n_children; i++)
    {
      g_autoptr(Node) child = atspi_accessible_get_child_at_index (node, i, &error);
      AtspiAccessible *found = child != NULL ? find_button (child, text) : NULL;

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Attest's application object on the desktop, once it has registered. */
static AtspiAccessible *
find_application (GPid pid)
{
  g_autoptr(Node) desktop = atspi_get_desktop (0);
  int n = atspi_accessible_get_child_count (desktop, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(Node) app = atspi_accessible_get_child_at_index (desktop, i, NULL);

      if (app != NULL && atspi_accessible_get_process_id (app, NULL) == (guint) pid)
        return g_steal_pointer (&app);
    }
  return NULL;
}

static AtspiAccessible *
find_frame (AtspiAccessible *app)
{
  g_autoptr(Node) frame = NULL;

  if (app == NULL || atspi_accessible_get_child_count (app, NULL) < 1)
    return NULL;
  frame = atspi_accessible_get_child_at_index (app, 0, NULL);
  if (frame == NULL || atspi_accessible_get_role (frame, NULL) != ATSPI_ROLE_FRAME)
    return NULL;
  return g_steal_pointer (&frame);
}

/* Starts Attest on @path as a desktop would: with GTK's AT-SPI bridge. */
static void
launch (Fixture    *fixture,
        const char *path)
{
  const char *binary = g_getenv ("ATTEST_BINARY");
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *home = test_dir_path (&fixture->dir, "home");
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);
  const char *argv[] = { binary, path, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (binary);
  g_assert_cmpint (g_mkdir_with_parents (cache, 0700), ==, 0);
  /* The other GUI tests run GTK with its test backend, which talks to no
   * one; here GTK talks AT-SPI, as it does on a desktop. */
  env = g_environ_setenv (env, "GTK_A11Y", "atspi", TRUE);
  env = g_environ_unsetenv (env, "NO_AT_BRIDGE");
  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  g_assert_true (g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &fixture->pid, &error));
  g_assert_no_error (error);

  wait_for_tree ((fixture->app = find_application (fixture->pid)) != NULL,
                 "Attest among the desktop's applications");
  wait_for_tree ((fixture->frame = find_frame (fixture->app)) != NULL, "Attest's window");
}

static char *
demo_path (Fixture *fixture)
{
  g_autofree char *path = test_dir_path (&fixture->dir, "demo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);

  g_assert_no_error (error);
  attest_workspace_close (workspace);
  return g_steal_pointer (&path);
}

/* The sidebar's rows, the page each shows, and the text it shows once it
 * is filled and laid out: the first record of its register, as the demo
 * has it. */
static const struct
{
  const char *row;
  const char *section;
  const char *shows;
} sections[] = {
  { "Readiness", "Readiness", "Recorded in Attest" },
  { "What is due", "What is due", "What is due" },
  { "Organisation", "Organisation", "Legal name" },
  { "Context", "Context", "Data protection law for client data" },
  { "Interested parties", "Interested parties", "Clients" },
  { "Scope", "Scope", "Analytics" },
  { "Processes", "Processes", "Internal audit" },
  { "Leadership", "Leadership", "Keeps the ISMS improving" },
  { "Policy", "Policy", "Access control policy" },
  { "Roles", "Roles", "ISMS manager" },
  { "People", "People", "Tom Okafor" },
  { "Risk method", "Risk method", "Risk levels, lowest first" },
  { "Assets", "Assets", "Client data sets" },
  { "Threats and vulnerabilities", "Threats and vulnerabilities", "Ransomware" },
  { "Risks", "Risks", "Ransomware encrypts client data and backups" },
  { "Treatment plan", "Treatment plan", "Make backups immutable" },
  { "Statement of Applicability", "Statement of Applicability", "A.5.1" },
  { "Objectives", "Objectives", "Restore any client's analysis work within one working day" },
  { "Planned changes", "Planned changes", "Backups copied to a second cloud region" },
  { "Resources", "Resources", "A second cloud region for the backups" },
  { "Competence", "Competence", "Risk assessment with the 5 × 5 method" },
  { "Awareness", "Awareness", "Phishing simulation, and a debrief for those who clicked" },
  { "Communication", "Communication", "Security news and the results of the phishing simulation" },
  { "Documents", "Documents", "ISMS-POL-01" },
  { "Operational control", "Processes", "Internal audit" },
  { "External providers", "External providers", "Stratus Cloud Ltd" },
  /* Operation (8) points to the risk pages of Planning. */
  { "Risk assessments", "Risks", "Ransomware encrypts client data and backups" },
  { "Risk treatment", "Treatment plan", "Make backups immutable" },
  { "Metrics", "Metrics", "Critical updates installed within 14 days" },
  { "Internal audit", "Internal audit", "Internal audit 1: context, leadership, risk and support" },
  { "Audit coverage", "Audit coverage", "4.1" },
  { "Management review", "Management review", "Management review (9.3)" },
  /* Their headings: the small demo's nonconformities and improvements may change. */
  { "Improvements", "Improvements", "Continual improvement (10.1)" },
  { "Nonconformities", "Nonconformities", "Nonconformity and corrective action (10.2)" },
};

/* A section's page: the stack page named as the section. */
static AtspiAccessible *
section_page (Fixture    *fixture,
              const char *section)
{
  return find (fixture->frame, ATSPI_ROLE_PANEL, section);
}

/* The rows of a list, its headings left out. */
static int
count_rows (AtspiAccessible *list)
{
  int n = 0;

  for (int i = 0; i < atspi_accessible_get_child_count (list, NULL); i++)
    {
      g_autoptr(Node) child = atspi_accessible_get_child_at_index (list, i, NULL);

      n += child != NULL && atspi_accessible_get_role (child, NULL) == ATSPI_ROLE_LIST_ITEM;
    }
  return n;
}

static void
test_sections (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = demo_path (fixture);
  g_autoptr(Node) sidebar = NULL;
  AtspiSelection *selection;
  int n_children;

  launch (fixture, path);
  wait_for_tree ((sidebar = find (fixture->frame, ATSPI_ROLE_LIST, "Sidebar")) != NULL
                 && count_rows (sidebar) == (int) G_N_ELEMENTS (sections),
                 "the sidebar with its sections");

  /* The window as it opens: header bar, sidebar, the section shown. */
  check_names (fixture, fixture->frame);

  selection = atspi_accessible_get_selection_iface (sidebar);
  g_assert_nonnull (selection);
  n_children = atspi_accessible_get_child_count (sidebar, NULL);
  /* The rows, under the groups' headings (Context (4), Planning (6), …),
   * which a screen reader reads but cannot select. */
  for (int i = 0, k = 0; i < n_children; i++)
    {
      g_autoptr(Node) row = atspi_accessible_get_child_at_index (sidebar, i, NULL);
      g_autoptr(Node) page = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *what = NULL;

      if (atspi_accessible_get_role (row, NULL) != ATSPI_ROLE_LIST_ITEM)
        {
          g_autofree char *heading = atspi_accessible_get_name (row, NULL);

          g_assert_true (g_str_has_suffix (heading, ")"));
          continue;
        }
      /* The rows are in the order of the sections. */
      g_assert_cmpint (k, <, (int) G_N_ELEMENTS (sections));
      g_assert_true (has_label (row, sections[k].row));
      g_assert_true (atspi_selection_select_child (selection, k, &error));
      g_assert_no_error (error);
      what = g_strdup_printf ("“%s” on the %s page", sections[k].shows, sections[k].section);
      wait_for_tree ((page = section_page (fixture, sections[k].section)) != NULL
                     && has_label (page, sections[k].shows), what);
      check_names (fixture, page);
      k++;
    }
  g_object_unref (selection);
  assert_all_named (fixture);
}

/* The guided setup, resumed on its first step, through every step. */
static void
test_setup_steps (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (&fixture->dir, "demo.isms");
  g_autoptr(Node) setup = NULL;
  g_autoptr(Node) steps = NULL;
  int n_steps;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AttestWorkspace) workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);

    g_assert_no_error (error);
    /* Left half-way: Attest reopens on the step. */
    g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP),
                  "step", "organisation", "completed", FALSE, NULL);
    attest_workspace_close (workspace);
  }

  launch (fixture, path);
  /* The setup's view, the window's page of that name (the window around it
   * is the sections test's). */
  wait_for_tree ((setup = find (fixture->frame, ATSPI_ROLE_PANEL, "Guided setup")) != NULL,
                 "the guided setup");
  wait_for_tree ((steps = find (setup, ATSPI_ROLE_LIST, "Steps")) != NULL
                 && atspi_accessible_get_child_count (steps, NULL) > 1,
                 "the guided setup's list of steps");
  n_steps = atspi_accessible_get_child_count (steps, NULL);
  for (int i = 0; i < n_steps; i++)
    {
      AtspiSelection *selection = atspi_accessible_get_selection_iface (steps);
      g_autofree char *what = g_strdup_printf ("step %d of the guided setup", i + 1);

      g_assert_nonnull (selection);
      wait_for_tree (atspi_selection_is_child_selected (selection, i, NULL), what);
      g_object_unref (selection);
      check_names (fixture, setup);
      if (i + 1 < n_steps)
        {
          g_autoptr(Node) next = find_button (setup, "Next");
          g_autoptr(GError) error = NULL;
          AtspiAction *action;

          g_assert_nonnull (next);
          action = atspi_accessible_get_action_iface (next);
          g_assert_nonnull (action);
          g_assert_true (atspi_action_do_action (action, 0, &error));
          g_assert_no_error (error);
          g_object_unref (action);
        }
    }
  assert_all_named (fixture);
}

/* libatspi asks each application for its whole tree at once (the Cache
 * interface), which GTK 4.8 does not offer; it warns and then asks object
 * by object, as this test does. Any other warning fails the test. */
static void
on_log_cb (const char     *log_domain,
           GLogLevelFlags  log_level,
           const char     *message,
           gpointer        data)
{
  if (g_strcmp0 (log_domain, "dbind") == 0 && strstr (message, "/org/a11y/atspi/cache") != NULL)
    return;
  g_log_default_handler (log_domain, log_level, message, data);
  if ((log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL)) != 0)
    abort ();
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_log_set_default_handler (on_log_cb, NULL);
  g_assert_cmpint (atspi_init (), >=, 0);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/gui/accessibility/sections", test_sections);
  ADD ("/gui/accessibility/setup-steps", test_setup_steps);
#undef ADD

  return g_test_run ();
}
