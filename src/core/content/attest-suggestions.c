/* attest-suggestions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-suggestions"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"

#include "attest-asset.h"
#include "attest-organisation.h"
#include "attest-risk.h"
#include "attest-scope-item.h"
#include "attest-suggestions.h"
#include "attest-threat.h"
#include "attest-vulnerability.h"

/* Our own words, written for people doing this for the first time. They are
 * starting points to pick and edit, never the standard's text. Strings are
 * marked with N_() and translated where they are shown. */

#define EXT ATTEST_ISSUE_ORIGIN_EXTERNAL
#define INT ATTEST_ISSUE_ORIGIN_INTERNAL

static const AttestIssueSuggestion common[] = {
  { N_("Phishing and ransomware aimed at organisations like ours"), EXT, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("The likeliest serious incident: stolen credentials, encrypted files, leaked data.") },
  { N_("Data protection law applies to the personal data we hold"), EXT, ATTEST_ISSUE_CATEGORY_LEGAL,
    N_("Breaches must be reported quickly; fines and loss of trust follow a breach.") },
  { N_("Customers ask for evidence of information security"), EXT, ATTEST_ISSUE_CATEGORY_ECONOMIC,
    N_("Tenders and renewals depend on certification and answered questionnaires.") },
  { N_("Staff work from home and on the move"), INT, ATTEST_ISSUE_CATEGORY_CULTURE,
    N_("Information is handled outside our premises, on networks we do not control.") },
  { N_("Few people with security skills"), INT, ATTEST_ISSUE_CATEGORY_CAPABILITIES,
    N_("Monitoring and improvement compete with other work for the same people.") },
};

static const AttestIssueSuggestion software[] = {
  { N_("Customers' data lives in our cloud service"), EXT, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("An outage or a breach of our service hits every customer at once.") },
  { N_("Open-source components with known vulnerabilities"), EXT, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("A flaw in a library we ship becomes a flaw in our product.") },
  { N_("Fast release cycle"), INT, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("Changes reach production daily; security review must keep pace.") },
};

static const AttestIssueSuggestion professional[] = {
  { N_("Confidential client documents"), EXT, ATTEST_ISSUE_CATEGORY_LEGAL,
    N_("Professional secrecy and contracts demand strict confidentiality.") },
  { N_("Email is the main way work arrives and leaves"), INT, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("Misdirected emails and invoice fraud are everyday risks.") },
};

static const AttestIssueSuggestion finance[] = {
  { N_("Financial regulators' rules on operational resilience"), EXT, ATTEST_ISSUE_CATEGORY_LEGAL,
    N_("Incidents must be reported and resilience tested; supervisors may inspect.") },
  { N_("Payment fraud and account takeover"), EXT, ATTEST_ISSUE_CATEGORY_ECONOMIC,
    N_("Attackers target payments directly; losses are immediate.") },
  { N_("Critical outsourcing to IT providers"), EXT, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("Key services depend on suppliers whose controls we must oversee.") },
};

static const AttestIssueSuggestion health[] = {
  { N_("Patient data is especially sensitive"), EXT, ATTEST_ISSUE_CATEGORY_LEGAL,
    N_("Health data carries the strictest protection and reporting duties.") },
  { N_("Systems that must always be available"), INT, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("An outage can delay care; availability weighs as much as confidentiality.") },
  { N_("Medical devices on the network"), EXT, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("Devices that cannot be patched need to be kept apart.") },
};

static const AttestIssueSuggestion manufacturing[] = {
  { N_("Production systems connected to the office network"), INT, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("Malware in the office can stop the production line.") },
  { N_("Designs and recipes are our competitive edge"), EXT, ATTEST_ISSUE_CATEGORY_ECONOMIC,
    N_("Theft of intellectual property is a target of industrial espionage.") },
  { N_("Dependence on a few key suppliers"), EXT, ATTEST_ISSUE_CATEGORY_ECONOMIC,
    N_("A supplier's incident can halt our own deliveries.") },
};

static const AttestIssueSuggestion retail[] = {
  { N_("Card payments and the card industry's rules"), EXT, ATTEST_ISSUE_CATEGORY_LEGAL,
    N_("Payment card data must be protected to the card schemes' standard.") },
  { N_("Peak seasons strain systems and staff"), INT, ATTEST_ISSUE_CATEGORY_CAPABILITIES,
    N_("Outages or fraud at peak times cost the most.") },
  { N_("Online shop exposed to the internet"), EXT, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("Bots, fraud and attacks on the shop are constant.") },
};

static const AttestIssueSuggestion logistics[] = {
  { N_("Shipment data is shared with many partners"), EXT, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("Orders, addresses and delivery data pass through shippers, carriers and customs agents every day.") },
  { N_("Deliveries stop when the transport management system stops"), INT, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("Planning, dispatch and proof of delivery all run through one system; an outage halts the fleet.") },
  { N_("Vehicles carry tracking and telematics"), EXT, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
    N_("Connected vehicles and handheld scanners are devices outside the office that attackers can reach.") },
  { N_("Customs, sanctions and dangerous goods rules"), EXT, ATTEST_ISSUE_CATEGORY_LEGAL,
    N_("Declarations must be correct and records kept; wrong data delays or stops shipments.") },
  { N_("Drivers and warehouse staff share devices and change often"), INT, ATTEST_ISSUE_CATEGORY_CULTURE,
    N_("Shared sign-ins and short training make mistakes and misuse harder to trace.") },
  { N_("Subcontracted carriers do part of our work"), EXT, ATTEST_ISSUE_CATEGORY_ECONOMIC,
    N_("Their drivers and systems handle our customers' goods and data under our name.") },
};

