/* attest-process-diagram.c: the processes of the ISMS (4.4) and their
 * hand-overs, laid out and drawn with Cairo and Pango.
 *
 * One layout serves the screen (a GTK widget gives its cairo_t and Pango
 * context) and the audit pack (a PDF or recording surface and the pack's
 * fonts): nothing here knows GTK or the kind of surface. The layout is
 * layered (Sugiyama), top to bottom:
 *
 *  1. cycles are broken by a depth-first search in the order the nodes and
 *     edges were added: an edge back to a node still on the search's stack
 *     is laid out reversed, and drawn with its arrow at its true target;
 *  2. each node takes the layer of the longest path to it; a node that only
 *     hands over moves down to just above the first it hands over to;
 *     nodes with no edge at all come last, in rows of their own;
 *  3. a layer with more boxes than the width holds goes on several rows;
 *  4. an edge that spans more than one row passes each row in between at a
 *     virtual point, which takes a place in that row like a box, so that
 *     the row keeps the line clear of its boxes. The long edges from one
 *     node share their points (one trunk per node and direction), which
 *     bounds their number by nodes x rows, whatever the number of edges;
 *  5. a few barycenter sweeps order each row to cross fewer edges; the
 *     order with the fewest crossings counted is kept;
 *  6. each row is placed by a few sweeps that pull every box and point
 *     towards its neighbours in the rows above and below, keeping the order
 *     and the gaps (a weighted isotonic regression, exact and linear);
 *  7. edges leave the bottom of a box and enter the top of the next, as
 *     curves within the channel between two rows and straight down through
 *     a row at a virtual point.
 *
 * Every segment thus lies between two rows (where there are no boxes) or
 * on a virtual point (which its row keeps clear): no edge crosses a box.
 *
 * Labels are shaped once per layout, at most three lines, cut with an
 * ellipsis; what is handed to Pango is valid UTF-8 and a few hundred
 * characters at most, so hostile names cost nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-process-diagram"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#include "attest-process-diagram.h"

/* Lengths are in the units of the Pango context and of the width: points
 * in the pack, pixels on screen. */
#define LABEL_FONT     "Sans 8"
#define LABEL_CHARS    240      /* what Pango is given of a label, at most */
#define LABEL_LINES    3
#define MIN_BOX        80.0     /* a box's width, at least */
#define MAX_BOX        150.0    /* and at most */
#define BOX_GAP        16.0     /* between two boxes of a row, at least */
#define PAD_X          6.0      /* a label within its box */
#define PAD_Y          6.0
#define MIN_BOX_HEIGHT 30.0
#define RADIUS         4.0      /* a box's corners */
#define LINE_GAP       5.0      /* a line passing a row, from a box */
#define LINE_SEP       5.0      /* from the next line, when there is room */
#define EDGE_PAD       3.0      /* a line from the side of the drawing */
#define PORT_SEP       10.0     /* lines leaving or entering one side of a box */
#define ARROW          6.0      /* an arrow head's length */
#define STUB           ARROW    /* an edge leaves and enters a box straight */
#define CHANNEL_MIN    30.0     /* the channel between two rows */
#define CHANNEL_MAX    72.0
#define CHANNEL_SLOPE  0.08     /* more channel for edges that go far sideways */
#define LOOSE_GAP      24.0     /* above the rows of nodes without edges */
#define LOOSE_ROW_GAP  12.0     /* between those rows */
#define MARGIN         1.0      /* above the first row and below the last */
#define ORDER_SWEEPS   8
#define PLACE_SWEEPS   4
#define SWEEP_BUDGET   250000   /* items x sweeps, for huge graphs */
#define CURVE_STEPS    8        /* a curve as a polyline, for the edge paths */

#define NONE G_MAXUINT

typedef struct
{
  char          *id;
  char          *label;        /* what Pango gets */
  GArray        *out;          /* edge indexes */
  GArray        *in;
  /* The last layout */
  int            layer;        /* -1: no edge at all */
  guint          row;
  guint          item;         /* its item, when it has edges */
  GArray        *trunks[2];    /* hops into its long edges' virtual points,
                                * row by row below its own: forward, reversed */
  double         x, y;         /* its box's top left corner */
  PangoLayout   *layout;
  double         label_x, label_y;
  PangoRectangle ink;          /* of the label, from label_x, label_y */
} Node;

typedef struct
{
  guint    from, to;           /* as added: from hands over to to */
  gboolean reversed;           /* laid out from to to from: a cycle broken */
  guint    last_hop;           /* the hop into its lower end */
} Edge;

/* A box or a virtual point in a row. */
typedef struct
{
  guint  row;
  guint  node;                 /* NONE for a virtual point */
  double pos;                  /* its order in its row */
  double x;                    /* its centre */
} Item;

/* An edge's piece from one row to the next. */
typedef struct
{
  guint    upper, lower;       /* items */
  guint    prev;               /* out of a virtual point: the hop into it */
  gboolean reversed;           /* of a reversed edge: the arrow at upper */
  double   x0, x1;             /* where it leaves upper and enters lower */
} Hop;

struct _AttestProcessDiagram
{
  GPtrArray  *nodes;           /* Node */
  GArray     *edges;           /* Edge */
  GHashTable *by_id;           /* id -> index + 1 */
  GHashTable *edge_keys;       /* "from\nto" */

  /* The last layout */
  gboolean    laid_out;
  double      width, height;
  double      box_width, box_height;
  GArray     *items;           /* Item */
  GArray     *hops;            /* Hop */
  guint       n_rows;          /* rows of nodes with edges */
  GArray    **rows;            /* item indexes, in order */
  double     *row_top;
};

static void
node_free (Node *node)
{
  g_free (node->id);
  g_free (node->label);
  g_array_unref (node->out);
  g_array_unref (node->in);
  g_clear_pointer (&node->trunks[0], g_array_unref);
  g_clear_pointer (&node->trunks[1], g_array_unref);
  g_clear_object (&node->layout);
  g_free (node);
}

/* Forgets the last layout, keeping the nodes and edges. */
static void
clear_layout (AttestProcessDiagram *self)
{
  for (guint r = 0; self->rows != NULL && r < self->n_rows; r++)
    g_array_unref (self->rows[r]);
  g_clear_pointer (&self->rows, g_free);
  g_clear_pointer (&self->row_top, g_free);
  g_array_set_size (self->items, 0);
  g_array_set_size (self->hops, 0);
  self->n_rows = 0;
  self->height = 0;
  self->laid_out = FALSE;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = g_ptr_array_index (self->nodes, i);

      g_clear_pointer (&node->trunks[0], g_array_unref);
      g_clear_pointer (&node->trunks[1], g_array_unref);
    }
}

/**
 * attest_process_diagram_new:
 *
 * Returns: (transfer full): an empty diagram; add nodes and edges, then lay
 *   it out for a width and draw it
 */
AttestProcessDiagram *
attest_process_diagram_new (void)
{
  AttestProcessDiagram *self = g_new0 (AttestProcessDiagram, 1);

  self->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  self->edges = g_array_new (FALSE, TRUE, sizeof (Edge));
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->edge_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  self->hops = g_array_new (FALSE, TRUE, sizeof (Hop));
  return self;
}

