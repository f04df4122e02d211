/* attest-process-diagram.h: the processes of the ISMS and their hand-overs,
 * laid out and drawn with Cairo and Pango.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "attest.h"

G_BEGIN_DECLS

typedef struct _AttestProcessDiagram AttestProcessDiagram;

AttestProcessDiagram *attest_process_diagram_new               (void);
AttestProcessDiagram *attest_process_diagram_new_for_workspace (AttestWorkspace      *workspace);
void                  attest_process_diagram_free              (AttestProcessDiagram *self);
/* @id unique; @label any UTF-8, of any length, may be empty (an em dash) */
void                  attest_process_diagram_add_node          (AttestProcessDiagram *self,
                                                                const char           *id,
                                                                const char           *label);
/* Ignored for an unknown id, a self-loop or an edge added already */
void                  attest_process_diagram_add_edge          (AttestProcessDiagram *self,
                                                                const char           *from_id,
                                                                const char           *to_id);
guint                 attest_process_diagram_get_n_nodes       (AttestProcessDiagram *self);
/* Returns the height it needs for @width (0 without nodes); again when the
 * width or the fonts change */
double                attest_process_diagram_layout            (AttestProcessDiagram *self,
                                                                PangoContext         *context,
                                                                double                width);
/* The last layout, its top left corner at the current origin of @cr */
void                  attest_process_diagram_draw              (AttestProcessDiagram *self,
                                                                cairo_t              *cr);
/* For tests and accessibility: where the last layout put a box and its label's ink */
gboolean              attest_process_diagram_get_node_box      (AttestProcessDiagram *self,
                                                                const char           *id,
                                                                double               *x,
                                                                double               *y,
                                                                double               *width,
                                                                double               *height);
gboolean              attest_process_diagram_get_label_box     (AttestProcessDiagram *self,
                                                                const char           *id,
                                                                double               *x,
                                                                double               *y,
                                                                double               *width,
                                                                double               *height);
/* The polyline of an edge as laid out, to its arrow's tip: pairs of doubles x, y; NULL if none */
GArray               *attest_process_diagram_dup_edge_path     (AttestProcessDiagram *self,
                                                                const char           *from_id,
                                                                const char           *to_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestProcessDiagram, attest_process_diagram_free)

G_END_DECLS
