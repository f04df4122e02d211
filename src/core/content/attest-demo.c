/* attest-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-demo"

#include "config.h"

#include "attest-i18n.h"
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
    N_("Data protection law for client data"),
    N_("Clients send us personal data of their own customers for analysis."),
    N_("Breaches must be reported within 72 hours; fines and loss of clients follow a breach."),
    N_("Data processing agreements, privacy notices and the incident procedure.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ECONOMIC,
    N_("Clients require certification in tenders"),
    N_("Three of our five largest clients now ask for ISO/IEC 27001 certification."),
    N_("Without a certificate we cannot bid for renewals from next year."),
    N_("Certification target set; ISMS programme funded by the board.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("Dependence on one cloud provider"),
    N_("All analysis platforms run in one public cloud region."),
    N_("An outage or account compromise stops all client work."),
    N_("A second region for restores is in the treatment plan; provider assurance reports reviewed yearly.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("Ransomware targeting small firms"),
    N_("Phishing and ransomware campaigns against firms of our size keep rising."),
    N_("Encrypted file shares and stolen client data are the likeliest serious incident."),
    N_("Awareness training, multi-factor authentication, immutable backups.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_POLITICAL,
    N_("Rules on transfers of data abroad"),
    N_("Two clients forbid their data leaving the country."),
    N_("Limits which cloud services and support staff we may use."),
    N_("Data residency recorded per client; supplier locations checked.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_SOCIAL,
    N_("Hybrid work is expected by staff"),
    N_("Most staff work from home three days a week."),
    N_("Client data is handled outside our offices on home networks."),
    N_("Managed laptops, VPN, clear desk and remote working rules.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ENVIRONMENTAL,
    N_("Flooding near the Bristol office"),
    N_("The office is in an area with a history of river flooding."),
    N_("The office may be unusable for days."),
    N_("No servers in the office; staff can work from home at a day's notice.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE,
    N_("Climate change: heat and flooding"),
    N_("Climate change is a relevant issue for us: hotter summers and more frequent floods are expected."),
    N_("More frequent outages at the office and at suppliers' data centres; clients ask for our climate commitments."),
    N_("Continuity plans assume office loss; suppliers' resilience and climate reporting are part of supplier reviews.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_GOVERNANCE,
    N_("Small board, one executive sponsor"),
    N_("The managing director sponsors the ISMS; there is no separate risk committee."),
    N_("Decisions are quick but depend on one person's availability."),
    N_("Monthly ISMS review in the management meeting; the operations manager, Tom Okafor, deputises for the managing director.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CAPABILITIES,
    N_("No dedicated security staff"),
    N_("Security is one part of the operations manager's job."),
    N_("Limited time for monitoring and improvement."),
    N_("Managed detection service contracted; ISMS tasks planned in Attest.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CULTURE,
    N_("Open, informal culture"),
    N_("Staff share information freely and dislike heavy process."),
    N_("Good reporting of incidents, but access is often wider than needed."),
    N_("Lightweight procedures; quarterly access reviews.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("Legacy file server for old projects"),
    N_("Projects before 2021 are still on a file server hosted by our former IT supplier."),
    N_("Old client data may be kept longer than contracts allow."),
    N_("Migration to the analysis platform and deletion of what contracts no longer allow, in the treatment plan.") },
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
  { ATTEST_PARTY_KIND_CUSTOMER, N_("Clients"),
    N_("They entrust us with their data and pay for the analyses."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Keep client data confidential and in the agreed country."), TRUE, N_("Contracts, access control, data residency register."), FALSE },
      { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Report security incidents affecting their data within 24 hours."), TRUE, N_("Incident procedure with client notification step."), FALSE },
      { ATTEST_REQUIREMENT_KIND_OTHER, N_("Show evidence of our climate commitments in tenders."), FALSE, "", TRUE } } },
  { ATTEST_PARTY_KIND_EMPLOYEE, N_("Employees"),
    N_("They handle client data every day and need to know what is expected."),
    { { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Their own personal data is protected."), TRUE, N_("HR data in the HR system with restricted access."), FALSE },
      { ATTEST_REQUIREMENT_KIND_OTHER, N_("Clear, short rules for working from home."), TRUE, N_("Remote working policy and training."), FALSE } } },
  { ATTEST_PARTY_KIND_SHAREHOLDER, N_("Shareholders"),
    N_("They own the company and bear the cost of a serious incident."),
    { { ATTEST_REQUIREMENT_KIND_OTHER, N_("Certification achieved within budget."), TRUE, N_("ISMS programme reported at board meetings."), FALSE } } },
  { ATTEST_PARTY_KIND_REGULATOR, N_("Data protection authority"),
    N_("Supervises our processing of personal data."),
    { { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Report personal data breaches within 72 hours."), TRUE, N_("Incident procedure and breach register."), FALSE },
      { ATTEST_REQUIREMENT_KIND_REGULATORY, N_("Keep records of processing activities."), TRUE, N_("Processing register kept by the privacy lead, Daniel Mensah."), FALSE } } },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("Cloud provider"),
    N_("Hosts every analysis platform and all client data."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Customers secure their own accounts and configurations."), TRUE, N_("Cloud configuration baseline and monitoring."), FALSE } } },
  { ATTEST_PARTY_KIND_CERTIFICATION_BODY, N_("Certification body"),
    N_("Audits the ISMS for certification."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Access to records and people during audits."), TRUE, N_("Audit pack from Attest; audit schedule agreed."), FALSE } } },
  { ATTEST_PARTY_KIND_INSURER, N_("Cyber insurer"),
    N_("Covers the cost of incidents if our controls meet its conditions."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Multi-factor authentication on all remote access."), TRUE, N_("Enforced for VPN, email and cloud consoles."), FALSE },
      { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Offline or immutable backups tested every quarter."), FALSE, N_("Partly: backups are immutable (A.8.13) and the first restore test is done; a test every quarter is scheduled from it."), FALSE } } },
  { ATTEST_PARTY_KIND_PUBLIC, N_("Local community"),
    N_("Neighbours of the office and the public who read about breaches."),
    { { ATTEST_REQUIREMENT_KIND_OTHER, N_("Responsible use of energy and equipment disposal."), FALSE, "", TRUE } } },
};

typedef struct
{
  AttestScopeItemKind kind;
  const char         *name;
  const char         *description;
  const char         *justification;
} DemoScopeItem;

static const DemoScopeItem demo_scope[] = {
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("Analytics"), N_("The client analysis teams."), "" },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("Operations"), N_("IT, facilities and security."), "" },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("People and finance"), N_("HR, payroll and accounts."), "" },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Bristol office"), N_("Head office, 2nd floor."), "" },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Home working"), N_("Staff homes, under the remote working policy."), "" },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("Client data analysis"), N_("Receiving, analysing and returning client data sets."), "" },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("Reporting to clients"), N_("Dashboards and reports delivered to clients."), "" },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("Analysis platform"), N_("Cloud-hosted data warehouse and notebooks."), "" },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("Office IT"), N_("Laptops, email, file sharing and identity provider."), "" },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("Legacy file server"), N_("Projects before 2021, hosted by our former IT supplier until they are migrated."), "" },
  { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, N_("Visitors' guest Wi-Fi"), N_("The landlord's guest Wi-Fi for visitors in the shared reception."),
    N_("Run and secured by the landlord; it is physically and logically separate and carries no company or client data.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("Cloud provider"), N_("Hosting of the analysis platform."), "" },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("Payroll bureau"), N_("Runs payroll from data we send monthly."), "" },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("Former IT supplier"), N_("Hosts the legacy file server until it is retired."), "" },
};

/* Controls that the demo organisation excludes, with why. */
static const struct { const char *number; const char *justification; } demo_excluded[] = {
  { "7.12", N_("The building's cabling belongs to the landlord, who maintains it; we lay no cabling of our own and the office holds no servers.") },
  { "8.30", N_("We do not outsource any software development.") },
  { "7.11", N_("No supporting utilities of our own: the building's power and cooling are the landlord's and no systems run in the office.") },
};