/**
 * attest_process_diagram_free:
 * @self: (nullable): a diagram
 *
 * Frees @self.
 */
void
attest_process_diagram_free (AttestProcessDiagram *self)
{
  if (self == NULL)
    return;
  clear_layout (self);
  g_ptr_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->edge_keys);
  g_array_unref (self->items);
  g_array_unref (self->hops);
  g_free (self);
}

/* A label as Pango gets it: valid UTF-8 on one line, LABEL_CHARS characters
 * at most (an ellipsis after what was cut), an em dash for none. Reads no
 * more of @label than those characters can take, however long it is. */
static char *
clean_label (const char *label)
{
  const gsize most = LABEL_CHARS * 4;
  const char *nul;
  char *valid;
  gsize length;
  gboolean cut;

  if (label == NULL || *label == '\0')
    return g_strdup ("—");
  nul = memchr (label, '\0', most + 1);
  length = nul != NULL ? (gsize) (nul - label) : most;
  cut = nul == NULL;
  /* Not inside a character. */
  for (guint back = 0; cut && back < 3 && length > 0 && ((guchar) label[length] & 0xc0) == 0x80; back++)
    length--;
  if (g_utf8_validate (label, length, NULL))
    valid = g_strndup (label, length);
  else
    valid = g_utf8_make_valid (label, length);
  if (g_utf8_strlen (valid, -1) > LABEL_CHARS)
    {
      *g_utf8_offset_to_pointer (valid, LABEL_CHARS) = '\0';
      cut = TRUE;
    }
  /* Line breaks, tabs and other controls would show as boxes or break
   * the box's lines of their own accord. */
  for (char *p = valid; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  if (cut)
    {
      char *whole = g_strconcat (valid, "…", NULL);

      g_free (valid);
      valid = whole;
    }
  return valid;
}

static gboolean
lookup (AttestProcessDiagram *self,
        const char           *id,
        guint                *index)
{
  guint value = id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, id)) : 0;

  if (value == 0)
    return FALSE;
  *index = value - 1;
  return TRUE;
}

/**
 * attest_process_diagram_add_node:
 * @self: a diagram
 * @id: the node's id, unique in the diagram (a second one is ignored)
 * @label: (nullable): its label, the process's name: any UTF-8, of any
 *   length (the box shows three lines at most); an em dash when empty
 *
 * Adds a process. Invalid UTF-8 in @label is replaced.
 */
void
attest_process_diagram_add_node (AttestProcessDiagram *self,
                                 const char           *id,
                                 const char           *label)
{
  Node *node;

  g_return_if_fail (self != NULL);
  g_return_if_fail (id != NULL);

  if (g_hash_table_contains (self->by_id, id))
    return;
  clear_layout (self);
  node = g_new0 (Node, 1);
  node->id = g_strdup (id);
  node->label = clean_label (label);
  node->out = g_array_new (FALSE, FALSE, sizeof (guint));
  node->in = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (self->nodes, node);
  g_hash_table_insert (self->by_id, g_strdup (id), GUINT_TO_POINTER (self->nodes->len));
}

static Node *
node_at (AttestProcessDiagram *self,
         guint                 index)
{
  return g_ptr_array_index (self->nodes, index);
}

static Edge *
edge_at (AttestProcessDiagram *self,
         guint                 index)
{
  return &g_array_index (self->edges, Edge, index);
}

static Item *
item_at (AttestProcessDiagram *self,
         guint                 index)
{
  return &g_array_index (self->items, Item, index);
}

static Hop *
hop_at (AttestProcessDiagram *self,
        guint                 index)
{
  return &g_array_index (self->hops, Hop, index);
}

/**
 * attest_process_diagram_add_edge:
 * @self: a diagram
 * @from_id: the process that hands its outputs over
 * @to_id: the process it hands them to
 *
 * Adds a hand-over. Ignored when either id is unknown, when both are the
 * same process, or when the same hand-over was added already.
 */
void
attest_process_diagram_add_edge (AttestProcessDiagram *self,
                                 const char           *from_id,
                                 const char           *to_id)
{
  Edge edge = { 0 };
  guint index;
  char *key;

  g_return_if_fail (self != NULL);

  if (!lookup (self, from_id, &edge.from) || !lookup (self, to_id, &edge.to) || edge.from == edge.to)
    return;
  key = g_strdup_printf ("%u\n%u", edge.from, edge.to);
  if (!g_hash_table_add (self->edge_keys, key))
    return;
  clear_layout (self);
  g_array_append_val (self->edges, edge);
  index = self->edges->len - 1;
  g_array_append_val (node_at (self, edge.from)->out, index);
  g_array_append_val (node_at (self, edge.to)->in, index);
}

/**
 * attest_process_diagram_get_n_nodes:
 * @self: a diagram
 *
 * Returns: how many nodes were added
 */
guint
attest_process_diagram_get_n_nodes (AttestProcessDiagram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->nodes->len;
}

/* The edge as laid out: from its upper node to its lower one. */
static guint
upper_of (const Edge *edge)
{
  return edge->reversed ? edge->to : edge->from;
}

static guint
lower_of (const Edge *edge)
{
  return edge->reversed ? edge->from : edge->to;
}

/* 1. Cycles broken: an edge to a node on the search's stack is reversed.
 * Iterative, so that a long chain cannot exhaust the C stack. */
static void
break_cycles (AttestProcessDiagram *self)
{
  guint n = self->nodes->len;
  g_autofree guint8 *state = g_new0 (guint8, n);   /* 0 new, 1 on stack, 2 done */
  g_autofree guint *stack = g_new (guint, n);
  g_autofree guint *next = g_new0 (guint, n);

  for (guint i = 0; i < self->edges->len; i++)
    edge_at (self, i)->reversed = FALSE;
  for (guint start = 0; start < n; start++)
    {
      guint depth = 0;

      if (state[start] != 0)
        continue;
      stack[depth++] = start;
      state[start] = 1;
      while (depth > 0)
        {
          guint v = stack[depth - 1];
          Node *node = node_at (self, v);

          if (next[v] < node->out->len)
            {
              Edge *edge = edge_at (self, g_array_index (node->out, guint, next[v]++));

              if (state[edge->to] == 1)
                edge->reversed = TRUE;
              else if (state[edge->to] == 0)
                {
                  state[edge->to] = 1;
                  stack[depth++] = edge->to;
                }
            }
          else
            {
              state[v] = 2;
              depth--;
            }
        }
    }
}

/* 2. Layers by the longest path, in a topological order of the edges as
 * laid out; a node without edges has none (-1). A node that only hands
 * over then moves down to just above the first it hands over to, so that
 * its edges are short. Returns the number of layers. */
