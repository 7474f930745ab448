import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { metricsServerOf } from '../../src/web/metrics.js';
import { startTestDesk, makeArticle, makeComment, makeSource, type TestDesk } from '../support/desk.js';
import { staffBrowser } from './admin-helpers.js';

/** The value of one sample line (exact name and labels as printed), or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics without a metrics port: for signed-in admins only', () => {
  let t: TestDesk;
  before(async () => {
    t = await startTestDesk();
  });
  after(() => t.close());

  test('is not public: a reader is sent to sign in, an editor is refused, neither sees a metric', async () => {
    for (const path of ['/metrics', '/admin/metrics']) {
      const anonymous = await fetch(`${t.url}${path}`, { redirect: 'manual' });
      assert.equal(anonymous.status, 303, path);
      assert.doesNotMatch(await anonymous.text(), /newsdesk_/);
    }
    const { browser } = await staffBrowser(t.url, t.desk, 'editor');
    const editor = await browser.get('/metrics');
    assert.equal(editor.status, 403);
    assert.doesNotMatch(editor.html, /newsdesk_http_requests_total/);
  });

  test('an admin gets Prometheus text: requests by route pattern and status, latencies, process metrics, desk counts', async () => {
    const source = await makeSource(t.desk, { error_count: 2, last_error: 'HTTP 500' });
    await makeSource(t.desk);
    const article = await makeArticle(t.desk, source);
    await makeComment(t.desk, article, { author: 'Held Reader', body: 'Waiting for a moderator.', status: 'pending' });
    assert.equal((await fetch(`${t.url}/articles/${article.slug}`)).status, 200);
    assert.equal((await fetch(`${t.url}/articles/${article.slug}`)).status, 200);
    assert.equal((await fetch(`${t.url}/no/such/page-4711`)).status, 404);

    const { browser } = await staffBrowser(t.url, t.desk, 'admin');
    const res = await browser.get('/metrics');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = res.html;
    assert.equal(sample(text, 'newsdesk_http_requests_total{method="GET",route="/articles/:slug",status="200"}'), 2);
    assert.equal(sample(text, 'newsdesk_http_requests_total{method="GET",route="unmatched",status="404"}'), 1);
    assert.equal(sample(text, 'newsdesk_http_request_duration_seconds_count{method="GET",route="/articles/:slug",status="200"}'), 2);
    assert.ok(!text.includes(article.slug) && !text.includes('page-4711'), 'raw URLs never become labels');
    assert.ok((sample(text, 'process_cpu_user_seconds_total') ?? 0) > 0, 'process metrics');
    assert.equal(sample(text, 'newsdesk_sources_in_error'), 1);
    assert.equal(sample(text, 'newsdesk_comments_pending'), 1);
    assert.equal(sample(text, 'newsdesk_outbox_due'), 0);
    // The article page twice: rendered and kept once, then served from the cache.
    assert.ok((sample(text, 'newsdesk_page_cache_renders') ?? 0) >= 1);
    assert.ok((sample(text, 'newsdesk_page_cache_hits') ?? 0) >= 1);
    assert.ok((sample(text, 'newsdesk_page_cache_bytes') ?? 0) > 1000);
  });
});

describe('/metrics with NEWSDESK_METRICS_PORT: on that port only', () => {
  let t: TestDesk;
  before(async () => {
    t = await startTestDesk({ config: { metricsPort: 0 } });
  });
  after(() => t.close());

  test('the metrics port answers without signing in; the public port has no /metrics', async () => {
    assert.equal((await fetch(`${t.url}/`)).status, 200);
    const server = metricsServerOf(t.app);
    assert.ok(server, 'the metrics server is listening');
    const { port } = server.address() as AddressInfo;
    assert.notEqual(String(port), new URL(t.url).port);
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.equal(sample(text, 'newsdesk_http_requests_total{method="GET",route="/",status="200"}'), 1);
    assert.equal(sample(text, 'newsdesk_sources_in_error'), 0);
    assert.equal((await fetch(`http://127.0.0.1:${port}/`)).status, 404);
    assert.equal((await fetch(`${t.url}/metrics`)).status, 404);
  });
});
