/* attest-process-diagram.c: the processes of the ISMS (4.4) and their
 * hand-overs, laid out and drawn with Cairo and Pango.
 *
 * One layout serves the screen (a GTK widget gives its cairo_t and Pango
 * context) and the audit pack (a recording surface and the pack's fonts).
 * It is layered, top to bottom:
 *
 *  1. cycles are broken by a depth-first search in the order the nodes
 *     were added: an edge back to a node still on the search's stack is
 *     laid out reversed, and drawn with its arrow at its true target;
 *  2. each node that hands over or is handed to takes the layer of the
 *     longest path to it; nodes with no edge at all come last, in rows;
 *  3. within a layer, nodes are ordered by the mean column of the nodes
 *     that hand over to them (a few sweeps), to cross fewer edges;
 *  4. boxes sit on one grid of equal columns, a layer wider than the grid
 *     wrapping onto further rows; between rows runs a channel, between
 *     columns a gutter, and no box is ever in either;
 *  5. an edge leaves the bottom of its upper box, runs along the channel
 *     below it, down the nearest gutter when it spans more than one row,
 *     along the channel above its lower box and into that box's top. Its
 *     segments lie in its own boxes' columns, in channels or in gutters,
 *     so it crosses no other box, whatever the graph.
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

#include "attest-process-diagram.h"

#define LABEL_FONT   "Sans 8"
#define LABEL_CHARS  300      /* what Pango is given of a label, at most */
#define MIN_BOX      96.0     /* a box's width, at least */
#define MAX_BOX      168.0    /* and at most */
#define GAP          24.0     /* the gutter between two columns */
#define CHANNEL      30.0     /* the channel between two rows */
#define PAD          6.0      /* a label within its box */
#define MIN_HEIGHT   30.0     /* a box's height, at least */
#define MARGIN       4.0      /* above the first row and below the last */
#define ARROW        6.0      /* an arrow head's length */
#define LANES        7        /* edges side by side in a channel */
#define GUTTER_LANES 5        /* and in a gutter */

typedef struct
{
  char        *id;
  char        *label;
  GArray      *out;         /* edge indexes */
  GArray      *in;
  int          layer;       /* -1: no edge at all */
  int          row;
  int          column;
  double       order;       /* within its layer */
  double       x, y;        /* the box's top left corner */
  PangoLayout *layout;
  double       label_x, label_y;
  PangoRectangle ink;       /* of the label, relative to label_x, label_y */
  guint        n_down, n_up; /* edges routed from its bottom, into its top */
  guint        used_down, used_up;
} Node;

typedef struct
{
  guint   from, to;         /* as added: from hands over to to */
  gboolean reversed;        /* laid out from to to from (a cycle broken) */
  GArray *path;             /* doubles x, y, from the true source to the tip */
} Edge;

struct _AttestProcessDiagram
{
  GPtrArray  *nodes;        /* Node */
  GArray     *edges;        /* Edge */
  GHashTable *by_id;        /* id -> index + 1 */
  GHashTable *edge_keys;    /* "from\nto" */
  double      width, height;
  double      box_width, box_height;
  double      offset;       /* of the grid from the left */
  guint       n_columns;
  gboolean    laid_out;
};

static void
node_free (Node *node)
{
  g_free (node->id);
  g_free (node->label);
  g_array_unref (node->out);
  g_array_unref (node->in);
  g_clear_object (&node->layout);
  g_free (node);
}

static void
edge_clear (Edge *edge)
{
  g_clear_pointer (&edge->path, g_array_unref);
}

/**
 * attest_process_diagram_new:
 *
 * Returns: (transfer full): an empty diagram
 */
AttestProcessDiagram *
attest_process_diagram_new (void)
{
  AttestProcessDiagram *self = g_new0 (AttestProcessDiagram, 1);

  self->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  self->edges = g_array_new (FALSE, TRUE, sizeof (Edge));
  g_array_set_clear_func (self->edges, (GDestroyNotify) edge_clear);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->edge_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
attest_process_diagram_free (AttestProcessDiagram *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->edge_keys);
  g_free (self);
}

/* A label as Pango gets it: valid UTF-8, a few hundred characters, an em
 * dash for none. */
