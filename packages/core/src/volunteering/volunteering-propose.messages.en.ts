import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringProposeMessageKey } from './volunteering-propose.messages.fi.js';

/** English texts of the talkoot proposal form. */
const en: Catalog<VolunteeringProposeMessageKey> = {
  'volunteering.propose.intro': "Propose a work party you would like to organise: the city handles the proposal, and approved work parties go on the list. The city can bring supplies such as litter pickers and bags.",
  'volunteering.propose.what': "What will the work party do?",
  'volunteering.propose.whatHint': "A short title, for example: Clean-up of the shore park.",
  'volunteering.propose.description': "Description",
  'volunteering.propose.descriptionHint': "What will be done, who it suits and how to find you on the spot.",
  'volunteering.propose.where': "Place",
  'volunteering.propose.whereHint': "An address or the name of the place, for example: Tähtiniemi beach.",
  'volunteering.propose.area': "Area",
  'volunteering.propose.areaChoose': "Choose an area",
  'volunteering.propose.date': "Day",
  'volunteering.propose.startTime': "Starts at",
  'volunteering.propose.endTime': "Ends at",
  'volunteering.propose.expectedPeople': "Expected number of people",
  'volunteering.propose.supplies': "Supplies you would like from the city",
  'volunteering.propose.suppliesHint': "One a line, the quantity first, for example: 20 bin bags.",
  'volunteering.propose.you': "Your contact details",
  'volunteering.propose.proposerName': "Your name",
  'volunteering.propose.proposerEmail': "Your email",
  'volunteering.propose.proposerEmailHint': "We will send the decision to this address.",
  'volunteering.propose.organisationName': "Association or group",
  'volunteering.propose.organisationHint': "If you propose on behalf of an association or a neighbourhood.",
  'volunteering.propose.submit': "Send the proposal",
  'volunteering.propose.sending': "Sending…",
  'volunteering.propose.sentTitle': "Proposal received",
  'volunteering.propose.another': "Make another proposal",
  'volunteering.propose.past': "Choose a day and time in the future.",
  'volunteering.propose.peopleNumber': "Write the number of people in digits, for example 12.",
  'volunteering.propose.when': "When",
  'volunteering.propose.heading': 'Propose a work party',
  'volunteering.propose.sent': 'Thank you! The city will handle your proposal and tell you its decision by email.',
};

export default en;
