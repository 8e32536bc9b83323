import type { Catalogs } from '@kohtaamo/core';

/**
 * The mail a resident who left an address gets when the city replies to the feedback: fi, sv, en.
 * The server's own (as follower-mail.messages.ts), so the stats widget, which loads the signals
 * texts, does not download a mail's texts (issue 7).
 */
export const replyMailMessages: Catalogs = {
  fi: {
    'signals.email.reply.subject': 'Vastaus palautteeseesi {code}',
    'signals.email.reply.body': 'Hei,\n\nkaupunki on vastannut palautteeseesi (seurantatunnus {code}, aihe: {category}).\n\nTila: {status}\n\nVastaus:\n{reply}\n\nVoit seurata palautetta kaupungin palautesivulla seurantatunnuksella {code}.\n\nTähän viestiin ei voi vastata.\n{city}',
  },
  sv: {
    'signals.email.reply.subject': 'Svar på din respons {code}',
    'signals.email.reply.body': 'Hej,\n\nstaden har svarat på din respons (spårningskod {code}, ämne: {category}).\n\nStatus: {status}\n\nSvar:\n{reply}\n\nDu kan följa responsen på stadens responssida med spårningskoden {code}.\n\nDet här meddelandet kan inte besvaras.\n{city}',
  },
  en: {
    'signals.email.reply.subject': 'Reply to your feedback {code}',
    'signals.email.reply.body': 'Hello,\n\nthe city has replied to your feedback (tracking code {code}, topic: {category}).\n\nStatus: {status}\n\nReply:\n{reply}\n\nYou can follow your feedback on the city’s feedback page with the tracking code {code}.\n\nThis message cannot be replied to.\n{city}',
  },
};