static char *
clean_label (const char *label)
{
  g_autofree char *valid = NULL;
  const char *end;

  if (label == NULL || *label == '\0')
    return g_strdup ("—");
  valid = g_utf8_make_valid (label, MIN (strlen (label), (gsize) LABEL_CHARS * 4));
  if (g_utf8_strlen (valid, -1) <= LABEL_CHARS)
    return g_steal_pointer (&valid);
  end = g_utf8_offset_to_pointer (valid, LABEL_CHARS);
  return g_strndup (valid, end - valid);
}

/**
 * attest_process_diagram_add_node:
 * @self: a diagram
 * @id: the node's id, unique in the diagram (a second one is ignored)
 * @label: its label, the process's name
 */
void
attest_process_diagram_add_node (AttestProcessDiagram *self,
                                 const char           *id,
                                 const char           *label)
{
  Node *node;

  g_return_if_fail (id != NULL);
  if (g_hash_table_contains (self->by_id, id))
    return;
  node = g_new0 (Node, 1);
  node->id = g_strdup (id);
  node->label = clean_label (label);
  node->out = g_array_new (FALSE, FALSE, sizeof (guint));
  node->in = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (self->nodes, node);
  g_hash_table_insert (self->by_id, g_strdup (id), GUINT_TO_POINTER (self->nodes->len));
  self->laid_out = FALSE;
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
 * attest_process_diagram_add_edge:
 * @self: a diagram
 * @from_id: the process that hands over
 * @to_id: the process it hands over to
 *
 * Ignored when either is unknown, when both are the same process, or when
 * the edge was added already.
 */
void
attest_process_diagram_add_edge (AttestProcessDiagram *self,
                                 const char           *from_id,
                                 const char           *to_id)
{
  Edge edge = { 0 };
  guint index;
  char *key;

  if (!lookup (self, from_id, &edge.from) || !lookup (self, to_id, &edge.to) || edge.from == edge.to)
    return;
  key = g_strdup_printf ("%u\n%u", edge.from, edge.to);
  if (!g_hash_table_add (self->edge_keys, key))
    return;
  g_array_append_val (self->edges, edge);
  index = self->edges->len - 1;
  g_array_append_val (((Node *) g_ptr_array_index (self->nodes, edge.from))->out, index);
  g_array_append_val (((Node *) g_ptr_array_index (self->nodes, edge.to))->in, index);
  self->laid_out = FALSE;
}

guint
attest_process_diagram_get_n_nodes (AttestProcessDiagram *self)
{
  return self->nodes->len;
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
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; pairs != NULL && i < pairs->len; i++)
    g_hash_table_add (linked, g_ptr_array_index (pairs, i));
  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      if (g_hash_table_contains (linked, attest_record_get_id (process)))
        attest_process_diagram_add_node (self, attest_record_get_id (process),
                                         attest_record_get_string (process, "name"));
    }
  for (guint i = 0; pairs != NULL && i + 1 < pairs->len; i += 2)
    attest_process_diagram_add_edge (self, g_ptr_array_index (pairs, i), g_ptr_array_index (pairs, i + 1));
  return self;
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

/* The edge as laid out: from its upper node to its lower one. */
static guint
upper_of (Edge *edge)
{
  return edge->reversed ? edge->to : edge->from;
}

static guint
lower_of (Edge *edge)
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
      next[start] = 0;
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
                  next[edge->to] = 0;
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
 * laid out; a node without edges has none (-1). */
static int
assign_layers (AttestProcessDiagram *self)
{
  guint n = self->nodes->len;
  g_autofree guint *indegree = g_new0 (guint, n);
  g_autofree guint *queue = g_new (guint, n);
  guint head = 0, tail = 0;
  int top = -1;

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

      top = MAX (top, node->layer);
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
  return top;
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Node *x = *(Node * const *) a;
  const Node *y = *(Node * const *) b;

  return x->order < y->order ? -1 : x->order > y->order ? 1 : 0;
}

/* The mean position of the nodes at the other end of @node's edges that
 * lie in layers before (@down) or after its own; -1 for none. */
