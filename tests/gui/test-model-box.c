/* test-model-box.c: a box whose children follow a list model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest-gui-test-util.h"
#include "widgets/attest-model-box.h"

static GtkWidget *
create_label (gpointer item,
              gpointer user_data)
{
  guint *created = user_data;

  (*created)++;
  return gtk_label_new (gtk_string_object_get_string (item));
}

/* The labels in the box, joined with spaces. */
static char *
shown (GtkWidget *box)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (text, "%s%s", text->len ? " " : "", gtk_label_get_text (GTK_LABEL (child)));
  return g_string_free (text, FALSE);
}

#define assert_shown(box, expected)            \
  G_STMT_START {                               \
    g_autofree char *text_ = shown (box);      \
    g_assert_cmpstr (text_, ==, expected);     \
  } G_STMT_END

static void
test_follows_model (void)
{
  GListStore *store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  GtkWidget *box = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  g_autoptr(GtkStringObject) x = gtk_string_object_new ("x");
  g_autoptr(GtkStringObject) y = gtk_string_object_new ("y");
  gpointer added[] = { x, y };
  GtkWidget *b;
  guint created = 0;

  for (guint i = 0; i < 3; i++)
    {
      const char *names[] = { "a", "b", "c" };
      g_autoptr(GtkStringObject) item = gtk_string_object_new (names[i]);

      g_list_store_append (store, item);
    }
  attest_box_bind_model (GTK_BOX (box), G_LIST_MODEL (store), create_label, &created, NULL);
  assert_shown (box, "a b c");
  g_assert_cmpuint (created, ==, 3);
  g_assert_true (gtk_widget_get_visible (box));

  /* One item out, two in: only their widgets change. */
  b = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));
  g_object_add_weak_pointer (G_OBJECT (b), (gpointer *) &b);
  g_list_store_splice (store, 0, 1, added, 2);
  assert_shown (box, "x y b c");
  g_assert_cmpuint (created, ==, 5);
  g_assert_nonnull (b);
  g_assert_true (gtk_widget_get_prev_sibling (b) == gtk_widget_get_next_sibling (gtk_widget_get_first_child (box)));
  g_list_store_remove (store, 3);
  assert_shown (box, "x y b");
  g_assert_nonnull (b);
  g_object_remove_weak_pointer (G_OBJECT (b), (gpointer *) &b);

  /* Empty: nothing shown, and no room taken. */
  g_list_store_remove_all (store);
  assert_shown (box, "");
  g_assert_false (gtk_widget_get_visible (box));
  g_list_store_append (store, x);
  assert_shown (box, "x");
  g_assert_true (gtk_widget_get_visible (box));

  /* The box holds the model while it lives, and no longer. */
  g_assert_finalize_object (box);
  g_assert_finalize_object (store);
}

int
main (int    argc,
      char **argv)
{
  gui_test_init (&argc, &argv);
  g_test_add_func ("/gui/model-box/follows-model", test_follows_model);
  return g_test_run ();
}
