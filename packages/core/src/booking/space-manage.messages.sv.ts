import type { Catalog } from '../i18n/translate.js';
import type { SpaceManageMessageKey } from './space-manage.messages.fi.js';

/** Swedish texts of a booking's manage view. */
const sv: Catalog<SpaceManageMessageKey> = {
  'space.manage.title': 'Din bokning: {name}',
  'space.manage.titlePlain': 'Din bokning',
  'space.manage.loading': 'Bokningen laddas…',
  'space.manage.missing': 'Länken saknar bokningens id eller bokningskoden. Öppna hela länken i bekräftelsen.',
  'space.manage.notFound': 'Ingen bokning hittades med den här länken. Kontrollera att du öppnade hela länken i bekräftelsen.',
  'space.manage.loadFailed': 'Bokningen kunde inte laddas. Kontrollera anslutningen och försök igen.',
  'space.manage.retry': 'Försök igen',
  'space.manage.space': 'Lokal',
  'space.manage.when': 'Tid',
  'space.manage.status': 'Läge',
  'space.manage.status.confirmed': 'Bekräftad',
  'space.manage.status.pending': 'Väntar på behandling',
  'space.manage.status.cancelled': 'Avbokad',
  'space.manage.status.denied': 'Avslagen',
  'space.manage.deadlineHint': 'Du kan själv avboka eller flytta bokningen senast {when}.',
  'space.manage.cancel': 'Avboka',
  'space.manage.cancelAsk': 'Avboka bokningen {when}? En avbokning kan inte ångras.',
  'space.manage.cancelYes': 'Ja, avboka',
  'space.manage.cancelNo': 'Avboka inte',
  'space.manage.cancelled': 'Bokningen är avbokad. Du får en bekräftelse på avbokningen per e-post.',
  'space.manage.move': 'Flytta till en annan tid',
  'space.manage.movePick': 'Välj en ny starttid i kalendern. Bokningens längd förblir densamma: {minutes} min.',
  'space.manage.moveTo': 'Flytta bokningen: {when}',
  'space.manage.moveNo': 'Flytta inte',
  'space.manage.moved': 'Bokningen är flyttad: {when}. Du får ett meddelande om ändringen per e-post.',
  'space.manage.movedPending': 'Bokningen är flyttad ({when}) och väntar på behandling.',
  'space.manage.deadline': 'Avbokningstiden har gått ut: du kan inte längre själv avboka eller flytta bokningen. Kontakta lokalens personal.',
  'space.manage.state': 'Bokningen kan inte längre ändras: den är avbokad eller avslagen.',
  'space.manage.failed': 'Ändringen lyckades inte. Försök igen.',
};
export default sv;