static double
barycenter (AttestProcessDiagram *self,
            Node                 *node,
            gboolean              down)
{
  GArray *lists[2] = { node->out, node->in };
  double sum = 0;
  guint count = 0;

  for (guint l = 0; l < 2; l++)
    for (guint k = 0; k < lists[l]->len; k++)
      {
        Edge *edge = edge_at (self, g_array_index (lists[l], guint, k));
        Node *upper = node_at (self, upper_of (edge));
        Node *lower = node_at (self, lower_of (edge));
        Node *other = down ? upper : lower;

        if ((down && lower == node) || (!down && upper == node))
          {
            sum += other->order;
            count++;
          }
      }
  return count > 0 ? sum / count : -1;
}

/* 3. The order within each layer: a few sweeps down and up. */
static void
order_layers (AttestProcessDiagram *self,
              GPtrArray           **layers,
              int                   n_layers)
{
  for (int l = 0; l < n_layers; l++)
    for (guint i = 0; i < layers[l]->len; i++)
      ((Node *) g_ptr_array_index (layers[l], i))->order = i;
  for (guint sweep = 0; sweep < 4; sweep++)
    {
      gboolean down = sweep % 2 == 0;

      for (int step = 1; step < n_layers; step++)
        {
          int l = down ? step : n_layers - 1 - step;
          GPtrArray *layer = layers[l];

          for (guint i = 0; i < layer->len; i++)
            {
              Node *node = g_ptr_array_index (layer, i);
              double center = barycenter (self, node, down);

              /* Without a neighbour that way, a node keeps its place. */
              node->order = center >= 0 ? center + i * 1e-6 : node->order;
            }
          g_ptr_array_sort (layer, compare_order);
          for (guint i = 0; i < layer->len; i++)
            ((Node *) g_ptr_array_index (layer, i))->order = i;
        }
    }
}

/* Places @nodes in rows of the grid from row @row on: each row centred by
 * whole columns. Returns the next free row. */
static int
place_rows (AttestProcessDiagram *self,
            GPtrArray            *nodes,
            int                   row)
{
  for (guint first = 0; first < nodes->len; first += self->n_columns)
    {
      guint count = MIN (self->n_columns, nodes->len - first);
      guint start = (self->n_columns - count) / 2;

      for (guint i = 0; i < count; i++)
        {
          Node *node = g_ptr_array_index (nodes, first + i);

          node->row = row;
          node->column = start + i;
        }
      row++;
    }
  return row;
}

static double
row_top (AttestProcessDiagram *self,
         int                   row)
{
  return MARGIN + row * (self->box_height + CHANNEL);
}

/* The y of lane @lane in the channel below @row. */
static double
channel_y (AttestProcessDiagram *self,
           int                   row,
           guint                 lane)
{
  return row_top (self, row) + self->box_height + 8.0 + (lane % LANES) * 3.0;
}

static void
add_point (GArray *path,
           double  x,
           double  y)
{
  g_array_append_val (path, x);
  g_array_append_val (path, y);
}

