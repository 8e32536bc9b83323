/**
 * The space booking module (issue 12): the register of units and a tree of spaces, bookable
 * resources with their rules, bookings with a manage code (stored hashed), handling by staff
 * through grants, blocks, bookings on behalf, recurring series, busy feeds, open data and the
 * figures of shared living rooms. No two live bookings overlap on a leaf space (ADR 0029).
 * Registered in src/modules.ts.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { DomainModule, ModuleContext } from '../platform/module.js';
import { anonymiseBookingsBefore, createBookingRepository } from './booking.repository.js';
import { bookingServerMessages } from './booking.messages.js';
import { bookingPolicies, bookingRoutes, type BookingRouteDeps } from './booking.routes.js';
import { seedBookingAtScale } from './booking.scale-seed.js';
import { seedBookingDemo } from './booking.seed.js';
import './booking.tables.js';
import { bookingMigrations } from './migrations/index.js';
import { bookingOpenApi } from './openapi/booking.openapi.js';

export interface BookingModuleOptions {
  readonly clock?: () => Date;
  /** Computes the public figures' utilisation; the figures worker thread by default (tests count its runs). */
  readonly utilisation?: BookingRouteDeps['utilisation'];
}

export const BOOKING_SCOPE = 'booking';
/** Reading, cancelling and moving a booking with its manage code. */
export const BOOKING_MANAGE_SCOPE = 'booking-manage';

function repositoryFor(ctx: ModuleContext, clock: () => Date) {
  return createBookingRepository({
    db: ctx.db,
    kind: ctx.kind,
    clock,
    secret: ctx.platform.serverSecret ?? 'kohtaamo-booking-person-key',
    publicUrl: ctx.platform.publicUrl,
    cityName: ctx.platform.city.name,
    ...(ctx.reader ? { reader: ctx.reader } : {}),
  });
}

export function createBookingModule(options: BookingModuleOptions = {}): DomainModule {
  return {
    name: 'booking',
    mountPaths: ['/api/v1/booking', '/api/v1/staff/booking'],
    migrations: bookingMigrations,
    messages: bookingServerMessages,
    openApi: bookingOpenApi,
    rateLimits: [
      { scope: BOOKING_SCOPE, defaultLimit: '30/10m', description: 'Bookings and series per client.' },
      { scope: BOOKING_MANAGE_SCOPE, defaultLimit: '60/10m', description: 'Manage-code requests (read, cancel, move a booking) per client: guessing codes costs requests.' },
    ],

    routes(ctx: ModuleContext): Hono<AppEnv> {
      const clock = options.clock ?? ctx.clock;
      const limit = ctx.rateLimit(BOOKING_SCOPE);
      // A wrong code (404) keeps its hit: guesses are what this limit counts.
      const manage = ctx.rateLimit(BOOKING_MANAGE_SCOPE, { refundClientErrors: false });
      return bookingRoutes({
        db: ctx.db,
        repository: repositoryFor(ctx, clock),
        clock,
        bookLimit: (c, next) => limit(c, next),
        manageLimit: (c, next) => manage(c, next),
        ...(options.utilisation ? { utilisation: options.utilisation } : {}),
      });
    },

    policies: (ctx) => bookingPolicies(ctx.db),

    grantRoles: {
      roles: { handler: 'handles the bookings of a unit: approves and denies requests, blocks times, books on behalf, keeps the register' },
      scopeDescription: 'a unit id ("library"; "*" for every unit)',
      wholeDomain: true,
      async scopes(db) {
        return (await db.selectFrom('booking_units').select('id').orderBy('id').execute()).map((r) => r.id);
      },
    },

    retention: {
      defaultDays: 90,
      description:
        'Names, contact details, purposes and manage codes of bookings that ended this many days ago are removed; ' +
        'the times, spaces and statuses stay for the utilisation figures (open data).',
      run: (db, { cutoff, now }) => anonymiseBookingsBefore(db, cutoff, now),
    },

    async seedDemo(ctx) {
      await seedBookingDemo(ctx.db, repositoryFor(ctx, ctx.clock), ctx.platform.city, ctx.clock());
    },

    async seedScale(db, scale) {
      const written = await seedBookingAtScale(db, scale);
      return `${written.bookings} bookings in ${written.units} units, never two on a leaf space at once`;
    },

    figures: [
      { id: 'booking.openAccessM2', label: 'booking.figures.openAccessM2', unit: 'count', source: '/api/v1/booking/figures' },
      { id: 'booking.meetingPlaces', label: 'booking.figures.meetingPlaces', unit: 'count', source: '/api/v1/booking/figures' },
    ],
  };
}
