import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { HostGate, SharedHostGate } from '../../src/ingest/fetch/host-gate.js';
import { HostBusyError } from '../../src/ingest/types.js';
import { openStore, type Store } from '../../src/store/database.js';
import { hostLeaseHolder, takeHostLease } from '../../src/store/fetch-hosts.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { scratchStore, type ScratchStore } from '../support/desk.js';
import { until as untilEvery } from '../support/processes.js';

/** Leases here last 90 ms: look often, so the test sees a state soon after it holds. */
const until = (what: string, check: () => boolean | Promise<boolean>) => untilEvery(what, check, Boolean, { everyMs: 5 });

/** A task that runs until the test finishes it, recording when it started. */
class FakeTasks {
  readonly started: string[] = [];
  private readonly finishers = new Map<string, (value: string) => void>();
  private readonly failers = new Map<string, (error: Error) => void>();

  task(name: string): () => Promise<string> {
    return () => {
      this.started.push(name);
      return new Promise<string>((resolve, reject) => {
        this.finishers.set(name, resolve);
        this.failers.set(name, reject);
      });
    };
  }

  finish(name: string): void {
    const finish = this.finishers.get(name);
    assert.ok(finish, `${name} is not running`);
    finish(`${name} done`);
  }

  fail(name: string): void {
    this.failers.get(name)!(new Error(`${name} failed`));
  }
}

