import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the talkoot proposal form (the default, in its bundle only: the other volunteering widgets do not carry them). */
const fi = {
  'volunteering.propose.intro': "Ehdota talkoita, joita haluaisit järjestää: kaupunki käsittelee ehdotuksen, ja hyväksytyt talkoot tulevat talkoolistalle. Kaupunki voi tuoda tarvikkeet, kuten roskapihdit ja -pussit.",
  'volunteering.propose.what': "Mitä talkoissa tehdään?",
  'volunteering.propose.whatHint': "Lyhyt otsikko, esimerkiksi: Rantapuiston siivoustalkoot.",
  'volunteering.propose.description': "Kuvaus",
  'volunteering.propose.descriptionHint': "Mitä tehdään, kenelle talkoot sopivat ja miten sinut löytää paikan päällä.",
  'volunteering.propose.where': "Paikka",
  'volunteering.propose.whereHint': "Osoite tai paikan nimi, esimerkiksi: Tähtiniemen uimaranta.",
  'volunteering.propose.area': "Alue",
  'volunteering.propose.areaChoose': "Valitse alue",
  'volunteering.propose.date': "Päivä",
  'volunteering.propose.startTime': "Alkaa klo",
  'volunteering.propose.endTime': "Päättyy klo",
  'volunteering.propose.expectedPeople': "Arvio osallistujien määrästä",
  'volunteering.propose.supplies': "Tarvikkeet, joita toivot kaupungilta",
  'volunteering.propose.suppliesHint': "Yksi riville, määrä rivin alkuun, esimerkiksi: 20 roskapussia.",
  'volunteering.propose.you': "Yhteystietosi",
  'volunteering.propose.proposerName': "Nimesi",
  'volunteering.propose.proposerEmail': "Sähköpostisi",
  'volunteering.propose.proposerEmailHint': "Kerromme päätöksen tähän osoitteeseen.",
  'volunteering.propose.organisationName': "Yhdistys tai ryhmä",
  'volunteering.propose.organisationHint': "Jos ehdotat yhdistyksen tai naapuruston puolesta.",
  'volunteering.propose.submit': "Lähetä ehdotus",
  'volunteering.propose.sending': "Lähetetään…",
  'volunteering.propose.sentTitle': "Ehdotus on vastaanotettu",
  'volunteering.propose.another': "Tee uusi ehdotus",
  'volunteering.propose.past': "Valitse päivä ja aika, jotka ovat tulevaisuudessa.",
  'volunteering.propose.peopleNumber': "Kirjoita osallistujamäärä numeroina, esimerkiksi 12.",
  'volunteering.propose.when': "Aika",
  'volunteering.propose.heading': 'Ehdota talkoita',
  'volunteering.propose.sent': 'Kiitos! Kaupunki käsittelee ehdotuksesi ja kertoo päätöksestä sähköpostilla.',
} as const satisfies Catalog;

export type VolunteeringProposeMessageKey = keyof typeof fi;
export default fi;
