/* attest-gui-test-util.h: driving real widgets in GUI tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <poppler.h>

#include "attest-demo.h"
#include "attest-test-util.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/* GUI tests never wait for a while; they wait for what a user would see
 * happen. wait_until() (attest-test-util.h) runs the main loop until a
 * condition is true: a register shows two rows, the file has the new
 * name, a dialog is on screen. The helpers below wait the same way:
 *
 * - present_and_wait() and wait_for_frame(): the window (or widget) is
 *   on screen, laid out and drawn, as it is when a user first sees it;
 * - click(), click_named(), click_labelled(): activating a button as the
 *   keyboard does makes it emit "clicked" about 250 ms later; they return
 *   once it has, and once what its handlers left queued (idle rebuilds
 *   and refreshes) has run, so the next line sees the click's effect;
 *   click_labelled() first waits for the button to be on screen (a
 *   toast's Undo appears once the toast is shown);
 * - close_window_and_workspace(): the workspace is really closed.
 *
 * Widgets are found as assistive technologies name them: a button by its
 * label (click_labelled()), a text by what it says (find_labelled()), a
 * form's field by its row's title, which is its accessible name
 * (field_row (window, "Legal name")); named() is for what has no words
 * of its own (a register, a heat map).
 *
 * What a click starts and finishes later (a search run after the entry's
 * delay, a field saved once typing pauses, a pack written in a thread) is
 * awaited with wait_until() on its effect. */
void       gui_test_init      (int         *argc,
                               char      ***argv);
/* The program's own XDG data, config and cache folders, in a new temporary
 * folder: tests neither read nor write the user's. Returns the folder,
 * which gui_test_remove_home() removes once the tests ran. */
char      *gui_test_use_private_home (const char *name_template);
void       gui_test_remove_home      (const char *home);
/* The small demo workspace, made in the test's folder as demo.isms. */
AttestWorkspace *demo_workspace (TestDir *fixture);
/* The demo workspace of @size, made in the test's folder as @name. */
AttestWorkspace *demo_workspace_sized (TestDir        *fixture,
                                       const char     *name,
                                       AttestDemoSize  size);
/* A window on @workspace, @width × @height, on screen and drawn. */
gpointer   show_window_sized  (AttestWorkspace *workspace,
                               int              width,
                               int              height);
/* Shows the window's section @name as a user who chose it sees it: in
 * front (in a folded window, instead of the sidebar), no longer sliding
 * or fading in, and drawn; then, if @shot is not %NULL, saves a
 * screenshot of the window under that name. */
void       show_section       (gpointer     window,
                               const char  *name,
                               const char  *shot);
void       present_and_wait   (gpointer     window);
void       wait_for_frame     (gpointer     widget);
GtkWindow *visible_editor     (void);
GtkWindow *wait_for_editor    (void);
void       set_entry          (GtkWindow   *editor,
                               const char  *field,
                               const char  *text);
void       click              (gpointer     widget);
void       close_window_and_workspace (gpointer   window,
                                       gpointer   workspace_ptr);
/* Whether @widget is the one looked for, after @data. */
typedef gboolean (*TestWidgetMatch) (GtkWidget     *widget,
                                     gconstpointer  data);
/* The first of @root and its descendants, depth first, that @match accepts. */
GtkWidget *find_widget        (GtkWidget       *root,
                               TestWidgetMatch  match,
                               gconstpointer    data);
GtkWidget *find_of_type       (GtkWidget   *root,
                               GType        type);
/* The visible toplevel window of that widget name, or %NULL. */
GtkWindow *toplevel_named     (const char  *name);
GtkWidget *find_named         (GtkWidget   *root,
                               const char  *name);
GtkWidget *named              (gpointer     root,
                               const char  *name);
GtkWidget *find_labelled      (GtkWidget   *root,
                               const char  *text);
GtkWidget *find_row           (GtkWidget   *root,
                               const char  *title);
GtkWidget *field_row          (gpointer     root,
                               const char  *title);
/* The button on screen with this label (mnemonic included), or %NULL. */
GtkWidget *find_button        (gpointer     root,
                               const char  *label);
gboolean   click_labelled     (GtkWidget   *root,
                               const char  *label);
void       click_named        (gpointer     root,
                               const char  *name);
/* The widget on screen with this role and accessible name, as a screen
 * reader finds it ("Edit the selected row", a button); accessible() fails
 * the test if there is none. */
GtkWidget *find_accessible    (gpointer           root,
                               GtkAccessibleRole  role,
                               const char        *label);
GtkWidget *accessible         (gpointer           root,
                               GtkAccessibleRole  role,
                               const char        *label);
void       screenshot         (gpointer     widget,
                               const char  *name);

/* Types @text into a form's field (a one-line field, or the text of a field
 * of several lines, given its row) and saves it at once, as a pause in
 * typing does; field_text() reads what the field shows. */
void        type_text         (gpointer     field,
                               const char  *text);
char       *field_text        (gpointer     field);

/* A PDF the test wrote, and all its pages' text, to assert on. */
PopplerDocument *open_pdf (const char      *path);
char            *pdf_text (PopplerDocument *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

void        choose_owner      (GtkWidget  *root,
                               const char *name);

G_END_DECLS
