import type { Catalog } from '../i18n/translate.js';
import type { FeedbackFieldsMessageKey } from './feedback-fields.messages.fi.js';

/** English texts of the feedback form's fields that come at the first touch (the place, the map's button, photos, the topic's questions and notices, contact details). */
const en: Catalog<FeedbackFieldsMessageKey> = {
  'feedback.address.label': 'Address or place',
  'feedback.address.hint': 'For example a street address or the name of a park.',
  'feedback.contact.legend': 'Contact details',
  'feedback.contact.wants': 'I would like to be contacted',
  'feedback.contact.anonymous': 'Without contact details your feedback is anonymous.',
  'feedback.contact.name.label': 'Name',
  'feedback.contact.email.label': 'Email',
  'feedback.contact.phone.label': 'Phone number',
  'feedback.contact.emailOrPhone': 'Give an email address or a phone number so that we can answer.',
  'feedback.contact.consent.label': 'I allow my contact details to be used to handle this feedback.',
  'feedback.contact.remember.label': 'Remember my contact details on this device',
  'feedback.contact.remember.hint': 'Otherwise they are kept only in this tab until you send the feedback. Do not choose this on a shared device.',
  'feedback.attributes.legend': 'More details',
  'feedback.notice.label': 'Note',
  'feedback.notice.blocking': 'This cannot be reported with this form. Follow the instruction above.',
  'feedback.map.hint': 'Click the map or move the pin with the arrow keys. You can also type the address.',
  'feedback.map.open': 'Open the map',
  'feedback.photo.label': 'Photos',
  'feedback.photo.hint': { plural: 'count', one: 'At most {count} image (JPEG, PNG or WebP), at most {mb} MB. Location data is removed from the image.', other: 'At most {count} images (JPEG, PNG or WebP), each at most {mb} MB. Location data is removed from the images.' },
  'feedback.photo.choose': 'Choose photos',
  'feedback.photo.remove': 'Remove the image {name}',
  'feedback.photo.uploading': 'Uploading the image…',
};

export default en;
