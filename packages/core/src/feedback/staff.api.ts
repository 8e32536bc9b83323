import type { HttpClient } from '../http/http.js';
import { FEEDBACK_PATHS } from './feedback.paths.js';
import { FeedbackCategoryListSchema, type FeedbackCategory } from './feedback.schema.js';
import { versionETag } from './handling.logic.js';
import { STAFF_IDENTITY_PATHS, StaffUserListSchema, StaffUserSchema, type StaffUser } from '../staff/staff.schema.js';
import {
  ReplyTemplateListSchema,
  StaffFeedbackDetailSchema,
  StaffFeedbackListSchema,
  UnitListSchema,
  type Assignment,
  type ModerationInput,
  type NoteInput,
  type ReplyTemplate,
  type StaffFeedbackDetail,
  type StaffFeedbackList,
  type StaffInboxQueryInput,
  type StatusChangeInput,
  type Unit,
} from './handling.schema.js';

/** The paths of the staff API, shared by the client and the server's routes. */
export const STAFF_PATHS = {
  ...STAFF_IDENTITY_PATHS,
  units: '/api/v1/staff/units',
  inbox: '/api/v1/staff/feedback',
  report: (id: string) => `/api/v1/staff/feedback/${encodeURIComponent(id)}`,
  assignment: (id: string) => `/api/v1/staff/feedback/${encodeURIComponent(id)}/assignment`,
  status: (id: string) => `/api/v1/staff/feedback/${encodeURIComponent(id)}/status`,
  moderation: (id: string) => `/api/v1/staff/feedback/${encodeURIComponent(id)}/moderation`,
  notes: (id: string) => `/api/v1/staff/feedback/${encodeURIComponent(id)}/notes`,
  /** A report's photo for staff, published or not, hidden or not (bearer token, never cached). */
  photo: (id: string, photoId: string) =>
    `/api/v1/staff/feedback/${encodeURIComponent(id)}/photos/${encodeURIComponent(photoId)}`,
  replyTemplates: '/api/v1/staff/reply-templates',
} as const;

/**
 * The staff API. Every change names the version it was made on (`If-Match`); a change made
 * on an old version fails with a 412 problem (ProblemError, status 412) instead of silently
 * overwriting another handler's work: reload, then try again.
 */
export interface StaffApi {
  me(signal?: AbortSignal): Promise<StaffUser>;
  /** The feedback categories (the public list), for the inbox's filter. */
  listCategories(signal?: AbortSignal): Promise<FeedbackCategory[]>;
  listUsers(signal?: AbortSignal): Promise<StaffUser[]>;
  listUnits(signal?: AbortSignal): Promise<Unit[]>;
  inbox(query?: StaffInboxQueryInput, signal?: AbortSignal): Promise<StaffFeedbackList>;
  get(id: string, signal?: AbortSignal): Promise<StaffFeedbackDetail>;
  assign(id: string, version: number, assignment: Assignment): Promise<StaffFeedbackDetail>;
  changeStatus(id: string, version: number, change: StatusChangeInput): Promise<StaffFeedbackDetail>;
  moderate(id: string, version: number, moderation: ModerationInput): Promise<StaffFeedbackDetail>;
  addNote(id: string, version: number, note: NoteInput): Promise<StaffFeedbackDetail>;
  replyTemplates(category?: string, signal?: AbortSignal): Promise<ReplyTemplate[]>;
}

/**
 * A staff API client. The credentials are the client's (`createApiClient({ credentials })`,
 * sent to the API origin only); a `token` given here is sent as `Authorization` with every call
 * instead (scripts and tests).
 */
export function createStaffApi(http: HttpClient, token?: string): StaffApi {
  const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const get = (signal?: AbortSignal) => ({ headers: auth, ...(signal ? { signal } : {}) });
  const change = (path: string, version: number, json: unknown) =>
    http.request(path, StaffFeedbackDetailSchema, {
      method: 'POST',
      json,
      headers: { ...auth, 'If-Match': versionETag(version) },
    });
  return {
    me: (signal) => http.request(STAFF_PATHS.me, StaffUserSchema, get(signal)),
    async listCategories(signal) {
      return (await http.request(FEEDBACK_PATHS.categories, FeedbackCategoryListSchema, signal ? { signal } : {})).items;
    },
    async listUsers(signal) {
      return (await http.request(STAFF_PATHS.users, StaffUserListSchema, get(signal))).items;
    },
    async listUnits(signal) {
      return (await http.request(STAFF_PATHS.units, UnitListSchema, get(signal))).items;
    },
    inbox(query = {}, signal) {
      const searchParams = Object.fromEntries(
        Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
      );
      return http.request(STAFF_PATHS.inbox, StaffFeedbackListSchema, { ...get(signal), searchParams });
    },
    get: (id, signal) => http.request(STAFF_PATHS.report(id), StaffFeedbackDetailSchema, get(signal)),
    assign: (id, version, assignment) => change(STAFF_PATHS.assignment(id), version, assignment),
    changeStatus: (id, version, statusChange) => change(STAFF_PATHS.status(id), version, statusChange),
    moderate: (id, version, moderation) => change(STAFF_PATHS.moderation(id), version, moderation),
    addNote: (id, version, note) => change(STAFF_PATHS.notes(id), version, note),
    async replyTemplates(category, signal) {
      const list = await http.request(STAFF_PATHS.replyTemplates, ReplyTemplateListSchema, {
        ...get(signal),
        ...(category ? { searchParams: { category } } : {}),
      });
      return list.items;
    },
  };
}
