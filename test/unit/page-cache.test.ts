import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PageCache } from '../../src/web/page-cache/page-cache.js';
import { cutAtSlots, filledParts, slotMarker, type SlotTemplate } from '../../src/web/page-cache/slots.js';

const fillSlots = (template: SlotTemplate, values: Record<string, string>) => Buffer.concat(filledParts(template, values));

const page = (html: string, dependsOn: string[], staleAt: number | null = null) => ({ html, dependsOn, staleAt });

describe('slots', () => {
  test('a page is cut at its markers and filled with each request’s values, escaped', () => {
    const html = `<input value="${slotMarker('author')}"><input value="${slotMarker('token')}"><p>end</p>`;
    const template = cutAtSlots(html);
    assert.deepEqual(template.slots, ['author', 'token']);
    assert.equal(fillSlots(template, { author: 'Ada "Q" <L> & co', token: 'abc.def' }).toString(), '<input value="Ada &quot;Q&quot; &lt;L&gt; &amp; co"><input value="abc.def"><p>end</p>');
    assert.equal(fillSlots(template, {}).toString(), '<input value=""><input value=""><p>end</p>');
  });

  test('text that imitates a marker without the process’s random part is left alone', () => {
    const forged = 'ndslot0123456789abcdef01234567xauthorx';
    const template = cutAtSlots(`<p>${forged}</p>`);
    assert.deepEqual(template.slots, []);
    assert.equal(fillSlots(template, { author: 'X' }).toString(), `<p>${forged}</p>`);
  });
});

describe('PageCache', () => {
  test('a change drops exactly the pages depending on its scope; * drops all', () => {
    const cache = new PageCache({ maxBytes: 1 << 20 });
    cache.put('a1', page('<p>one</p>', ['article:1', 'source:1']), cache.stamp());
    cache.put('a2', page('<p>two</p>', ['article:2', 'source:1']), cache.stamp());
    cache.put('home', page('<p>home</p>', ['desk']), cache.stamp());
    cache.changed('article:1');
    assert.equal(cache.get('a1'), undefined);
    assert.ok(cache.get('a2') && cache.get('home'));
    cache.changed('source:1');
    assert.equal(cache.get('a2'), undefined);
    assert.ok(cache.get('home'));
    cache.changed('*');
    assert.equal(cache.get('home'), undefined);
    assert.equal(cache.size, 0);
    assert.equal(cache.bytes, 0);
  });

  test('a render that began before a change it depends on is served but not kept', () => {
    const cache = new PageCache({ maxBytes: 1 << 20 });
    const stamp = cache.stamp();
    cache.changed('article:7');
    cache.put('a7', page('<p>old</p>', ['article:7']), stamp);
    assert.equal(cache.get('a7'), undefined);
    const other = cache.stamp();
    cache.changed('article:8');
    cache.put('a7', page('<p>fine</p>', ['article:7']), other);
    assert.ok(cache.get('a7'), 'a change of another scope does not matter');
  });

  test('the least recently used pages go first when the bytes are over the bound', () => {
    const cache = new PageCache({ maxBytes: 3000 });
    const body = (n: number) => `<p>${'x'.repeat(700)}${n}</p>`;
    for (const key of ['p1', 'p2', 'p3', 'p4']) cache.put(key, page(body(Number(key[1])), ['desk']), cache.stamp());
    assert.ok(cache.get('p1'), 'p1 used, so p2 is the least recent');
    cache.put('p5', page(body(5), ['desk']), cache.stamp());
    assert.equal(cache.get('p2'), undefined);
    assert.ok(cache.get('p1') && cache.get('p5'));
    assert.ok(cache.bytes <= 3000);
  });

  test('a page past its staleAt is not served', () => {
    const cache = new PageCache({ maxBytes: 1 << 20 });
    cache.put('closing', page('<p>open</p>', ['article:3'], 1_000), cache.stamp());
    assert.ok(cache.get('closing', 999));
    assert.equal(cache.get('closing', 1_000), undefined);
  });
});

describe('PostgreSQL page notifications', () => {
  test('name the schema of the desk that changed, so desks sharing a database keep apart', async () => {
    const { readPageNotification } = await import('../../src/store/page-changes.js');
    assert.deepEqual(readPageNotification('newsdesk_test_ab12 article:7'), { schema: 'newsdesk_test_ab12', scope: 'article:7' });
    assert.deepEqual(readPageNotification('public *'), { schema: 'public', scope: '*' });
    assert.deepEqual(readPageNotification('desk'), { schema: '', scope: 'desk' });
  });
});
