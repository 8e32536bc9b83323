import type { Catalog } from '../i18n/translate.js';
import signIn from './staff-sign-in.messages.en.js';
import type { StaffMessageKey } from './staff.messages.fi.js';

/** English texts of staff sign-in and roles. */
const en: Catalog<StaffMessageKey> = {
  ...signIn,
  'staff.auth.required': 'Sign in with a staff token.',
  'staff.forbidden.role': 'This is for administrators only.',
  'staff.forbidden.grant': 'You are not allowed this.',
  'staff.signIn.noGrants': 'You signed in, but you have no rights in Kohtaamo. Ask an administrator for them.',
  'staff.signIn.notConfigured': 'Signing in with the city’s accounts is not set up on this server.',
  'staff.invitation.invalid': 'The invitation is not valid: it is wrong, expired or already used.',
  'staff.invitation.grant': 'You cannot give this right.',
  'staff.invitation.mail.subject': 'Invitation: {organisation} in Kohtaamo',
  'staff.invitation.mail.body':
    'Hello,\n\n{city} invites you to Kohtaamo: {organisation}, {role} ({domain}).\n\nAccept the invitation with this link by {expires}. The link works once:\n{link}\n\nIf you did not expect this invitation, you may ignore this message.\n\n{city}',
};

export default en;
