/**
 * City-scale feedback for measuring (issue 13): several years of reports with their handling
 * histories, in the proportions of a large Finnish city's feedback service, reproducible from
 * a seed. Written in bulk: multi-row inserts of a few hundred rows, many per transaction.
 * Run through `npm run seed:scale` (platform/scale/seed-scale.cli.ts).
 */
import { generateTrackingCode, mulberry32 } from '@kohtaamo/core';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import type { ScaleSeedOptions } from '../platform/module.js';
import { seedCategories } from './feedback.seed.js';
import { reportTimesColumns } from './stats/report-times.js';

/** Category shares (per cent of reports) and typical pace in hours, after a large city's figures. */
const CATEGORY_MIX: readonly { id: string; weight: number; firstHours: number; closeHours: number; rejected: number }[] = [
  { id: 'streets', weight: 36, firstHours: 26, closeHours: 90, rejected: 0.06 },
  { id: 'parks', weight: 21, firstHours: 34, closeHours: 130, rejected: 0.05 },
  { id: 'environment', weight: 12, firstHours: 50, closeHours: 200, rejected: 0.1 },
  { id: 'sports', weight: 9, firstHours: 20, closeHours: 70, rejected: 0.04 },
  { id: 'library', weight: 7, firstHours: 10, closeHours: 36, rejected: 0.03 },
  { id: 'youth', weight: 4, firstHours: 30, closeHours: 90, rejected: 0.05 },
  { id: 'other', weight: 11, firstHours: 40, closeHours: 140, rejected: 0.12 },
];

/** Reports per month of the year, relative (snow in winter, potholes and parks in spring). */
const MONTH_WEIGHT = [1.25, 1.2, 1.15, 1.2, 1.15, 1.0, 0.7, 0.85, 1.05, 1.0, 0.95, 1.1];

