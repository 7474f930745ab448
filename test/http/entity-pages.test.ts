import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { saveArticleAnalysis } from '../../src/store/entities.js';
import type { Article } from '../../src/store/schema.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { makeStory } from '../support/stories.js';

/*
 * The pages of people, organizations and places over what the analysis job stores: /entities,
 * an entity's page (what they said, stories, articles, who else is named), and an article's
 * "Who said what" and tags. Hidden articles show nowhere.
 */

describe('entity pages', () => {
  let t: TestDesk;
  let first: Article;
  let second: Article;
  let hidden: Article;

  before(async () => {
    t = await startTestDesk();
    const source = await makeSource(t.desk, { title: 'Harbour Gazette' });
    first = await makeArticle(t.desk, source, { title: 'Port authority approves night ferries' });
    second = await makeArticle(t.desk, await makeSource(t.desk), { title: 'Night ferries start in spring' });
    hidden = await makeArticle(t.desk, source, { title: 'Withdrawn ferry note', hidden: 1 });
    await makeStory(t.desk, [first, second]);
    const now = new Date().toISOString();
    const people = [
      { type: 'PERSON' as const, name: 'Marta Quell', aliases: ['Quell'], mentions: 3 },
      { type: 'ORG' as const, name: 'Port Authority', aliases: [], mentions: 2 },
      { type: 'PLACE' as const, name: 'Lindholm', aliases: [], mentions: 1 },
    ];
    await saveArticleAnalysis(t.desk.store.db, first.id, people, [
      { position: 10, text: 'The crossings will run every hour <script>alert(1)</script>', speakerName: 'Marta Quell', speakerEntity: 0 },
      { position: 90, text: 'We asked for this for years', speakerName: null, speakerEntity: null },
    ], now);
    await saveArticleAnalysis(t.desk.store.db, second.id, [people[0]!, people[2]!], [{ position: 5, text: 'Spring is the start', speakerName: 'Marta Quell', speakerEntity: 0 }], now);
    await saveArticleAnalysis(t.desk.store.db, hidden.id, [people[0]!], [{ position: 5, text: 'A withdrawn remark', speakerName: 'Marta Quell', speakerEntity: 0 }], now);
  });
  after(() => t.close());

  test('/entities lists the most named first, by kind, counting visible articles only', async () => {
    const html = await (await fetch(`${t.url}/entities`)).text();
    assert.match(html, /<h2 id="entities-PERSON">People<\/h2>/);
    assert.match(html, /href="\/entities\/marta-quell">Marta Quell<\/a> <span class="meta">\(2 articles\)/);
    assert.match(html, /href="\/entities\/port-authority">Port Authority<\/a> <span class="meta">\(1 article\)/);
  });

  test('a person’s page: what they said, newest first, escaped; their stories and articles; who else is named', async () => {
    const response = await fetch(`${t.url}/entities/marta-quell`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.ok(html.includes('What Marta Quell said'), 'the quotes heading');
    assert.ok(html.includes('&lt;script') && !html.includes('<script>alert(1)'), 'escaped');
    assert.ok(!html.includes('A withdrawn remark'), 'a hidden article’s quote is not shown');
    assert.ok(html.includes('Also named: Quell'), 'aliases');
    assert.ok(html.includes(`/articles/${first.slug}`) && html.includes(`/articles/${second.slug}`) && !html.includes(hidden.slug), 'articles');
    assert.match(html, /href="\/stories\/\d+">Port authority approves night ferries<\/a>/);
    assert.match(html, /Named with Marta Quell[\s\S]*href="\/entities\/lindholm"/);
  });

  test('an article page shows who said what and its tags; an unknown entity is a 404', async () => {
    const html = await (await fetch(`${t.url}/articles/${first.slug}`)).text();
    assert.match(html, /<h2>Who said what<\/h2>/);
    assert.match(html, /— <a href="\/entities\/marta-quell">Marta Quell<\/a>/);
    assert.ok(html.includes('speaker not named'));
    assert.match(html, /<h2>Named in this article<\/h2>[\s\S]*href="\/entities\/port-authority"/);
    assert.equal((await fetch(`${t.url}/entities/nobody-here`)).status, 404);
    // Fastify refuses a path parameter over 100 characters before the route runs.
    assert.equal((await fetch(`${t.url}/entities/${'x'.repeat(300)}`)).status, 414);
  });
});
