/* attest-record.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "attest-clock.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RECORD (attest_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (AttestRecord, attest_record, ATTEST, RECORD, GObject)

/**
 * AttestFieldFlags:
 * @ATTEST_FIELD_REQUIRED: the field must not be empty
 * @ATTEST_FIELD_DATE: the field is empty or a date as YYYY-MM-DD
 * @ATTEST_FIELD_OPTIONAL: a reference that may stay empty ("none")
 * @ATTEST_FIELD_TIMESTAMP: the field is empty or an ISO 8601 date and time
 * @ATTEST_FIELD_NUMBERS: a list whose items are empty or whole numbers
 * @ATTEST_FIELD_COLOURS: a list whose items are empty or colours as #rrggbb
 * @ATTEST_FIELD_SNAPSHOT: empty or a JSON object of valid text, as Attest
 *   writes the snapshot of an approval or a decision
 * @ATTEST_FIELD_PROSE: a text of one or more paragraphs, which forms edit
 *   on several lines (a description, a justification, a statement)
 * @ATTEST_FIELD_OWNER: empty or the id of the person or role who owns the
 *   record; the kind's "owner" field shows that person's or role's name
 *   (attest-owner.c)
 * @ATTEST_FIELD_RETIRED: kept only to read older files and exports: what it
 *   holds moves to other records when the workspace opens or imports it
 *   (adopt_leaders() in attest-workspace.c), and it is never shown or
 *   exported
 * @ATTEST_FIELD_DECIMAL: empty or a decimal number, "97.5" or "97,5"
 *   (attest_decimal_parse()): a metric's target, a measured value
 *
 * Rules that attest_record_check() applies to a field. %ATTEST_FIELD_REQUIRED
 * is about completeness (readiness); the others are about form, which
 * attest_field_check_value() checks and imports refuse.
 */
typedef enum
{
  ATTEST_FIELD_REQUIRED  = 1 << 0,
  ATTEST_FIELD_DATE      = 1 << 1,
  ATTEST_FIELD_OPTIONAL  = 1 << 2,
  ATTEST_FIELD_TIMESTAMP = 1 << 3,
  ATTEST_FIELD_NUMBERS   = 1 << 4,
  ATTEST_FIELD_COLOURS   = 1 << 5,
  ATTEST_FIELD_SNAPSHOT  = 1 << 6,
  ATTEST_FIELD_PROSE     = 1 << 7,
  ATTEST_FIELD_OWNER     = 1 << 8,
  ATTEST_FIELD_RETIRED   = 1 << 9,
  ATTEST_FIELD_DECIMAL   = 1 << 10,
} AttestFieldFlags;

/**
 * AttestProblem:
 * @field: the field that is wrong
 * @message: what is wrong and what to do, a sentence for the user
 *
 * Something a record still lacks, as attest_record_check() finds it.
 */
typedef struct
{
  char *field;
  char *message;
} AttestProblem;

void attest_problem_free (AttestProblem *problem);

/**
 * AttestField:
 * @pspec: the GObject property that holds the field
 * @since: the schema version that added the field's column
 * @references: for a field that holds another record's id, that record's kind
 *
 * One persisted field of a record kind. The column is the property name with
 * '-' replaced by '_'.
 */
typedef struct
{
  GParamSpec *pspec;
  guint       since;
  const char *references;
  guint       flags;
} AttestField;

struct _AttestRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char  *kind;
  const char  *table;
  guint        since;
  gboolean     singleton;
  AttestField *fields;
  guint        n_fields;

  /* Adds the kind's own rules to the generic ones of the fields. */
  void (*check) (AttestRecord *self,
                 GPtrArray    *problems);

  gpointer padding[7];
};

/**
 * AttestFieldSpec:
 * @pspec: the property; the class takes ownership
 * @since: schema version that added it
 * @references: kind of the record whose id this field holds, or %NULL
 * @flags: #AttestFieldFlags
 *
 * What a record kind passes to attest_record_class_declare().
 */
typedef struct
{
  GParamSpec *pspec;
  guint       since;
  const char *references;
  guint       flags;
} AttestFieldSpec;

void               attest_record_class_declare     (AttestRecordClass     *klass,
                                                    const char            *kind,
                                                    const char            *table,
                                                    guint                  since,
                                                    gboolean               singleton,
                                                    const AttestFieldSpec *specs,
                                                    guint                  n_specs);
const char        *attest_record_class_get_kind    (AttestRecordClass     *klass);
const char        *attest_record_class_get_table   (AttestRecordClass     *klass);
guint              attest_record_class_get_since   (AttestRecordClass     *klass);
gboolean           attest_record_class_is_singleton (AttestRecordClass    *klass);
const AttestField *attest_record_class_get_fields  (AttestRecordClass     *klass,
                                                    guint                 *n_fields);
const AttestField *attest_record_class_find_field  (AttestRecordClass     *klass,
                                                    const char            *name);

const char        *attest_record_get_id            (AttestRecord          *self);
const char        *attest_record_get_kind          (AttestRecord          *self);
gint64             attest_record_get_created       (AttestRecord          *self);
gint64             attest_record_get_modified      (AttestRecord          *self);
void               attest_record_set_modified      (AttestRecord          *self,
                                                    gint64                 modified);

const char        *attest_record_get_string        (AttestRecord          *self,
                                                    const char            *field);
gboolean           attest_record_get_boolean       (AttestRecord          *self,
                                                    const char            *field);
int                attest_record_get_enum          (AttestRecord          *self,
                                                    const char            *field);
int                attest_record_get_int           (AttestRecord          *self,
                                                    const char            *field);
const char * const *attest_record_get_strv         (AttestRecord          *self,
                                                    const char            *field);
guint              attest_record_get_strv_length   (AttestRecord          *self,
                                                    const char            *field);

char              *attest_record_dup_field_text    (AttestRecord          *self,
                                                    const AttestField     *field);
gboolean           attest_record_set_field_text    (AttestRecord          *self,
                                                    const AttestField     *field,
                                                    const char            *text,
                                                    GError               **error);
char              *attest_record_to_json_text      (AttestRecord          *self);
gboolean           attest_record_matches_json_text (AttestRecord          *self,
                                                    const char            *json);
GPtrArray         *attest_record_check             (AttestRecord          *self);
void               attest_record_check_action_due  (AttestRecord          *record,
                                                    GPtrArray             *problems);
void               attest_record_add_problem       (GPtrArray             *problems,
                                                    const char            *field,
                                                    const char            *message);
const char        *attest_field_check_value        (const AttestField     *field,
                                                    const GValue          *value,
                                                    int                   *item);
gboolean           attest_text_is_blank            (const char            *text);
gboolean           attest_decimal_parse            (const char            *text,
                                                    double                *value);
AttestRecord      *attest_records_find_text        (GListModel            *records,
                                                    const char            *field,
                                                    const char            *text);

char              *attest_value_to_text            (const GValue          *value);
gboolean           attest_value_from_text          (GValue                *value,
                                                    const char            *text,
                                                    GError               **error);

char              *attest_new_id                   (void);

gboolean            attest_record_restore_previous (AttestRecord *self,
                                                    const char   *field);
AttestRecord       *attest_record_new_loaded       (GType         kind,
                                                    const char   *id,
                                                    gint64        created,
                                                    gint64        modified);
void                attest_record_load_field       (AttestRecord *self,
                                                    guint         index,
                                                    GValue       *value);

G_END_DECLS
