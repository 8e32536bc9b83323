/**
 * The worker thread that computes a survey round's results (ADR 0034): weighting 100,000
 * responses takes seconds of CPU, which on the event loop would stop every other request.
 * The main thread reads the rows (answers as their stored JSON text) and posts them here; this
 * thread parses them, weights, aggregates, values the indicators, and posts back the JSON.
 * An entry of the server build (scripts/build.mjs): dist/bin/surveys-results.worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { computeRoundResults, type ResultsRequest } from './surveys.results.compute.js';

parentPort!.on('message', (request: ResultsRequest & { id: number }) => {
  try {
    parentPort!.postMessage({ id: request.id, ...computeRoundResults(request) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
