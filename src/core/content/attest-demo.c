/* attest-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-demo"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"
#include <glib/gstdio.h>

#include "attest-catalog.h"
#include "attest-context-issue.h"
#include "attest-demo.h"
#include "attest-demo-private.h"
#include "attest-isms-document.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-asset.h"
#include "attest-evidence.h"
#include "attest-objective.h"
#include "attest-planned-change.h"
#include "attest-resource.h"
#include "attest-communication.h"
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
 * invented. The small one is hand-written; the large one, a group with
 * thousands of records for benchmarks, is in attest-demo-large.c. */

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
    N_("Monthly ISMS review in the management meeting, minuted (ISMS-MR-01); the deputy managing director, Tom Okafor, stands in for the managing director.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CAPABILITIES,
    N_("No dedicated security staff"),
    N_("Security is one part of the deputy managing director's job, beside running operations."),
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
  const char           *control;   /* the Annex A control that meets it, if one does */
} DemoRequirement;

typedef struct
{
  AttestPartyKind       kind;
  const char           *name;
  const char           *relevance;
  DemoRequirement       requirements[3];
} DemoParty;

/* A requirement not yet met says why, or how far it is ("Partly: …"); one
 * that a control meets is linked to it, so the SoA says so only of what is
 * met. */
static const DemoParty demo_parties[] = {
  { ATTEST_PARTY_KIND_CUSTOMER, N_("Clients"),
    N_("They entrust us with their data and pay for the analyses."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Keep client data confidential and in the agreed country."), TRUE, N_("Contracts, access control, data residency register."), FALSE, NULL },
      { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Report security incidents affecting their data within 24 hours."), TRUE, N_("Incident procedure with client notification step."), FALSE, NULL },
      { ATTEST_REQUIREMENT_KIND_OTHER, N_("Show evidence of our climate commitments in tenders."), FALSE,
        N_("Not yet: the managing director is writing a climate statement for tenders (the cloud provider's emissions report, "
           "hybrid work, laptops reused) for the next policy review; until then each tender is answered case by case."), TRUE, NULL } } },
  { ATTEST_PARTY_KIND_EMPLOYEE, N_("Employees"),
    N_("They handle client data every day and need to know what is expected."),
    { { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Their own personal data is protected."), TRUE, N_("HR data in the HR system with restricted access."), FALSE, NULL },
      { ATTEST_REQUIREMENT_KIND_OTHER, N_("Clear, short rules for working from home."), TRUE, N_("Remote working policy and training."), FALSE, NULL } } },
  { ATTEST_PARTY_KIND_SHAREHOLDER, N_("Shareholders"),
    N_("They own the company and bear the cost of a serious incident."),
    { { ATTEST_REQUIREMENT_KIND_OTHER, N_("Certification achieved within budget."), TRUE, N_("ISMS programme reported at board meetings."), FALSE, NULL } } },
  { ATTEST_PARTY_KIND_REGULATOR, N_("Data protection authority"),
    N_("Supervises our processing of personal data."),
    { { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Report personal data breaches within 72 hours."), TRUE, N_("Incident procedure and breach register."), FALSE, NULL },
      { ATTEST_REQUIREMENT_KIND_REGULATORY, N_("Keep records of processing activities."), TRUE,
        N_("Records of processing (ISMS-REG-02) kept by our privacy lead, Daniel Mensah."), FALSE, NULL } } },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("Cloud provider"),
    N_("Hosts every analysis platform and all client data."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Customers secure their own accounts and configurations."), TRUE, N_("Cloud configuration baseline and monitoring."), FALSE, NULL } } },
  { ATTEST_PARTY_KIND_CERTIFICATION_BODY, N_("Certification body"),
    N_("Audits the ISMS for certification."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Access to records and people during audits."), TRUE, N_("Audit pack from Attest; audit schedule agreed."), FALSE, NULL } } },
  { ATTEST_PARTY_KIND_INSURER, N_("Cyber insurer"),
    N_("Covers the cost of incidents if our controls meet its conditions."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Multi-factor authentication on all remote access."), TRUE, N_("Enforced for VPN, email and cloud consoles."), FALSE, "8.5" },
      { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Offline or immutable backups of client data and systems."), TRUE,
        N_("Backups are immutable, in an account of their own (A.8.13, backup procedure ISMS-PRC-04)."), FALSE, "8.13" },
      { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("A restore test from the backups every quarter."), FALSE,
        N_("Partly: the first restore test is done (A.8.13); a test every quarter is scheduled from it in the backup procedure, ISMS-PRC-04."), FALSE, NULL } } },
  { ATTEST_PARTY_KIND_PUBLIC, N_("Local community"),
    N_("Neighbours of the office and the public who read about breaches."),
    { { ATTEST_REQUIREMENT_KIND_OTHER, N_("Responsible use of energy and equipment disposal."), TRUE,
        N_("The office runs on the landlord's renewable electricity tariff; old laptops are wiped and passed to a certified reuse charity (A.7.14)."),
        TRUE, NULL } } },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("Former IT supplier"),
    N_("Still hosts the legacy file server, with client data of projects before 2021, until it is retired."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Notice before the hosting ends, and written instructions for deleting our data."), TRUE,
        N_("The hosting agreement runs until the old projects are migrated (R8); deletion with a certificate is agreed for its end."), FALSE, NULL } } },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("Payroll bureau"),
    N_("Runs our payroll each month from employees' personal data we send it."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Payroll changes sent by the agreed day each month, through its secure portal only."), TRUE,
        N_("Sent by the privacy lead through the bureau's portal with multi-factor authentication; data processing agreement signed."), FALSE, "5.14" } } },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("Managed detection service"),
    N_("Watches our laptops, sign-ins and cloud accounts around the clock and alerts us to attacks."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Its agent on every laptop, our sign-in and cloud logs sent to it, and someone who answers its alerts at any hour."), TRUE,
        N_("Agent installed by device management; log feeds from the identity provider and the cloud accounts; the deputy managing director and the managing director take alerts out of hours."),
        FALSE, "8.16" } } },
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
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("Managed detection service"), N_("Monitors laptops, sign-ins and cloud accounts and alerts us to attacks."), "" },
};

/* Controls that the demo organisation excludes, with why. */
static const struct { const char *number; const char *justification; } demo_excluded[] = {
  { "7.12", N_("The building's cabling belongs to the landlord, who maintains it; we lay no cabling of our own: the router and Wi-Fi access points in our network cupboard plug into the landlord's sockets with patch leads.") },
  { "8.30", N_("We do not outsource any software development.") },
  { "7.11", N_("No supporting utilities of our own: the building's power and cooling are the landlord's, and the only equipment in our network cupboard, the router and Wi-Fi access points, can stop without harm: every business system runs in the cloud and staff switch to mobile hotspots.") },
};

/* Controls whose status the story sets rather than the spread: what the
 * risk owners' decisions and the context rely on is in place; redundancy
 * waits for the second region; labelling follows classification; deletion
 * and leakage prevention wait for their actions. */
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
  { "8.10", ATTEST_IMPLEMENTATION_PARTIAL, 360 },
  { "5.35", ATTEST_IMPLEMENTATION_PLANNED, 330 },   /* the first internal audit, before certification */   /* with the migration of old projects */
  { "8.12", ATTEST_IMPLEMENTATION_PARTIAL, 290 },   /* with the email rules */
  { "8.8", ATTEST_IMPLEMENTATION_PARTIAL, 300 },    /* scanned monthly; patch deadlines being written down */
  { "8.14", ATTEST_IMPLEMENTATION_PLANNED, 320 },
};

/* Why each control the small demo includes is needed, in its own words,
 * where no risk or requirement says it, and whether a law ("l") or a
 * contract ("c") requires it too; every control is also a business need. */
