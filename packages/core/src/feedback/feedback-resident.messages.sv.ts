import type { Catalog } from '../i18n/translate.js';
import type { FeedbackResidentMessageKey } from './feedback-resident.messages.fi.js';

/** Swedish texts of the resident features: answers' and photos' errors, similar reports, a feedback's photo as the inbox shows it (the list's texts are in feedback-list.messages; the questions', map's and photos' labels are in feedback-form.messages). */
const sv: Catalog<FeedbackResidentMessageKey> = {
  'feedback.attribute.required': 'Svara på den här frågan.',
  'feedback.attribute.unknown': 'Den här frågan finns inte för det här ämnet.',
  'feedback.attribute.choice': 'Välj ett alternativ i listan.',
  'feedback.attribute.number': 'Ange ett tal, till exempel 12 eller 3,5.',
  'feedback.attribute.datetime': 'Ange datum och klockslag.',
  'feedback.attribute.tooLong': 'Svaret är för långt (högst {max} tecken).',
  'feedback.location.invalid': 'Kontrollera platsen.',
  'feedback.location.outside': 'Platsen ligger utanför staden. Flytta markören på kartan till stadens område.',
  'feedback.photo.type': 'Bilden är inte en JPEG-, PNG- eller WebP-bild.',
  'feedback.followers.full': 'Den här responsen följs redan av högsta antalet personer ({max}).',
  'feedback.photo.tooLarge': 'Bilden är för stor (högst {mb} MB).',
  'feedback.photo.tooMany': { plural: 'count', one: 'Högst {count} bild.', other: 'Högst {count} bilder.' },
  'feedback.photo.unknown': 'Bilden hittades inte. Lägg till bilden på nytt.',
  'feedback.similar.title': 'Har detta redan anmälts?',
  'feedback.similar.intro': 'I närheten finns öppna anmälningar om samma ämne. Om någon av dem gäller samma sak kan du ansluta dig till den.',
  'feedback.similar.distance': '{meters} m bort',
  'feedback.similar.follow': 'Det här gäller också mig',
  'feedback.similar.followed': 'Tack! Du följer nu den här anmälan. Spårningskod: {code}',
  'feedback.similar.followers': '{count} följer',
  'feedback.list.photoAlt': 'Bild {n} till responsen',
  'feedback.bbox.invalid': 'Områdets avgränsning är felaktig.',
};

export default sv;
