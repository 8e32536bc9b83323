// A bare Node `http` server answering the same bytes as Kohtaamo for the same paths: the
// baseline of bench/server-speed.mjs. Reads { routes: { "<METHOD> <path>": { status, headers, body(base64) } } }
// as JSON on stdin, prints "listening <port>" once it listens.
import http from 'node:http';

let input = '';
process.stdin.setEncoding('utf8').on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const routes = new Map(
    Object.entries(JSON.parse(input).routes).map(([key, r]) => [key, { status: r.status, headers: r.headers, body: Buffer.from(r.body, 'base64') }]),
  );
  const server = http.createServer((req, res) => {
    const route = routes.get(`${req.method} ${req.url}`);
    // Read the request's body like a server must (a POST), then answer.
    req.on('data', () => {});
    req.on('end', () => {
      if (!route) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(route.status, { ...route.headers, 'content-length': route.body.length });
      res.end(route.body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
});