static int
assign_layers (AttestProcessDiagram *self)
{
  guint n = self->nodes->len;
  g_autofree guint *indegree = g_new0 (guint, n);
  g_autofree guint *queue = g_new (guint, n);
  guint head = 0, tail = 0;
  int n_layers = 0;

  for (guint i = 0; i < self->edges->len; i++)
    indegree[lower_of (edge_at (self, i))]++;
  for (guint i = 0; i < n; i++)
    {
      Node *node = node_at (self, i);

      node->layer = node->out->len + node->in->len > 0 ? 0 : -1;
      if (indegree[i] == 0)
        queue[tail++] = i;
    }
  while (head < tail)
    {
      guint v = queue[head++];
      Node *node = node_at (self, v);
      GArray *lists[2] = { node->out, node->in };

      for (guint l = 0; l < 2; l++)
        for (guint k = 0; k < lists[l]->len; k++)
          {
            Edge *edge = edge_at (self, g_array_index (lists[l], guint, k));
            Node *lower;

            if (upper_of (edge) != v)
              continue;
            lower = node_at (self, lower_of (edge));
            lower->layer = MAX (lower->layer, node->layer + 1);
            if (--indegree[lower_of (edge)] == 0)
              queue[tail++] = lower_of (edge);
          }
    }

  /* A node in layer 1 has a source above it in layer 0, which stays: no
   * layer empties. */
  for (guint i = 0; i < n; i++)
    {
      Node *node = node_at (self, i);
      GArray *lists[2] = { node->out, node->in };
      int below = G_MAXINT;
      gboolean source = node->layer == 0;

      for (guint l = 0; source && l < 2; l++)
        for (guint k = 0; k < lists[l]->len; k++)
          {
            Edge *edge = edge_at (self, g_array_index (lists[l], guint, k));

            if (lower_of (edge) == i)
              source = FALSE;
            else
              below = MIN (below, node_at (self, lower_of (edge))->layer);
          }
      if (source && below != G_MAXINT)
        node->layer = below - 1;
      n_layers = MAX (n_layers, node->layer + 1);
    }
  return n_layers;
}

/* How many of its edges come in from above, as laid out. */
static guint
in_from_above (AttestProcessDiagram *self,
               guint                 index)
{
  Node *node = node_at (self, index);
  GArray *lists[2] = { node->out, node->in };
  guint count = 0;

  for (guint l = 0; l < 2; l++)
    for (guint k = 0; k < lists[l]->len; k++)
      count += lower_of (edge_at (self, g_array_index (lists[l], guint, k))) == index;
  return count;
}

typedef struct
{
  guint node;
  guint in;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->in != y->in)
    return x->in > y->in ? -1 : 1;
  return x->node < y->node ? -1 : x->node > y->node;
}

static guint
add_item (AttestProcessDiagram *self,
          guint                 row,
          guint                 node)
{
  Item item = { .row = row, .node = node, .pos = self->rows[row]->len };
  guint index = self->items->len;

  g_array_append_val (self->items, item);
  g_array_append_val (self->rows[row], index);
  return index;
}

static guint
add_hop (AttestProcessDiagram *self,
         guint                 upper,
         guint                 lower,
         gboolean              reversed,
         guint                 prev)
{
  Hop hop = { .upper = upper, .lower = lower, .reversed = reversed, .prev = prev };

  g_array_append_val (self->hops, hop);
  return self->hops->len - 1;
}

/* 3. and 4. The layers on rows of at most @per_row boxes, then the
 * virtual points of the edges that span rows. A split layer puts the
 * nodes with the most edges from above on its first row, so that fewer
 * lines pass its other rows. The arrays are sized first: a hostile graph
 * has a hundred thousand points. */
static void
make_rows (AttestProcessDiagram *self,
           int                   n_layers,
           guint                 per_row)
{
  guint n = self->nodes->len;
  g_autofree GArray **layers = g_new0 (GArray *, MAX (n_layers, 1));
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (guint));   /* in row order */
  g_autofree guint *need = g_new0 (guint, 2 * n);   /* each trunk's length */
  g_autofree guint *row_size = NULL;
  g_autofree int *change = NULL;
  guint n_rows = 0, n_points = 0;
  int passing = 0;

  for (int l = 0; l < n_layers; l++)
    layers[l] = g_array_new (FALSE, FALSE, sizeof (Ranked));
  for (guint i = 0; i < n; i++)
    {
      Node *node = node_at (self, i);
      Ranked ranked = { i, 0 };

      if (node->layer >= 0)
        g_array_append_val (layers[node->layer], ranked);
    }
  for (int l = 0; l < n_layers; l++)
    {
      GArray *layer = layers[l];

      if (layer->len > per_row)
        {
          for (guint k = 0; k < layer->len; k++)
            g_array_index (layer, Ranked, k).in = in_from_above (self, g_array_index (layer, Ranked, k).node);
          g_array_sort (layer, compare_ranked);
        }
      for (guint k = 0; k < layer->len; k++)
        {
          guint index = g_array_index (layer, Ranked, k).node;

          node_at (self, index)->row = n_rows + k / per_row;
          g_array_append_val (placed, index);
        }
      n_rows += (layer->len + per_row - 1) / per_row;
      g_array_unref (layer);
    }

  /* How many boxes and points each row has. */
  for (guint e = 0; e < self->edges->len; e++)
    {
      Edge *edge = edge_at (self, e);
      Node *upper = node_at (self, upper_of (edge));
      guint span = node_at (self, lower_of (edge))->row - upper->row;
      guint *trunk = &need[2 * upper_of (edge) + edge->reversed];

      *trunk = MAX (*trunk, span - 1);
    }
  row_size = g_new0 (guint, n_rows + 1);
  change = g_new0 (int, n_rows + 2);
  for (guint k = 0; k < placed->len; k++)
    row_size[node_at (self, g_array_index (placed, guint, k))->row]++;
  for (guint t = 0; t < 2 * n; t++)
    if (need[t] > 0)
      {
        guint row = node_at (self, t / 2)->row;

        change[row + 1]++;
        change[row + 1 + need[t]]--;
        n_points += need[t];
      }
  self->n_rows = n_rows;
  self->rows = g_new0 (GArray *, MAX (n_rows, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      passing += change[r];
      self->rows[r] = g_array_sized_new (FALSE, FALSE, sizeof (guint), row_size[r] + passing);
    }
  g_array_set_size (self->items, placed->len + n_points);
  g_array_set_size (self->items, 0);
  g_array_set_size (self->hops, n_points + self->edges->len);
  g_array_set_size (self->hops, 0);

  for (guint k = 0; k < placed->len; k++)
    {
      guint index = g_array_index (placed, guint, k);
      Node *node = node_at (self, index);

      node->item = add_item (self, node->row, index);
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      Edge *edge = edge_at (self, e);
      Node *upper = node_at (self, upper_of (edge));
      Node *lower = node_at (self, lower_of (edge));
      GArray *trunk;
      guint last;

      if (lower->row == upper->row + 1)
        {
          edge->last_hop = add_hop (self, upper->item, lower->item, edge->reversed, NONE);
          continue;
        }
      /* The upper node's trunk in this direction, long enough. */
      if (upper->trunks[edge->reversed] == NULL)
        upper->trunks[edge->reversed] = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                                           need[2 * upper_of (edge) + edge->reversed]);
      trunk = upper->trunks[edge->reversed];
      while (trunk->len < lower->row - upper->row - 1)
        {
          guint prev = trunk->len > 0 ? g_array_index (trunk, guint, trunk->len - 1) : NONE;
          guint from = prev != NONE ? hop_at (self, prev)->lower : upper->item;
          guint point = add_item (self, upper->row + 1 + trunk->len, NONE);
          guint hop = add_hop (self, from, point, edge->reversed, prev);

          g_array_append_val (trunk, hop);
        }
      last = g_array_index (trunk, guint, lower->row - upper->row - 2);
      edge->last_hop = add_hop (self, hop_at (self, last)->lower, lower->item, edge->reversed, last);
    }
}

