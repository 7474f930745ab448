import { assetPath } from './assets.js';
import { validateHeaderName, validateHeaderValue } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Settings } from '../store/settings.js';
import { escapeHtml } from '../text/html.js';
import { ErrorPage } from './pages/error.js';
import { sendPage } from './render.js';

/*
 * Every error a person can reach is a page in the desk's layout, in plain words; a client
 * that asks for JSON gets the same words as JSON. The internal message never leaves the
 * process: it may hold input, paths or SQL.
 */

export interface ErrorWords {
  title: string;
  message: string;
}

export function describeError(status: number): ErrorWords {
  switch (status) {
    case 400:
      return { title: 'Bad request', message: 'The desk could not understand this request. Check the address, or go back and try again.' };
    case 403:
      return { title: 'Not allowed', message: 'This request was refused. Reload the page and try again.' };
    case 404:
      return { title: 'Page not found', message: 'There is nothing at this address.' };
    case 405:
      return { title: 'Not allowed here', message: 'This address does not take that kind of request.' };
    case 408:
      return { title: 'Too slow', message: 'The request took too long to arrive, so the desk stopped waiting. Please send it again.' };
    case 413:
      return { title: 'Too much to send', message: 'What you sent is larger than the desk accepts (1 MiB). A comment may be up to 65,525 characters. Go back, shorten it, and send it again.' };
    case 414:
      return { title: 'Address too long', message: 'This address is longer than the desk accepts.' };
    case 415:
      return { title: 'Unsupported form', message: 'The desk could not read what was sent. Please use the form on the page.' };
    case 429:
      return { title: 'Too many requests', message: 'Too many requests came from your address. Please wait a minute and try again.' };
    case 431:
      return { title: 'Headers too large', message: 'The request carried more headers (often cookies) than the desk accepts. Clearing this site’s cookies usually helps.' };
    case 503:
      return { title: 'Unavailable', message: 'The desk is unavailable right now. Please try again shortly.' };
    default:
      if (status >= 400 && status < 500) return describeError(400);
      return { title: 'Something went wrong', message: 'The desk hit an unexpected error and did not complete this request. Please go back and try again.' };
  }
}

/** The status an error stands for: its own when it is a client error or 503, else 500. */
export function statusOf(error: unknown): number {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Whether the client asked for JSON rather than a page (an Accept header naming JSON before HTML, or JSON alone). */
export function wantsJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.toLowerCase().split(',').map((part) => part.split(';')[0]!.trim());
  const json = types.findIndex((type) => type === 'application/json' || type.endsWith('+json'));
  if (json === -1) return false;
  const html = types.findIndex((type) => type === 'text/html' || type === 'application/xhtml+xml' || type === '*/*' || type === 'text/*');
  return html === -1 || json < html;
}

/**
 * Removes response headers Node would refuse to write (a value with a newline or a character
 * outside Latin-1), so the error page itself can be sent; an error raised while writing them
 * would otherwise fall through to the framework's own JSON answer.
 */
export function dropUnwritableHeaders(reply: FastifyReply): void {
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    try {
      validateHeaderName(name);
      for (const one of Array.isArray(value) ? value : [value]) validateHeaderValue(name, String(one));
    } catch {
      reply.removeHeader(name);
    }
  }
}

/** Sends the error as a page in the layout, as JSON to a JSON client, or as a bare page when the settings cannot be read. */
export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, settings: Settings | null, words: ErrorWords = describeError(status)): FastifyReply {
  dropUnwritableHeaders(reply);
  reply.header('cache-control', 'no-store');
  if (wantsJson(request.headers.accept)) {
    return reply.code(status).type('application/json; charset=utf-8').send({ statusCode: status, error: words.title, message: words.message });
  }
  if (!settings) return reply.code(status).type('text/html; charset=utf-8').send(bareErrorPage(status, words));
  return sendPage(reply, ErrorPage({ settings, title: words.title, message: words.message }), status);
}

/** A page that needs nothing from the store: for when the store is what failed, and for malformed HTTP. */
export function bareErrorPage(status: number, words: ErrorWords = describeError(status)): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(words.title)}</title><link rel="stylesheet" href="${assetPath('style.css')}"></head>` +
    `<body><main id="main" class="wrap"><h1 class="page-title">${escapeHtml(words.title)}</h1><p>${escapeHtml(words.message)}</p>` +
    `<p><a href="/">Go to the latest articles</a></p></main></body></html>`
  );
}

const clientErrorStatus: Record<string, number> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
};

/**
 * Answers a request Node could not parse (no route ever sees it): a bare page with the
 * status, then the connection is closed, as Node does by default.
 */
export function answerMalformedRequest(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const status = clientErrorStatus[error.code ?? ''] ?? 400;
    const body = bareErrorPage(status);
    socket.write(
      `HTTP/1.1 ${status} ${describeError(status).title}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