static const struct { const char *number; const char *reasons; const char *justification; } demo_reasons[] = {
  { "5.1", "", N_("The board committed to certification; the policy (ISMS-POL-01) sets the direction for it.") },
  { "5.2", "c", N_("With no security staff, who does what has to be written down; clients ask who is responsible.") },
  { "5.3", "", N_("In a team this small, payments and access changes need a second person.") },
  { "5.4", "", N_("The managing director sponsors the ISMS and needs every manager to apply it.") },
  { "5.5", "l", N_("Personal data breaches go to the data protection authority within 72 hours.") },
  { "5.6", "", N_("Without security staff, alerts from the national cyber security centre and a local security forum keep us informed.") },
  { "5.7", "", N_("Phishing and ransomware against firms of our size keep rising (4.1); the detection service's threat reports are read monthly.") },
  { "5.8", "", N_("Each new client project starts by agreeing how its data is received, kept and deleted.") },
  { "5.9", "", N_("Client data sets can only be protected and deleted on time if we know where each one is.") },
  { "5.10", "", N_("Staff handle client data every day, much of it from home.") },
  { "5.11", "", N_("Leavers' laptops hold client data until they are returned and wiped.") },
  { "5.12", "", N_("Client data, our own records and public material need different handling.") },
  { "5.13", "", N_("Labels show staff at a glance which files are client data.") },
  { "5.15", "", N_("Access to client data is limited to each project's analysts: our open culture tends to grant it widely (4.1).") },
  { "5.16", "", N_("One identity per person in the identity provider, removed the day they leave.") },
  { "5.18", "", N_("Quarterly access reviews keep rights to what each role needs (4.1).") },
  { "5.19", "", N_("The cloud provider, the payroll bureau, the detection service and our former IT supplier hold or reach our data.") },
  { "5.20", "c", N_("Client contracts require the same protection from every supplier that handles their data.") },
  { "5.21", "c", N_("The analysis platform depends on the cloud provider's own suppliers.") },
  { "5.22", "c", N_("Supplier assurance reports, climate resilience among them, are reviewed every year.") },
  { "5.24", "c", N_("Clients must hear of an incident affecting their data within 24 hours.") },
  { "5.25", "c", N_("Alerts from the detection service need a quick decision on whether they are incidents.") },
  { "5.26", "c", N_("A practised response keeps the 24-hour client and 72-hour regulator deadlines.") },
  { "5.27", "c", N_("Each incident's lessons go back into the risk assessment.") },
  { "5.28", "c", N_("Clients and the cyber insurer may ask for evidence after an incident.") },
  { "5.29", "c", N_("Floods or heat may close the office (4.1); security must hold while everyone works from home.") },
  { "5.31", "l", N_("Data protection law, client contracts and the insurer's conditions are kept in one register.") },
  { "5.32", "", N_("Software licences and clients' rights in their data limit what we may use and how.") },
  { "5.33", "l", N_("Client records are kept for the contract's term, then deleted; accounts for six years.") },
  { "5.34", "l", N_("We process personal data of our clients' customers.") },
  { "5.35", "", N_("The certification body expects an internal audit by someone independent of the work.") },
  { "5.36", "", N_("Managers check each quarter that the policies are followed.") },
  { "5.37", "", N_("Few people run operations; written procedures let others stand in.") },
  { "6.1", "c", N_("Analysts see personal data of clients' customers; clients ask for background checks.") },
  { "6.2", "", N_("Every employment contract must state the duty of confidentiality.") },
  { "6.3", "", N_("Phishing is the likeliest way in (4.1): staff are the first defence.") },
  { "6.4", "", N_("Staff must know that misuse of client data has consequences.") },
  { "6.5", "", N_("Confidentiality outlasts employment: leavers are reminded in writing.") },
  { "6.6", "c", N_("Clients require a confidentiality agreement from everyone who sees their data.") },
  { "6.7", "", N_("Most staff work from home three days a week (4.1).") },
  { "6.8", "", N_("Staff report readily (4.1); one channel makes sure every report is dealt with.") },
  { "7.1", "", N_("The office holds laptops and papers with client data.") },
  { "7.2", "", N_("The building's reception is shared; our floor needs entry control of its own.") },
  { "7.3", "", N_("Meeting rooms are shared with the landlord's other tenants.") },
  { "7.4", "", N_("The landlord's alarm and cameras cover our floor out of hours.") },
  { "7.5", "", N_("The office is in an area with a history of river flooding (4.1).") },
  { "7.6", "", N_("The network cupboard holds the office's network equipment.") },
  { "7.7", "", N_("Client papers and screens are on view in shared offices and at home.") },
  { "7.8", "", N_("The office's network equipment must be kept above flood level and out of the way.") },
  { "7.9", "", N_("Laptops travel between homes and the office every week.") },
  { "7.10", "", N_("Some clients deliver data on encrypted drives.") },
  { "7.13", "", N_("Laptops and network equipment are kept under warranty and serviced.") },
  { "7.14", "", N_("Old laptops held client data: they are wiped before they go to a reuse charity.") },
  { "8.2", "", N_("Administrator rights to the cloud platform would expose every client's data.") },
  { "8.3", "", N_("Analysts see only the data sets of their own projects.") },
  { "8.4", "", N_("Our analysis code and pipelines carry clients' business logic.") },
  { "8.6", "", N_("Client deadlines need the platform to scale for large data sets.") },
  { "8.11", "c", N_("Clients ask for personal data to be pseudonymised before analysis.") },
  { "8.15", "c", N_("Clients and the detection service need a record of who touched their data.") },
  { "8.17", "c", N_("Logs from laptops, sign-ins and the cloud must line up in an investigation.") },
  { "8.18", "c", N_("Administration tools on laptops can bypass other controls.") },
  { "8.19", "c", N_("Only approved software runs on laptops and on the platform.") },
  { "8.20", "", N_("The office network and the VPN carry client data.") },
  { "8.21", "", N_("We rely on the cloud provider's and the internet provider's network services.") },
  { "8.22", "", N_("The office network and Wi-Fi must be kept apart from the analysis platform's networks; the landlord's guest Wi-Fi is no part of our network at all.") },
  { "8.23", "", N_("Blocking known malicious sites stops many phishing attacks at the first click.") },
  { "8.25", "", N_("We build our own analysis pipelines and client dashboards.") },
  { "8.26", "", N_("Client dashboards are reached over the internet.") },
  { "8.27", "", N_("We design the analysis platform ourselves, on the cloud provider's services.") },
  { "8.28", "", N_("Analysts write code that handles client data.") },
  { "8.29", "", N_("Dashboards must be tested before clients see them.") },
  { "8.31", "", N_("Pipelines are developed away from live client data.") },
  { "8.32", "", N_("Changes to the platform must not break deliveries to clients.") },
  { "8.33", "", N_("Test data must never be live client data.") },
  { "8.34", "", N_("Audits and penetration tests must not disturb client work.") },
  { "8.13", "c", N_("The insurer's quarterly restore tests (4.2) run under this control: the first is done, the next are scheduled.") },
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
  int         decided;     /* whether its owner decided on the residual risk with the plan; 0: awaiting */
  const char *decision;
} DemoRisk;

/* The people who own risks and actions, as the organisation names them. */
#define MANAGING_DIRECTOR N_("Managing director (Priya Natarajan)")
/* Runs operations and the ISMS, and stands in for the managing director. */
#define OPERATIONS N_("Deputy managing director (Tom Okafor)")
#define ANALYTICS N_("Head of analytics (Hannah Byrne)")
#define PEOPLE N_("People, finance and privacy lead (Daniel Mensah)")
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
 * approves the plan for it and decides on its residual risk once its
 * treatment is done: the ransomware, email, cloud outage and legacy file
 * server risks await their owners' decisions until their actions are
 * finished. The privacy lead, who owns the email risk, has not approved the
 * plan yet: the one risk of the sample awaiting its owner, which readiness
 * reports as a warning. */
static const DemoRisk demo_risks[] = {
  { N_("Ransomware encrypts client data and backups"), 0, 1, 5, 3, 5, ATTEST_TREATMENT_MODIFY, "8.13 8.7 8.8", 2, 4,
    OPERATIONS, 0, NULL },
  { N_("Stolen credentials give access to the analysis platform"), 1, 0, 4, 4, 4, ATTEST_TREATMENT_MODIFY, "8.5 5.17", 2, 4,
    OPERATIONS, 1, N_("Accepted with multi-factor authentication on every account.") },
  { N_("Client data leaves by email"), 4, 2, 0, 3, 4, ATTEST_TREATMENT_MODIFY, "8.12 5.14", 2, 3,
    PEOPLE, 0, NULL },
  { N_("Cloud region outage stops client work"), 2, 3, 1, 3, 4, ATTEST_TREATMENT_MODIFY, "5.30 8.14", 3, 3,
    OPERATIONS, 0, NULL },
  { N_("Lost laptop exposes client data"), 3, 4, 2, 3, 3, ATTEST_TREATMENT_MODIFY, "8.1 8.24", 1, 2,
    OPERATIONS, 1, N_("Accepted: disks are encrypted and laptops can be wiped remotely.") },
  { N_("Flood closes the office"), 5, 3, 6, 2, 2, ATTEST_TREATMENT_RETAIN, "", 2, 2,
    MANAGING_DIRECTOR, 1, N_("No treatment needed: staff can work from home at a day's notice and no business system runs in the office.") },
  { N_("Public storage bucket with client data"), 6, 4, 0, 2, 5, ATTEST_TREATMENT_MODIFY, "8.9 5.23", 1, 5,
    ANALYTICS, 1, N_("Accepted with daily automated checks of every storage setting.") },
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

static gint64
demo_clock_cb (gpointer user_data)
{
  Demo *demo = user_data;

  /* One edit after another, in office hours. */
  demo->now += demo->step;
  keep_office_hours (demo);
  return demo->now;
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

  at_office (demo, 49, 9, 30);
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
  at_office (demo, 52, 10, 0);
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
      /* One risk workshop a day; each risk due for review a year on. */
      g_autofree char *review = year_after (demo, working_day (demo, 56 + i));

      at_office (demo, 56 + i, 10, 0);
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
      if (!demo_link_controls (workspace, "risk-control", risk, r->controls, error))
        return FALSE;
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
          g_autofree char *completed = working_date_of (demo, day);

          at_office (demo, day, 12, 0);
          g_object_set (g_ptr_array_index (actions, i), "status", ATTEST_ACTION_STATUS_DONE,
                        "completed-date", completed, NULL);
        }
}

/* Days 126 to 149: the treatment plan's actions, and those finished before
 * the plan is approved; the owners decide on residual risk with their
 * approval of the plan (approve_plan_by_owners()). */
static gboolean
add_treatment (Demo             *demo,
               AttestWorkspace  *workspace,
               GPtrArray        *risks,
               GPtrArray        *actions,
               GError          **error)
{
  at_office (demo, 126, 14, 0);
  for (guint i = 0; i < G_N_ELEMENTS (demo_actions); i++)
    {
      g_autofree char *due = working_date_of (demo, demo_actions[i].due);
      /* An action done before the plan was written down says when. */
      g_autofree char *completed = demo_actions[i].status == ATTEST_ACTION_STATUS_DONE
                                   ? working_date_of (demo, demo_actions[i].done) : g_strdup ("");
      AttestRecord *risk = g_ptr_array_index (risks, demo_actions[i].risk);
      AttestRecord *action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk),
                                           "title", tr (demo_actions[i].title), "owner", tr (demo_actions[i].owner),
                                           "due-date", due, "status", demo_actions[i].status,
                                           "completed-date", completed, NULL);

      g_ptr_array_add (actions, action);
      if (!add_record (workspace, action, error))
        return FALSE;
    }
  finish_actions (demo, actions, 126, 150);
  return TRUE;
}

/* Fernhill's information security objectives (6.2), each measured against
 * a target by a date to come, the risks it reduces (by their place in
 * demo_risks[], -1 for none) and the controls that serve it. */
