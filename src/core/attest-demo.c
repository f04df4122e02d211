/* attest-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "attest-catalog.h"
#include "attest-context-issue.h"
#include "attest-demo.h"
#include "attest-isms-document.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-asset.h"
#include "attest-evidence.h"
#include "attest-risk.h"
#include "attest-risk-method.h"
#include "attest-risks.h"
#include "attest-threat.h"
#include "attest-treatment-action.h"
#include "attest-document-entry.h"
#include "attest-vulnerability.h"
#include "attest-soa.h"
#include "attest-interested-party.h"
#include "attest-organisation.h"
#include "attest-requirement.h"
#include "attest-scope.h"
#include "attest-scope-item.h"
#include "attest-setup.h"
#include "attest-soa-entry.h"

/* A fictional organisation to learn and demonstrate with. Every name here is
 * invented. The small one is hand-written; the large one repeats generated
 * variations of it for benchmarks, from a fixed seed. */

typedef struct
{
  AttestIssueOrigin   origin;
  AttestIssueCategory category;
  const char         *title;
  const char         *description;
  const char         *effect;
  const char         *treatment;
} DemoIssue;

static const DemoIssue demo_issues[] = {
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_LEGAL,
    "Data protection law for client data",
    "Clients send us personal data of their own customers for analysis.",
    "Breaches must be reported within 72 hours; fines and loss of clients follow a breach.",
    "Data processing agreements, privacy notices and the incident procedure." },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ECONOMIC,
    "Clients require certification in tenders",
    "Three of our five largest clients now ask for ISO/IEC 27001 certification.",
    "Without a certificate we cannot bid for renewals from next year.",
    "Certification target set; ISMS programme funded by the board." },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    "Dependence on one cloud provider",
    "All analysis platforms run in one public cloud region.",
    "An outage or account compromise stops all client work.",
    "Second region for backups; provider assurance reports reviewed yearly." },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    "Ransomware targeting small firms",
    "Phishing and ransomware campaigns against firms of our size keep rising.",
    "Encrypted file shares and stolen client data are the likeliest serious incident.",
    "Awareness training, multi-factor authentication, immutable backups." },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_POLITICAL,
    "Rules on transfers of data abroad",
    "Two clients forbid their data leaving the country.",
    "Limits which cloud services and support staff we may use.",
    "Data residency recorded per client; supplier locations checked." },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_SOCIAL,
    "Hybrid work is expected by staff",
    "Most staff work from home three days a week.",
    "Client data is handled outside our offices on home networks.",
    "Managed laptops, VPN, clear desk and remote working rules." },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ENVIRONMENTAL,
    "Flooding near the Bristol office",
    "The office is in an area with a history of river flooding.",
    "The office and its comms room may be unusable for days.",
    "No servers in the office; staff can work from home at a day's notice." },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE,
    "Climate change: heat and flooding",
    "Climate change is a relevant issue for us: hotter summers and more frequent floods are expected.",
    "More frequent outages at the office and at suppliers' data centres; clients ask for our climate commitments.",
    "Continuity plans assume office loss; suppliers' resilience and climate reporting are part of supplier reviews." },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_GOVERNANCE,
    "Small board, one executive sponsor",
    "The managing director sponsors the ISMS; there is no separate risk committee.",
    "Decisions are quick but depend on one person's availability.",
    "Monthly ISMS review in the management meeting; deputy named." },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CAPABILITIES,
    "No dedicated security staff",
    "Security is one part of the operations manager's job.",
    "Limited time for monitoring and improvement.",
    "Managed detection service contracted; ISMS tasks planned in Attest." },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CULTURE,
    "Open, informal culture",
    "Staff share information freely and dislike heavy process.",
    "Good reporting of incidents, but access is often wider than needed.",
    "Light-weight procedures; quarterly access reviews." },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    "Legacy file server for old projects",
    "Projects before 2021 are still on a file server hosted by our former IT supplier.",
    "Old client data may be kept longer than contracts allow.",
    "Migration to the analysis platform and deletion of what contracts no longer allow, in the treatment plan." },
};

typedef struct
{
  AttestRequirementKind kind;
  const char           *text;
  gboolean              addressed;
  const char           *how;
  gboolean              climate;
} DemoRequirement;

typedef struct
{
  AttestPartyKind       kind;
  const char           *name;
  const char           *relevance;
  DemoRequirement       requirements[3];
} DemoParty;

