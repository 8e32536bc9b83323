import type { Locale } from '../i18n/locale.js';
import { translate, type Catalogs } from '../i18n/translate.js';
import type { BookingViolation } from './booking.logic.js';

/** Finnish, Swedish and English texts of space booking: every rule's refusal, and holidays. */
export const bookingMessages = {
  fi: {
    'booking.rule.resource.inactive': 'Tätä tilaa ei voi varata nyt.',
    'booking.rule.time.order': 'Päättymisajan pitää olla alkamisajan jälkeen.',
    'booking.rule.time.grid': 'Varauksen pitää alkaa ja päättyä {minutes} minuutin välein.',
    'booking.rule.duration.min': 'Varauksen pitää kestää vähintään {minutes} minuuttia.',
    'booking.rule.duration.max': 'Varaus voi kestää enintään {minutes} minuuttia.',
    'booking.rule.window.past': 'Aika on jo mennyt.',
    'booking.rule.window.lead': 'Varaa viimeistään {minutes} minuuttia ennen alkua.',
    'booking.rule.window.ahead': 'Tilaa voi varata enintään {days} päivää etukäteen.',
    'booking.rule.hours.closed': 'Tila ei ole auki koko valittua aikaa.',
    'booking.rule.form.required': 'Täytä pakollinen kenttä: {field}.',
    'booking.rule.capacity': 'Tilaan mahtuu enintään {capacity} henkeä.',
    'booking.rule.limit.active': 'Sinulla voi olla enintään {max} voimassa olevaa varausta tähän tilaan.',
    'booking.rule.conflict.block': 'Tila on suljettu tuona aikana.',
    'booking.rule.conflict.booking': 'Aika on jo varattu.',
    'booking.status.pending': 'Odottaa käsittelyä',
    'booking.status.confirmed': 'Vahvistettu',
    'booking.status.denied': 'Hylätty',
    'booking.status.cancelled': 'Peruttu',
    'booking.busy': 'Varattu',
  },
  sv: {
    'booking.rule.resource.inactive': 'Den här lokalen kan inte bokas nu.',
    'booking.rule.time.order': 'Sluttiden måste vara efter starttiden.',
    'booking.rule.time.grid': 'Bokningen ska börja och sluta med {minutes} minuters intervall.',
    'booking.rule.duration.min': 'Bokningen ska vara minst {minutes} minuter.',
    'booking.rule.duration.max': 'Bokningen kan vara högst {minutes} minuter.',
    'booking.rule.window.past': 'Tiden har redan gått.',
    'booking.rule.window.lead': 'Boka senast {minutes} minuter före starten.',
    'booking.rule.window.ahead': 'Lokalen kan bokas högst {days} dagar i förväg.',
    'booking.rule.hours.closed': 'Lokalen är inte öppen under hela den valda tiden.',
    'booking.rule.form.required': 'Fyll i det obligatoriska fältet: {field}.',
    'booking.rule.capacity': 'Lokalen rymmer högst {capacity} personer.',
    'booking.rule.limit.active': 'Du kan ha högst {max} gällande bokningar av den här lokalen.',
    'booking.rule.conflict.block': 'Lokalen är stängd under den tiden.',
    'booking.rule.conflict.booking': 'Tiden är redan bokad.',
    'booking.status.pending': 'Väntar på behandling',
    'booking.status.confirmed': 'Bekräftad',
    'booking.status.denied': 'Avslagen',
    'booking.status.cancelled': 'Avbokad',
    'booking.busy': 'Bokad',
  },
  en: {
    'booking.rule.resource.inactive': 'This space cannot be booked now.',
    'booking.rule.time.order': 'The end must be after the start.',
    'booking.rule.time.grid': 'Bookings start and end on {minutes}-minute steps.',
    'booking.rule.duration.min': 'A booking lasts at least {minutes} minutes.',
    'booking.rule.duration.max': 'A booking lasts at most {minutes} minutes.',
    'booking.rule.window.past': 'That time has passed.',
    'booking.rule.window.lead': 'Book at least {minutes} minutes before the start.',
    'booking.rule.window.ahead': 'This space can be booked at most {days} days ahead.',
    'booking.rule.hours.closed': 'The space is not open for the whole time you chose.',
    'booking.rule.form.required': 'Fill in the required field: {field}.',
    'booking.rule.capacity': 'The space holds at most {capacity} people.',
    'booking.rule.limit.active': 'You can hold at most {max} active bookings of this space.',
    'booking.rule.conflict.block': 'The space is closed at that time.',
    'booking.rule.conflict.booking': 'That time is already booked.',
    'booking.status.pending': 'Waiting for handling',
    'booking.status.confirmed': 'Confirmed',
    'booking.status.denied': 'Denied',
    'booking.status.cancelled': 'Cancelled',
    'booking.busy': 'Booked',
  },
} as const satisfies Catalogs;

export type BookingMessageKey = keyof (typeof bookingMessages)['fi'];

export function bookingText(locale: Locale, key: BookingMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return translate(bookingMessages as Catalogs<BookingMessageKey>, locale, key, params);
}

/** A refusal in the resident's language. */
export function bookingViolationText(locale: Locale, violation: BookingViolation): string {
  return bookingText(locale, `booking.rule.${violation.rule}` as BookingMessageKey, violation.params);
}
