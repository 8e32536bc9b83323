import type { Catalog } from '../i18n/translate.js';
import signIn from './staff-sign-in.messages.sv.js';
import type { StaffMessageKey } from './staff.messages.fi.js';

/** Swedish texts of staff sign-in and roles. */
const sv: Catalog<StaffMessageKey> = {
  ...signIn,
  'staff.auth.required': 'Logga in med personalens nyckel.',
  'staff.forbidden.role': 'Denna funktion är endast för huvudanvändare.',
  'staff.forbidden.grant': 'Du har inte rätt till detta.',
  'staff.signIn.noGrants': 'Du loggade in, men du har inga rättigheter i Kohtaamo. Be huvudanvändaren om dem.',
  'staff.signIn.notConfigured': 'Inloggning med stadens konton används inte på denna server.',
  'staff.invitation.invalid': 'Inbjudan duger inte: den är fel, har gått ut eller har redan använts.',
  'staff.invitation.grant': 'Du kan inte ge denna rättighet.',
  'staff.invitation.mail.subject': 'Inbjudan: {organisation} i Kohtaamo',
  'staff.invitation.mail.body':
    'Hej,\n\n{city} bjuder in dig till Kohtaamo: {organisation}, {role} ({domain}).\n\nGodkänn inbjudan med denna länk senast {expires}. Länken fungerar en gång:\n{link}\n\nOm du inte väntade dig inbjudan kan du lämna meddelandet utan åtgärd.\n\n{city}',
};

export default sv;
