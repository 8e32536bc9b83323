import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringProposeMessageKey } from './volunteering-propose.messages.fi.js';

/** Swedish texts of the talkoot proposal form. */
const sv: Catalog<VolunteeringProposeMessageKey> = {
  'volunteering.propose.intro': "Föreslå ett talko som du vill ordna: staden behandlar förslaget, och godkända talkon kommer med i talkolistan. Staden kan ordna förnödenheter, till exempel skräpplockare och sopsäckar.",
  'volunteering.propose.what': "Vad ska man göra på talkot?",
  'volunteering.propose.whatHint': "En kort rubrik, till exempel: Städtalko i strandparken.",
  'volunteering.propose.description': "Beskrivning",
  'volunteering.propose.descriptionHint': "Vad man gör, för vem talkot passar och hur man hittar dig på platsen.",
  'volunteering.propose.where': "Plats",
  'volunteering.propose.whereHint': "Adress eller platsens namn, till exempel: Tähtiniemi badstrand.",
  'volunteering.propose.area': "Område",
  'volunteering.propose.areaChoose': "Välj område",
  'volunteering.propose.date': "Dag",
  'volunteering.propose.startTime': "Börjar kl.",
  'volunteering.propose.endTime': "Slutar kl.",
  'volunteering.propose.expectedPeople': "Uppskattat antal deltagare",
  'volunteering.propose.supplies': "Förnödenheter du önskar av staden",
  'volunteering.propose.suppliesHint': "En per rad, antalet först, till exempel: 20 sopsäckar.",
  'volunteering.propose.you': "Dina kontaktuppgifter",
  'volunteering.propose.proposerName': "Ditt namn",
  'volunteering.propose.proposerEmail': "Din e-post",
  'volunteering.propose.proposerEmailHint': "Vi meddelar beslutet till denna adress.",
  'volunteering.propose.organisationName': "Förening eller grupp",
  'volunteering.propose.organisationHint': "Om du föreslår för en förening eller ett grannskap.",
  'volunteering.propose.submit': "Skicka förslaget",
  'volunteering.propose.sending': "Skickar…",
  'volunteering.propose.sentTitle': "Förslaget har tagits emot",
  'volunteering.propose.another': "Gör ett nytt förslag",
  'volunteering.propose.past': "Välj en dag och tid i framtiden.",
  'volunteering.propose.peopleNumber': "Skriv antalet deltagare med siffror, till exempel 12.",
  'volunteering.propose.when': "Tid",
  'volunteering.propose.heading': 'Föreslå ett talko',
  'volunteering.propose.sent': 'Tack! Staden behandlar ditt förslag och meddelar beslutet per e-post.',
};

export default sv;
