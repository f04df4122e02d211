/* attest-guidance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-guidance"

#include "config.h"

#include "attest-i18n.h"

#include "attest-guidance.h"

/* What each Annex A control is about, in our own plain words, for someone
 * deciding whether it applies. Never the standard's text. */

static const struct
{
  const char *number;
  const char *text;
} guidance[] = {
  { "5.1", N_("Write down what the organisation wants from information security, have management approve it, tell people, and review it when things change.") },
  { "5.2", N_("Decide who is responsible for which part of security, so that nothing important belongs to nobody.") },
  { "5.3", N_("Split tasks that would let one person both do and hide something harmful, such as approving and paying the same invoice.") },
  { "5.4", N_("Managers make sure their people follow the security rules that apply to their work.") },
  { "5.5", N_("Know how and when to reach the authorities that matter to you, such as the police or the data protection regulator.") },
  { "5.6", N_("Stay in touch with groups and forums where security people share warnings and good practice.") },
  { "5.7", N_("Collect and use information about current threats, so that your defences follow what attackers actually do.") },
  { "5.8", N_("Think about security from the start of every project, not after it is delivered.") },
  { "5.9", N_("Keep a list of your information and the things that hold it, each with someone who looks after it.") },
  { "5.10", N_("Set rules for how information and equipment may be used, and make sure people know them.") },
  { "5.11", N_("Get back the company's equipment and information when people leave or contracts end.") },
  { "5.12", N_("Sort information by how sensitive it is, so that each kind gets the protection it needs.") },
  { "5.13", N_("Mark information with its classification, so that everyone can see how to handle it.") },
  { "5.14", N_("Protect information whenever it is sent or shared, whatever the channel: email, file transfer, paper, conversation.") },
  { "5.15", N_("Decide who may access what, based on need, and write those rules down.") },
  { "5.16", N_("Manage user identities over their whole life: created for one person, changed when roles change, removed when they go.") },
  { "5.17", N_("Handle passwords and other secrets safely: how they are issued, kept and changed.") },
  { "5.18", N_("Give, review and take away access rights through an agreed process, and check them regularly.") },
  { "5.19", N_("Manage the security risks that come with your suppliers and what they do for you.") },
  { "5.20", N_("Put the security you need from a supplier into the agreement with them.") },
  { "5.21", N_("Look at security along the chain of IT products and services you rely on, including your suppliers' suppliers.") },
  { "5.22", N_("Check regularly that suppliers keep their security promises, and manage changes to what they deliver.") },
  { "5.23", N_("Choose, use, manage and leave cloud services in a way that keeps your information secure.") },
  { "5.24", N_("Prepare for security incidents: who does what, how to report, how to respond.") },
  { "5.25", N_("Look at each security event and decide whether it is an incident that needs a response.") },
  { "5.26", N_("Respond to incidents according to the plan you prepared.") },
  { "5.27", N_("Learn from incidents so that the same thing is less likely to happen again.") },
  { "5.28", N_("Collect and keep evidence about incidents in a way that would stand up if needed later.") },
  { "5.29", N_("Keep information secure during a disruption, not only in normal times.") },
  { "5.30", N_("Make sure IT can be restored in time to keep the business running after a disruption.") },
  { "5.31", N_("Know the laws, regulations and contracts that concern your information, and meet them.") },
  { "5.32", N_("Respect intellectual property: licences for software, copyright for content.") },
  { "5.33", N_("Protect your records from loss, tampering and unauthorised access for as long as you must keep them.") },
  { "5.34", N_("Protect personal data as privacy laws and your commitments require.") },
  { "5.35", N_("Have your security looked at independently, by someone who does not run it, at planned times.") },
  { "5.36", N_("Check that people and systems actually follow your security policies and rules.") },
  { "5.37", N_("Write down how to operate systems and handle information, and make it available to those who need it.") },
  { "6.1", N_("Check the background of people before they join, in proportion to the role and as the law allows.") },
  { "6.2", N_("Put the security responsibilities of staff and of the organisation into employment contracts.") },
  { "6.3", N_("Make people aware of security and train them for their roles, and keep doing so.") },
  { "6.4", N_("Have a fair, known process for dealing with people who break security rules.") },
  { "6.5", N_("Make clear which security duties continue after someone leaves or changes job.") },
  { "6.6", N_("Use confidentiality or non-disclosure agreements where information needs them.") },
  { "6.7", N_("Keep information secure when people work away from your premises, such as at home.") },
  { "6.8", N_("Give people an easy way to report what they notice that might be a security problem.") },
  { "7.1", N_("Define the areas that need physical protection and protect their boundaries.") },
  { "7.2", N_("Control who can enter secure areas, for example with badges or reception.") },
  { "7.3", N_("Secure offices, rooms and facilities according to what they hold.") },
  { "7.4", N_("Watch your premises for unauthorised physical access, for example with alarms or cameras.") },
  { "7.5", N_("Protect premises and equipment against fire, flood, storms and other physical threats.") },
  { "7.6", N_("Set rules for working in secure areas, such as not leaving visitors alone.") },
  { "7.7", N_("Keep desks clear of papers and lock screens when people step away.") },
  { "7.8", N_("Place and protect equipment so that it is not damaged, overlooked or tampered with.") },
  { "7.9", N_("Protect laptops, phones and other equipment when they are outside your premises.") },
  { "7.10", N_("Handle storage media such as USB drives and disks safely from purchase to disposal.") },
  { "7.11", N_("Protect equipment from failures of power, cooling and other supporting utilities.") },
  { "7.12", N_("Protect the cables that carry power and data from damage and interception.") },
  { "7.13", N_("Maintain equipment so that it keeps working and keeps information safe.") },
  { "7.14", N_("Wipe or destroy information before equipment is reused or thrown away.") },
  { "8.1", N_("Secure the laptops, phones and other devices people use to work.") },
  { "8.2", N_("Give administrator and other powerful rights only to those who need them, and watch their use.") },
  { "8.3", N_("Limit access to information and systems to what each person's role needs.") },
  { "8.4", N_("Control who can read or change source code and development tools.") },
  { "8.5", N_("Use strong sign-in methods, such as multi-factor authentication, where access matters.") },
  { "8.6", N_("Watch and plan the capacity of systems so that they do not run out of resources.") },
  { "8.7", N_("Protect systems against malware, and help people recognise it.") },
  { "8.8", N_("Find out about technical vulnerabilities in what you use and fix them in time.") },
  { "8.9", N_("Keep systems configured securely, and notice and correct changes to their settings.") },
  { "8.10", N_("Delete information when it is no longer needed, from every place it is kept.") },
  { "8.11", N_("Hide or disguise data, such as personal data in test systems, where people do not need to see it.") },
  { "8.12", N_("Prevent sensitive information from leaving the organisation where it should not.") },
  { "8.13", N_("Back up information and systems, and test that you can restore them.") },
  { "8.14", N_("Build in enough spare capacity or duplicates that one failure does not stop the service.") },
  { "8.15", N_("Record what happens in systems in logs, protect the logs, and look at them.") },
  { "8.16", N_("Monitor networks and systems for unusual behaviour and act on it.") },
  { "8.17", N_("Keep the clocks of all systems in step, so that logs can be compared.") },
  { "8.18", N_("Restrict powerful utility programs that could get around security controls.") },
  { "8.19", N_("Control how software is installed on systems in use.") },
  { "8.20", N_("Secure and manage your networks and the devices that run them.") },
  { "8.21", N_("Agree and check the security of network services, including those bought from others.") },
  { "8.22", N_("Separate networks so that groups of users, systems and services are kept apart.") },
  { "8.23", N_("Control which websites can be reached, to reduce exposure to harmful content.") },
  { "8.24", N_("Use encryption well, and manage the keys that make it work.") },
  { "8.25", N_("Build security into the way you develop software and systems, from start to finish.") },
  { "8.26", N_("State the security requirements of an application before building or buying it.") },
  { "8.27", N_("Use secure design principles when building systems, and apply them consistently.") },
  { "8.28", N_("Write code securely, avoiding common mistakes that attackers exploit.") },
  { "8.29", N_("Test security during development and before systems go live.") },
  { "8.30", N_("Direct and check development work that others do for you.") },
  { "8.31", N_("Keep development, test and live environments apart.") },
  { "8.32", N_("Make changes to systems through a controlled process.") },
  { "8.33", N_("Choose and protect the data used for testing, especially if it is real data.") },
  { "8.34", N_("Plan audits and tests of live systems so that they do not disrupt the business.") },
};

/**
 * attest_guidance_for_control:
 * @number: a control number such as "5.1"
 *
 * Returns: (nullable): what the control is about, in our own words, translated
 */
const char *
attest_guidance_for_control (const char *number)
{
  for (guint i = 0; i < G_N_ELEMENTS (guidance); i++)
    if (g_strcmp0 (guidance[i].number, number) == 0)
      return attest_gettext (guidance[i].text);
  return NULL;
}
