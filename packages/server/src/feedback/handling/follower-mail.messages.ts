import type { Catalogs } from '@kohtaamo/core';

/** The mail a follower ("this is mine too") gets when the city answers the feedback: fi, sv, en. */
export const followerMailMessages: Catalogs = {
  fi: {
    'feedback.email.followed.subject': 'Seuraamasi palaute {code} on päivittynyt',
    'feedback.email.followed.body':
      'Hei,\n\nkaupunki on vastannut palautteeseen, jonka merkitsit myös omaksesi (seurantatunnus {code}, aihe: {category}).\n\nTila: {status}\n\nVastaus:\n{reply}\n\nVoit seurata palautetta kaupungin palautesivulla seurantatunnuksella {code}.\n\nSait tämän viestin, koska annoit sähköpostiosoitteesi painaessasi ”Tämä koskee myös minua”. Tähän viestiin ei voi vastata.\n{city}',
  },
  sv: {
    'feedback.email.followed.subject': 'Responsen {code} som du följer har uppdaterats',
    'feedback.email.followed.body':
      'Hej,\n\nstaden har svarat på responsen som du markerade som din egen också (spårningskod {code}, ämne: {category}).\n\nStatus: {status}\n\nSvar:\n{reply}\n\nDu kan följa responsen på stadens responssida med spårningskoden {code}.\n\nDu fick det här meddelandet eftersom du gav din e-postadress när du tryckte på ”Det här gäller mig också”. Det här meddelandet kan inte besvaras.\n{city}',
  },
  en: {
    'feedback.email.followed.subject': 'Feedback {code} you follow has been updated',
    'feedback.email.followed.body':
      'Hello,\n\nthe city has replied to the feedback you marked as yours too (tracking code {code}, topic: {category}).\n\nStatus: {status}\n\nReply:\n{reply}\n\nYou can follow the feedback on the city’s feedback page with the tracking code {code}.\n\nYou got this message because you gave your email address when you pressed “This is mine too”. This message cannot be replied to.\n{city}',
  },
};
