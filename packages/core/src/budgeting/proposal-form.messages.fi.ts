import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the proposal form (<kohtaamo-budget-proposals> in the proposal phase): its
 * fields, sending and the confirmation. Loaded with the form's module (budget-proposals.form.ts),
 * not with the list (issue 7). Finnish defines the keys: Swedish and English must have the same.
 */
const fi = {
  'budgeting.proposals.field.budget': 'Alue tai teema',
  'budgeting.proposals.field.title': 'Ehdotuksen nimi',
  'budgeting.proposals.field.titleHint': '5–120 merkkiä.',
  'budgeting.proposals.field.description': 'Kuvaus',
  'budgeting.proposals.field.descriptionHint': 'Mitä tehtäisiin, missä ja kenen iloksi? Vähintään 20 merkkiä.',
  'budgeting.proposals.field.estimatedCost': 'Arvioitu hinta (€)',
  'budgeting.proposals.field.estimatedCostHint': 'Karkea arvio riittää, esimerkiksi 25 000. Kaupunki tekee oman arvionsa.',
  'budgeting.proposals.field.address': 'Sijainti',
  'budgeting.proposals.field.addressHint': 'Osoite tai paikan nimi, jos ehdotus koskee tiettyä paikkaa.',
  'budgeting.proposals.field.image': 'Kuva',
  'budgeting.proposals.field.imageHint': 'JPEG, PNG tai WebP, enintään {mb} Mt. Sijaintitiedot poistetaan kuvasta.',
  'budgeting.proposals.field.imageChoose': 'Valitse kuva',
  'budgeting.proposals.field.imageAlt': 'Mitä kuvassa on?',
  'budgeting.proposals.field.imageAltHint': 'Lyhyt kuvaus niille, jotka eivät näe kuvaa, esimerkiksi ”Lasten leikkipaikka Kauppakadun puistossa”.',
  'budgeting.proposals.image.uploading': 'Ladataan kuvaa…',
  'budgeting.proposals.image.added': 'Lisätty kuva: {name}',
  'budgeting.proposals.image.remove': 'Poista kuva {name}',
  'budgeting.proposals.image.failed': 'Kuvaa ei saatu lähetettyä. Kirjoittamasi on tallessa; yritä uudelleen.',
  'budgeting.proposals.submit': 'Lähetä ehdotus',
  'budgeting.proposals.sending': 'Lähetetään ehdotusta…',
  'budgeting.proposals.offline': 'Yhteys katkesi. Ehdotuksesi on tallessa tällä laitteella, ja se lähetetään uudelleen.',
  'budgeting.proposals.serverDown': 'Palvelin ei vastannut. Ehdotuksesi on tallessa, ja se lähetetään uudelleen.',
  'budgeting.proposals.sentTitle': 'Kiitos! Ehdotuksesi on vastaanotettu',
  'budgeting.proposals.sentText': 'Ehdotus “{title}” näkyy listassa. Kaupunki arvioi sen ehdotusvaiheen jälkeen.',
  'budgeting.proposals.another': 'Jätä toinen ehdotus',
} satisfies Catalog;

export type ProposalFormMessageKey = keyof typeof fi;
export default fi;