static const struct
{
  const char *title, *measure, *target, *owner, *resources, *evaluation;
  int due;   /* days after the story's today */
  AttestObjectiveStatus status;
  int risks[2];
  const char *controls;
} demo_objectives[] = {
  { N_("Restore any client's analysis work within one working day"),
    N_("Time from the start of the half-yearly restore test to a client's analysis environment working again"),
    N_("Under 8 hours"), OPERATIONS, N_("Two days of the operations team for each test; the second cloud region"),
    N_("The deputy managing director reports each test's time to the management meeting."),
    120, ATTEST_OBJECTIVE_STATUS_AT_RISK, { 0, 3 }, "8.13 5.30" },
  { N_("Staff recognise phishing"),
    N_("Share of staff who click the link in the quarterly phishing simulation"),
    /* xgettext:no-c-format */
    N_("Below 5 % in each simulation"), PEOPLE, N_("The learning platform's simulations; an hour of training a year for each person"),
    N_("The people lead compares each quarter with the last at the management meeting."),
    180, ATTEST_OBJECTIVE_STATUS_ON_TRACK, { 1, 2 }, "6.3" },
  { N_("Every client data set encrypted at rest and in transit"),
    N_("Share of the client data sets in the asset inventory found encrypted at the quarterly access review"),
    N_("100 %"), OPERATIONS, N_("The cloud provider's key management service"),
    N_("Checked at each access review; a data set found unencrypted is an incident."),
    90, ATTEST_OBJECTIVE_STATUS_ON_TRACK, { 4, 6 }, "8.24" },
  { N_("No personal data breach that must be reported to the regulator"),
    N_("Incidents reported to the Information Commissioner's Office, from the incident register"),
    N_("None in the year"), PEOPLE, N_("The incident management procedure and its on-call rota"),
    N_("Reviewed every month at the management meeting, and in the yearly management review."),
    240, ATTEST_OBJECTIVE_STATUS_PLANNED, { 2, -1 }, "5.24 5.26" },
};

/* Day 123: the objectives set on day 70 (ISMS-OBJ-01) written into Attest,
 * linked to the risks and controls now recorded there. */
static gboolean
add_objectives (Demo             *demo,
                AttestWorkspace  *workspace,
                GPtrArray        *risks,
                GError          **error)
{
  at_office (demo, 123, 11, 0);
  for (guint i = 0; i < G_N_ELEMENTS (demo_objectives); i++)
    {
      g_autofree char *due = working_date_of (demo, DEMO_DAYS + demo_objectives[i].due);
      AttestRecord *objective = g_object_new (ATTEST_TYPE_OBJECTIVE,
                                              "title", tr (demo_objectives[i].title),
                                              "measure", tr (demo_objectives[i].measure),
                                              "target", tr (demo_objectives[i].target),
                                              "due-date", due,
                                              "owner", tr (demo_objectives[i].owner),
                                              "resources", tr (demo_objectives[i].resources),
                                              "evaluation", tr (demo_objectives[i].evaluation),
                                              "status", demo_objectives[i].status, NULL);

      if (!add_record (workspace, objective, error))
        return FALSE;
      for (guint r = 0; r < G_N_ELEMENTS (demo_objectives[i].risks); r++)
        if (demo_objectives[i].risks[r] >= 0
            && !attest_workspace_link (workspace, "objective-risk", objective,
                                       g_ptr_array_index (risks, demo_objectives[i].risks[r]), error))
          return FALSE;
      if (!demo_link_controls (workspace, "objective-control", objective, demo_objectives[i].controls, error))
        return FALSE;
    }
  return TRUE;
}

/* Fernhill's changes to its ISMS (6.3): one made, its consequences
 * reviewed; one under way; one planned. Days are the story's (the
 * planned day, the day its consequences were reviewed, 0 for none), the
 * risks by their place in demo_risks[] (-1 for none), the controls and
 * documents by their numbers. */
static const struct
{
  const char *title, *reason, *owner, *consequences;
  int planned, reviewed;
  AttestChangeStatus status;
  int risks[2];
  const char *controls, *documents;
} demo_changes[] = {
  { N_("Backups copied to a second cloud region"),
    N_("A restore must not depend on the region the analysis platform runs in (objective: restore within a day)."),
    OPERATIONS,
    N_("Client data now also leaves the primary region: both regions are in the UK, as the contracts require. "
       "The backup account's access rules were copied and reviewed; the restore test covers the second region."),
    100, 118, ATTEST_CHANGE_STATUS_DONE, { 0, -1 }, "8.13 5.30", "ISMS-PRC-04" },
  { N_("Single sign-on for every tool that holds client data"),
    N_("Stolen passwords were the second highest risk; one sign-in with a second factor closes most of it."),
    OPERATIONS,
    N_("Tools without single sign-on lose their local accounts; the leavers' procedure changes to one step."),
    DEMO_DAYS + 45, 0, ATTEST_CHANGE_STATUS_IN_PROGRESS, { 1, -1 }, "5.17 8.5", "ISMS-PRC-01" },
  { N_("The new Leeds office brought into the scope"),
    N_("Four analysts start in Leeds in the spring; they will handle client data."),
    MANAGING_DIRECTOR, "", DEMO_DAYS + 150, 0, ATTEST_CHANGE_STATUS_PLANNED, { -1, -1 }, "7.1 7.2", "" },
};

/* Day 125: the changes written into Attest, linked to the risks, controls
 * and documents they affect. */
static gboolean
add_changes (Demo             *demo,
             AttestWorkspace  *workspace,
             GPtrArray        *risks,
             GError          **error)
{
  at_office (demo, 125, 15, 30);
  for (guint i = 0; i < G_N_ELEMENTS (demo_changes); i++)
    {
      g_autofree char *planned = working_date_of (demo, demo_changes[i].planned);
      g_autofree char *reviewed = working_date_or_empty (demo, demo_changes[i].reviewed);
      g_auto(GStrv) documents = g_strsplit (demo_changes[i].documents, " ", -1);
      AttestRecord *change = g_object_new (ATTEST_TYPE_PLANNED_CHANGE,
                                           "title", tr (demo_changes[i].title),
                                           "reason", tr (demo_changes[i].reason),
                                           "owner", tr (demo_changes[i].owner),
                                           "planned-date", planned,
                                           "status", demo_changes[i].status,
                                           "consequences", tr (demo_changes[i].consequences),
                                           "reviewed-on", reviewed, NULL);

      if (!add_record (workspace, change, error))
        return FALSE;
      for (guint r = 0; r < G_N_ELEMENTS (demo_changes[i].risks); r++)
        if (demo_changes[i].risks[r] >= 0
            && !attest_workspace_link (workspace, "change-risk", change,
                                       g_ptr_array_index (risks, demo_changes[i].risks[r]), error))
          return FALSE;
      if (!demo_link_controls (workspace, "change-control", change, demo_changes[i].controls, error))
        return FALSE;
      for (guint d = 0; documents[d] != NULL; d++)
        {
          GPtrArray *found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_DOCUMENT_ENTRY, "identifier",
                                                              documents[d]);

          g_assert (found != NULL && found->len == 1);
          if (!attest_workspace_link (workspace, "change-document", change, g_ptr_array_index (found, 0), error))
            return FALSE;
        }
    }
  return TRUE;
}

/* What Fernhill's ISMS needs (7.1): days of the story (needed by,
 * provided on, 0 for none; a day after DEMO_DAYS is to come) and the
 * objective each serves, by its place in demo_objectives[] (-1 for none). */
static const struct
{
  const char *title, *purpose, *provider;
  AttestResourceKind kind;
  int needed, provided;
  AttestResourceStatus status;
  int objective;
} demo_resources[] = {
  { N_("Two days a week of the deputy managing director as ISMS manager"),
    N_("Running the ISMS: the registers, the reviews, the audits and the certification."), MANAGING_DIRECTOR,
    ATTEST_RESOURCE_KIND_PEOPLE, 14, 14, ATTEST_RESOURCE_STATUS_PROVIDED, -1 },
  { N_("Budget for the certification audits and a consultant's ten days"),
    N_("Stage 1 and stage 2 audits, and help with the risk assessment."), MANAGING_DIRECTOR,
    ATTEST_RESOURCE_KIND_BUDGET, 30, 28, ATTEST_RESOURCE_STATUS_PROVIDED, -1 },
  { N_("A second cloud region for the backups"), N_("Restores that do not depend on the primary region."),
    OPERATIONS, ATTEST_RESOURCE_KIND_TOOL, 95, 100, ATTEST_RESOURCE_STATUS_PROVIDED, 0 },
  { N_("Phishing simulations on the learning platform"), N_("A simulation every quarter, and training for those who click."),
    PEOPLE, ATTEST_RESOURCE_KIND_TOOL, DEMO_DAYS + 30, 0, ATTEST_RESOURCE_STATUS_APPROVED, 1 },
};

/* What Fernhill's ISMS communicates (7.4): days of the story (last done,
 * next due, 0 for none). */
static const DemoCommunication demo_communications[] = {
  { N_("The information security policy and the acceptable use policy"), N_("Every employee and contractor"),
    PEOPLE, N_("Read and signed on the learning platform"), N_("On joining, and when either changes"), 120, 0 },
  { N_("Security news and the results of the phishing simulation"), N_("All staff"), OPERATIONS,
    N_("A slot in the all-hands meeting"), N_("Every quarter"), 190, DEMO_DAYS + 41 },
  { N_("An incident that affects a client's data"), N_("The client's contact named in the contract"),
    MANAGING_DIRECTOR, N_("Phone call, then email, as the contract sets out"), N_("Within 24 hours of discovery"),
    0, 0 },
  { N_("How the ISMS performs: objectives, incidents, audits"), N_("The managing director"), OPERATIONS,
    N_("Report to the management review"), N_("Before each management review"), 199, DEMO_DAYS + 8 },
};

