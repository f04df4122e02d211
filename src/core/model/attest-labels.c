/* attest-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-labels"

#include "config.h"

#include "attest-i18n.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-labels.h"

typedef struct
{
  const char *nick;
  const char *label;
  const char *context;   /* the label's msgctxt, when its English is another label's too */
} Label;

static const Label labels[] = {
  /* AttestIssueOrigin */
  { "external", N_("External") },
  { "internal", N_("Internal") },
  /* AttestIssueCategory */
  { "political", N_("Political") },
  { "economic", N_("Economic") },
  { "social", N_("Social") },
  { "technological", N_("Technological") },
  { "legal", N_("Legal") },
  { "environmental", N_("Environmental") },
  { "climate-change", N_("Climate change") },
  { "governance", N_("Governance") },
  { "culture", N_("Culture") },
  { "capabilities", N_("Capabilities and resources") },
  { "information-systems", N_("Information systems") },
  { "other", N_("Other") },
  /* AttestPartyKind */
  { "customer", N_("Customer") },
  { "employee", N_("Employees") },
  { "shareholder", N_("Shareholders and owners") },
  { "regulator", N_("Regulator or authority") },
  { "supplier", N_("Supplier or cloud provider") },
  { "certification-body", N_("Certification body") },
  { "insurer", N_("Insurer") },
  { "public", N_("The public") },
  { "partner", N_("Partner") },
  /* AttestRequirementKind */
  { "regulatory", N_("Regulatory") },
  { "contractual", N_("Contractual") },
  /* AttestScopeItemKind */
  { "unit", N_("Organisational unit") },
  { "location", N_("Location") },
  { "process", N_("Process or service") },
  { "system", N_("Information system") },
  { "exclusion", N_("Exclusion") },
  { "interface", N_("Interface or dependency") },
  /* AttestApplicability */
  { "undecided", N_("Not decided") },
  { "applicable", N_("Applicable") },
  { "not-applicable", N_("Not applicable") },
  /* AttestClimateRelevance */
  { "relevant", N_("Relevant") },
  { "not-relevant", N_("Not relevant") },
  /* AttestRiskComputation */
  { "product", N_("Likelihood × impact") },
  { "sum", N_("Likelihood + impact") },
  { "matrix", N_("A matrix painted cell by cell") },
  /* AttestAssetKind */
  { "information", N_("Information") },
  { "software", N_("Software") },
  { "hardware", N_("Hardware") },
  { "service", N_("Service") },
  { "people", N_("People") },
  { "site", N_("Site") },
  /* AttestTreatment */
  { "modify", N_("Modify (reduce with controls)") },
  { "retain", N_("Retain (accept as it is)") },
  { "avoid", N_("Avoid (stop the activity)") },
  { "share", N_("Share (insure or outsource)") },
  /* AttestActionStatus */
  { "open", N_("Open") },
  { "in-progress", N_("In progress") },
  { "done", N_("Done") },
  /* AttestAcceptanceDecision */
  { "accepted", N_("Accepted") },
  { "rejected", N_("Not accepted") },
  /* AttestImplementation */
  { "not-started", N_("Not started") },
  { "planned", N_("Planned") },
  { "partial", N_("Partially implemented") },
  { "implemented", N_("Implemented") },
  /* AttestObjectiveStatus ("planned" is above) */
  { "on-track", N_("On track") },
  { "at-risk", N_("At risk") },
  { "achieved", N_("Achieved") },
  { "not-achieved", N_("Not achieved") },
  /* AttestChangeStatus ("planned", "in-progress", "done" are above) */
  { "cancelled", N_("Cancelled") },
  /* AttestResourceKind ("people", "other" are above) */
  { "time", N_("Time") },
  { "budget", N_("Budget") },
  { "tool", N_("Tools") },
  /* AttestResourceStatus */
  { "requested", N_("Requested") },
  { "approved", N_("Approved") },
  { "provided", N_("Provided") },
  { "refused", N_("Refused") },
  /* AttestCommitmentItem: what top management shows (5.1), in our words */
  { "sets-policy", N_("Sets the policy and objectives, in line with where the organisation is going") },
  { "integrates", N_("Makes the ISMS part of how the organisation works") },
  { "provides-resources", N_("Gives the ISMS the resources it needs") },
  { "communicates", N_("Tells everyone why security and the ISMS matter") },
  { "ensures-outcomes", N_("Makes sure the ISMS achieves what it sets out to") },
  { "supports-people", N_("Leads and supports the people who make the ISMS work") },
  { "promotes-improvement", N_("Keeps the ISMS improving") },
  { "supports-managers", N_("Helps other managers lead security in their own areas") },
  /* AttestQualificationStatus ("planned" is above) */
  { "held", N_("Held") },
  /* AttestQualificationKind ("other" is above) */
  { "training", N_("Training") },
  { "certificate", N_("Certificate") },
  { "experience", N_("Experience") },
  { "education", N_("Education") },
  /* AttestCadence */
  { "when-needed", N_("When needed") },
  { "days", N_("Days") },
  { "weeks", N_("Weeks") },
  { "months", N_("Months") },
  { "years", N_("Years") },
  /* AttestTargetDirection */
  { "none", N_("No target") },
  { "at-least", N_("At least the target") },
  { "at-most", N_("At most the target") },
  { "major-nonconformity", N_("Major nonconformity") },
  { "minor-nonconformity", N_("Minor nonconformity") },
  { "observation", N_("Observation") },
  { "opportunity", N_("Opportunity for improvement") },
  /* AttestNonconformitySource ("other" is above) */
  { "audit-finding", N_("Audit finding") },
  { "incident", N_("Incident") },
  { "review", N_("Management review") },
  { "complaint", N_("Complaint") },
  { "monitoring", N_("Monitoring and measurement") },
  /* AttestNonconformityState */
  { "reported", N_("Reported") },
  { "reacted", N_("Reacted to") },
  { "cause-analysed", N_("Causes analysed") },
  { "actions-planned", N_("Actions planned") },
  { "actions-done", N_("Actions done") },
  { "effectiveness-reviewed", N_("Effectiveness reviewed") },
  { "closed", N_("Closed") },
  /* AttestImprovementSource ("review", "incident", "monitoring", "other" are above) */
  { "audit", N_("Internal audit") },
  { "staff", N_("Staff") },
  /* AttestImprovementDecision */
  { "pending", N_("Not decided yet") },
  { "adopted", N_("Adopted") },
  { "declined", N_("Declined") },
  /* AttestEffectiveness */
  { "not-evaluated", N_("Not evaluated yet") },
  { "effective", N_("Effective") },
  { "not-effective", N_("Not effective") },
  /* AttestSeverity */
  { "blocker", N_("Blocker") },
  { "warning", N_("Warning") },
  /* AttestMandatoryStatus */
  { "recorded", N_("Recorded in Attest") },
  { "elsewhere", N_("Kept elsewhere") },
  { "missing", N_("Missing") },
  /* AttestReviewTopic: the inputs of a management review (9.3.2) */
  { "previous-actions", N_("Actions from previous reviews") },
  { "issues", N_("Changes in external and internal issues") },
  { "party-requirements", N_("Changes in interested parties' needs and expectations") },
  { "nonconformities", N_("Nonconformities and corrective actions") },
  { "measurements", N_("Monitoring and measurement results") },
  { "audits", N_("Audit results") },
  { "objectives", N_("Fulfilment of information security objectives") },
  { "party-feedback", N_("Feedback from interested parties") },
  { "risks", N_("Risk assessment and the treatment plan") },
  { "improvements", N_("Opportunities for improvement") },
};

