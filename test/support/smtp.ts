import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it, with its MIME parts decoded. */
export interface CapturedMail {
  envelopeFrom: string;
  recipients: string[];
  raw: string;
  /** Lowercased names; folded lines joined, encoded words decoded. */
  headers: Map<string, string>;
  header(name: string): string | undefined;
  text: string;
  html: string;
}

export interface TestSmtp {
  /** smtp://127.0.0.1:PORT */
  url: string;
  messages: CapturedMail[];
  /** Refuse this many of the next messages with a temporary 451. */
  rejectNext: number;
  /** Refuse every message (451) while true. */
  rejectAll: boolean;
  /** Messages to one recipient, in order. */
  to(address: string): CapturedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 and a free port: no TLS, no authentication, keeps every message. */
export async function startSmtpServer(): Promise<TestSmtp> {
  const state: TestSmtp = {
    url: '',
    messages: [],
    rejectNext: 0,
    rejectAll: false,
    to: (address) => state.messages.filter((m) => m.recipients.includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.rejectAll || state.rejectNext > 0) {
          if (state.rejectNext > 0) state.rejectNext--;
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        state.messages.push(parseMail(raw, session.envelope.mailFrom ? session.envelope.mailFrom.address : '', session.envelope.rcptTo.map((r) => r.address.toLowerCase())));
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}

export function parseMail(raw: string, envelopeFrom = '', recipients: string[] = []): CapturedMail {
  const { headers, body } = splitHeaders(raw);
  let text = '';
  let html = '';
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const part of parts) {
    // The line break before each boundary belongs to the boundary.
    const { headers: partHeaders, body: partBody } = splitHeaders(part.replace(/^\r?\n/, '').replace(/\r?\n$/, ''));
    const decoded = decodeBody(partBody, partHeaders.get('content-transfer-encoding') ?? '7bit');
    const partType = partHeaders.get('content-type') ?? 'text/plain';
    if (partType.startsWith('text/html')) html = decoded;
    else if (partType.startsWith('text/plain')) text = decoded;
  }
  return { envelopeFrom, recipients, raw, headers, header: (name) => headers.get(name.toLowerCase()), text, html };
}

function splitHeaders(source: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(source);
  const head = match ? source.slice(0, match.index) : source;
  const body = match ? source.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body };
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return qpBytes(body.replace(/=\r?\n/g, '')).toString('utf8').replace(/\r\n/g, '\n');
    default:
      return body.replace(/\r\n/g, '\n');
  }
}

function qpBytes(text: string): Buffer {
  return Buffer.from(text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}

/** RFC 2047 encoded words, with adjacent words joined before decoding (a character may span two). */
function decodeWords(value: string): string {
  const joined = value.replace(/\?=\s+=\?/g, '?==?');
  return joined.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) => {
    const bytes: Buffer[] = [];
    for (const [, , kind, data] of run.matchAll(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g)) {
      bytes.push(kind!.toUpperCase() === 'B' ? Buffer.from(data!, 'base64') : qpBytes(data!.replace(/_/g, ' ')));
    }
    return Buffer.concat(bytes).toString('utf8');
  });
}

/** The first link in a text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}[^\\s<>"]*`).exec(text);
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${text}`);
  return match[0];
}