/* 5. Each edge's path, through channels and gutters. */
static void
route_edges (AttestProcessDiagram *self,
             int                   n_rows)
{
  g_autofree guint *channel_lanes = g_new0 (guint, MAX (n_rows, 1));
  g_autofree guint *gutter_lanes = g_new0 (guint, self->n_columns + 1);
  double cell = self->box_width + GAP;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = node_at (self, i);

      node->n_down = node->n_up = node->used_down = node->used_up = 0;
    }
  for (guint i = 0; i < self->edges->len; i++)
    {
      Edge *edge = edge_at (self, i);

      node_at (self, upper_of (edge))->n_down++;
      node_at (self, lower_of (edge))->n_up++;
    }
  for (guint i = 0; i < self->edges->len; i++)
    {
      Edge *edge = edge_at (self, i);
      Node *upper = node_at (self, upper_of (edge));
      Node *lower = node_at (self, lower_of (edge));
      double sx = upper->x + self->box_width * (upper->used_down + 1) / (upper->n_down + 1);
      double tx = lower->x + self->box_width * (lower->used_up + 1) / (lower->n_up + 1);
      double top_y = channel_y (self, upper->row, channel_lanes[upper->row]++);
      GArray *path = g_array_new (FALSE, FALSE, sizeof (double));

      upper->used_down++;
      lower->used_up++;
      add_point (path, sx, upper->y + self->box_height);
      add_point (path, sx, top_y);
      if (lower->row == upper->row + 1)
        add_point (path, tx, top_y);
      else
        {
          /* Down the gutter nearest the start, to the channel above the
           * lower box. */
          guint gutter = (guint) CLAMP (floor ((sx - self->offset) / cell + 0.5), 0, self->n_columns);
          guint lane = gutter_lanes[gutter]++ % GUTTER_LANES;
          /* Lanes about the gutter's middle; the outer gutters, half as
           * wide, keep theirs inside the width. */
          double delta = gutter == 0 ? 1.0 + lane * 2.5
                         : gutter == self->n_columns ? -1.0 - lane * 2.5
                         : ((int) lane - 2) * 3.0;
          double gx = self->offset + gutter * cell + delta;
          double bottom_y = channel_y (self, lower->row - 1, channel_lanes[lower->row - 1]++);

          add_point (path, gx, top_y);
          add_point (path, gx, bottom_y);
          add_point (path, tx, bottom_y);
        }
      add_point (path, tx, lower->y);
      /* Stored from the true source to the tip. */
      if (edge->reversed)
        for (guint a = 0, b = path->len - 2; a < b; a += 2, b -= 2)
          {
            double x = g_array_index (path, double, a), y = g_array_index (path, double, a + 1);

            g_array_index (path, double, a) = g_array_index (path, double, b);
            g_array_index (path, double, a + 1) = g_array_index (path, double, b + 1);
            g_array_index (path, double, b) = x;
            g_array_index (path, double, b + 1) = y;
          }
      g_clear_pointer (&edge->path, g_array_unref);
      edge->path = path;
    }
}

/**
 * attest_process_diagram_layout:
 * @self: a diagram
 * @context: the fonts to measure the labels with
 * @width: the width to fit, in the units of @context (points in the pack,
 *   pixels on screen)
 *
 * Lays the diagram out; call again when the width or the fonts change.
 *
 * Returns: the height it needs: 0 without nodes
 */