static const DemoParty demo_parties[] = {
  { ATTEST_PARTY_KIND_CUSTOMER, "Clients",
    "They entrust us with their data and pay for the analyses.",
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, "Keep client data confidential and in the agreed country.", TRUE, "Contracts, access control, data residency register.", FALSE },
      { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, "Report security incidents affecting their data within 24 hours.", TRUE, "Incident procedure with client notification step.", FALSE },
      { ATTEST_REQUIREMENT_KIND_OTHER, "Show evidence of our climate commitments in tenders.", FALSE, "", TRUE } } },
  { ATTEST_PARTY_KIND_EMPLOYEE, "Employees",
    "They handle client data every day and need to know what is expected.",
    { { ATTEST_REQUIREMENT_KIND_LEGAL, "Their own personal data is protected.", TRUE, "HR data in the HR system with restricted access.", FALSE },
      { ATTEST_REQUIREMENT_KIND_OTHER, "Clear, short rules for working from home.", TRUE, "Remote working policy and training.", FALSE } } },
  { ATTEST_PARTY_KIND_SHAREHOLDER, "Shareholders",
    "They own the company and bear the cost of a serious incident.",
    { { ATTEST_REQUIREMENT_KIND_OTHER, "Certification achieved within budget.", TRUE, "ISMS programme reported at board meetings.", FALSE } } },
  { ATTEST_PARTY_KIND_REGULATOR, "Data protection authority",
    "Supervises our processing of personal data.",
    { { ATTEST_REQUIREMENT_KIND_LEGAL, "Report personal data breaches within 72 hours.", TRUE, "Incident procedure and breach register.", FALSE },
      { ATTEST_REQUIREMENT_KIND_REGULATORY, "Keep records of processing activities.", TRUE, "Processing register kept by the privacy lead.", FALSE } } },
  { ATTEST_PARTY_KIND_SUPPLIER, "Cloud provider",
    "Hosts every analysis platform and all client data.",
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, "Customers secure their own accounts and configurations.", TRUE, "Cloud configuration baseline and monitoring.", FALSE } } },
  { ATTEST_PARTY_KIND_CERTIFICATION_BODY, "Certification body",
    "Audits the ISMS for certification.",
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, "Access to records and people during audits.", TRUE, "Audit pack from Attest; audit schedule agreed.", FALSE } } },
  { ATTEST_PARTY_KIND_INSURER, "Cyber insurer",
    "Covers the cost of incidents if our controls meet its conditions.",
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, "Multi-factor authentication on all remote access.", TRUE, "Enforced for VPN, email and cloud consoles.", FALSE },
      { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, "Offline or immutable backups tested every quarter.", TRUE, "Backup restore tests logged quarterly.", FALSE } } },
  { ATTEST_PARTY_KIND_PUBLIC, "Local community",
    "Neighbours of the office and the public who read about breaches.",
    { { ATTEST_REQUIREMENT_KIND_OTHER, "Responsible use of energy and equipment disposal.", FALSE, "", TRUE } } },
};

typedef struct
{
  AttestScopeItemKind kind;
  const char         *name;
  const char         *description;
  const char         *justification;
} DemoScopeItem;

static const DemoScopeItem demo_scope[] = {
  { ATTEST_SCOPE_ITEM_KIND_UNIT, "Analytics", "The client analysis teams.", "" },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, "Operations", "IT, facilities and security.", "" },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, "People and finance", "HR, payroll and accounts.", "" },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, "Bristol office", "Head office, 2nd floor.", "" },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, "Home working", "Staff homes, under the remote working policy.", "" },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, "Client data analysis", "Receiving, analysing and returning client data sets.", "" },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, "Reporting to clients", "Dashboards and reports delivered to clients.", "" },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, "Analysis platform", "Cloud-hosted data warehouse and notebooks.", "" },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, "Office IT", "Laptops, email, file sharing and identity provider.", "" },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, "Legacy file server", "Projects before 2021, hosted by our former IT supplier until they are migrated.", "" },
  { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, "Visitors' guest Wi-Fi", "The landlord's guest Wi-Fi for visitors in the shared reception.",
    "Run and secured by the landlord; it is physically and logically separate and carries no company or client data." },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, "Cloud provider", "Hosting of the analysis platform.", "" },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, "Payroll bureau", "Runs payroll from data we send monthly.", "" },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, "Former IT supplier", "Hosts the legacy file server until it is retired.", "" },
};

/* Controls that the demo organisation excludes, with why. */
static const struct { const char *number; const char *justification; } demo_excluded[] = {
  { "7.12", "The building's cabling belongs to the landlord, who maintains it; we lay no cabling of our own and the office holds no servers." },
  { "8.30", "We do not outsource any software development." },
  { "7.11", "No supporting utilities of our own: the building's power and cooling are the landlord's and no systems run in the office." },
};

typedef struct
{
  const char *title;
  int         threat, vulnerability, asset;
  int         likelihood, impact;
  AttestTreatment treatment;
  const char *controls;    /* space-separated control numbers */
  int         residual_likelihood, residual_impact;
  const char *owner;
  int         decided;     /* the day its owner decided on the residual risk; 0: awaiting */
  const char *decision;
} DemoRisk;

/* The people who own risks and actions, as the organisation names them. */
#define MANAGING_DIRECTOR "Managing director (Priya Natarajan)"
#define OPERATIONS "Operations manager (Tom Okafor)"
#define ANALYTICS "Head of analytics (Hannah Byrne)"
#define PEOPLE "People and finance lead (Daniel Mensah)"

static const struct { const char *name; AttestAssetKind kind; const char *owner; int c, i, a; } demo_assets[] = {
  { "Client data sets", ATTEST_ASSET_KIND_INFORMATION, ANALYTICS, 5, 4, 3 },
  { "Analysis platform", ATTEST_ASSET_KIND_SERVICE, OPERATIONS, 4, 4, 5 },
  { "Staff laptops", ATTEST_ASSET_KIND_HARDWARE, OPERATIONS, 3, 3, 3 },
  { "Email and file sharing", ATTEST_ASSET_KIND_SOFTWARE, OPERATIONS, 4, 3, 4 },
  { "Identity provider", ATTEST_ASSET_KIND_SERVICE, OPERATIONS, 4, 5, 5 },
  { "Backups", ATTEST_ASSET_KIND_INFORMATION, OPERATIONS, 5, 5, 4 },
  { "Bristol office", ATTEST_ASSET_KIND_SITE, MANAGING_DIRECTOR, 2, 2, 3 },
  { "Analysts", ATTEST_ASSET_KIND_PEOPLE, ANALYTICS, 3, 3, 4 },
  { "Legacy file server", ATTEST_ASSET_KIND_HARDWARE, OPERATIONS, 5, 3, 2 },
};

