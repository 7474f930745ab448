// `npm start` builds only when a source file is newer than the last build (dist/.tsbuildinfo):
// npm install has already built (prepare), and a build that finds nothing to do still costs
// seconds of a 3 s start. Any change under src/ (or the build's own config) builds again.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let built = 0;
try {
  built = statSync('dist/.tsbuildinfo').mtimeMs;
} catch {
  // Never built.
}
const sources = Math.max(newestIn('src'), statSync('tsconfig.json').mtimeMs, statSync('package.json').mtimeMs);
if (sources > built) {
  const result = spawnSync(process.execPath, ['node_modules/typescript7/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
