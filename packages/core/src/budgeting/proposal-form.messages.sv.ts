import type { Catalog } from '../i18n/translate.js';
import type { ProposalFormMessageKey } from './proposal-form.messages.fi.js';

/** Swedish texts of the proposal form. */
const sv: Catalog<ProposalFormMessageKey> = {
  'budgeting.proposals.field.budget': 'Område eller tema',
  'budgeting.proposals.field.title': 'Förslagets namn',
  'budgeting.proposals.field.titleHint': '5–120 tecken.',
  'budgeting.proposals.field.description': 'Beskrivning',
  'budgeting.proposals.field.descriptionHint': 'Vad ska göras, var och för vem? Minst 20 tecken.',
  'budgeting.proposals.field.estimatedCost': 'Uppskattad kostnad (€)',
  'budgeting.proposals.field.estimatedCostHint': 'En grov uppskattning räcker, till exempel 25 000. Staden gör en egen beräkning.',
  'budgeting.proposals.field.address': 'Plats',
  'budgeting.proposals.field.addressHint': 'Adress eller platsens namn, om förslaget gäller en viss plats.',
  'budgeting.proposals.field.image': 'Bild',
  'budgeting.proposals.field.imageHint': 'JPEG, PNG eller WebP, högst {mb} MB. Platsuppgifterna tas bort från bilden.',
  'budgeting.proposals.field.imageChoose': 'Välj en bild',
  'budgeting.proposals.field.imageAlt': 'Vad visar bilden?',
  'budgeting.proposals.field.imageAltHint': 'En kort beskrivning för dem som inte ser bilden, till exempel ”Lekplats i parken vid Handelsgatan”.',
  'budgeting.proposals.image.uploading': 'Bilden laddas upp…',
  'budgeting.proposals.image.added': 'Tillagd bild: {name}',
  'budgeting.proposals.image.remove': 'Ta bort bilden {name}',
  'budgeting.proposals.image.failed': 'Bilden kunde inte skickas. Det du skrivit finns kvar; försök igen.',
  'budgeting.proposals.submit': 'Skicka förslaget',
  'budgeting.proposals.sending': 'Förslaget skickas…',
  'budgeting.proposals.offline': 'Förbindelsen bröts. Ditt förslag finns kvar på den här enheten och skickas på nytt.',
  'budgeting.proposals.serverDown': 'Servern svarade inte. Ditt förslag finns kvar och skickas på nytt.',
  'budgeting.proposals.sentTitle': 'Tack! Ditt förslag har tagits emot',
  'budgeting.proposals.sentText': 'Förslaget ”{title}” syns i listan. Staden bedömer det efter förslagsfasen.',
  'budgeting.proposals.another': 'Lämna ett till förslag',
};
export default sv;
