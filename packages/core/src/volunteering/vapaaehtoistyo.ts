import * as v from 'valibot';
import { VOLUNTEER_AREAS } from './areas.js';
import type { Opportunity, VolunteerTheme } from './opportunity.read.schema.js';

/**
 * The task shape of vapaaehtoistyo.fi, the national volunteering portal (read API
 * `GET /collection/task?page=N` and `GET /task/{id}`, Bearer key): what we import to show beside
 * local opportunities, and the shape we export ours in for publishing there. Times are Unix
 * seconds. Read loosely: the portal may add fields, and a task we cannot read is skipped, not
 * fatal (ADR 0027).
 */
const coordinates = v.union([
  v.looseObject({ lat: v.number(), lng: v.number() }),
  v.looseObject({ lat: v.number(), lon: v.number() }),
  v.looseObject({ latitude: v.number(), longitude: v.number() }),
  v.tuple([v.number(), v.number()]),
  v.string(),
]);
const seconds = v.nullish(v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))]));
const theme = v.union([v.string(), v.looseObject({ name: v.string() }), v.looseObject({ title: v.string() })]);

export const VapaaehtoistyoTaskSchema = v.looseObject({
  id: v.union([v.number(), v.string()]),
  organization: v.nullish(v.union([v.number(), v.string()])),
  organizationName: v.nullish(v.string()),
  title: v.string(),
  description: v.nullish(v.string()),
  address: v.nullish(v.string()),
  addressCoordinates: v.nullish(coordinates),
  themes: v.nullish(v.array(theme)),
  timeStampStartTask: seconds,
  timeStampEndTask: seconds,
  noActualTime: v.nullish(v.union([v.boolean(), v.number()])),
  contactDetails: v.nullish(v.string()),
  timeStampPublicationDate: seconds,
  status: v.nullish(v.union([v.string(), v.number()])),
});
export type VapaaehtoistyoTask = v.InferOutput<typeof VapaaehtoistyoTaskSchema>;
export type VapaaehtoistyoTaskInput = v.InferInput<typeof VapaaehtoistyoTaskSchema>;

/** One page of `/collection/task`: an array, or an object holding it (`data`, `items`, `results`, `tasks`). */
export function tasksOfPage(body: unknown): { tasks: VapaaehtoistyoTask[]; skipped: number } {
  const list: unknown = Array.isArray(body)
    ? body
    : body && typeof body === 'object'
      ? ((body as Record<string, unknown>).data ?? (body as Record<string, unknown>).items ?? (body as Record<string, unknown>).results ?? (body as Record<string, unknown>).tasks)
      : undefined;
  if (!Array.isArray(list)) return { tasks: [], skipped: 0 };
  const tasks: VapaaehtoistyoTask[] = [];
  let skipped = 0;
  for (const item of list) {
    const parsed = v.safeParse(VapaaehtoistyoTaskSchema, item);
    if (parsed.success) tasks.push(parsed.output);
    else skipped++;
  }
  return { tasks, skipped };
}

/** The portal's theme words (Finnish) → our theme ids; anything else is "other". */
const THEME_WORDS: ReadonlyArray<readonly [RegExp, VolunteerTheme]> = [
  [/ympäristö|environment/i, 'environment'],
  [/luonto|nature|metsä/i, 'nature'],
  [/liikunta|urheilu|sport/i, 'sports'],
  [/kulttuuri|taide|culture|art/i, 'culture'],
  [/lapset|lapsi|child/i, 'children'],
  [/nuor|youth/i, 'youth'],
  [/ikäihmi|ikäänty|vanh|senior|elder/i, 'elderly'],
  [/maahanmuut|kotoutu|immigra/i, 'immigrants'],
  [/naapur|asukas|kylä|neighbour/i, 'neighbourhood'],
  [/eläin|animal/i, 'animals'],
  [/terveys|mielenterveys|health/i, 'health'],
  [/tapahtum|event/i, 'events'],
];

export function themeOf(word: string): VolunteerTheme {
  return THEME_WORDS.find(([re]) => re.test(word))?.[1] ?? 'other';
}

function point(c: VapaaehtoistyoTask['addressCoordinates']): { lat: number; lon: number } | undefined {
  if (c === null || c === undefined) return undefined;
  let lat: number | undefined;
  let lon: number | undefined;
  if (typeof c === 'string') {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,; ]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(c);
    if (m) [lat, lon] = [Number(m[1]), Number(m[2])];
  } else if (Array.isArray(c)) [lat, lon] = c;
  else {
    const o = c as Record<string, unknown>;
    const num = (x: unknown) => (typeof x === 'number' ? x : undefined);
    lat = num(o.lat ?? o.latitude);
    lon = num(o.lng ?? o.lon ?? o.longitude);
  }
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