/* Compressed lists: for each item, the hops that leave it downwards and
 * those that enter it from above, with the items at their other ends (at
 * hand: the sweeps read little else). */
typedef struct
{
  guint *down_start;   /* n_items + 1 */
  guint *down;
  guint *down_item;
  guint *up_start;
  guint *up;
  guint *up_item;
  guint *row_start;    /* by the upper item's row: n_rows + 1 */
  guint *by_row;
} Adjacency;

static void
adjacency_init (AttestProcessDiagram *self,
                Adjacency            *adj)
{
  guint n = self->items->len, h = self->hops->len;
  g_autofree guint *fill = g_new0 (guint, MAX (n, self->n_rows) + 1);

  adj->down_start = g_new0 (guint, n + 1);
  adj->up_start = g_new0 (guint, n + 1);
  adj->row_start = g_new0 (guint, self->n_rows + 1);
  adj->down = g_new (guint, MAX (h, 1));
  adj->down_item = g_new (guint, MAX (h, 1));
  adj->up = g_new (guint, MAX (h, 1));
  adj->up_item = g_new (guint, MAX (h, 1));
  adj->by_row = g_new (guint, MAX (h, 1));
  for (guint i = 0; i < h; i++)
    {
      Hop *hop = hop_at (self, i);

      adj->down_start[hop->upper + 1]++;
      adj->up_start[hop->lower + 1]++;
      adj->row_start[item_at (self, hop->upper)->row + 1]++;
    }
  for (guint i = 0; i < n; i++)
    {
      adj->down_start[i + 1] += adj->down_start[i];
      adj->up_start[i + 1] += adj->up_start[i];
    }
  for (guint r = 0; r < self->n_rows; r++)
    adj->row_start[r + 1] += adj->row_start[r];
  for (guint i = 0; i < h; i++)
    {
      Hop *hop = hop_at (self, i);

      adj->down[adj->down_start[hop->upper] + fill[hop->upper]] = i;
      adj->down_item[adj->down_start[hop->upper] + fill[hop->upper]++] = hop->lower;
    }
  memset (fill, 0, sizeof (guint) * (MAX (n, self->n_rows) + 1));
  for (guint i = 0; i < h; i++)
    {
      Hop *hop = hop_at (self, i);

      adj->up[adj->up_start[hop->lower] + fill[hop->lower]] = i;
      adj->up_item[adj->up_start[hop->lower] + fill[hop->lower]++] = hop->upper;
    }
  memset (fill, 0, sizeof (guint) * (MAX (n, self->n_rows) + 1));
  for (guint i = 0; i < h; i++)
    {
      guint row = item_at (self, hop_at (self, i)->upper)->row;

      adj->by_row[adj->row_start[row] + fill[row]++] = i;
    }
}

static void
adjacency_clear (Adjacency *adj)
{
  g_free (adj->down_start);
  g_free (adj->down);
  g_free (adj->down_item);
  g_free (adj->up_start);
  g_free (adj->up);
  g_free (adj->up_item);
  g_free (adj->row_start);
  g_free (adj->by_row);
}

static int
compare_guint (gconstpointer x,
               gconstpointer y)
{
  guint a = *(const guint *) x, b = *(const guint *) y;

  return a < b ? -1 : a > b;
}

/* How many pairs of hops cross, over all rows: in the order of their
 * upper ends, each crosses those before it that end further right in the
 * row below, counted with a Fenwick tree (Barth, Jünger and Mutzel). The
 * rows are in the order of their items' positions. */
static guint64
count_crossings (AttestProcessDiagram *self,
                 const Adjacency      *adj,
                 const double         *pos)
{
  g_autoptr(GArray) tree = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  guint64 crossings = 0;

  for (guint r = 0; r + 1 < self->n_rows; r++)
    {
      GArray *row = self->rows[r];
      guint below = self->rows[r + 1]->len, seen = 0;

      g_array_set_size (tree, 0);
      g_array_set_size (tree, below + 1);
      for (guint k = 0; k < row->len; k++)
        {
          guint i = g_array_index (row, guint, k);

          g_array_set_size (ends, 0);
          for (guint h = adj->down_start[i]; h < adj->down_start[i + 1]; h++)
            {
              guint end = (guint) pos[adj->down_item[h]];

              g_array_append_val (ends, end);
            }
          if (ends->len > 1)
            g_array_sort (ends, compare_guint);
          for (guint e = 0; e < ends->len; e++)
            {
              guint b = g_array_index (ends, guint, e), at_most = 0;

              for (guint t = b + 1; t > 0; t -= t & -t)
                at_most += g_array_index (tree, guint, t);
              crossings += seen - at_most;
              for (guint t = b + 1; t <= below; t += t & -t)
                g_array_index (tree, guint, t)++;
              seen++;
            }
        }
    }
  return crossings;
}

typedef struct
{
  double key;
  double pos;
  guint  item;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Sorts @row by @key, ties kept in their order (no two items of a row
 * share a position, so any sort gives the same order), and renumbers it. */
static void
sort_row (GArray       *row,
          double       *pos,
          const double *key,
          GArray       *scratch)
{
  g_array_set_size (scratch, row->len);
  for (guint k = 0; k < row->len; k++)
    {
      guint i = g_array_index (row, guint, k);
      Keyed *keyed = &g_array_index (scratch, Keyed, k);

      keyed->key = key[i];
      keyed->pos = pos[i];
      keyed->item = i;
    }
  qsort (scratch->data, row->len, sizeof (Keyed), compare_keyed);
  for (guint k = 0; k < row->len; k++)
    {
      guint i = g_array_index (scratch, Keyed, k).item;

      g_array_index (row, guint, k) = i;
      pos[i] = k;
    }
}

/* The mean of @value over @item's neighbours above (@up) or below, or
 * @fallback without any. */
static double
neighbours_mean (const Adjacency *adj,
                 guint            item,
                 gboolean         up,
                 const double    *value,
                 double           fallback,
                 guint           *count)
{
  const guint *start = up ? adj->up_start : adj->down_start;
  const guint *other = up ? adj->up_item : adj->down_item;
  double sum = 0;
  guint n = start[item + 1] - start[item];

  for (guint k = start[item]; k < start[item + 1]; k++)
    sum += value[other[k]];
  if (count != NULL)
    *count = n;
  return n > 0 ? sum / n : fallback;
}

/* 5. The order within each row: barycenter sweeps down and up, keeping
 * the order with the fewest crossings. */
static void
order_rows (AttestProcessDiagram *self,
            const Adjacency      *adj)
{
  guint n = self->items->len;
  g_autofree double *pos = g_new (double, MAX (n, 1));
  g_autofree double *key = g_new (double, MAX (n, 1));
  g_autofree double *best = g_new (double, MAX (n, 1));
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (Keyed));
  /* Fewer sweeps for a huge graph: a budget of work by its size alone,
   * so that the same graph always gets the same layout. */
  guint sweeps = CLAMP (SWEEP_BUDGET / MAX (n, 1), 1, ORDER_SWEEPS);
  gboolean last_best = TRUE;
  guint64 fewest;

  for (guint i = 0; i < n; i++)
    best[i] = pos[i] = item_at (self, i)->pos;
  fewest = count_crossings (self, adj, pos);
  for (guint sweep = 0; sweep < sweeps && fewest > 0; sweep++)
    {
      gboolean down = sweep % 2 == 0;
      guint64 crossings;

      for (guint step = 1; step < self->n_rows; step++)
        {
          GArray *row = self->rows[down ? step : self->n_rows - 1 - step];

          for (guint k = 0; k < row->len; k++)
            {
              guint i = g_array_index (row, guint, k);

              /* Without a neighbour that way, an item keeps its place. */
              key[i] = neighbours_mean (adj, i, down, pos, pos[i], NULL);
            }
          sort_row (row, pos, key, scratch);
        }
      crossings = count_crossings (self, adj, pos);
      last_best = crossings < fewest;
      if (last_best)
        {
          fewest = crossings;
          memcpy (best, pos, sizeof (double) * n);
        }
    }
  if (!last_best)
    for (guint r = 0; r < self->n_rows; r++)
      sort_row (self->rows[r], pos, best, scratch);
  for (guint i = 0; i < n; i++)
    item_at (self, i)->pos = pos[i];
}

