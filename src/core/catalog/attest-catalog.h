/* attest-catalog.h: reference content (ISO/IEC 27001:2022) as data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "attest-types.h"

G_BEGIN_DECLS

/**
 * AttestControl:
 * @id: stable catalog id, e.g. "iso27001:2022/A.5.1"
 * @number: the number as printed, e.g. "5.1"
 * @title: the control's title
 * @theme: e.g. "Organizational controls"
 * @control_type: attribute tags without '#': Preventive, Detective, Corrective
 * @properties: Confidentiality, Integrity, Availability
 * @concepts: Identify, Protect, Detect, Respond, Recover
 * @new_in_2022: %TRUE if no 2013 control maps to it
 */
typedef struct
{
  char     *id;
  char     *number;
  char     *title;
  char     *theme;
  char    **control_type;
  char    **properties;
  char    **concepts;
  gboolean  new_in_2022;
} AttestControl;

/**
 * AttestClause:
 * @id: e.g. "iso27001:2022/4.1"
 * @number: e.g. "4.1"
 * @title: the clause heading
 */
typedef struct
{
  char *id;
  char *number;
  char *title;
} AttestClause;

/**
 * AttestMapping2013:
 * @id_2013: the 2013 control, e.g. "A.9.2.1"
 * @title_2013: its title
 * @ids_2022: the catalog ids of the 2022 controls it maps to
 */
typedef struct
{
  char  *id_2013;
  char  *title_2013;
  char **ids_2022;
} AttestMapping2013;

#define ATTEST_TYPE_CATALOG (attest_catalog_get_type ())

G_DECLARE_FINAL_TYPE (AttestCatalog, attest_catalog, ATTEST, CATALOG, GObject)

AttestCatalog           *attest_catalog_get_default    (void);
AttestCatalog           *attest_catalog_new_from_bytes (GBytes        *bytes,
                                                        GError       **error);
GBytes                  *attest_catalog_get_bytes      (AttestCatalog *self);
const char              *attest_catalog_get_id         (AttestCatalog *self);
const char              *attest_catalog_get_title      (AttestCatalog *self);
const AttestControl     *attest_catalog_get_controls   (AttestCatalog *self,
                                                        guint         *n_controls);
const AttestControl     *attest_catalog_lookup_control (AttestCatalog *self,
                                                        const char    *id);
const AttestClause      *attest_catalog_get_clauses    (AttestCatalog *self,
                                                        guint         *n_clauses);
const AttestMapping2013 *attest_catalog_get_mapping_2013 (AttestCatalog *self,
                                                          guint         *n_mappings);
const AttestMapping2013 *attest_catalog_lookup_2013    (AttestCatalog *self,
                                                        const char    *id_2013);

G_END_DECLS