const MESSAGES = [
  'Katuvalo ei toimi {place} kohdalla, pimeää jo kolmatta iltaa.',
  'Jalkakäytävä on liukas ja hiekoittamatta {place}. Vanhukset kaatuvat.',
  'Kuoppa ajoradassa {place}, iso ja syvä, rikkoo renkaita.',
  'Roska-astia on täynnä ja roskat leviävät ympäriinsä {place}.',
  'Puiston penkki on rikki {place}, naula törröttää.',
  'Leikkipuiston keinu on irti {place}. Vaarallinen lapsille.',
  'Kiitos hienosti kunnostetusta uimarannasta {place}!',
  'Liikennemerkki on kaatunut {place} ja näkyvyys risteyksessä on huono.',
  'Lunta on aurattu pyörätielle {place}, kulku estyy kokonaan.',
  'Kirjaston aukioloajat ovat liian lyhyet viikonloppuisin.',
  'Nuorisotalolle toivotaan lisää iltatoimintaa.',
  'Vesijohto vuotaa kadulle {place}, vettä lammikoksi asti.',
  'Gatubelysningen fungerar inte vid {place}.',
  'The bus stop shelter at {place} has a broken glass wall.',
  'Koiranulkoilutusalueen portti ei sulkeudu {place}.',
  'Melua rakennustyömaalta {place} jo ennen seitsemää aamulla.',
];
const PLACES = ['Kauppakadun', 'Rautatienkadun', 'Torikadun', 'Harjukadun', 'Kirkkokadun', 'Lampitie 4:n', 'Siltakadun', 'satama-alueen', 'Kyläsaaren', 'uimahallin', 'Tähtiniemen', 'Vanhan Jyväskyläntien'];
const REPLIES = {
  fi: 'Kiitos palautteesta. Asia on välitetty korjattavaksi ja kunnossa.',
  sv: 'Tack för responsen. Saken är åtgärdad.',
  en: 'Thank you for your feedback. The matter has been fixed.',
} as const;
const REJECTED = {
  fi: 'Kiitos palautteesta. Asia ei kuulu kaupungin hoidettavaksi; ohjasimme sen oikealle taholle.',
  sv: 'Tack för responsen. Saken sköts inte av staden.',
  en: 'Thank you for your feedback. This is not the city’s to handle.',
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface FeedbackScaleResult {
  readonly reports: number;
  readonly historyRows: number;
}

type FeedbackRow = Insertable<Database['feedback']>;

/**
 * Writes `options.size` reports received over `options.years` years up to `options.now`.
 * Ids and tracking codes come from the seed, so two runs with the same options write the same
 * rows. Categories and units are the demo city's (added if missing).
 */
export async function seedFeedbackAtScale(db: Kysely<Database>, options: ScaleSeedOptions): Promise<FeedbackScaleResult> {
  await seedCategories(db);
  const categoryUnits = new Map(
    (await db.selectFrom('feedback_categories').select(['id', 'unit_id']).execute()).map((c) => [c.id, c.unit_id]),
  );
  const units = (await db.selectFrom('units').select('id').orderBy('id').execute()).map((u) => u.id);
  const mix = CATEGORY_MIX.filter((c) => categoryUnits.has(c.id));
  if (mix.length === 0) throw new Error('no feedback categories to write reports in');
  const random = mulberry32(options.seed);
  const now = options.now;
  const years = options.years;
  const startMs = now.getTime() - years * 365 * DAY;
  // Tracking codes from the seed too: these are measuring data, never a resident's report.
  const codes = new Set((await db.selectFrom('feedback').select('tracking_code').execute()).map((r) => r.tracking_code));
  const bytes = (array: Uint8Array) => {
    for (let i = 0; i < array.length; i++) array[i] = Math.floor(random() * 256);
    return array;
  };
  const uuid = () => {
    const b = bytes(new Uint8Array(16));
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = Buffer.from(b).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const totalWeight = mix.reduce((sum, c) => sum + c.weight, 0);
  const pickCategory = () => {
    let r = random() * totalWeight;
    for (const c of mix) if ((r -= c.weight) < 0) return c;
    return mix[0]!;
  };
  const logNormal = (medianHours: number, sigma = 1.0) => {
    const u = Math.max(random(), 1e-12);
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    return medianHours * Math.exp(sigma * normal) * HOUR;
  };
  // Days of the span weighted by season, weekday and a yearly growth of 6 %: a cumulative
  // table to pick a day of receipt from.
  const dayCount = Math.ceil((now.getTime() - startMs) / DAY);
  const cumulative = new Float64Array(dayCount);
  let acc = 0;
  for (let d = 0; d < dayCount; d++) {
    const date = new Date(startMs + d * DAY);
    const weekday = date.getUTCDay();
    acc += MONTH_WEIGHT[date.getUTCMonth()]! * (weekday === 0 || weekday === 6 ? 0.45 : 1) * Math.pow(1.06, d / 365);
    cumulative[d] = acc;
  }
  const pickDay = () => {
    const r = random() * acc;
    let lo = 0;
    let hi = dayCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Office hours in Helsinki (UTC+2/3): most reports come 06–20 UTC, some at night.
  const pickTimeOfDay = () => (random() < 0.9 ? 5 * HOUR + random() * 14 * HOUR : random() * DAY);

  const BATCH = 400;
  const BATCHES_PER_TRANSACTION = 25;
  let reports = 0;
  let historyRows = 0;
  let feedbackBatch: FeedbackRow[] = [];
  let historyBatch: Database['feedback_history'][] = [];
  let pending: { feedback: FeedbackRow[]; history: Database['feedback_history'][] }[] = [];
  const flush = async () => {
    if (feedbackBatch.length > 0) pending.push({ feedback: feedbackBatch, history: historyBatch });
    feedbackBatch = [];
    historyBatch = [];
    if (pending.length === 0) return;
    const work = pending;
    pending = [];
    await db.transaction().execute(async (trx) => {
      for (const batch of work) {
        await trx.insertInto('feedback').values(batch.feedback).execute();
        for (let i = 0; i < batch.history.length; i += BATCH) {
          await trx.insertInto('feedback_history').values(batch.history.slice(i, i + BATCH)).execute();
        }
      }
    });
  };

  for (let n = 0; n < options.size; n++) {
    const category = pickCategory();
    const created = new Date(startMs + pickDay() * DAY + pickTimeOfDay());
    if (created.getTime() > now.getTime()) created.setTime(now.getTime() - random() * HOUR);
    const createdAt = created.toISOString();
    const ageMs = now.getTime() - created.getTime();
    // Handling: a first response after a log-normal delay, a closing after another; some
    // never get one (the old backlog), some are reopened and closed again.
    const forgotten = random() < 0.015;
    const firstMs = created.getTime() + logNormal(category.firstHours);
    const closeMs = firstMs + logNormal(category.closeHours, 1.1);
    const answered = !forgotten && firstMs <= now.getTime();
    const closedOnce = answered && random() > 0.04 && closeMs <= now.getTime();
    const reopened = closedOnce && random() < 0.035;
    const reclosedMs = closeMs + logNormal(category.closeHours * 0.8);
    const closed = closedOnce && (!reopened || reclosedMs <= now.getTime());
    const rejected = closed && random() < category.rejected;
    const closedAt = closed ? new Date(reopened ? reclosedMs : closeMs).toISOString() : null;
    const firstAt = answered ? new Date(firstMs).toISOString() : null;
    // A closing without a response before it: closed straight away (a duplicate, a rejection).
    const directClose = closed && !reopened && random() < 0.12;
    const firstResponseAt = directClose ? closedAt : firstAt;
    const lang = random() < 0.86 ? 'fi' : random() < 0.6 ? 'sv' : 'en';
    const status = closed ? (rejected ? 'rejected' : 'done') : answered ? (random() < 0.3 ? 'allocated' : 'in_handling') : 'received';
    const old = ageMs > 730 * DAY; // past retention: anonymised
    const withContact = !old && random() < 0.62;
    const reviewed = ageMs > 3 * DAY ? random() > 0.1 : random() < 0.4;
    const visibility = !reviewed ? 'pending' : random() < 0.08 ? 'hidden' : 'published';
    const reassigned = random() < 0.05;
    const unit = reassigned ? units[Math.floor(random() * units.length)] ?? null : (categoryUnits.get(category.id) ?? null);
    let code = generateTrackingCode(bytes);
    while (codes.has(code)) code = generateTrackingCode(bytes);
    codes.add(code);
    const id = uuid();
    const message = MESSAGES[Math.floor(random() * MESSAGES.length)]!.replace('{place}', PLACES[Math.floor(random() * PLACES.length)]!);
    const replyText = closed ? (rejected ? REJECTED : REPLIES)[lang as 'fi'] : null;
    const withPin = random() < 0.7;
    feedbackBatch.push({
      id,
      tracking_code: code,
      category_id: category.id,
      message: old ? '' : message,
      address: old || !withPin ? null : `${PLACES[Math.floor(random() * PLACES.length)]} kohta`,
      contact_name: withContact && random() < 0.7 ? 'Asukas' : null,
      contact_email: withContact ? `asukas${n}@example.fi` : null,
      contact_phone: withContact && random() < 0.2 ? '040 123 4567' : null,
      contact_consent: withContact ? 1 : 0,
      lang,
      status,
      reply_text: replyText,
      replied_at: closedAt,
      created_at: createdAt,
      updated_at: closedAt ?? firstResponseAt ?? createdAt,
      unit_id: unit,
      visibility,
      version: 1 + (answered ? 1 : 0) + (closed ? 1 : 0) + (reopened ? 2 : 0),
      public_message: visibility === 'published' && !old ? message : null,
      closed_at: closedAt,
      first_response_at: firstResponseAt,
      lat: withPin ? 61.2 + (random() - 0.5) * 0.08 : null,
      lon: withPin ? 26.03 + (random() - 0.5) * 0.16 : null,
      anonymised_at: old ? new Date(created.getTime() + 731 * DAY).toISOString() : null,
      ...reportTimesColumns(createdAt, firstResponseAt, closedAt),
    });
    const history: [string, string, string | null][] = [['received', createdAt, null]];
    if (firstResponseAt !== null && !directClose) history.push([status === 'allocated' ? 'allocated' : 'in_handling', firstResponseAt, null]);
    if (closedOnce) {
      const firstClose = new Date(closeMs).toISOString();
      history.push([rejected && !reopened ? 'rejected' : 'done', directClose && !reopened ? closedAt! : firstClose, reopened ? REPLIES[lang as 'fi'] : replyText]);
      if (reopened) {
        history.push(['in_handling', new Date(closeMs + (reclosedMs - closeMs) / 3).toISOString(), null]);
        if (closed) history.push([rejected ? 'rejected' : 'done', closedAt!, replyText]);
      }
    }
    for (const [index, [state, at, reply]] of history.entries()) {
      historyBatch.push({
        id: `${id}-${index}`,
        feedback_id: id,
        status: state,
        at,
        actor_id: null,
        actor_name: index === 0 ? null : 'Palvelu',
        public_reply: reply,
      });
    }
    historyRows += history.length;
    reports++;
    if (feedbackBatch.length >= BATCH) {
      pending.push({ feedback: feedbackBatch, history: historyBatch });
      feedbackBatch = [];
      historyBatch = [];
      if (pending.length >= BATCHES_PER_TRANSACTION) {
        await flush();
        options.progress?.(reports);
      }
    }
  }
  await flush();
  options.progress?.(reports);
  return { reports, historyRows };
}
