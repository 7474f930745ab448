import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The node options `npm start` gives the desk (package.json's start script), so the benches measure what it runs. */
export function startOptions(): string[] {
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  const options = start.match(/node ((?:--[\w-]+(?:=\S+)? )*)dist\/cli\.js serve/);
  if (!options) throw new Error(`package.json's start script does not run dist/cli.js serve: ${start}`);
  return options[1]!.split(' ').filter(Boolean);
}

/** The built desk as `npm start` serves it, in a process of its own, without a worker (benches measure pages). */
export function startServer(dbPath: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under the bench's load (after npm start's own options).
  const nodeArgs = [...startOptions(), ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, 'dist/cli.js', 'serve', '--no-worker'], {
    env: { ...process.env, NEWSDESK_DB: dbPath, PORT: String(port), LOG_LEVEL: 'warn', NEWSDESK_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving on')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited early with code ${code}`)));
  });
}
