// A small HTTP load generator for loopback: `connections` keep-alive connections, each sending
// its next request as soon as the previous answer is read, for `durationMs`. Counts answers by
// status. Node's own http client, so the same cost is paid against every server measured.
import http from 'node:http';

/**
 * @param {{ url: string, method?: string, headers?: Record<string,string>, body?: (i: number) => string | Buffer,
 *           connections?: number, durationMs?: number, warmupMs?: number }} options
 */
export async function load(options) {
  const url = new URL(options.url);
  const connections = options.connections ?? 32;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const method = options.method ?? 'GET';
  let counting = false;
  let stop = false;
  let sent = 0;
  const statuses = {};
  let done = 0;
  const one = (i) =>
    new Promise((resolve, reject) => {
      const body = options.body?.(i);
      const req = http.request(
        { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers: { ...(options.headers ?? {}), ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) } },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => {
            if (counting) {
              done++;
              statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
            }
            resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const worker = async () => {
    while (!stop) await one(sent++);
  };
  const workers = Array.from({ length: connections }, worker);
  await new Promise((r) => setTimeout(r, options.warmupMs ?? 500));
  counting = true;
  const start = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, options.durationMs ?? 3000));
  counting = false;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const counted = done;
  stop = true;
  await Promise.all(workers);
  agent.destroy();
  return { requestsPerSecond: counted / seconds, statuses };
}
