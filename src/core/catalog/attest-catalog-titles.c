/* attest-catalog-titles.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-catalog-titles"

#include "config.h"

#include "attest-i18n.h"

#include "attest-catalog-titles.h"

/* Every clause heading and Annex A control title of the catalog
 * (data/catalogs/iso27001-2022.json), marked for translation: the catalog
 * is data that xgettext cannot read. The core suite checks that this list
 * and the catalog's titles are the same, so that neither can drift. Titles
 * only, never the standard's text. */

static const char * const titles[] = {
  /* TRANSLATORS: the headings of clauses 4 to 10 and the Annex A control
   * titles of ISO/IEC 27001:2022, each with its number in the comment
   * before it. Use your language's usual ISMS terms, in your own words. */
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
  /* A.5.1 */ N_("Policies for information security"),
  /* A.5.2 */ N_("Information security roles and responsibilities"),
  /* A.5.3 */ N_("Segregation of duties"),
  /* A.5.4 */ N_("Management responsibilities"),
  /* A.5.5 */ N_("Contact with authorities"),
  /* A.5.6 */ N_("Contact with special interest groups"),
  /* A.5.7 */ N_("Threat intelligence"),
  /* A.5.8 */ N_("Information security in project management"),
  /* A.5.9 */ N_("Inventory of information and other associated assets"),
  /* A.5.10 */ N_("Acceptable use of information and other associated assets"),
  /* A.5.11 */ N_("Return of assets"),
  /* A.5.12 */ N_("Classification of information"),
  /* A.5.13 */ N_("Labelling of information"),
  /* A.5.14 */ N_("Information transfer"),
  /* A.5.15 */ N_("Access control"),
  /* A.5.16 */ N_("Identity management"),
  /* A.5.17 */ N_("Authentication information"),
  /* A.5.18 */ N_("Access rights"),
  /* A.5.19 */ N_("Information security in supplier relationships"),
  /* A.5.20 */ N_("Addressing information security within supplier agreements"),
  /* A.5.21 */ N_("Managing information security in the information and communication technology (ICT) supply chain"),
  /* A.5.22 */ N_("Monitoring, review and change management of supplier services"),
  /* A.5.23 */ N_("Information security for use of cloud services"),
  /* A.5.24 */ N_("Information security incident management planning and preparation"),
  /* A.5.25 */ N_("Assessment and decision on information security events"),
  /* A.5.26 */ N_("Response to information security incidents"),
  /* A.5.27 */ N_("Learning from information security incidents"),
  /* A.5.28 */ N_("Collection of evidence"),
  /* A.5.29 */ N_("Information security during disruption"),
  /* A.5.30 */ N_("ICT readiness for business continuity"),
  /* A.5.31 */ N_("Legal, statutory, regulatory and contractual requirements"),
  /* A.5.32 */ N_("Intellectual property rights"),
  /* A.5.33 */ N_("Protection of records"),
  /* A.5.34 */ N_("Privacy and protection of personal identifiable information (PII)"),
  /* A.5.35 */ N_("Independent review of information security"),
  /* A.5.36 */ N_("Compliance with policies, rules and standards for information security"),
  /* A.5.37 */ N_("Documented operating procedures"),
  /* A.6.1 */ N_("Screening"),
  /* A.6.2 */ N_("Terms and conditions of employment"),
  /* A.6.3 */ N_("Information security awareness, education and training"),
  /* A.6.4 */ N_("Disciplinary process"),
  /* A.6.5 */ N_("Responsibilities after termination or change of employment"),
  /* A.6.6 */ N_("Confidentiality or non-disclosure agreements"),
  /* A.6.7 */ N_("Remote working"),
  /* A.6.8 */ N_("Information security event reporting"),
  /* A.7.1 */ N_("Physical security perimeters"),
  /* A.7.2 */ N_("Physical entry"),
  /* A.7.3 */ N_("Securing offices, rooms and facilities"),
  /* A.7.4 */ N_("Physical security monitoring"),
  /* A.7.5 */ N_("Protecting against physical and environmental threats"),
  /* A.7.6 */ N_("Working in secure areas"),
  /* A.7.7 */ N_("Clear desk and clear screen"),
  /* A.7.8 */ N_("Equipment siting and protection"),
  /* A.7.9 */ N_("Security of assets off-premises"),
  /* A.7.10 */ N_("Storage media"),
  /* A.7.11 */ N_("Supporting utilities"),
  /* A.7.12 */ N_("Cabling security"),
  /* A.7.13 */ N_("Equipment maintenance"),
  /* A.7.14 */ N_("Secure disposal or re-use of equipment"),
  /* A.8.1 */ N_("User end point devices"),
  /* A.8.2 */ N_("Privileged access rights"),
  /* A.8.3 */ N_("Information access restriction"),
  /* A.8.4 */ N_("Access to source code"),
  /* A.8.5 */ N_("Secure authentication"),
  /* A.8.6 */ N_("Capacity management"),
  /* A.8.7 */ N_("Protection against malware"),
  /* A.8.8 */ N_("Management of technical vulnerabilities"),
  /* A.8.9 */ N_("Configuration management"),
  /* A.8.10 */ N_("Information deletion"),
  /* A.8.11 */ N_("Data masking"),
  /* A.8.12 */ N_("Data leakage prevention"),
  /* A.8.13 */ N_("Information backup"),
  /* A.8.14 */ N_("Redundancy of information processing facilities"),
  /* A.8.15 */ N_("Logging"),
  /* A.8.16 */ N_("Monitoring activities"),
  /* A.8.17 */ N_("Clock synchronization"),
  /* A.8.18 */ N_("Use of privileged utility programs"),
  /* A.8.19 */ N_("Installation of software on operational systems"),
  /* A.8.20 */ N_("Networks security"),
  /* A.8.21 */ N_("Security of network services"),
  /* A.8.22 */ N_("Segregation of networks"),
  /* A.8.23 */ N_("Web filtering"),
  /* A.8.24 */ N_("Use of cryptography"),
  /* A.8.25 */ N_("Secure development life cycle"),
  /* A.8.26 */ N_("Application security requirements"),
  /* A.8.27 */ N_("Secure system architecture and engineering principles"),
  /* A.8.28 */ N_("Secure coding"),
  /* A.8.29 */ N_("Security testing in development and acceptance"),
  /* A.8.30 */ N_("Outsourced development"),
  /* A.8.31 */ N_("Separation of development, test and production environments"),
  /* A.8.32 */ N_("Change management"),
  /* A.8.33 */ N_("Test information"),
  /* A.8.34 */ N_("Protection of information systems during audit testing"),
};

/**
 * attest_catalog_titles:
 * @n_titles: (out): how many titles there are
 *
 * Returns: (array length=n_titles) (transfer none): the catalog's clause
 *   and control titles as marked for translation, in English
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
 * @title: a clause's or control's title as the catalog has it
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
