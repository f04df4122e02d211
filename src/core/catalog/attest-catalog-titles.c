/* attest-catalog-titles.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-catalog-titles"

#include "config.h"

#include "attest-i18n.h"

#include "attest-catalog-titles.h"

/* Every clause heading of the catalog (data/catalogs/iso27001-2022.json),
 * marked for translation: the catalog is data that xgettext cannot read.
 * The core suite checks that this list and the catalog's clause titles are
 * the same, so that neither can drift. The Annex A control titles stay as
 * the catalog has them (English) in every language: a translation of them
 * would be the standard's own text; the guidance around them is ours. */

static const char * const titles[] = {
  /* TRANSLATORS: the headings of clauses 4 to 10 of ISO/IEC 27001:2022,
   * each with its number in the comment before it, as section headings of
   * the audit pack. Use your language's usual ISMS terms, in your own words. */
  /* 4 */ N_("Context of the organization"),
  /* 4.1 */ N_("Understanding the organization and its context"),
  /* 4.2 */ N_("Understanding the needs and expectations of interested parties"),
  /* 4.3 */ N_("Determining the scope of the information security management system"),
  /* 4.4 */ N_("Information security management system"),
  /* 5 */ N_("Leadership"),
  /* 5.1 */ N_("Leadership and commitment"),
  /* 5.2 */ N_("Policy"),
  /* 5.3 */ N_("Organizational roles, responsibilities and authorities"),
  /* 6 */ N_("Planning"),
  /* 6.1 */ N_("Actions to address risks and opportunities"),
  /* 6.1.1 */ N_("General"),
  /* 6.1.2 */ N_("Information security risk assessment"),
  /* 6.1.3 */ N_("Information security risk treatment"),
  /* 6.1.3.a */ N_("Select risk treatment options"),
  /* 6.1.3.b */ N_("Determine necessary controls"),
  /* 6.1.3.c */ N_("Compare with Annex A controls"),
  /* 6.1.3.d */ N_("Produce a Statement of Applicability"),
  /* 6.1.3.e */ N_("Formulate a risk treatment plan"),
  /* 6.1.3.f */ N_("Obtain risk owners' approval and acceptance of residual risks"),
  /* 6.2 */ N_("Information security objectives and planning to achieve them"),
  /* 6.3 */ N_("Planning of changes"),
  /* 7 */ N_("Support"),
  /* 7.1 */ N_("Resources"),
  /* 7.2 */ N_("Competence"),
  /* 7.3 */ N_("Awareness"),
  /* 7.4 */ N_("Communication"),
  /* 7.5 */ N_("Documented information"),
  /* 7.5.1 */ N_("General"),
  /* 7.5.2 */ N_("Creating and updating"),
  /* 7.5.3 */ N_("Control of documented information"),
  /* 8 */ N_("Operation"),
  /* 8.1 */ N_("Operational planning and control"),
  /* 8.2 */ N_("Information security risk assessment"),
  /* 8.3 */ N_("Information security risk treatment"),
  /* 9 */ N_("Performance evaluation"),
  /* 9.1 */ N_("Monitoring, measurement, analysis and evaluation"),
  /* 9.2 */ N_("Internal audit"),
  /* 9.2.1 */ N_("General"),
  /* 9.2.2 */ N_("Internal audit programme"),
  /* 9.3 */ N_("Management review"),
  /* 9.3.1 */ N_("General"),
  /* 9.3.2 */ N_("Management review inputs"),
  /* 9.3.3 */ N_("Management review results"),
  /* 10 */ N_("Improvement"),
  /* 10.1 */ N_("Continual improvement"),
  /* 10.2 */ N_("Nonconformity and corrective action"),
};

/**
 * attest_catalog_titles:
 * @n_titles: (out): how many titles there are
 *
 * Returns: (array length=n_titles) (transfer none): the catalog's clause
 *   titles as marked for translation, in English
 */
const char * const *
attest_catalog_titles (guint *n_titles)
{
  g_return_val_if_fail (n_titles != NULL, NULL);

  *n_titles = G_N_ELEMENTS (titles);
  return titles;
}

/**
 * attest_catalog_title:
 * @title: a clause's title as the catalog has it (a control's title is
 *   shown as the catalog has it, untranslated)
 *
 * Returns: (transfer none): @title in this thread's language (a pack's, or
 *   the interface's)
 */
const char *
attest_catalog_title (const char *title)
{
  g_return_val_if_fail (title != NULL, NULL);

  return *title != '\0' ? attest_gettext (title) : title;
}
