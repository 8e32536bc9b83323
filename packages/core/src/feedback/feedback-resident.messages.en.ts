import type { Catalog } from '../i18n/translate.js';
import type { FeedbackResidentMessageKey } from './feedback-resident.messages.fi.js';

/** English texts of the resident features: answers' and photos' errors, similar reports, a feedback's photo as the inbox shows it (the list's texts are in feedback-list.messages; the questions', map's and photos' labels are in feedback-form.messages). */
const en: Catalog<FeedbackResidentMessageKey> = {
  'feedback.attribute.required': 'Answer this question.',
  'feedback.attribute.unknown': 'This question does not belong to this topic.',
  'feedback.attribute.choice': 'Choose an option from the list.',
  'feedback.attribute.number': 'Enter a number, for example 12 or 3.5.',
  'feedback.attribute.datetime': 'Enter a date and a time.',
  'feedback.attribute.tooLong': 'The answer is too long (at most {max} characters).',
  'feedback.location.invalid': 'Check the location.',
  'feedback.location.outside': 'The place is outside the city. Move the pin on the map into the city.',
  'feedback.photo.type': 'The file is not a JPEG, PNG or WebP image.',
  'feedback.followers.full': 'This report already has the most followers it can take ({max}).',
  'feedback.photo.tooLarge': 'The image is too large (at most {mb} MB).',
  'feedback.photo.tooMany': { plural: 'count', one: 'At most {count} image.', other: 'At most {count} images.' },
  'feedback.photo.unknown': 'The image was not found. Add the image again.',
  'feedback.similar.title': 'Has this already been reported?',
  'feedback.similar.intro': 'There are open reports on the same topic nearby. If one of them is about the same thing, you can join it.',
  'feedback.similar.distance': '{meters} m away',
  'feedback.similar.follow': 'This concerns me too',
  'feedback.similar.followed': 'Thank you! You now follow this report. Tracking code: {code}',
  'feedback.similar.followers': '{count} following',
  'feedback.list.photoAlt': 'Photo {n} of the feedback',
  'feedback.bbox.invalid': 'The area filter is not valid.',
};

export default en;