/* Fernhill's people who hold a role in its ISMS (5.3). */
static const DemoPerson demo_people[] = {
  { "Priya Natarajan", N_("Managing director"), N_("Management"), "priya.natarajan@fernhill.example" },
  { "Tom Okafor", N_("Deputy managing director"), N_("Management"), "tom.okafor@fernhill.example" },
  { "Hannah Byrne", N_("Head of analytics"), N_("Analysts"), "hannah.byrne@fernhill.example" },
  { "Daniel Mensah", N_("People, finance and privacy lead"), N_("Management"), "daniel.mensah@fernhill.example" },
};

/* The roles of Fernhill's ISMS (5.3), made known in the all-hands meeting
 * after the policy was approved. */
static const DemoRole demo_roles[] = {
  { N_("Managing director"), TRUE, FALSE, FALSE,
    N_("Leads the ISMS; sets the policy and the objectives; provides its resources; approves the scope, the risk "
       "method, the Statement of Applicability and the risk treatment plan; chairs the management review."),
    N_("Accepts residual risks above Medium; approves spending on the ISMS."),
    N_("Announced at the all-hands meeting; written in the ISMS handbook"), 45, "0" },
  { N_("ISMS manager"), FALSE, TRUE, TRUE,
    N_("Runs the ISMS day to day: keeps its registers, plans the internal audits, follows up corrective actions, "
       "and reports on how the ISMS performs to the managing director at each management review."),
    N_("May ask anyone for the information the ISMS needs; may stop a change that bypasses the change process."),
    N_("Announced at the all-hands meeting; written in the ISMS handbook and the job description"), 45, "1" },
  { N_("Risk owner"), FALSE, FALSE, FALSE,
    N_("Owns the risks given to them: decides how each is treated, approves its treatment plan and accepts its "
       "residual risk."),
    N_("Decides how their risks are treated and approves the treatment plan for them; a residual risk above "
       "Medium goes to the managing director."),
    N_("Told in the risk workshop, confirmed by email"), 60, "0 1 2 3" },
  { N_("Privacy lead"), FALSE, FALSE, FALSE,
    N_("Keeps the records of processing; answers requests from data subjects; reports personal data breaches."),
    N_("May stop a processing of personal data that breaks the law."),
    N_("Written in the job description; named in the privacy notice"), 45, "3" },
};

/* How Fernhill made its staff aware (7.3): days of the story. */
static const DemoAwareness demo_awareness[] = {
  { N_("Security induction: the policies, reporting an incident, spotting phishing"), TRUE, { NULL }, 30, OPERATIONS,
    N_("All 50 employees and the 2 contractors") },
  { N_("Briefing for risk owners: treating, approving and accepting risks"), FALSE,
    { N_("Management"), N_("Analysts"), NULL }, 58, OPERATIONS, N_("Priya Natarajan and Hannah Byrne; Daniel Mensah missed it and joins the next one") },
  { N_("Phishing simulation, and a debrief for those who clicked"), FALSE, { N_("Analysts"), NULL }, 150, OPERATIONS,
    N_("31 of 33 analysts") },
};

/* What Fernhill's roles require (7.2): indexes of demo_roles. */
static const DemoCompetence demo_competences[] = {
  { N_("Running an ISMS to ISO/IEC 27001"),
    N_("Keeping the registers, the risk assessment, internal audits and the management review going."), "1" },
  { N_("Risk assessment with the 5 × 5 method"),
    N_("Rating likelihood and impact on the method's scales, and choosing a treatment."), "2" },
  { N_("Data protection law"), N_("UK GDPR and the Data Protection Act 2018 as they apply to client data."), "3" },
};

/* Fernhill's evidence of competence: indexes of demo_people and
 * demo_competences; days of the story (0 for none; after DEMO_DAYS, to
 * come). */
static const DemoQualification demo_qualifications[] = {
  { 1, 0, ATTEST_QUALIFICATION_STATUS_HELD, ATTEST_QUALIFICATION_KIND_CERTIFICATE,
    N_("ISO/IEC 27001 lead implementer course"), 0, 25, DEMO_DAYS + 1000,
    N_("Certificate in the HR file; course record on the learning platform"), ATTEST_EFFECTIVENESS_EFFECTIVE },
  { 0, 1, ATTEST_QUALIFICATION_STATUS_HELD, ATTEST_QUALIFICATION_KIND_TRAINING, N_("The risk workshop"), 0, 58, 0,
    N_("Attendance list of the risk workshop"), ATTEST_EFFECTIVENESS_EFFECTIVE },
  { 1, 1, ATTEST_QUALIFICATION_STATUS_HELD, ATTEST_QUALIFICATION_KIND_TRAINING, N_("The risk workshop"), 0, 58, 0,
    N_("Attendance list of the risk workshop"), ATTEST_EFFECTIVENESS_EFFECTIVE },
  { 2, 1, ATTEST_QUALIFICATION_STATUS_HELD, ATTEST_QUALIFICATION_KIND_TRAINING, N_("The risk workshop"), 0, 58, 0,
    N_("Attendance list of the risk workshop"), ATTEST_EFFECTIVENESS_EFFECTIVE },
  { 3, 1, ATTEST_QUALIFICATION_STATUS_PLANNED, ATTEST_QUALIFICATION_KIND_TRAINING,
    N_("The next risk workshop, missed the first time"), DEMO_DAYS + 30, 0, 0, "", ATTEST_EFFECTIVENESS_NOT_EVALUATED },
  { 3, 2, ATTEST_QUALIFICATION_STATUS_HELD, ATTEST_QUALIFICATION_KIND_CERTIFICATE, "", 0, 10, DEMO_DAYS + 600,
    N_("Data protection practitioner certificate in the HR file"), ATTEST_EFFECTIVENESS_NOT_EVALUATED },
};

/* What Fernhill's ISMS relies on from outside (8.1): days of the story. */
static const DemoProvider demo_providers[] = {
  { "Stratus Cloud Ltd", N_("Hosting of the analysis platform and the backups, in two UK regions"), OPERATIONS,
    N_("Cloud services agreement with a data processing addendum, renewed every year"), 150, DEMO_DAYS + 150,
    "5.19 5.20 5.22 5.23" },
  { "Keystone Identity", N_("The identity provider: sign-in and multi-factor authentication for every account"),
    OPERATIONS, N_("Subscription terms and the security schedule"), 140, DEMO_DAYS + 140, "5.19 5.20 5.23" },
  { "Westbury Payroll Services", N_("Payroll, with the staff's personal data"), PEOPLE,
    N_("Payroll services contract and data processing agreement"), 90, DEMO_DAYS + 90, "5.19 5.20 5.34" },
};

/* What Fernhill's managing director showed for the ISMS (5.1): days of
 * the story. */
static const DemoCommitment demo_commitments[] = {
  { ATTEST_COMMITMENT_SETS_POLICY, N_("Approved the information security policy and the first objectives at the "
                                      "management meeting, against the plan for the year"), 42, "ISMS-POL-01" },
  { ATTEST_COMMITMENT_INTEGRATES, N_("Security checks added to the client onboarding checklist and to every change "
                                     "request"), 90, "" },
  { ATTEST_COMMITMENT_PROVIDES_RESOURCES, N_("Two days a week of the deputy managing director for the ISMS, and the "
                                             "certification, in the year's budget"), 50, "" },
  { ATTEST_COMMITMENT_COMMUNICATES, N_("A message to all staff on why the ISMS matters, then an all-hands meeting"),
    45, "" },
  { ATTEST_COMMITMENT_ENSURES_OUTCOMES, N_("The monthly ISMS review at the management meeting follows the objectives "
                                           "and the treatment plan"), 180, "ISMS-MR-01" },
  { ATTEST_COMMITMENT_SUPPORTS_PEOPLE, N_("Time for security work planned in each team, and a training budget for "
                                          "everyone"), 60, "" },
  { ATTEST_COMMITMENT_PROMOTES_IMPROVEMENT, N_("Lessons from the phishing simulation taken into the next awareness "
                                               "session, as the management meeting decided"), 195, "ISMS-MR-01" },
  { ATTEST_COMMITMENT_SUPPORTS_MANAGERS, N_("The head of analytics owns the risks of the analysis platform and is "
                                            "briefed by the ISMS manager every quarter"), 100, "" },
};

/* Day 200: the processes of Fernhill's ISMS (4.4) with the criteria each
 * is run to (8.1): days of the story when each last ran (0: not yet). */
static const DemoProcess demo_processes[] = {
  { N_("Context and interested parties review"), MANAGING_DIRECTOR, 20,
    N_("Every issue and requirement has an owner; the scope statement matches what the company does."),
    N_("The management review reads the updated context and approves the scope.") },
  { N_("Risk assessment"), OPERATIONS, 60,
    N_("Every asset in scope assessed by the method; every risk has an owner and a level."),
    N_("The ISMS lead checks the register against the asset list before the owners sign off.") },
  { N_("Risk treatment"), OPERATIONS, 90,
    N_("Every risk above the acceptance level has a treatment, actions with dates, and the owner's acceptance."),
    N_("Readiness in Attest shows no risk without a decision; the plan is approved.") },
  { N_("Change management"), OPERATIONS, 180,
    N_("No change to the platform or the office IT without a ticket, a review and a way back."),
    N_("A monthly sample of ten changes is checked for approval and testing.") },
  { N_("Document control"), OPERATIONS, 230,
    N_("Every document of the ISMS has an owner, a version, an approval and a review date."),
    N_("The document register in Attest flags any past review.") },
  { N_("Awareness and training"), PEOPLE, 150,
    N_("Every newcomer trained in the first week; everyone refreshed every year."),
    N_("The training records are compared with the staff list each quarter.") },
  { N_("Incident management"), OPERATIONS, 210,
    N_("Incidents acknowledged within four working hours; personal data breaches assessed within a day."),
    N_("The incident log's times are reviewed at each management review.") },
  { N_("Supplier management"), PEOPLE, 150,
    N_("Every supplier with access to client data has an agreement with security terms and a yearly review."),
    N_("The supplier list in Attest shows each review date.") },
  { N_("Monitoring and measurement"), ANALYTICS, 200,
    N_("Each objective's measure taken on time and reported."),
    N_("The quarterly report to the managing director lists any measure missed.") },
  { N_("Nonconformity and corrective action"), OPERATIONS, 220,
    N_("Every nonconformity has a cause found and an action with an owner and a date."),
    N_("Actions are checked for effect at the next management review.") },
  { N_("Management review"), MANAGING_DIRECTOR, 0,
    N_("Held at least once a year, and before each certification audit, with every input the standard asks for; "
       "decisions minuted."),
    N_("The ISMS lead checks the minutes against the agenda of inputs.") },
  { N_("Internal audit"), OPERATIONS, 0,
    N_("Every clause and every applicable control audited over the programme by someone independent of it."),
    N_("The programme in Attest shows what is audited and by whom.") },
};