/* 6. Places @row's items as near to @target as their order and gaps
 * allow, each pulled by its @weight: minimising the weighted squares of
 * the distances under "each at least its gap after the one before" is an
 * isotonic regression once the gaps are taken out, solved exactly by
 * pooling adjacent violators. The bounds keep the row within the width. */
static void
place_row (AttestProcessDiagram *self,
           GArray               *row,
           const guint8         *box,
           double               *x,
           const double         *target,
           const double         *weight)
{
  guint m = row->len;
  g_autofree double *offset = g_new (double, m);    /* the gaps before each, summed */
  g_autofree double *low = g_new (double, m);
  g_autofree double *high = g_new (double, m);
  g_autofree double *value = g_new (double, m);     /* pooled blocks: value, weight, length */
  g_autofree double *mass = g_new (double, m);
  g_autofree guint *length = g_new (guint, m);
  double half = self->box_width / 2, fixed = 0, sep = LINE_SEP, room;
  guint n_lines = 0, n_blocks = 0;

  if (m == 0)
    return;

  /* Lines side by side come closer when the row is crowded. */
  for (guint k = 1; k < m; k++)
    {
      gboolean a = box[g_array_index (row, guint, k - 1)];
      gboolean b = box[g_array_index (row, guint, k)];

      if (a && b)
        fixed += 2 * half + BOX_GAP;
      else if (a || b)
        fixed += half + LINE_GAP;
      else
        n_lines++;
    }
  /* From the leftmost place of the first to the rightmost of the last. */
  room = self->width
         - (box[g_array_index (row, guint, 0)] ? half + 0.5 : EDGE_PAD)
         - (box[g_array_index (row, guint, m - 1)] ? half + 0.5 : EDGE_PAD);
  if (n_lines > 0 && fixed + n_lines * sep > room)
    sep = MAX (0, (room - fixed) / n_lines);

  for (guint k = 0; k < m; k++)
    {
      gboolean is_box = box[g_array_index (row, guint, k)];

      if (k == 0)
        offset[k] = 0;
      else
        {
          gboolean before = box[g_array_index (row, guint, k - 1)];

          offset[k] = offset[k - 1] + (before && is_box ? 2 * half + BOX_GAP : before || is_box ? half + LINE_GAP : sep);
        }
      low[k] = (is_box ? half + 0.5 : EDGE_PAD) - offset[k];
      high[k] = (is_box ? self->width - half - 0.5 : self->width - EDGE_PAD) - offset[k];
    }

  /* Pool adjacent violators. */
  for (guint k = 0; k < m; k++)
    {
      guint i = g_array_index (row, guint, k);

      value[n_blocks] = target[i] - offset[k];
      mass[n_blocks] = weight[i];
      length[n_blocks] = 1;
      n_blocks++;
      while (n_blocks > 1 && value[n_blocks - 2] >= value[n_blocks - 1])
        {
          double total = mass[n_blocks - 2] + mass[n_blocks - 1];

          value[n_blocks - 2] = (value[n_blocks - 2] * mass[n_blocks - 2] + value[n_blocks - 1] * mass[n_blocks - 1]) / total;
          mass[n_blocks - 2] = total;
          length[n_blocks - 2] += length[n_blocks - 1];
          n_blocks--;
        }
    }

  /* The bounds, made monotone, then each within them. */
  for (guint k = 1; k < m; k++)
    low[k] = MAX (low[k], low[k - 1]);
  for (guint k = m - 1; k > 0; k--)
    high[k - 1] = MIN (high[k - 1], high[k]);
  for (guint b = 0, k = 0; b < n_blocks; b++)
    for (guint j = 0; j < length[b]; j++, k++)
      {
        double y = MAX (low[k], MIN (high[k], value[b]));

        x[g_array_index (row, guint, k)] = y + offset[k];
      }
}

/* 6. Each row pulled towards its neighbours above, then below, a few
 * times, starting from rows packed in the middle. Lines passing rows pull
 * harder, so that long edges run straight. */
static void
place_rows (AttestProcessDiagram *self,
            const Adjacency      *adj)
{
  guint n = self->items->len;
  g_autofree double *x = g_new (double, MAX (n, 1));
  g_autofree guint8 *box = g_new (guint8, MAX (n, 1));
  g_autofree double *target = g_new (double, MAX (n, 1));
  g_autofree double *weight = g_new (double, MAX (n, 1));
  guint sweeps = CLAMP (SWEEP_BUDGET / MAX (n, 1) / 2, 1, PLACE_SWEEPS);
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE, shift;

  for (guint i = 0; i < n; i++)
    {
      box[i] = item_at (self, i)->node != NONE;
      target[i] = self->width / 2;
      weight[i] = 1;
    }
  for (guint r = 0; r < self->n_rows; r++)
    place_row (self, self->rows[r], box, x, target, weight);

  for (guint sweep = 0; sweep < 2 * sweeps + 1; sweep++)
    {
      /* Down, up, …, and last both ways at once. */
      gboolean both = sweep == 2 * sweeps;
      gboolean down = sweep % 2 == 0;

      for (guint step = both ? 0 : 1; step < self->n_rows; step++)
        {
          GArray *row = self->rows[down ? step : self->n_rows - 1 - step];

          for (guint k = 0; k < row->len; k++)
            {
              guint i = g_array_index (row, guint, k);
              guint count = 0, other = 0;
              double mean = neighbours_mean (adj, i, down, x, x[i], &count);

              if (both)
                {
                  double below = neighbours_mean (adj, i, FALSE, x, x[i], &other);

                  mean = count + other > 0 ? (mean * count + below * other) / (count + other) : x[i];
                  count += other;
                }
              target[i] = mean;
              weight[i] = count == 0 ? 0.01 : !box[i] ? 8.0 : count;
            }
          place_row (self, row, box, x, target, weight);
        }
    }

  /* Nothing pulls the drawing as a whole to the middle: centred, each
   * item with the room its bounds keep about it. */
  for (guint i = 0; i < n; i++)
    {
      double room = box[i] ? self->box_width / 2 + 0.5 : EDGE_PAD;

      left = MIN (left, x[i] - room);
      right = MAX (right, x[i] + room);
    }
  shift = (self->width - right - left) / 2;
  for (guint i = 0; i < n; i++)
    item_at (self, i)->x = x[i] + shift;
}