double
attest_process_diagram_layout (AttestProcessDiagram *self,
                               PangoContext         *context,
                               double                width)
{
  guint n = self->nodes->len;
  PangoFontDescription *font;
  g_autoptr(GPtrArray) loose = g_ptr_array_new ();
  GPtrArray **layers;
  guint widest = 0;
  int top, row = 0;
  double label_height = 0;

  self->width = width;
  self->height = 0;
  self->laid_out = TRUE;
  if (n == 0)
    return 0;

  break_cycles (self);
  top = assign_layers (self);
  layers = g_new0 (GPtrArray *, top + 1);
  for (int l = 0; l <= top; l++)
    layers[l] = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      Node *node = node_at (self, i);

      g_ptr_array_add (node->layer >= 0 ? layers[node->layer] : loose, node);
    }
  order_layers (self, layers, top + 1);

  /* 4. The grid: as many columns as the widest layer needs and the width
   * holds. */
  for (int l = 0; l <= top; l++)
    widest = MAX (widest, layers[l]->len);
  widest = MAX (widest, MIN (loose->len, 4u));
  self->n_columns = CLAMP ((guint) floor (width / (MIN_BOX + GAP)), 1, MAX (widest, 1));
  self->box_width = CLAMP (width / self->n_columns - GAP, 40.0, MAX_BOX);
  self->offset = MAX (0, (width - self->n_columns * (self->box_width + GAP)) / 2);

  font = pango_font_description_from_string (LABEL_FONT);
  for (guint i = 0; i < n; i++)
    {
      Node *node = node_at (self, i);
      PangoRectangle logical;

      g_clear_object (&node->layout);
      node->layout = pango_layout_new (context);
      pango_layout_set_font_description (node->layout, font);
      pango_layout_set_width (node->layout, (int) ((self->box_width - 2 * PAD) * PANGO_SCALE));
      pango_layout_set_wrap (node->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (node->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (node->layout, -3);
      pango_layout_set_alignment (node->layout, PANGO_ALIGN_CENTER);
      pango_layout_set_text (node->layout, node->label, -1);
      pango_layout_get_pixel_extents (node->layout, &node->ink, &logical);
      label_height = MAX (label_height, logical.height);
    }
  pango_font_description_free (font);
  self->box_height = MAX (MIN_HEIGHT, ceil (label_height + 2 * PAD));

  for (int l = 0; l <= top; l++)
    {
      row = place_rows (self, layers[l], row);
      g_ptr_array_unref (layers[l]);
    }
  g_free (layers);
  row = place_rows (self, loose, row);

  for (guint i = 0; i < n; i++)
    {
      Node *node = node_at (self, i);
      PangoRectangle logical;

      node->x = self->offset + node->column * (self->box_width + GAP) + GAP / 2;
      node->y = row_top (self, node->row);
      pango_layout_get_pixel_extents (node->layout, NULL, &logical);
      node->label_x = node->x + PAD;
      node->label_y = node->y + (self->box_height - logical.height) / 2;
    }
  route_edges (self, row);
  self->height = 2 * MARGIN + row * self->box_height + (row - 1) * CHANNEL;
  return self->height;
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

/**
 * attest_process_diagram_draw:
 * @self: a laid out diagram
 * @cr: where to draw it, its top left corner at the origin
 *
 * Draws in its own colours (dark on light boxes, transparent around), so
 * that it reads the same on paper and on screen.
 */
void
attest_process_diagram_draw (AttestProcessDiagram *self,
                             cairo_t              *cr)
{
  if (!self->laid_out || self->nodes->len == 0)
    return;
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* The arrows under the boxes. */
  cairo_set_source_rgb (cr, 0x5e / 255.0, 0x5c / 255.0, 0x64 / 255.0);
  cairo_set_line_width (cr, 1.1);
  for (guint i = 0; i < self->edges->len; i++)
    {
      GArray *path = edge_at (self, i)->path;
      guint last = path->len - 2;
      double tip_x = g_array_index (path, double, last), tip_y = g_array_index (path, double, last + 1);
      double from_x = g_array_index (path, double, last - 2), from_y = g_array_index (path, double, last - 1);
      double length = hypot (tip_x - from_x, tip_y - from_y);
      double ux = length > 0 ? (tip_x - from_x) / length : 0, uy = length > 0 ? (tip_y - from_y) / length : 1;

      cairo_move_to (cr, g_array_index (path, double, 0), g_array_index (path, double, 1));
      for (guint p = 2; p < last; p += 2)
        cairo_line_to (cr, g_array_index (path, double, p), g_array_index (path, double, p + 1));
      /* The line stops where the head begins. */
      cairo_line_to (cr, tip_x - ux * ARROW, tip_y - uy * ARROW);
      cairo_stroke (cr);
      cairo_move_to (cr, tip_x, tip_y);
      cairo_line_to (cr, tip_x - ux * ARROW - uy * ARROW / 2, tip_y - uy * ARROW + ux * ARROW / 2);
      cairo_line_to (cr, tip_x - ux * ARROW + uy * ARROW / 2, tip_y - uy * ARROW - ux * ARROW / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = node_at (self, i);

      rounded_box (cr, node->x + 0.5, node->y + 0.5, self->box_width - 1, self->box_height - 1, 5);
      cairo_set_source_rgb (cr, 0xf6 / 255.0, 0xf5 / 255.0, 0xf4 / 255.0);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0x77 / 255.0, 0x76 / 255.0, 0x7b / 255.0);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0);
      cairo_move_to (cr, node->label_x, node->label_y);
      pango_cairo_update_layout (cr, node->layout);
      pango_cairo_show_layout (cr, node->layout);
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
 * Returns: (transfer full) (nullable): the edge's points as doubles x, y,
 *   from @from_id's box to the arrow's tip at @to_id's; %NULL for no such
 *   edge
 */
GArray *
attest_process_diagram_dup_edge_path (AttestProcessDiagram *self,
                                      const char           *from_id,
                                      const char           *to_id)
{
  guint from, to;

  if (!self->laid_out || !lookup (self, from_id, &from) || !lookup (self, to_id, &to))
    return NULL;
  for (guint i = 0; i < self->edges->len; i++)
    {
      Edge *edge = edge_at (self, i);

      if (edge->from == from && edge->to == to && edge->path != NULL)
        {
          GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (double), edge->path->len);

          g_array_append_vals (copy, edge->path->data, edge->path->len);
          return copy;
        }
    }
  return NULL;
}