/* Controls whose status the story sets rather than the spread: what the
 * risk owners' decisions and the context rely on is in place; redundancy
 * waits for the second region; labelling follows classification. */
static const struct { const char *number; AttestImplementation status; int target; } demo_status[] = {
  { "5.17", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "5.18", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "5.23", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "8.1", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "8.5", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "8.9", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "8.15", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "8.16", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "8.24", ATTEST_IMPLEMENTATION_IMPLEMENTED, 0 },
  { "5.13", ATTEST_IMPLEMENTATION_PARTIAL, 300 },
  { "8.13", ATTEST_IMPLEMENTATION_PARTIAL, 170 },
  { "8.14", ATTEST_IMPLEMENTATION_PLANNED, 320 },
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
#define MANAGING_DIRECTOR N_("Managing director (Priya Natarajan)")
#define OPERATIONS N_("Operations manager (Tom Okafor)")
#define ANALYTICS N_("Head of analytics (Hannah Byrne)")
#define PEOPLE N_("People and finance lead (Daniel Mensah)")
/* The large demo's group, whose board approves its ISMS. */
#define GROUP_CHIEF_EXECUTIVE N_("Group chief executive (Eleanor Whitfield)")
#define GROUP_CISO N_("Group chief information security officer (Rajesh Iyer)")

static const struct { const char *name; AttestAssetKind kind; const char *owner; int c, i, a; } demo_assets[] = {
  { N_("Client data sets"), ATTEST_ASSET_KIND_INFORMATION, ANALYTICS, 5, 4, 3 },
  { N_("Analysis platform"), ATTEST_ASSET_KIND_SERVICE, OPERATIONS, 4, 4, 5 },
  { N_("Staff laptops"), ATTEST_ASSET_KIND_HARDWARE, OPERATIONS, 3, 3, 3 },
  { N_("Email and file sharing"), ATTEST_ASSET_KIND_SOFTWARE, OPERATIONS, 4, 3, 4 },
  { N_("Identity provider"), ATTEST_ASSET_KIND_SERVICE, OPERATIONS, 4, 5, 5 },
  { N_("Backups"), ATTEST_ASSET_KIND_INFORMATION, OPERATIONS, 5, 5, 4 },
  { N_("Bristol office"), ATTEST_ASSET_KIND_SITE, MANAGING_DIRECTOR, 2, 2, 3 },
  { N_("Analysts"), ATTEST_ASSET_KIND_PEOPLE, ANALYTICS, 3, 3, 4 },
  { N_("Legacy file server"), ATTEST_ASSET_KIND_HARDWARE, OPERATIONS, 5, 3, 2 },
};

static const char * const demo_threats[] = {
  N_("Ransomware"), N_("Phishing for credentials"), N_("Cloud provider outage"), N_("Lost or stolen laptop"),
  N_("Insider misuse of client data"), N_("Flood at the office"), N_("Misconfigured cloud storage"),
};

static const char * const demo_vulnerabilities[] = {
  N_("Single sign-on without a second factor for some accounts"), N_("Backups online and writable"),
  N_("No data loss prevention on email"), N_("One cloud region only"), N_("Broad access to client data"),
  N_("Legacy file server without updates"),
};

/* Each risk is owned by the person accountable for what it harms, who
 * decides on its residual risk once its treatment is done: the ransomware,
 * email, cloud outage and legacy file server risks await their owners'
 * decisions until their actions are finished. */
static const DemoRisk demo_risks[] = {
  { N_("Ransomware encrypts client data and backups"), 0, 1, 5, 3, 5, ATTEST_TREATMENT_MODIFY, "8.13 8.7 8.8", 2, 4,
    OPERATIONS, 0, NULL },
  { N_("Stolen credentials give access to the analysis platform"), 1, 0, 4, 4, 4, ATTEST_TREATMENT_MODIFY, "8.5 5.17", 2, 4,
    OPERATIONS, 147, N_("Accepted with multi-factor authentication on every account.") },
  { N_("Client data leaves by email"), 4, 2, 0, 3, 4, ATTEST_TREATMENT_MODIFY, "8.12 5.14", 2, 3,
    ANALYTICS, 0, NULL },
  { N_("Cloud region outage stops client work"), 2, 3, 1, 3, 4, ATTEST_TREATMENT_MODIFY, "5.30 8.14", 3, 4,
    OPERATIONS, 0, NULL },
  { N_("Lost laptop exposes client data"), 3, 4, 2, 3, 3, ATTEST_TREATMENT_MODIFY, "8.1 8.24", 1, 2,
    OPERATIONS, 136, N_("Accepted: disks are encrypted and laptops can be wiped remotely.") },
  { N_("Flood closes the office"), 5, 3, 6, 2, 2, ATTEST_TREATMENT_RETAIN, "", 2, 2,
    MANAGING_DIRECTOR, 142, N_("Retained: staff can work from home and no systems run in the office.") },
  { N_("Public storage bucket with client data"), 6, 4, 0, 2, 5, ATTEST_TREATMENT_MODIFY, "8.9 5.23", 1, 5,
    ANALYTICS, 139, N_("Accepted with daily automated checks of every storage setting.") },
  { N_("Old projects kept on the legacy file server"), 4, 5, 8, 3, 3, ATTEST_TREATMENT_AVOID, "8.10", 1, 2,
    ANALYTICS, 0, NULL },
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
  { 0, N_("Make backups immutable"), OPERATIONS, 170, 161, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 0, N_("Phishing awareness training for all staff"), PEOPLE, 200, 0, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 1, N_("Multi-factor authentication for every account"), OPERATIONS, 150, 146, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 2, N_("Data loss prevention rules for email"), ANALYTICS, 290, 0, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 3, N_("Second region for restores, tested"), OPERATIONS, 320, 0, ATTEST_ACTION_STATUS_OPEN },
  { 4, N_("Encrypt every laptop and enable remote wipe"), OPERATIONS, 120, 118, ATTEST_ACTION_STATUS_DONE },
  { 6, N_("Automated checks of storage settings"), OPERATIONS, 140, 138, ATTEST_ACTION_STATUS_IN_PROGRESS },
  { 7, N_("Migrate old projects and delete what contracts no longer allow"), ANALYTICS, 360, 0, ATTEST_ACTION_STATUS_OPEN },
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

/* A demo text in the language of the interface (an empty one stays empty:
 * gettext would give the catalog's header for it). */
static const char *
tr (const char *text)
{
  return text == NULL || *text == '\0' ? text : _(text);
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
      AttestRecord *asset = g_object_new (ATTEST_TYPE_ASSET, "name", tr (demo_assets[i].name), "kind", demo_assets[i].kind,
                                          "owner", tr (demo_assets[i].owner), "classification", _("Confidential"),
                                          "confidentiality", demo_assets[i].c, "integrity", demo_assets[i].i,
                                          "availability", demo_assets[i].a, NULL);
      g_ptr_array_add (assets, asset);
      if (!add_record (workspace, asset, error))
        return FALSE;
    }
  at (demo, 52, 10);
  for (guint i = 0; i < G_N_ELEMENTS (demo_threats); i++)
    {
      AttestRecord *threat = g_object_new (ATTEST_TYPE_THREAT, "name", tr (demo_threats[i]), NULL);
      g_ptr_array_add (threats, threat);
      if (!add_record (workspace, threat, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (demo_vulnerabilities); i++)
    {
      AttestRecord *vulnerability = g_object_new (ATTEST_TYPE_VULNERABILITY, "name", tr (demo_vulnerabilities[i]), NULL);
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
                           "title", tr (r->title),
                           "threat-id", attest_record_get_id (g_ptr_array_index (threats, r->threat)),
                           "vulnerability-id", attest_record_get_id (g_ptr_array_index (vulnerabilities, r->vulnerability)),
                           "owner", tr (r->owner),
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
                                           "title", tr (demo_actions[i].title), "owner", tr (demo_actions[i].owner),
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
            at (demo, day, 10 + i % 5);   /* each owner at their own hour */
            if (attest_risk_accept (workspace, g_ptr_array_index (risks, i), tr (demo_risks[i].owner),
                                    ATTEST_ACCEPTANCE_ACCEPTED, tr (demo_risks[i].decision), error) == NULL)
              return FALSE;
          }
      finish_actions (demo, actions, day, day + 1);
    }
  return TRUE;
}

/* The documents Fernhill keeps on SharePoint, where its evidence is. Operational planning,
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
    { "ISMS-POL-01", N_("Information security policy"), "2.1", MANAGING_DIRECTOR, 42, 365, "policy", "5.1" },
    { "ISMS-OBJ-01", N_("Information security objectives"), "1.0", OPERATIONS, 70, 182, "objectives", "" },
    { "HR-TRN-03", N_("Training and competence records"), "4", PEOPLE, 84, 365, "competence", "6.3" },
    { "ISMS-DOC-01", N_("Document and record control procedure"), "1.2", OPERATIONS, 42, 365,
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
                                             "title", tr (documents[i].title),
                                             "version", documents[i].version,
                                             "owner", tr (documents[i].owner),
                                             "location", _("SharePoint › ISMS › Documents"),
                                             "approved-by", _(MANAGING_DIRECTOR),
                                             "approved-on", approved_on,
                                             "next-review", next_review,
                                             "classification", _("Internal"),
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
  return attest_isms_document_approve (workspace, document, tr (approved_by), tr (note), error) != NULL;
}

/* Days 0 to 14: the organisation, its context and interested parties. */
static gboolean
add_context (Demo             *demo,
             AttestWorkspace  *workspace,
             GPtrArray        *insurer_requirements,
             GError          **error)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  const char *locations[] = { _("Bristol office"), _("Home working"), NULL };
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
                "sector", _("Data analytics services"),
                "size", _("50 employees"),
                "headquarters", _("Bristol, United Kingdom"),
                "locations", locations,
                "top-management", _(MANAGING_DIRECTOR),
                "isms-manager", _(OPERATIONS),
                "certification-target", target,
                "classification", _("Confidential"),
                "climate-relevance", ATTEST_CLIMATE_RELEVANCE_RELEVANT,
                "climate-statement", _("Climate change is relevant: floods and heat can close the office and "
                                       "suppliers' data centres, and clients ask for our climate commitments. "
                                       "See the context issue on climate change."),
                NULL);

  at (demo, 2, 9);
  /* The group has issues of its own (add_large_context()). */
  for (guint i = 0; demo->size == ATTEST_DEMO_SMALL && i < G_N_ELEMENTS (demo_issues); i++)
    if (!add_record (workspace,
                     g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                   "title", tr (demo_issues[i].title),
                                   "description", tr (demo_issues[i].description),
                                   "origin", demo_issues[i].origin,
                                   "category", demo_issues[i].category,
                                   "effect", tr (demo_issues[i].effect),
                                   "treatment", tr (demo_issues[i].treatment),
                                   NULL),
                     error))
      return FALSE;

  at (demo, 7, 14);
  for (guint i = 0; i < G_N_ELEMENTS (demo_parties); i++)
    {
      AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY,
                                          "name", tr (demo_parties[i].name),
                                          "kind", demo_parties[i].kind,
                                          "relevance", tr (demo_parties[i].relevance),
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
                                 "text", tr (req->text),
                                 "kind", req->kind,
                                 "addressed", req->addressed,
                                 "how-addressed", tr (req->how),
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
  if (demo->size == ATTEST_DEMO_LARGE)
    return TRUE;   /* the group has a scope of its own */
  for (guint i = 0; i < G_N_ELEMENTS (demo_scope); i++)
    if (!add_record (workspace,
                     g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                   "kind", demo_scope[i].kind,
                                   "name", tr (demo_scope[i].name),
                                   "description", tr (demo_scope[i].description),
                                   "justification", tr (demo_scope[i].justification),
                                   NULL),
                     error))
      return FALSE;

  /* Translators: %s is the organisation's name. */
  statement = g_strdup_printf (_("The information security management system of %s covers the "
                               "analysis of client data and reporting to clients, performed by the Analytics, "
                               "Operations and People and finance teams at the Bristol office and when working "
                               "from home, using the cloud analysis platform, office IT and the legacy file "
                               "server until it is retired. The landlord's guest Wi-Fi for visitors is excluded. "
                               "Hosting by the cloud provider, the legacy file server's hosting by our former IT "
                               "supplier and payroll by the payroll bureau are interfaces managed through "
                               "supplier agreements."),
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
          excluded = tr (demo_excluded[e].justification);

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
      for (guint o = 0; o < G_N_ELEMENTS (demo_status); o++)
        if (g_str_equal (demo_status[o].number, control->number))
          {
            status = demo_status[o].status;
            g_clear_pointer (&target, g_free);
            if (status != ATTEST_IMPLEMENTATION_IMPLEMENTED)
              target = date_of (demo, demo_status[o].target);
          }
      g_object_set (entry,
                    "applicability", ATTEST_APPLICABILITY_APPLICABLE,
                    "status", status,
                    "owner", tr (demo->size == ATTEST_DEMO_LARGE
                                 ? (g_str_equal (control->number, "5.1") || g_str_equal (control->number, "5.4")
                                    ? GROUP_CHIEF_EXECUTIVE : GROUP_CISO)
                                 : g_str_has_prefix (control->number, "6.") ? PEOPLE
                                 : g_str_equal (control->number, "5.1") || g_str_equal (control->number, "5.4") ? MANAGING_DIRECTOR
                                 : OPERATIONS),
                    "reason-business", TRUE,
                    "reason-legal", g_str_equal (control->number, "5.31") || g_str_equal (control->number, "5.34"),
                    "reason-contractual", g_str_has_prefix (control->number, "5.2") || g_str_has_prefix (control->number, "8.1"),
                    "target-date", target,
                    "last-reviewed", reviewed,
                    NULL);
      if (status == ATTEST_IMPLEMENTATION_IMPLEMENTED)
        {
          /* Translators: %s is an Annex A control's title (in English, as the catalog has it). */
          g_autofree char *title = g_strdup_printf (_("%s: procedure and records"), control->title);
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
                                   "title", _("Immutable backups: configuration and first restore test"),
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
  const char *top = large ? GROUP_CHIEF_EXECUTIVE : MANAGING_DIRECTOR;

  if (!add_context (demo, workspace, insurer_requirements, error)
      || (large && !add_large_context (demo, workspace, rand, error))
      || !add_scope (demo, workspace, error)
      || (large && !add_large_scope (demo, workspace, rand, error))
      || !approve (demo, workspace, "scope", 21, top,
                   N_("Scope agreed at the management meeting."), error))
    return FALSE;

  at (demo, 28, 10);
  g_object_set (method, "review-triggers",
                _("A new client contract or service, a significant incident, a change of cloud provider, "
                  "or a change in the law."), NULL);
  if (!approve (demo, workspace, "risk-method", 35, top,
                N_("The 5 × 5 method; the managing director's acceptance level is Medium."), error)
      || !add_risks (demo, workspace, risks, error)
      || (large && !add_large_risks (demo, workspace, rand, error))
      || !add_soa (demo, workspace, insurer_requirements, error)
      || !add_treatment (demo, workspace, risks, actions, error)
      || !add_documents_on (demo, workspace, 120, error)
      || !approve (demo, workspace, "treatment-plan", 150, top,
                   N_("Approved with the risk owners, who decide on each residual risk once its actions are done."), error)
      || !approve (demo, workspace, "soa", 154, top,
                   N_("First approved Statement of Applicability."), error))
    return FALSE;
  return add_since (demo, workspace, actions, error);
}

static const char * const large_words[] = {
  N_("supplier"), N_("payment"), N_("backup"), N_("identity"), N_("network"), N_("laptop"), N_("archive"), N_("contract"),
  N_("privacy"), N_("monitoring"), N_("recovery"), N_("training"), N_("vendor"), N_("cloud"), N_("mobile"), N_("warehouse"),
  N_("branch"), N_("subsidiary"), N_("records"), N_("licensing"), N_("outsourcing"), N_("regulation"), N_("market"), N_("audit"),
};

static char *
large_text (GRand      *rand,
            const char *prefix,
            guint       i)
{
  const char *first = large_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (large_words))];
  const char *second = large_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (large_words))];
  const char *third = large_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (large_words))];

  char *text;

  /* Without a prefix: the words alone, the first capitalised (a risk: the
   * register numbers risks, R1, R2 …, so a title with a number of its own
   * would be a second numbering). */
  if (prefix == NULL)
    {
      /* Translators: a generated risk title of the large demo: "Supplier and
       * backup network" (the first letter is capitalised afterwards) */
      text = g_strdup_printf (_("%s and %s %s"), _(first), _(second), _(third));
      text[0] = g_ascii_toupper (text[0]);
      return text;
    }
  /* Translators: a generated title of the large demo: "Issue 12: supplier and
   * backup network"; %s before the number is "Issue", "Party" and so on. */
  return g_strdup_printf (_("%s %u: %s and %s %s"), _(prefix), i, _(first), _(second), _(third));
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

  const char *locations[] = {
    _("Leeds headquarters"), _("Manchester shared service centre"), _("Glasgow shared service centre"),
    _("Group data centres (Leeds and Sheffield)"), _("Home working"), NULL };

  static const DemoIssue group_issues[] = {
    { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
      N_("Ransomware against groups with shared IT"),
      N_("Attackers target holding groups whose companies share identity and ERP platforms."),
      N_("One compromise could stop many operating companies at once."),
      N_("Group security operations centre, segmented networks, immutable backups.") },
    { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_GOVERNANCE,
      N_("Board risk committee and 40 company boards"),
      N_("The group board's risk committee oversees the ISMS; each company's managing director owns its risks."),
      N_("Decisions need both the group and the company; accountability can blur."),
      N_("Group ISMS charter; risk acceptance above Medium reserved to the group chief executive.") },
    { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_LEGAL,
      N_("Data protection and payment card rules"),
      N_("Companies process customer personal data and card payments."),
      N_("Breach notification, fines and loss of card acceptance."),
      N_("Group privacy programme; PCI DSS scope kept to Meridian Payments.") },
    { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE,
      N_("Climate change: floods and heat at sites and data centres"),
      N_("Climate change is a relevant issue for the group: its sites and data centres face more floods and heat."),
      N_("Outages at sites, warehouses and data centres; investors and customers ask for climate reporting."),
      N_("Second data centre in Sheffield; site continuity plans; climate reporting to the board.") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (group_issues); i++)
    if (!add_record (workspace,
                     g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                   "title", tr (group_issues[i].title),
                                   "description", tr (group_issues[i].description),
                                   "origin", group_issues[i].origin,
                                   "category", group_issues[i].category,
                                   "effect", tr (group_issues[i].effect),
                                   "treatment", tr (group_issues[i].treatment),
                                   NULL),
                     error))
      return FALSE;

  g_object_set (org,
                "name", "Meridian Holdings Group plc",
                "short-name", "Meridian",
                "sector", _("Diversified holding group"),
                "size", _("12,000 employees in 40 companies"),
                "headquarters", _("Leeds, United Kingdom"),
                "locations", locations,
                "top-management", _(GROUP_CHIEF_EXECUTIVE),
                "isms-manager", _(GROUP_CISO),
                "climate-statement", _("Climate change is relevant: floods and heat can close the group's sites, "
                                       "warehouses and data centres, and investors and customers ask for climate "
                                       "reporting. See the context issue on climate change."),
                NULL);

  for (guint i = 0; i < n_issues; i++)
    {
      g_autofree char *title = large_text (rand, N_("Issue"), i);
      g_autofree char *effect = large_text (rand, N_("Effect"), i);

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                     "title", title,
                                     "description", _("Reported by a subsidiary in the yearly context review."),
                                     "origin", g_rand_boolean (rand) ? ATTEST_ISSUE_ORIGIN_EXTERNAL
                                                                     : ATTEST_ISSUE_ORIGIN_INTERNAL,
                                     "category", g_rand_int_range (rand, 0, ATTEST_ISSUE_CATEGORY_OTHER + 1),
                                     "effect", effect,
                                     "treatment", _("Tracked in the group risk register."),
                                     NULL),
                       error))
        return FALSE;
    }

  for (guint i = 0; i < n_parties; i++)
    {
      g_autofree char *name = large_text (rand, N_("Party"), i);
      AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY,
                                          "name", name,
                                          "kind", g_rand_int_range (rand, 0, ATTEST_PARTY_KIND_OTHER + 1),
                                          "relevance", _("Named by a subsidiary."),
                                          NULL);

      g_ptr_array_add (parties, party);
      if (!add_record (workspace, party, error))
        return FALSE;
    }

  for (guint i = 0; i < n_requirements; i++)
    {
      static const char * const hows[] = {
        N_("Group information security policy and the company's procedures."),
        N_("Contract clauses reviewed by group legal; controls in the group SoA."),
        N_("Annual supplier assurance review by group procurement."),
        N_("Group privacy programme: records of processing and breach procedure."),
        N_("Board reporting each quarter by the group CISO."),
      };
      g_autofree char *text = large_text (rand, N_("Requirement"), i);
      AttestRecord *party = g_ptr_array_index (parties, g_rand_int_range (rand, 0, parties->len));
      gboolean addressed = g_rand_int_range (rand, 0, 10) < 8;

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_REQUIREMENT,
                                     "party-id", attest_record_get_id (party),
                                     "text", text,
                                     "kind", g_rand_int_range (rand, 0, ATTEST_REQUIREMENT_KIND_OTHER + 1),
                                     "addressed", addressed,
                                     "how-addressed", addressed ? _(hows[i % G_N_ELEMENTS (hows)]) : "",
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
  static const DemoScopeItem group_scope[] = {
    { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("Group shared services"), N_("Finance, HR, IT and security operations for every company."), "" },
    { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Leeds headquarters"), N_("Group head office and security operations centre."), "" },
    { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Manchester and Glasgow shared service centres"), N_("Finance and HR services for the group."), "" },
    { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Group data centres"), N_("Leeds and Sheffield, run by group IT."), "" },
    { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("Customer, payment and logistics data handling"), N_("For the 40 operating companies."), "" },
    { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("Group ERP and identity platform"), N_("Shared by every company."), "" },
    { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, N_("Companies with their own certificate"), N_("Three operating companies certified on their own."),
      N_("They run their own certified ISMS; the group manages them as interfaces.") },
    { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("Cloud providers"), N_("Hosting of customer-facing services."), "" },
  };
  static const char * const descriptions[] = {
    N_("A team of an operating company, under group policies."), N_("A site of an operating company."),
    N_("A process of an operating company, run on group systems."), N_("A system of an operating company, run by group IT."),
    "", N_("A service bought from outside the group, under contract."),
  };
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);
  const guint n_scope = 2000;

  for (guint i = 0; i < G_N_ELEMENTS (group_scope); i++)
    if (!add_record (workspace,
                     g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                   "kind", group_scope[i].kind,
                                   "name", tr (group_scope[i].name),
                                   "description", tr (group_scope[i].description),
                                   "justification", tr (group_scope[i].justification),
                                   NULL),
                     error))
      return FALSE;
  g_object_set (scope, "statement",
                _("The information security management system of Meridian Holdings Group plc covers the group's "
                "shared services (finance, HR, IT and security operations) and the handling of customer, payment "
                "and logistics data of its 40 operating companies on group systems, at the Leeds headquarters, the "
                "Manchester and Glasgow shared service centres, the group data centres in Leeds and Sheffield, "
                "and when working from home. Operating companies certified under their own ISMS are excluded and "
                "managed as interfaces, as are the cloud providers hosting customer-facing services."),
                NULL);

  for (guint i = 0; i < n_scope; i++)
    {
      g_autofree char *name = large_text (rand, N_("Scope item"), i);
      AttestScopeItemKind kind = g_rand_int_range (rand, 0, ATTEST_SCOPE_ITEM_KIND_INTERFACE + 1);

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                     "kind", kind,
                                     "name", name,
                                     "description", kind == ATTEST_SCOPE_ITEM_KIND_EXCLUSION
                                                    ? _("Kept out of the group scope.") : tr (descriptions[kind]),
                                     "justification", kind == ATTEST_SCOPE_ITEM_KIND_EXCLUSION
                                                      ? _("Run separately by the subsidiary under its own certificate.")
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
  /* Each operating company's managing director owns its risks: the
   * register filters by owner. */
  static const char * const owners[] = {
    "Managing director, Meridian Logistics (Sarah Cole)", "Managing director, Meridian Payments (Arjun Mehta)",
    "Managing director, Meridian Retail (Fiona Grant)", "Managing director, Meridian Foods (Kwame Boateng)",
    "Managing director, Meridian Property (Helen Shaw)", "Managing director, Meridian Health (Tomasz Nowak)",
    "Managing director, Meridian Engineering (Grace Liu)", "Managing director, Meridian Leisure (Owen Price)",
    "Managing director, Meridian Energy (Amira Haddad)", "Managing director, Meridian Digital (Lewis Grant)",
    "Managing director, Meridian Insurance Services (Nadia Rahman)", "Managing director, Meridian Fleet (Connor Walsh)",
  };
  /* The controls a treated risk of each threat is modified with, by number. */
  static const char * const controls[] = { "8.7 8.13", "5.17 8.5", "5.30 8.14", "8.1 8.24", "5.15 8.12", "7.5 5.30", "8.9 5.23" };

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *title = large_text (rand, NULL, i);
      guint t = g_rand_int_range (rand, 0, g_list_model_get_n_items (threats));
      g_autoptr(AttestRecord) threat = g_list_model_get_item (threats, t);
      int likelihood = g_rand_int_range (rand, 1, 6), impact = g_rand_int_range (rand, 1, 6);
      AttestTreatment treatment = g_rand_int_range (rand, 0, ATTEST_TREATMENT_SHARE + 1);
      /* Treatment lowers a risk, never raises it; retaining leaves it as it is. */
      gboolean treated = treatment == ATTEST_TREATMENT_MODIFY || treatment == ATTEST_TREATMENT_AVOID
                         || treatment == ATTEST_TREATMENT_SHARE;
      int residual_likelihood = treated ? g_rand_int_range (rand, 1, likelihood + 1) : likelihood;
      int residual_impact = treated ? g_rand_int_range (rand, 1, impact + 1) : impact;
      AttestRecord *risk = g_object_new (ATTEST_TYPE_RISK,
                                         "title", title,
                                         "threat-id", attest_record_get_id (threat),
                                         "owner", owners[i % G_N_ELEMENTS (owners)],
                                         "likelihood", likelihood,
                                         "impact", impact,
                                         "treatment", treatment,
                                         "residual-likelihood", residual_likelihood,
                                         "residual-impact", residual_impact,
                                         NULL);
      g_autoptr(AttestRecord) owned = g_object_ref (risk);

      if (!add_record (workspace, risk, error))
        return FALSE;
      if (treatment == ATTEST_TREATMENT_MODIFY)
        {
          g_auto(GStrv) numbers = g_strsplit (controls[t % G_N_ELEMENTS (controls)], " ", -1);

          for (guint c = 0; numbers[c] != NULL; c++)
            {
              g_autofree char *id = g_strdup_printf ("iso27001:2022/A.%s", numbers[c]);

              if (!attest_workspace_link (workspace, "risk-control", owned,
                                          attest_workspace_lookup_soa_entry (workspace, id), error))
                return FALSE;
            }
        }
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
