import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import type { Database } from '../store/schema.js';
import { claimMail, dueMailIds, markMailFailed, markMailSent, type OutboxRow } from './outbox.js';

/*
 * Delivery guarantees. A message is queued in the outbox in the same database as its cause, under
 * a unique idempotency key: a request retried or a process that crashes before sending never
 * queues it twice. Between handing a message to the SMTP server and marking its row sent, a crash
 * cannot be told apart from a lost reply, so delivery is at least once; every message carries a
 * Message-ID derived from its key, the same on every try, so receivers can drop a duplicate.
 */

/** One message as the transport receives it; the transport adds From. */
export interface MailEnvelope {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** "<…@…>", stable for one idempotency key. */
  messageId: string;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'log';
  /** The From address, as configured. */
  readonly from: string;
  /** Resolves once the message was accepted; rejects with the reason otherwise. */
  send(mail: MailEnvelope): Promise<void>;
  close(): void;
}

/** SMTP when NEWSDESK_SMTP_URL is set; otherwise every message is appended to the mail log file. */
export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'mailLogPath'>): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : logFileTransport(config.mailLogPath, config.mailFrom);
}

export function smtpTransport(url: string, from: string): MailTransport {
  // Short timeouts keep a stuck server well inside the lease a message is claimed for.
  const transporter = nodemailer.createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  return {
    kind: 'smtp',
    from,
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers, messageId: mail.messageId });
    },
    close: () => transporter.close(),
  };
}

/** Without SMTP: appends each message (headers and the text part) to a file, mbox style. */
export function logFileTransport(path: string, from: string): MailTransport {
  let folderReady: Promise<unknown> | null = null;
  return {
    kind: 'log',
    from,
    async send(mail) {
      folderReady ??= mkdir(dirname(path), { recursive: true });
      await folderReady;
      const headers: Array<[string, string]> = [
        ['Message-ID', mail.messageId],
        ['Date', new Date().toUTCString()],
        ['From', from],
        ['To', mail.to],
        ['Subject', mail.subject],
        ...Object.entries(mail.headers),
      ];
      const text = mail.text.replace(/\r\n?/g, '\n').replace(/^(>*From )/gm, '>$1');
      const entry = `From newsdesk ${new Date().toISOString()}\n${headers.map(([k, v]) => `${k}: ${oneLine(v)}`).join('\n')}\n\n${text.endsWith('\n') ? text : `${text}\n`}\n`;
      await appendFile(path, entry, { encoding: 'utf8', mode: 0o600 });
    },
    close() {},
  };
}

function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

/** A Message-ID that is the same for every try of one idempotency key, on the From address's domain. */
export function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'newsdesk.invalid';
  const id = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40);
  return `<${id}.newsdesk@${domain}>`;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
  /** Messages that failed their last allowed try; they stay in the outbox with their error. */
  gaveUp: number;
}

export interface DeliveryOptions {
  /** At most this many messages in one run. */
  limit?: number;
  /** How long a claimed message is held before another worker may take it (longer than one send). */
  leaseMs?: number;
}

/**
 * Sends what is due: each message is claimed right before it is sent (one at a time, so a lease
 * never runs out while earlier messages are still going), then marked sent, or given its error
 * and a later try with exponential backoff.
 */
export async function deliverDueMail(db: Kysely<Database>, transport: MailTransport, now: Date = new Date(), options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, gaveUp: 0 };
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  for (const id of await dueMailIds(db, now, options.limit ?? 100)) {
    const row = await claimMail(db, id, now, leaseMs);
    if (!row) continue;
    try {
      await transport.send(envelopeOf(row, transport.from));
    } catch (error) {
      const outcome = await markMailFailed(db, row, describeError(error), now);
      report.failed++;
      if (outcome.gaveUp) report.gaveUp++;
      continue;
    }
    await markMailSent(db, row, now);
    report.sent++;
  }
  return report;
}

function envelopeOf(row: OutboxRow, from: string): MailEnvelope {
  let extra: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(row.headers);
    if (parsed && typeof parsed === 'object') {
      extra = Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
    }
  } catch {
    // A damaged headers column sends the message without its extra headers.
  }
  return {
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    // Automated mail: no vacation replies back to the desk (RFC 3834).
    headers: { 'Auto-Submitted': 'auto-generated', ...extra },
    messageId: messageIdFor(row.idempotency_key, from),
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { responseCode?: number }).responseCode;
    return code && !error.message.includes(String(code)) ? `${code} ${error.message}` : error.message;
  }
  return String(error);
}

export interface MailSender {
  /** Runs a delivery now (unless one is running) and resolves when it is done. */
  runNow(): Promise<void>;
  /** Stops the timer, waits for a running delivery, and closes the transport. */
  stop(): Promise<void>;
}

/** The in-process mail worker of `newsdesk serve` and `newsdesk worker`. */
export function startMailSender(options: {
  db: Kysely<Database>;
  transport: MailTransport;
  everyMs: number;
  now?: () => Date;
  onRun?: (report: DeliveryReport) => void;
  onError?: (error: unknown) => void;
}): MailSender {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= deliverDueMail(options.db, options.transport, options.now?.() ?? new Date())
      .then((report) => {
        if (report.sent + report.failed > 0) options.onRun?.(report);
      })
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), options.everyMs);
  timer.unref();
  void tick();
  return {
    runNow: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      options.transport.close();
    },
  };
}