typedef struct
{
  AttestProcessDiagram *self;
  gboolean              down;
} PortContext;

static int
compare_ports (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  PortContext *context = data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  Hop *hx = hop_at (context->self, x), *hy = hop_at (context->self, y);
  double ox = item_at (context->self, context->down ? hx->lower : hx->upper)->x;
  double oy = item_at (context->self, context->down ? hy->lower : hy->upper)->x;

  if (ox != oy)
    return ox < oy ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* Where the hops leave and enter: a virtual point's x; spread along a box's
 * side in the order of where they go, so that they do not cross there. */
static void
place_ports (AttestProcessDiagram *self,
             const Adjacency      *adj)
{
  g_autoptr(GArray) list = g_array_new (FALSE, FALSE, sizeof (guint));
  double usable = MAX (0, self->box_width - 2 * (RADIUS + 4));

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = item_at (self, i);

      for (guint side = 0; side < 2; side++)
        {
          gboolean down = side == 0;
          const guint *start = down ? adj->down_start : adj->up_start;
          const guint *hops = down ? adj->down : adj->up;
          guint count = start[i + 1] - start[i];
          double spacing;
          PortContext context = { self, down };

          g_array_set_size (list, 0);
          g_array_append_vals (list, hops + start[i], count);
          if (item->node != NONE)
            g_array_sort_with_data (list, compare_ports, &context);
          spacing = count > 1 ? MIN (PORT_SEP, usable / (count - 1)) : 0;
          for (guint k = 0; k < count; k++)
            {
              Hop *hop = hop_at (self, g_array_index (list, guint, k));
              double x = item->node == NONE ? item->x : item->x + (k - (count - 1) / 2.0) * spacing;

              if (down)
                hop->x0 = x;
              else
                hop->x1 = x;
            }
        }
    }
}

/* 7. Rows down the page: the channel between two rows grows with how far
 * sideways its edges go, so that they do not lie flat. */
static double
place_vertically (AttestProcessDiagram *self,
                  const Adjacency      *adj)
{
  double y = MARGIN;

  self->row_top = g_new0 (double, MAX (self->n_rows, 1));
  for (guint r = 0; r < self->n_rows; r++)
    {
      double widest = 0;

      self->row_top[r] = y;
      for (guint k = adj->row_start[r]; k < adj->row_start[r + 1]; k++)
        {
          Hop *hop = hop_at (self, adj->by_row[k]);

          widest = MAX (widest, fabs (hop->x1 - hop->x0));
        }
      y += self->box_height;
      if (r + 1 < self->n_rows)
        y += CLAMP (CHANNEL_MIN + CHANNEL_SLOPE * widest, CHANNEL_MIN, CHANNEL_MAX);
    }
  return y;
}

/* The label's text laid out in a box @width wide: centred, wrapped by
 * words (within a word when it must), three lines at most, the last cut
 * with an ellipsis. */
static void
shape_labels (AttestProcessDiagram *self,
              PangoContext         *context,
              double               *tallest)
{
  PangoFontDescription *font = pango_font_description_from_string (LABEL_FONT);

  *tallest = 0;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = node_at (self, i);
      PangoRectangle logical;

      g_clear_object (&node->layout);
      node->layout = pango_layout_new (context);
      pango_layout_set_font_description (node->layout, font);
      /* At least something: a width of -1 would not wrap at all. */
      pango_layout_set_width (node->layout, (int) floor (MAX (self->box_width - 2 * PAD_X, 1) * PANGO_SCALE));
      pango_layout_set_wrap (node->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (node->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (node->layout, -LABEL_LINES);
      pango_layout_set_alignment (node->layout, PANGO_ALIGN_CENTER);
      pango_layout_set_text (node->layout, node->label, -1);
      pango_layout_get_pixel_extents (node->layout, &node->ink, &logical);
      *tallest = MAX (*tallest, logical.height);
    }
  pango_font_description_free (font);
}

static void
place_label (AttestProcessDiagram *self,
             Node                 *node)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (node->layout, NULL, &logical);
  node->label_x = node->x + PAD_X;
  node->label_y = node->y + floor ((self->box_height - logical.height) / 2);
}

/**
 * attest_process_diagram_layout:
 * @self: a diagram
 * @context: the fonts to measure the labels with
 *   (pango_cairo_create_context() for paper, gtk_widget_get_pango_context()
 *   on screen)
 * @width: the width to fit, in the units of @context (points in the pack,
 *   pixels on screen)
 *
 * Lays the diagram out: boxes of one width in rows, hand-overs as arrows
 * from the bottom of a box to the top of the next, none across a box. Call
 * again when the width or the fonts change; the diagram keeps @context's
 * layouts until then.
 *
 * Returns: the height it needs: 0 without nodes
 */
