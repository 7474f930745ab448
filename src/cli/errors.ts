/*
 * How a failed command reads on the terminal: one line naming the cause, never a stack trace
 * (LOG_LEVEL=debug adds it). Errors raised for people (a feed that cannot be found, a refused
 * address, a bad setting) already say what went wrong; system errors are put in words here.
 */

/** A failure whose message is already written for the operator: printed as is, exit code 1. */
export class CommandFailure extends Error {}

/** Errors that mean a bug rather than a situation: their message alone rarely helps. */
const programmingErrors = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];

const LINE_MAX = 1000;

/** The one line that says why a command failed (without the "newsdesk: " prefix). */
export function failureLine(error: unknown): string {
  if (!(error instanceof Error)) return oneLine(`unexpected failure: ${String(error)}`);
  const system = systemErrorLine(error as NodeJS.ErrnoException);
  if (system) return oneLine(system);
  if (programmingErrors.some((kind) => error.constructor === kind)) {
    return oneLine(`unexpected error: ${error.message} (LOG_LEVEL=debug shows where)`);
  }
  return oneLine(error.message || error.name);
}

/** node:util parseArgs' complaints (unknown option, missing value…) are usage errors. */
export function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** Whitespace and control characters folded to single spaces, and a bound on the length. */
export function oneLine(text: string): string {
  const line = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > LINE_MAX ? `${line.slice(0, LINE_MAX - 1)}…` : line;
}

export function wantsStackTraces(logLevel: string | undefined): boolean {
  return logLevel === 'debug' || logLevel === 'trace';
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  EEXIST: 'it already exists',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  EADDRINUSE: 'the address is already in use',
  EADDRNOTAVAIL: 'the address is not on this machine',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was cut off',
  ETIMEDOUT: 'it timed out',
  ENOTFOUND: 'DNS lookup failed',
  EAI_AGAIN: 'DNS lookup failed',
};

const verbs: Record<string, string> = {
  open: 'open',
  read: 'read',
  write: 'write',
  mkdir: 'create the folder',
  scandir: 'list the folder',
  stat: 'find',
  lstat: 'find',
  unlink: 'remove',
  rename: 'rename',
  listen: 'listen on',
  bind: 'listen on',
  connect: 'connect to',
  getaddrinfo: 'look up',
};

/** "cannot open feeds.opml: no such file or folder (ENOENT)"; null for errors without an errno code. */
function systemErrorLine(error: NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string }): string | null {
  const { code, syscall } = error;
  if (typeof code !== 'string' || !/^E[A-Z_]{2,20}$/.test(code) || typeof syscall !== 'string') return null;
  const address = error.address === undefined ? undefined : error.port === undefined ? error.address : `${error.address}:${error.port}`;
  const target = error.path ?? address ?? error.hostname;
  const action = `${verbs[syscall] ?? syscall}${target === undefined ? '' : ` ${target}`}`;
  return `cannot ${action}: ${reasons[code] ?? error.message} (${code})`;
}
