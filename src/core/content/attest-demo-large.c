/* attest-demo-large.c: the large demo, Meridian Holdings Group plc.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-demo"

#include "config.h"

#include "attest-demo-private.h"

#include "attest-asset.h"
#include "attest-catalog.h"
#include "attest-context-issue.h"
#include "attest-document-entry.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-evidence.h"
#include "attest-objective.h"
#include "attest-planned-change.h"
#include "attest-resource.h"
#include "attest-communication.h"
#include "attest-interested-party.h"
#include "attest-isms-document.h"
#include "attest-organisation.h"
#include "attest-requirement.h"
#include "attest-risk.h"
#include "attest-risk-method.h"
#include "attest-risks.h"
#include "attest-scope.h"
#include "attest-scope-item.h"
#include "attest-setup.h"
#include "attest-soa-entry.h"
#include "attest-threat.h"
#include "attest-treatment-action.h"
#include "attest-vulnerability.h"

/* Meridian Holdings Group plc: a Leeds-based group of 40 companies whose
 * shared services (finance, HR, IT and security operations) and group data
 * centres in Leeds and Sheffield serve them all. Its ISMS covers the group
 * and 37 of its companies; three are certified on their own. It is large
 * for benchmarks (thousands of risks, parties, requirements and scope
 * items), and every one of its records belongs to its story: the records
 * are generated, from a fixed seed, by combining its companies with their
 * functions, systems, sites and the threats to them. Every name is
 * invented. */

/* The group's people, as its records name them. */
#define GROUP_CHIEF_EXECUTIVE N_("Group chief executive (Eleanor Whitfield)")
#define GROUP_CISO N_("Group chief information security officer (Rajesh Iyer)")
#define GROUP_CIO N_("Group chief information officer (Martin Oduya)")
#define GROUP_DPO N_("Group data protection officer (Claire Fenwick)")
#define GROUP_HR N_("Group HR director (Simon Achebe)")
#define GROUP_FINANCE N_("Group finance director (Ruth Adeyemi)")
#define GROUP_PROCUREMENT N_("Group head of procurement (David Kerr)")
#define GROUP_DATA_CENTRES N_("Head of group data centres (Joanna Pryce)")
#define GROUP_FACILITIES N_("Head of group property and facilities (Neil Ashworth)")
#define GROUP_AUDIT N_("Head of group internal audit (Alan Whitaker)")
#define GROUP_BOARD N_("Board of Meridian Holdings Group plc")

/* The companies: the first 37 are in the group's scope, the last three run
 * an ISMS certified on their own and are interfaces of the group's. */
typedef struct
{
  const char *name;
  const char *town;
  const char *managing_director;
  const char *head_of_it;
  const char *system;      /* its own line-of-business system */
} Company;

#define N_IN_SCOPE 37

static const Company companies[] = {
  { "Meridian Logistics", "Wakefield", "Sarah Cole", "Adam Reid", N_("transport management system") },
  { "Meridian Payments", "Leeds", "Arjun Mehta", "Hannah Lowe", N_("card processing gateway") },
  { "Meridian Retail", "York", "Fiona Grant", "Jamal Osei", N_("point-of-sale platform") },
  { "Meridian Foods", "Hull", "Kwame Boateng", "Natalie Price", N_("production planning system") },
  { "Meridian Property", "Harrogate", "Helen Shaw", "Craig Dunn", N_("lettings and tenancy system") },
  { "Meridian Health", "Bradford", "Tomasz Nowak", "Aisha Begum", N_("clinic booking system") },
  { "Meridian Engineering", "Sheffield", "Grace Liu", "Philip Moore", N_("drawing vault") },
  { "Meridian Leisure", "Scarborough", "Owen Price", "Kirsty Lang", N_("membership and booking system") },
  { "Meridian Energy", "Doncaster", "Amira Haddad", "Stuart Bell", N_("metering platform") },
  { "Meridian Digital", "Leeds", "Lewis Barker", "Mei Chen", N_("software build pipeline") },
  { "Meridian Underwriting", "Leeds", "Nadia Rahman", "Gavin Ross", N_("policy administration system") },
  { "Meridian Fleet", "Rotherham", "Connor Walsh", "Emma Pickering", N_("vehicle tracking platform") },
  { "Aire Valley Haulage", "Keighley", "Imran Siddiqui", "Rachel Hirst", N_("freight booking system") },
  { "Calder Cold Storage", "Halifax", "Beth Marsden", "Tom Ingham", N_("temperature monitoring system") },
  { "Pennine Packaging", "Huddersfield", "Gareth Hughes", "Nina Patel", N_("production line controllers") },
  { "Wharfedale Bakeries", "Otley", "Lucy Harper", "Dominic Hale", N_("order and dispatch system") },
  { "Northgate Pharmacy", "Barnsley", "Samir Khan", "Joanne Firth", N_("dispensing system") },
  { "Kirkstall Print", "Leeds", "Anna Kowalski", "Marcus Webb", N_("prepress workflow system") },
  { "Humber Port Services", "Grimsby", "Ian Brooke", "Sunita Rao", N_("vessel and cargo system") },
  { "Ridings Recruitment", "Wakefield", "Priti Shah", "Callum Fraser", N_("applicant tracking system") },
  { "Ouse Valley Homes", "Selby", "Mark Ellison", "Zara Hussain", N_("sales and reservations system") },
  { "Don Valley Steel Services", "Rotherham", "Karen Doyle", "Viktor Novak", N_("plant maintenance system") },
  { "Dales Dairy", "Skipton", "Robert Metcalfe", "Ellie Thornton", N_("milk collection scheduling system") },
  { "Holme Valley Textiles", "Holmfirth", "Jenny Liddle", "Ravi Kapoor", N_("stock and pattern system") },
  { "Meridian Travel", "Manchester", "Yusuf Ali", "Laura Bennett", N_("booking engine") },
  { "Meridian Security Services", "Bradford", "Colin Baxter", "Shabana Akhtar", N_("alarm receiving platform") },
  { "Meridian Facilities Management", "Leeds", "Sophie Clarke", "Jack Wilson", N_("helpdesk and job system") },
  { "Meridian Learning", "Durham", "Abigail Moss", "Daniel Kerr", N_("course platform") },
  { "Meridian Care Homes", "Ripon", "Patricia Obi", "Gary Stead", N_("resident records system") },
  { "Meridian Hire", "Castleford", "Darren Kelly", "Fatima Zahra", N_("equipment booking system") },
  { "Meridian Wholesale", "Batley", "Hamza Rauf", "Claire Dobson", N_("warehouse management system") },
  { "Meridian Media", "Salford", "Chloe Evans", "Peter Quinn", N_("content management system") },
  { "Meridian Legal Services", "Leeds", "Victoria Lamb", "Oliver Sykes", N_("case management system") },
  { "Meridian Telecom", "Sheffield", "Ben Okonjo", "Ewa Zielinska", N_("network provisioning system") },
  { "Meridian Auto Parts", "Dewsbury", "Steven Marsh", "Leah Simpson", N_("catalogue and ordering system") },
  { "Meridian Water Services", "Pontefract", "Olga Petrova", "Harry Jowett", N_("telemetry system") },
  { "Meridian Environmental", "Doncaster", "Liam Hartley", "Rosa Martinez", N_("waste collection routing system") },
  /* Certified on their own. */
  { "Meridian Clinical Trials", "Newcastle", "Andrew Tait", "", "" },
  { "Meridian Pensions Administration", "Leeds", "Margaret Oyelaran", "", "" },
  { "Meridian Contact Centres", "Sunderland", "Kevin Nolan", "", "" },
};

/* The people of each company, as "Managing director, Meridian Foods (Kwame
 * Boateng)": risk owners and action owners. */
typedef struct
{
  Demo      *demo;
  GRand     *rand;
  char      *managing_director[G_N_ELEMENTS (companies)];
  char      *head_of_it[G_N_ELEMENTS (companies)];
  GPtrArray *assets;         /* per company, then the group's */
  GPtrArray *threats;
  GPtrArray *vulnerabilities;
  GPtrArray *requirements;   /* the group's, linked to the controls they bring in */
} Large;

static void
large_clear (Large *large)
{
  for (guint c = 0; c < G_N_ELEMENTS (companies); c++)
    {
      g_free (large->managing_director[c]);
      g_free (large->head_of_it[c]);
    }
  g_clear_pointer (&large->assets, g_ptr_array_unref);
  g_clear_pointer (&large->threats, g_ptr_array_unref);
  g_clear_pointer (&large->vulnerabilities, g_ptr_array_unref);
  g_clear_pointer (&large->requirements, g_ptr_array_unref);
  g_clear_pointer (&large->rand, g_rand_free);
}

/* "Meridian Foods: legacy systems out of support": one of a company's records. */
static char *
of_company (guint       company,
            const char *what)
{
  /* Translators: a record of one of the large demo's companies: "Meridian
   * Foods: dependence on one haulier"; the first %s is the company. */
  return g_strdup_printf (_("%s: %s"), companies[company].name, tr (what));
}

/* Days 0 to 14: the group, its context and interested parties. */

typedef struct
{
  AttestIssueOrigin   origin;
  AttestIssueCategory category;
  const char         *title;
  const char         *description;
  const char         *effect;
  const char         *treatment;
} LargeIssue;

static const LargeIssue group_issues[] = {
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("Ransomware against groups with shared IT"),
    N_("Attackers target holding groups whose companies share identity and ERP platforms."),
    N_("One compromise could stop many operating companies at once."),
    N_("Group security operations centre, segmented networks, immutable backups.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_GOVERNANCE,
    N_("Board risk committee and 40 company boards"),
    N_("The group board's risk committee oversees the ISMS; each company's managing director owns its risks."),
    N_("Decisions need both the group and the company; accountability can blur."),
    N_("Group ISMS charter: a risk at Medium or lower is acceptable as it is; a risk above Medium is treated "
       "until its residual level is Medium or lower, or its owner accepts the residual risk explicitly; a "
       "residual risk at Critical is accepted only with the decision of the board risk committee.") },
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
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("Two data centres run by group IT"),
    N_("Group IT runs the data centres in Leeds and Sheffield, their power, cooling and cabling included."),
    N_("A failure of power, cooling or cabling can stop the shared platforms of every company."),
    N_("Generators, UPS and cooling maintained and tested; the Sheffield data centre takes over from Leeds.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CAPABILITIES,
    N_("Software built in the group and bought in"),
    N_("Meridian Digital builds the group's customer-facing software, partly with outside developers; "
       "the companies buy hundreds of services."),
    N_("Flaws in software written outside the group reach customers and shared platforms."),
    N_("Secure development rules for in-house and outsourced development; supplier assurance by group procurement.") },
};

/* What the companies report in the yearly context review: every company
 * has these, each in its own words. */