static const Label kinds[] = {
  { "organisation", N_("Organisation") },
  { "context-issue", N_("Context issue") },
  { "interested-party", N_("Interested party") },
  { "requirement", N_("Requirement") },
  { "scope", N_("Scope") },
  { "scope-item", N_("Scope item") },
  { "soa-entry", N_("Statement of Applicability entry") },
  { "setup", N_("Guided setup") },
  { "evidence", N_("Evidence") },
  { "risk-method", N_("Risk method") },
  { "asset", N_("Asset") },
  { "threat", N_("Threat") },
  { "vulnerability", N_("Vulnerability") },
  { "risk", N_("Risk") },
  { "treatment-action", N_("Treatment action") },
  { "risk-acceptance", N_("Risk acceptance") },
  { "soa-version", N_("Approved Statement of Applicability") },
  { "document", N_("Document") },
  { "document-version", N_("Approved document") },
  { "plan-approval", N_("Risk owner's approval of the plan") },
  { "objective", N_("Information security objective") },
  { "planned-change", N_("Planned change to the ISMS") },
  { "resource", N_("Resource for the ISMS") },
  { "communication", N_("Communication") },
  { "person", N_("Person") },
  { "role", N_("Role") },
  { "awareness", N_("Awareness activity") },
  { "competence", N_("Competence") },
  { "qualification", N_("Evidence of competence") },
  { "provider", N_("External provider") },
  { "commitment", N_("Evidence of leadership") },
  { "policy", N_("Information security policy") },
  { "topic-policy", N_("Topic-specific policy") },
  { "process", N_("Process") },
  { "metric", N_("Metric") },
  { "measurement", N_("Measurement") },
  { "audit-programme", N_("Audit programme") },
  { "audit", N_("Internal audit") },
  { "audit-finding", N_("Audit finding") },
  { "nonconformity", N_("Nonconformity") },
  { "corrective-action", N_("Corrective action") },
  { "improvement", N_("Improvement") },
  { "management-review", N_("Management review") },
  { "review-input", N_("Review input") },
  { "review-action", N_("Review action") },
};

