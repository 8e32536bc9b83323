import { randomUUID } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { issueApiKey, revokeApiKey } from '../../platform/staff/api-keys.js';

/** Elements that are list items in GeoReport v2 XML: always arrays after parsing. */
const LIST_ITEMS = new Set(['service', 'request', 'attribute', 'value', 'error', 'endpoint', 'format', 'media_url', 'entry']);

/** Parses an XML answer with a real XML parser, after checking it is well formed. */
export function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`Not well-formed XML: ${JSON.stringify(valid)}\n${text}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: false,
    isArray: (name) => LIST_ITEMS.has(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

/** Issues an API key as `kohtaamo-server admin api-key issue` does; revoked at once if asked. */
export async function issueTestApiKey(db: Kysely<Database>, name: string, revoked = false): Promise<string> {
  const key = await issueApiKey(db, name);
  if (revoked) await revokeApiKey(db, { key });
  return key;
}

/**
 * A category with every kind of question and a blocking notice, to test service definitions
 * and attribute answers: LAMP (string, required), KIND (singlevaluelist; "fire" shows a
 * blocking notice), DAYS (multivaluelist), INFO (informational, variable false).
 */
export async function insertCategoryWithAttributes(db: Kysely<Database>, id = 'open311-lamps'): Promise<void> {
  await db
    .insertInto('feedback_categories')
    .values({
      id,
      name_fi: 'Katuvalot',
      name_sv: 'Gatubelysning',
      name_en: 'Street lights',
      description_fi: 'Rikkinäiset katuvalot.',
      description_sv: 'Trasiga gatlampor.',
      description_en: 'Broken street lights.',
      sort_order: 99,
    })
    .execute();
  const name = (fi: string, sv: string, en: string) => ({ fi, sv, en });
  const attribute = (code: string, datatype: string, sort: number, required: boolean, values: unknown[] = [], variable = true) => ({
    category_id: id,
    code,
    datatype,
    variable: variable ? 1 : 0,
    required: required ? 1 : 0,
    sort_order: sort,
    description_fi: `Kysymys ${code}`,
    description_sv: `Fråga ${code}`,
    description_en: `Question ${code}`,
    values_json: JSON.stringify(values),
  });
  await db
    .insertInto('feedback_category_attributes')
    .values([
      attribute('LAMP', 'string', 10, true),
      attribute('KIND', 'singlevaluelist', 20, false, [
        { key: 'broken', name: name('Rikki', 'Trasig', 'Broken') },
        { key: 'fire', name: name('Palaa', 'Brinner', 'On fire') },
      ]),
      attribute('DAYS', 'multivaluelist', 30, false, [
        { key: 'mon', name: name('ma', 'må', 'Mon') },
        { key: 'tue', name: name('ti', 'ti', 'Tue') },
      ]),
      attribute('INFO', 'text', 5, false, [], false),
    ])
    .execute();
  await db
    .insertInto('feedback_category_notices')
    .values({
      id: randomUUID(),
      category_id: id,
      text_fi: 'Hätätilanteessa soita 112.',
      text_sv: 'Ring 112 i nödsituationer.',
      text_en: 'In an emergency call 112.',
      blocking: 1,
      when_attribute: 'KIND',
      when_values_json: JSON.stringify(['fire']),
      sort_order: 0,
    })
    .execute();
}

/** POSTs a form (URL-encoded), as the spec says. */
export function postForm(url: string, form: Record<string, string | string[]> | URLSearchParams, headers: Record<string, string> = {}): Promise<Response> {
  const body = form instanceof URLSearchParams ? form : new URLSearchParams();
  if (!(form instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(form)) for (const item of [value].flat()) body.append(key, item);
  }
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
    body: body.toString(),
  });
}
