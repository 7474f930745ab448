import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogFormat } from './config.js';

/*
 * One logger per process, the same shape in the web server and the worker: JSON lines for log
 * collectors, or one readable line per entry when a person watches a terminal.
 */

export interface LoggerOptions {
  level: string;
  format: LogFormat;
  /** Which process wrote the line: "web" or "worker". */
  name: string;
  /** Where the lines go; standard output unless a test captures them. */
  destination?: NodeJS.WritableStream;
  /** Whether that destination is a terminal (decides "auto"). */
  isTerminal?: boolean;
}

export function resolveLogFormat(format: LogFormat, isTerminal: boolean): 'pretty' | 'json' {
  if (format !== 'auto') return format;
  return isTerminal ? 'pretty' : 'json';
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stdout;
  const isTerminal = options.isTerminal ?? Boolean((destination as { isTTY?: boolean }).isTTY);
  const base = { level: options.level, name: options.name };
  if (resolveLogFormat(options.format, isTerminal) === 'json') return options.destination ? pino(base, options.destination) : pino(base);
  return pino(
    base,
    pretty({
      destination,
      colorize: isTerminal,
      sync: true,
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss',
      // The request's id and the raw request/response objects are for machines; the message already says it.
      ignore: 'pid,hostname,reqId,req,res,responseTime',
    }),
  );
}