static const char * const demo_threats[] = {
  "Ransomware", "Phishing for credentials", "Cloud provider outage", "Lost or stolen laptop",
  "Insider misuse of client data", "Flood at the office", "Misconfigured cloud storage",
};

static const char * const demo_vulnerabilities[] = {
  "Single sign-on without a second factor for some accounts", "Backups online and writable",
  "No data loss prevention on email", "One cloud region only", "Broad access to client data",
  "Legacy file server without updates",
};

/* Each risk is owned by the person accountable for what it harms, who
 * decides on its residual risk; the cloud outage awaits its owner's decision
 * until the second region is tested. */
static const DemoRisk demo_risks[] = {
  { "Ransomware encrypts client data and backups", 0, 1, 5, 3, 5, ATTEST_TREATMENT_MODIFY, "8.13 8.7 8.8", 2, 4,
    OPERATIONS, 136, "Accepted once backups are immutable and staff trained; reviewed after the next restore test." },
  { "Stolen credentials give access to the analysis platform", 1, 0, 4, 4, 4, ATTEST_TREATMENT_MODIFY, "8.5 5.17", 2, 4,
    OPERATIONS, 136, "Accepted with multi-factor authentication on every account." },
  { "Client data leaves by email", 4, 2, 0, 3, 4, ATTEST_TREATMENT_MODIFY, "8.12 5.14", 2, 3,
    ANALYTICS, 139, "Accepted: the rules and the warnings leave a small risk of a deliberate leak." },
  { "Cloud region outage stops client work", 2, 3, 1, 3, 4, ATTEST_TREATMENT_MODIFY, "5.30 8.14", 3, 4,
    OPERATIONS, 0, NULL },
  { "Lost laptop exposes client data", 3, 4, 2, 3, 3, ATTEST_TREATMENT_MODIFY, "8.1 8.24", 1, 2,
    OPERATIONS, 136, "Accepted: disks are encrypted and laptops can be wiped remotely." },
  { "Flood closes the office", 5, 3, 6, 2, 2, ATTEST_TREATMENT_RETAIN, "", 2, 2,
    MANAGING_DIRECTOR, 142, "Retained: staff can work from home and no systems run in the office." },
  { "Public storage bucket with client data", 6, 4, 0, 2, 5, ATTEST_TREATMENT_MODIFY, "8.9 5.23", 1, 5,
    ANALYTICS, 139, "Accepted with daily automated checks of every storage setting." },
  { "Old projects kept on the legacy file server", 4, 5, 8, 3, 3, ATTEST_TREATMENT_AVOID, "8.10", 1, 2,
    ANALYTICS, 139, "The file server goes; what remains until then is accepted." },
};

/* The treatment plan: every "Modify" or "Avoid" risk has its actions, with
 * owners and due dates spread over the year. Days count from the start of
 * the ISMS; "done" is the day the action was finished (0: not yet). */
static const struct
{
  int                 risk;
  const char         *title;
  const char         *owner;
  int                 due, done;
  AttestActionStatus  status;
} demo_actions[] = {
  { 0, "Make backups immutable", OPERATIONS, 170, 161, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 0, "Phishing awareness training for all staff", PEOPLE, 200, 0, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 1, "Multi-factor authentication for every account", OPERATIONS, 150, 146, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 2, "Data loss prevention rules for email", ANALYTICS, 290, 0, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 3, "Second region for restores, tested", OPERATIONS, 320, 0, ATTEST_ACTION_STATUS_OPEN },
  { 4, "Encrypt every laptop and enable remote wipe", OPERATIONS, 120, 118, ATTEST_ACTION_STATUS_DONE },
  { 6, "Automated checks of storage settings", OPERATIONS, 260, 0, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 7, "Migrate old projects and delete what contracts no longer allow", ANALYTICS, 360, 0, ATTEST_ACTION_STATUS_OPEN },
};

/* The demo is replayed through the clock (attest_clock_set()) as the dated
 * edits of an ISMS that started some eight months ago: its history, its
 * approvals and its changes since tell one story. */
#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)
#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)
#define DEMO_DAYS 240

typedef struct
{
  AttestDemoSize size;
  gint64         start;    /* day 0, midnight UTC */
  gint64         now;
  gint64         step;     /* between two edits */
} Demo;

static gint64
demo_clock_cb (gpointer user_data)
{
  Demo *demo = user_data;

  demo->now += demo->step;
  return demo->now;
}

/* Moves the clock on to @hour o'clock on @day, never back. */
static void
at (Demo *demo,
    int   day,
    int   hour)
{
  demo->now = MAX (demo->now, demo->start + day * DAY + hour * HOUR);
}

