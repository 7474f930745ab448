import { spawn, type ChildProcess } from 'node:child_process';

/** The newsdesk command in a process of its own, run from the sources as a user would run it. */
export interface CliProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  exited: Promise<number | null>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

/** Reads until `done` holds (by default: until what it reads is truthy), every `everyMs`; fails naming what it waited for and the last value. */
export async function until<T>(what: string, read: () => Promise<T> | T, done: (value: T) => boolean = Boolean, options: { ms?: number; everyMs?: number } = {}): Promise<T> {
  const deadline = Date.now() + (options.ms ?? 20_000);
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, options.everyMs ?? 50));
  }
}

/** Waits until the process has printed `text`; fails early if it exits first, showing what it printed. */
export async function untilPrinted(what: string, cli: CliProcess, text: string | RegExp, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(typeof text === 'string' ? cli.output().includes(text) : text.test(cli.output()))) {
    if (cli.child.exitCode !== null) throw new Error(`${what}: the process exited first:\n${cli.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${cli.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
