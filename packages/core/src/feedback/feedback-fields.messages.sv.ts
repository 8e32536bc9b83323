import type { Catalog } from '../i18n/translate.js';
import type { FeedbackFieldsMessageKey } from './feedback-fields.messages.fi.js';

/** Swedish texts of the feedback form's fields that come at the first touch (the place, the map's button, photos, the topic's questions and notices, contact details). */
const sv: Catalog<FeedbackFieldsMessageKey> = {
  'feedback.address.label': 'Adress eller plats',
  'feedback.address.hint': 'Till exempel en gatuadress eller namnet på en park.',
  'feedback.contact.legend': 'Kontaktuppgifter',
  'feedback.contact.wants': 'Jag vill bli kontaktad',
  'feedback.contact.anonymous': 'Utan kontaktuppgifter är responsen anonym.',
  'feedback.contact.name.label': 'Namn',
  'feedback.contact.email.label': 'E-post',
  'feedback.contact.phone.label': 'Telefonnummer',
  'feedback.contact.emailOrPhone': 'Ange e-post eller telefonnummer så att vi kan svara.',
  'feedback.contact.consent.label': 'Jag ger tillstånd att använda mina kontaktuppgifter för behandlingen av denna respons.',
  'feedback.contact.remember.label': 'Kom ihåg mina kontaktuppgifter på den här enheten',
  'feedback.contact.remember.hint': 'Annars sparas de bara i den här fliken tills du skickar responsen. Välj inte detta på en delad enhet.',
  'feedback.attributes.legend': 'Tilläggsuppgifter',
  'feedback.notice.label': 'Observera',
  'feedback.notice.blocking': 'Det här kan inte anmälas med den här blanketten. Följ anvisningen ovan.',
  'feedback.map.hint': 'Klicka på kartan eller flytta markören med piltangenterna. Du kan också skriva adressen.',
  'feedback.map.open': 'Öppna kartan',
  'feedback.photo.label': 'Fotografier',
  'feedback.photo.hint': { plural: 'count', one: 'Högst {count} bild (JPEG, PNG eller WebP), högst {mb} MB. Platsuppgifterna tas bort från bilden.', other: 'Högst {count} bilder (JPEG, PNG eller WebP), var och en högst {mb} MB. Platsuppgifterna tas bort från bilderna.' },
  'feedback.photo.choose': 'Välj bilder',
  'feedback.photo.remove': 'Ta bort bilden {name}',
  'feedback.photo.uploading': 'Bilden laddas upp…',
};

export default sv;