/** Lets settled promises run their callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

test('one task per host at a time; the next for that host starts when it finishes', async () => {
  const gate = new HostGate({ maxConcurrent: 4 });
  const tasks = new FakeTasks();
  const a1 = gate.run('a.example', tasks.task('a1'));
  const a2 = gate.run('a.example', tasks.task('a2'));
  const b1 = gate.run('b.example', tasks.task('b1'));
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'b1']);
  assert.equal(gate.active, 2);
  assert.equal(gate.waiting, 1);

  tasks.finish('a1');
  assert.equal(await a1, 'a1 done');
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'b1', 'a2']);
  tasks.finish('a2');
  tasks.finish('b1');
  assert.deepEqual(await Promise.all([a2, b1]), ['a2 done', 'b1 done']);
  assert.equal(gate.active, 0);
  assert.equal(gate.waiting, 0);
});

test('at most maxConcurrent overall, started in arrival order', async () => {
  const gate = new HostGate({ maxConcurrent: 2 });
  const tasks = new FakeTasks();
  const runs = ['a', 'b', 'c', 'd'].map((h) => gate.run(`${h}.example`, tasks.task(h)));
  await settle();
  assert.deepEqual(tasks.started, ['a', 'b']);
  assert.equal(gate.waiting, 2);
  tasks.finish('b');
  await settle();
  assert.deepEqual(tasks.started, ['a', 'b', 'c']);
  tasks.finish('a');
  await settle();
  assert.deepEqual(tasks.started, ['a', 'b', 'c', 'd']);
  tasks.finish('c');
  tasks.finish('d');
  assert.deepEqual(await Promise.all(runs), ['a done', 'b done', 'c done', 'd done']);
});

test('a waiter for a busy host does not hold back later waiters for free hosts', async () => {
  const gate = new HostGate({ maxConcurrent: 2 });
  const tasks = new FakeTasks();
  void gate.run('a.example', tasks.task('a1'));
  void gate.run('b.example', tasks.task('b1'));
  void gate.run('a.example', tasks.task('a2'));
  void gate.run('c.example', tasks.task('c1'));
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'b1']);
  tasks.finish('b1'); // a slot frees; a2 still waits on a1, so c1 goes first
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'b1', 'c1']);
  tasks.finish('a1');
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'b1', 'c1', 'a2']);
  tasks.finish('a2');
  tasks.finish('c1');
  await settle();
  assert.equal(gate.active, 0);
});

test('tasks for one host run first come, first served', async () => {
  const gate = new HostGate({ maxConcurrent: 3 });
  const tasks = new FakeTasks();
  for (const n of [1, 2, 3, 4]) void gate.run('a.example', tasks.task(`a${n}`));
  for (const n of [1, 2, 3, 4]) {
    await settle();
    assert.equal(tasks.started.at(-1), `a${n}`);
    assert.equal(gate.active, 1);
    tasks.finish(`a${n}`);
  }
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'a2', 'a3', 'a4']);
});

test('hosts compare case-insensitively', async () => {
  const gate = new HostGate({ maxConcurrent: 4 });
  const tasks = new FakeTasks();
  void gate.run('News.Example', tasks.task('x'));
  void gate.run('news.example', tasks.task('y'));
  await settle();
  assert.deepEqual(tasks.started, ['x']);
  tasks.finish('x');
  await settle();
  assert.deepEqual(tasks.started, ['x', 'y']);
  tasks.finish('y');
});

test('perHost above 1 lets that many run for one host', async () => {
  const gate = new HostGate({ maxConcurrent: 5, perHost: 2 });
  const tasks = new FakeTasks();
  for (const n of [1, 2, 3]) void gate.run('a.example', tasks.task(`a${n}`));
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'a2']);
  tasks.finish('a2');
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'a2', 'a3']);
  tasks.finish('a1');
  tasks.finish('a3');
});

test('a failing task rejects its own run and frees its slot', async () => {
  const gate = new HostGate({ maxConcurrent: 1 });
  const tasks = new FakeTasks();
  const first = gate.run('a.example', tasks.task('a1'));
  const second = gate.run('b.example', tasks.task('b1'));
  await settle();
  tasks.fail('a1');
  await assert.rejects(first, { message: 'a1 failed' });
  await settle();
  assert.deepEqual(tasks.started, ['a1', 'b1']);
  tasks.finish('b1');
  assert.equal(await second, 'b1 done');
});

test('a task that throws synchronously rejects and frees its slot', async () => {
  const gate = new HostGate({ maxConcurrent: 1 });
  await assert.rejects(
    gate.run('a.example', () => {
      throw new Error('sync boom');
    }),
    { message: 'sync boom' },
  );
  assert.equal(gate.active, 0);
  assert.equal(await gate.run('a.example', async () => 42), 42);
});

test('run works detached from the gate, as a throttle function', async () => {
  const gate = new HostGate();
  const throttle: <T>(host: string, task: () => Promise<T>) => Promise<T> = gate.run;
  assert.equal(await throttle('a.example', async () => 'ok'), 'ok');
});

test('with a real slow task, never more than one per host and two overall', async () => {
  const gate = new HostGate({ maxConcurrent: 2 });
  let overall = 0;
  let peakOverall = 0;
  const perHost = new Map<string, number>();
  let peakPerHost = 0;
  const slow = (host: string) => async () => {
    overall += 1;
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
    peakOverall = Math.max(peakOverall, overall);
    peakPerHost = Math.max(peakPerHost, perHost.get(host)!);
    await new Promise((resolve) => setTimeout(resolve, 15));
    overall -= 1;
    perHost.set(host, perHost.get(host)! - 1);
    return host;
  };
  const hosts = ['a', 'a', 'b', 'a', 'c', 'b', 'c', 'a'];
  const results = await Promise.all(hosts.map((h) => gate.run(h, slow(h))));
  assert.deepEqual(results, hosts);
  assert.equal(peakOverall, 2);
  assert.equal(peakPerHost, 1);
});

test('a new overall limit applies to the next start: raised, waiters start at once; lowered, running tasks finish', async () => {
  const gate = new HostGate({ maxConcurrent: 1 });
  const tasks = new FakeTasks();
  const runs = ['a', 'b', 'c', 'd'].map((h) => gate.run(`${h}.example`, tasks.task(h)));
  await settle();
  assert.deepEqual(tasks.started, ['a']);
  gate.setMaxConcurrent(3);
  await settle();
  assert.deepEqual(tasks.started, ['a', 'b', 'c']);
  gate.setMaxConcurrent(1);
  tasks.finish('a');
  tasks.finish('b');
  await settle();
  assert.deepEqual(tasks.started, ['a', 'b', 'c'], 'still one running (c): d waits under the lowered limit');
  tasks.finish('c');
  await settle();
  assert.deepEqual(tasks.started, ['a', 'b', 'c', 'd']);
  tasks.finish('d');
  assert.deepEqual(await Promise.all(runs), ['a done', 'b done', 'c done', 'd done']);
  assert.throws(() => gate.setMaxConcurrent(0), RangeError);
});

test('limits below 1 are refused', () => {
  assert.throws(() => new HostGate({ maxConcurrent: 0 }), RangeError);
  assert.throws(() => new HostGate({ perHost: 1.5 }), RangeError);
});

describe('SharedHostGate: one task per host over every worker on the store', () => {
  let dir: string;
  let scratch: ScratchStore;
  // Two connections to one store, as two worker processes have.
  let first: Store;
  let second: Store;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-host-gate-'));
    scratch = await scratchStore(dir);
    first = openStore(scratch);
    await migrateToLatest(first);
    second = openStore(scratch);
  });
  after(async () => {
    await first.close();
    await second.close();
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await first.db.deleteFrom('host_leases').execute();
  });

  const waiterOf = async (host: string) => (await first.db.selectFrom('host_leases').select('waiter').where('host', '=', host).executeTakeFirst())?.waiter ?? null;

  test("a second worker's task for the same host waits until the first one's ends; another host goes at once", async () => {
    const workerA = new SharedHostGate(first.db, { owner: 'worker-a' });
    const workerB = new SharedHostGate(second.db, { owner: 'worker-b' });
    const tasks = new FakeTasks();
    const a1 = workerA.run('news.example', tasks.task('a1'));
    await until('a1 runs', () => tasks.started.includes('a1'));
    assert.equal((await hostLeaseHolder(first.db, 'news.example', new Date()))?.owner, 'worker-a');

    const b1 = workerB.run('news.example', tasks.task('b1'));
    const b2 = workerB.run('other.example', tasks.task('b2'));
    await until('worker-b waits in line for news.example', async () => (await waiterOf('news.example')) === 'worker-b');
    await until('b2 runs', () => tasks.started.includes('b2'));
    assert.deepEqual(tasks.started, ['a1', 'b2'], 'b1 waits while a1 holds the host');

    tasks.finish('a1');
    assert.equal(await a1, 'a1 done');
    await until('b1 runs', () => tasks.started.includes('b1'));
    assert.equal((await hostLeaseHolder(first.db, 'news.example', new Date()))?.owner, 'worker-b');
    tasks.finish('b1');
    tasks.finish('b2');
    assert.deepEqual(await Promise.all([b1, b2]), ['b1 done', 'b2 done']);
    assert.equal(await hostLeaseHolder(first.db, 'news.example', new Date()), null, 'released after the task');
  });

  test('a long task renews its lease, so the host stays its own past the lease time', async () => {
    const workerA = new SharedHostGate(first.db, { owner: 'worker-a', leaseMs: 90 });
    const workerB = new SharedHostGate(second.db, { owner: 'worker-b', leaseMs: 90 });
    const tasks = new FakeTasks();
    const a1 = workerA.run('news.example', tasks.task('a1'));
    await until('a1 runs', () => tasks.started.includes('a1'));
    const firstUntil = (await hostLeaseHolder(first.db, 'news.example', new Date()))!.until.getTime();
    const b1 = workerB.run('news.example', tasks.task('b1'));
    // Three lease times later the lease has been renewed, and b1 still waits.
    await until('the lease is renewed past three lease times', async () => ((await hostLeaseHolder(first.db, 'news.example', new Date()))?.until.getTime() ?? 0) > firstUntil + 270);
    assert.deepEqual(tasks.started, ['a1']);
    tasks.finish('a1');
    await a1;
    await until('b1 runs', () => tasks.started.includes('b1'));
    tasks.finish('b1');
    await b1;
  });

  test("a dead worker's lease runs out and the host is free again", async () => {
    const taken = new Date();
    assert.equal(await takeHostLease(first.db, { host: 'news.example', owner: 'dead-worker', now: taken, leaseMs: 200 }), true);
    const workerB = new SharedHostGate(second.db, { owner: 'worker-b' });
    let startedAt = 0;
    const result = await workerB.run('news.example', async () => {
      startedAt = Date.now();
      return 'b1 done';
    });
    assert.equal(result, 'b1 done');
    assert.ok(startedAt >= taken.getTime() + 200, 'not before the dead lease ended');
  });

  test('a task that waits longer than maxWaitMs fails with a HostBusyError and never runs', async () => {
    assert.equal(await takeHostLease(first.db, { host: 'news.example', owner: 'busy-worker', now: new Date(), leaseMs: 60_000 }), true);
    const workerB = new SharedHostGate(second.db, { owner: 'worker-b', maxWaitMs: 100 });
    let ran = false;
    await assert.rejects(
      workerB.run('news.example', async () => {
        ran = true;
      }),
      (error: unknown) => error instanceof HostBusyError && error.host === 'news.example' && /busy/.test(error.message),
    );
    assert.equal(ran, false);
    assert.equal((await hostLeaseHolder(first.db, 'news.example', new Date()))?.owner, 'busy-worker');
  });

  test('waitUntilFree: false while another worker or this one holds the host, true once it is free', async () => {
    const workerA = new SharedHostGate(first.db, { owner: 'worker-a' });
    const workerB = new SharedHostGate(second.db, { owner: 'worker-b' });
    const tasks = new FakeTasks();
    const a1 = workerA.run('news.example', tasks.task('a1'));
    await until('a1 runs', () => tasks.started.includes('a1'));
    assert.equal(await workerB.waitUntilFree('news.example', 50), false, 'held by another worker');
    assert.equal(await workerA.waitUntilFree('news.example', 50), false, 'held by a task of this worker');
    assert.equal(await workerB.waitUntilFree('other.example', 50), true);
    const waiting = workerB.waitUntilFree('news.example', 10_000);
    tasks.finish('a1');
    await a1;
    assert.equal(await waiting, true);
  });
});