static const AttestIssueSuggestion public_sector[] = {
  { N_("Public scrutiny and freedom of information"), EXT, ATTEST_ISSUE_CATEGORY_POLITICAL,
    N_("Incidents become public; records must be kept and released on request.") },
  { N_("Budgets set a year ahead"), INT, ATTEST_ISSUE_CATEGORY_GOVERNANCE,
    N_("Security improvements must be planned into the budget cycle.") },
  { N_("Legacy systems still in service"), INT, ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS,
    N_("Old systems may lack updates and modern security features.") },
};

/* A sector's words: parts of words that, found in the sector a user typed,
 * make it that sector, separated by "|". */
static const struct
{
  const char                  *label;
  const char                  *words;
  const AttestIssueSuggestion *issues;
  guint                        n_issues;
} sectors[] = {
  /* TRANSLATORS: the words after each sector's name are parts of words, separated by "|", that
   * make a sector the user typed this sector; give the words of your language, lower case */
  { N_("Software and IT services"), N_("software|saas|it-dienst|cloud|hosting|web develop"), software, G_N_ELEMENTS (software) },
  { N_("Professional services"), N_("consult|legal|law firm|lawyer|account|audit|advis|architect|engineering services"), professional, G_N_ELEMENTS (professional) },
  { N_("Finance and insurance"), N_("financ|bank|insur|invest|payment|credit|fintech|asset manag"), finance, G_N_ELEMENTS (finance) },
  { N_("Health and care"), N_("health|care|hospital|clinic|medic|pharma|dental|nursing|patient"), health, G_N_ELEMENTS (health) },
  { N_("Manufacturing"), N_("manufactur|factory|production|industr|engineering|fabricat|machin|automotive|chemical"), manufacturing, G_N_ELEMENTS (manufacturing) },
  { N_("Retail and e-commerce"), N_("retail|shop|store|e-commerce|ecommerce|commerce|wholesale|trade"), retail, G_N_ELEMENTS (retail) },
  { N_("Transport and logistics"), N_("transport|logistic|freight|haulage|shipping|forward|warehous|courier|delivery|fleet|carrier|postal"), logistics, G_N_ELEMENTS (logistics) },
  { N_("Public sector and education"), N_("public|government|municipal|council|authority|school|universit|education|college"), public_sector, G_N_ELEMENTS (public_sector) },
  { N_("Any sector"), "", common, G_N_ELEMENTS (common) },
};

static const char *prompts[] = {
  [ATTEST_ISSUE_CATEGORY_POLITICAL] = N_("Are there elections, trade rules, sanctions or government policies that change what you may do with information, or where?"),
  [ATTEST_ISSUE_CATEGORY_ECONOMIC] = N_("What do customers, markets and competitors expect of you? Does winning or keeping business depend on showing security?"),
  [ATTEST_ISSUE_CATEGORY_SOCIAL] = N_("How do people work with you: from home, on their own devices, across languages and countries?"),
  [ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL] = N_("Which technologies do you rely on or adopt: cloud services, AI tools, old systems? Which threats are rising?"),
  [ATTEST_ISSUE_CATEGORY_LEGAL] = N_("Which laws and regulations on data, privacy, your sector or your contracts apply to you?"),
  [ATTEST_ISSUE_CATEGORY_ENVIRONMENTAL] = N_("Could floods, fires, storms or the loss of power or water stop you working at any of your sites?"),
  [ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE] = N_("Will a changing climate change your risks (heat, floods, suppliers' resilience) or what customers and regulators ask of you?"),
  [ATTEST_ISSUE_CATEGORY_GOVERNANCE] = N_("Who decides, how often does management look at security, and how is responsibility shared?"),
  [ATTEST_ISSUE_CATEGORY_CULTURE] = N_("How do people feel about rules and reporting mistakes? Is security seen as everyone's job?"),
  [ATTEST_ISSUE_CATEGORY_CAPABILITIES] = N_("Do you have the people, skills, time and money that security needs?"),
  [ATTEST_ISSUE_CATEGORY_INFORMATION_SYSTEMS] = N_("Which systems hold your key information, and how old, connected or dependent on others are they?"),
  [ATTEST_ISSUE_CATEGORY_OTHER] = N_("Anything else, inside or outside, that helps or hinders what your information security can achieve?"),
};