/* A date in the demo's calendar, as a date field holds it. */
static char *
date_of (Demo *demo,
         int   day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc ((demo->start + day * DAY) / G_USEC_PER_SEC);

  return g_date_time_format (dt, "%Y-%m-%d");
}

static gboolean
add_record (AttestWorkspace  *workspace,
            AttestRecord     *record,
            GError          **error)
{
  g_autoptr(AttestRecord) owned = record;

  return attest_workspace_add (workspace, owned, error);
}

/* Days 49 to 63: what is protected, what threatens it, and the risks. */
static gboolean
add_risks (Demo             *demo,
           AttestWorkspace  *workspace,
           GPtrArray        *risks,
           GError          **error)
{
  g_autoptr(GPtrArray) assets = g_ptr_array_new ();
  g_autoptr(GPtrArray) threats = g_ptr_array_new ();
  g_autoptr(GPtrArray) vulnerabilities = g_ptr_array_new ();
  g_autofree char *review = date_of (demo, DEMO_DAYS + 150);

  at (demo, 49, 9);
  for (guint i = 0; i < G_N_ELEMENTS (demo_assets); i++)
    {
      AttestRecord *asset = g_object_new (ATTEST_TYPE_ASSET, "name", demo_assets[i].name, "kind", demo_assets[i].kind,
                                          "owner", demo_assets[i].owner, "classification", "Confidential",
                                          "confidentiality", demo_assets[i].c, "integrity", demo_assets[i].i,
                                          "availability", demo_assets[i].a, NULL);
      g_ptr_array_add (assets, asset);
      if (!add_record (workspace, asset, error))
        return FALSE;
    }
  at (demo, 52, 10);
  for (guint i = 0; i < G_N_ELEMENTS (demo_threats); i++)
    {
      AttestRecord *threat = g_object_new (ATTEST_TYPE_THREAT, "name", demo_threats[i], NULL);
      g_ptr_array_add (threats, threat);
      if (!add_record (workspace, threat, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (demo_vulnerabilities); i++)
    {
      AttestRecord *vulnerability = g_object_new (ATTEST_TYPE_VULNERABILITY, "name", demo_vulnerabilities[i], NULL);
      g_ptr_array_add (vulnerabilities, vulnerability);
      if (!add_record (workspace, vulnerability, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (demo_risks); i++)
    {
      const DemoRisk *r = &demo_risks[i];
      AttestRecord *risk;
      g_auto(GStrv) controls = g_strsplit (r->controls, " ", -1);

      at (demo, 56 + i, 10);   /* one risk workshop a day */
      risk = g_object_new (ATTEST_TYPE_RISK,
                           "title", r->title,
                           "threat-id", attest_record_get_id (g_ptr_array_index (threats, r->threat)),
                           "vulnerability-id", attest_record_get_id (g_ptr_array_index (vulnerabilities, r->vulnerability)),
                           "owner", r->owner,
                           "likelihood", r->likelihood, "impact", r->impact,
                           "treatment", r->treatment,
                           "residual-likelihood", r->residual_likelihood,
                           "residual-impact", r->residual_impact,
                           "review-date", review,
                           NULL);
      g_ptr_array_add (risks, risk);
      if (!add_record (workspace, risk, error)
          || !attest_workspace_link (workspace, "risk-asset", risk, g_ptr_array_index (assets, r->asset), error))
        return FALSE;
      for (guint c = 0; controls[c] != NULL; c++)
        {
          g_autofree char *id = g_strdup_printf ("iso27001:2022/A.%s", controls[c]);
          AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, id);

          if (*controls[c] != '\0' && !attest_workspace_link (workspace, "risk-control", risk, entry, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The actions finished from day @from to the day before @to, each on its day. */
static void
finish_actions (Demo      *demo,
                GPtrArray *actions,
                int        from,
                int        to)
{
  for (int day = from; day < to; day++)
    for (guint i = 0; i < G_N_ELEMENTS (demo_actions); i++)
      if (demo_actions[i].done == day && demo_actions[i].status != ATTEST_ACTION_STATUS_DONE)
        {
          at (demo, day, 16);
          g_object_set (g_ptr_array_index (actions, i), "status", ATTEST_ACTION_STATUS_DONE, NULL);
        }
}

/* Days 126 to 147: the treatment plan's actions, then each risk owner's
 * decision on the residual risk, on the day they took it. */
static gboolean
add_treatment (Demo             *demo,
               AttestWorkspace  *workspace,
               GPtrArray        *risks,
               GPtrArray        *actions,
               GError          **error)
{
  at (demo, 126, 14);
  for (guint i = 0; i < G_N_ELEMENTS (demo_actions); i++)
    {
      g_autofree char *due = date_of (demo, demo_actions[i].due);
      AttestRecord *risk = g_ptr_array_index (risks, demo_actions[i].risk);
      AttestRecord *action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk),
                                           "title", demo_actions[i].title, "owner", demo_actions[i].owner,
                                           "due-date", due, "status", demo_actions[i].status, NULL);

      g_ptr_array_add (actions, action);
      if (!add_record (workspace, action, error))
        return FALSE;
    }
  /* Day by day: the decisions in the morning, the actions finished in the
   * afternoon, so the clock only moves on. */
  for (int day = 126; day < 150; day++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (demo_risks); i++)
        if (demo_risks[i].decided == day)
          {
            at (demo, day, 11);
            if (attest_risk_accept (workspace, g_ptr_array_index (risks, i), demo_risks[i].owner,
                                    ATTEST_ACCEPTANCE_ACCEPTED, demo_risks[i].decision, error) == NULL)
              return FALSE;
          }
      finish_actions (demo, actions, day, day + 1);
    }
  return TRUE;
}

/* The documents Fernhill keeps on its intranet. Operational planning,
 * monitoring, internal audit, management review and corrective action have
 * no entry yet: the sample shows what readiness says about them. */
static gboolean
add_documents (Demo             *demo,
               AttestWorkspace  *workspace,
               GError          **error)
{
  /* Approved on a day of the story; reviewed a year (or half a year) on. */
  static const struct
  {
    const char *identifier, *title, *version, *owner;
    int approved, review_after;
    const char *items, *controls;
  } documents[] = {
    { "ISMS-POL-01", "Information security policy", "2.1", MANAGING_DIRECTOR, 42, 365, "policy", "5.1" },
    { "ISMS-OBJ-01", "Information security objectives", "1.0", OPERATIONS, 70, 182, "objectives", "" },
    { "HR-TRN-03", "Training and competence records", "4", PEOPLE, 84, 365, "competence", "6.3" },
    { "ISMS-DOC-01", "Document and record control procedure", "1.2", OPERATIONS, 42, 365,
      "documented-information", "5.37" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_auto(GStrv) items = g_strsplit (documents[i].items, " ", -1);
      g_auto(GStrv) controls = g_strsplit (documents[i].controls, " ", -1);
      g_autofree char *approved_on = date_of (demo, documents[i].approved);
      g_autofree char *next_review = date_of (demo, documents[i].approved + documents[i].review_after);
      AttestRecord *document = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY,
                                             "identifier", documents[i].identifier,
                                             "title", documents[i].title,
                                             "version", documents[i].version,
                                             "owner", documents[i].owner,
                                             "location", "SharePoint › ISMS › Documents",
                                             "approved-by", MANAGING_DIRECTOR,
                                             "approved-on", approved_on,
                                             "next-review", next_review,
                                             "classification", "Internal",
                                             "mandatory-items", items,
                                             NULL);

      if (!add_record (workspace, document, error))
        return FALSE;
      for (guint c = 0; controls[c] != NULL; c++)
        {
          g_autofree char *id = g_strdup_printf ("iso27001:2022/A.%s", controls[c]);

          if (*controls[c] != '\0'
              && !attest_workspace_link (workspace, "document-control", document,
                                         attest_workspace_lookup_soa_entry (workspace, id), error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
approve (Demo             *demo,
         AttestWorkspace  *workspace,
         const char       *document,
         int               day,
         const char       *approved_by,
         const char       *note,
         GError          **error)
{
  at (demo, day, 15);
  return attest_isms_document_approve (workspace, document, approved_by, note, error) != NULL;
}

/* Days 0 to 14: the organisation, its context and interested parties. */
static gboolean
add_context (Demo             *demo,
             AttestWorkspace  *workspace,
             GPtrArray        *insurer_requirements,
             GError          **error)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  static const char * const locations[] = { "Bristol office", "Home working", NULL };
  g_autofree char *target = date_of (demo, DEMO_DAYS + 180);

  at (demo, 0, 10);
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP),
                "sample", TRUE,
                "completed", TRUE,
                "step", "review",
                NULL);
  g_object_set (org,
                "name", "Fernhill Analytics Ltd",
                "short-name", "Fernhill",
                "sector", "Data analytics services",
                "size", "50 employees",
                "headquarters", "Bristol, United Kingdom",
                "locations", locations,
                "top-management", MANAGING_DIRECTOR,
                "isms-manager", OPERATIONS,
                "certification-target", target,
                "classification", "Confidential",
                "climate-relevance", ATTEST_CLIMATE_RELEVANCE_RELEVANT,
                "climate-statement", "Climate change is relevant: floods and heat can close the office and "
                                     "suppliers' data centres, and clients ask for our climate commitments. "
                                     "See the context issue on climate change.",
                NULL);

  at (demo, 2, 9);
  for (guint i = 0; i < G_N_ELEMENTS (demo_issues); i++)
    if (!add_record (workspace,
                     g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                   "title", demo_issues[i].title,
                                   "description", demo_issues[i].description,
                                   "origin", demo_issues[i].origin,
                                   "category", demo_issues[i].category,
                                   "effect", demo_issues[i].effect,
                                   "treatment", demo_issues[i].treatment,
                                   NULL),
                     error))
      return FALSE;

  at (demo, 7, 14);
  for (guint i = 0; i < G_N_ELEMENTS (demo_parties); i++)
    {
      AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY,
                                          "name", demo_parties[i].name,
                                          "kind", demo_parties[i].kind,
                                          "relevance", demo_parties[i].relevance,
                                          NULL);
      const char *party_id = attest_record_get_id (party);

      if (!add_record (workspace, party, error))
        return FALSE;
      for (guint r = 0; r < G_N_ELEMENTS (demo_parties[i].requirements); r++)
        {
          const DemoRequirement *req = &demo_parties[i].requirements[r];
          AttestRecord *record;

          if (req->text == NULL)
            break;
          record = g_object_new (ATTEST_TYPE_REQUIREMENT,
                                 "party-id", party_id,
                                 "text", req->text,
                                 "kind", req->kind,
                                 "addressed", req->addressed,
                                 "how-addressed", req->how,
                                 "climate-related", req->climate,
                                 NULL);
          if (demo_parties[i].kind == ATTEST_PARTY_KIND_INSURER)
            g_ptr_array_add (insurer_requirements, record);
          if (!add_record (workspace, record, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Day 14: the scope, its boundaries and interfaces. */
static gboolean
add_scope (Demo             *demo,
           AttestWorkspace  *workspace,
           GError          **error)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);
  g_autofree char *statement = NULL;

  at (demo, 14, 10);
  for (guint i = 0; i < G_N_ELEMENTS (demo_scope); i++)
    if (!add_record (workspace,
                     g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                   "kind", demo_scope[i].kind,
                                   "name", demo_scope[i].name,
                                   "description", demo_scope[i].description,
                                   "justification", demo_scope[i].justification,
                                   NULL),
                     error))
      return FALSE;

  statement = g_strdup_printf ("The information security management system of %s covers the "
                               "analysis of client data and reporting to clients, performed by the Analytics, "
                               "Operations and People and finance teams at the Bristol office and when working "
                               "from home, using the cloud analysis platform, office IT and the legacy file "
                               "server until it is retired. The landlord's guest Wi-Fi for visitors is excluded. "
                               "Hosting by the cloud provider, the legacy file server's hosting by our former IT "
                               "supplier and payroll by the payroll bureau are interfaces managed through "
                               "supplier agreements.",
                               attest_record_get_string (org, "name"));
  g_object_set (scope, "statement", statement, NULL);
  return TRUE;
}

/* Days 77 to 118: the Statement of Applicability, control by control. */
static gboolean
add_soa (Demo             *demo,
         AttestWorkspace  *workspace,
         GPtrArray        *insurer_requirements,
         GError          **error)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  g_autofree char *reviewed = date_of (demo, 118);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      const AttestControl *control =
        attest_catalog_lookup_control (catalog, attest_record_get_string (entry, "control-id"));
      const char *excluded = NULL;
      AttestImplementation status;
      g_autofree char *target = NULL;

      at (demo, 77 + i * 40 / g_list_model_get_n_items (entries), 9);   /* a theme a week or so */
      for (guint e = 0; e < G_N_ELEMENTS (demo_excluded); e++)
        if (g_str_equal (demo_excluded[e].number, control->number))
          excluded = demo_excluded[e].justification;

      if (excluded != NULL)
        {
          g_object_set (entry,
                        "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE,
                        "justification", excluded,
                        "last-reviewed", reviewed,
                        NULL);
          continue;
        }

      /* A believable spread: most controls in place, some in progress,
       * each with its reason, a date for what is still to do (spread over
       * the coming months), and a reference to the evidence of what is
       * done, dated the day it was recorded. */
      status = (i % 7 == 3) ? ATTEST_IMPLEMENTATION_PLANNED
             : (i % 5 == 1) ? ATTEST_IMPLEMENTATION_PARTIAL
             : ATTEST_IMPLEMENTATION_IMPLEMENTED;
      if (status != ATTEST_IMPLEMENTATION_IMPLEMENTED)
        target = date_of (demo, DEMO_DAYS + 30 + (i % 4) * 30);
      g_object_set (entry,
                    "applicability", ATTEST_APPLICABILITY_APPLICABLE,
                    "status", status,
                    "owner", g_str_has_prefix (control->number, "6.") ? PEOPLE
                             : g_str_equal (control->number, "5.1") || g_str_equal (control->number, "5.4") ? MANAGING_DIRECTOR
                             : OPERATIONS,
                    "reason-business", TRUE,
                    "reason-legal", g_str_equal (control->number, "5.31") || g_str_equal (control->number, "5.34"),
                    "reason-contractual", g_str_has_prefix (control->number, "5.2") || g_str_has_prefix (control->number, "8.1"),
                    "target-date", target,
                    "last-reviewed", reviewed,
                    NULL);
      if (status == ATTEST_IMPLEMENTATION_IMPLEMENTED)
        {
          g_autofree char *title = g_strdup_printf ("%s: procedure and records", control->title);
          g_autofree char *location = g_strdup_printf ("SharePoint › ISMS › A.%s", control->number);
          g_autofree char *date = date_of (demo, (demo->now - demo->start) / DAY);

          if (!add_record (workspace,
                           g_object_new (ATTEST_TYPE_EVIDENCE,
                                         "soa-entry-id", attest_record_get_id (entry),
                                         "title", title,
                                         "location", location,
                                         "date", date,
                                         NULL),
                           error))
            return FALSE;
        }
    }

  /* The insurer's conditions are why two technological controls are in. */
  for (guint i = 0; i < insurer_requirements->len; i++)
    {
      const char *number = i == 0 ? "iso27001:2022/A.8.5" : "iso27001:2022/A.8.13";
      AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, number);

      if (!attest_workspace_link (workspace, "soa-requirement", entry,
                                  g_ptr_array_index (insurer_requirements, i), error))
        return FALSE;
    }
  return TRUE;
}

/* The document register: what the organisation keeps outside Attest. */
static gboolean
add_documents_on (Demo             *demo,
                  AttestWorkspace  *workspace,
                  guint             day,
                  GError          **error)
{
  at (demo, day, 9);
  return add_documents (demo, workspace, error);
}

/* After the approvals, the ISMS goes on: finished actions, a control put in
 * place with its evidence, a due date moved. These are the changes since
 * the approved versions. */
static gboolean
add_since (Demo             *demo,
           AttestWorkspace  *workspace,
           GPtrArray        *actions,
           GError          **error)
{
  finish_actions (demo, actions, 150, DEMO_DAYS);

  {
    AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
    g_autofree char *date = NULL;

    at (demo, 190, 11);
    date = date_of (demo, 190);
    g_object_set (entry, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, "target-date", "", NULL);
    if (!add_record (workspace,
                     g_object_new (ATTEST_TYPE_EVIDENCE,
                                   "soa-entry-id", attest_record_get_id (entry),
                                   "title", "Immutable backups: configuration and first restore test",
                                   "location", "SharePoint › ISMS › A.8.13",
                                   "date", date,
                                   NULL),
                     error))
      return FALSE;
  }
  {
    g_autofree char *due = date_of (demo, 270);

    /* The training moved to the autumn induction weeks. */
    at (demo, 195, 10);
    g_object_set (g_ptr_array_index (actions, 1), "due-date", due, NULL);
  }
  return TRUE;
}

static gboolean add_large_context (Demo *demo, AttestWorkspace *workspace, GRand *rand, GError **error);
static gboolean add_large_scope (Demo *demo, AttestWorkspace *workspace, GRand *rand, GError **error);
static gboolean add_large_risks (Demo *demo, AttestWorkspace *workspace, GRand *rand, GError **error);

/* The whole story, in the order it happened; the large demo adds its
 * records at the same points of it. */
static gboolean
add_demo (Demo             *demo,
          AttestWorkspace  *workspace,
          GError          **error)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  g_autoptr(GRand) rand = g_rand_new_with_seed (27001);
  g_autoptr(GPtrArray) insurer_requirements = g_ptr_array_new ();
  g_autoptr(GPtrArray) risks = g_ptr_array_new ();
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  gboolean large = demo->size == ATTEST_DEMO_LARGE;

  if (!add_context (demo, workspace, insurer_requirements, error)
      || (large && !add_large_context (demo, workspace, rand, error))
      || !add_scope (demo, workspace, error)
      || (large && !add_large_scope (demo, workspace, rand, error))
      || !approve (demo, workspace, "scope", 21, MANAGING_DIRECTOR,
                   "Scope agreed at the management meeting.", error))
    return FALSE;

  at (demo, 28, 10);
  g_object_set (method, "review-triggers",
                "A new client contract or service, a significant incident, a change of cloud provider, "
                "or a change in the law.", NULL);
  if (!approve (demo, workspace, "risk-method", 35, MANAGING_DIRECTOR,
                "The 5 × 5 method; the managing director's acceptance level is Medium.", error)
      || !add_risks (demo, workspace, risks, error)
      || (large && !add_large_risks (demo, workspace, rand, error))
      || !add_soa (demo, workspace, insurer_requirements, error)
      || !add_treatment (demo, workspace, risks, actions, error)
      || !add_documents_on (demo, workspace, 120, error)
      || !approve (demo, workspace, "treatment-plan", 150, MANAGING_DIRECTOR,
                   "Approved with the risk owners; the cloud outage awaits its owner's decision.", error)
      || !approve (demo, workspace, "soa", 154, MANAGING_DIRECTOR,
                   "First approved Statement of Applicability.", error))
    return FALSE;
  return add_since (demo, workspace, actions, error);
}

static const char * const large_words[] = {
  "supplier", "payment", "backup", "identity", "network", "laptop", "archive", "contract",
  "privacy", "monitoring", "recovery", "training", "vendor", "cloud", "mobile", "warehouse",
  "branch", "subsidiary", "records", "licensing", "outsourcing", "regulation", "market", "audit",
};

static char *
large_text (GRand      *rand,
            const char *prefix,
            guint       i)
{
  const char *a = large_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (large_words))];
  const char *b = large_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (large_words))];
  const char *c = large_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (large_words))];
  char *text;

  /* Without a prefix: the words alone, the first capitalised. */
  if (prefix == NULL)
    {
      text = g_strdup_printf ("%s and %s %s", a, b, c);
      text[0] = g_ascii_toupper (text[0]);
      return text;
    }
  return g_strdup_printf ("%s %u: %s and %s %s", prefix, i, a, b, c);
}

