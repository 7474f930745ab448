/** Shared by test/http/commands-*.test.ts: `newsdesk …` run through main() in this process. */
import { format } from 'node:util';
import { main } from '../../src/cli.js';
import type { Config } from '../../src/config.js';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line on the given configuration (the test desk's store), capturing what it prints. */
export async function runCli(config: Config, args: string[]): Promise<CliOutcome> {
  const saved = { log: console.log, error: console.error };
  const stdout: string[] = [];
  const stderr: string[] = [];
  console.log = (...parts: unknown[]) => void stdout.push(format(...parts));
  console.error = (...parts: unknown[]) => void stderr.push(format(...parts));
  try {
    const code = await main(args, config);
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  } finally {
    Object.assign(console, saved);
  }
}
