// The ready template: Heinola's annual resident survey ("Kuntalaiskysely tyytyväisyydestä
// vuosittain", the democracy programme "Pieni kaupunki, iso elämä" 2018–2030). It measures the
// strategy's success (satisfaction with services, living in Heinola, recommending Heinola,
// participation) and asks every resident the programme's question "Mitä minä voisin tehdä
// Heinolan hyväksi?". The background questions (age group, sex, area) are the variables the
// phone sample is weighted on (see weighting.ts). Staff copy it and make their own versions.
import type { SurveyText, SurveyDefinitionInput } from './survey.schema.js';

const t = (fi: string, sv: string, en: string): SurveyText => ({ fi, sv, en });

const satisfactionColumns = [
  { value: 1, text: t('Erittäin tyytymätön', 'Mycket missnöjd', 'Very dissatisfied') },
  { value: 2, text: t('Melko tyytymätön', 'Ganska missnöjd', 'Fairly dissatisfied') },
  { value: 3, text: t('Ei tyytyväinen eikä tyytymätön', 'Varken nöjd eller missnöjd', 'Neither satisfied nor dissatisfied') },
  { value: 4, text: t('Melko tyytyväinen', 'Ganska nöjd', 'Fairly satisfied') },
  { value: 5, text: t('Erittäin tyytyväinen', 'Mycket nöjd', 'Very satisfied') },
];
const cantSay = t('En osaa sanoa', 'Kan inte säga', "Don't know");

export const HEINOLA_RESIDENT_SURVEY_ID = 'heinola-resident-survey';

