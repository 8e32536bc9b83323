import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the resident features: answers' and photos' errors, similar reports, a feedback's photo as the inbox shows it (the list's texts are in feedback-list.messages; the questions', map's and photos' labels are in feedback-form.messages). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'feedback.attribute.required': 'Vastaa tähän kysymykseen.',
  'feedback.attribute.unknown': 'Tätä kysymystä ei ole tässä aiheessa.',
  'feedback.attribute.choice': 'Valitse vaihtoehto listasta.',
  'feedback.attribute.number': 'Anna luku, esimerkiksi 12 tai 3,5.',
  'feedback.attribute.datetime': 'Anna päivämäärä ja kellonaika.',
  'feedback.attribute.tooLong': 'Vastaus on liian pitkä (enintään {max} merkkiä).',
  'feedback.location.invalid': 'Tarkista sijainti.',
  'feedback.location.outside': 'Paikka on kaupungin alueen ulkopuolella. Siirrä merkki kartalla kaupungin alueelle.',
  'feedback.photo.type': 'Kuva ei ole JPEG-, PNG- tai WebP-kuva.',
  'feedback.followers.full': 'Tätä palautetta seuraa jo enimmäismäärä ihmisiä ({max}).',
  'feedback.photo.tooLarge': 'Kuva on liian suuri (enintään {mb} Mt).',
  'feedback.photo.tooMany': { plural: 'count', one: 'Enintään {count} kuva.', other: 'Enintään {count} kuvaa.' },
  'feedback.photo.unknown': 'Kuvaa ei löytynyt. Lisää kuva uudelleen.',
  'feedback.similar.title': 'Onko tästä jo ilmoitettu?',
  'feedback.similar.intro': 'Lähellä on avoimia ilmoituksia samasta aiheesta. Jos jokin niistä koskee samaa asiaa, voit liittyä siihen.',
  'feedback.similar.distance': '{meters} m päässä',
  'feedback.similar.follow': 'Tämä koskee myös minua',
  'feedback.similar.followed': 'Kiitos! Seuraat nyt tätä ilmoitusta. Seurantatunnus: {code}',
  'feedback.similar.followers': '{count} seuraa',
  'feedback.list.photoAlt': 'Palautteen kuva {n}',
  'feedback.bbox.invalid': 'Alueen rajaus on virheellinen.',
} satisfies Catalog;

export type FeedbackResidentMessageKey = keyof typeof fi;
export default fi;
