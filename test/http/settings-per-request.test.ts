import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Browserish, inputValue } from '../support/http.js';
import { formTokenFor, makeApprovedComment, makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';

/*
 * Each read of the settings cache may cost a query (the version check), so one request reads
 * them once, however many steps of its handling (route, paging, the command, the error page) ask.
 */

describe('settings: one read per request', () => {
  let t: TestDesk;
  let reads = 0;

  before(async () => {
    t = await startTestDesk({ settings: quickSettings });
    const read = t.desk.context.settings;
    t.desk.context.settings = () => {
      reads++;
      return read();
    };
  });
  after(() => t.close());

  async function readsFor(request: () => Promise<{ status: number }>, status: number): Promise<number> {
    reads = 0;
    const response = await request();
    assert.equal(response.status, status);
    return reads;
  }

  test('pages, comment feeds, posting a comment and the page of one\'s own comment read the settings once', async () => {
    const source = await makeSource(t.desk);
    const article = await makeArticle(t.desk, source);
    await makeApprovedComment(t.desk, article, 'Ann Reader', 'A first comment.');
    const get = (path: string) => async () => {
      const response = await fetch(t.url + path);
      await response.arrayBuffer();
      return response;
    };

    assert.equal(await readsFor(get(`/articles/${article.slug}`), 200), 1, 'article page');
    assert.equal(await readsFor(get('/comments.xml'), 200), 1, 'desk comment feed');
    assert.equal(await readsFor(get(`/articles/${article.slug}/comments.xml`), 200), 1, 'article comment feed');
    assert.equal(await readsFor(get('/no-such-page'), 404), 1, '404 page');

    const reader = new Browserish(t.url);
    const page = await reader.get(`/articles/${article.slug}`);
    const fields = { form_token: formTokenFor(t.desk, article.id), _csrf: inputValue(page.html, '_csrf'), comment: 'Posted and counted.', author: 'Bea Reader', email: 'bea@example.org' };
    assert.equal(await readsFor(() => reader.post(`/articles/${article.slug}/comments`, fields), 303), 1, 'posting a comment');
    const posted = await reader.get(`/articles/${article.slug}`);
    const edit = /href="([^"]*\/edit)"/.exec(posted.html)?.[1];
    assert.ok(edit, 'the author is offered an edit link');
    assert.equal(await readsFor(() => reader.get(edit), 200), 1, 'editing one\'s own comment');
  });
});
