import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { answerClientErrors } from '../http/client-error.js';
import { createApp, type AppOptions } from '../app.js';
import type { Logger } from '../http/health.routes.js';
import { defaultModules } from '../modules.js';

export interface TestServer {
  /** Base URL with a trailing slash: http://127.0.0.1:PORT/ */
  readonly url: string;
  /** Absolute URL of a path ("/healthz"). */
  at(path: string): string;
  close(): Promise<void>;
  /** The app it serves (to enumerate its route policies). */
  readonly app: ReturnType<typeof createApp>;
}

/**
 * Starts the real app over real HTTP on a free port of the loopback interface, with the
 * registry's modules unless `options.modules` says otherwise.
 */
export async function startTestServer(options: AppOptions): Promise<TestServer> {
  const app = createApp({ modules: defaultModules(), ...options });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    app,
    at: (path) => new URL(path.replace(/^\//, ''), url).toString(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/** A logger that keeps what it is given, so tests stay quiet and can check what was logged. */
export function recordingLogger(): Logger & { readonly entries: { message: string; error: unknown }[] } {
  const entries: { message: string; error: unknown }[] = [];
  return {
    entries,
    error(message, error) {
      entries.push({ message, error });
    },
  };
}

/** A valid submission body with every field, to change one thing at a time. */
export function validSubmission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category: 'streets',
    message: 'Katuvalo ei toimi Kauppakadun päässä.',
    location: { address: 'Kauppakatu 1' },
    contact: { name: 'Testi Asukas', email: 'testi.asukas@example.fi', phone: '040 765 4321', consent: true },
    lang: 'fi',
    ...overrides,
  };
}

/** POSTs JSON with optional extra headers. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
