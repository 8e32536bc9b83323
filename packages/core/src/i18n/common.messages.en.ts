import type { Catalog } from './translate.js';
import type { CommonMessageKey } from './common.messages.fi.js';

/** English texts shared by every domain: generic validation and connection states. */
const en: Catalog<CommonMessageKey> = {
  'common.required': 'This information is required.',
  'common.invalid': 'Please check this information.',
  'common.tooLong': 'The text is too long (at most {max} characters).',
  'common.offline': 'The connection to the server was lost. Your text is kept, and we will try sending it again automatically.',
  'common.serverDown': 'The service is not answering right now. Your text is kept, and we will try sending it again automatically.',
  'common.rateLimited': 'Too many submissions in a short time. We will try again in a moment.',
  'common.retryNow': 'Try now',
  'common.retryIn': { plural: 'seconds', one: 'Next attempt in {seconds} second.', other: 'Next attempt in {seconds} seconds.' },
  'common.networkError': 'The server could not be reached. Check your connection and try again.',
  'common.unexpected': 'Something went wrong. Your text is kept; please try again.',
  'common.errorSummary': { plural: 'count', one: 'The form has {count} thing to fix:', other: 'The form has {count} things to fix:' },
  'common.originNotAllowed': 'The server does not allow this site ({origin}). For the site’s editor: add the site’s address to the server’s KOHTAAMO_ORIGINS setting (see Kohtaamo’s README, “Configure the server”).',
  'common.loading': 'Loading…',
  'common.optional': '(optional)',
};

export default en;
