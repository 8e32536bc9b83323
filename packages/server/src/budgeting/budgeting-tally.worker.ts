/**
 * The worker thread that tallies a budgeting round (ADR 0055): results, Pabulib files and the
 * receipt list's digest, off the event loop. An entry of the server build (scripts/build.mjs):
 * dist/bin/budgeting-tally.worker.js.
 */
import { serveWorkerCalls } from '../platform/worker-thread.js';
import { tallyRound } from './budgeting.tally.js';

serveWorkerCalls(tallyRound);