double
attest_process_diagram_layout (AttestProcessDiagram *self,
                               PangoContext         *context,
                               double                width)
{
  guint n = self->nodes->len;
  guint widest = 0, n_loose = 0, per_row, fits, columns;
  g_autofree guint *layer_sizes = NULL;
  double avail, tallest, y;
  int n_layers;
  Adjacency adj = { 0 };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  clear_layout (self);
  self->width = MAX (width, 1);
  self->laid_out = TRUE;
  if (n == 0)
    return 0;

  break_cycles (self);
  n_layers = assign_layers (self);

  /* One box width for all, such that the widest layer fits (lines passing
   * at its sides included), between MIN_BOX and MAX_BOX when the width
   * allows. A wider layer goes on several rows. */
  layer_sizes = g_new0 (guint, MAX (n_layers, 1));
  for (guint i = 0; i < n; i++)
    {
      Node *node = node_at (self, i);

      if (node->layer >= 0)
        {
          layer_sizes[node->layer]++;
          widest = MAX (widest, layer_sizes[node->layer]);
        }
      else
        n_loose++;
    }
  avail = self->width - 2 * (EDGE_PAD + LINE_GAP);
  fits = (guint) MAX (1, floor ((avail + BOX_GAP) / (MIN_BOX + BOX_GAP)));
  columns = CLAMP (widest, 1, fits);
  self->box_width = MIN (MAX_BOX, (avail - (columns - 1) * BOX_GAP) / columns);
  self->box_width = MAX (self->box_width, 1);
  per_row = (guint) MAX (1, floor ((avail + BOX_GAP) / (self->box_width + BOX_GAP)));
  make_rows (self, n_layers, per_row);

  /* Narrower boxes, down to MIN_BOX, where lines passing a row would
   * otherwise be squeezed between its boxes. */
  for (guint r = 0; r < self->n_rows; r++)
    {
      guint boxes = 0, lines = 0;

      for (guint k = 0; k < self->rows[r]->len; k++)
        {
          if (item_at (self, g_array_index (self->rows[r], guint, k))->node != NONE)
            boxes++;
          else
            lines++;
        }
      if (boxes > 0 && lines > 0)
        {
          double fit = (avail - (boxes - 1) * BOX_GAP - lines * LINE_SEP - 2 * LINE_GAP) / boxes;

          self->box_width = MIN (self->box_width, MAX (fit, MIN (MIN_BOX, self->box_width)));
        }
    }

  shape_labels (self, context, &tallest);
  self->box_height = MAX (MIN_BOX_HEIGHT, ceil (tallest + 2 * PAD_Y));
  adjacency_init (self, &adj);
  order_rows (self, &adj);
  place_rows (self, &adj);
  place_ports (self, &adj);
  y = place_vertically (self, &adj);
  adjacency_clear (&adj);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = item_at (self, i);
      Node *node;

      if (item->node == NONE)
        continue;
      node = node_at (self, item->node);
      node->x = item->x - self->box_width / 2;
      node->y = self->row_top[item->row];
      place_label (self, node);
    }

  /* The nodes without edges, last, in rows of their own, centred. */
  if (n_loose > 0)
    {
      guint placed = 0;

      y = self->n_rows > 0 ? y + LOOSE_GAP : MARGIN;
      for (guint i = 0; i < n; i++)
        {
          Node *node = node_at (self, i);
          guint in_row = MIN (per_row, n_loose - placed / per_row * per_row);
          guint column = placed % per_row;
          double left = (self->width - in_row * self->box_width - (in_row - 1) * BOX_GAP) / 2;

          if (node->layer >= 0)
            continue;
          if (column == 0 && placed > 0)
            y += self->box_height + LOOSE_ROW_GAP;
          node->x = left + column * (self->box_width + BOX_GAP);
          node->y = y;
          place_label (self, node);
          placed++;
        }
      y += self->box_height;
    }

  self->height = ceil (y + MARGIN);
  return self->height;
}

static double
row_bottom (AttestProcessDiagram *self,
            guint                 row)
{
  return self->row_top[row] + self->box_height;
}

/* Where a hop's curve starts and ends: a box's side beyond its straight
 * stub, or a virtual point's row. */
static void
hop_ends (AttestProcessDiagram *self,
          Hop                  *hop,
          double               *y0,
          double               *y1)
{
  Item *upper = item_at (self, hop->upper), *lower = item_at (self, hop->lower);

  *y0 = row_bottom (self, upper->row) + (upper->node != NONE ? STUB : 0);
  *y1 = self->row_top[lower->row] - (lower->node != NONE ? STUB : 0);
}

static void
add_point (GArray *path,
           double  x,
           double  y)
{
  guint n = path->len;

  /* One point where two pieces meet. */
  if (n >= 2 && g_array_index (path, double, n - 2) == x && g_array_index (path, double, n - 1) == y)
    return;
  g_array_append_val (path, x);
  g_array_append_val (path, y);
}

/* A hop's points, down: out of its upper box or row, the curve as a
 * polyline, into its lower box or down through its point's row. */
static void
hop_points (AttestProcessDiagram *self,
            Hop                  *hop,
            GArray               *path)
{
  Item *upper = item_at (self, hop->upper), *lower = item_at (self, hop->lower);
  double y0, y1, middle;

  hop_ends (self, hop, &y0, &y1);
  middle = (y0 + y1) / 2;
  if (upper->node != NONE)
    add_point (path, hop->x0, row_bottom (self, upper->row));
  add_point (path, hop->x0, y0);
  for (guint s = 1; s <= CURVE_STEPS; s++)
    {
      double t = (double) s / CURVE_STEPS, u = 1 - t;
      /* The cubic from (x0, y0) by (x0, middle) and (x1, middle) to (x1, y1). */
      double x = (u * u * u + 3 * u * u * t) * hop->x0 + (3 * u * t * t + t * t * t) * hop->x1;
      double y = u * u * u * y0 + 3 * u * t * (u + t) * middle + t * t * t * y1;

      add_point (path, x, y);
    }
  if (lower->node != NONE)
    add_point (path, hop->x1, self->row_top[lower->row]);
  else
    add_point (path, hop->x1, row_bottom (self, lower->row));
}

static void
draw_arrow_head (cairo_t *cr,
                 double   x,
                 double   tip,
                 double   direction)
{
  cairo_move_to (cr, x, tip);
  cairo_line_to (cr, x - ARROW * 0.45, tip - direction * ARROW);
  cairo_line_to (cr, x + ARROW * 0.45, tip - direction * ARROW);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
rounded_box (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   height,
             double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
set_colour (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr, (rgb >> 16) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

/**
 * attest_process_diagram_draw:
 * @self: a laid out diagram
 * @cr: where to draw it, its top left corner at the current origin
 *
 * Draws the last layout in its own colours (dark text on light boxes,
 * grey arrows, nothing behind), so that it reads the same on paper and on
 * screen. Draws nothing before the first layout or without nodes.
 */
void
attest_process_diagram_draw (AttestProcessDiagram *self,
                             cairo_t              *cr)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (!self->laid_out || self->nodes->len == 0)
    return;
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* Each hop once, however many edges share it: shared lines are not
   * drawn darker. A hop into a virtual point runs on down through its row;
   * a line stops where its arrow's head begins. */
  set_colour (cr, 0x5e5c64);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < self->hops->len; i++)
    {
      Hop *hop = hop_at (self, i);
      Item *upper = item_at (self, hop->upper), *lower = item_at (self, hop->lower);
      double y0, y1, middle;

      hop_ends (self, hop, &y0, &y1);
      middle = (y0 + y1) / 2;
      if (upper->node != NONE && !hop->reversed)
        cairo_move_to (cr, hop->x0, row_bottom (self, upper->row));
      else
        cairo_move_to (cr, hop->x0, upper->node != NONE ? y0 : row_bottom (self, upper->row));
      cairo_line_to (cr, hop->x0, y0);
      cairo_curve_to (cr, hop->x0, middle, hop->x1, middle, hop->x1, y1);
      if (lower->node == NONE)
        cairo_line_to (cr, hop->x1, row_bottom (self, lower->row));
      else if (hop->reversed)
        cairo_line_to (cr, hop->x1, self->row_top[lower->row]);
      cairo_stroke (cr);

      if (lower->node != NONE && !hop->reversed)
        draw_arrow_head (cr, hop->x1, self->row_top[lower->row], 1);
      else if (upper->node != NONE && hop->reversed)
        draw_arrow_head (cr, hop->x0, row_bottom (self, upper->row), -1);
    }

  /* The boxes over the lines, within their bounds: the border's stroke
   * inside them. */
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = node_at (self, i);

      rounded_box (cr, node->x + 0.5, node->y + 0.5, self->box_width - 1, self->box_height - 1, RADIUS);
      set_colour (cr, 0xf6f5f4);
      cairo_fill_preserve (cr);
      set_colour (cr, 0x77767b);
      cairo_stroke (cr);
      /* The layout as measured: not updated for @cr, whose fonts options
       * could change the label's size; the same picture on any surface. */
      set_colour (cr, 0x241f31);
      cairo_move_to (cr, node->label_x, node->label_y);
      pango_cairo_show_layout (cr, node->layout);
      cairo_new_path (cr);
    }
  cairo_restore (cr);
}

