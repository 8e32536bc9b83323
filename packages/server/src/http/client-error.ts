import type { Duplex } from 'node:stream';
import { negotiateLocale, PROBLEM_CONTENT_TYPE } from '@kohtaamo/core';
import { problemBody, t } from './problem.js';

/** What Node reports to 'clientError': the parser's error code and the bytes it had read. */
type ClientError = Error & { readonly code?: string; readonly rawPacket?: Buffer };

/** The part of an http.Server (what @hono/node-server's `serve` returns) this needs. */
interface ServerWithClientErrors {
  on(event: 'clientError', listener: (error: ClientError, socket: Duplex) => void): unknown;
}

const REASON_PHRASE: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Content Too Large',
  431: 'Request Header Fields Too Large',
};

/**
 * Answers the requests Node refuses before the app sees them (headers over `maxHeaderSize`, a
 * request line or header that is not HTTP, a request that took too long) with a problem
 * document, like every other error answer, instead of Node's bare status line. The language
 * comes from the Accept-Language among the bytes read so far, when it is there.
 */
export function answerClientErrors(server: ServerWithClientErrors): void {
  server.on('clientError', (error, socket) => {
    const inProgress = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inProgress?.headersSent) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? 413 : 400;
    const head = error.rawPacket?.toString('latin1') ?? '';
    const locale = negotiateLocale(/\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(head)?.[1]);
    const body = JSON.stringify(
      problemBody(
        status === 431
          ? { status, title: t(locale, 'problem.headersTooLarge.title'), detail: t(locale, 'problem.headersTooLarge.detail') }
          : { status: status as 400 },
      ),
    );
    socket.end(
      `HTTP/1.1 ${status} ${REASON_PHRASE[status]}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Language: ${locale}\r\n` +
        'Cache-Control: no-store\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