static gboolean
add_large_context (Demo             *demo,
                   AttestWorkspace  *workspace,
                   GRand            *rand,
                   GError          **error)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_autoptr(GPtrArray) parties = g_ptr_array_new ();
  const guint n_issues = 3000, n_parties = 2000, n_requirements = 6000;

  g_object_set (org,
                "name", "Meridian Holdings Group plc",
                "short-name", "Meridian",
                "sector", "Diversified holding group",
                "size", "12,000 employees in 40 companies",
                "headquarters", "Leeds, United Kingdom",
                NULL);

  for (guint i = 0; i < n_issues; i++)
    {
      g_autofree char *title = large_text (rand, "Issue", i);
      g_autofree char *effect = large_text (rand, "Effect", i);

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                     "title", title,
                                     "description", "Reported by a subsidiary in the yearly context review.",
                                     "origin", g_rand_boolean (rand) ? ATTEST_ISSUE_ORIGIN_EXTERNAL
                                                                     : ATTEST_ISSUE_ORIGIN_INTERNAL,
                                     "category", g_rand_int_range (rand, 0, ATTEST_ISSUE_CATEGORY_OTHER + 1),
                                     "effect", effect,
                                     "treatment", "Tracked in the group risk register.",
                                     NULL),
                       error))
        return FALSE;
    }

  for (guint i = 0; i < n_parties; i++)
    {
      g_autofree char *name = large_text (rand, "Party", i);
      AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY,
                                          "name", name,
                                          "kind", g_rand_int_range (rand, 0, ATTEST_PARTY_KIND_OTHER + 1),
                                          "relevance", "Named by a subsidiary.",
                                          NULL);

      g_ptr_array_add (parties, party);
      if (!add_record (workspace, party, error))
        return FALSE;
    }

  for (guint i = 0; i < n_requirements; i++)
    {
      g_autofree char *text = large_text (rand, "Requirement", i);
      AttestRecord *party = g_ptr_array_index (parties, g_rand_int_range (rand, 0, parties->len));

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_REQUIREMENT,
                                     "party-id", attest_record_get_id (party),
                                     "text", text,
                                     "kind", g_rand_int_range (rand, 0, ATTEST_REQUIREMENT_KIND_OTHER + 1),
                                     "addressed", g_rand_int_range (rand, 0, 10) < 8,
                                     "climate-related", g_rand_int_range (rand, 0, 20) == 0,
                                     NULL),
                       error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_large_scope (Demo             *demo,
                 AttestWorkspace  *workspace,
                 GRand            *rand,
                 GError          **error)
{
  const guint n_scope = 2000;

  for (guint i = 0; i < n_scope; i++)
    {
      g_autofree char *name = large_text (rand, "Scope item", i);
      AttestScopeItemKind kind = g_rand_int_range (rand, 0, ATTEST_SCOPE_ITEM_KIND_INTERFACE + 1);

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                     "kind", kind,
                                     "name", name,
                                     "justification", kind == ATTEST_SCOPE_ITEM_KIND_EXCLUSION
                                                      ? "Run separately by the subsidiary under its own certificate."
                                                      : "",
                                     NULL),
                       error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_large_risks (Demo             *demo,
                 AttestWorkspace  *workspace,
                 GRand            *rand,
                 GError          **error)
{
  GListModel *threats = attest_workspace_get_records (workspace, ATTEST_TYPE_THREAT);

  for (guint i = 0; i < 5000; i++)
    {
      /* Named by what it is about: the register numbers risks (R1, R2 …),
       * and a title with a number of its own would be a second numbering. */
      g_autofree char *title = large_text (rand, NULL, i);
      /* Each subsidiary owns its risks: the register filters by owner. */
      g_autofree char *owner = g_strdup_printf ("Risk owner, subsidiary %u", i % 12 + 1);
      g_autoptr(AttestRecord) threat = g_list_model_get_item (threats, g_rand_int_range (rand, 0, g_list_model_get_n_items (threats)));

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_RISK,
                                     "title", title,
                                     "threat-id", attest_record_get_id (threat),
                                     "owner", owner,
                                     "likelihood", g_rand_int_range (rand, 1, 6),
                                     "impact", g_rand_int_range (rand, 1, 6),
                                     "treatment", g_rand_int_range (rand, 0, ATTEST_TREATMENT_SHARE + 1),
                                     "residual-likelihood", g_rand_int_range (rand, 1, 4),
                                     "residual-impact", g_rand_int_range (rand, 1, 6),
                                     NULL),
                       error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill_demo (AttestWorkspace  *workspace,
           gpointer          user_data,
           GError          **error)
{
  Demo *demo = user_data;

  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  if (!add_demo (demo, workspace, error))
    {
      attest_workspace_rollback (workspace);
      return FALSE;
    }
  return attest_workspace_commit (workspace, error);
}

/**
 * attest_demo_create:
 * @path: where to create the workspace; it must not exist
 * @size: how large
 * @error: return location for an error
 *
 * Creates a workspace for a fictional organisation: small is a 50-person
 * company, large a group with thousands of records per kind. It is built
 * aside and takes its name only when complete.
 *
 * Its edits are replayed through the clock as those of an ISMS started some
 * eight months before attest_now(): the scope and the risk method approved
 * in its first weeks, the risk assessment, the Statement of Applicability
 * and the treatment plan approved after five months, and some changes
 * since. The clock is the system's again afterwards.
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
AttestWorkspace *
attest_demo_create (const char      *path,
                    AttestDemoSize   size,
                    GError         **error)
{
  gint64 today = attest_now () / DAY * DAY;
  Demo demo = {
    .size = size,
    .start = today - DEMO_DAYS * DAY,
    .step = size == ATTEST_DEMO_LARGE ? G_USEC_PER_SEC : 40 * G_USEC_PER_SEC,
  };
  AttestWorkspace *workspace;

  demo.now = demo.start + 9 * HOUR;
  attest_clock_set (demo_clock_cb, &demo);
  workspace = attest_workspace_create_full (path, NULL, fill_demo, &demo, error);
  attest_clock_reset ();
  return workspace;
}