/** The annual resident survey of Heinola, version 1, in Finnish, Swedish and English. */
export const heinolaResidentSurveyTemplate: SurveyDefinitionInput = {
  format: 'kohtaamo-survey/1',
  id: HEINOLA_RESIDENT_SURVEY_ID,
  version: 1,
  title: t('Heinolan asukaskysely', 'Invånarenkät i Heinola', 'Heinola resident survey'),
  description: t(
    'Kaupunki kysyy joka vuosi, miten asukkaat viihtyvät Heinolassa ja mitä mieltä he ovat kaupungin palveluista. Vastaukset ohjaavat strategian seurantaa ja talouden suunnittelua. Vastaaminen vie noin 10 minuuttia, ja vastaukset käsitellään nimettöminä.',
    'Staden frågar varje år hur invånarna trivs i Heinola och vad de tycker om stadens tjänster. Svaren styr uppföljningen av strategin och ekonomiplaneringen. Det tar ungefär 10 minuter att svara, och svaren behandlas anonymt.',
    'Every year the city asks how residents like living in Heinola and what they think of the city’s services. The answers guide how the strategy is followed up and how the budget is planned. Answering takes about 10 minutes, and answers are handled anonymously.',
  ),
  pages: [
    {
      id: 'services',
      title: t('Kaupungin palvelut', 'Stadens tjänster', 'City services'),
      sections: [
        {
          id: 'services_use',
          questions: [
            {
              id: 'service_satisfaction',
              type: 'matrix',
              required: true,
              text: t(
                'Kuinka tyytyväinen olet seuraaviin Heinolan kaupungin palveluihin?',
                'Hur nöjd är du med följande tjänster som Heinola stad erbjuder?',
                'How satisfied are you with the following services of the City of Heinola?',
              ),
              help: t(
                'Valitse ”En osaa sanoa”, jos et ole käyttänyt palvelua.',
                'Välj ”Kan inte säga” om du inte har använt tjänsten.',
                'Choose “Don’t know” if you have not used the service.',
              ),
              rows: [
                { id: 'early_education', text: t('Varhaiskasvatus', 'Småbarnspedagogik', 'Early childhood education') },
                { id: 'schools', text: t('Perusopetus', 'Grundläggande utbildning', 'Basic education (schools)') },
                { id: 'library', text: t('Kirjasto', 'Bibliotek', 'Library') },
                { id: 'sports', text: t('Liikuntapaikat ja -palvelut', 'Idrottsplatser och idrottstjänster', 'Sports facilities and services') },
                { id: 'culture', text: t('Kulttuuripalvelut ja tapahtumat', 'Kulturtjänster och evenemang', 'Cultural services and events') },
                { id: 'streets', text: t('Katujen kunnossapito', 'Gatuunderhåll', 'Street maintenance') },
                { id: 'parks', text: t('Puistot ja viheralueet', 'Parker och grönområden', 'Parks and green areas') },
                { id: 'transport', text: t('Joukkoliikenne', 'Kollektivtrafik', 'Public transport') },
                { id: 'customer_service', text: t('Asiakaspalvelu ja neuvonta', 'Kundtjänst och rådgivning', 'Customer service and advice') },
                { id: 'communication', text: t('Kaupungin tiedottaminen', 'Stadens information', 'The city’s communication') },
              ],
              columns: satisfactionColumns,
              cantSay,
              randomize: true,
              tags: ['indicator'],
            },
            {
              id: 'overall_satisfaction',
              type: 'rating',
              required: true,
              text: t(
                'Kuinka tyytyväinen olet kaiken kaikkiaan Heinolan kaupungin palveluihin?',
                'Hur nöjd är du överlag med Heinola stads tjänster?',
                'Overall, how satisfied are you with the services of the City of Heinola?',
              ),
              min: 1,
              max: 5,
              minLabel: t('Erittäin tyytymätön', 'Mycket missnöjd', 'Very dissatisfied'),
              maxLabel: t('Erittäin tyytyväinen', 'Mycket nöjd', 'Very satisfied'),
              cantSay,
              tags: ['indicator'],
            },
            {
              id: 'service_improvement',
              type: 'long_text',
              visibleIf: 'overall_satisfaction <= 2',
              text: t(
                'Mitä kaupungin pitäisi parantaa palveluissaan ensimmäiseksi?',
                'Vad borde staden först förbättra i sina tjänster?',
                'What should the city improve first in its services?',
              ),
              maxLength: 2000,
            },
          ],
        },
      ],
    },
    {
      id: 'living',
      title: t('Asuminen Heinolassa', 'Att bo i Heinola', 'Living in Heinola'),
      sections: [
        {
          id: 'living_now',
          questions: [
            {
              id: 'enjoy_living',
              type: 'rating',
              required: true,
              text: t('Kuinka hyvin viihdyt Heinolassa?', 'Hur väl trivs du i Heinola?', 'How much do you enjoy living in Heinola?'),
              min: 1,
              max: 5,
              minLabel: t('En lainkaan', 'Inte alls', 'Not at all'),
              maxLabel: t('Erittäin hyvin', 'Mycket väl', 'Very much'),
              tags: ['indicator'],
            },
            {
              id: 'best_things',
              type: 'multiple_choice',
              text: t(
                'Mikä Heinolassa on parasta? Valitse enintään kolme.',
                'Vad är det bästa med Heinola? Välj högst tre.',
                'What is best about Heinola? Choose up to three.',
              ),
              options: [
                { value: 'nature', text: t('Luonto ja vesistöt', 'Naturen och vattnen', 'Nature and lakes') },
                { value: 'safety', text: t('Turvallisuus', 'Trygghet', 'Safety') },
                { value: 'services', text: t('Palvelut lähellä', 'Service nära', 'Services close by') },
                { value: 'community', text: t('Yhteisöllisyys ja ihmiset', 'Gemenskap och människor', 'Community and people') },
                { value: 'location', text: t('Hyvä sijainti ja yhteydet', 'Bra läge och förbindelser', 'Good location and connections') },
                { value: 'culture', text: t('Kulttuuri ja tapahtumat', 'Kultur och evenemang', 'Culture and events') },
                { value: 'sports', text: t('Liikuntamahdollisuudet', 'Möjligheter till motion', 'Sports and outdoor activities') },
                { value: 'housing', text: t('Asumisen hinta ja asunnot', 'Boendekostnader och bostäder', 'Housing and its cost') },
              ],
              other: { text: t('Muu, mikä?', 'Annat, vad?', 'Other, please specify'), maxLength: 200 },
              minSelected: 1,
              maxSelected: 3,
              randomize: true,
            },
            {
              id: 'live_in_five_years',
              type: 'single_choice',
              required: true,
              text: t(
                'Uskotko asuvasi Heinolassa vielä viiden vuoden kuluttua?',
                'Tror du att du bor kvar i Heinola om fem år?',
                'Do you think you will still live in Heinola in five years?',
              ),
              options: [
                { value: 'certainly', text: t('Varmasti', 'Säkert', 'Certainly') },
                { value: 'probably', text: t('Todennäköisesti', 'Sannolikt', 'Probably') },
                { value: 'probably_not', text: t('Tuskin', 'Knappast', 'Probably not') },
                { value: 'cant_say', text: cantSay },
              ],
            },
            {
              id: 'reason_to_move',
              type: 'short_text',
              visibleIf: "live_in_five_years == 'probably_not'",
              text: t('Mikä on tärkein syy muuttaa pois?', 'Vad är det viktigaste skälet att flytta?', 'What is the main reason for moving away?'),
              maxLength: 200,
            },
          ],
        },
      ],
    },
    {
      id: 'recommend',
      title: t('Heinolan suositteleminen', 'Att rekommendera Heinola', 'Recommending Heinola'),
      sections: [
        {
          id: 'recommend_main',
          questions: [
            {
              id: 'recommend_heinola',
              type: 'recommendation',
              required: true,
              text: t(
                'Kuinka todennäköisesti suosittelisit Heinolaa asuinpaikkana ystävällesi tai tuttavallesi?',
                'Hur sannolikt är det att du skulle rekommendera Heinola som boendeort till en vän eller bekant?',
                'How likely are you to recommend Heinola as a place to live to a friend or acquaintance?',
              ),
              minLabel: t('En lainkaan todennäköisesti', 'Inte alls sannolikt', 'Not at all likely'),
              maxLabel: t('Erittäin todennäköisesti', 'Mycket sannolikt', 'Extremely likely'),
              tags: ['indicator'],
            },
            {
              id: 'recommend_why',
              type: 'long_text',
              visibleIf: 'recommend_heinola >= 9',
              text: t('Mitä kehuisit Heinolassa?', 'Vad skulle du berömma i Heinola?', 'What would you praise about Heinola?'),
              maxLength: 2000,
            },
            {
              id: 'recommend_improve',
              type: 'long_text',
              visibleIf: 'recommend_heinola <= 6',
              text: t(
                'Mitä Heinolassa pitäisi muuttaa, jotta suosittelisit sitä?',
                'Vad borde ändras i Heinola för att du skulle rekommendera staden?',
                'What should change in Heinola for you to recommend it?',
              ),
              maxLength: 2000,
            },
          ],
        },
      ],
    },
    {
      id: 'participation',
      title: t('Osallistuminen ja vaikuttaminen', 'Delaktighet och påverkan', 'Participation and influence'),
      sections: [
        {
          id: 'participation_main',
          questions: [
            {
              id: 'participated',
              type: 'multiple_choice',
              text: t(
                'Miten olet osallistunut Heinolan asioihin viimeisen vuoden aikana?',
                'Hur har du deltagit i Heinolas angelägenheter under det senaste året?',
                'How have you taken part in Heinola’s affairs during the past year?',
              ),
              options: [
                { value: 'feedback', text: t('Annoin palautetta kaupungille', 'Jag gav respons till staden', 'I gave feedback to the city') },
                { value: 'budgeting', text: t('Äänestin kansalaisbudjetoinnissa', 'Jag röstade i medborgarbudgeteringen', 'I voted in participatory budgeting') },
                { value: 'events', text: t('Osallistuin asukastilaisuuteen', 'Jag deltog i ett invånarmöte', 'I attended a residents’ event') },
                { value: 'volunteering', text: t('Tein vapaaehtoistyötä tai talkoita', 'Jag gjorde frivilligarbete eller talko', 'I did voluntary work or community work days (talkoot)') },
                { value: 'association', text: t('Toimin yhdistyksessä', 'Jag var verksam i en förening', 'I was active in an association') },
                { value: 'none', text: t('En mitään näistä', 'Inget av dessa', 'None of these'), fixed: true, exclusive: true },
              ],
              randomize: true,
            },
            {
              id: 'can_influence',
              type: 'rating',
              required: true,
              text: t(
                'Koetko, että voit vaikuttaa Heinolan kaupungin asioihin?',
                'Upplever du att du kan påverka Heinola stads angelägenheter?',
                'Do you feel you can influence the affairs of the City of Heinola?',
              ),
              min: 1,
              max: 5,
              minLabel: t('En lainkaan', 'Inte alls', 'Not at all'),
              maxLabel: t('Erittäin paljon', 'Mycket', 'Very much'),
              cantSay,
              tags: ['indicator'],
            },
            {
              id: 'priorities',
              type: 'ranking',
              text: t(
                'Mihin kaupungin pitäisi panostaa eniten? Järjestä kolme tärkeintä.',
                'Vad borde staden satsa mest på? Rangordna de tre viktigaste.',
                'What should the city invest in most? Put the three most important in order.',
              ),
              options: [
                { value: 'jobs', text: t('Työpaikat ja yritykset', 'Arbetsplatser och företag', 'Jobs and businesses') },
                { value: 'children', text: t('Lapset ja nuoret', 'Barn och unga', 'Children and young people') },
                { value: 'elderly', text: t('Ikäihmisten hyvinvointi', 'De äldres välbefinnande', 'Older people’s wellbeing') },
                { value: 'environment', text: t('Ympäristö ja ilmasto', 'Miljö och klimat', 'Environment and climate') },
                { value: 'meeting_places', text: t('Yhteiset kohtaamispaikat', 'Gemensamma mötesplatser', 'Shared meeting places') },
                { value: 'culture_sports', text: t('Kulttuuri ja liikunta', 'Kultur och idrott', 'Culture and sports') },
              ],
              rankCount: 3,
              randomize: true,
            },
          ],
        },
      ],
    },
    {
      id: 'for_heinola',
      title: t('Mitä minä voisin tehdä Heinolan hyväksi?', 'Vad kunde jag göra för Heinola?', 'What could I do for Heinola?'),
      sections: [
        {
          id: 'for_heinola_main',
          questions: [
            {
              id: 'what_could_i_do',
              type: 'long_text',
              text: t('Mitä minä voisin tehdä Heinolan hyväksi?', 'Vad kunde jag göra för Heinola?', 'What could I do for Heinola?'),
              help: t(
                'Kerro vapaasti: pienikin teko on arvokas. Jos haluat tarjota apuasi, voit jättää yhteystietosi kyselyn lopussa erilliseen lomakkeeseen; niitä ei yhdistetä vastauksiisi.',
                'Berätta fritt: också en liten insats är värdefull. Om du vill erbjuda din hjälp kan du lämna dina kontaktuppgifter i en separat blankett i slutet av enkäten; de kopplas inte till dina svar.',
                'Tell us freely: even a small deed matters. If you would like to offer your help, you can leave your contact details in a separate form at the end of the survey; they are not linked to your answers.',
              ),
              maxLength: 4000,
              tags: ['help-offer'],
            },
            {
              id: 'wants_contact',
              type: 'yes_no',
              visibleIf: 'answered(what_could_i_do)',
              text: t(
                'Saako kaupunki ottaa sinuun yhteyttä ehdotuksesi vuoksi?',
                'Får staden kontakta dig om ditt förslag?',
                'May the city contact you about your suggestion?',
              ),
              help: t(
                'Yhteystiedot kysytään erikseen vastausten lähettämisen jälkeen.',
                'Kontaktuppgifterna frågas separat efter att svaren har skickats.',
                'Contact details are asked separately after the answers have been sent.',
              ),
              tags: ['help-offer'],
            },
          ],
        },
      ],
    },
    {
      id: 'background',
      title: t('Taustatiedot', 'Bakgrundsuppgifter', 'About you'),
      sections: [
        {
          id: 'background_main',
          description: t(
            'Taustatietojen avulla tulokset voidaan painottaa vastaamaan Heinolan väestöä.',
            'Med hjälp av bakgrundsuppgifterna kan resultaten viktas så att de motsvarar Heinolas befolkning.',
            'The background details let us weight the results to match Heinola’s population.',
          ),
          questions: [
            {
              id: 'age_group',
              type: 'single_choice',
              required: true,
              text: t('Ikäsi', 'Din ålder', 'Your age'),
              options: [
                { value: '18-34', text: t('18–34 vuotta', '18–34 år', '18–34 years') },
                { value: '35-54', text: t('35–54 vuotta', '35–54 år', '35–54 years') },
                { value: '55-74', text: t('55–74 vuotta', '55–74 år', '55–74 years') },
                { value: '75+', text: t('75 vuotta tai enemmän', '75 år eller mer', '75 years or more') },
              ],
              tags: ['demographic'],
            },
            {
              id: 'sex',
              type: 'single_choice',
              required: true,
              text: t('Sukupuolesi', 'Ditt kön', 'Your sex'),
              options: [
                { value: 'female', text: t('Nainen', 'Kvinna', 'Female') },
                { value: 'male', text: t('Mies', 'Man', 'Male') },
                { value: 'other', text: t('Muu', 'Annat', 'Other') },
                { value: 'no_answer', text: t('En halua vastata', 'Vill inte svara', 'Prefer not to say') },
              ],
              tags: ['demographic'],
            },
            {
              id: 'area',
              type: 'dropdown',
              required: true,
              text: t('Asuinalueesi', 'Ditt bostadsområde', 'Where you live'),
              options: [
                { value: 'centre', text: t('Keskusta', 'Centrum', 'Town centre') },
                { value: 'jyranko', text: t('Jyränkö', 'Jyränkö', 'Jyränkö') },
                { value: 'other_town', text: t('Muu taajama-alue', 'Annat tätortsområde', 'Elsewhere in town') },
                { value: 'vierumaki', text: t('Vierumäki', 'Vierumäki', 'Vierumäki') },
                { value: 'lusi', text: t('Lusi', 'Lusi', 'Lusi') },
                { value: 'rural', text: t('Haja-asutusalue', 'Glesbygd', 'Countryside') },
              ],
              tags: ['demographic'],
            },
            {
              id: 'years_in_heinola',
              type: 'number',
              text: t('Kuinka monta vuotta olet asunut Heinolassa?', 'Hur många år har du bott i Heinola?', 'How many years have you lived in Heinola?'),
              min: 0,
              max: 110,
              integer: true,
              unit: t('vuotta', 'år', 'years'),
            },
            {
              id: 'thanks',
              type: 'info',
              text: t(
                'Kiitos vastauksistasi! Tulokset julkaistaan kaupungin verkkosivuilla ja avoimena datana.',
                'Tack för dina svar! Resultaten publiceras på stadens webbplats och som öppna data.',
                'Thank you for your answers! The results are published on the city’s website and as open data.',
              ),
            },
          ],
        },
      ],
    },
  ],
};
