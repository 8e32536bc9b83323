// A StaffApi without a server, for the inbox stories: an in-memory queue that follows the same
// rules as the server (core's transitions, versions, a required reply on closing). The element
// takes it through its `staffApiFactory` property (the seam for stories).
import {
  allowedTransitions,
  isClosingStatus,
  NetworkError,
  PROBLEM_TYPES,
  ProblemError,
  type ReplyTemplate,
  type StaffApi,
  type StaffFeedbackDetail,
  type StaffUser,
} from '@kohtaamo/core';
import { DEMO_CATEGORIES } from './demo-feedback-api.js';

export const DEMO_STAFF_TOKEN = 'kst_story';
const ME: StaffUser = { id: 'u1', name: 'Kalle Käsittelijä', email: 'kalle@heinola.example', role: 'admin', categories: [] };
const UNIT = { id: 'street-green', name: { fi: 'Katu- ja viherpalvelut', sv: 'Gatu- och grönservice', en: 'Street and green services' } };

const TEMPLATES: ReplyTemplate[] = [
  {
    id: 'fixed',
    category: null,
    title: { fi: 'Korjattu', sv: 'Åtgärdat', en: 'Fixed' },
    text: { fi: 'Kiitos ilmoituksesta! Vika on korjattu.', sv: 'Tack för anmälan! Felet har åtgärdats.', en: 'Thank you! The fault has been fixed.' },
  },
];

function report(id: string, code: string, message: string, overrides: Partial<StaffFeedbackDetail> = {}): StaffFeedbackDetail {
  const status = overrides.status ?? 'received';
  return {
    id,
    trackingCode: code,
    category: { id: 'streets', name: DEMO_CATEGORIES[0]!.name },
    unit: UNIT,
    status,
    visibility: 'pending',
    message,
    address: 'Kauppakatu 1',
    point: { lat: 61.2052, lon: 26.0384 },
    lang: 'fi',
    assignedTo: null,
    hasContact: true,
    createdAt: '2025-05-12T06:41:00.000Z',
    updatedAt: '2025-05-12T06:41:00.000Z',
    firstResponseAt: null,
    closedAt: null,
    version: 1,
    publicMessage: null,
    contact: { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: null, consent: true },
    reply: null,
    history: [{ status: 'received', at: '2025-05-12T06:41:00.000Z', actor: null, reply: null }],
    notes: [],
    photos: [],
    nextStatuses: [...allowedTransitions(status)],
    ...overrides,
  };
}

export interface DemoStaffOptions {
  /** `empty`: nothing in the queue; `offline`: nothing answers; `stale`: every change is refused as stale. */
  readonly mode?: 'normal' | 'empty' | 'offline' | 'stale';
}

export function demoStaffApiFactory(options: DemoStaffOptions = {}): (token: string) => StaffApi {
  const mode = options.mode ?? 'normal';
  const reports = new Map<string, StaffFeedbackDetail>(
    mode === 'empty'
      ? []
      : [
          ['r1', report('r1', 'T1E0-2025-C', 'Kauppakadun ja Savontien risteyksessä on syvä kuoppa keskellä suojatietä.')],
          [
            'r2',
            report('r2', 'HE1N-2025-A', 'Harjun kuntoradan valot eivät syty iltaisin.', {
              status: 'allocated',
              nextStatuses: [...allowedTransitions('allocated')],
              createdAt: '2025-05-13T08:00:00.000Z',
              assignedTo: { id: 'u1', name: ME.name },
              notes: [{ id: 'n1', text: 'Urakoitsijalle soitettu.', createdAt: '2025-05-13T09:00:00.000Z', author: { id: 'u1', name: ME.name } }],
            }),
          ],
        ],
  );
  const refuse = (status: number, code: string): never => {
    throw new ProblemError({ type: PROBLEM_TYPES.validation, status, code }, status);
  };
  const change = (id: string, version: number, apply: (r: StaffFeedbackDetail) => StaffFeedbackDetail): Promise<StaffFeedbackDetail> => {
    const current = reports.get(id)!;
    if (mode === 'stale' || current.version !== version) refuse(412, 'staff.stale');
    const next = { ...apply(current), version: current.version + 1 };
    next.nextStatuses = [...allowedTransitions(next.status)];
    reports.set(id, next);
    return Promise.resolve(structuredClone(next));
  };
  return (token) => {
    const check = async () => {
      if (mode === 'offline') throw new NetworkError('offline');
      if (token !== DEMO_STAFF_TOKEN) refuse(401, 'staff.auth.invalid');
    };
    return {
      me: async () => (await check(), ME),
      listCategories: async () => (await check(), DEMO_CATEGORIES),
      listUsers: async () => (await check(), [ME]),
      listUnits: async () => (await check(), [UNIT]),
      inbox: async () => {
        await check();
        const items = [...reports.values()];
        return { items, total: items.length, next: null };
      },
      get: async (id) => (await check(), structuredClone(reports.get(id)!)),
      assign: (id, version, a) => change(id, version, (r) => ({ ...r, assignedTo: a.assignTo ? { id: ME.id, name: ME.name } : null })),
      changeStatus: (id, version, c) =>
        change(id, version, (r) => {
          if (isClosingStatus(c.status) && !c.reply) refuse(422, 'feedback.handling.reply.required');
          const at = new Date().toISOString();
          return {
            ...r,
            status: c.status,
            history: [...r.history, { status: c.status, at, actor: { id: ME.id, name: ME.name }, reply: c.reply ?? null }],
            reply: c.reply ? { text: c.reply, repliedAt: at } : r.reply,
          };
        }),
      moderate: (id, version, m) =>
        change(id, version, (r) => ({
          ...r,
          visibility: m.visibility ?? r.visibility,
          publicMessage: m.publicMessage !== undefined ? m.publicMessage : m.visibility === 'published' ? (r.publicMessage ?? r.message) : r.publicMessage,
        })),
      addNote: (id, version, n) =>
        change(id, version, (r) => ({
          ...r,
          notes: [...r.notes, { id: String(r.notes.length + 1), text: n.text, createdAt: new Date().toISOString(), author: { id: ME.id, name: ME.name } }],
        })),
      replyTemplates: async () => (await check(), TEMPLATES),
    };
  };
}