/* Field labels, "kind/field". The forms, the tables' headers and the
 * readiness findings all say a field the same way. */
static const Label fields[] = {
  { "organisation/name", N_("Legal name") },
  { "organisation/short-name", N_("Short name") },
  { "organisation/sector", N_("Sector") },
  { "organisation/size", N_("Size") },
  { "organisation/headquarters", N_("Headquarters") },
  { "organisation/locations", N_("Other locations") },
  { "organisation/top-management", N_("Top management (approves the ISMS)") },
  { "organisation/isms-manager", N_("ISMS manager") },
  { "organisation/certification-target", N_("Certification target date") },
  { "organisation/classification", N_("Classification of printed documents") },
  { "organisation/climate-relevance", N_("Is climate change a relevant issue?") },
  { "organisation/climate-statement", N_("How climate change is or is not relevant") },
  { "organisation/awareness-interval", N_("Every staff group made aware at least every (months)") },
  { "context-issue/title", N_("Issue") },
  { "context-issue/description", N_("Description") },
  { "context-issue/origin", N_("External or internal") },
  { "context-issue/category", N_("Category") },
  { "context-issue/effect", N_("Effect on the ISMS") },
  { "context-issue/treatment", N_("How it is addressed") },
  { "interested-party/name", N_("Interested party") },
  { "interested-party/kind", N_("Kind") },
  { "interested-party/relevance", N_("Why they are relevant") },
  { "requirement/party-id", N_("Interested party") },
  { "requirement/text", N_("Requirement") },
  { "requirement/kind", N_("Kind") },
  { "requirement/addressed", N_("Addressed by the ISMS") },
  { "requirement/how-addressed", N_("How the ISMS addresses it") },
  { "requirement/climate-related", N_("Related to climate change") },
  { "scope/statement", N_("Scope statement") },
  { "scope-item/kind", N_("Part of the scope") },
  { "scope-item/name", N_("Name") },
  { "scope-item/description", N_("Description") },
  { "scope-item/justification", N_("Justification of the exclusion") },
  { "soa-entry/control-id", N_("Control") },
  { "soa-entry/applicability", N_("Applicable") },
  { "soa-entry/justification", N_("Justification") },
  { "soa-entry/status", N_("Implementation") },
  { "soa-entry/owner", N_("Owner") },
  { "soa-entry/implementation", N_("How it is implemented") },
  { "soa-entry/reason-legal", N_("Required by law or regulation") },
  { "soa-entry/reason-contractual", N_("Required by a contract") },
  { "soa-entry/reason-business", N_("A business requirement") },
  { "soa-entry/reason-best-practice", N_("Good practice") },
  { "soa-entry/target-date", N_("Target date") },
  { "soa-entry/last-reviewed", N_("Last reviewed") },
  /* Not fields but what an approved SoA's snapshot holds of each control
   * besides them, and its changes since name. */
  { "soa-entry/reasons", N_("Reasons") },
  { "soa-entry/evidence", N_("Evidence") },
  { "evidence/title", N_("Evidence") },
  /* TRANSLATORS: where a piece of evidence is kept (a folder, a system) */
  { "evidence/location", NC_("evidence", "Where it is"), "evidence" },
  { "evidence/date", N_("Date") },
  { "soa-version/approved-by", N_("Approved by") },
  { "soa-version/note", N_("Note") },
  { "soa-version/number", N_("Version") },
  { "soa-version/approved-at", N_("Approved on") },
  { "soa-version/snapshot", N_("The entries as approved") },
  { "document-version/document", N_("Document") },
  { "document-version/approved-by", N_("Approved by") },
  { "document-version/note", N_("Note") },
  { "document-version/number", N_("Version") },
  { "document-version/approved-at", N_("Approved on") },
  { "document-version/snapshot", N_("The document as approved") },
  { "plan-approval/owner", N_("Risk owner") },
  { "plan-approval/version-id", N_("Plan version") },
  { "plan-approval/approved-at", N_("Approved on") },
  { "plan-approval/note", N_("Note") },
  { "plan-approval/snapshot", N_("The owner's risks as approved") },
  { "objective/title", N_("Objective") },
  { "objective/measure", N_("How it is measured") },
  { "objective/target", N_("Target value") },
  { "objective/due-date", N_("To be achieved by") },
  { "objective/owner", N_("Owner") },
  { "objective/resources", N_("Resources it needs") },
  { "objective/evaluation", N_("How results are evaluated") },
  { "objective/status", N_("Status") },
  { "planned-change/title", N_("Change") },
  { "planned-change/reason", N_("Why it is made") },
  { "planned-change/owner", N_("Who carries it out") },
  { "planned-change/planned-date", N_("Planned for") },
  { "planned-change/status", N_("Status") },
  { "planned-change/consequences", N_("Its consequences, and how they are handled") },
  { "planned-change/reviewed-on", N_("Consequences reviewed on") },
  { "resource/title", N_("Resource") },
  { "resource/kind", N_("Kind") },
  { "resource/purpose", N_("What it is for") },
  { "resource/provider", N_("Who provides it") },
  { "resource/needed-by", N_("Needed by") },
  { "resource/status", N_("Status") },
  { "resource/provided-on", N_("Provided on") },
  { "communication/title", N_("What is communicated") },
  { "communication/audience", N_("To whom") },
  { "communication/communicator", N_("Who communicates") },
  { "communication/method", N_("How") },
  { "communication/frequency", N_("How often") },
  { "communication/last-on", N_("Last done on") },
  { "communication/next-due", N_("Next due") },
  { "person/name", N_("Name") },
  { "person/position", N_("Position") },
  /* TRANSLATORS: the group of staff a person belongs to, such as "Warehouse" or "Developers" */
  { "person/staff-group", N_("Staff group") },
  { "person/contact", N_("How to reach them") },
  { "role/title", N_("Role") },
  { "role/top-management", N_("Part of top management") },
  { "role/conformity", N_("Makes sure the ISMS conforms to ISO/IEC 27001") },
  { "role/reporting", N_("Reports on the ISMS's performance to top management") },
  { "role/responsibilities", N_("Responsibilities") },
  { "role/authorities", N_("Authorities") },
  { "role/communicated", N_("How it was made known") },
  { "role/communicated-on", N_("Made known on") },
  { "awareness/title", N_("Topic") },
  { "awareness/all-staff", N_("For all staff") },
  { "awareness/groups", N_("For the staff groups") },
  { "awareness/held-on", N_("Held on") },
  { "awareness/given-by", N_("Given by") },
  { "awareness/attendance", N_("Who attended, or how many") },
  { "competence/title", N_("Competence") },
  { "competence/description", N_("What it means in practice") },
  { "qualification/person-id", N_("Person") },
  { "qualification/competence-id", N_("Competence") },
  { "qualification/status", N_("Held, or planned") },
  { "qualification/kind", N_("Shown by") },
  { "qualification/action", N_("How it is gained (the action taken)") },
  { "qualification/due-date", N_("To be gained by") },
  { "qualification/obtained-on", N_("Gained on") },
  { "qualification/expires-on", N_("Expires on") },
  { "qualification/evidence", N_("Where the evidence is") },
  { "qualification/effective", N_("Whether the action was effective") },
  { "commitment/item", N_("What top management shows") },
  { "commitment/evidence", N_("What shows it") },
  { "commitment/shown-on", N_("Shown on") },
  { "provider/name", N_("Provider") },
  { "provider/provides", N_("What it provides (a process, product or service)") },
  { "provider/owner", N_("Who looks after the relationship") },
  { "provider/agreement", N_("Agreement") },
  { "provider/last-review", N_("Last reviewed") },
  { "provider/next-review", N_("Next review") },
  { "policy/text", N_("Text of the policy") },
  { "policy/owner", N_("Owner") },
  { "policy/classification", N_("Classification") },
  { "policy/communicated-to", N_("Made known to") },
  { "policy/communicated-how", N_("How it was made known") },
  { "policy/communicated-on", N_("Made known on") },
  { "policy/available-to-parties", N_("Available to interested parties") },
  { "policy/available-how", N_("How they can have it") },
  { "policy/next-review", N_("Next review") },
  { "topic-policy/title", N_("Topic-specific policy") },
  { "topic-policy/owner", N_("Owner") },
  { "topic-policy/version", N_("Version") },
  { "topic-policy/approved-on", N_("Approved on") },
  { "topic-policy/next-review", N_("Next review") },
  { "topic-policy/location", N_("Where it is kept") },
  { "process/name", N_("Process") },
  { "process/purpose", N_("What it is for") },
  { "process/owner", N_("Owner") },
  { "process/inputs", N_("What goes in") },
  { "process/outputs", N_("What comes out") },
  { "process/runs-every", N_("Runs every") },
  { "process/runs-unit", N_("Unit") },
  { "process/last-run", N_("Last run") },
  { "process/criteria", N_("Criteria it is run to (8.1)") },
  { "process/criteria-check", N_("How the criteria are checked") },
  { "process/records-kept", N_("Records that show it ran as planned") },
  { "metric/name", N_("Metric") },
  { "metric/measure", N_("What is measured") },
  { "metric/method", N_("How it is measured, so results compare") },
  { "metric/measured-every", N_("Measured every") },
  { "metric/measured-unit", N_("Unit") },
  { "metric/owner", N_("Who measures") },
  { "metric/analysed-by", N_("Who analyses and evaluates the results") },
  { "metric/analysis", N_("When and how the results are analysed") },
  { "metric/target", N_("Target") },
  { "metric/direction", N_("Values should stay") },
  { "metric/unit", N_("Unit of the values") },
  { "measurement/metric-id", N_("Metric") },
  { "measurement/date", N_("Taken on") },
  { "measurement/value", N_("Value") },
  { "measurement/note", N_("What it shows") },
  { "measurement/evidence", N_("Evidence kept at") },
  { "audit-programme/period-start", N_("Period from") },
  { "audit-programme/period-end", N_("Period to") },
  { "audit-programme/frequency", N_("How often what is audited") },
  { "audit-programme/methods", N_("Audit methods") },
  { "audit-programme/responsibilities", N_("Who is responsible for what") },
  { "audit-programme/planning", N_("How audits are planned") },
  { "audit-programme/reporting", N_("How results are reported, and to whom") },
  { "audit-programme/owner", N_("Manages the programme") },
  { "audit/title", N_("Audit") },
  { "audit/scope", N_("Scope") },
  { "audit/criteria", N_("Audit criteria") },
  { "audit/clauses", N_("Clauses covered") },
  { "audit/auditees", N_("Auditees") },
  { "audit/planned-date", N_("Planned for") },
  { "audit/held-on", N_("Held on") },
  { "audit/report", N_("Conclusions of the report") },
  { "audit/report-reference", N_("Full report kept at") },
  { "audit-finding/audit-id", N_("Audit") },
  { "audit-finding/type", N_("Finding") },
  { "audit-finding/requirement", N_("Clause or control") },
  { "audit-finding/description", N_("What was found") },
  { "audit-finding/evidence", N_("Evidence") },
  { "nonconformity/title", N_("Nonconformity") },
  { "nonconformity/source", N_("Came to light through") },
  { "nonconformity/finding-id", N_("Audit finding") },
  { "nonconformity/requirement", N_("Clause or control") },
  { "nonconformity/reported-on", N_("Reported on") },
  { "nonconformity/description", N_("What happened") },
  { "nonconformity/owner", N_("Handled by") },
  { "nonconformity/correction", N_("Correction: what was done at once") },
  { "nonconformity/consequences", N_("How its consequences were dealt with") },
  { "nonconformity/causes", N_("Its causes") },
  { "nonconformity/similar", N_("Similar nonconformities, here or elsewhere") },
  { "nonconformity/reviewed-on", N_("Effectiveness reviewed on") },
  { "nonconformity/reviewed-by-id", N_("Reviewed by") },
  { "nonconformity/effectiveness", N_("Corrective actions were") },
  { "nonconformity/review-note", N_("What the review found") },
  { "nonconformity/changes", N_("Changes to the ISMS") },
  { "nonconformity/state", N_("Step") },
  { "nonconformity/reopened", N_("Reopened") },
  { "corrective-action/nonconformity-id", N_("Nonconformity") },
  { "corrective-action/title", N_("Corrective action") },
  { "corrective-action/description", N_("What is done") },
  { "corrective-action/owner", N_("Owner") },
  { "corrective-action/due-date", N_("Due") },
  { "corrective-action/done-on", N_("Done on") },
  { "improvement/title", N_("Improvement") },
  { "improvement/source", N_("Came from") },
  { "improvement/finding-id", N_("Audit finding") },
  { "improvement/description", N_("What could be better") },
  { "improvement/raised-on", N_("Raised on") },
  { "improvement/decision", N_("Decision") },
  { "improvement/rationale", N_("Why") },
  { "improvement/owner", N_("Owner") },
  { "improvement/due-date", N_("Due") },
  { "improvement/status", N_("Status") },
  { "improvement/done-on", N_("Done on") },
  { "management-review/title", N_("Management review") },
  { "management-review/planned-date", N_("Planned for") },
  { "management-review/held-on", N_("Held on") },
  { "management-review/since", N_("Changes counted from") },
  { "management-review/inputs-prepared-at", N_("Inputs prepared") },
  { "management-review/improvement-decisions", N_("Decisions on improvement") },
  { "management-review/change-decisions", N_("Decisions on changes to the ISMS") },
  { "management-review/minutes-reference", N_("Signed minutes kept at") },
  { "review-input/review-id", N_("Management review") },
  { "review-input/topic", N_("Input") },
  { "review-input/summary", N_("What the workspace shows") },
  { "review-input/data", N_("Data") },
  { "review-input/comment", N_("Comment of the review") },
  { "review-action/review-id", N_("Management review") },
  { "review-action/title", N_("Action") },
  { "review-action/owner", N_("Owner") },
  { "review-action/due-date", N_("Due") },
  { "review-action/status", N_("Status") },
  { "review-action/done-on", N_("Done on") },
  { "evidence/soa-entry-id", N_("For the control") },
  { "risk-method/likelihood-scale", N_("Likelihood scale") },
  { "risk-method/likelihood-descriptions", N_("What each likelihood means") },
  { "risk-method/impact-scale", N_("Impact scale") },
  { "risk-method/impact-descriptions", N_("What each impact means") },
  { "risk-method/computation", N_("How the level is computed") },
  { "risk-method/levels", N_("Risk levels") },
  { "risk-method/level-colours", N_("Colours of the levels") },
  { "risk-method/thresholds", N_("Highest score of each level") },
  { "risk-method/matrix", N_("Matrix") },
  { "risk-method/acceptance-level", N_("Acceptable as it is up to") },
  { "risk-method/escalation-level", N_("Needs a decision above the owner from") },
  { "risk-method/escalation-authority", N_("Who decides above the owner") },
  { "risk-method/review-interval", N_("Repeat the assessment every (months)") },
  { "risk-method/review-triggers", N_("Also repeat it when") },
  { "risk-method/identification", N_("How risks are identified") },
  { "asset/name", N_("Asset") },
  { "asset/kind", N_("Kind") },
  { "asset/owner", N_("Owner") },
  /* TRANSLATORS: the column of the asset register that says where an asset is (a site, a cloud region) */
  { "asset/location", NC_("asset", "Where it is"), "asset" },
  { "asset/classification", N_("Classification") },
  { "asset/confidentiality", N_("Value for confidentiality") },
  { "asset/integrity", N_("Value for integrity") },
  { "asset/availability", N_("Value for availability") },
  { "threat/name", N_("Threat") },
  { "threat/description", N_("Description") },
  { "vulnerability/name", N_("Vulnerability") },
  { "vulnerability/description", N_("Description") },
  { "risk/title", N_("Risk") },
  { "risk/description", N_("What could happen") },
  { "risk/threat-id", N_("Threat") },
  { "risk/vulnerability-id", N_("Vulnerability") },
  { "risk/owner", N_("Risk owner") },
  { "risk/likelihood", N_("Likelihood before treatment") },
  { "risk/impact", N_("Impact before treatment") },
  { "risk/existing-controls", N_("Controls already in place") },
  { "risk/treatment", N_("Treatment") },
  { "risk/residual-likelihood", N_("Target likelihood (after planned treatment)") },
  { "risk/residual-impact", N_("Target impact (after planned treatment)") },
  { "risk/review-date", N_("Next review (YYYY-MM-DD)") },
  { "treatment-action/risk-id", N_("For the risk") },
  { "treatment-action/title", N_("Action") },
  { "treatment-action/owner", N_("Owner") },
  { "treatment-action/due-date", N_("Due (YYYY-MM-DD)") },
  { "treatment-action/status", N_("Status") },
  { "treatment-action/completed-date", N_("Completed on (YYYY-MM-DD)") },
  { "risk-acceptance/risk-id", N_("Risk") },
  { "risk-acceptance/accepted-by", N_("Decided by") },
  { "risk-acceptance/accepted-at", N_("Decided on") },
  { "risk-acceptance/decision", N_("Decision") },
  { "risk-acceptance/note", N_("Note") },
  { "risk-acceptance/authority", N_("Authority above the owner") },
  { "risk-acceptance/snapshot", N_("The risk as decided") },
  { "document/identifier", N_("Identifier") },
  { "document/title", N_("Title") },
  { "document/version", N_("Version") },
  { "document/owner", N_("Owner") },
  { "document/location", N_("Where it is kept") },
  { "document/approved-by", N_("Approved by") },
  { "document/approved-on", N_("Approved on (YYYY-MM-DD)") },
  { "document/next-review", N_("Next review (YYYY-MM-DD)") },
  { "document/retention", N_("Kept for (retention)") },
  { "document/classification", N_("Classification") },
  { "document/mandatory-items", N_("Mandatory information it serves (clauses, e.g. 5.2; 9.2)") },
};