/* The processes Fernhill's scope names: run by the head of analytics. */
static const DemoProcess demo_scope_process = {
  NULL, ANALYTICS, 230,
  N_("Client data handled only on the analysis platform, as the client's agreement says."),
  N_("A monthly check of access to each client's data against the project team."),
};

/* Day 200: what the ISMS needs and what it communicates, its people,
 * roles and awareness activities, written into Attest; a resource linked to the objective it
 * serves, a role to the people who hold it. */
static gboolean
add_support (Demo             *demo,
             AttestWorkspace  *workspace,
             GError          **error)
{
  GListModel *objectives = attest_workspace_get_records (workspace, ATTEST_TYPE_OBJECTIVE);

  at_office (demo, 200, 14, 0);
  for (guint i = 0; i < G_N_ELEMENTS (demo_resources); i++)
    {
      g_autofree char *needed = working_date_of (demo, demo_resources[i].needed);
      g_autofree char *provided = working_date_or_empty (demo, demo_resources[i].provided);
      AttestRecord *resource = g_object_new (ATTEST_TYPE_RESOURCE,
                                             "title", tr (demo_resources[i].title),
                                             "kind", demo_resources[i].kind,
                                             "purpose", tr (demo_resources[i].purpose),
                                             "provider", tr (demo_resources[i].provider),
                                             "needed-by", needed,
                                             "status", demo_resources[i].status,
                                             "provided-on", provided, NULL);

      if (!add_record (workspace, resource, error))
        return FALSE;
      if (demo_resources[i].objective >= 0)
        {
          g_autoptr(AttestRecord) objective = g_list_model_get_item (objectives, demo_resources[i].objective);

          if (!attest_workspace_link (workspace, "resource-objective", resource, objective, error))
            return FALSE;
        }
    }
  return demo_add_communications (demo, workspace, demo_communications, G_N_ELEMENTS (demo_communications), error)
         && demo_add_roles (demo, workspace, demo_people, G_N_ELEMENTS (demo_people), demo_roles,
                            G_N_ELEMENTS (demo_roles), error)
         && demo_add_awareness (demo, workspace, demo_awareness, G_N_ELEMENTS (demo_awareness), error)
         && demo_add_competence (demo, workspace, demo_competences, G_N_ELEMENTS (demo_competences),
                                 demo_qualifications, G_N_ELEMENTS (demo_qualifications), error)
         && demo_add_providers (demo, workspace, demo_providers, G_N_ELEMENTS (demo_providers), error)
         && demo_add_processes (demo, workspace, demo_processes, G_N_ELEMENTS (demo_processes), &demo_scope_process,
                                error)
         && demo_add_commitments (demo, workspace, demo_commitments, G_N_ELEMENTS (demo_commitments), error);
}

/* What Fernhill measures (9.1), set on day 205 with the year of figures its
 * reports already had, then measured on: the patch report monthly, the
 * restore test every half year, the phishing simulation every quarter (the
 * third of the year waits for the autumn induction weeks, so it is
 * overdue), the encryption check at each access review. */
static const DemoMetric demo_metrics[] = {
  { N_("Critical updates installed within 14 days"),
    N_("Share of the critical security updates released in the month that were installed on every server and "
       "laptop within 14 days"),
    N_("From the device management tool's monthly report: updates installed within 14 days, divided by the "
       "critical updates released that month"),
    1, ATTEST_CADENCE_MONTHS, OPERATIONS, N_("Managing director (Priya Natarajan)"),
    N_("At each monthly management meeting; a month under target is taken up with the operations team."),
    "95", ATTEST_TARGET_DIRECTION_AT_LEAST, "%", -1, "8.8 8.32",
    -94, 30, "91 94 96 97 93 98 97 99 96 98 97 99",
    N_("Laptops of staff on leave missed the window; the tool now installs at the next start."),
    N_("SharePoint › ISMS › Monitoring › Patch reports") },
  { N_("Time to restore a client's analysis environment"),
    N_("Hours from the start of the restore test to a client's analysis environment working again"),
    N_("Timed by the operations team at each restore test, from the test log"),
    6, ATTEST_CADENCE_MONTHS, OPERATIONS, N_("Managing director (Priya Natarajan)"),
    N_("After each test, at the next management meeting, against the objective of one working day."),
    "8", ATTEST_TARGET_DIRECTION_AT_MOST, N_("hours"), 0, "8.13 5.30",
    -140, 183, "12 9.5 7.5",
    N_("Restores ran from one region only; the second region for restores is planned."),
    N_("SharePoint › ISMS › Monitoring › Restore tests") },
  { N_("Staff who click the phishing simulation's link"),
    N_("Share of staff who click the link in the quarterly phishing simulation"),
    N_("The learning platform's report of each simulation: staff who clicked, divided by staff it was sent to"),
    3, ATTEST_CADENCE_MONTHS, PEOPLE, N_("Deputy managing director (Tom Okafor)"),
    N_("Each quarter at the management meeting, compared with the quarter before."),
    "5", ATTEST_TARGET_DIRECTION_AT_MOST, "%", 1, "6.3",
    -245, 90, "14 11 8 6 4.5",
    N_("Above target: the next simulation follows the phishing training."),
    N_("Learning platform › Simulation reports") },
  { N_("Client data sets found encrypted"),
    N_("Share of the client data sets in the asset inventory found encrypted at rest and in transit"),
    N_("Checked against the asset inventory at each quarterly access review"),
    3, ATTEST_CADENCE_MONTHS, OPERATIONS, N_("Head of analytics (Hannah Byrne)"),
    N_("At each access review; a data set found unencrypted is reported as an incident."),
    "100", ATTEST_TARGET_DIRECTION_AT_LEAST, "%", 2, "8.24",
    -60, 90, "96 98 100 100",
    N_("Two old project data sets on the legacy file server were unencrypted; reported and moved."),
    N_("SharePoint › ISMS › Monitoring › Access reviews") },
};

/* The documents Fernhill keeps on SharePoint, where its evidence is: the
 * policies, procedures, registers and minutes, each approved on a day of
 * the story and reviewed a year on, and the Annex A controls each serves;
 * an implemented control's evidence is the first document that serves it.
 * Operational planning, monitoring, internal audit and corrective action
 * have no entry yet: the sample shows what readiness says about them. */
