/**
 * The worker thread that computes the public booking figures' utilisation (issue 13), off the
 * event loop: see booking.figures.ts. An entry of the server build (scripts/build.mjs):
 * dist/bin/booking-figures.worker.js.
 */
import { serveWorkerCalls } from '../platform/worker-thread.js';
import { utilisationOf } from './booking.figures.js';

serveWorkerCalls(utilisationOf);
