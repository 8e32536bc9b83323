import { isPublishedTask, opportunityOfTask, tasksOfPage, VapaaehtoistyoTaskSchema, type Opportunity, type VapaaehtoistyoTask } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../db/database.types.js';
import { writeTransaction } from '../db/group-commit.js';

/**
 * The client of vapaaehtoistyo.fi's read API (ADR 0027): `GET {base}/collection/task?page=N`
 * (1, 2, … until a page has no tasks) and `GET {base}/task/{id}`, with `Authorization: Bearer
 * <key>`. What it reads becomes the board's imported opportunities; a task that disappears from
 * the portal disappears from the board at the next import.
 */
export interface VapaaehtoistyoClientOptions {
  readonly baseUrl: string;
  readonly key: string;
  readonly fetch?: typeof fetch;
  /** Pages at most (a guard against a portal that never ends). */
  readonly maxPages?: number;
  readonly timeoutMs?: number;
}

export class VapaaehtoistyoError extends Error {
  override readonly name = 'VapaaehtoistyoError';
}

export function createVapaaehtoistyoClient(options: VapaaehtoistyoClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  async function get(path: string): Promise<unknown> {
    const response = await doFetch(`${base}${path}`, {
      headers: { Authorization: `Bearer ${options.key}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    if (!response.ok) throw new VapaaehtoistyoError(`vapaaehtoistyo.fi ${path}: HTTP ${response.status}`);
    return response.json();
  }
  return {
    /** Every task of every page; unreadable tasks are counted, not fatal. */
    async tasks(): Promise<{ tasks: VapaaehtoistyoTask[]; skipped: number; pages: number }> {
      const all: VapaaehtoistyoTask[] = [];
      let skipped = 0;
      let page = 1;
      for (; page <= (options.maxPages ?? 200); page++) {
        const body = await get(`/collection/task?page=${page}`);
        const read = tasksOfPage(body);
        skipped += read.skipped;
        if (read.tasks.length === 0 && read.skipped === 0) break;
        all.push(...read.tasks);
      }
      return { tasks: all, skipped, pages: page - 1 };
    },
    async task(id: string | number): Promise<VapaaehtoistyoTask> {
      return v.parse(VapaaehtoistyoTaskSchema, await get(`/task/${encodeURIComponent(String(id))}`));
    },
  };
}

/** Replaces the imported opportunities with the portal's published, not yet ended tasks. Returns counts. */
export async function importVapaaehtoistyo(
  db: Kysely<Database>,
  client: ReturnType<typeof createVapaaehtoistyoClient>,
  options: { readonly now: Date; readonly areaOf?: (task: VapaaehtoistyoTask, at: { lat: number; lon: number } | undefined) => string; readonly portalUrl?: string },
): Promise<{ imported: number; skipped: number; pages: number }> {
  const { tasks, skipped, pages } = await client.tasks();
  const importedAt = options.now.toISOString();
  const portal = (options.portalUrl ?? 'https://vapaaehtoistyo.fi').replace(/\/+$/, '');
  const opportunities: Opportunity[] = tasks
    .filter(isPublishedTask)
    .map((task) => opportunityOfTask(task, { importedAt, ...(options.areaOf ? { areaOf: options.areaOf } : {}), taskUrl: (id) => `${portal}/fi/task/${encodeURIComponent(id)}` }))
    .filter((o) => o.endsAt === null || Date.parse(o.endsAt) >= options.now.getTime());
  await writeTransaction(db, async (trx) => {
    await trx.deleteFrom('volunteering_imported').execute();
    for (const o of opportunities) {
      await trx
        .insertInto('volunteering_imported')
        .values({ id: o.id, external_id: o.id.slice(4), area: o.area, starts_at: o.startsAt, opportunity_json: JSON.stringify(o), imported_at: importedAt })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  });
  return { imported: opportunities.length, skipped, pages };
}
