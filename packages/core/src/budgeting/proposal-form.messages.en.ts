import type { Catalog } from '../i18n/translate.js';
import type { ProposalFormMessageKey } from './proposal-form.messages.fi.js';

/** English texts of the proposal form. */
const en: Catalog<ProposalFormMessageKey> = {
  'budgeting.proposals.field.budget': 'Area or theme',
  'budgeting.proposals.field.title': 'Name of the proposal',
  'budgeting.proposals.field.titleHint': '5–120 characters.',
  'budgeting.proposals.field.description': 'Description',
  'budgeting.proposals.field.descriptionHint': 'What would be done, where, and for whom? At least 20 characters.',
  'budgeting.proposals.field.estimatedCost': 'Estimated cost (€)',
  'budgeting.proposals.field.estimatedCostHint': 'A rough estimate is enough, for example 25,000. The city makes its own estimate.',
  'budgeting.proposals.field.address': 'Location',
  'budgeting.proposals.field.addressHint': 'An address or the name of a place, if the proposal is about one.',
  'budgeting.proposals.field.image': 'Image',
  'budgeting.proposals.field.imageHint': 'JPEG, PNG or WebP, at most {mb} MB. Location data is removed from the image.',
  'budgeting.proposals.field.imageChoose': 'Choose an image',
  'budgeting.proposals.field.imageAlt': 'What does the image show?',
  'budgeting.proposals.field.imageAltHint': 'A short description for those who cannot see the image, for example “Playground in the park on Kauppakatu”.',
  'budgeting.proposals.image.uploading': 'Uploading the image…',
  'budgeting.proposals.image.added': 'Image added: {name}',
  'budgeting.proposals.image.remove': 'Remove the image {name}',
  'budgeting.proposals.image.failed': 'The image could not be sent. What you wrote is kept; try again.',
  'budgeting.proposals.submit': 'Send the proposal',
  'budgeting.proposals.sending': 'Sending the proposal…',
  'budgeting.proposals.offline': 'The connection dropped. Your proposal is kept on this device and will be sent again.',
  'budgeting.proposals.serverDown': 'The server did not answer. Your proposal is kept and will be sent again.',
  'budgeting.proposals.sentTitle': 'Thank you! Your proposal has been received',
  'budgeting.proposals.sentText': 'The proposal “{title}” is in the list. The city reviews it after the proposal phase.',
  'budgeting.proposals.another': 'Submit another proposal',
};
export default en;