static const struct
{
  AttestIssueOrigin   origin;
  AttestIssueCategory category;
  const char         *title;
  const char         *effect;
} company_issues[] = {
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ECONOMIC, N_("larger customers ask for certification"),
    N_("Tenders are lost without evidence of certification.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ECONOMIC, N_("margins under pressure from rising costs"),
    N_("Less budget for improvements at the company.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL, N_("phishing aimed at its finance team"),
    N_("Invoice fraud and stolen passwords.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL, N_("dependence on one software vendor"),
    N_("A vendor failure stops daily work.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_LEGAL, N_("customers' personal details under data protection law"),
    N_("Breaches must be reported within 72 hours.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_LEGAL, N_("new sector regulation expected next year"),
    N_("Processes and reporting may have to change.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_POLITICAL, N_("public contracts setting minimum controls"),
    N_("Contract terms set minimum controls.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_SOCIAL, N_("staff expect hybrid work"),
    N_("Information is handled at home and on the move.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_SOCIAL, N_("scarce skilled technicians locally"),
    N_("Vacancies stay open; knowledge sits with few people.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ENVIRONMENTAL, N_("flood risk near its main premises"),
    N_("Premises may be unusable for days.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ENVIRONMENTAL, N_("summer heat in unventilated rooms"),
    N_("Equipment fails in heatwaves.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE, N_("customers ask for climate reporting"),
    N_("Contracts need evidence of climate commitments.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL, N_("cloud subscriptions bought by teams"),
    N_("Unapproved services hold company information.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_ECONOMIC, N_("reliance on a few large customers"),
    N_("Losing one contract hurts the whole company.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_GOVERNANCE, N_("managing director also chairs the risk review"),
    N_("Little independent challenge of decisions.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_GOVERNANCE, N_("migration onto group platforms"),
    N_("Old and new ways of working side by side.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CULTURE, N_("informal sharing of passwords"),
    N_("Actions cannot be traced to a person.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CULTURE, N_("good reporting of near misses"),
    N_("Incidents are found early.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CAPABILITIES, N_("small IT team"),
    N_("Little time for monitoring and improvement.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_CAPABILITIES, N_("no deputy for key roles"),
    N_("Absence stops decisions and support.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS, N_("legacy applications out of support"),
    N_("Security fixes no longer arrive.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS, N_("spreadsheets kept beside the ERP"),
    N_("Figures differ and copies spread.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS, N_("shop-floor equipment on the office network"),
    N_("Malware can spread to production.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_OTHER, N_("acquired two years ago"),
    N_("Some contracts and habits predate the group.") },
  { ATTEST_ISSUE_ORIGIN_INTERNAL, ATTEST_ISSUE_CATEGORY_OTHER, N_("seasonal peaks with temporary workers"),
    N_("Accounts are created and removed in a hurry.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_POLITICAL, N_("rules on moving information abroad"),
    N_("Some suppliers cannot be used.") },
  { ATTEST_ISSUE_ORIGIN_EXTERNAL, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL, N_("older machines at branch premises"),
    N_("Devices miss security updates.") },
};

static const char * const issue_treatments[] = {
  N_("In the company's risk assessment, under group policies."),
  N_("Reviewed at the company's quarterly ISMS review."),
  N_("Tracked in the group risk register."),
  N_("Part of the group ISMS programme."),
};

typedef struct
{
  AttestRequirementKind kind;
  const char           *text;
  const char           *how;
} LargeRequirement;

/* The group's own interested parties, with what they require. */
static const struct
{
  AttestPartyKind  kind;
  const char      *name;
  const char      *relevance;
  LargeRequirement requirements[3];
  const char      *controls;   /* the control each requirement brings in, by number */
} group_parties[] = {
  { ATTEST_PARTY_KIND_SHAREHOLDER, N_("Shareholders of Meridian Holdings Group plc"),
    N_("They own the group and expect its risks to be governed."),
    { { ATTEST_REQUIREMENT_KIND_REGULATORY, N_("Principal risks, cyber risk among them, reported in the annual report."),
        N_("Board risk committee reporting by the group CISO.") },
      { ATTEST_REQUIREMENT_KIND_OTHER, N_("Certification of the group ISMS within budget."),
        N_("ISMS programme reported to the board each quarter.") } },
    "5.1 5.4" },
  { ATTEST_PARTY_KIND_REGULATOR, N_("Information Commissioner's Office"),
    N_("Supervises how every company of the group processes personal data."),
    { { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Report personal data breaches within 72 hours."),
        N_("Group incident procedure and breach register kept by the group DPO.") },
      { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Keep records of processing for each company."),
        N_("Group privacy programme: records of processing per company.") } },
    "5.26 5.34" },
  { ATTEST_PARTY_KIND_REGULATOR, N_("Financial Conduct Authority"),
    N_("Authorises Meridian Payments and Meridian Underwriting."),
    { { ATTEST_REQUIREMENT_KIND_REGULATORY, N_("Operational resilience: important business services within impact tolerances."),
        N_("Continuity plans and tests for the regulated companies.") } },
    "5.30" },
  { ATTEST_PARTY_KIND_PARTNER, N_("Card schemes and acquiring bank"),
    N_("Let Meridian Payments and the retail companies take card payments."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("PCI DSS compliance of the cardholder data environment."),
        N_("PCI DSS scope kept to Meridian Payments; yearly assessment.") } },
    "8.24" },
  { ATTEST_PARTY_KIND_INSURER, N_("Group cyber insurer"),
    N_("Covers the cost of incidents if the group's controls meet its conditions."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Multi-factor authentication on all remote and administrator access."),
        N_("Enforced by the group identity platform.") },
      { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Immutable backups, restores tested every quarter."),
        N_("Group backup platform; restore tests recorded by group IT.") } },
    "8.5 8.13" },
  { ATTEST_PARTY_KIND_CERTIFICATION_BODY, N_("Certification body"),
    N_("Audits the group ISMS for certification."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Access to records, sites and people during audits."),
        N_("Audit pack from Attest; audit plan agreed with the group CISO.") } },
    "5.35" },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("Group cloud providers"),
    N_("Host the customer-facing services of the companies."),
    { { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Customers secure their own accounts and configurations."),
        N_("Cloud configuration baseline and monitoring by the security operations centre.") } },
    "5.23" },
};

/* Who each company deals with, and why they matter to it. */
static const struct
{
  AttestPartyKind kind;
  const char     *name;
  const char     *relevance;
} company_parties[] = {
  { ATTEST_PARTY_KIND_CUSTOMER, N_("business customers"), N_("Buy under contracts with security clauses.") },
  { ATTEST_PARTY_KIND_CUSTOMER, N_("consumers"), N_("Give the company their personal data.") },
  { ATTEST_PARTY_KIND_CUSTOMER, N_("public sector buyers"), N_("Buy under public contracts.") },
  { ATTEST_PARTY_KIND_CUSTOMER, N_("key accounts"), N_("Bring most of the revenue.") },
  { ATTEST_PARTY_KIND_CUSTOMER, N_("online buyers"), N_("Order and pay through the website.") },
  { ATTEST_PARTY_KIND_EMPLOYEE, N_("employees"), N_("Handle the company's information every day.") },
  { ATTEST_PARTY_KIND_EMPLOYEE, N_("agency workers"), N_("Work at peaks with short notice.") },
  { ATTEST_PARTY_KIND_EMPLOYEE, N_("apprentices"), N_("Learn the company's procedures.") },
  { ATTEST_PARTY_KIND_EMPLOYEE, N_("trade union representatives"), N_("Speak for staff on monitoring and conduct.") },
  { ATTEST_PARTY_KIND_EMPLOYEE, N_("managers"), N_("Approve access and lead their teams.") },
  { ATTEST_PARTY_KIND_REGULATOR, N_("local licensing authority"), N_("Licenses the company's premises.") },
  { ATTEST_PARTY_KIND_REGULATOR, N_("trading standards"), N_("Enforces consumer law.") },
  { ATTEST_PARTY_KIND_REGULATOR, N_("safety inspectors"), N_("Inspect working conditions.") },
  { ATTEST_PARTY_KIND_REGULATOR, N_("tax authority"), N_("Receives returns and payroll data.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("IT support partner"), N_("Has administrator access to company devices.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("software vendor"), N_("Supplies and updates the line-of-business application.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("telecoms provider"), N_("Connects the premises.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("courier"), N_("Carries parcels and documents.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("cleaning contractor"), N_("Works on the premises out of hours.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("guarding contractor"), N_("Controls entry to the premises.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("shredding contractor"), N_("Destroys paper and old media.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("maintenance contractor"), N_("Services plant and building systems.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("marketing agency"), N_("Runs campaigns with customer contact details.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("web hosting firm"), N_("Hosts the public website.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("payroll bureau"), N_("Pays staff from data sent monthly.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("staffing agency"), N_("Holds candidates' personal data.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("hardware reseller"), N_("Supplies and collects equipment.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("freight forwarder"), N_("Moves goods abroad with shipping documents.") },
  { ATTEST_PARTY_KIND_SUPPLIER, N_("outsourced developers"), N_("Change the company's applications.") },
  { ATTEST_PARTY_KIND_INSURER, N_("broker"), N_("Arranges insurance cover and claims.") },
  { ATTEST_PARTY_KIND_PUBLIC, N_("neighbouring residents"), N_("Live near the premises.") },
  { ATTEST_PARTY_KIND_PUBLIC, N_("local press"), N_("Reports incidents at the company.") },
  { ATTEST_PARTY_KIND_PARTNER, N_("distribution partners"), N_("Sell the company's products.") },
  { ATTEST_PARTY_KIND_PARTNER, N_("joint venture partner"), N_("Shares a project and its information.") },
  { ATTEST_PARTY_KIND_PARTNER, N_("franchisees"), N_("Use the company's brand and systems.") },
  { ATTEST_PARTY_KIND_PARTNER, N_("bank"), N_("Holds the accounts and payment services.") },
  { ATTEST_PARTY_KIND_OTHER, N_("landlord"), N_("Owns the premises and their building services.") },
  { ATTEST_PARTY_KIND_OTHER, N_("pension trustees"), N_("Receive members' personal data.") },
  { ATTEST_PARTY_KIND_OTHER, N_("external auditors"), N_("Audit the accounts and access finance records.") },
  { ATTEST_PARTY_KIND_OTHER, N_("charity partner"), N_("Receives donations and volunteer lists.") },
  { ATTEST_PARTY_KIND_OTHER, N_("former owners"), N_("Still hold records from before the acquisition.") },
  { ATTEST_PARTY_KIND_OTHER, N_("safety consultant"), N_("Reads accident records.") },
  { ATTEST_PARTY_KIND_OTHER, N_("sector trade association"), N_("Shares threat alerts and guidance.") },
  { ATTEST_PARTY_KIND_OTHER, N_("standards consultant"), N_("Helps prepare for audits.") },
  { ATTEST_PARTY_KIND_OTHER, N_("solicitors"), N_("Handle contracts and disputes.") },
};

/* What each kind of party requires; a party gets three of its kind's. */
static const struct
{
  AttestPartyKind  kind;
  LargeRequirement requirement;
} party_requirements[] = {
  { ATTEST_PARTY_KIND_CUSTOMER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Keep their information confidential."), N_("Contracts and group access control.") } },
  { ATTEST_PARTY_KIND_CUSTOMER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Tell them of an incident affecting them within 24 hours."), N_("Group incident procedure with a customer notification step.") } },
  { ATTEST_PARTY_KIND_CUSTOMER, { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Protect their personal data."), N_("Group privacy programme.") } },
  { ATTEST_PARTY_KIND_CUSTOMER, { ATTEST_REQUIREMENT_KIND_OTHER, N_("Keep the service available in business hours."), N_("Continuity plans on group platforms.") } },
  { ATTEST_PARTY_KIND_EMPLOYEE, { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Their own personal data is protected."), N_("HR records in the group HR system with restricted access.") } },
  { ATTEST_PARTY_KIND_EMPLOYEE, { ATTEST_REQUIREMENT_KIND_OTHER, N_("Clear, short security rules."), N_("Group acceptable use policy and yearly training.") } },
  { ATTEST_PARTY_KIND_EMPLOYEE, { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Monitoring at work only as the law allows."), N_("Monitoring notice agreed with staff representatives.") } },
  { ATTEST_PARTY_KIND_REGULATOR, { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Records kept and produced on request."), N_("Retention schedule of the group.") } },
  { ATTEST_PARTY_KIND_REGULATOR, { ATTEST_REQUIREMENT_KIND_REGULATORY, N_("Notification of reportable incidents."), N_("Group incident procedure.") } },
  { ATTEST_PARTY_KIND_REGULATOR, { ATTEST_REQUIREMENT_KIND_REGULATORY, N_("Licence conditions met at every site."), N_("Site compliance checklist reviewed by the managing director.") } },
  { ATTEST_PARTY_KIND_SUPPLIER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Payment on agreed terms."), N_("Group finance shared services.") } },
  { ATTEST_PARTY_KIND_SUPPLIER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Accurate instructions and named contacts."), N_("Supplier register kept by group procurement.") } },
  { ATTEST_PARTY_KIND_SUPPLIER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Access only as the contract allows."), N_("Supplier accounts through the group identity platform.") } },
  { ATTEST_PARTY_KIND_INSURER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Incidents reported promptly."), N_("Group incident procedure.") } },
  { ATTEST_PARTY_KIND_INSURER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Controls described truthfully at renewal."), N_("Renewal answers checked by the group CISO.") } },
  { ATTEST_PARTY_KIND_INSURER, { ATTEST_REQUIREMENT_KIND_OTHER, N_("Premises protected against theft."), N_("Alarms and door access on every site.") } },
  { ATTEST_PARTY_KIND_PUBLIC, { ATTEST_REQUIREMENT_KIND_OTHER, N_("Responsible disposal of equipment."), N_("Certified disposal through group IT.") } },
  { ATTEST_PARTY_KIND_PUBLIC, { ATTEST_REQUIREMENT_KIND_OTHER, N_("Honest statements after an incident."), N_("Group communications plan for incidents.") } },
  { ATTEST_PARTY_KIND_PUBLIC, { ATTEST_REQUIREMENT_KIND_OTHER, N_("Less energy used and waste produced."), "" } },
  { ATTEST_PARTY_KIND_PARTNER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Shared information used only for the agreed purpose."), N_("Agreements with confidentiality clauses.") } },
  { ATTEST_PARTY_KIND_PARTNER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Secure exchange of files."), N_("Managed file transfer run by group IT.") } },
  { ATTEST_PARTY_KIND_PARTNER, { ATTEST_REQUIREMENT_KIND_OTHER, N_("Evidence of the company's security controls."), N_("The group certificate and SoA on request.") } },
  { ATTEST_PARTY_KIND_OTHER, { ATTEST_REQUIREMENT_KIND_CONTRACTUAL, N_("Information handled under the agreement."), N_("Agreement reviewed by group legal.") } },
  { ATTEST_PARTY_KIND_OTHER, { ATTEST_REQUIREMENT_KIND_OTHER, N_("A named contact at the company."), N_("Contacts listed in the company's ISMS page.") } },
  { ATTEST_PARTY_KIND_OTHER, { ATTEST_REQUIREMENT_KIND_LEGAL, N_("Personal data shared lawfully."), N_("Data sharing agreements by the group DPO.") } },
};

static gboolean
add_large_context (Large            *large,
                   AttestWorkspace  *workspace,
                   GError          **error)
{
  Demo *demo = large->demo;
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  /* Certification once the treatment plan is done: its last actions are
   * due up to some 515 days in (add_large_actions()). */
  g_autofree char *target = working_date_of (demo, DEMO_DAYS + 300);
  const char *locations[] = {
    _("Manchester shared service centre"), _("Glasgow shared service centre"),
    _("Group data centres (Leeds and Sheffield)"), _("Premises of the operating companies"), _("Home working"), NULL };

  at (demo, 0, 10);
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP),
                "sample", TRUE,
                "completed", TRUE,
                "step", "review",
                NULL);
  g_object_set (org,
                "name", "Meridian Holdings Group plc",
                "short-name", "Meridian",
                "sector", _("Diversified holding group"),
                "size", _("12,000 employees in 40 companies"),
                "headquarters", _("Leeds, United Kingdom"),
                "locations", locations,
                "certification-target", target,
                "classification", _("Confidential"),
                "climate-relevance", ATTEST_CLIMATE_RELEVANCE_RELEVANT,
                "climate-statement", _("Climate change is relevant: floods and heat can close the group's sites, "
                                       "warehouses and data centres, and investors and customers ask for climate "
                                       "reporting. See the context issue on climate change."),
                NULL);

  at (demo, 2, 9);
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
  for (guint c = 0; c < N_IN_SCOPE; c++)
    for (guint i = 0; i < G_N_ELEMENTS (company_issues); i++)
      {
        g_autofree char *title = of_company (c, company_issues[i].title);
        /* Translators: %s is one of the large demo's companies. */
        g_autofree char *description = g_strdup_printf (_("Reported by %s in the yearly context review."),
                                                        companies[c].name);

        if (!add_record (workspace,
                         g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                       "title", title,
                                       "description", description,
                                       "origin", company_issues[i].origin,
                                       "category", company_issues[i].category,
                                       "effect", tr (company_issues[i].effect),
                                       "treatment", tr (issue_treatments[(c + i) % G_N_ELEMENTS (issue_treatments)]),
                                       NULL),
                         error))
          return FALSE;
      }

  at (demo, 7, 14);
  for (guint i = 0; i < G_N_ELEMENTS (group_parties); i++)
    {
      AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY,
                                          "name", tr (group_parties[i].name),
                                          "kind", group_parties[i].kind,
                                          "relevance", tr (group_parties[i].relevance),
                                          NULL);
      const char *party_id = attest_record_get_id (party);
      g_auto(GStrv) controls = g_strsplit (group_parties[i].controls, " ", -1);

      if (!add_record (workspace, party, error))
        return FALSE;
      for (guint r = 0; r < G_N_ELEMENTS (group_parties[i].requirements) && group_parties[i].requirements[r].text; r++)
        {
          const LargeRequirement *req = &group_parties[i].requirements[r];
          AttestRecord *record = g_object_new (ATTEST_TYPE_REQUIREMENT,
                                               "party-id", party_id,
                                               "text", tr (req->text),
                                               "kind", req->kind,
                                               "addressed", TRUE,
                                               "how-addressed", tr (req->how),
                                               NULL);

          /* The control it brings into the SoA, linked there (add_large_soa()). */
          g_object_set_data_full (G_OBJECT (record), "control",
                                  g_strdup (controls[MIN (r, g_strv_length (controls) - 1)]), g_free);
          g_ptr_array_add (large->requirements, g_object_ref (record));
          if (!add_record (workspace, record, error))
            return FALSE;
        }
    }
  for (guint c = 0; c < N_IN_SCOPE; c++)
    for (guint p = 0; p < G_N_ELEMENTS (company_parties); p++)
      {
        g_autofree char *name = of_company (c, company_parties[p].name);
        AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY,
                                            "name", name,
                                            "kind", company_parties[p].kind,
                                            "relevance", tr (company_parties[p].relevance),
                                            NULL);
        const char *party_id = attest_record_get_id (party);
        guint n_of_kind = 0, first, j = 0;

        if (!add_record (workspace, party, error))
          return FALSE;
        /* Three of the requirements of its kind, from one that turns with
         * the company and the party. */
        for (guint r = 0; r < G_N_ELEMENTS (party_requirements); r++)
          n_of_kind += party_requirements[r].kind == company_parties[p].kind;
        first = n_of_kind ? (c + p) % n_of_kind : 0;
        for (guint r = 0; r < G_N_ELEMENTS (party_requirements); r++)
          {
            const LargeRequirement *req = &party_requirements[r].requirement;
            /* Most are addressed; what is not yet is in the ISMS programme,
             * and says so. */
            gboolean addressed = *req->how != '\0' && g_rand_int_range (large->rand, 0, 10) < 9;
            const char *planned = *req->how == '\0'
                                  ? N_("Not yet: the group's climate statement, planned for the next review of the policy, "
                                       "will cover it.")
                                  : N_("Not yet: planned in the group's ISMS programme for this company, before the "
                                       "certification audit.");

            if (party_requirements[r].kind != company_parties[p].kind)
              continue;
            if ((j++ + n_of_kind - first) % n_of_kind >= 3)
              continue;
            if (!add_record (workspace,
                             g_object_new (ATTEST_TYPE_REQUIREMENT,
                                           "party-id", party_id,
                                           "text", tr (req->text),
                                           "kind", req->kind,
                                           "addressed", addressed,
                                           "how-addressed", addressed ? tr (req->how) : tr (planned),
                                           "climate-related", *req->how == '\0',
                                           NULL),
                             error))
              return FALSE;
          }
      }
  return TRUE;
}

/* Day 14: the scope, its boundaries and interfaces. */

static const struct
{
  AttestScopeItemKind kind;
  const char         *name;
  const char         *description;
  const char         *justification;
} group_scope[] = {
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("Group shared services"), N_("Finance, HR, IT and security operations for every company."), "" },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Leeds headquarters"), N_("Group head office and security operations centre."), "" },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Manchester and Glasgow shared service centres"), N_("Finance and HR services for the group."), "" },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Group data centres"), N_("Leeds and Sheffield, run by group IT, with their power, cooling and cabling."), "" },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("Customer, payment and logistics data handling"), N_("For the 37 operating companies in scope."), "" },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("Group ERP and identity platform"), N_("Shared by every company."), "" },
  { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, N_("Guest Wi-Fi at the Leeds headquarters"), N_("Internet access for visitors, run by the landlord."),
    N_("Separate from the group network and carrying no group information.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("Cloud providers"), N_("Hosting of customer-facing services."), "" },
};

/* What every company in scope has, as scope items. */
static const struct
{
  AttestScopeItemKind kind;
  const char         *name;
  const char         *description;
} company_scope[] = {
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("leadership team"), N_("The managing director and heads of function.") },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("sales"), N_("Win and keep customers; hold their contacts and quotes.") },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("operations"), N_("Deliver the company's service day to day on its own system.") },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("customer service"), N_("Answer customers by phone and email; see their orders and accounts.") },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("IT team"), N_("Local support, working with group IT.") },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("purchasing"), N_("Buy from suppliers through group procurement's framework agreements.") },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("quality and compliance"), N_("Keep the company's licences, audits and regulatory returns.") },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("marketing"), N_("Campaigns and the company's website content, with customers' consent records.") },
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("workshop and maintenance"), N_("Keep the company's vehicles, plant and equipment running.") },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, NULL /* its head office, in its town */, N_("The company's main premises.") },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("branch premises"), N_("Smaller premises of the company.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("order to cash"), N_("From order to payment, on group systems.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("procure to pay"), N_("Buying and paying suppliers, with group finance.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("joiners, movers and leavers"), N_("Joining, moving and leaving, with group HR.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("customer onboarding"), N_("Checks and contracts for new customers.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("complaints handling"), N_("Recording and answering complaints.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("service delivery"), N_("What the company does for its customers.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("stock control"), N_("Goods in, stored and out.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("monthly group reporting"), N_("Monthly figures to the group.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("tendering"), N_("Bids for new contracts.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("change control"), N_("Changes to systems and processes, approved before they are made.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("incident reporting"), N_("Incidents reported to the group security operations centre.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("records retention"), N_("Keeping and deleting records on schedule.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("supplier onboarding"), N_("Checks before a supplier is used.") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("credit control"), N_("Chasing overdue payments.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, NULL /* its line-of-business system */, N_("The company's own application, run by group IT.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("website"), N_("The public website and its forms.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("shared drives"), N_("Files on the group file service.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("local network and Wi-Fi"), N_("At the company's premises, managed by group IT.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("door access and CCTV"), N_("At the company's premises.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("laptops and phones"), N_("Issued and managed by group IT.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("printers and scanners"), N_("At the company's premises.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("telephony"), N_("Calls and the contact centre software.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("reporting dashboards"), N_("Figures drawn from the group ERP.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("document templates"), N_("Contracts and letters.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("mailboxes"), N_("On the group email service.") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("backups"), N_("On the group backup platform.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("IT support partner"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("software vendor"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("telecoms provider"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("courier"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("web hosting firm"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("payroll bureau"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("marketing agency"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("outsourced developers"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("shredding contractor"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("maintenance contractor"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("guarding contractor"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("cleaning contractor"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("staffing agency"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("bank"), N_("A service bought from outside the group, under contract.") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("hardware reseller"), N_("A service bought from outside the group, under contract.") },
};

static gboolean
add_large_scope (Large            *large,
                 AttestWorkspace  *workspace,
                 GError          **error)
{
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);

  at (large->demo, 14, 10);
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
  /* The three companies with a certificate of their own: excluded, and
   * interfaces of the group's ISMS. */
  for (guint c = N_IN_SCOPE; c < G_N_ELEMENTS (companies); c++)
    {
      g_autofree char *name = g_strdup (companies[c].name);
      /* Translators: %s is a town. */
      g_autofree char *description = g_strdup_printf (_("An operating company in %s with an ISMS certified on its own."),
                                                      companies[c].town);

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                     "kind", ATTEST_SCOPE_ITEM_KIND_EXCLUSION,
                                     "name", name,
                                     "description", description,
                                     "justification", _("It runs its own certified ISMS; the group manages it as an interface: "
                                                        "its certificate is checked every year."),
                                     NULL),
                       error))
        return FALSE;
      g_clear_pointer (&name, g_free);
      /* Translators: an interface of the group's ISMS: "Meridian Clinical
       * Trials: shared identity platform and group ERP"; %s is a company. */
      name = g_strdup_printf (_("%s: shared identity platform and group ERP"), companies[c].name);
      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                     "kind", ATTEST_SCOPE_ITEM_KIND_INTERFACE,
                                     "name", name,
                                     "description", _("Its staff sign in through the group identity platform and its "
                                                      "finances are kept in the group ERP, both run by group IT; its "
                                                      "ISO/IEC 27001 certificate and scope are checked every year."),
                                     NULL),
                       error))
        return FALSE;
    }
  for (guint c = 0; c < N_IN_SCOPE; c++)
    for (guint i = 0; i < G_N_ELEMENTS (company_scope); i++)
      {
        /* The companies that work from offices only have no workshop. */
        static const char * const offices_only[] = {
          "Meridian Payments", "Meridian Digital", "Meridian Underwriting", "Meridian Legal Services", "Meridian Media",
          "Meridian Learning", "Meridian Travel", "Ridings Recruitment", "Meridian Property", NULL };
        g_autofree char *name = NULL;

        if (g_strcmp0 (company_scope[i].name, "workshop and maintenance") == 0
            && g_strv_contains (offices_only, companies[c].name))
          continue;
        if (company_scope[i].name != NULL)
          name = of_company (c, company_scope[i].name);
        else if (company_scope[i].kind == ATTEST_SCOPE_ITEM_KIND_LOCATION)
          /* Translators: a company's premises: "Meridian Foods: head office, Hull". */
          name = g_strdup_printf (_("%s: head office, %s"), companies[c].name, companies[c].town);
        else
          name = of_company (c, companies[c].system);
        if (!add_record (workspace,
                         g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                       "kind", company_scope[i].kind,
                                       "name", name,
                                       "description", tr (company_scope[i].description),
                                       NULL),
                         error))
          return FALSE;
      }
  g_object_set (scope, "statement",
                _("The information security management system of Meridian Holdings Group plc covers the group's "
                  "shared services (finance, HR, IT and security operations) and 37 of its 40 operating companies: "
                  "their teams, processes and systems, and the handling of customer, payment and logistics data on "
                  "group systems, at the Leeds headquarters, the Manchester and Glasgow shared service centres, the "
                  "group data centres in Leeds and Sheffield, the companies' premises, and when working from home. "
                  "The three operating companies certified under their own ISMS (Meridian Clinical Trials, Meridian "
                  "Pensions Administration and Meridian Contact Centres) are excluded and managed as interfaces, as "
                  "are the cloud providers hosting customer-facing services and the companies' suppliers. The "
                  "guest Wi-Fi at the Leeds headquarters, run by the landlord for visitors and separate from the "
                  "group network, is excluded too."),
                NULL);
  return TRUE;
}

/* Days 49 to 75: what is protected, what threatens it, and the risks,
 * company by company. */

/* The threats, each with the weakness it exploits, the Annex A controls a
 * risk of it is treated with, and who owns the actions that do so: the
 * company's head of IT, its managing director, or the group. */
typedef enum { BY_IT, BY_MD, BY_GROUP } ActionBy;

static const struct
{
  const char *name;
  const char *vulnerability;
  const char *controls;
  ActionBy    by;
  const char *group_owner;
} threats[] = {
  { N_("Ransomware"), N_("Backups reachable from the office network"), "8.7 8.13", BY_IT, GROUP_CIO },
  { N_("Credential phishing"), N_("Passwords without a second factor"), "5.17 8.5", BY_GROUP, GROUP_CISO },
  { N_("Supplier outage"), N_("A single supplier without a fallback"), "5.30 8.14", BY_IT, GROUP_PROCUREMENT },
  { N_("Device theft"), N_("Portable devices without full-disk encryption"), "8.1 8.24", BY_IT, GROUP_CIO },
  { N_("Insider misuse"), N_("Access wider than duties need"), "5.15 8.12", BY_MD, GROUP_DPO },
  { N_("Flood or fire"), N_("Single premises without a standby"), "7.5 5.30", BY_MD, GROUP_FACILITIES },
  { N_("Misconfiguration"), N_("Settings not checked against a baseline"), "8.9 5.23", BY_IT, GROUP_CISO },
  { N_("Unpatched software"), N_("Updates applied late"), "8.8 8.19", BY_IT, GROUP_CIO },
  { N_("Power or cooling failure"), N_("Utilities without tested redundancy"), "7.11 7.13", BY_MD, GROUP_DATA_CENTRES },
  { N_("Payment fraud"), N_("Bank detail changes accepted by email"), "5.14 6.3", BY_MD, GROUP_FINANCE },
  { N_("Loss of key staff"), N_("Procedures known to one person only"), "5.37 6.1", BY_MD, GROUP_HR },
  { N_("Misdirected information"), N_("No check before information leaves"), "5.14 8.12", BY_MD, GROUP_DPO },
  { N_("Flawed outsourced code"), N_("Code accepted without review"), "8.30 8.28", BY_IT, GROUP_CISO },
  { N_("Break-in"), N_("Doors and alarms not monitored"), "7.2 7.4", BY_MD, GROUP_FACILITIES },
};

enum { RANSOMWARE, PHISHING, OUTAGE, THEFT, INSIDER, FLOOD, MISCONFIGURATION, UNPATCHED, POWER, FRAUD,
       KEY_STAFF, SENDING, OUTSOURCED, BREAK_IN };

#define KIND(k) (1u << ATTEST_ASSET_KIND_##k)

/* The actions that treat a risk of each threat, by the kinds of asset they
 * apply to: backups for information, software and services, alarms for
 * premises, standby power for premises and equipment. The first action
 * reduces the risk; a critical risk has the second too; an avoided risk
 * has its activity stopped first. Each %s is the asset. Every threat and
 * asset kind paired in scenarios[] has its entry here. */
static const struct
{
  int         threat;
  guint       kinds;
  const char *action;
  const char *second;
  const char *avoid;
} threat_actions[] = {
  { RANSOMWARE, KIND (INFORMATION),
    N_("Immutable backups with a tested restore for %s"), N_("Restore drill from offline copies of %s"),
    N_("Stop keeping working copies of %s on office file servers") },
  { RANSOMWARE, KIND (SOFTWARE) | KIND (SERVICE),
    N_("Immutable backups with a tested restore for %s"), N_("Restore drill from offline copies of %s"),
    N_("Stop running %s on servers the office computers can reach") },
  { RANSOMWARE, KIND (HARDWARE),
    N_("Endpoint protection with isolation on %s"), N_("Separate segment for %s"),
    N_("Stop connecting unmanaged devices to %s") },
  { PHISHING, KIND (INFORMATION) | KIND (SOFTWARE) | KIND (SERVICE),
    N_("Phishing-resistant sign-in to %s"), N_("Targeted phishing exercise covering %s"),
    N_("Stop signing in to %s with a password alone") },
  { PHISHING, KIND (PEOPLE),
    N_("Phishing awareness training for %s"), N_("Targeted phishing exercise for %s"),
    N_("Stop %s acting on requests by email alone") },
  { OUTAGE, KIND (INFORMATION),
    N_("Assurance review of the third parties holding %s"), N_("Breach notification terms with the third parties holding %s"),
    N_("Stop sending %s to third parties without an assurance review") },
  { OUTAGE, KIND (SOFTWARE) | KIND (SERVICE) | KIND (SITE),
    N_("Tested fallback arrangement for %s"), N_("Exit plan from the sole provider of %s"),
    N_("Stop relying on one provider for %s") },
  { THEFT, KIND (HARDWARE),
    N_("Encryption and remote wipe on %s"), N_("Asset tags and a yearly count of %s"),
    N_("Stop taking %s off the premises unencrypted") },
  { INSIDER, KIND (INFORMATION) | KIND (SOFTWARE),
    N_("Quarterly access review of %s"), N_("Data loss prevention rules for %s"),
    N_("Stop remote access to %s from personal devices") },
  { INSIDER, KIND (PEOPLE),
    N_("Vetting and a code of conduct for %s"), N_("Whistleblowing channel for %s"),
    N_("Stop giving %s access beyond their duties") },
  { FLOOD, KIND (SITE),
    N_("Continuity exercise for %s"), N_("Standby arrangement elsewhere for %s"),
    N_("Stop keeping critical equipment at %s") },
  { MISCONFIGURATION, KIND (INFORMATION),
    N_("Review of the sharing settings of %s"), N_("Independent check of who can open %s"),
    N_("Stop sharing %s by open links") },
  { MISCONFIGURATION, KIND (SOFTWARE) | KIND (SERVICE) | KIND (HARDWARE),
    N_("Configuration baseline with automated checks for %s"), N_("Independent review of the settings of %s"),
    N_("Stop unreviewed changes to the settings of %s") },
  { UNPATCHED, KIND (SOFTWARE) | KIND (SERVICE) | KIND (HARDWARE),
    N_("Updates within 14 days for %s"), N_("Replace the unsupported components of %s"),
    N_("Stop using the unsupported versions of %s") },
  { POWER, KIND (SITE),
    N_("Standby power tested for %s"), N_("Plan for a long power loss at %s"),
    N_("Stop housing critical equipment at %s") },
  { POWER, KIND (HARDWARE),
    N_("Surge protection and an uninterruptible supply for %s"), N_("Spare units held for %s"),
    N_("Stop plugging %s into unprotected sockets") },
  { POWER, KIND (SOFTWARE),
    N_("Failover to the second data centre for %s"), N_("Recovery test of %s after a power cut"),
    N_("Stop hosting %s in a single data centre") },
  { FRAUD, KIND (INFORMATION),
    N_("Call-back checks on bank detail changes affecting %s"), N_("Fraud awareness session covering %s"),
    N_("Stop accepting bank detail changes by email for %s") },
  { FRAUD, KIND (SERVICE),
    N_("Sender authentication and warning banners for %s"), N_("Fraud awareness session covering %s"),
    N_("Stop sending invoices from %s") },
  { FRAUD, KIND (PEOPLE),
    N_("Fraud awareness training for %s"), N_("Two-person approval of transfers requested of %s"),
    N_("Stop %s paying on a phone call alone") },
  { KEY_STAFF, KIND (INFORMATION) | KIND (SOFTWARE),
    N_("Written procedures and a deputy for %s"), N_("Cross-training on %s"),
    N_("Stop relying on one person for %s") },
  { KEY_STAFF, KIND (PEOPLE),
    N_("Succession plan and deputies for %s"), N_("Cross-training within %s"),
    N_("Stop leaving %s without holiday cover") },
  { SENDING, KIND (INFORMATION) | KIND (SERVICE),
    N_("Recipient checks before sending from %s"), N_("Encrypted transfer for %s"),
    N_("Stop sending %s by unencrypted email") },
  { SENDING, KIND (PEOPLE),
    N_("Confidentiality training for %s"), N_("Discreet conversation rules for %s"),
    N_("Stop %s discussing customers in public places") },
  { OUTSOURCED, KIND (SOFTWARE) | KIND (SERVICE),
    N_("Secure coding terms and code review for %s"), N_("Penetration test of %s"),
    N_("Stop accepting unreviewed outsourced code into %s") },
  { BREAK_IN, KIND (SITE),
    N_("Intruder alarm monitoring for %s"), N_("Physical protection review of %s"),
    N_("Stop opening %s out of hours without a guard") },
  { BREAK_IN, KIND (HARDWARE),
    N_("Locked cabinets and tamper seals for %s"), N_("Physical protection review of %s"),
    N_("Stop leaving %s in unlocked rooms") },
};

/* The actions for a risk of @threat to an asset of @kind. */
static guint
threat_action_for (int             threat,
                   AttestAssetKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (threat_actions); i++)
    if (threat_actions[i].threat == threat && (threat_actions[i].kinds & 1u << kind) != 0)
      return i;
  g_return_val_if_reached (0);
}

/* What a scenario needs of an asset besides its kind. */
enum { MAIL = 1 << 0, PORTABLE = 1 << 1, PAYMENT = 1 << 2, WEB = 1 << 3 };

/* What a company's assets are, and the scenarios that harm each kind. */
static const struct
{
  const char     *name;
  AttestAssetKind kind;
  int             c, i, a;
  gboolean        by_it;   /* owned by its head of IT, else its managing director */
  guint           tags;
} company_assets[] = {
  { N_("customer records"), ATTEST_ASSET_KIND_INFORMATION, 4, 4, 3, FALSE },
  { N_("contracts and supplier files"), ATTEST_ASSET_KIND_INFORMATION, 3, 4, 3, FALSE, PAYMENT },
  { N_("accounts and invoices"), ATTEST_ASSET_KIND_INFORMATION, 3, 5, 3, FALSE, PAYMENT },
  { N_("pricing and sales plans"), ATTEST_ASSET_KIND_INFORMATION, 4, 3, 2, FALSE },
  { N_("staff details"), ATTEST_ASSET_KIND_INFORMATION, 4, 3, 2, FALSE },
  { NULL /* its line-of-business system */, ATTEST_ASSET_KIND_SOFTWARE, 4, 4, 5, TRUE },
  { N_("shared drives"), ATTEST_ASSET_KIND_SOFTWARE, 3, 3, 3, TRUE },
  { N_("reporting dashboards"), ATTEST_ASSET_KIND_SOFTWARE, 3, 3, 2, TRUE },
  { N_("website"), ATTEST_ASSET_KIND_SERVICE, 2, 4, 4, TRUE, WEB },
  { N_("online ordering portal"), ATTEST_ASSET_KIND_SERVICE, 3, 4, 4, TRUE, WEB },
  { N_("mailboxes"), ATTEST_ASSET_KIND_SERVICE, 4, 3, 4, TRUE, MAIL },
  { N_("laptops and phones"), ATTEST_ASSET_KIND_HARDWARE, 3, 3, 3, TRUE, PORTABLE },
  { N_("local network and Wi-Fi"), ATTEST_ASSET_KIND_HARDWARE, 3, 4, 4, TRUE },
  { N_("door access and CCTV"), ATTEST_ASSET_KIND_HARDWARE, 2, 4, 3, FALSE },
  { NULL /* its premises */, ATTEST_ASSET_KIND_SITE, 2, 2, 4, FALSE },
  { N_("workforce"), ATTEST_ASSET_KIND_PEOPLE, 3, 3, 4, FALSE },
};

static const struct
{
  AttestAssetKind kind;
  int             threat;
  const char     *title;
  guint           needs;
} scenarios[] = {
  { ATTEST_ASSET_KIND_INFORMATION, RANSOMWARE, N_("stolen and published by a ransomware gang") },
  { ATTEST_ASSET_KIND_INFORMATION, RANSOMWARE, N_("encrypted, with no clean copy") },
  { ATTEST_ASSET_KIND_INFORMATION, INSIDER, N_("copied by a leaver") },
  { ATTEST_ASSET_KIND_INFORMATION, INSIDER, N_("browsed without a business need") },
  { ATTEST_ASSET_KIND_INFORMATION, SENDING, N_("emailed to the wrong recipient") },
  { ATTEST_ASSET_KIND_INFORMATION, SENDING, N_("uploaded to an unapproved cloud service") },
  { ATTEST_ASSET_KIND_INFORMATION, PHISHING, N_("exposed through a phished account") },
  { ATTEST_ASSET_KIND_INFORMATION, MISCONFIGURATION, N_("left open to everyone by a sharing setting") },
  { ATTEST_ASSET_KIND_INFORMATION, OUTAGE, N_("exposed in a breach at a third party") },
  { ATTEST_ASSET_KIND_INFORMATION, FRAUD, N_("altered to divert a payment"), PAYMENT },
  { ATTEST_ASSET_KIND_INFORMATION, KEY_STAFF, N_("understood by one person only") },
  { ATTEST_ASSET_KIND_SOFTWARE, RANSOMWARE, N_("encrypted by ransomware") },
  { ATTEST_ASSET_KIND_SOFTWARE, PHISHING, N_("taken over with phished administrator credentials") },
  { ATTEST_ASSET_KIND_SOFTWARE, OUTAGE, N_("stopped by its vendor's outage") },
  { ATTEST_ASSET_KIND_SOFTWARE, OUTAGE, N_("left unsupported when its vendor fails") },
  { ATTEST_ASSET_KIND_SOFTWARE, MISCONFIGURATION, N_("exposed by a wrong permission") },
  { ATTEST_ASSET_KIND_SOFTWARE, MISCONFIGURATION, N_("broken by an untested change") },
  { ATTEST_ASSET_KIND_SOFTWARE, UNPATCHED, N_("breached through a known flaw") },
  { ATTEST_ASSET_KIND_SOFTWARE, OUTSOURCED, N_("breached through a flaw in outsourced code") },
  { ATTEST_ASSET_KIND_SOFTWARE, INSIDER, N_("misused by an administrator") },
  { ATTEST_ASSET_KIND_SOFTWARE, KEY_STAFF, N_("run by one person without a deputy") },
  { ATTEST_ASSET_KIND_SOFTWARE, POWER, N_("down after a power cut at a data centre") },
  { ATTEST_ASSET_KIND_SERVICE, OUTAGE, N_("unavailable during a provider outage") },
  { ATTEST_ASSET_KIND_SERVICE, PHISHING, N_("taken over after a phishing email") },
  { ATTEST_ASSET_KIND_SERVICE, MISCONFIGURATION, N_("exposed by a misconfigured setting") },
  { ATTEST_ASSET_KIND_SERVICE, UNPATCHED, N_("defaced through an unpatched plug-in"), WEB },
  { ATTEST_ASSET_KIND_SERVICE, OUTSOURCED, N_("leaking through a flaw in agency code"), WEB },
  { ATTEST_ASSET_KIND_SERVICE, RANSOMWARE, N_("locked by ransomware") },
  { ATTEST_ASSET_KIND_SERVICE, FRAUD, N_("used to send fake invoices"), MAIL },
  { ATTEST_ASSET_KIND_SERVICE, SENDING, N_("auto-forwarding to a private address"), MAIL },
  { ATTEST_ASSET_KIND_HARDWARE, THEFT, N_("stolen from a car"), PORTABLE },
  { ATTEST_ASSET_KIND_HARDWARE, THEFT, N_("lost while travelling"), PORTABLE },
  { ATTEST_ASSET_KIND_HARDWARE, UNPATCHED, N_("infected through a missed update") },
  { ATTEST_ASSET_KIND_HARDWARE, RANSOMWARE, N_("used to spread ransomware") },
  { ATTEST_ASSET_KIND_HARDWARE, MISCONFIGURATION, N_("open to intruders through default settings") },
  { ATTEST_ASSET_KIND_HARDWARE, POWER, N_("damaged by a power surge") },
  { ATTEST_ASSET_KIND_HARDWARE, BREAK_IN, N_("tampered with by an intruder") },
  { ATTEST_ASSET_KIND_SITE, FLOOD, N_("flooded after heavy rain") },
  { ATTEST_ASSET_KIND_SITE, FLOOD, N_("closed by a fire") },
  { ATTEST_ASSET_KIND_SITE, POWER, N_("without power for days") },
  { ATTEST_ASSET_KIND_SITE, POWER, N_("overheating in a heatwave") },
  { ATTEST_ASSET_KIND_SITE, BREAK_IN, N_("burgled out of hours") },
  { ATTEST_ASSET_KIND_SITE, BREAK_IN, N_("entered by tailgating visitors") },
  { ATTEST_ASSET_KIND_SITE, OUTAGE, N_("cut off by a telecoms failure") },
  { ATTEST_ASSET_KIND_PEOPLE, PHISHING, N_("tricked by a phishing email") },
  { ATTEST_ASSET_KIND_PEOPLE, FRAUD, N_("deceived by a fake supplier") },
  { ATTEST_ASSET_KIND_PEOPLE, FRAUD, N_("pressed by a fake chief executive") },
  { ATTEST_ASSET_KIND_PEOPLE, KEY_STAFF, N_("losing expertise when specialists leave") },
  { ATTEST_ASSET_KIND_PEOPLE, KEY_STAFF, N_("short of cover in holidays") },
  { ATTEST_ASSET_KIND_PEOPLE, SENDING, N_("discussing customers in public") },
  { ATTEST_ASSET_KIND_PEOPLE, INSIDER, N_("bribed to pass on information") },
  { ATTEST_ASSET_KIND_PEOPLE, PHISHING, N_("tricked by a fake login page") },
  { ATTEST_ASSET_KIND_PEOPLE, FRAUD, N_("taken in by a phone scam") },
};

/* The group's own assets, owned by its people. */
static const struct
{
  const char     *name;
  AttestAssetKind kind;
  const char     *owner;
  const char     *location;
  int             c, i, a;
  guint           tags;
} group_assets[] = {
  { N_("Group ERP platform"), ATTEST_ASSET_KIND_SOFTWARE, GROUP_CIO, N_("Group data centres"), 4, 5, 5 },
  { N_("Group identity platform"), ATTEST_ASSET_KIND_SERVICE, GROUP_CISO, N_("Group data centres"), 5, 5, 5 },
  { N_("Security monitoring tools"), ATTEST_ASSET_KIND_SOFTWARE, GROUP_CISO, N_("Leeds headquarters"), 4, 5, 4 },
  { N_("Group mail and collaboration suite"), ATTEST_ASSET_KIND_SERVICE, GROUP_CIO, N_("Cloud provider"), 4, 3, 4, MAIL },
  { N_("Group backup platform"), ATTEST_ASSET_KIND_SOFTWARE, GROUP_CIO, N_("Group data centres"), 5, 5, 4 },
  { N_("Group wide area network"), ATTEST_ASSET_KIND_HARDWARE, GROUP_CIO, N_("Every site"), 3, 4, 5 },
  { N_("Payroll and HR records"), ATTEST_ASSET_KIND_INFORMATION, GROUP_HR, N_("Manchester shared service centre"), 5, 4, 3 },
  { N_("Group finance ledgers"), ATTEST_ASSET_KIND_INFORMATION, GROUP_FINANCE, N_("Glasgow shared service centre"), 4, 5, 3 },
  { N_("Leeds data centre"), ATTEST_ASSET_KIND_SITE, GROUP_DATA_CENTRES, N_("Leeds"), 3, 3, 5 },
  { N_("Sheffield data centre"), ATTEST_ASSET_KIND_SITE, GROUP_DATA_CENTRES, N_("Sheffield"), 3, 3, 5 },
  { N_("Leeds headquarters"), ATTEST_ASSET_KIND_SITE, GROUP_FACILITIES, N_("Leeds"), 2, 2, 4 },
  { N_("Group IT staff"), ATTEST_ASSET_KIND_PEOPLE, GROUP_CIO, N_("Leeds headquarters"), 3, 3, 5 },
};

/* A risk's asset: of a company (its index in company_assets) or the group's. */
typedef struct
{
  AttestRecord   *record;
  guint           company;   /* G_N_ELEMENTS (companies) for the group */
  AttestAssetKind kind;
  guint           tags;
  const char     *owner;
} LargeAsset;

static gboolean
add_large_assets (Large            *large,
                  AttestWorkspace  *workspace,
                  GError          **error)
{
  at (large->demo, 49, 9);
  for (guint c = 0; c < N_IN_SCOPE; c++)
    for (guint a = 0; a < G_N_ELEMENTS (company_assets); a++)
      {
        g_autofree char *name = NULL;
        g_autofree char *location = NULL;
        LargeAsset *asset = g_new0 (LargeAsset, 1);

        if (company_assets[a].kind == ATTEST_ASSET_KIND_SITE)
          /* Translators: a company's premises: "Meridian Foods premises, Hull". */
          name = g_strdup_printf (_("%s premises, %s"), companies[c].name, companies[c].town);
        else
          /* Translators: an asset of a company: "Meridian Foods customer records". */
          name = g_strdup_printf (_("%s %s"), companies[c].name,
                                  tr (company_assets[a].name ? company_assets[a].name : companies[c].system));
        location = g_strdup (company_assets[a].kind == ATTEST_ASSET_KIND_SITE
                             || company_assets[a].kind == ATTEST_ASSET_KIND_HARDWARE
                             ? companies[c].town : _("Group data centres"));
        asset->company = c;
        asset->kind = company_assets[a].kind;
        asset->tags = company_assets[a].tags;
        asset->owner = company_assets[a].by_it ? large->head_of_it[c] : large->managing_director[c];
        asset->record = g_object_new (ATTEST_TYPE_ASSET, "name", name, "kind", company_assets[a].kind,
                                      "owner", asset->owner, "location", location,
                                      "classification", _("Confidential"),
                                      "confidentiality", company_assets[a].c, "integrity", company_assets[a].i,
                                      "availability", company_assets[a].a, NULL);
        g_ptr_array_add (large->assets, asset);
        if (!attest_workspace_add (workspace, asset->record, error))
          return FALSE;
      }
  for (guint a = 0; a < G_N_ELEMENTS (group_assets); a++)
    {
      LargeAsset *asset = g_new0 (LargeAsset, 1);

      asset->company = G_N_ELEMENTS (companies);
      asset->kind = group_assets[a].kind;
      asset->tags = group_assets[a].tags;
      asset->owner = tr (group_assets[a].owner);
      asset->record = g_object_new (ATTEST_TYPE_ASSET, "name", tr (group_assets[a].name), "kind", group_assets[a].kind,
                                    "owner", asset->owner, "location", tr (group_assets[a].location),
                                    "classification", _("Confidential"),
                                    "confidentiality", group_assets[a].c, "integrity", group_assets[a].i,
                                    "availability", group_assets[a].a, NULL);
      g_ptr_array_add (large->assets, asset);
      if (!attest_workspace_add (workspace, asset->record, error))
        return FALSE;
    }

  at (large->demo, 50, 10);
  for (guint t = 0; t < G_N_ELEMENTS (threats); t++)
    {
      AttestRecord *threat = g_object_new (ATTEST_TYPE_THREAT, "name", tr (threats[t].name), NULL);
      AttestRecord *vulnerability = g_object_new (ATTEST_TYPE_VULNERABILITY, "name", tr (threats[t].vulnerability), NULL);

      g_ptr_array_add (large->threats, threat);
      g_ptr_array_add (large->vulnerabilities, vulnerability);
      if (!attest_workspace_add (workspace, threat, error) || !attest_workspace_add (workspace, vulnerability, error))
        return FALSE;
    }
  return TRUE;
}

static void
large_asset_free (LargeAsset *asset)
{
  g_clear_object (&asset->record);
  g_free (asset);
}

/* A risk of the register and what the story does with it. */
typedef struct
{
  AttestRecord *record;
  LargeAsset   *asset;
  int           threat;
  int           inherent;    /* its level before treatment */
  int           residual;
  int           decided;     /* the day its owner decides on it; 0: awaiting */
  GPtrArray    *actions;
} LargeRisk;

static void
large_risk_free (LargeRisk *risk)
{
  g_clear_object (&risk->record);
  g_clear_pointer (&risk->actions, g_ptr_array_unref);
  g_free (risk);
}

/* An action of the treatment plan: due, and finished on @done (0: not by today). */
typedef struct
{
  AttestRecord *record;
  LargeRisk    *risk;
  int           done;
} LargeAction;

#define N_RISKS 5000

static gboolean
harms (const LargeAsset *asset,
       guint             scenario)
{
  return asset->kind == scenarios[scenario].kind && (scenarios[scenario].needs & ~asset->tags) == 0;
}

static gboolean
add_large_risks (Large            *large,
                 AttestWorkspace  *workspace,
                 GPtrArray        *risks,
                 GError          **error)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  int acceptance = 0;
  guint n_combinations = 0, k = 0;

  g_object_get (method, "acceptance-level", &acceptance, NULL);
  /* Every scenario for every asset of its kind, thinned evenly to the
   * register's size. */
  for (guint a = 0; a < large->assets->len; a++)
    for (guint s = 0; s < G_N_ELEMENTS (scenarios); s++)
      n_combinations += harms (g_ptr_array_index (large->assets, a), s);

  for (guint a = 0; a < large->assets->len; a++)
    {
      LargeAsset *asset = g_ptr_array_index (large->assets, a);

      /* One risk workshop a day or so, company by company, the group last;
       * each risk is due for review a year after its workshop. */
      int workshop = working_day (large->demo, 52 + MIN (asset->company, N_IN_SCOPE) * 2 / 3);
      g_autofree char *review = year_after (large->demo, workshop);

      at (large->demo, workshop, 10);
      for (guint s = 0; s < G_N_ELEMENTS (scenarios); s++)
        {
          int t = scenarios[s].threat;
          int likelihood, impact, residual_likelihood, residual_impact, roll;
          AttestTreatment treatment;
          LargeRisk *risk;
          g_autofree char *title = NULL;

          if (!harms (asset, s))
            continue;
          k++;
          if (n_combinations > N_RISKS
              && (guint64) k * N_RISKS / n_combinations == (guint64) (k - 1) * N_RISKS / n_combinations)
            continue;

          likelihood = g_rand_int_range (large->rand, 1, 6);
          impact = g_rand_int_range (large->rand, 1, 6);
          roll = g_rand_int_range (large->rand, 0, 100);
          risk = g_new0 (LargeRisk, 1);
          risk->asset = asset;
          risk->threat = t;
          risk->inherent = attest_risk_method_level (method, likelihood, impact);
          /* At or below the acceptance level a risk is retained; above it
           * most are reduced, some avoided or shared, a few retained with
           * their owner's explicit acceptance. */
          if (risk->inherent <= acceptance)
            treatment = ATTEST_TREATMENT_RETAIN;
          else
            treatment = roll < 78 ? ATTEST_TREATMENT_MODIFY
                      : roll < 84 ? ATTEST_TREATMENT_AVOID
                      : roll < 94 ? ATTEST_TREATMENT_SHARE
                      : ATTEST_TREATMENT_RETAIN;
          if (treatment == ATTEST_TREATMENT_RETAIN)
            {
              residual_likelihood = likelihood;
              residual_impact = impact;
            }
          else if (treatment == ATTEST_TREATMENT_AVOID)
            {
              residual_likelihood = 1;
              residual_impact = MIN (impact, 2);
            }
          else
            {
              /* Mostly brought within the acceptance level; a few stay above it. */
              residual_likelihood = g_rand_int_range (large->rand, 1, MIN (likelihood, 2) + 1);
              residual_impact = g_rand_int_range (large->rand, MAX (1, impact - 2), impact + 1);
            }
          risk->residual = attest_risk_method_level (method, residual_likelihood, residual_impact);

          /* Translators: a risk of the large demo: "Meridian Foods customer
           * records: emailed to the wrong recipient"; the first %s is the
           * asset, the second what happens to it. */
          title = g_strdup_printf (_("%s: %s"), attest_record_get_string (asset->record, "name"), tr (scenarios[s].title));
          risk->record = g_object_new (ATTEST_TYPE_RISK,
                                       "title", title,
                                       "threat-id", attest_record_get_id (g_ptr_array_index (large->threats, t)),
                                       "vulnerability-id", attest_record_get_id (g_ptr_array_index (large->vulnerabilities, t)),
                                       "owner", asset->company < N_IN_SCOPE ? large->managing_director[asset->company]
                                                                             : asset->owner,
                                       "likelihood", likelihood,
                                       "impact", impact,
                                       "treatment", treatment,
                                       "residual-likelihood", residual_likelihood,
                                       "residual-impact", residual_impact,
                                       "review-date", review,
                                       NULL);
          risk->actions = g_ptr_array_new ();
          g_ptr_array_add (risks, risk);
          if (!attest_workspace_add (workspace, risk->record, error)
              || !attest_workspace_link (workspace, "risk-asset", risk->record, asset->record, error))
            return FALSE;
          if (treatment == ATTEST_TREATMENT_MODIFY
              && !demo_link_controls (workspace, "risk-control", risk->record, threats[t].controls, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The quarterly metrics report in the register on @day: of the last
 * quarter that ended at least 15 days before, approved ten days after its
 * end (a working day), as "Q3 2026"; reviewed when the next one is due.
 * Returns the day it was approved. */
static int
metrics_report_of (Demo  *demo,
                   int    day,
                   char **quarter)
{
  for (int end = day - 15;; end--)
    {
      g_autoptr(GDate) date = demo_date (demo, end);
      g_autoptr(GDate) next = demo_date (demo, end + 1);

      if (g_date_get_month (next) % 3 != 1 || g_date_get_day (next) != 1)
        continue;
      /* Translators: a quarter of a year in the large demo's metrics report: "Q3 2026". */
      *quarter = g_strdup_printf (_("Q%d %d"), (g_date_get_month (date) + 2) / 3, g_date_get_year (date));
      return working_day (demo, end + 10);
    }
}

/* The metrics report's entry in the register, of the quarter before @day. */
static void
set_metrics_report (Demo         *demo,
                    AttestRecord *document,
                    int           day)
{
  g_autofree char *quarter = NULL;
  int approved = metrics_report_of (demo, day, &quarter);
  /* Translators: %s is a quarter, "Q3 2026". */
  g_autofree char *title = g_strdup_printf (_("Quarterly information security metrics report, %s"), quarter);
  g_autofree char *approved_on = date_of (demo, approved);
  /* Reviewed with the next quarter's report. */
  g_autofree char *next_review = working_date_of (demo, approved + 100);

  g_object_set (document, "title", title, "approved-on", approved_on, "next-review", next_review, NULL);
}

/* The documents the group keeps on its ISMS portal, each approved on a day
 * of the story, with the mandatory items and the Annex A controls it
 * serves: an implemented control's evidence is the first that serves it. */
#define PORTAL N_("Group ISMS portal › Documents")

static const DemoDocument group_documents[] = {
  { "GRP-ISMS-POL-01", N_("Group information security policy"), "1.0", GROUP_CISO, GROUP_BOARD, PORTAL, 30, 365, "policy",
    "5.1 5.2 5.4 5.36" },
  { "GRP-SEC-POL-02", N_("Group acceptable use and hybrid working policy"), "2.2", GROUP_HR, GROUP_CHIEF_EXECUTIVE, PORTAL, 40, 365, "",
    "5.10 5.14 6.7 7.7 7.9 8.1" },
  { "GRP-ISMS-DOC-01", N_("Group document and record control procedure"), "2.0", GROUP_CISO, GROUP_CHIEF_EXECUTIVE, PORTAL, 42, 365,
    "documented-information", "5.33 5.37" },
  { "GRP-HR-PRC-01", N_("Group joiners, movers and leavers procedure"), "3.1", GROUP_HR, GROUP_CHIEF_EXECUTIVE, PORTAL, 44, 365, "",
    "5.11 6.1 6.2 6.4 6.5 6.6" },
  { "GRP-ISMS-OPS-01", N_("Group ISMS operating plan"), "1.0", GROUP_CISO, GROUP_CHIEF_EXECUTIVE, PORTAL, 45, 365,
    "operational-planning", "" },
  { "GRP-SEC-PRC-01", N_("Group identity and access control procedure"), "2.1", GROUP_CISO, GROUP_CHIEF_EXECUTIVE, PORTAL, 47, 365, "",
    "5.3 5.15 5.16 5.17 5.18 8.2 8.3 8.5" },
  { "GRP-SEC-PRC-02", N_("Group incident management procedure"), "2.0", GROUP_CISO, GROUP_CHIEF_EXECUTIVE, PORTAL, 48, 365, "",
    "5.5 5.6 5.7 5.24 5.25 5.26 5.27 5.28 6.8 8.16" },
  { "GRP-ISMS-REG-01", N_("Group information asset register"), "4.0", GROUP_CIO, GROUP_CHIEF_EXECUTIVE, PORTAL, 52, 365, "",
    "5.9 5.12 5.13 7.10 7.14 8.10" },
  { "GRP-LEG-REG-01", N_("Group register of legal, regulatory and contractual requirements"), "1.2", GROUP_DPO,
    GROUP_CHIEF_EXECUTIVE, PORTAL, 55, 365, "", "5.31 5.32 5.34" },
  { "GRP-PRO-PRC-01", N_("Group supplier security procedure"), "2.0", GROUP_PROCUREMENT, GROUP_CHIEF_EXECUTIVE, PORTAL, 58, 365, "",
    "5.19 5.20 5.21 5.22 5.23" },
  { "GRP-ISMS-OBJ-01", N_("Group information security objectives"), "1.1", GROUP_CISO, GROUP_CHIEF_EXECUTIVE, PORTAL, 60, 365,
    "objectives", "" },
  { "GRP-BCM-PLN-01", N_("Group business continuity and ICT readiness plan"), "2.3", GROUP_CIO, GROUP_CHIEF_EXECUTIVE, PORTAL, 62, 365, "",
    "5.29 5.30 7.5 8.14" },
  { "GRP-DC-STD-01", N_("Group data centre and premises security standard"), "1.4", GROUP_DATA_CENTRES, GROUP_CHIEF_EXECUTIVE, PORTAL,
    64, 365, "", "7.1 7.2 7.3 7.4 7.6 7.8 7.11 7.12 7.13" },
  { "GRP-IT-STD-01", N_("Group platform and end-point configuration standard"), "3.0", GROUP_CIO, GROUP_CHIEF_EXECUTIVE, PORTAL, 66, 365,
    "", "8.6 8.7 8.8 8.9 8.12 8.15 8.17 8.18 8.19 8.20 8.21 8.22 8.23 8.24" },
  { "GRP-DEV-STD-01", N_("Group secure development standard"), "1.1", GROUP_CIO, GROUP_CHIEF_EXECUTIVE, PORTAL, 68, 365, "",
    "5.8 8.4 8.11 8.25 8.26 8.27 8.28 8.29 8.30 8.31 8.32 8.33 8.34" },
  { "GRP-IT-PRC-03", N_("Group backup and restore procedure"), "2.0", GROUP_CIO, GROUP_CHIEF_EXECUTIVE, PORTAL, 69, 365, "", "8.13" },
  { "GRP-HR-TRN-02", N_("Group training and competence records"), "5.0", GROUP_HR, GROUP_CHIEF_EXECUTIVE, PORTAL, 84, 365,
    "competence", "6.3" },
  { "GRP-IA-PRG-01", N_("Group internal audit programme"), "1.0", GROUP_AUDIT, GROUP_BOARD, PORTAL, 100, 365,
    "audit-programme", "5.35" },
  /* Its title, approval and review follow the quarter it reports on
   * (set_metrics_report()). */
  { "GRP-ISMS-KPI-01", N_("Quarterly information security metrics report"), "1.0", GROUP_CISO, GROUP_CHIEF_EXECUTIVE, PORTAL, 0, 0,
    "monitoring-results", "" },
};

#define METRICS_REPORT (G_N_ELEMENTS (group_documents) - 1)

/* The register's document that serves control @number first, or -1. */
static int
group_document_for (const char *number)
{
  return demo_document_for (group_documents, G_N_ELEMENTS (group_documents), number);
}

/* Days 77 to 118: the Statement of Applicability. Every control applies to
 * a group with data centres of its own, in-house and outsourced software
 * development and hundreds of bought-in services. */

static const struct
{
  const char *number;
  const char *owner;
} soa_owners[] = {
  { "5.1", GROUP_CHIEF_EXECUTIVE }, { "5.4", GROUP_CHIEF_EXECUTIVE }, { "5.19", GROUP_PROCUREMENT },
  { "5.20", GROUP_PROCUREMENT }, { "5.21", GROUP_PROCUREMENT }, { "5.22", GROUP_PROCUREMENT },
  { "5.31", GROUP_DPO }, { "5.33", GROUP_DPO }, { "5.34", GROUP_DPO }, { "7.11", GROUP_DATA_CENTRES },
  { "7.12", GROUP_DATA_CENTRES }, { "7.13", GROUP_DATA_CENTRES }, { "8.25", GROUP_CIO }, { "8.28", GROUP_CIO },
  { "8.30", GROUP_CIO }, { "8.32", GROUP_CIO },
};

/* What the group does for the controls a small company might exclude. */
static const struct
{
  const char *number;
  const char *justification;
  const char *implementation;
} soa_texts[] = {
  { "7.11", N_("The group runs two data centres of its own, in Leeds and Sheffield, with their own power and cooling."),
    N_("The group data centres in Leeds and Sheffield have their own UPS, standby generators and cooling, "
       "maintained under contract and load-tested every quarter; the companies' premises use the landlords' "
       "utilities with UPS for network equipment.") },
  { "7.12", N_("Group IT lays and maintains the power and data cabling of its data centres and headquarters."),
    N_("Power and data cabling in the group data centres and the Leeds headquarters is group IT's: "
       "in trays and locked risers, labelled, and changed only through change management.") },
  { "8.30", N_("Meridian Digital has software written by outside developers, and the companies buy in hundreds of services."),
    N_("Meridian Digital has part of the group's customer-facing software written by outside developers, "
       "and the companies buy in hundreds of services: secure coding terms, code review and testing "
       "before acceptance, and supplier assurance by group procurement.") },
};

/* Why the group includes each control that no risk it treats and no
 * requirement of its interested parties brings in, in its own words. */
static const struct
{
  const char *number;
  const char *justification;
} soa_reasons[] = {
  { "5.2", N_("Forty companies share group services: the group ISMS charter says what the group decides and what each managing director does.") },
  { "5.3", N_("Group finance shared services pay suppliers for every company: payments and access changes need a second person.") },
  { "5.5", N_("Personal data breaches go to the ICO within 72 hours, and incidents at Meridian Payments and Meridian Underwriting to the FCA.") },
  { "5.6", N_("The security operations centre shares threat information with the national cyber security centre and the card schemes' fraud forums.") },
  { "5.7", N_("Attackers target holding groups with shared identity and ERP platforms (4.1): the security operations centre follows their campaigns.") },
  { "5.8", N_("Acquisitions, new group platforms and companies moving onto them start with a security review.") },
  { "5.9", N_("Over 600 assets of 37 companies and two data centres can only be protected if each has a known owner.") },
  { "5.10", N_("12,000 employees handle customer, payment and logistics data, many of them at home or on the move.") },
  { "5.11", N_("Seasonal workers and leavers of 37 companies hold laptops, phones and door passes until they hand them back.") },
  { "5.12", N_("Cardholder data, customer records and public material need different handling in every company.") },
  { "5.13", N_("Documents passed between companies show at a glance how they are classified.") },
  { "5.16", N_("One identity per person on the group identity platform, which every company shares.") },
  { "5.18", N_("Staff move between companies of the group, and their access rights must follow them.") },
  { "5.19", N_("The companies buy in hundreds of services that reach group information.") },
  { "5.20", N_("Customer contracts require the same protection from every supplier that handles customers' data.") },
  { "5.21", N_("The group platforms depend on the cloud providers' and software vendors' own suppliers.") },
  { "5.22", N_("Group procurement reviews the assurance reports of the suppliers holding group data every year.") },
  { "5.24", N_("One compromise of the shared platforms could stop many companies at once (4.1): the response is planned for the group.") },
  { "5.25", N_("The security operations centre triages the alerts of 37 companies around the clock.") },
  { "5.27", N_("An incident in one company teaches the other 36: its lessons go into the group risk assessment.") },
  { "5.28", N_("The cyber insurer, the card schemes and the police may ask for evidence after an incident.") },
  { "5.29", N_("Floods and heat may close sites and data centres (4.1): security must hold while Sheffield takes over from Leeds.") },
  { "5.31", N_("Data protection law, FCA rules, the card schemes' rules and customer contracts apply across the group.") },
  { "5.32", N_("Meridian Digital's software and the licensed products of its vendors are used by every company.") },
  { "5.33", N_("Each company keeps records for its own legal periods: accounts for six years, contracts for their term.") },
  { "5.36", N_("Each managing director confirms every quarter that the company follows group policies.") },
  { "6.2", N_("Every employment contract in the group states the duty of confidentiality.") },
  { "6.4", N_("Misuse of customer or payment data has the same consequences in every company.") },
  { "6.5", N_("Leavers of the regulated companies remain bound by confidentiality after they go.") },
  { "6.6", N_("Contractors, agency workers and partners see group information under confidentiality agreements.") },
  { "6.7", N_("Staff expect hybrid work (4.1): information is handled at home and on the move.") },
  { "6.8", N_("Near misses are reported well (4.1); one channel to the security operations centre makes sure each is dealt with.") },
  { "7.1", N_("The Leeds headquarters, the shared service centres and the data centres hold the information of every company.") },
  { "7.3", N_("The shared service centres run payroll and finance for every company in open-plan offices.") },
  { "7.6", N_("The data centre halls and the security operations centre are worked in as secure areas.") },
  { "7.7", N_("Payroll and customer papers are handled in open offices and at home.") },
  { "7.8", N_("Network equipment at the companies' premises is sited out of harm's way, above flood level (4.1).") },
  { "7.9", N_("Laptops and phones travel between homes, sites and customers every day.") },
  { "7.10", N_("Backup media and drives move between the Leeds and Sheffield data centres.") },
  { "7.14", N_("Thousands of laptops and disks held company data: a certified contractor wipes or destroys them.") },
  { "8.2", N_("Administrator rights to the group ERP and identity platform reach the data of every company.") },
  { "8.3", N_("Each company sees only its own records on the shared ERP.") },
  { "8.4", N_("Meridian Digital's source code runs the customer-facing services of many companies.") },
  { "8.6", N_("Month-end and seasonal peaks of 37 companies load the shared platforms at the same time.") },
  { "8.10", N_("Customer data past its retention period is deleted from every group system.") },
  { "8.11", N_("Customer and card data is masked in reports and test copies.") },
  { "8.15", N_("The security operations centre and investigators need a record of who did what on the shared platforms.") },
  { "8.16", N_("The security operations centre watches the group network and platforms for ransomware and intruders (4.1).") },
  { "8.17", N_("Logs of two data centres, the cloud services and the companies' sites must line up in an investigation.") },
  { "8.18", N_("Administration tools on shared servers could bypass other controls.") },
  { "8.20", N_("The group wide area network joins every site to the data centres.") },
  { "8.21", N_("Telecoms providers connect the premises of 37 companies to the group network.") },
  { "8.22", N_("Companies, shop-floor equipment (4.1), guest Wi-Fi and the cardholder data environment are kept apart.") },
  { "8.23", N_("Blocking malicious sites stops much of the phishing aimed at finance teams (4.1) at the first click.") },
  { "8.25", N_("Meridian Digital builds the group's customer-facing software.") },
  { "8.26", N_("Customer-facing applications take orders and payments over the internet.") },
  { "8.27", N_("Group platforms are designed once and used by every company.") },
  { "8.29", N_("New releases of customer-facing software are tested before customers see them.") },
  { "8.31", N_("Development and testing are kept away from live customer and card data.") },
  { "8.32", N_("A change to a shared platform can stop every company: changes go through group change management.") },
  { "8.33", N_("Test data is never live customer or card data.") },
  { "8.34", N_("Audits and penetration tests must not disturb the shared platforms in trading hours.") },
};

/* Records beside the documents that show a control working: what was done,
 * who signed it, under which document of the register. */
static const struct
{
  const char *number;
  const char *record;   /* %s: the document, as an evidence reference */
} soa_records[] = {
  { "5.18", N_("Quarterly access review of the group ERP's finance roles, signed by the group finance director (%s)") },
  { "8.13", N_("Restore test of the group ERP from its immutable backup, signed by the head of group data centres (%s)") },
  { "7.11", N_("Generator load test at the Leeds data centre, signed by the head of group data centres (%s)") },
  { "6.3", N_("Phishing awareness course completions of the 37 companies, from the group learning system (%s)") },
  { "8.8", N_("Monthly patch compliance report of group IT for the shared platforms (%s)") },
  { "5.22", N_("Yearly review of the group cloud providers' assurance reports by group procurement (%s)") },
};

static gboolean
add_large_soa (Large            *large,
               AttestWorkspace  *workspace,
               GError          **error)
{
  Demo *demo = large->demo;
  AttestCatalog *catalog = attest_catalog_get_default ();
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  g_autofree char *reviewed = date_of (demo, 118);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      const AttestControl *control =
        attest_catalog_lookup_control (catalog, attest_record_get_string (entry, "control-id"));
      static const char * const legal[] = { "5.5", "5.31", "5.33", "5.34", NULL };
      const char *owner = GROUP_CISO, *justification = "", *implementation = "";
      AttestImplementation status;
      int document;
      g_autofree char *target = NULL;

      at (demo, 77 + i * 40 / g_list_model_get_n_items (entries), 9);   /* a theme a week or so */
      /* Most controls in place; some in progress across the companies,
       * each with a date, spread over the coming months. */
      status = (i % 9 == 4) ? ATTEST_IMPLEMENTATION_PLANNED
             : (i % 6 == 1) ? ATTEST_IMPLEMENTATION_PARTIAL
             : ATTEST_IMPLEMENTATION_IMPLEMENTED;
      /* What the treated risks' decisions rely on is in place, but for the
       * secure development of outsourced code, being rolled out. */
      for (guint t = 0; t < G_N_ELEMENTS (threats); t++)
        {
          g_auto(GStrv) numbers = g_strsplit (threats[t].controls, " ", -1);

          for (guint c = 0; numbers[c] != NULL; c++)
            if (g_str_equal (numbers[c], control->number))
              status = t == OUTSOURCED ? ATTEST_IMPLEMENTATION_PARTIAL : ATTEST_IMPLEMENTATION_IMPLEMENTED;
        }
      if (status != ATTEST_IMPLEMENTATION_IMPLEMENTED)
        target = working_date_of (demo, DEMO_DAYS + 30 + (i % 5) * 30);
      if (g_str_has_prefix (control->number, "6."))
        owner = GROUP_HR;
      else if (g_str_has_prefix (control->number, "7."))
        owner = GROUP_FACILITIES;
      else if (g_str_has_prefix (control->number, "8."))
        owner = GROUP_CIO;
      for (guint o = 0; o < G_N_ELEMENTS (soa_owners); o++)
        if (g_str_equal (soa_owners[o].number, control->number))
          owner = soa_owners[o].owner;
      for (guint o = 0; o < G_N_ELEMENTS (soa_reasons); o++)
        if (g_str_equal (soa_reasons[o].number, control->number))
          justification = soa_reasons[o].justification;
      for (guint o = 0; o < G_N_ELEMENTS (soa_texts); o++)
        if (g_str_equal (soa_texts[o].number, control->number))
          {
            justification = soa_texts[o].justification;
            implementation = soa_texts[o].implementation;
          }
      g_object_set (entry,
                    "applicability", ATTEST_APPLICABILITY_APPLICABLE,
                    "status", status,
                    "owner", tr (owner),
                    "justification", tr (justification),
                    "implementation", tr (implementation),
                    "reason-business", TRUE,
                    /* Breach notification, legal records and privacy. */
                    "reason-legal", g_strv_contains (legal, control->number),
                    "reason-contractual", g_str_has_prefix (control->number, "5.2")
                                          || g_str_equal (control->number, "8.30")
                                          || g_str_equal (control->number, "8.24"),
                    "target-date", target,
                    "last-reviewed", reviewed,
                    NULL);
      /* An implemented control's evidence: the register's document that
       * serves it, of the day it was approved, and a record of the control
       * at work where the group keeps one. */
      document = group_document_for (control->number);
      if (status == ATTEST_IMPLEMENTATION_IMPLEMENTED && document >= 0)
        {
          g_autofree char *reference = demo_document_reference (&group_documents[document]);
          g_autofree char *date = working_date_of (demo, group_documents[document].approved);

          if (!add_record (workspace,
                           g_object_new (ATTEST_TYPE_EVIDENCE,
                                         "soa-entry-id", attest_record_get_id (entry),
                                         "title", reference,
                                         "location", tr (PORTAL),
                                         "date", date,
                                         NULL),
                           error))
            return FALSE;
          for (guint o = 0; o < G_N_ELEMENTS (soa_records); o++)
            {
              g_autofree char *title = NULL;
              g_autofree char *location = NULL;
              g_autofree char *day = NULL;

              if (!g_str_equal (soa_records[o].number, control->number))
                continue;
              /* The format is one of ours (soa_records[]), marked for translation. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
              title = g_strdup_printf (tr (soa_records[o].record), reference);
#pragma GCC diagnostic pop
              /* Translators: %s is an Annex A control's number. */
              location = g_strdup_printf (_("Group ISMS portal › Controls › A.%s"), control->number);
              /* Filed with the control's entry, the day it was written. */
              day = date_of (demo, (int) ((demo->now - demo->start) / DAY));
              if (!add_record (workspace,
                               g_object_new (ATTEST_TYPE_EVIDENCE,
                                             "soa-entry-id", attest_record_get_id (entry),
                                             "title", title,
                                             "location", location,
                                             "date", day,
                                             NULL),
                               error))
                return FALSE;
            }
        }
    }

  /* The group's parties' requirements are why some controls are in. */
  return demo_link_requirements (workspace, large->requirements, "control", error);
}

/* Days 126 to 240: the treatment plan. Every risk reduced or avoided has
 * its actions, owned by the company's head of IT or managing director or by
 * the group, due over the year; those due before today are mostly done.
 * Each risk owner decides on the residual risk once its treatment is done;
 * a retained risk above the acceptance level is decided in the first weeks. */

static gboolean
is_pending (AttestWorkspace *workspace,
            LargeRisk       *risk,
            int              day)
{
  g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (workspace, "risk-control", risk->record, NULL);

  for (guint a = 0; a < risk->actions->len; a++)
    {
      LargeAction *action = g_ptr_array_index (risk->actions, a);

      if (action->done == 0 || action->done > day)
        return TRUE;
    }
  for (guint c = 0; controls != NULL && c < controls->len; c++)
    {
      AttestRecord *entry = attest_workspace_lookup (workspace, g_ptr_array_index (controls, c));

      if (entry != NULL && attest_record_get_enum (entry, "status") != ATTEST_IMPLEMENTATION_IMPLEMENTED)
        return TRUE;
    }
  return FALSE;
}

static const char *
action_owner (Large      *large,
              LargeRisk  *risk,
              gboolean    second)
{
  guint c = risk->asset->company;
  ActionBy by = threats[risk->threat].by;

  if (c >= N_IN_SCOPE)
    return risk->asset->owner;
  /* A second action is the group's part of the work. */
  if (second || by == BY_GROUP)
    return tr (threats[risk->threat].group_owner);
  return by == BY_IT ? large->head_of_it[c] : large->managing_director[c];
}

/* How a risk is shared: the insurers cover damage, theft and cyber
 * incidents; suppliers answer for their services under contract; the
 * support of what one person knows is outsourced. */
static char *
share_title (LargeRisk *risk)
{
  const char *asset = attest_record_get_string (risk->asset->record, "name");

  switch (risk->threat)
    {
    case OUTAGE:
    case MISCONFIGURATION:
    case OUTSOURCED:
      /* Translators: an action of the large demo that shares a risk; %s is the asset. */
      return g_strdup_printf (_("Service level and liability clauses in the supplier's contract for %s"), asset);
    case KEY_STAFF:
      /* Translators: an action of the large demo that shares a risk; %s is the asset. */
      return g_strdup_printf (_("Outsourcing agreement for the support of %s"), asset);
    case FLOOD:
    case POWER:
      /* Translators: an action of the large demo that shares a risk; %s is the asset. */
      return g_strdup_printf (_("Business interruption insurance cover for %s"), asset);
    case THEFT:
    case BREAK_IN:
      /* Translators: an action of the large demo that shares a risk; %s is the asset. */
      return g_strdup_printf (_("Insurance against theft of and damage to %s"), asset);
    case PHISHING:
    case FRAUD:
      /* Translators: an action of the large demo that shares a risk; %s is the asset. */
      return g_strdup_printf (_("Crime insurance for losses from fraud or deception involving %s"), asset);
    case INSIDER:
      /* Translators: an action of the large demo that shares a risk; %s is the asset. */
      return g_strdup_printf (_("Fidelity insurance for losses from the misuse by employees of %s"), asset);
    default:
      /* Translators: an action of the large demo that shares a risk; %s is the asset. */
      return g_strdup_printf (_("Cyber insurance for the response and recovery costs of an incident involving %s"), asset);
    }
}

static const char *
share_owner (LargeRisk *risk)
{
  switch (risk->threat)
    {
    case OUTAGE:
    case MISCONFIGURATION:
    case OUTSOURCED:
    case KEY_STAFF:
      return GROUP_PROCUREMENT;
    default:
      return GROUP_FINANCE;
    }
}

static gboolean
add_large_actions (Large            *large,
                   AttestWorkspace  *workspace,
                   GPtrArray        *risks,
                   GPtrArray        *actions,
                   GError          **error)
{
  Demo *demo = large->demo;

  at (demo, 126, 14);
  for (guint r = 0; r < risks->len; r++)
    {
      LargeRisk *risk = g_ptr_array_index (risks, r);
      int treatment = attest_record_get_enum (risk->record, "treatment");
      /* A shared risk is shared by one action: insurance cover, a
       * supplier's contract or an outsourcing agreement. */
      guint n = treatment == ATTEST_TREATMENT_MODIFY || treatment == ATTEST_TREATMENT_AVOID
                ? (risk->inherent >= 3 ? 2 : 1)
                : treatment == ATTEST_TREATMENT_SHARE ? 1 : 0;

      for (guint i = 0; i < n; i++)
        {
          /* Due from some weeks after the plan's approval (day 150) to a
           * year and more ahead: the first actions of a risk sooner, the
           * second later; on a working day, so that one due on the
           * weekend before today is not due after it. */
          int due = working_day (demo, 165 + g_rand_int_range (large->rand, 0, 330) + (int) i * 45);
          guint entry = threat_action_for (risk->threat, risk->asset->kind);
          const char *format = treatment == ATTEST_TREATMENT_AVOID && i == 0 ? threat_actions[entry].avoid
                               : i == 0 ? threat_actions[entry].action
                               : threat_actions[entry].second;
          g_autofree char *title = NULL;
          g_autofree char *due_date = working_date_of (demo, due);
          LargeAction *action = g_new0 (LargeAction, 1);
          int status;

          if (treatment == ATTEST_TREATMENT_SHARE)
            title = share_title (risk);
          else
            {
              /* The format is one of ours (threat_actions[]), marked for translation. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
              title = g_strdup_printf (tr (format), attest_record_get_string (risk->asset->record, "name"));
#pragma GCC diagnostic pop
            }
          /* Due before today: done a few days before its date, a handful
           * late; due later: some under way. */
          if (due < DEMO_DAYS)
            action->done = g_rand_int_range (large->rand, 0, 100) < 98 ? MAX (151, due - g_rand_int_range (large->rand, 0, 10)) : 0;
          /* Finished on a working day, and (edits happening in office
           * hours) before the last week. */
          if (action->done != 0)
            action->done = working_day (demo, action->done);
          if (action->done >= DEMO_DAYS - 6)
            action->done = working_day (demo, DEMO_DAYS - 14);
          status = action->done != 0 || g_rand_boolean (large->rand) || due < DEMO_DAYS
                   ? ATTEST_ACTION_STATUS_IN_PROGRESS : ATTEST_ACTION_STATUS_OPEN;
          action->risk = risk;
          action->record = g_object_new (ATTEST_TYPE_TREATMENT_ACTION,
                                         "risk-id", attest_record_get_id (risk->record),
                                         "title", title,
                                         "owner", treatment == ATTEST_TREATMENT_AVOID && i == 0
                                                  ? attest_record_get_string (risk->record, "owner")
                                                  : treatment == ATTEST_TREATMENT_SHARE
                                                  ? tr (share_owner (risk))
                                                  : action_owner (large, risk, i > 0),
                                         "due-date", due_date,
                                         "status", status,
                                         NULL);
          g_ptr_array_add (risk->actions, action);
          g_ptr_array_add (actions, action);
          if (!attest_workspace_add (workspace, action->record, error))
            return FALSE;
        }
      /* When its owner decides: once its treatment is done (a retained risk
       * in the first weeks, treated ones some days after their last action),
       * for most of them; the others await their owner. */
      if (treatment == ATTEST_TREATMENT_RETAIN && risk->inherent <= 1)
        continue;
      /* After the owners have approved the plan (days 151 to 165). */
      if (treatment == ATTEST_TREATMENT_RETAIN)
        risk->decided = 166 + g_rand_int_range (large->rand, 0, 20);
      else
        {
          int last = 166;

          for (guint a = 0; a < risk->actions->len; a++)
            {
              LargeAction *action = g_ptr_array_index (risk->actions, a);

              last = action->done == 0 ? G_MAXINT / 2 : MAX (last, action->done);
            }
          last += g_rand_int_range (large->rand, 1, 15);
          risk->decided = last < DEMO_DAYS && g_rand_int_range (large->rand, 0, 10) < 7 ? last : 0;
        }
      /* On a working day, before the last week. */
      if (risk->decided != 0)
        risk->decided = working_day (demo, risk->decided);
      if (risk->decided >= DEMO_DAYS - 6)
        risk->decided = 0;
    }
  return TRUE;
}

/* The owner's note on a decision: a few ways of saying it, chosen by the
 * risk (@k: the risk's place in the register). */
static const char *
decision_note (LargeRisk *risk,
               guint      k)
{
  static const char * const retained[] = {
    N_("Retained: further controls would cost more than the harm they prevent; reviewed at the next assessment."),
    N_("Retained as it is: the harm is small and the existing group controls cover it."),
    N_("Retained: no cost-effective control is left; the company watches it in its quarterly ISMS review."),
  };
  static const char * const modified[] = {
    N_("Accepted: the actions are done and the controls in place."),
    N_("Accepted after checking the actions' evidence with the head of IT."),
    N_("Accepted: the controls work as planned; the level is within our appetite."),
    N_("Accepted once the last action was signed off; to be looked at again at the next assessment."),
  };

  switch (attest_record_get_enum (risk->record, "treatment"))
    {
    case ATTEST_TREATMENT_RETAIN:
      return retained[k % G_N_ELEMENTS (retained)];
    case ATTEST_TREATMENT_AVOID:
      return k % 2 == 0 ? N_("Accepted: the activity has stopped.")
                        : N_("Accepted: the activity has ended and what it left behind is deleted.");
    case ATTEST_TREATMENT_SHARE:
      return N_("Accepted: the risk is shared through the insurance cover, contract or outsourcing agreement of "
                "its action, now in place.");
    default:
      return modified[(k / 3) % G_N_ELEMENTS (modified)];
    }
}

/* From day 135 to 149 the risk owners approve the draft of the treatment
 * plan for their risks, a few each day after five, before the group chief
 * executive approves it on day 150; one of them has not approved it yet,
 * and decides on none of their risks until they have. */
static gboolean
approve_plan_by_owners (Demo             *demo,
                        AttestWorkspace  *workspace,
                        int               day,
                        GError          **error)
{
  g_autoptr(GPtrArray) owners = NULL;
  guint k = 0;

  if (day < 135 || day > 149)
    return TRUE;
  owners = attest_risks_dup_owner_approvals (workspace);
  for (guint i = 0; i < owners->len; i++)
    {
      AttestOwnerApproval *owner = g_ptr_array_index (owners, i);

      if (i % 15 != (guint) (day - 135) || i == 7)
        continue;
      demo->now = MAX (demo->now, demo->start + day * DAY + 17 * HOUR + k++ * 3 * MINUTE);
      if (attest_risks_approve_plan (workspace, owner->owner, NULL, error) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* The board risk committee meets every four weeks while the plan runs; a
 * residual risk at the method's escalation level waits for its next
 * meeting, where the committee decides with the owner (6.1.3 f). */
static const int committee_days[] = { 140, 168, 196, 224 };

static int
next_committee (Demo *demo,
                int   day)
{
  for (guint m = 0; m < G_N_ELEMENTS (committee_days); m++)
    if (working_day (demo, committee_days[m]) >= day)
      return working_day (demo, committee_days[m]);
  return 0;
}

/* Day by day: the owners' decisions in the morning, the actions finished in
 * the afternoon, the approvals in between, so the clock only moves on. */
static gboolean
run_large_plan (Large            *large,
                AttestWorkspace  *workspace,
                GPtrArray        *risks,
                GPtrArray        *actions,
                GError          **error)
{
  Demo *demo = large->demo;
  g_autofree char *quarter = NULL;
  int metrics_day = metrics_report_of (demo, DEMO_DAYS, &quarter);
  g_autoptr(GHashTable) unapproved = NULL;

  for (int day = 127; day < DEMO_DAYS; day++)
    {
      guint n_today = 0, k = 0;

      if (day == 166)
        {
          g_autoptr(GPtrArray) owners = attest_risks_dup_owner_approvals (workspace);

          unapproved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (guint i = 0; i < owners->len; i++)
            {
              AttestOwnerApproval *owner = g_ptr_array_index (owners, i);

              if (owner->plan_approval == NULL)
                g_hash_table_add (unapproved, g_strdup (owner->owner));
            }
        }

      for (guint r = 0; r < risks->len; r++)
        n_today += ((LargeRisk *) g_ptr_array_index (risks, r))->decided == day;
      for (guint r = 0; r < risks->len; r++)
        {
          LargeRisk *risk = g_ptr_array_index (risks, r);
          g_autofree char *authority = NULL;
          gboolean escalated;

          if (risk->decided != day)
            continue;
          /* An owner who has not approved the plan decides nothing yet. */
          if (unapproved != NULL && g_hash_table_contains (unapproved, attest_record_get_string (risk->record, "owner")))
            continue;
          /* An owner accepts only what is done (and nothing while a
           * control it relies on is not in place yet). */
          if (is_pending (workspace, risk, day))
            continue;
          /* The committee's decision, at its next meeting; after the
           * last one before today, the risk awaits it. */
          escalated = attest_risk_needs_authority (workspace, risk->record);
          if (escalated && next_committee (demo, day) != day)
            {
              risk->decided = next_committee (demo, day);
              if (risk->decided >= DEMO_DAYS - 6)
                risk->decided = 0;
              continue;
            }
          /* The owners one after another, from 9:00 to 17:00. */
          {
            /* (MAX() evaluates its arguments twice.) */
            gint64 when = office_time (demo, day, 9, 0) + k++ * 8 * HOUR / n_today
                          + g_rand_int_range (large->rand, 0, 40) * MINUTE;

            /* A minute after anything earlier that day, such as a change
             * from a weekend moved to the morning: never two at once. */
            demo->now = MAX (demo->now + 60 * G_USEC_PER_SEC, when);
            keep_office_hours (demo);
          }
          if (escalated)
            {
              g_autoptr(GDateTime) meeting = g_date_time_new_from_unix_utc ((demo->start + day * DAY) / G_USEC_PER_SEC);
              g_autofree char *date = attest_i18n_format_date (meeting);

              /* Translators: who decided with a risk owner in the large
               * demo: "Board risk committee, meeting of 12 March 2026". */
              authority = g_strdup_printf (_("Board risk committee, meeting of %s"), date);
            }
          if (attest_risk_accept_full (workspace, risk->record, attest_record_get_string (risk->record, "owner"),
                                       authority, ATTEST_ACCEPTANCE_ACCEPTED, tr (decision_note (risk, r)), error) == NULL)
            return FALSE;
        }
      for (guint a = 0; a < actions->len; a++)
        {
          LargeAction *action = g_ptr_array_index (actions, a);

          if (action->done != day)
            continue;
          g_autofree char *completed = date_of (demo, day);

          at (demo, day, 16);
          g_object_set (action->record, "status", ATTEST_ACTION_STATUS_DONE, "completed-date", completed, NULL);
        }
      if (day == 150
          && !approve (demo, workspace, "treatment-plan", 150, GROUP_CHIEF_EXECUTIVE,
                       N_("Approved after the risk owners approved the draft for their risks; they decide on each "
                          "residual risk once its actions are done, and a residual risk at Critical goes to the "
                          "board risk committee."), error))
        return FALSE;
      if (day == 154
          && !approve (demo, workspace, "soa", 154, GROUP_CHIEF_EXECUTIVE,
                       N_("First approved Statement of Applicability of the group."), error))
        return FALSE;
      if (day == metrics_day)
        {
          /* The last quarter's metrics report replaces the one before. */
          GListModel *documents = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);

          at (demo, day, 11);
          for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
            {
              g_autoptr(AttestRecord) document = g_list_model_get_item (documents, i);

              if (g_str_equal (attest_record_get_string (document, "identifier"),
                               group_documents[METRICS_REPORT].identifier))
                set_metrics_report (demo, document, DEMO_DAYS);
            }
        }
      if (!approve_plan_by_owners (demo, workspace, day, error))
        return FALSE;
      if (day == 200)
        {
          /* Since the approval: a control put in place across the group. */
          AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.28");
          g_autofree char *date = working_date_of (demo, 200);
          g_autofree char *standard = demo_document_reference (&group_documents[group_document_for ("8.28")]);
          /* Translators: %s is the secure development standard as an evidence
           * reference, "GRP-DEV-STD-01 Group secure development standard v1.1". */
          g_autofree char *secure_coding = g_strdup_printf (_("%s and Meridian Digital's code review records"), standard);

          at (demo, 200, 11);
          g_object_set (entry, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, "target-date", "", NULL);
          if (!add_record (workspace,
                           g_object_new (ATTEST_TYPE_EVIDENCE,
                                         "soa-entry-id", attest_record_get_id (entry),
                                         "title", secure_coding,
                                         "location", tr (PORTAL),
                                         "date", date,
                                         NULL),
                           error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_large_documents (Large            *large,
                     AttestWorkspace  *workspace,
                     GError          **error)
{
  at (large->demo, 120, 9);
  for (guint i = 0; i < G_N_ELEMENTS (group_documents); i++)
    {
      AttestRecord *document = demo_add_register_document (large->demo, workspace, &group_documents[i], error);

      if (document == NULL)
        return FALSE;
      if (i == METRICS_REPORT)
        set_metrics_report (large->demo, document, 120);
    }
  return TRUE;
}

/* The first risk to company @c's own system, or %NULL. */
static AttestRecord *
company_system_risk (GPtrArray *risks,
                     guint      c)
{
  for (guint r = 0; r < risks->len; r++)
    {
      LargeRisk *risk = g_ptr_array_index (risks, r);

      if (risk->asset != NULL && risk->asset->company == c)
        return risk->record;
    }
  return NULL;
}

/* Day 126: the changes to the ISMS (6.3): each company in scope moves
 * its system to the group identity platform (a third done with their
 * consequences reviewed, a third under way, a third planned), and the
 * group's own two. Linked to the company's first risk to its system and
 * to the control of authentication information. */
static gboolean
add_large_changes (Large            *large,
                   AttestWorkspace  *workspace,
                   GPtrArray        *risks,
                   GError          **error)
{
  static const AttestChangeStatus statuses[] = {
    ATTEST_CHANGE_STATUS_DONE, ATTEST_CHANGE_STATUS_IN_PROGRESS, ATTEST_CHANGE_STATUS_PLANNED,
  };
  static const struct { const char *title, *reason; } group[] = {
    { N_("Security monitoring of every company taken over by the group operations centre"),
      N_("Incidents were found late where a company watched its own logs.") },
    { N_("Internal audits carried out by the group audit team"),
      N_("Auditors from the group are independent of the companies they audit.") },
  };
  AttestRecord *authentication = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.17");

  at (large->demo, 126, 10);
  for (guint c = 0; c <= N_IN_SCOPE; c++)
    for (guint k = 0; k < (c < N_IN_SCOPE ? 1u : G_N_ELEMENTS (group)); k++)
      {
        guint n = c + k;
        AttestChangeStatus status = statuses[n % G_N_ELEMENTS (statuses)];
        gboolean done = status == ATTEST_CHANGE_STATUS_DONE;
        g_autofree char *planned = working_date_of (large->demo, done ? 90 + n % 20 : DEMO_DAYS + 30 + (n % 6) * 30);
        g_autofree char *reviewed = working_date_or_empty (large->demo, done ? 112 + n % 10 : 0);
        g_autofree char *title = NULL;
        const char *reason, *owner;
        AttestRecord *change, *risk = NULL;
        gboolean ok;

        if (c == N_IN_SCOPE)
          {
            title = g_strdup (tr (group[k].title));
            reason = tr (group[k].reason);
            owner = tr (GROUP_CISO);
          }
        else
          {
            /* Translators: a change of the large demo: "Group sign-in for the transport management system of Meridian Logistics" */
            title = g_strdup_printf (_("Group sign-in for the %s of %s"),
                                     tr (companies[c].system), companies[c].name);
            reason = _("One sign-in with a second factor for every company of the group.");
            owner = large->head_of_it[c];
            risk = company_system_risk (risks, c);
          }
        change = g_object_new (ATTEST_TYPE_PLANNED_CHANGE, "title", title, "reason", reason, "owner", owner,
                               "planned-date", planned, "status", status, "reviewed-on", reviewed,
                               "consequences", done ? _("Local accounts closed; the leavers' procedure checked "
                                                        "against the new sign-in.") : "",
                               NULL);
        ok = attest_workspace_add (workspace, change, error)
             && (risk == NULL || attest_workspace_link (workspace, "change-risk", change, risk, error))
             && (c == N_IN_SCOPE || attest_workspace_link (workspace, "change-control", change, authentication, error));
        g_object_unref (change);
        if (!ok)
          return FALSE;
      }
  return TRUE;
}

/* The group's people who hold a role in its ISMS (5.3). */
static const DemoPerson large_people[] = {
  { "Eleanor Whitfield", N_("Group chief executive"), N_("Group executive"), "eleanor.whitfield@meridian.example" },
  { "Rajesh Iyer", N_("Group chief information security officer"), N_("Group ISMS team"),
    "rajesh.iyer@meridian.example" },
  { "Martin Oduya", N_("Group chief information officer"), N_("Group executive"), "martin.oduya@meridian.example" },
  { "Claire Fenwick", N_("Group data protection officer"), N_("Group legal and privacy"),
    "claire.fenwick@meridian.example" },
  { "Simon Achebe", N_("Group HR director"), N_("Group executive"), "simon.achebe@meridian.example" },
  { "Ruth Adeyemi", N_("Group finance director"), N_("Group executive"), "ruth.adeyemi@meridian.example" },
  { "David Kerr", N_("Group head of procurement"), N_("Group procurement"), "david.kerr@meridian.example" },
  { "Joanna Pryce", N_("Head of group data centres"), N_("Group IT operations"), "joanna.pryce@meridian.example" },
  { "Neil Ashworth", N_("Head of group property and facilities"), N_("Group facilities"),
    "neil.ashworth@meridian.example" },
  { "Alan Whitaker", N_("Head of group internal audit"), N_("Group internal audit"),
    "alan.whitaker@meridian.example" },
};

/* The roles of the group's ISMS (5.3), made known in the first weeks of
 * the story. */
static const DemoRole large_roles[] = {
  { N_("Group executive committee"), TRUE, FALSE, FALSE,
    N_("Leads the group's ISMS: sets its policy and objectives, provides its resources, approves the scope, the "
       "risk method, the Statement of Applicability and the risk treatment plan, and holds the management review."),
    N_("Accepts residual risks above High; approves the ISMS budget."),
    N_("The committee's terms of reference, published on the intranet"), 20, "0 2 4 5" },
  { N_("Group chief information security officer"), FALSE, TRUE, TRUE,
    N_("Runs the group's ISMS: keeps it conforming across the companies, leads the ISMS team and the company "
       "security leads, and reports on how the ISMS performs to the executive committee every quarter."),
    N_("May require any company to act on a finding; may stop a change that puts the ISMS at risk."),
    N_("Appointment letter; announced by the chief executive on the intranet"), 22, "1" },
  { N_("Group data protection officer"), FALSE, FALSE, FALSE,
    N_("Advises on and monitors the processing of personal data across the group; reports breaches to the "
       "authorities."),
    N_("Reports directly to the board; may stop a processing that breaks the law."),
    N_("Named in the privacy notices and on the intranet"), 25, "3" },
  { N_("Risk owner"), FALSE, FALSE, FALSE,
    N_("Owns the risks given to them: decides how each is treated, approves its treatment plan and accepts its "
       "residual risk."),
    N_("Accepts residual risks up to High for their risks."),
    N_("The risk management procedure, and the risk workshops"), 40, "0 1 2 3 4 5 6 7 8" },
  { N_("Supplier security lead"), FALSE, FALSE, FALSE,
    N_("Makes sure contracts with suppliers carry the group's security requirements, and that suppliers are "
       "reviewed."),
    N_("May hold back a contract that lacks the security requirements."),
    N_("The procurement procedure"), 40, "6" },
  { N_("Internal audit lead"), FALSE, FALSE, FALSE,
    N_("Plans and runs the internal audits of the ISMS, independent of the work audited, and reports their "
       "results to the executive committee."),
    N_("May see every record of the ISMS."),
    N_("The internal audit charter"), 30, "9" },
};

/* How the group made its staff aware (7.3): days of the story. */
static const DemoAwareness large_awareness[] = {
  { N_("Information security e-learning for every employee of the group"), TRUE, { NULL }, 60, GROUP_HR,
    N_("11,480 of 12,050 employees (95 %)") },
  { N_("Briefing of the executive committee on the ISMS and the group's main risks"), FALSE,
    { N_("Group executive"), NULL }, 110, GROUP_CISO, N_("Eleanor Whitfield, Martin Oduya, Simon Achebe, Ruth Adeyemi") },
  { N_("Secure operations workshop"), FALSE, { N_("Group IT operations"), N_("Group ISMS team"), NULL }, 115, GROUP_CIO,
    N_("26 engineers and the ISMS team") },
};

/* What the group's roles require (7.2): indexes of large_roles. */
static const DemoCompetence large_competences[] = {
  { N_("Leading an ISMS to ISO/IEC 27001 across a group"), N_("Lead implementer level, and experience of a group."),
    "1" },
  { N_("Data protection law"), N_("UK GDPR and the EU GDPR, as they apply to every company of the group."), "2" },
  { N_("Auditing an ISMS"), N_("Lead auditor level: planning, sampling, reporting findings."), "5" },
};

/* The group's evidence of competence: indexes of large_people and
 * large_competences; days of the story (0 for none; after DEMO_DAYS, to
 * come). */
static const DemoQualification large_qualifications[] = {
  { 1, 0, ATTEST_QUALIFICATION_STATUS_HELD, ATTEST_QUALIFICATION_KIND_CERTIFICATE, "", 0, 5, DEMO_DAYS + 700,
    N_("Lead implementer certificate; CV in the HR system"), ATTEST_EFFECTIVENESS_NOT_EVALUATED },
  { 3, 1, ATTEST_QUALIFICATION_STATUS_HELD, ATTEST_QUALIFICATION_KIND_CERTIFICATE, "", 0, 8, DEMO_DAYS + 400,
    N_("Data protection certificate in the HR system"), ATTEST_EFFECTIVENESS_NOT_EVALUATED },
  { 9, 2, ATTEST_QUALIFICATION_STATUS_PLANNED, ATTEST_QUALIFICATION_KIND_CERTIFICATE,
    N_("ISO/IEC 27001 lead auditor course and exam"), DEMO_DAYS + 60, 0, 0, "", ATTEST_EFFECTIVENESS_NOT_EVALUATED },
};

/* What the group's ISMS relies on from outside (8.1): days of the story. */
static const DemoProvider large_providers[] = {
  { "Atlas Colocation plc", N_("Racks, power and cooling for the group's two data centres"), GROUP_DATA_CENTRES,
    N_("Colocation agreement with service levels"), 100, DEMO_DAYS + 100, "5.19 5.20 7.1 7.5 7.11" },
  { "Harbour Managed Security", N_("The security operations centre: monitoring and first response, day and night"),
    GROUP_CISO, N_("Managed security services contract"), 110, DEMO_DAYS + 110, "5.19 5.20 5.22 8.16" },
  { "Northgate Payroll Bureau", N_("Payroll for every company of the group"), GROUP_HR,
    N_("Payroll services contract and data processing agreement"), 60, DEMO_DAYS + 60, "5.19 5.20 5.34" },
  { "Cumulus Cloud Services", N_("Hosting of the customer portals"), GROUP_CIO,
    N_("Cloud services agreement with a data processing addendum"), 120, DEMO_DAYS + 120, "5.19 5.23" },
};

/* What the group's executive committee showed for the ISMS (5.1): days
 * of the story. */
static const DemoCommitment large_commitments[] = {
  { ATTEST_COMMITMENT_SETS_POLICY, N_("The executive committee approved the group policy and objectives with the "
                                      "group strategy"), 25, "" },
  { ATTEST_COMMITMENT_INTEGRATES, N_("Security requirements made part of the group's project gate and procurement "
                                     "procedure"), 70, "" },
  { ATTEST_COMMITMENT_PROVIDES_RESOURCES, N_("A group ISMS team of four and a security lead in each company, in the "
                                             "group budget"), 45, "" },
  { ATTEST_COMMITMENT_COMMUNICATES, N_("The chief executive's message on the intranet, and a talk at every company's "
                                       "town hall"), 30, "" },
  { ATTEST_COMMITMENT_ENSURES_OUTCOMES, N_("A quarterly ISMS report to the executive committee, with the objectives "
                                           "and the main risks"), 110, "" },
  { ATTEST_COMMITMENT_SUPPORTS_PEOPLE, N_("Security objectives in the yearly goals of every company director"), 60,
    "" },
  { ATTEST_COMMITMENT_PROMOTES_IMPROVEMENT, N_("An improvement programme decided after the first internal audits"),
    120, "" },
  { ATTEST_COMMITMENT_SUPPORTS_MANAGERS, N_("Each company's managing director chairs a security forum for their "
                                            "company, with the group ISMS team"), 80, "" },
};

/* Day 127: the processes of the group's ISMS (4.4) with their criteria
 * (8.1), run by the group; those of the companies' scopes by each
 * company. Days of the story when each last ran (0: not yet). */
static const DemoProcess large_processes[] = {
  { N_("Context and interested parties review"), GROUP_CISO, 15,
    N_("Every company's issues, parties and scope reviewed; changes approved by the group ISMS forum."),
    N_("The forum's minutes record each company's review.") },
  { N_("Risk assessment"), GROUP_CISO, 70,
    N_("Every company assessed by the group method; every risk with an owner in that company."),
    N_("Group internal audit samples five companies' registers a year.") },
  { N_("Risk treatment"), GROUP_CISO, 100,
    N_("Every risk above the acceptance level treated or accepted by its owner within a month."),
    N_("The board risk committee sees the open treatments at each meeting.") },
  { N_("Change management"), GROUP_CIO, 120,
    N_("Every change to group systems approved by the change board, with a tested way back."),
    N_("The change board's records are sampled every quarter.") },
  { N_("Document control"), GROUP_CISO, 125,
    N_("Every document of the ISMS on the portal, approved and reviewed on time."),
    N_("The document register flags any past review.") },
  { N_("Awareness and training"), GROUP_HR, 110,
    N_("Every employee trained on joining and every year, in their own language."),
    N_("Completion by company is reported to the forum every quarter.") },
  { N_("Incident management"), GROUP_CISO, 120,
    N_("Incidents triaged by the security operations centre within an hour, day and night."),
    N_("The centre's monthly report gives the times against the target.") },
  { N_("Supplier management"), GROUP_PROCUREMENT, 90,
    N_("Every supplier with access to group information assessed before contract and reviewed yearly."),
    N_("Procurement's supplier list shows every review date.") },
  { N_("Monitoring and measurement"), GROUP_CISO, 120,
    N_("The group's measures taken every quarter in every company."),
    N_("The dashboard shows any company that did not report.") },
  { N_("Nonconformity and corrective action"), GROUP_CISO, 125,
    N_("Every nonconformity with a cause found and an action closed by its date."),
    N_("Group internal audit follows up each action.") },
  { N_("Management review"), GROUP_CHIEF_EXECUTIVE, 0,
    N_("Held by the board every year with every input; decisions minuted."),
    N_("The company secretary checks the minutes against the inputs.") },
  { N_("Internal audit"), GROUP_AUDIT, 0,
    N_("Every company and clause audited over three years by auditors independent of what they audit."),
    N_("The audit committee approves the programme and reads every report.") },
};

static const DemoProcess large_scope_process = {
  NULL, GROUP_CIO, 120,   /* then as each company runs it: vary_company_processes() */
  N_("Run to the company's procedures on group systems, with the group's controls in place."),
  N_("The company's security lead checks a sample every quarter and reports to the group."),
};

/* The processes every company's scope names, as the companies run them:
 * the company's managing director owns them, its head of IT those of IT;
 * the regular ones run at their interval, each company on its own days. */
static const struct
{
  const char    *name;
  gboolean       by_it;
  int            every;
  AttestCadence  unit;
  int            last;   /* days before the story's end; 0 for its middle */
} company_process_runs[] = {
  { N_("monthly group reporting"), FALSE, 1, ATTEST_CADENCE_MONTHS, 12 },
  { N_("credit control"), FALSE, 1, ATTEST_CADENCE_MONTHS, 20 },
  { N_("stock control"), FALSE, 3, ATTEST_CADENCE_MONTHS, 45 },
  { N_("records retention"), FALSE, 12, ATTEST_CADENCE_MONTHS, 150 },
  { N_("change control"), TRUE, 1, ATTEST_CADENCE_WHEN_NEEDED, 0 },
  { N_("incident reporting"), TRUE, 1, ATTEST_CADENCE_WHEN_NEEDED, 0 },
};

static gboolean
vary_company_processes (Large            *large,
                        AttestWorkspace  *workspace,
                        GError          **error)
{
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      /* The name belongs to the record, which the model keeps. */
      g_hash_table_insert (by_name, (gpointer) attest_record_get_string (process, "name"), process);
    }
  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  for (guint c = 0; c < N_IN_SCOPE; c++)
    for (guint i = 0; i < G_N_ELEMENTS (company_scope); i++)
      {
        g_autofree char *name = NULL;
        g_autofree char *last = NULL;
        AttestRecord *process;
        gboolean by_it = FALSE;
        int every = 1, back = 0;
        AttestCadence unit = ATTEST_CADENCE_WHEN_NEEDED;

        if (company_scope[i].kind != ATTEST_SCOPE_ITEM_KIND_PROCESS)
          continue;
        name = of_company (c, company_scope[i].name);
        process = g_hash_table_lookup (by_name, name);
        if (process == NULL)
          continue;
        for (guint r = 0; r < G_N_ELEMENTS (company_process_runs); r++)
          if (g_str_equal (company_process_runs[r].name, company_scope[i].name))
            {
              by_it = company_process_runs[r].by_it;
              every = company_process_runs[r].every;
              unit = company_process_runs[r].unit;
              back = company_process_runs[r].last;
            }
        /* Run when needed: last on a day of the story's middle. */
        last = working_date_of (large->demo, back > 0 ? DEMO_DAYS - back - (int) (c % 7)
                                                      : 90 + (int) ((c * 7 + i * 3) % 100));
        g_object_set (process, "owner", by_it ? large->head_of_it[c] : large->managing_director[c],
                      "runs-every", every, "runs-unit", unit, "last-run", last, NULL);
      }
  if (!attest_workspace_commit (workspace, error))
    {
      attest_workspace_rollback (workspace);
      return FALSE;
    }
  return TRUE;
}

/* The managing director and the head of IT of each company, who own its
 * assets, risks and processes: people of the ISMS, named as the story
 * names them as owners ("Managing director, Meridian Foods (Kwame
 * Boateng)"), so that each owner is one of them. */
static gboolean
add_company_managers (AttestWorkspace  *workspace,
                      GError          **error)
{
  for (guint c = 0; c < G_N_ELEMENTS (companies); c++)
    for (guint who = 0; who < 2; who++)
      {
        /* Translators: a position in the large demo: "Managing director, Meridian Foods" */
        g_autofree char *position = who == 0 ? g_strdup_printf (_("Managing director, %s"), companies[c].name)
                                             /* Translators: "Head of IT, Meridian Foods" */
                                             : g_strdup_printf (_("Head of IT, %s"), companies[c].name);
        const char *name = who == 0 ? companies[c].managing_director : companies[c].head_of_it;
        g_autoptr(AttestRecord) person = NULL;

        /* The three companies with an ISMS of their own name no head of
         * IT to the group: no person without a name. */
        if (*name == '\0')
          continue;
        person = g_object_new (ATTEST_TYPE_PERSON, "name", name, "position", position,
                               "staff-group", companies[c].name, NULL);
        if (!attest_workspace_add (workspace, person, error))
          return FALSE;
      }
  return TRUE;
}

/* Day 127: what the group's ISMS needs (7.1) and what it communicates
 * (7.4), the group's own; the days are the story's (0 for none; after
 * DEMO_DAYS, to come). */
static gboolean
add_large_support (Large            *large,
                   AttestWorkspace  *workspace,
                   GError          **error)
{
  static const struct
  {
    const char *title, *provider;
    AttestResourceKind kind;
    int needed, provided;
    AttestResourceStatus status;
  } resources[] = {
    { N_("A group ISMS team of four"), GROUP_CHIEF_EXECUTIVE, ATTEST_RESOURCE_KIND_PEOPLE, 20, 45,
      ATTEST_RESOURCE_STATUS_PROVIDED },
    { N_("A security lead in each company, a day a week"), GROUP_HR, ATTEST_RESOURCE_KIND_TIME, 60, 90,
      ATTEST_RESOURCE_STATUS_PROVIDED },
    { N_("Budget for the certification of the group and its audits"), GROUP_FINANCE, ATTEST_RESOURCE_KIND_BUDGET,
      30, 32, ATTEST_RESOURCE_STATUS_PROVIDED },
    { N_("A security operations centre for every company"), GROUP_CIO, ATTEST_RESOURCE_KIND_TOOL, DEMO_DAYS + 90, 0,
      ATTEST_RESOURCE_STATUS_APPROVED },
    { N_("A vulnerability scanner for every network of the group"), GROUP_CIO, ATTEST_RESOURCE_KIND_TOOL,
      DEMO_DAYS + 60, 0, ATTEST_RESOURCE_STATUS_REQUESTED },
    { N_("Awareness training in every company's language"), GROUP_HR, ATTEST_RESOURCE_KIND_BUDGET, DEMO_DAYS + 120,
      0, ATTEST_RESOURCE_STATUS_REQUESTED },
  };
  static const DemoCommunication communications[] = {
    { N_("The group information security policy"), N_("Every employee of the group"), GROUP_HR,
      N_("The intranet, and each company's induction"), N_("On joining, and when it changes"), 100, 0 },
    { N_("The state of the ISMS in each company"), N_("The group ISMS forum"), GROUP_CISO,
      N_("A dashboard and the forum's meeting"), N_("Every quarter"), 110, DEMO_DAYS + 20 },
    { N_("Risks above the acceptance level"), N_("The board risk committee"), GROUP_CISO,
      N_("A paper to the committee"), N_("At each meeting"), 120, DEMO_DAYS + 30 },
    { N_("Personal data breaches"), N_("The data protection authorities concerned"), GROUP_DPO,
      N_("The authorities' online forms"), N_("Within 72 hours of becoming aware"), 0, 0 },
    { N_("Security requirements for suppliers"), N_("Suppliers with access to the group's information"),
      GROUP_PROCUREMENT, N_("Clauses in the contract, and a letter when they change"), N_("At contract and renewal"),
      90, 0 },
  };

  at (large->demo, 127, 10);
  for (guint i = 0; i < G_N_ELEMENTS (resources); i++)
    {
      g_autofree char *needed = working_date_of (large->demo, resources[i].needed);
      g_autofree char *provided = working_date_or_empty (large->demo, resources[i].provided);

      if (!add_record (workspace, g_object_new (ATTEST_TYPE_RESOURCE, "title", tr (resources[i].title),
                                                "kind", resources[i].kind, "provider", tr (resources[i].provider),
                                                "needed-by", needed, "status", resources[i].status,
                                                "provided-on", provided, NULL), error))
        return FALSE;
    }
  return demo_add_communications (large->demo, workspace, communications, G_N_ELEMENTS (communications), error)
         && demo_add_roles (large->demo, workspace, large_people, G_N_ELEMENTS (large_people), large_roles,
                            G_N_ELEMENTS (large_roles), error)
         && demo_add_awareness (large->demo, workspace, large_awareness, G_N_ELEMENTS (large_awareness), error)
         && demo_add_competence (large->demo, workspace, large_competences, G_N_ELEMENTS (large_competences),
                                 large_qualifications, G_N_ELEMENTS (large_qualifications), error)
         && demo_add_providers (large->demo, workspace, large_providers, G_N_ELEMENTS (large_providers), error)
         && demo_add_processes (large->demo, workspace, large_processes, G_N_ELEMENTS (large_processes),
                                &large_scope_process, error)
         && vary_company_processes (large, workspace, error)
         && demo_add_commitments (large->demo, workspace, large_commitments, G_N_ELEMENTS (large_commitments), error);
}

/* The group's policy, drafted in Attest by the group CISO and approved by
 * the board on day 30, before the risk method; its approved version is on
 * the group portal as GRP-ISMS-POL-01 (the register's entry). */
static const DemoPolicy large_policy = {
  GROUP_CISO, GROUP_BOARD,
  N_("Group policy, drafted in Attest from the group's answers and adopted by the executive committee."), N_("Public"),
  N_("Every employee and contractor of the group's companies"),
  N_("Message from the group chief executive, the group intranet, and the induction in every company"),
  N_("On the group's website, and to customers, card schemes and regulators on request"),
  GROUP_CISO, N_("Group intranet › Information security › Policies"),
};

/* Day 123: the objectives (6.2): the group's own, and two for each company
 * in scope (its system restored within a working day, its staff
 * recognising phishing), each linked to a risk to the company's system
 * where there is one, all due on days to come. */
static gboolean
add_large_objectives (Large            *large,
                      AttestWorkspace  *workspace,
                      GPtrArray        *risks,
                      GError          **error)
{
  static const AttestObjectiveStatus statuses[] = {
    ATTEST_OBJECTIVE_STATUS_ON_TRACK, ATTEST_OBJECTIVE_STATUS_PLANNED, ATTEST_OBJECTIVE_STATUS_ON_TRACK,
    ATTEST_OBJECTIVE_STATUS_AT_RISK,
  };
  static const struct { const char *title, *measure, *target; } group[] = {
    { N_("Every company in scope certified with the group"),
      N_("Companies in scope with no major nonconformity at the certification audit"), N_("37 of 37") },
    { N_("Group identity platform available to every company"),
      N_("Monthly availability of the group identity platform, from its monitoring"),
      /* xgettext:no-c-format */
      N_("99.9 % each month") },
    { N_("Security incidents contained within a day"),
      N_("Share of incidents in the group incident register contained within 24 hours of detection"), N_("At least 95 %") },
  };
  guint n = 0;

  at (large->demo, 123, 11);
  for (guint c = 0; c <= N_IN_SCOPE; c++)
    for (guint k = 0; k < (c < N_IN_SCOPE ? 2u : G_N_ELEMENTS (group)); k++, n++)
      {
        g_autofree char *due = working_date_of (large->demo, DEMO_DAYS + 45 + (n % 8) * 30);
        g_autofree char *title = NULL;
        g_autofree char *measure = NULL;
        const char *target, *owner;
        AttestRecord *objective;
        gboolean ok;

        if (c == N_IN_SCOPE)
          {
            title = g_strdup (tr (group[k].title));
            measure = g_strdup (tr (group[k].measure));
            target = tr (group[k].target);
            owner = tr (GROUP_CISO);
          }
        else if (k == 0)
          {
            /* Translators: an objective of the large demo: "Restore the transport management system of Meridian Logistics within one working day" */
            title = g_strdup_printf (_("Restore the %s of %s within one working day"), tr (companies[c].system),
                                     companies[c].name);
            measure = g_strdup (_("Time to a working system in the half-yearly restore test"));
            target = _("Under 8 hours");
            owner = large->head_of_it[c];
          }
        else
          {
            /* Translators: an objective of the large demo: "Staff of Meridian Foods recognise phishing" */
            title = g_strdup_printf (_("Staff of %s recognise phishing"), companies[c].name);
            measure = g_strdup (_("Share of staff who click the link in the quarterly phishing simulation"));
            /* xgettext:no-c-format */
            target = _("Below 5 % in each simulation");
            owner = large->managing_director[c];
          }
        objective = g_object_new (ATTEST_TYPE_OBJECTIVE, "title", title, "measure", measure, "target", target,
                                  "due-date", due, "owner", owner,
                                  "evaluation", _("Reported to the group ISMS forum every quarter."),
                                  "status", statuses[n % G_N_ELEMENTS (statuses)], NULL);
        ok = attest_workspace_add (workspace, objective, error);
        /* The company's first risk to its own system, if it has one. */
        if (ok && c < N_IN_SCOPE && k == 0 && company_system_risk (risks, c) != NULL)
          ok = attest_workspace_link (workspace, "objective-risk", objective, company_system_risk (risks, c), error);
        g_object_unref (objective);
        if (!ok)
          return FALSE;
      }
  return TRUE;
}

/* The group's metrics over its three-year certification cycle (9.1): each
 * company's quarterly phishing simulation, shown against its objective,
 * and two monthly group metrics against the group's objectives; the
 * figures of the cycle's first years come from the reports the companies
 * already had. Values follow a fixed pattern, some of them missing the
 * target. */
static gboolean
add_large_metrics (Large            *large,
                   AttestWorkspace  *workspace,
                   GError          **error)
{
  guint n_metrics = N_IN_SCOPE + 2;
  g_autofree DemoMetric *metrics = g_new0 (DemoMetric, n_metrics);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < n_metrics; c++)
    {
      DemoMetric *m = &metrics[c];
      g_autoptr(GString) values = g_string_new (NULL);
      guint n_values = c < N_IN_SCOPE ? 12 : 36;

      for (guint k = 0; k < n_values; k++)
        {
          /* A steady improvement with a dip every so often. */
          int wobble = (int) ((c * 7 + k * 5) % 11) - 5;

          if (k > 0)
            g_string_append_c (values, ' ');
          if (c < N_IN_SCOPE)
            g_string_append_printf (values, "%d.%d", MAX (1, 15 - (int) k + wobble / 2), (int) ((k + c) % 10));
          else if (c == N_IN_SCOPE)
            g_string_append_printf (values, "99.%d", wobble < -3 ? 7 + (int) (k % 2) : 9);
          else
            g_string_append_printf (values, "%d", 92 + (int) (k / 6) + wobble / 3);
        }
      m->values = values->str;
      g_ptr_array_add (texts, g_string_free (g_steal_pointer (&values), FALSE));
      m->every = c < N_IN_SCOPE ? 3 : 1;
      m->unit = ATTEST_CADENCE_MONTHS;
      m->value_unit = "%";
      m->first = c < N_IN_SCOPE ? 236 - 11 * 91 : 236 - 35 * 30;
      m->step = c < N_IN_SCOPE ? 91 : 30;
      m->analyst = GROUP_CISO;
      m->evidence = N_("Group ISMS portal › Monitoring");
      if (c < N_IN_SCOPE)
        {
          /* Translators: a metric of the large demo: "Staff of Meridian Foods who click the phishing simulation's link" */
          char *name = g_strdup_printf (_("Staff of %s who click the phishing simulation's link"), companies[c].name);

          g_ptr_array_add (texts, name);
          m->name = name;
          m->measure = N_("Share of staff who click the link in the quarterly phishing simulation");
          m->method = N_("The learning platform's report of each simulation: staff who clicked, divided by staff it "
                         "was sent to");
          m->owner = large->managing_director[c];
          m->analysis = N_("Each quarter at the group ISMS forum, company by company.");
          m->target = "5";
          m->direction = ATTEST_TARGET_DIRECTION_AT_MOST;
          m->objective = (int) (c * 2 + 1);
          m->controls = "6.3";
          m->miss_note = N_("Above target: the company's staff take the phishing module again.");
        }
      else if (c == N_IN_SCOPE)
        {
          m->name = N_("Availability of the group identity platform");
          m->measure = N_("Share of the month the group identity platform answered every company's sign-ins");
          m->method = N_("From the platform's monitoring: minutes available divided by minutes in the month");
          m->owner = GROUP_CIO;
          m->analysis = N_("Monthly at the group IT operations meeting; each miss has an incident report.");
          m->target = "99.9";
          m->direction = ATTEST_TARGET_DIRECTION_AT_LEAST;
          m->objective = (int) (N_IN_SCOPE * 2 + 1);
          m->controls = "8.14 8.6";
          m->miss_note = N_("An outage of the sign-in service; see the incident report.");
        }
      else
        {
          m->name = N_("Security incidents contained within a day");
          m->measure = N_("Share of the month's incidents in the group incident register contained within 24 hours "
                          "of detection");
          m->method = N_("Counted from the group incident register at the end of each month");
          m->owner = GROUP_CISO;
          m->analysis = N_("Monthly by the group CISO; every quarter at the group ISMS forum.");
          m->target = "95";
          m->direction = ATTEST_TARGET_DIRECTION_AT_LEAST;
          m->objective = (int) (N_IN_SCOPE * 2 + 2);
          m->controls = "5.24 5.26";
          m->miss_note = N_("Incidents at a company still on its own tools took longer; they move to the group's.");
        }
    }
  return demo_add_metrics (large->demo, workspace, metrics, n_metrics, 205, error);
}

/* The group's audit programme (9.2), for the three years of the group
 * certificate that began some sixteen months before the story's today. */
static const DemoProgramme large_programme = {
  -490, 3,
  N_("Each company in scope every year: risk assessment and treatment (6.1), one part of support, operation or "
     "performance evaluation in turn, and a third of the Annex A controls, so that every control is audited in "
     "each company within the three years; the group's own ISMS (clauses 4 to 10) every year by an auditor from "
     "outside."),
  N_("Document review in the group ISMS portal, interviews on site or remote, and samples of records from the "
     "companies' systems."),
  N_("Group internal audit plans and does the companies' audits and follows up their findings; the group's own "
     "ISMS is audited by Northgate Audit LLP; the group CISO answers for the programme to the board."),
  N_("The year's audits are planned at the start of each year of the certificate, from the last year's findings, "
     "the companies' risks and the changes in the group."),
  N_("Each report goes to the company's managing director and the group CISO within three weeks; the findings to "
     "the group ISMS forum and the management review."),
  GROUP_CISO,
};

/* The three years of audits: each company audited once a year by group
 * internal audit, a third of the controls each time, and the group's ISMS
 * by an auditor from outside; one company's head of IT joined its audit
 * in the second year, an auditor of their own work. Audits until the
 * story's today were held, with findings in a fixed pattern. */
static gboolean
add_large_audits (Large            *large,
                  AttestWorkspace  *workspace,
                  GError          **error)
{
  static const char * const year_clauses[] = { "5.1 6.1 8.1", "6.1 7.2 7.3 8.2 8.3", "6.1 9.1 10.2" };
  static const char *findings[][2] = {
    { N_("The control is described in the company's procedures but not done as described: the samples taken show "
         "it skipped for months."), N_("Samples of the company's records") },
    { N_("The control works, but the records that show it are kept for some cases only."),
      N_("Interviews; samples of records") },
    { N_("The way the control is done differs from the group's standard; the company's reasons are not "
         "written down."), N_("Company procedure; group standard") },
    { N_("The company could use the group's shared tooling for this control instead of its own spreadsheet."),
      N_("Interview with the head of IT") },
  };
  static const AttestFindingType types[] = {
    ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY, ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY,
    ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY,
    ATTEST_FINDING_TYPE_OBSERVATION, ATTEST_FINDING_TYPE_OBSERVATION, ATTEST_FINDING_TYPE_OBSERVATION,
    ATTEST_FINDING_TYPE_OPPORTUNITY, ATTEST_FINDING_TYPE_OPPORTUNITY, ATTEST_FINDING_TYPE_OPPORTUNITY,
  };
  guint n_audits = N_IN_SCOPE * 3 + 3, n = 0;
  g_autofree DemoAudit *audits = g_new0 (DemoAudit, n_audits);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  const AttestControl *controls;
  guint n_controls;

  controls = attest_catalog_get_controls (attest_catalog_get_default (), &n_controls);
  at (large->demo, 206, 15);
  if (!add_record (workspace,
                   g_object_new (ATTEST_TYPE_PERSON, "name", "Helen Marsh",
                                 "position", _("Lead auditor, Northgate Audit LLP (external)"),
                                 "contact", "helen.marsh@northgate-audit.example", NULL),
                   error))
    return FALSE;
  for (guint y = 0; y < 3; y++)
    {
      DemoAudit *group = &audits[n++];
      char *title = g_strdup_printf (_("Group ISMS audit, year %u of the certificate"), y + 1);

      g_ptr_array_add (texts, title);
      group->title = title;
      group->scope = N_("The group's own ISMS: its context, leadership, planning, support, operation, performance "
                        "evaluation and improvement.");
      group->criteria = N_("ISO/IEC 27001:2022 clauses 4 to 10 and the group's policies.");
      group->clauses = "4 5 6 7 8 9 10";
      group->controls = "";
      group->auditees = N_("The group CISO, the group ISMS team and the executive committee");
      group->auditor = "Helen Marsh";
      group->planned = -490 + 90 + (int) y * 365;
      group->held = group->planned < DEMO_DAYS - 3 ? group->planned + 1 : 0;
      group->report = N_("The group's ISMS conforms and is effective; the findings are in the report.");
      group->report_reference = N_("Group ISMS portal › Internal audit › Reports");
      for (guint c = 0; c < N_IN_SCOPE; c++)
        {
          DemoAudit *a = &audits[n++];
          GString *numbers = g_string_new (NULL);
          guint n_findings = (c * 3 + y) % 4;

          for (guint i = y; i < n_controls; i += 3)
            g_string_append_printf (numbers, "%s%s", numbers->len > 0 ? " " : "", controls[i].number);
          /* Translators: an audit of the large demo: "Meridian Foods, year 2 of the certificate" */
          title = g_strdup_printf (_("%s, year %u of the certificate"), companies[c].name, y + 1);
          g_ptr_array_add (texts, title);
          a->title = title;
          a->scope = N_("The company's part of the group ISMS: its risk assessment and treatment, the part of the "
                        "standard for the year, and the Annex A controls listed.");
          a->criteria = N_("ISO/IEC 27001:2022, the group's policies and standards, and the company's procedures.");
          a->clauses = year_clauses[y];
          a->controls = numbers->str;
          g_ptr_array_add (texts, g_string_free (numbers, FALSE));
          a->auditees = companies[c].name;
          a->auditor = c == 5 && y == 1 ? companies[c].head_of_it : "Alan Whitaker";
          a->planned = -490 + 30 + (int) y * 365 + (int) c * 7;
          a->held = a->planned < DEMO_DAYS - 3 ? a->planned : 0;
          a->report = N_("The company's part of the ISMS conforms, with the findings listed.");
          a->report_reference = N_("Group ISMS portal › Internal audit › Reports");
          for (guint f = 0; a->held != 0 && f < n_findings; f++)
            {
              guint kind = (c + f * 3 + y) % G_N_ELEMENTS (types);
              guint text = types[kind] == ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY ? 0
                           : types[kind] == ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY ? 1
                           : types[kind] == ATTEST_FINDING_TYPE_OBSERVATION ? 2 : 3;
              char *requirement = g_strconcat ("A.", controls[y + 3 * ((c + f * 5) % 31)].number, NULL);

              g_ptr_array_add (texts, requirement);
              a->findings[f].type = types[kind];
              a->findings[f].requirement = requirement;
              a->findings[f].description = findings[text][0];
              a->findings[f].evidence = findings[text][1];
            }
        }
    }
  return demo_add_audits (large->demo, workspace, &large_programme, audits, n, 207, error);
}

/* What the group's nonconformities say, by type: major, then minor. */
static const struct
{
  const char *correction, *consequences, *causes, *similar, *action_1, *action_2, *review_note, *changes;
} large_nonconformity_texts[] = {
  { N_("The control was put back in place the same week, and its records for the period checked."),
    N_("The period without the control was reviewed for incidents: none found. The company's managing director "
       "was told."),
    N_("The company's procedure depends on one person, and the group standard does not say how the control is "
       "checked between audits."),
    N_("The same control was checked in every company: two others rely on one person in the same way."),
    N_("Give the control a deputy and a written routine in the company's procedure"),
    N_("Add the control to the group's quarterly self-assessment"),
    N_("The next two self-assessments and a sample of records show the control working, with the deputy covering "
       "a holiday."),
    N_("The group standard now says how the control is checked between audits.") },
  { N_("The missing records were completed from the systems' logs."),
    N_("Nothing depended on the missing records; no client or regulator was affected."),
    N_("The routine exists but its records are kept in different places by different teams."),
    N_("Checked across the company's teams: one other keeps them apart; no other company does."),
    N_("Keep the records in the company's ISMS folder, named as the group standard says"),
    N_("Show the teams where the records go, at the next team meeting"),
    N_("A sample of ten records from the following two months was complete and in place."),
    N_("None beyond the actions: the procedure already said what to keep.") },
};

/* A nonconformity record for each the group's audits found, taken as far
 * as the days since its audit allow (closed after about a hundred days),
 * owned by the company's head of IT or the group CISO; each opportunity
 * for improvement adopted, done when a quarter old, and the newest not yet
 * decided. */
static gboolean
add_large_improvement (Large            *large,
                       AttestWorkspace  *workspace,
                       GError          **error)
{
  Demo *demo = large->demo;
  GListModel *found = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT_FINDING);
  g_autoptr(GPtrArray) people = demo_dup_people (workspace);
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    g_ptr_array_add (findings, g_list_model_get_item (found, i));
  for (guint i = 0; i < findings->len; i++)
    {
      AttestRecord *finding = g_ptr_array_index (findings, i);
      AttestRecord *audit = attest_workspace_lookup (workspace, attest_record_get_string (finding, "audit-id"));
      int held = day_of_date (demo, attest_record_get_string (audit, "held-on"));
      const char *owner = GROUP_CISO;
      int last = DEMO_DAYS - 5;

      for (guint c = 0; c < G_N_ELEMENTS (companies); c++)
        if (g_strcmp0 (attest_record_get_string (audit, "auditees"), tr (companies[c].name)) == 0)
          owner = large->head_of_it[c];
      if (attest_finding_is_nonconformity (finding))
        {
          guint t = attest_record_get_enum (finding, "type") == ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY ? 0 : 1;
          DemoNonconformity d = {
            .source = ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING,
            .requirement = attest_record_get_string (finding, "requirement"),
            .owner = owner,
            .reported = held, .reacted = held + 2,
            .correction = large_nonconformity_texts[t].correction,
            .consequences = large_nonconformity_texts[t].consequences,
            .analysed = held + 10,
            .causes = large_nonconformity_texts[t].causes, .similar = large_nonconformity_texts[t].similar,
            .planned = held + 14,
            .actions = { { large_nonconformity_texts[t].action_1, owner, held + 45, held + 40 <= last ? held + 40 : 0 },
                         { large_nonconformity_texts[t].action_2, GROUP_CISO, held + 75,
                           held + 70 <= last ? held + 70 : 0 } },
            .reviewer = "Alan Whitaker", .reviewed = held + 100, .effectiveness = ATTEST_EFFECTIVENESS_EFFECTIVE,
            .review_note = large_nonconformity_texts[t].review_note, .changes = large_nonconformity_texts[t].changes,
          };

          d.state = held + 100 <= last ? ATTEST_NONCONFORMITY_STATE_CLOSED
                    : held + 70 <= last ? ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE
                    : held + 14 <= last ? ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED
                    : held + 10 <= last ? ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED
                    : held + 2 <= last ? ATTEST_NONCONFORMITY_STATE_REACTED
                    : ATTEST_NONCONFORMITY_STATE_REPORTED;
          if (!demo_add_nonconformity (demo, workspace, &d, finding, people, error))
            return FALSE;
        }
      else if (attest_record_get_enum (finding, "type") == ATTEST_FINDING_TYPE_OPPORTUNITY)
        {
          gboolean recent = held + 60 > last;
          g_autofree char *raised = working_date_of (demo, held + 3);
          g_autofree char *due = recent ? g_strdup ("")
                                 : working_date_of (demo, held + 90 <= last ? held + 90 : DEMO_DAYS + 30);
          g_autofree char *done = !recent && held + 90 <= last ? working_date_of (demo, held + 90) : g_strdup ("");

          at_office (demo, held + 3, 12, 0);
          if (!add_record (workspace,
                           g_object_new (ATTEST_TYPE_IMPROVEMENT,
                                         "title", attest_record_get_string (finding, "description"),
                                         "source", ATTEST_IMPROVEMENT_SOURCE_AUDIT,
                                         "finding-id", attest_record_get_id (finding),
                                         "raised-on", raised,
                                         "decision", recent ? ATTEST_IMPROVEMENT_DECISION_PENDING
                                                            : ATTEST_IMPROVEMENT_DECISION_ADOPTED,
                                         "rationale", recent ? "" : _("Agreed by the company's managing director."),
                                         "owner", owner, "due-date", due,
                                         "status", *done != '\0' ? ATTEST_ACTION_STATUS_DONE
                                                   : recent ? ATTEST_ACTION_STATUS_OPEN
                                                   : ATTEST_ACTION_STATUS_IN_PROGRESS,
                                         "done-on", done, NULL),
                           error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The group's management reviews (9.3), one for each year of its
 * certificate, held by the executive committee. Year 1's was held before
 * the group kept its ISMS in Attest: its minutes are written in from the
 * signed board minutes, its inputs stayed in the board paper (readiness
 * says so: a held review without its inputs prepared), and its actions
 * were done that year. Year 2's is held at the end of the year, on the
 * story's last working day: its inputs prepared from the workspace and
 * its history, then its minutes and actions. Year 3's is planned. */
static const DemoReview large_reviews[] = {
  { N_("Management review, year 1 of the certificate"), -140, -140,
    { "Eleanor Whitfield", "Rajesh Iyer", "Martin Oduya", "Ruth Adeyemi", NULL },
    { { 0, NULL } },
    N_("Every company's phishing simulations reported to the group ISMS forum; the group's shared tooling offered "
       "to the companies still on their own."),
    N_("The group CISO's team grows by one; no change to the scope."),
    N_("Group ISMS portal › Management review › board minutes of the year 1 review, signed by the chair"),
    { { N_("Report every company's phishing simulation to the group ISMS forum each quarter"), GROUP_CISO, -100,
        -105, ATTEST_ACTION_STATUS_DONE },
      { N_("Offer the group's shared tooling to every company still on its own"), GROUP_CIO, -60, -75,
        ATTEST_ACTION_STATUS_DONE },
      { NULL } } },
  { N_("Management review, year 2 of the certificate"), 0, 0,
    { "Eleanor Whitfield", "Rajesh Iyer", "Martin Oduya", "Claire Fenwick", "Ruth Adeyemi", NULL },
    { { ATTEST_REVIEW_TOPIC_MEASUREMENTS,
        N_("Fewer staff click the phishing simulation's link in every company but two, whose staff take the module "
           "again.") },
      { ATTEST_REVIEW_TOPIC_AUDITS,
        N_("Every company was audited this year; the major nonconformities are closed or their actions under way.") },
      { ATTEST_REVIEW_TOPIC_RISKS,
        N_("The residual risks at Critical wait for the board risk committee, as the method says.") },
      { 0, NULL } },
    N_("The group's incident tooling in every company by the end of year 3; a security operations centre for every "
       "company."),
    N_("No change to the scope; the security operations centre's budget approved."),
    N_("Group ISMS portal › Management review › board minutes of the year 2 review"),
    { { N_("Move the last companies on their own tools onto the group's incident tooling"), GROUP_CIO,
        DEMO_DAYS + 90, 0, ATTEST_ACTION_STATUS_OPEN },
      { N_("Sign the security operations centre's contract"), GROUP_FINANCE, DEMO_DAYS + 30, 0,
        ATTEST_ACTION_STATUS_IN_PROGRESS },
      { NULL } } },
  { N_("Management review, year 3 of the certificate"), DEMO_DAYS + 365, 0,
    { NULL }, { { 0, NULL } }, NULL, NULL, NULL, { { NULL } } },
};

/* After the rest of the story: year 1's review written in, year 2's
 * prepared and held on the working day the clock is on, year 3's
 * planned. */
static gboolean
add_large_reviews (Large            *large,
                   AttestWorkspace  *workspace,
                   GError          **error)
{
  Demo *demo = large->demo;
  DemoReview second = large_reviews[1];
  AttestRecord *record;
  gint64 step = demo->step;
  gboolean ok;
  int day;

  /* The story ends late on a working day close to today: the reviews'
   * edits a tenth of a second apart, so that they end that day. */
  demo->step = G_USEC_PER_SEC / 10;
  record = demo_plan_review (demo, workspace, &large_reviews[0], DEMO_DAYS - 4, error);
  ok = record != NULL && demo_hold_review (demo, workspace, record, &large_reviews[0], error);
  if (ok)
    {
      demo_finish_review_actions (demo, workspace, record, &large_reviews[0]);
      /* Year 2's on the day the clock is on: prepared, then held. */
      day = (int) ((demo->now - demo->start) / DAY);
      second.planned = second.held = day;
      record = demo_plan_review (demo, workspace, &second, day, error);
      ok = record != NULL && demo_prepare_review (demo, workspace, record, day, 11, error)
           && demo_hold_review (demo, workspace, record, &second, error)
           && demo_plan_review (demo, workspace, &large_reviews[2], day, error) != NULL;
    }
  demo->step = step;
  return ok;
}

/**
 * attest_demo_add_large:
 * @demo: the demo's calendar
 * @workspace: an empty workspace, in a transaction
 * @error: return location for an error
 *
 * Tells the large demo's story, Meridian Holdings Group plc's, in the order
 * it happened.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_demo_add_large (Demo             *demo,
                       AttestWorkspace  *workspace,
                       GError          **error)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  g_autoptr(GPtrArray) risks = g_ptr_array_new_with_free_func ((GDestroyNotify) large_risk_free);
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  Large large = {
    .demo = demo,
    .rand = g_rand_new_with_seed (27001),
    .assets = g_ptr_array_new_with_free_func ((GDestroyNotify) large_asset_free),
    .threats = g_ptr_array_new_with_free_func (g_object_unref),
    .vulnerabilities = g_ptr_array_new_with_free_func (g_object_unref),
    .requirements = g_ptr_array_new_with_free_func (g_object_unref),
  };
  gboolean ok;

  for (guint c = 0; c < G_N_ELEMENTS (companies); c++)
    {
      /* Translators: a risk owner of the large demo: "Managing director,
       * Meridian Foods (Kwame Boateng)". */
      large.managing_director[c] = g_strdup_printf (_("Managing director, %s (%s)"), companies[c].name,
                                                    companies[c].managing_director);
      /* Translators: "Head of IT, Meridian Foods (Natalie Price)". */
      large.head_of_it[c] = g_strdup_printf (_("Head of IT, %s (%s)"), companies[c].name, companies[c].head_of_it);
    }

  ok = add_large_context (&large, workspace, error)
       && add_large_scope (&large, workspace, error)
       && approve (demo, workspace, "scope", 21, GROUP_CHIEF_EXECUTIVE,
                   N_("Scope agreed by the group executive committee."), error);
  if (ok)
    {
      at (demo, 28, 10);
      g_object_set (method, "review-triggers",
                    _("the acquisition or sale of a company, a new group platform or a change at a group data centre, "
                      "a significant incident in any company, or a change in the law or in the card schemes' rules."),
                    "escalation-level", 3,
                    "escalation-authority", _("Board risk committee of Meridian Holdings Group plc"),
                    NULL);
      ok = demo_add_policy (demo, workspace, &large_policy, 30, error)
           && approve (demo, workspace, "risk-method", 35, GROUP_CHIEF_EXECUTIVE,
                    N_("The group's 5 × 5 method: a risk at Medium or lower is acceptable as it is; above it, treatment "
                       "or the owner's explicit acceptance; a residual risk at Critical only with the decision of the "
                       "board risk committee."), error)
           && add_large_assets (&large, workspace, error)
           && add_large_risks (&large, workspace, risks, error)
           && add_large_soa (&large, workspace, error)
           && add_large_documents (&large, workspace, error)
           && add_large_actions (&large, workspace, risks, actions, error)
           && add_large_objectives (&large, workspace, risks, error)
           && add_large_changes (&large, workspace, risks, error)
           && add_large_support (&large, workspace, error)
           && run_large_plan (&large, workspace, risks, actions, error)
           && add_company_managers (workspace, error)
           && add_large_metrics (&large, workspace, error)
           && add_large_audits (&large, workspace, error)
           && add_large_improvement (&large, workspace, error)
           && add_large_reviews (&large, workspace, error);
    }
  for (guint a = 0; a < actions->len; a++)
    g_clear_object (&((LargeAction *) g_ptr_array_index (actions, a))->record);
  large_clear (&large);
  return ok;
}