/**
 * attest_process_diagram_get_node_box:
 * @self: a laid out diagram
 * @id: a node's id
 * @x: (out): its box's left
 * @y: (out): top
 * @width: (out): width
 * @height: (out): height
 *
 * Where the last layout put a node's box, for tests and accessibility.
 *
 * Returns: %FALSE for an unknown node or a diagram not laid out
 */
gboolean
attest_process_diagram_get_node_box (AttestProcessDiagram *self,
                                     const char           *id,
                                     double               *x,
                                     double               *y,
                                     double               *width,
                                     double               *height)
{
  guint index;
  Node *node;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->laid_out || !lookup (self, id, &index))
    return FALSE;
  node = node_at (self, index);
  *x = node->x;
  *y = node->y;
  *width = self->box_width;
  *height = self->box_height;
  return TRUE;
}

/**
 * attest_process_diagram_get_label_box:
 * @self: a laid out diagram
 * @id: a node's id
 * @x: (out): its label's ink, left
 * @y: (out): top
 * @width: (out): width
 * @height: (out): height
 *
 * Where the last layout put the ink of a node's label, for tests and
 * accessibility.
 *
 * Returns: %FALSE for an unknown node or a diagram not laid out
 */
gboolean
attest_process_diagram_get_label_box (AttestProcessDiagram *self,
                                      const char           *id,
                                      double               *x,
                                      double               *y,
                                      double               *width,
                                      double               *height)
{
  guint index;
  Node *node;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->laid_out || !lookup (self, id, &index))
    return FALSE;
  node = node_at (self, index);
  *x = node->label_x + node->ink.x;
  *y = node->label_y + node->ink.y;
  *width = node->ink.width;
  *height = node->ink.height;
  return TRUE;
}

/**
 * attest_process_diagram_dup_edge_path:
 * @self: a laid out diagram
 * @from_id: the process that hands over
 * @to_id: the one it hands over to
 *
 * The line of a hand-over as the last layout drew it, its curves as short
 * straight segments: from @from_id's box to the tip of the arrow on
 * @to_id's.
 *
 * Returns: (transfer full) (nullable) (element-type double): the points as
 *   pairs of doubles x, y; %NULL for no such edge or a diagram not laid out
 */
GArray *
attest_process_diagram_dup_edge_path (AttestProcessDiagram *self,
                                      const char           *from_id,
                                      const char           *to_id)
{
  g_autoptr(GArray) hops = NULL;
  GArray *path;
  guint from, to;
  char key[32];
  Edge *edge = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!self->laid_out || !lookup (self, from_id, &from) || !lookup (self, to_id, &to))
    return NULL;
  g_snprintf (key, sizeof key, "%u\n%u", from, to);
  if (!g_hash_table_contains (self->edge_keys, key))
    return NULL;
  for (guint i = 0; edge == NULL && i < self->edges->len; i++)
    if (edge_at (self, i)->from == from && edge_at (self, i)->to == to)
      edge = edge_at (self, i);
  g_return_val_if_fail (edge != NULL, NULL);

  /* Up the hops from the last, then down them. */
  hops = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint hop = edge->last_hop; hop != NONE; hop = hop_at (self, hop)->prev)
    g_array_prepend_val (hops, hop);
  path = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint k = 0; k < hops->len; k++)
    hop_points (self, hop_at (self, g_array_index (hops, guint, k)), path);
  /* From the true source to the tip. */
  if (edge->reversed)
    for (guint a = 0, b = path->len - 2; a < b; a += 2, b -= 2)
      {
        double x = g_array_index (path, double, a), y = g_array_index (path, double, a + 1);

        g_array_index (path, double, a) = g_array_index (path, double, b);
        g_array_index (path, double, a + 1) = g_array_index (path, double, b + 1);
        g_array_index (path, double, b) = x;
        g_array_index (path, double, b + 1) = y;
      }
  return path;
}

/* A hand-over by the register positions (from 1) of its two processes. */
typedef struct
{
  guint from, to;
} EdgeOrder;

static int
compare_edge_order (gconstpointer a,
                    gconstpointer b)
{
  const EdgeOrder *x = a, *y = b;

  if (x->from != y->from)
    return (x->from > y->from) - (x->from < y->from);
  return (x->to > y->to) - (x->to < y->to);
}

/**
 * attest_process_diagram_new_for_workspace:
 * @workspace: a workspace
 *
 * The processes of @workspace that hand over or are handed to, in the
 * order they were added, and their hand-overs (`process-handover`). A
 * process with neither is left out: a box with no arrow says nothing the
 * table beside it does not, and a subsidiary's hundreds of them would
 * crowd out the few that do.
 *
 * Returns: (transfer full): the diagram, not laid out yet
 */
AttestProcessDiagram *
attest_process_diagram_new_for_workspace (AttestWorkspace *workspace)
{
  AttestProcessDiagram *self = attest_process_diagram_new ();
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  g_autoptr(GPtrArray) pairs = attest_workspace_dup_links (workspace, "process-handover", NULL);
  g_autoptr(GHashTable) position = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (EdgeOrder));
  g_autofree gboolean *joined = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      /* The id belongs to the record, which the model keeps. */
      g_hash_table_insert (position, (gpointer) attest_record_get_id (process), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; pairs != NULL && i + 1 < pairs->len; i += 2)
    {
      EdgeOrder edge = { GPOINTER_TO_UINT (g_hash_table_lookup (position, g_ptr_array_index (pairs, i))),
                         GPOINTER_TO_UINT (g_hash_table_lookup (position, g_ptr_array_index (pairs, i + 1))) };

      if (edge.from > 0 && edge.to > 0)
        g_array_append_val (edges, edge);
    }
  /* The register's order, not the links' (which follows their random ids):
   * the first process a cycle is broken at is the register's first, and
   * the same workspace is drawn the same way every time. */
  g_array_sort (edges, compare_edge_order);
  joined = g_new0 (gboolean, g_list_model_get_n_items (processes) + 1);
  for (guint e = 0; e < edges->len; e++)
    joined[g_array_index (edges, EdgeOrder, e).from] = joined[g_array_index (edges, EdgeOrder, e).to] = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      if (joined[i + 1])
        attest_process_diagram_add_node (self, attest_record_get_id (process),
                                         attest_record_get_string (process, "name"));
    }
  for (guint e = 0; e < edges->len; e++)
    {
      g_autoptr(AttestRecord) from = g_list_model_get_item (processes, g_array_index (edges, EdgeOrder, e).from - 1);
      g_autoptr(AttestRecord) to = g_list_model_get_item (processes, g_array_index (edges, EdgeOrder, e).to - 1);

      attest_process_diagram_add_edge (self, attest_record_get_id (from), attest_record_get_id (to));
    }
  return self;
}