static const AttestPartySuggestion parties[] = {
  { N_("Customers"), ATTEST_PARTY_KIND_CUSTOMER, N_("They trust us with their information and pay for our work."),
    N_("Keep their information confidential and tell them promptly of incidents that affect them."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
  { N_("Employees"), ATTEST_PARTY_KIND_EMPLOYEE, N_("They handle our information every day."),
    N_("Their own personal data is protected, and the rules they must follow are clear."), ATTEST_REQUIREMENT_KIND_LEGAL },
  { N_("Owners and shareholders"), ATTEST_PARTY_KIND_SHAREHOLDER, N_("They bear the cost of a serious incident."),
    N_("Information risks are managed and reported to them."), ATTEST_REQUIREMENT_KIND_OTHER },
  { N_("Regulators and authorities"), ATTEST_PARTY_KIND_REGULATOR, N_("They supervise how we handle personal and regulated data."),
    N_("Notify personal data breaches within the legal deadline."), ATTEST_REQUIREMENT_KIND_LEGAL },
  { N_("Suppliers and cloud providers"), ATTEST_PARTY_KIND_SUPPLIER, N_("Our services depend on theirs."),
    N_("Customers secure their own use of the service, as the contract divides responsibilities."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
  { N_("Certification body"), ATTEST_PARTY_KIND_CERTIFICATION_BODY, N_("It audits the ISMS for certification."),
    N_("Give access to records and people during audits."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
  { N_("Insurers"), ATTEST_PARTY_KIND_INSURER, N_("They cover incidents if our controls meet their conditions."),
    N_("Multi-factor authentication and tested backups, as the policy requires."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
  { N_("The public and neighbours"), ATTEST_PARTY_KIND_PUBLIC, N_("They read about breaches and live near our sites."),
    N_("Responsible handling of information and of our environmental footprint."), ATTEST_REQUIREMENT_KIND_OTHER },
};

static const AttestPartySuggestion software_parties[] = {
  { N_("Customers' administrators and users"), ATTEST_PARTY_KIND_CUSTOMER, N_("They run their work on our service every day."),
    N_("The service is available as agreed, and their data is kept apart from other customers'."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
};

static const AttestPartySuggestion professional_parties[] = {
  { N_("Clients"), ATTEST_PARTY_KIND_CUSTOMER, N_("They confide matters to us that must stay between us."),
    N_("Professional secrecy for everything they tell us."), ATTEST_REQUIREMENT_KIND_LEGAL },
};

static const AttestPartySuggestion finance_parties[] = {
  { N_("Financial supervisor"), ATTEST_PARTY_KIND_REGULATOR, N_("It licenses us and inspects how we manage risk."),
    N_("Report major incidents and test our resilience as the rules require."), ATTEST_REQUIREMENT_KIND_REGULATORY },
};

static const AttestPartySuggestion health_parties[] = {
  { N_("Patients"), ATTEST_PARTY_KIND_CUSTOMER, N_("Their health data and their care depend on us."),
    N_("Their records are confidential, correct and there when care needs them."), ATTEST_REQUIREMENT_KIND_LEGAL },
  { N_("Health authorities"), ATTEST_PARTY_KIND_REGULATOR, N_("They set and inspect the rules for care and health data."),
    N_("Keep patient records as the law requires and report breaches."), ATTEST_REQUIREMENT_KIND_REGULATORY },
};

static const AttestPartySuggestion manufacturing_parties[] = {
  { N_("Industrial customers"), ATTEST_PARTY_KIND_CUSTOMER, N_("They plan their own production around our deliveries."),
    N_("Deliver on time and protect the drawings and specifications they share with us."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
  { N_("Machine and control system vendors"), ATTEST_PARTY_KIND_SUPPLIER, N_("They maintain our production systems, often remotely."),
    N_("Remote access only when we allow it, and updates for the systems they sold us."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
};

static const AttestPartySuggestion retail_parties[] = {
  { N_("Shoppers"), ATTEST_PARTY_KIND_CUSTOMER, N_("They give us their addresses and pay us online and in store."),
    N_("Their personal and payment data is safe, and the shop works when they want to buy."), ATTEST_REQUIREMENT_KIND_LEGAL },
  { N_("Payment providers and card schemes"), ATTEST_PARTY_KIND_PARTNER, N_("They let us take card payments."),
    N_("Protect card data to the card industry's standard."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
};

static const AttestPartySuggestion logistics_parties[] = {
  { N_("Shippers and consignees"), ATTEST_PARTY_KIND_CUSTOMER, N_("They trust us with their goods and the data that goes with them."),
    N_("Shipments and their data reach the right people on time, and tracking is accurate."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
  { N_("Subcontracted carriers and drivers"), ATTEST_PARTY_KIND_SUPPLIER, N_("They drive part of our routes under our name."),
    N_("Use our systems only for our orders and keep delivery data to themselves."), ATTEST_REQUIREMENT_KIND_CONTRACTUAL },
  { N_("Customs authorities"), ATTEST_PARTY_KIND_REGULATOR, N_("They clear the goods we move across borders."),
    N_("Correct declarations, and records kept for the years the law requires."), ATTEST_REQUIREMENT_KIND_LEGAL },
};

static const AttestPartySuggestion public_parties[] = {
  { N_("Citizens and students"), ATTEST_PARTY_KIND_CUSTOMER, N_("They rely on our services and must give us their data."),
    N_("Their data is used only for the purpose it was collected for."), ATTEST_REQUIREMENT_KIND_LEGAL },
};

/* In the order of sectors[]. */
static const struct
{
  const AttestPartySuggestion *parties;
  guint                        n_parties;
} sector_parties[] = {
  { software_parties, G_N_ELEMENTS (software_parties) },
  { professional_parties, G_N_ELEMENTS (professional_parties) },
  { finance_parties, G_N_ELEMENTS (finance_parties) },
  { health_parties, G_N_ELEMENTS (health_parties) },
  { manufacturing_parties, G_N_ELEMENTS (manufacturing_parties) },
  { retail_parties, G_N_ELEMENTS (retail_parties) },
  { logistics_parties, G_N_ELEMENTS (logistics_parties) },
  { public_parties, G_N_ELEMENTS (public_parties) },
  { NULL, 0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sector_parties) == G_N_ELEMENTS (sectors));

/**
 * attest_suggestion_get_sector_parties:
 * @sector: an index below attest_suggestion_get_n_sectors()
 * @n_parties: (out): how many
 *
 * Returns: (array length=n_parties): the parties usual in the sector, to
 *   offer before those of any organisation (attest_suggestion_get_parties())
 */
const AttestPartySuggestion *
attest_suggestion_get_sector_parties (guint  sector,
                                      guint *n_parties)
{
  *n_parties = 0;
  g_return_val_if_fail (sector < G_N_ELEMENTS (sectors), NULL);
  *n_parties = sector_parties[sector].n_parties;
  return sector_parties[sector].parties;
}

guint
attest_suggestion_get_n_sectors (void)
{
  return G_N_ELEMENTS (sectors);
}

/**
 * attest_suggestion_get_sector:
 * @sector: an index below attest_suggestion_get_n_sectors()
 *
 * Returns: the sector's name, untranslated
 */
const char *
attest_suggestion_get_sector (guint sector)
{
  g_return_val_if_fail (sector < G_N_ELEMENTS (sectors), NULL);
  return sectors[sector].label;
}

/**
 * attest_suggestion_get_issues:
 * @sector: an index below attest_suggestion_get_n_sectors()
 * @n_issues: (out): how many
 *
 * Returns: (array length=n_issues): typical issues of the sector, followed
 *   by none of the common ones (the last sector holds those)
 */
const AttestIssueSuggestion *
attest_suggestion_get_issues (guint  sector,
                              guint *n_issues)
{
  g_return_val_if_fail (sector < G_N_ELEMENTS (sectors), NULL);
  *n_issues = sectors[sector].n_issues;
  return sectors[sector].issues;
}

/**
 * attest_suggestion_get_prompt:
 * @category: an issue category
 *
 * Returns: a question that helps find issues of the category, untranslated
 */
const char *
attest_suggestion_get_prompt (AttestIssueCategory category)
{
  g_return_val_if_fail ((guint) category < G_N_ELEMENTS (prompts), NULL);
  return prompts[category];
}

/**
 * attest_suggestion_get_parties:
 * @n_parties: (out): how many
 *
 * Returns: (array length=n_parties): the usual interested parties
 */
const AttestPartySuggestion *
attest_suggestion_get_parties (guint *n_parties)
{
  *n_parties = G_N_ELEMENTS (parties);
  return parties;
}

/* Our own short sets to start from; every organisation edits them. */
static const AttestNamedSuggestion threats[] = {
  { N_("Ransomware"), N_("Malicious software that encrypts data and demands payment for the key.") },
  { N_("Phishing"), N_("Messages that trick people into giving away passwords or running malicious software.") },
  { N_("Theft or loss of a device"), N_("A laptop, phone or storage medium is stolen or left behind.") },
  { N_("Misuse by an insider"), N_("Someone with legitimate access uses it for purposes it was not given for.") },
  { N_("Mistake by staff"), N_("Data sent to the wrong person, deleted, or changed in error.") },
  { N_("Outage of a supplier"), N_("A cloud, hosting or network provider stops delivering its service.") },
  { N_("Compromise of a supplier"), N_("An attacker reaches us through a supplier's systems or software.") },
  { N_("Fire, flood or power failure"), N_("Damage to or loss of the premises or the equipment in them.") },
  { N_("Denial of service"), N_("A flood of traffic makes a service unavailable to its users.") },
  { N_("Exploited software flaw"), N_("An attacker uses a known weakness in software that faces the internet.") },
  { N_("Account takeover"), N_("An attacker signs in with stolen or guessed credentials.") },
  { N_("Departure of key people"), N_("Knowledge or access held by one person leaves with them.") },
};

static const AttestNamedSuggestion vulnerabilities[] = {
  { N_("No second factor for sign-in"), N_("A password alone gives access to email, cloud services or remote access.") },
  { N_("Backups reachable from the network"), N_("Backups can be changed or deleted with the same access as the data.") },
  { N_("Updates applied late"), N_("Security updates wait weeks or months before they are installed.") },
  { N_("Unencrypted devices"), N_("Laptops, phones or removable media hold data without disk encryption.") },
  { N_("Access never reviewed"), N_("People keep access after they change role or leave.") },
  { N_("Single supplier without a fallback"), N_("A service depends on one provider with no tested alternative.") },
  { N_("Little security awareness"), N_("Staff have not learnt to recognise phishing and report incidents.") },
  { N_("No monitoring of logs"), N_("Signs of an attack are recorded but nobody looks at them.") },
  { N_("Undocumented knowledge"), N_("How systems work is known to one person and written down nowhere.") },
  { N_("Sensitive data kept longer than needed"), N_("Old copies widen what a breach can expose.") },
};

/**
 * attest_suggestion_get_threats:
 * @n_threats: (out): how many
 *
 * Returns: (array length=n_threats): usual threats, in our words
 */
const AttestNamedSuggestion *
attest_suggestion_get_threats (guint *n_threats)
{
  *n_threats = G_N_ELEMENTS (threats);
  return threats;
}

/**
 * attest_suggestion_get_vulnerabilities:
 * @n_vulnerabilities: (out): how many
 *
 * Returns: (array length=n_vulnerabilities): usual vulnerabilities
 */
const AttestNamedSuggestion *
attest_suggestion_get_vulnerabilities (guint *n_vulnerabilities)
{
  *n_vulnerabilities = G_N_ELEMENTS (vulnerabilities);
  return vulnerabilities;
}

/**
 * attest_suggestion_add_threats:
 * @workspace: a workspace
 * @n_added: (out): how many threats and vulnerabilities were added
 * @error: return location for an error
 *
 * Adds the usual threats and vulnerabilities the workspace does not have
 * yet (by name, ignoring case), all in one change.
 *
 * Returns: whether the change was saved
 */
gboolean
attest_suggestion_add_threats (AttestWorkspace  *workspace,
                               guint            *n_added,
                               GError          **error)
{
  const struct { GType kind; const AttestNamedSuggestion *items; guint n; } sets[] = {
    { ATTEST_TYPE_THREAT, threats, G_N_ELEMENTS (threats) },
    { ATTEST_TYPE_VULNERABILITY, vulnerabilities, G_N_ELEMENTS (vulnerabilities) },
  };

  *n_added = 0;
  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (guint i = 0; i < sets[s].n; i++)
      {
        g_autoptr(AttestRecord) record = NULL;

        if (attest_records_find_text (attest_workspace_get_records (workspace, sets[s].kind), "name",
                                      _(sets[s].items[i].name)) != NULL)
          continue;
        record = g_object_new (sets[s].kind, "name", _(sets[s].items[i].name),
                               "description", _(sets[s].items[i].description), NULL);
        if (!attest_workspace_add (workspace, record, error))
          {
            attest_workspace_rollback (workspace);
            *n_added = 0;
            return FALSE;
          }
        (*n_added)++;
      }
  return attest_workspace_commit (workspace, error);
}

/* First risks: usual assets by sector, the threats that usually bear on
 * each kind of asset, and the threats likeliest in each sector. Bits of a
 * threat mask follow the order of threats[] above. */
enum
{
  T_RANSOMWARE = 1 << 0, T_PHISHING = 1 << 1, T_THEFT = 1 << 2, T_INSIDER = 1 << 3,
  T_MISTAKE = 1 << 4, T_OUTAGE = 1 << 5, T_SUPPLIER = 1 << 6, T_DISASTER = 1 << 7,
  T_DOS = 1 << 8, T_FLAW = 1 << 9, T_TAKEOVER = 1 << 10, T_DEPARTURE = 1 << 11,
};

G_STATIC_ASSERT (G_N_ELEMENTS (threats) == 12);

static const guint kind_threats[] = {
  [ATTEST_ASSET_KIND_INFORMATION] = T_RANSOMWARE | T_INSIDER | T_MISTAKE | T_SUPPLIER | T_TAKEOVER,
  [ATTEST_ASSET_KIND_SOFTWARE] = T_RANSOMWARE | T_FLAW | T_TAKEOVER | T_SUPPLIER | T_DOS,
  [ATTEST_ASSET_KIND_HARDWARE] = T_THEFT | T_DISASTER | T_RANSOMWARE,
  [ATTEST_ASSET_KIND_SERVICE] = T_OUTAGE | T_DOS | T_TAKEOVER | T_SUPPLIER | T_FLAW,
  [ATTEST_ASSET_KIND_PEOPLE] = T_PHISHING | T_MISTAKE | T_DEPARTURE | T_INSIDER,
  [ATTEST_ASSET_KIND_SITE] = T_DISASTER | T_THEFT,
  [ATTEST_ASSET_KIND_OTHER] = T_RANSOMWARE | T_MISTAKE | T_DISASTER,
};

static const AttestAssetSuggestion common_assets[] = {
  { N_("Customer and staff personal data"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Email and shared files"), ATTEST_ASSET_KIND_SOFTWARE },
  { N_("Laptops and phones"), ATTEST_ASSET_KIND_HARDWARE },
  { N_("Backups"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Accounts and sign-in"), ATTEST_ASSET_KIND_SERVICE },
  { N_("Finance and payroll system"), ATTEST_ASSET_KIND_SOFTWARE },
  { N_("Office premises"), ATTEST_ASSET_KIND_SITE },
  { N_("Staff and their know-how"), ATTEST_ASSET_KIND_PEOPLE },
};

static const AttestAssetSuggestion software_assets[] = {
  { N_("Source code"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Production cloud environment"), ATTEST_ASSET_KIND_SERVICE },
  { N_("Customer data in our service"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Build and release pipeline"), ATTEST_ASSET_KIND_SOFTWARE },
};

static const AttestAssetSuggestion professional_assets[] = {
  { N_("Client files and documents"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Document management system"), ATTEST_ASSET_KIND_SOFTWARE },
};

static const AttestAssetSuggestion finance_assets[] = {
  { N_("Payment systems"), ATTEST_ASSET_KIND_SERVICE },
  { N_("Customer accounts and transactions"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Core banking or policy system"), ATTEST_ASSET_KIND_SOFTWARE },
};

static const AttestAssetSuggestion health_assets[] = {
  { N_("Patient records"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Clinical systems"), ATTEST_ASSET_KIND_SOFTWARE },
  { N_("Medical devices"), ATTEST_ASSET_KIND_HARDWARE },
};

static const AttestAssetSuggestion manufacturing_assets[] = {
  { N_("Designs and recipes"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Production control systems"), ATTEST_ASSET_KIND_HARDWARE },
  { N_("Factory site"), ATTEST_ASSET_KIND_SITE },
};

static const AttestAssetSuggestion retail_assets[] = {
  { N_("Online shop"), ATTEST_ASSET_KIND_SERVICE },
  { N_("Card payments"), ATTEST_ASSET_KIND_SERVICE },
  { N_("Customer orders and accounts"), ATTEST_ASSET_KIND_INFORMATION },
};

static const AttestAssetSuggestion logistics_assets[] = {
  { N_("Vehicles and trailers"), ATTEST_ASSET_KIND_HARDWARE },
  { N_("Transport management system"), ATTEST_ASSET_KIND_SOFTWARE },
  { N_("Warehouses"), ATTEST_ASSET_KIND_SITE },
  { N_("Shipment and delivery data"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Vehicle tracking and telematics"), ATTEST_ASSET_KIND_SERVICE },
  { N_("Handheld scanners"), ATTEST_ASSET_KIND_HARDWARE },
  { N_("Drivers and warehouse staff"), ATTEST_ASSET_KIND_PEOPLE },
};

static const AttestAssetSuggestion public_assets[] = {
  { N_("Citizens' records"), ATTEST_ASSET_KIND_INFORMATION },
  { N_("Public website and online services"), ATTEST_ASSET_KIND_SERVICE },
  { N_("Legacy case management system"), ATTEST_ASSET_KIND_SOFTWARE },
};

/* In the order of sectors[]. */
static const struct
{
  const AttestAssetSuggestion *assets;
  guint                        n_assets;
  guint                        likely;   /* threats likeliest in the sector */
} sector_risks[] = {
  { software_assets, G_N_ELEMENTS (software_assets), T_RANSOMWARE | T_FLAW | T_TAKEOVER | T_SUPPLIER | T_DOS | T_OUTAGE },
  { professional_assets, G_N_ELEMENTS (professional_assets), T_PHISHING | T_MISTAKE | T_THEFT | T_RANSOMWARE | T_TAKEOVER },
  { finance_assets, G_N_ELEMENTS (finance_assets), T_TAKEOVER | T_PHISHING | T_INSIDER | T_OUTAGE | T_DOS | T_RANSOMWARE },
  { health_assets, G_N_ELEMENTS (health_assets), T_RANSOMWARE | T_MISTAKE | T_INSIDER | T_THEFT | T_OUTAGE },
  { manufacturing_assets, G_N_ELEMENTS (manufacturing_assets), T_RANSOMWARE | T_DISASTER | T_OUTAGE | T_DEPARTURE | T_FLAW },
  { retail_assets, G_N_ELEMENTS (retail_assets), T_TAKEOVER | T_DOS | T_FLAW | T_PHISHING | T_OUTAGE },
  { logistics_assets, G_N_ELEMENTS (logistics_assets), T_RANSOMWARE | T_OUTAGE | T_THEFT | T_SUPPLIER | T_PHISHING | T_MISTAKE },
  { public_assets, G_N_ELEMENTS (public_assets), T_PHISHING | T_RANSOMWARE | T_MISTAKE | T_INSIDER | T_DEPARTURE },
  { NULL, 0, T_RANSOMWARE | T_PHISHING | T_THEFT | T_MISTAKE | T_OUTAGE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sector_risks) == G_N_ELEMENTS (sectors));

/**
 * attest_suggestion_find_sector:
 * @name: (nullable): a sector as the user named it
 *
 * Returns: the sector of that name (translated or not, ignoring case); else
 *   the first whose words (translated or not) the name contains, so that
 *   "Freight forwarding" is transport and logistics; else the last one,
 *   "Any sector", whose suggestions serve any organisation
 */
guint
attest_suggestion_find_sector (const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name ? name : "", -1);

  g_strstrip (wanted);
  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    {
      g_autofree char *translated = g_utf8_casefold (_(sectors[i].label), -1);
      g_autofree char *original = g_utf8_casefold (sectors[i].label, -1);

      if (g_str_equal (wanted, translated) || g_str_equal (wanted, original))
        return i;
    }
  if (*wanted == '\0')
    return G_N_ELEMENTS (sectors) - 1;
  for (guint i = 0; i + 1 < G_N_ELEMENTS (sectors); i++)
    for (guint pass = 0; pass < 2; pass++)
      {
        g_autofree char *words = g_utf8_casefold (pass == 0 ? _(sectors[i].words) : sectors[i].words, -1);
        g_auto(GStrv) each = g_strsplit (words, "|", -1);

        for (guint w = 0; each[w] != NULL; w++)
          if (*g_strstrip (each[w]) != '\0' && strstr (wanted, each[w]) != NULL)
            return i;
      }
  return G_N_ELEMENTS (sectors) - 1;
}

/**
 * attest_suggestion_get_assets:
 * @sector: a sector
 *
 * Returns: (transfer container) (element-type AttestAssetSuggestion): the
 *   sector's usual assets, then those of any organisation
 */
GPtrArray *
attest_suggestion_get_assets (guint sector)
{
  GPtrArray *assets = g_ptr_array_new ();

  g_return_val_if_fail (sector < G_N_ELEMENTS (sectors), assets);
  for (guint i = 0; i < sector_risks[sector].n_assets; i++)
    g_ptr_array_add (assets, (gpointer) &sector_risks[sector].assets[i]);
  for (guint i = 0; i < G_N_ELEMENTS (common_assets); i++)
    g_ptr_array_add (assets, (gpointer) &common_assets[i]);
  return assets;
}

static int
usual_threat_index (const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name ? name : "", -1);

  for (guint i = 0; i < G_N_ELEMENTS (threats); i++)
    {
      g_autofree char *translated = g_utf8_casefold (_(threats[i].name), -1);

      if (g_str_equal (g_strstrip (wanted), translated))
        return i;
    }
  return -1;
}

/**
 * attest_suggestion_threat_is_likely:
 * @sector: a sector
 * @threat: a threat's name
 *
 * Returns: whether the threat is among the likeliest in the sector; a
 *   threat of the user's own is always counted likely, they chose it
 */
gboolean
attest_suggestion_threat_is_likely (guint       sector,
                                    const char *threat)
{
  int index = usual_threat_index (threat);

  g_return_val_if_fail (sector < G_N_ELEMENTS (sectors), FALSE);
  return index < 0 || (sector_risks[sector].likely & (1u << index)) != 0;
}

/**
 * attest_suggestion_threat_applies:
 * @kind: an asset's kind
 * @threat: a threat's name
 *
 * Returns: whether the threat usually bears on assets of that kind; a
 *   threat of the user's own bears on every asset
 */
gboolean
attest_suggestion_threat_applies (AttestAssetKind  kind,
                                  const char      *threat)
{
  int index = usual_threat_index (threat);

  if (index < 0 || (guint) kind >= G_N_ELEMENTS (kind_threats))
    return TRUE;
  return (kind_threats[kind] & (1u << index)) != 0;
}

/* Whether the asset already has a risk from the threat; links are pairs of
 * ids, risk then asset. */
static gboolean
has_risk (AttestWorkspace *workspace,
          GPtrArray       *links,
          AttestRecord    *asset,
          AttestRecord    *threat)
{
  for (guint i = 0; i + 1 < links->len; i += 2)
    {
      AttestRecord *risk;

      if (!g_str_equal (g_ptr_array_index (links, i + 1), attest_record_get_id (asset)))
        continue;
      risk = attest_workspace_lookup (workspace, g_ptr_array_index (links, i));
      if (risk != NULL && g_strcmp0 (attest_record_get_string (risk, "threat-id"), attest_record_get_id (threat)) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * attest_suggestion_draft_risks:
 * @workspace: a workspace
 * @assets: (element-type AttestRecord): the assets to start from
 * @threats: (element-type AttestRecord): the threats judged likely
 * @added: (out) (transfer full) (element-type AttestRecord): the draft risks
 * @error: return location for an error
 *
 * Makes a draft risk for each asset and each threat that usually bears on
 * its kind, unless the asset already has a risk from that threat: titled
 * after both, linked to the asset and the threat, owned by the asset's
 * owner, not yet assessed. All in one change.
 *
 * Returns: whether the change was saved
 */
gboolean
attest_suggestion_draft_risks (AttestWorkspace  *workspace,
                               GPtrArray        *assets,
                               GPtrArray        *threats_chosen,
                               GPtrArray       **added,
                               GError          **error)
{
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, "risk-asset", error);
  g_autoptr(GPtrArray) risks = g_ptr_array_new_with_free_func (g_object_unref);

  if (links == NULL)
    return FALSE;
  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  /* TRANSLATORS: what Undo takes back, in "Undo %s" */
  attest_workspace_set_change_label (workspace, _("Draft Risks"));
  for (guint a = 0; a < assets->len; a++)
    for (guint t = 0; t < threats_chosen->len; t++)
      {
        AttestRecord *asset = g_ptr_array_index (assets, a);
        AttestRecord *threat = g_ptr_array_index (threats_chosen, t);
        const char *threat_name = attest_record_get_string (threat, "name");
        g_autofree char *title = NULL;
        AttestRecord *risk;

        if (!attest_suggestion_threat_applies (attest_record_get_enum (asset, "kind"), threat_name)
            || has_risk (workspace, links, asset, threat))
          continue;
        /* TRANSLATORS: the title of a draft risk: an asset, then a threat to it */
        title = g_strdup_printf (C_("draft risk", "%s: %s"), attest_record_get_string (asset, "name"), threat_name);
        risk = g_object_new (ATTEST_TYPE_RISK, "title", title,
                             "threat-id", attest_record_get_id (threat),
                             "owner", attest_record_get_string (asset, "owner"), NULL);
        g_ptr_array_add (risks, risk);
        if (!attest_workspace_add (workspace, risk, error)
            || !attest_workspace_link (workspace, "risk-asset", risk, asset, error))
          {
            attest_workspace_rollback (workspace);
            return FALSE;
          }
      }
  if (!attest_workspace_commit (workspace, error))
    return FALSE;
  *added = g_steal_pointer (&risks);
  return TRUE;
}

/* Whether a name reads as a common noun, to be written in lower case in the
 * middle of a sentence: it starts with a capital followed by lower case, and
 * is either one word or has another word in lower case ("Freight forwarding",
 * "Transport management system (TMS)"). A name of several capitalised words
 * ("Microsoft Teams"), an acronym ("SAP", "HR") or one starting in lower case
 * already is left as typed. */
static gboolean
is_common_noun (const char *name,
                gboolean    single_word_too)
{
  const char *p = name;
  gunichar first = g_utf8_get_char (p);
  gboolean another_lower = FALSE;
  guint words = 0;

  if (!g_unichar_isupper (first))
    return FALSE;
  p = g_utf8_next_char (p);
  if (*p == '\0' || !g_unichar_islower (g_utf8_get_char (p)))
    return FALSE;
  for (const char *q = name; *q; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (q == name || (q > name && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (q)))))
        {
          words++;
          if (q != name && g_unichar_islower (c))
            another_lower = TRUE;
        }
    }
  return another_lower || (words == 1 && single_word_too);
}

/* The name as it reads mid-sentence: a common noun in lower case where the
 * language writes it so, with the article the language gives it. */
static char *
mid_sentence (const char *name,
              gboolean    with_article,
              gboolean    single_word_too)
{
  /* TRANSLATORS: "yes" if your language writes common nouns in lower case in the middle of a
   * sentence (English, French), "no" if it keeps their capital (German). Only "yes" or "no". */
  gboolean lower = g_str_equal (C_("scope statement: lower-case common nouns", "yes"), "yes");
  g_autofree char *word = NULL;

  if (!is_common_noun (name, single_word_too))
    return g_strdup (name);
  if (lower)
    {
      gunichar first = g_unichar_tolower (g_utf8_get_char (name));
      char buf[8] = { 0 };

      g_unichar_to_utf8 (first, buf);
      word = g_strconcat (buf, g_utf8_next_char (name), NULL);
    }
  else
    word = g_strdup (name);
  if (!with_article)
    return g_steal_pointer (&word);
  /* TRANSLATORS: a thing named in the scope statement, such as "the transport management
   * system"; "%s" if your language needs no article or cannot tell which */
  return g_strdup_printf (C_("scope statement: the thing", "the %s"), word);
}

/* A list as a person writes it: "a", "a and b", "a, b and c". */
static char *
join_names (AttestWorkspace     *workspace,
            AttestScopeItemKind  kind,
            gboolean             article,
            gboolean             single_word_too)
{
  GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  char *out = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
      const char *name = attest_record_get_string (item, "name");

      if (attest_record_get_enum (item, "kind") == (int) kind && !attest_text_is_blank (name))
        {
          g_autofree char *trimmed = g_strstrip (g_strdup (name));

          g_ptr_array_add (names, kind == ATTEST_SCOPE_ITEM_KIND_LOCATION
                                    ? g_steal_pointer (&trimmed)
                                    : mid_sentence (trimmed, article, single_word_too));
        }
    }
  if (names->len == 0)
    return g_strdup ("");
  out = g_strdup (g_ptr_array_index (names, names->len - 1));
  for (guint i = names->len - 1; i-- > 0;)
    {
      char *longer;

      if (i + 2 == names->len)
        /* TRANSLATORS: the last two things of a list in the scope statement */
        longer = g_strdup_printf (C_("scope statement: list", "%s and %s"), (char *) g_ptr_array_index (names, i), out);
      else
        /* TRANSLATORS: a thing of a list in the scope statement, then the rest of the list */
        longer = g_strdup_printf (C_("scope statement: list", "%s, %s"), (char *) g_ptr_array_index (names, i), out);
      g_free (out);
      out = longer;
    }
  return out;
}

/* Fills a template whose arguments are all strings, named by position
 * ("%2$s"), some perhaps unused: printf wants every argument named. */
static void
expand (GString     *out,
        const char  *template,
        const char **args,
        guint        n_args)
{
  for (const char *p = template; *p; p++)
    {
      if (p[0] == '%' && p[1] == '%')
        {
          g_string_append_c (out, '%');
          p++;
        }
      else if (p[0] == '%' && p[1] >= '1' && p[1] <= '9' && p[2] == '$' && p[3] == 's'
               && (guint) (p[1] - '1') < n_args)
        {
          g_string_append (out, args[p[1] - '1']);
          p += 3;
        }
      else
        g_string_append_c (out, *p);
    }
}

/**
 * attest_scope_draft_statement:
 * @workspace: a workspace
 *
 * Drafts a scope statement from the organisation and the parts of the scope
 * the user has named, in our own words, for the user to edit. It reads as a
 * person would write it: common nouns in lower case mid-sentence, systems
 * with their article, lists joined with commas and "and"; every sentence is
 * one translatable template, so a language can order its parts its own way.
 *
 * Returns: (transfer full): the draft
 */
char *
attest_scope_draft_statement (AttestWorkspace *workspace)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  const char *org_name = org ? attest_record_get_string (org, "name") : "";
  g_autofree char *units = join_names (workspace, ATTEST_SCOPE_ITEM_KIND_UNIT, FALSE, TRUE);
  g_autofree char *locations = join_names (workspace, ATTEST_SCOPE_ITEM_KIND_LOCATION, FALSE, FALSE);
  g_autofree char *processes = join_names (workspace, ATTEST_SCOPE_ITEM_KIND_PROCESS, FALSE, TRUE);
  g_autofree char *systems = join_names (workspace, ATTEST_SCOPE_ITEM_KIND_SYSTEM, TRUE, FALSE);
  g_autofree char *exclusions = join_names (workspace, ATTEST_SCOPE_ITEM_KIND_EXCLUSION, TRUE, TRUE);
  g_autofree char *interfaces = join_names (workspace, ATTEST_SCOPE_ITEM_KIND_INTERFACE, FALSE, TRUE);
  g_autofree char *org_text = g_strdup (!attest_text_is_blank (org_name) ? org_name : _("the organisation"));
  g_autofree char *what = *processes ? g_strdup (processes) : g_strdup (_("all its activities"));
  /* Which of the optional parts are there: units, locations, systems. */
  guint parts = (*units ? 1 : 0) | (*locations ? 2 : 0) | (*systems ? 4 : 0);
  /* The first sentence, one template for each set of parts. Arguments:
   * 1 the organisation, 2 what it does, 3 its units, 4 its locations,
   * 5 its systems. */
  const char *templates[] = {
    /* TRANSLATORS: the scope statement. %1$s is the organisation, %2$s what the ISMS covers
     * (its processes and services); reorder as your language needs */
    N_("The information security management system of %1$s covers %2$s."),
    /* TRANSLATORS: the scope statement: as above, %3$s the organisational units */
    N_("The information security management system of %1$s covers %2$s, as carried out by %3$s."),
    /* TRANSLATORS: the scope statement: as above, %4$s the locations */
    N_("The information security management system of %1$s covers %2$s at %4$s."),
    /* TRANSLATORS: the scope statement: as above, %3$s the units, %4$s the locations */
    N_("The information security management system of %1$s covers %2$s, as carried out by %3$s at %4$s."),
    /* TRANSLATORS: the scope statement: as above, %5$s the information systems */
    N_("The information security management system of %1$s covers %2$s and the information systems that support them: %5$s."),
    /* TRANSLATORS: the scope statement: as above, %3$s the units, %5$s the systems */
    N_("The information security management system of %1$s covers %2$s, as carried out by %3$s using %5$s."),
    /* TRANSLATORS: the scope statement: as above, %4$s the locations, %5$s the systems */
    N_("The information security management system of %1$s covers %2$s at %4$s, using %5$s."),
    /* TRANSLATORS: the scope statement: as above, %3$s the units, %4$s the locations, %5$s the systems */
    N_("The information security management system of %1$s covers %2$s, as carried out by %3$s at %4$s using %5$s."),
  };
  GString *out = g_string_new (NULL);

  const char *args[] = { org_text, what, units, locations, systems };

  expand (out, _(templates[parts]), args, G_N_ELEMENTS (args));
  if (*exclusions)
    {
      g_string_append_c (out, ' ');
      /* TRANSLATORS: the scope statement: %s is what the ISMS leaves out */
      g_string_append_printf (out, _("It does not cover %s."), exclusions);
    }
  if (*interfaces)
    {
      g_string_append_c (out, ' ');
      /* TRANSLATORS: the scope statement: %s is those the organisation depends on */
      g_string_append_printf (out, _("It manages its interfaces with %s."), interfaces);
    }
  return g_string_free (out, FALSE);
}