static const DemoDocument demo_documents[] = {
  { "ISMS-POL-01", N_("Information security policy"), "1.0", MANAGING_DIRECTOR, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Policies"), 42, 365, "policy", "5.1 5.2 5.4 5.36" },
  { "ISMS-POL-02", N_("Acceptable use and remote working policy"), "1.3", PEOPLE, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Policies"), 42, 365, "", "5.10 5.14 6.7 7.7 7.9" },
  { "ISMS-DOC-01", N_("Document and record control procedure"), "1.2", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Procedures"), 42, 365, "documented-information", "5.33 5.37" },
  { "ISMS-REG-02", N_("Records of processing activities"), "1.3", PEOPLE, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Registers"), 42, 365, "", "5.34" },
  { "HR-PRC-01", N_("Joiners, movers and leavers procedure"), "1.4", PEOPLE, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Procedures"), 56, 365, "", "5.11 6.1 6.2 6.4 6.5 6.6" },
  { "ISMS-PRC-01", N_("Access control procedure"), "1.1", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Procedures"), 63, 365, "", "5.3 5.15 5.16 5.17 5.18 8.2 8.3 8.5" },
  { "ISMS-PRC-02", N_("Incident management procedure"), "1.2", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Procedures"), 63, 365, "", "5.5 5.6 5.7 5.24 5.25 5.26 5.27 5.28 6.8" },
  { "ISMS-OBJ-01", N_("Information security objectives"), "1.0", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Policies"), 70, 365, "objectives", "" },
  { "ISMS-REG-01", N_("Asset and data set inventory"), "1.1", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Registers"), 70, 365, "", "5.9 5.12 5.13 7.10 7.14 8.10" },
  { "ISMS-REG-03", N_("Legal, regulatory and contractual requirements register"), "1.0", MANAGING_DIRECTOR, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Registers"), 70, 365, "", "5.31 5.32" },
  { "FAC-SEC-01", N_("Office security arrangements with the landlord"), "1.0", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Procedures"), 71, 365, "", "7.1 7.2 7.3 7.4 7.6 7.8 7.13" },
  { "HR-TRN-03", N_("Training and competence records"), "4.0", PEOPLE, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Records"), 84, 365, "competence", "6.3" },
  { "ISMS-PRC-03", N_("Supplier security procedure"), "1.0", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Procedures"), 72, 365, "", "5.19 5.20 5.21 5.22 5.23" },
  { "ISMS-PLN-01", N_("Business continuity plan"), "1.1", MANAGING_DIRECTOR, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Plans"), 73, 365, "", "5.29 5.30 7.5 8.14" },
  { "ISMS-PRC-04", N_("Backup procedure"), "1.1", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Procedures"), 73, 365, "", "8.13" },
  { "ISMS-STD-01", N_("Laptop and cloud configuration standard"), "2.0", OPERATIONS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Standards"), 76, 365, "",
    "8.1 8.6 8.7 8.8 8.9 8.12 8.15 8.16 8.17 8.18 8.19 8.20 8.21 8.22 8.23 8.24" },
  { "ISMS-STD-02", N_("Secure development standard"), "1.0", ANALYTICS, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Standards"), 76, 365, "", "5.8 8.4 8.11 8.25 8.26 8.27 8.28 8.29 8.31 8.32 8.33 8.34" },
  { "ISMS-MR-01", N_("Management meeting minutes with the monthly ISMS review"), "1.0", MANAGING_DIRECTOR, MANAGING_DIRECTOR,
    N_("SharePoint › ISMS › Management meetings"), 112, 365, "management-review", "" },
};

/* Records of controls at work, kept beside the documents: an auditor
 * samples these, not only the policies (filed on day @day of the story). */
static const struct { const char *number, *title, *location; int day; } demo_records[] = {
  { "5.18", N_("Access review minutes: every user's rights to the analysis platform and file sharing checked, "
               "signed off by the deputy managing director"),
    N_("SharePoint › ISMS › Records › Access reviews"), 98 },
  { "6.3", N_("Phishing awareness training completion records of all staff, exported from the learning platform"),
    N_("SharePoint › ISMS › Records › Training"), 105 },
  { "8.8", N_("Monthly vulnerability scan reports of laptops and cloud accounts"),
    N_("Managed detection service portal › Reports; copies in SharePoint › ISMS › Records › Scans"), 110 },
  { "8.16", N_("Monthly monitoring report and alert log of the managed detection service"),
    N_("Managed detection service portal › Reports"), 112 },
  { "8.9", N_("Daily storage settings check results, with the exceptions followed up"),
    N_("Cloud console › Configuration checks; monthly summary in SharePoint › ISMS › Records"), 115 },
};

/* The register's entry that serves control @number first, or -1. */
static int
document_for (const char *number)
{
  return demo_document_for (demo_documents, G_N_ELEMENTS (demo_documents), number);
}

/* Where register entry @i is kept. */
static char *
location_of (guint i)
{
  return g_strdup (tr (demo_documents[i].location));
}

/* An evidence reference to register entry @i, by identifier, title and version. */
static char *
evidence_title_of (guint i)
{
  return demo_document_reference (&demo_documents[i]);
}

static gboolean
add_documents (Demo             *demo,
               AttestWorkspace  *workspace,
               GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_documents); i++)
    if (demo_add_register_document (demo, workspace, &demo_documents[i], error) == NULL)
      return FALSE;
  return TRUE;
}

/* Days 0 to 14: the organisation, its context and interested parties;
 * @met_requirements gets the requirements an Annex A control meets. */
static gboolean
add_context (Demo             *demo,
             AttestWorkspace  *workspace,
             GPtrArray        *met_requirements,
             GError          **error)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  /* The headquarters are the Bristol office: the other locations are the homes. */
  const char *locations[] = { _("Home working"), NULL };
  g_autofree char *target = working_date_of (demo, DEMO_DAYS + 180);

  at_office (demo, 0, 10, 0);
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
                "certification-target", target,
                "classification", _("Confidential"),
                "climate-relevance", ATTEST_CLIMATE_RELEVANCE_RELEVANT,
                "climate-statement", _("Climate change is relevant: floods and heat can close the office and "
                                       "suppliers' data centres, and clients ask for our climate commitments. "
                                       "See the context issue on climate change."),
                NULL);

  at_office (demo, 2, 9, 30);
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

  at_office (demo, 7, 14, 0);
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
          if (req->control != NULL)
            {
              g_object_set_data (G_OBJECT (record), "demo-control", (gpointer) req->control);
              g_ptr_array_add (met_requirements, record);
            }
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

  at_office (demo, 14, 10, 0);
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
                               "analysis of client data and reporting to clients, performed by the Analytics team, "
                               "the Operations team and the People and finance team at the Bristol office and when "
                               "working from home, using the cloud analysis platform, office IT and the legacy file "
                               "server until it is retired. The landlord's guest Wi-Fi for visitors is excluded. "
                               "Hosting by the cloud provider, the legacy file server's hosting by our former IT "
                               "supplier, payroll by the payroll bureau and monitoring by the managed detection "
                               "service are interfaces managed through supplier agreements."),
                               attest_record_get_string (org, "name"));
  g_object_set (scope, "statement", statement, NULL);
  return TRUE;
}

/* Who owns control @number in the small demo: the managing director leads,
 * the privacy lead has people and privacy, the head of analytics the
 * development of the analysis platform, the deputy managing director (who
 * runs operations) the rest. */
static const char *
small_owner (const char *number)
{
  static const char * const analytics[] = { "5.8", "8.4", "8.11", "8.25", "8.26", "8.27", "8.28", "8.29", "8.31",
                                            "8.33", NULL };

  if (g_str_equal (number, "5.1") || g_str_equal (number, "5.4"))
    return MANAGING_DIRECTOR;
  if (g_str_has_prefix (number, "6.") || g_str_equal (number, "5.34"))
    return PEOPLE;
  if (g_strv_contains (analytics, number))
    return ANALYTICS;
  return OPERATIONS;
}

/* Days 77 to 118: the Statement of Applicability, control by control;
 * then the controls that meet requirements of interested parties
 * (@met_requirements) are linked to them. */
static gboolean
add_soa (Demo             *demo,
         AttestWorkspace  *workspace,
         GPtrArray        *met_requirements,
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
      const char *written = "", *reasons = NULL;
      int document;

      at_office (demo, 77 + i * 40 / g_list_model_get_n_items (entries), 9, 30);   /* a theme a week or so */
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
       * each with its reason, a working day for what is still to do (spread
       * over the coming months), and for what is done a reference to the
       * document of the register that is its evidence, of the day it was
       * approved. */
      status = (i % 7 == 3) ? ATTEST_IMPLEMENTATION_PLANNED
             : (i % 5 == 1) ? ATTEST_IMPLEMENTATION_PARTIAL
             : ATTEST_IMPLEMENTATION_IMPLEMENTED;
      if (status != ATTEST_IMPLEMENTATION_IMPLEMENTED)
        target = working_date_of (demo, DEMO_DAYS + 30 + (i % 4) * 30);
      for (guint o = 0; o < G_N_ELEMENTS (demo_status); o++)
        if (g_str_equal (demo_status[o].number, control->number))
          {
            status = demo_status[o].status;
            g_clear_pointer (&target, g_free);
            if (status != ATTEST_IMPLEMENTATION_IMPLEMENTED)
              target = working_date_of (demo, demo_status[o].target);
          }
      for (guint r = 0; demo->size == ATTEST_DEMO_SMALL && r < G_N_ELEMENTS (demo_reasons); r++)
        if (g_str_equal (demo_reasons[r].number, control->number))
          {
            written = tr (demo_reasons[r].justification);
            reasons = demo_reasons[r].reasons;
          }
      g_object_set (entry,
                    "applicability", ATTEST_APPLICABILITY_APPLICABLE,
                    "status", status,
                    "owner", tr (demo->size == ATTEST_DEMO_LARGE
                                 ? (g_str_equal (control->number, "5.1") || g_str_equal (control->number, "5.4")
                                    ? GROUP_CHIEF_EXECUTIVE : GROUP_CISO)
                                 : small_owner (control->number)),
                    "reason-business", TRUE,
                    "reason-legal", reasons != NULL ? strchr (reasons, 'l') != NULL
                                    : g_str_equal (control->number, "5.31") || g_str_equal (control->number, "5.34"),
                    "reason-contractual", reasons != NULL ? strchr (reasons, 'c') != NULL
                                          : g_str_has_prefix (control->number, "5.2") || g_str_has_prefix (control->number, "8.1"),
                    "justification", written,
                    "target-date", target,
                    "last-reviewed", reviewed,
                    NULL);
      for (guint o = 0; status != ATTEST_IMPLEMENTATION_PLANNED && o < G_N_ELEMENTS (demo_records); o++)
        if (g_str_equal (demo_records[o].number, control->number))
          {
            g_autofree char *date = working_date_of (demo, demo_records[o].day);

            if (!add_record (workspace,
                             g_object_new (ATTEST_TYPE_EVIDENCE,
                                           "soa-entry-id", attest_record_get_id (entry),
                                           "title", tr (demo_records[o].title),
                                           "location", tr (demo_records[o].location),
                                           "date", date,
                                           NULL),
                             error))
              return FALSE;
          }
      document = document_for (control->number);
      if (status == ATTEST_IMPLEMENTATION_IMPLEMENTED && document >= 0)
        {
          g_autofree char *title = evidence_title_of (document);
          g_autofree char *location = location_of (document);
          g_autofree char *date = working_date_of (demo, demo_documents[document].approved);

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

  return demo_link_requirements (workspace, met_requirements, "demo-control", error);
}

/* The document register: what the organisation keeps outside Attest. */
static gboolean
add_documents_on (Demo             *demo,
                  AttestWorkspace  *workspace,
                  guint             day,
                  GError          **error)
{
  at_office (demo, day, 9, 0);
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
    int backup = document_for ("8.13");
    g_autofree char *procedure = evidence_title_of (backup);
    /* Translators: %s is the backup procedure as an evidence reference, "ISMS-PRC-04 Backup procedure v1.1" */
    g_autofree char *title = g_strdup_printf (_("%s and the first restore test record"), procedure);
    g_autofree char *location = location_of (backup);
    g_autofree char *date = working_date_of (demo, 190);

    at_office (demo, 190, 11, 0);
    g_object_set (entry, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, "target-date", "", NULL);
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
  {
    g_autofree char *due = working_date_of (demo, 270);

    /* The training moved to the autumn induction weeks. */
    at_office (demo, 195, 10, 0);
    g_object_set (g_ptr_array_index (actions, 1), "due-date", due, NULL);
  }
  return TRUE;
}

/* The risk owner @owner's decisions on the residual risk of their risks
 * (those with a decision), after their approval of the plan. */
static gboolean
decide_residual_risks (Demo             *demo,
                       AttestWorkspace  *workspace,
                       GPtrArray        *risks,
                       const char       *owner,
                       GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_risks); i++)
    if (demo_risks[i].decided != 0 && g_str_equal (demo_risks[i].owner, owner))
      {
        demo->now += (7 + i * 3) * MINUTE;
        keep_office_hours (demo);
        if (attest_risk_accept (workspace, g_ptr_array_index (risks, i), tr (owner),
                                ATTEST_ACCEPTANCE_ACCEPTED, tr (demo_risks[i].decision), error) == NULL)
          return FALSE;
      }
  return TRUE;
}

/* From day 151, on working days two apart: the risk owners approve the
 * draft of the plan for their risks, before top management approves it,
 * and decide on the residual risk of those whose actions are done. The
 * privacy lead has not approved it yet: his email risk awaits him. */
static gboolean
approve_plan_by_owners (Demo             *demo,
                        AttestWorkspace  *workspace,
                        GPtrArray        *risks,
                        GError          **error)
{
  int day = working_day (demo, 151);

  at_office (demo, day, 9, 30);
  if (attest_risks_approve_plan (workspace, tr (OPERATIONS),
                                 tr (N_("Approved for my four risks; the second region for restores is planned with the budget.")),
                                 error) == NULL
      || !decide_residual_risks (demo, workspace, risks, OPERATIONS, error))
    return FALSE;
  day = working_day (demo, day + 2);
  at_office (demo, day, 9, 30);
  if (attest_risks_approve_plan (workspace, tr (MANAGING_DIRECTOR),
                                 tr (N_("Approved for the flood risk, retained as it is.")), error) == NULL
      || !decide_residual_risks (demo, workspace, risks, MANAGING_DIRECTOR, error))
    return FALSE;
  day = working_day (demo, day + 2);
  at_office (demo, day, 11, 15);
  return attest_risks_approve_plan (workspace, tr (ANALYTICS),
                                    tr (N_("Approved for my two risks, with the dates agreed with operations.")),
                                    error) != NULL
         && decide_residual_risks (demo, workspace, risks, ANALYTICS, error);
}

/* Fernhill's policy, drafted in Attest and approved at the management
 * meeting of day 42 before the risk assessment began; its approved version
 * is published on SharePoint as ISMS-POL-01 (the register's entry). */
static const DemoPolicy demo_policy = {
  MANAGING_DIRECTOR, MANAGING_DIRECTOR,
  N_("First policy, drafted in Attest from our answers and read at the management meeting."), N_("Public"),
  N_("All staff and contractors"),
  N_("Email from the managing director, the intranet, and the induction of every newcomer"),
  N_("On our website, and to clients and the insurer on request"),
  OPERATIONS, N_("SharePoint › ISMS › Policies"),
};

/* Day 207: Fernhill's internal audit programme (9.2) for the three years
 * of its certificate, audited by an outside auditor so that no one audits
 * their own work; the first audit held on day 225, the second planned for
 * the spring. */
static const DemoProgramme demo_programme = {
  207, 3,
  N_("Every clause of 4 to 10 and every applicable Annex A control once in the three years of the certificate; "
     "risk assessment and treatment (6.1), performance evaluation (9) and the controls for access, backup and "
     "incidents every year."),
  N_("Interviews, samples of records in Attest and in the systems, and watching how the work is done; remote "
     "where the team works remotely."),
  N_("The ISMS manager plans the programme and follows up the findings; the audits are done by Whitfield "
     "Assurance, from outside, so that no one audits their own work; the managing director approves the "
     "programme."),
  N_("Each audit is planned a month ahead, with its scope, criteria and auditees, from the results of earlier "
     "audits, the risks and the changes to the ISMS."),
  N_("The auditor reports to the ISMS manager and the managing director within two weeks; nonconformities go "
     "to the corrective action register, and every result to the next management review."),
  OPERATIONS,
};

#define DEMO_AUDITOR N_("Grace Whitfield")

static const DemoAudit demo_audits[] = {
  { N_("Internal audit 1: context, leadership, risk and support"),
    N_("The ISMS of the analytics service: its context, scope, policy and roles, the risk assessment and "
       "treatment, the Statement of Applicability, and support (resources, competence, awareness, communication, "
       "documented information)."),
    N_("ISO/IEC 27001:2022 clauses 4 to 7, the Annex A controls listed, and Fernhill's own policies."),
    "4 5 6 7", "5.15 5.17 6.3 8.13",
    N_("Priya Natarajan, Tom Okafor, Hannah Byrne, Daniel Mensah"), DEMO_AUDITOR, 224, 225,
    N_("The ISMS is established as the standard requires and is working: the risk assessment is complete and "
       "current, and the treatment plan is being carried out. One minor nonconformity (evidence of competence), "
       "one observation and one opportunity for improvement."),
    N_("SharePoint › ISMS › Internal audits › IA-2026-01 report"),
    { { ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, "7.2",
        N_("The privacy lead's data protection course, named as evidence of competence, could not be shown: no "
           "certificate or record of attendance is kept."),
        N_("Competence register; interview with Daniel Mensah") },
      { ATTEST_FINDING_TYPE_OBSERVATION, "A.8.13",
        N_("The restore of the analytics database was tested once, before the backup service changed; the test "
           "plan does not say how often restores are tested."),
        N_("Backup log; the restore test record") },
      { ATTEST_FINDING_TYPE_OPPORTUNITY, "7.3",
        N_("The induction could show new staff the incident reporting form itself, not only where the policy "
           "is."),
        N_("Induction slides; two interviews with analysts") } } },
  { N_("Internal audit 2: operation, performance evaluation and improvement"),
    N_("Operational planning and control, the risk assessments and treatment carried out, monitoring and "
       "measurement, the management review, and corrective action."),
    N_("ISO/IEC 27001:2022 clauses 8 to 10, the Annex A controls listed, and Fernhill's own procedures."),
    "8 9 10", "5.24 5.25 5.26 8.8 8.15",
    N_("Tom Okafor, Hannah Byrne, the on-call analysts"), DEMO_AUDITOR, DEMO_DAYS + 70, 0, "", "",
    { { 0 } } },
};

/* Improvement (10): a leaver's account found still active by the monthly
 * access review in the spring, corrected, its causes removed and closed as
 * effective in the summer; the internal audit's nonconformity, its
 * actions planned and one still to do; the audit's opportunity taken up
 * and a suggestion from staff not decided yet. */
static const DemoNonconformity demo_nonconformities[] = {
  { N_("A leaver's account still active two weeks after they left"), ATTEST_NONCONFORMITY_SOURCE_MONITORING, "A.5.18",
    N_("The monthly access review found the account of an analyst who had left still active, with its access to "
       "the client data platform, fourteen days after their last day."),
    OPERATIONS, 130,
    N_("The account was disabled the same day and its platform tokens revoked."),
    N_("The sign-in logs since the last day were checked: the account was not used. The client was not affected, "
       "and no notification was needed."),
    130,
    N_("The leaver notice went by email to one person in operations, who was on leave that week; nothing else "
       "would have disabled the account before the monthly review."),
    N_("Every leaver of the past twelve months was checked against the sign-in logs: one contractor's account was "
       "disabled five days late, and not used. No other process depends on one person's mailbox in this way."),
    134, 136,
    { { N_("Send leaver notices to the operations ticket queue, not to a person"), OPERATIONS, 150, 143 },
      { N_("Check HR's leavers list against the active accounts every week"), PEOPLE, 160, 152 } },
    N_("Tom Okafor"), 200, ATTEST_EFFECTIVENESS_EFFECTIVE,
    N_("Six people have left since the actions were done: every account was disabled on their last day, and the "
       "weekly check found nothing to correct."),
    N_("The joiners, movers and leavers procedure names the ticket queue and the weekly check; the access "
       "review keeps its monthly rhythm."),
    ATTEST_NONCONFORMITY_STATE_CLOSED },
  { N_("No evidence kept of the privacy lead's data protection course"), ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING,
    "7.2", NULL, PEOPLE, 225,
    N_("The course provider was asked for the record of attendance, which is now in the competence register."),
    N_("The privacy lead's competence was not in doubt: only its evidence was missing. Nothing else depended on it."),
    226,
    N_("The competence register says which qualifications a role requires, but nothing says that the evidence is "
       "kept, and the onboarding checklist asks only for a CV."),
    N_("Two more of the fourteen qualifications held had no evidence kept: both are being collected under the "
       "same actions."),
    229, 230,
    { { N_("Say in the competence procedure that evidence is kept for every qualification"), PEOPLE, DEMO_DAYS - 4,
        233 },
      { N_("Add the evidence to the onboarding checklist, and collect it for the two other qualifications"), PEOPLE,
        DEMO_DAYS + 20, 0 } },
    NULL, 0, ATTEST_EFFECTIVENESS_NOT_EVALUATED, NULL, NULL,
    ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED },
};

static const DemoImprovement demo_improvements[] = {
  { N_("Show new staff the incident reporting form at induction"), ATTEST_IMPROVEMENT_SOURCE_AUDIT, "7.3",
    N_("The internal audit suggested that the induction show the incident reporting form itself, not only where "
       "the policy is."),
    226, ATTEST_IMPROVEMENT_DECISION_ADOPTED,
    N_("Cheap to do, and the audit's interviews showed that new analysts did not know the form."),
    OPERATIONS, DEMO_DAYS + 30, ATTEST_ACTION_STATUS_IN_PROGRESS, 0 },
  { N_("A shared password manager for the client platform's service accounts"), ATTEST_IMPROVEMENT_SOURCE_STAFF, NULL,
    N_("Two analysts suggested keeping the service accounts' credentials in the company's password manager "
       "instead of the operations vault, so that access follows the team's roles."),
    212, ATTEST_IMPROVEMENT_DECISION_PENDING, "", ANALYTICS, 0, ATTEST_ACTION_STATUS_OPEN, 0 },
};

/* Day 206: the auditor, from outside, joins the people of the ISMS; the
 * next day the programme and its audits. */
static gboolean
add_audits (Demo             *demo,
            AttestWorkspace  *workspace,
            GError          **error)
{
  at_office (demo, 206, 15, 0);
  return add_record (workspace,
                     g_object_new (ATTEST_TYPE_PERSON, "name", tr (DEMO_AUDITOR),
                                   "position", _("Internal auditor from Whitfield Assurance"),
                                   "contact", "grace@whitfield-assurance.example", NULL),
                     error)
         && demo_add_audits (demo, workspace, &demo_programme, demo_audits, G_N_ELEMENTS (demo_audits), 207,
                             error);
}

/* Fernhill's management reviews (9.3). The first, planned on day 196 for
 * day 202 and its inputs prepared on day 199, was held with the managing
 * director before the internal audit began: it decided an audit
 * programme, the objectives measured in Attest and a restore test from
 * the second region. The second is planned for a week from the story's
 * today, before the certification audit, to take in the internal audit's
 * results; its inputs were prepared on day 236, after the context
 * changed (day 234: an issue and a requirement brought up to date, a
 * requirement added). */
static const DemoReview demo_first_review = {
  N_("First management review of the ISMS"), 202, 202,
  { "Priya Natarajan", "Tom Okafor", "Hannah Byrne", "Daniel Mensah", NULL },
  { { ATTEST_REVIEW_TOPIC_ISSUES,
      N_("The context agreed in the spring still holds. Two more clients have asked about the certificate: the "
         "issue on tenders is to be brought up to date once they put it in writing.") },
    /* The leaver's account of the spring was recorded in Attest only after
     * this review, with the register of nonconformities: the review says so. */
    { ATTEST_REVIEW_TOPIC_NONCONFORMITIES,
      N_("One nonconformity since the spring, not in Attest yet: a leaver's account left active. Corrected the same "
         "day and its causes removed; whether that worked is being checked this week. The register moves into "
         "Attest with the audit programme.") },
    { ATTEST_REVIEW_TOPIC_MEASUREMENTS,
      N_("The objectives have measures, but none is recorded in Attest yet: the quarterly figures are in "
         "spreadsheets.") },
    { ATTEST_REVIEW_TOPIC_AUDITS,
      N_("No internal audit yet. The first must be held before the certification audit, by someone who does not "
         "audit their own work.") },
    { ATTEST_REVIEW_TOPIC_PARTY_FEEDBACK,
      N_("The cyber insurer asked at the renewal for a restore test every quarter; no client raised a concern.") },
    { ATTEST_REVIEW_TOPIC_RISKS,
      N_("The treatment plan is on time but for the second region for restores, which has not been tested yet.") },
    { 0, NULL } },
  N_("An internal audit programme with an auditor from outside; the objectives measured in Attest every quarter; "
     "the staff's suggestions collected as opportunities for improvement."),
  N_("No change to the scope until the Leeds office is decided. The resources stay as budgeted. The restore test "
     "from the second region is brought forward to before the certification audit."),
  N_("SharePoint › ISMS › Management reviews › first review, minutes signed by the managing director"),
  { { N_("Appoint an internal auditor from outside and set up the audit programme"), OPERATIONS, 215, 207,
      ATTEST_ACTION_STATUS_DONE },
    { N_("Record the objectives' measures in Attest and measure them every quarter"), ANALYTICS, 210, 205,
      ATTEST_ACTION_STATUS_DONE },
    /* Due before the next review, which it reports to. */
    { N_("Test a restore from the second region and report its time to the next review"), OPERATIONS,
      DEMO_DAYS + 6, 0, ATTEST_ACTION_STATUS_IN_PROGRESS },
    { NULL } },
};

static const DemoReview demo_second_review = {
  N_("Management review before the certification audit"), DEMO_DAYS + 8, 0,
  { NULL }, { { 0, NULL } }, NULL, NULL, NULL, { { NULL } },
};

/* Day 196: the first management review planned; day 199: its inputs
 * prepared, with the report on how the ISMS performs. */
static AttestRecord *
plan_first_review (Demo             *demo,
                   AttestWorkspace  *workspace,
                   GError          **error)
{
  AttestRecord *review = demo_plan_review (demo, workspace, &demo_first_review, 196, error);

  if (review == NULL || !demo_prepare_review (demo, workspace, review, 199, 16, error))
    return NULL;
  return review;
}

/* Day 234 (or the working day before), between the two reviews: the
 * context changes. Two more clients ask for the certificate, the clients
 * ask to be told of new subcontractors, and the insurer's restore tests
 * are now written into the backup procedure. */
static gboolean
change_context (Demo             *demo,
                AttestWorkspace  *workspace,
                GError          **error)
{
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  GListModel *parties = attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY);
  GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);

  at_office (demo, working_day_before (demo, 234), 10, 0);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);

      if (g_str_equal (attest_record_get_string (issue, "title"), _("Clients require certification in tenders")))
        g_object_set (issue,
                      "description", _("Four of our five largest clients now ask for ISO/IEC 27001 certification; "
                                       "two of them will not renew next spring without it."),
                      "effect", _("Without a certificate by the spring we lose two renewals, and cannot bid for "
                                  "the others from next year."),
                      NULL);
    }
  at_office (demo, working_day_before (demo, 234), 11, 0);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(AttestRecord) party = g_list_model_get_item (parties, i);

      if (g_str_equal (attest_record_get_string (party, "name"), _("Clients"))
          && !add_record (workspace,
                          g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party),
                                        "text", _("Be told before a new subcontractor handles their data."),
                                        "kind", ATTEST_REQUIREMENT_KIND_CONTRACTUAL, "addressed", TRUE,
                                        "how-addressed", _("The list of subprocessors in each data processing "
                                                           "agreement, sent to the client a month before a change."),
                                        NULL),
                          error))
        return FALSE;
    }
  at_office (demo, working_day_before (demo, 234), 11, 30);
  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(AttestRecord) requirement = g_list_model_get_item (requirements, i);

      if (g_str_equal (attest_record_get_string (requirement, "text"),
                       _("A restore test from the backups every quarter.")))
        g_object_set (requirement, "how-addressed",
                      _("Partly: two restore tests are done (A.8.13); the backup procedure, ISMS-PRC-04, now sets a "
                        "test every quarter, the next from the second region."), NULL);
    }
  return TRUE;
}

/* Day 235: the second review planned, for a week after the story's today;
 * day 236: its inputs prepared, from what changed since the first (each
 * the working day before when it is a day off, so that the story never
 * runs into today). */
static gboolean
plan_second_review (Demo             *demo,
                    AttestWorkspace  *workspace,
                    GError          **error)
{
  AttestRecord *review = demo_plan_review (demo, workspace, &demo_second_review, working_day_before (demo, 235),
                                           error);

  return review != NULL
         && demo_prepare_review (demo, workspace, review, working_day_before (demo, 236), 15, error);
}

/* The whole story, in the order it happened. The large demo tells a
 * story of its own (attest-demo-large.c). */
static gboolean
add_demo (Demo             *demo,
          AttestWorkspace  *workspace,
          GError          **error)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  g_autoptr(GPtrArray) insurer_requirements = g_ptr_array_new ();
  g_autoptr(GPtrArray) risks = g_ptr_array_new ();
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  const char *top = MANAGING_DIRECTOR;
  AttestRecord *review;

  if (demo->size == ATTEST_DEMO_LARGE)
    return attest_demo_add_large (demo, workspace, error);
  if (!add_context (demo, workspace, insurer_requirements, error)
      || !add_scope (demo, workspace, error)
      || !approve (demo, workspace, "scope", 21, top,
                   N_("Scope agreed at the management meeting."), error))
    return FALSE;

  at (demo, 28, 10);
  g_object_set (method, "review-triggers",
                _("a new client contract or service, a significant incident, a change of cloud provider, "
                  "or a change in the law."),
                "escalation-level", 2,
                "escalation-authority", tr (MANAGING_DIRECTOR),
                NULL);
  if (!approve (demo, workspace, "risk-method", 35, top,
                N_("The 5 × 5 method: a risk at Medium or lower is acceptable as it is; a residual risk at High or "
                   "Critical is accepted only with the managing director's decision."), error)
      || !demo_add_policy (demo, workspace, &demo_policy, 42, error)
      || !add_risks (demo, workspace, risks, error)
      || !add_soa (demo, workspace, insurer_requirements, error)
      || !add_treatment (demo, workspace, risks, actions, error)
      || !add_objectives (demo, workspace, risks, error)
      || !add_documents_on (demo, workspace, 120, error)
      || !add_changes (demo, workspace, risks, error)
      || !approve_plan_by_owners (demo, workspace, risks, error)
      || !approve (demo, workspace, "treatment-plan", 157, top,
                   N_("Approved after three of the risk owners approved the draft for their risks; the privacy "
                      "lead's approval for the email risk is awaited."), error)
      || !approve (demo, workspace, "soa", 160, top,
                   N_("First approved Statement of Applicability."), error))
    return FALSE;
  if (!add_since (demo, workspace, actions, error)
      || (review = plan_first_review (demo, workspace, error)) == NULL
      || !add_support (demo, workspace, error)
      || !demo_hold_review (demo, workspace, review, &demo_first_review, error)
      || !demo_add_metrics (demo, workspace, demo_metrics, G_N_ELEMENTS (demo_metrics), 205, error)
      || !add_audits (demo, workspace, error))
    return FALSE;
  demo_finish_review_actions (demo, workspace, review, &demo_first_review);
  return demo_add_nonconformities (demo, workspace, demo_nonconformities, G_N_ELEMENTS (demo_nonconformities),
                                   error)
         && demo_add_improvements (demo, workspace, demo_improvements, G_N_ELEMENTS (demo_improvements), error)
         && change_context (demo, workspace, error)
         && plan_second_review (demo, workspace, error);
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