static const char *
lookup (const Label *table,
        gsize        n,
        const char  *nick)
{
  for (gsize i = 0; i < n; i++)
    if (g_strcmp0 (table[i].nick, nick) == 0)
      /* This thread's language: a pack's, not the interface's. */
      return table[i].context != NULL ? attest_pgettext2 (table[i].context, table[i].label)
                                      : attest_gettext (table[i].label);
  return nick;
}

/**
 * attest_enum_get_label:
 * @type: an enumeration of the record kinds
 * @value: one of its values
 *
 * Returns: (transfer none): the value as a person reads it, translated
 */
const char *
attest_enum_get_label (GType type,
                       int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  if (ev == NULL)
    return "";
  return lookup (labels, G_N_ELEMENTS (labels), ev->value_nick);
}

/**
 * attest_kind_get_label:
 * @kind: a record kind such as "context-issue"
 *
 * Returns: (transfer none): the kind as a person reads it, translated
 */
const char *
attest_kind_get_label (const char *kind)
{
  return lookup (kinds, G_N_ELEMENTS (kinds), kind);
}

/**
 * attest_field_get_label:
 * @kind: a record kind such as "context-issue"
 * @field: one of its fields
 *
 * Returns: (transfer none): the field as a person reads it, translated
 */
const char *
attest_field_get_label (const char *kind,
                        const char *field)
{
  g_autofree char *key = NULL;
  const char *label;

  /* The owner's id is chosen where the owner's name is shown, under its label. */
  if (g_str_equal (field, "owner-id"))
    field = "owner";
  key = g_strconcat (kind, "/", field, NULL);
  label = lookup (fields, G_N_ELEMENTS (fields), key);

  return label == key ? field : label;
}
