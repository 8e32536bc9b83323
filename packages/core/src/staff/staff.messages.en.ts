import type { Catalog } from '../i18n/translate.js';
import type { StaffMessageKey } from './staff.messages.fi.js';

/** English texts of staff sign-in and roles. */
const en: Catalog<StaffMessageKey> = {
  'staff.auth.required': 'Sign in with a staff token.',
  'staff.auth.invalid': 'The token is not valid: it is wrong, expired or revoked.',
  'staff.forbidden.role': 'This is for administrators only.',
  'staff.forbidden.grant': 'You are not allowed this.',
  'staff.signIn.failed': 'Signing in did not succeed. Please try again.',
  'staff.signIn.noGrants': 'You signed in, but you have no rights in Kohtaamo. Ask an administrator for them.',
  'staff.signIn.notConfigured': 'Signing in with the city’s accounts is not set up on this server.',
  'staff.signIn.cityAccount': 'Sign in with the city account',
  'staff.signIn.signingIn': 'Signing in…',
  'staff.invitation.invalid': 'The invitation is not valid: it is wrong, expired or already used.',
  'staff.invitation.grant': 'You cannot give this right.',
  'staff.invitation.mail.subject': 'Invitation: {organisation} in Kohtaamo',
  'staff.invitation.mail.body':
    'Hello,\n\n{city} invites you to Kohtaamo: {organisation}, {role} ({domain}).\n\nAccept the invitation with this link by {expires}. The link works once:\n{link}\n\nIf you did not expect this invitation, you may ignore this message.\n\n{city}',
};

export default en;