const iso = (s: number | null | undefined) => (typeof s === 'number' && Number.isFinite(s) && s > 0 ? new Date(s * 1000).toISOString() : null);

/** Whether a task is published and visible (status "published"/"active"/1, or no status). */
export function isPublishedTask(task: VapaaehtoistyoTask): boolean {
  if (task.status === undefined || task.status === null) return true;
  if (typeof task.status === 'number') return task.status === 1;
  return /^(published|active|open|julkaistu)$/i.test(task.status);
}

/**
 * The city's area a task's address names (its Finnish or Swedish name at a word's start:
 * "Jyränkönkoski" is in Jyränkö), else "muu", elsewhere in the city: the board shows an area's
 * name and filters by it, and a made-up id would be shown as it is in every language.
 */
export function areaOfAddress(address: string | null | undefined): string {
  const at = (name: string) => new RegExp(`(^|[^\\p{L}])${name}`, 'iu').test(address ?? '');
  return VOLUNTEER_AREAS.find((a) => a.id !== 'muu' && (at(a.name.fi) || at(a.name.sv)))?.id ?? 'muu';
}

export interface ImportOptions {
  /** Area id for a task (by its point or address); by its address (areaOfAddress) if not given. */
  readonly areaOf?: (task: VapaaehtoistyoTask, at: { lat: number; lon: number } | undefined) => string;
  /** The task's page on the portal. */
  readonly taskUrl?: (id: string) => string;
  readonly importedAt: string;
}

/** An imported task as a board opportunity: read-only here, sign-up happens on the portal. */
export function opportunityOfTask(task: VapaaehtoistyoTask, options: ImportOptions): Opportunity {
  const id = String(task.id);
  const at = point(task.addressCoordinates);
  const timed = !task.noActualTime;
  const themes = [...new Set((task.themes ?? []).map((t) => themeOf(typeof t === 'string' ? t : String((t as Record<string, unknown>).name ?? (t as Record<string, unknown>).title ?? ''))))];
  const startsAt = timed ? iso(task.timeStampStartTask) : null;
  const endsAt = timed ? iso(task.timeStampEndTask) : null;
  const text = (fi: string) => ({ fi, sv: '', en: '' });
  return {
    id: `vet-${id.replace(/[^A-Za-z0-9-]/g, '')}`,
    organisation: `vapaaehtoistyo-${String(task.organization ?? 'unknown').replace(/[^A-Za-z0-9-]/g, '')}`,
    organisationName: task.organizationName ?? '',
    kind: startsAt && endsAt && Date.parse(endsAt) - Date.parse(startsAt) <= 24 * 3_600_000 ? 'talkoot' : 'ongoing',
    title: text(task.title.trim()),
    description: text((task.description ?? '').trim()),
    themes,
    area: options.areaOf?.(task, at) ?? areaOfAddress(task.address),
    location: { name: (task.address ?? '').trim(), address: (task.address ?? '').trim(), ...(at ?? {}) },
    contact: { name: (task.contactDetails ?? '').trim() },
    whatToBring: text(''),
    supplies: [],
    accessibility: text(''),
    suitability: { under18: false, english: false, remote: false },
    status: 'published',
    source: 'vapaaehtoistyo',
    ...(options.taskUrl ? { externalUrl: options.taskUrl(id) } : {}),
    startsAt,
    endsAt,
    shifts: [],
    updatedAt: iso(task.timeStampPublicationDate) ?? options.importedAt,
  };
}

/** Our opportunity in the portal's task shape, for publishing there (Unix seconds). */
export function taskOfOpportunity(o: Opportunity, options: { readonly organizationId?: string; readonly url?: string } = {}): VapaaehtoistyoTaskInput & { url?: string } {
  const seconds = (s: string | null) => (s ? Math.floor(Date.parse(s) / 1000) : null);
  const contact = [o.contact.name, o.contact.email, o.contact.phone].filter(Boolean).join(', ');
  return {
    id: o.id,
    organization: options.organizationId ?? o.organisation,
    organizationName: o.organisationName,
    title: o.title.fi,
    description: o.description.fi,
    address: [o.location.name, o.location.address].filter((x, i, a) => x && a.indexOf(x) === i).join(', '),
    addressCoordinates: o.location.lat !== undefined && o.location.lon !== undefined ? { lat: o.location.lat, lng: o.location.lon } : null,
    themes: o.themes,
    timeStampStartTask: seconds(o.startsAt),
    timeStampEndTask: seconds(o.endsAt),
    noActualTime: o.startsAt === null,
    contactDetails: contact,
    timeStampPublicationDate: seconds(o.updatedAt),
    status: o.status === 'published' ? 'published' : 'draft',
    ...(options.url ? { url: options.url } : {}),
  };
}
