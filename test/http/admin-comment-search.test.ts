/** The comment queue's search runs on the search layer (comment_search, migration 014): the readers' syntax, kept current by triggers, rebuilt on demand. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { updateCommentContent, deleteCommentsForever } from '../../src/store/admin-comments.js';
import { rebuildCommentSearchIndex } from '../../src/store/search-comments.js';
import type { Article, Comment } from '../../src/store/schema.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities } from '../support/http.js';
import { addComment, staffBrowser } from './admin-helpers.js';

let t: TestDesk;
let moderator: Browserish;
let tagCount = 0;
before(async () => {
  t = await startTestDesk();
  ({ browser: moderator } = await staffBrowser(t.url, t.desk, 'moderator', { name: 'Sam Searcher' }));
});
after(() => t.close());

/** A word no other test's comment holds (letters only: digits would be words of their own in an email). */
function uniqueTag(): string {
  tagCount++;
  return `zk${Date.now().toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}${'abcdefghij'[tagCount % 10]}${'abcdefghij'[Math.floor(tagCount / 10) % 10]}`;
}

async function freshArticle(title?: string): Promise<Article> {
  return makeArticle(t.desk, await makeSource(t.desk), title === undefined ? {} : { title });
}

async function found(q: string, field?: string, status = 'pending'): Promise<number[]> {
  const page = await moderator.get(`/admin/comments?status=${status}&q=${encodeURIComponent(q)}${field ? `&in=${field}` : ''}`);
  assert.equal(page.status, 200, q);
  return [...page.html.matchAll(/<tr id="comment-(\d+)">/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
}

function idsOf(...comments: Comment[]): number[] {
  return comments.map((c) => c.id).sort((a, b) => a - b);
}

function say(text: string): { body_markdown: string; body_html: string } {
  return { body_markdown: text, body_html: `<p>${text}</p>` };
}

describe('comment search syntax', () => {
  test('accents fold both ways, a phrase keeps its order, a minus leaves out, OR takes either', async () => {
    const tag = uniqueTag();
    const article = await freshArticle();
    const cafe = await addComment(t.desk, article, say(`The café by the ${tag} harbour`));
    const plain = await addComment(t.desk, article, say(`A cafe near ${tag} harbour gates`));
    const reversed = await addComment(t.desk, article, say(`Harbour ${tag} ferries`));
    assert.deepEqual(await found(`cafe ${tag}`), idsOf(cafe, plain));
    assert.deepEqual(await found(`CAFÉ ${tag}`), idsOf(cafe, plain));
    assert.deepEqual(await found(`"${tag} harbour"`), idsOf(cafe, plain));
    assert.deepEqual(await found(`"harbour ${tag}"`), idsOf(reversed));
    assert.deepEqual(await found(`${tag} -ferries`), idsOf(cafe, plain));
    assert.deepEqual(await found(`${tag} gates OR ferries`), idsOf(plain, reversed));
    assert.deepEqual(await found(`${tag}s`), [], 'whole words, not parts of them');
  });

  test('a field searches that field alone, its exclusions too; anywhere searches all four', async () => {
    const tag = uniqueTag();
    const article = await freshArticle(`Regatta ${tag} results`);
    const other = await freshArticle();
    const inText = await addComment(t.desk, other, { ...say(`Sailing ${tag} today`), author_name: 'Wren Otter' });
    const inAuthor = await addComment(t.desk, other, { author_name: `Ida ${tag}` });
    const inEmail = await addComment(t.desk, other, { author_email: `${tag}.sailor@mail.example` });
    const onArticle = await addComment(t.desk, article, say('Well sailed, wren.'));
    assert.deepEqual(await found(tag, 'text'), idsOf(inText));
    assert.deepEqual(await found(tag, 'author'), idsOf(inAuthor));
    assert.deepEqual(await found(`${tag}.sailor@mail.example`, 'email'), idsOf(inEmail), 'a whole address');
    assert.deepEqual(await found(tag, 'email'), idsOf(inEmail));
    assert.deepEqual(await found(`regatta ${tag}`, 'article'), idsOf(onArticle));
    assert.deepEqual(await found(tag), idsOf(inText, inAuthor, inEmail, onArticle));
    assert.deepEqual(await found(`${tag} -wren`, 'text'), idsOf(inText), 'wren is in its author, not its text');
    assert.deepEqual(await found(`${tag} -wren`), idsOf(inAuthor, inEmail));
  });

  test('the form says the syntax; input that is not words finds nothing, without an error', async () => {
    const form = (await moderator.get('/admin/comments')).html;
    assert.match(form, /<input id="q" name="q" type="search" [^>]*aria-describedby="q-help"/);
    assert.match(decodeEntities(form), /<p id="q-help" class="field-help">Whole words; accents do not matter\. Put a phrase in "quotes"/);
    for (const q of ['"', '-', 'OR', '{body}: x', 'x*', 'NEAR(a b)', '%', "'; drop table comments; --"]) {
      const page = await moderator.get(`/admin/comments?q=${encodeURIComponent(q)}`);
      assert.equal(page.status, 200, q);
    }
    const tag = uniqueTag();
    const comment = await addComment(t.desk, await freshArticle(), say(`Star ${tag}*`));
    assert.deepEqual(await found(`${tag}*`), idsOf(comment), 'the star is not a prefix operator');
  });
});

describe('the comment index follows every change', () => {
  test('a moderator edit, a renamed article, a status change, a deletion and a deleted article', async () => {
    const tag = uniqueTag();
    const article = await freshArticle(`Lighthouse ${tag}`);
    const edited = await addComment(t.desk, article, say(`First ${tag} draft`));
    const kept = await addComment(t.desk, article, say('Kept as it is'));
    assert.deepEqual(await found(`first ${tag}`), idsOf(edited));
    await updateCommentContent(t.desk.store.db, edited.id, { author_name: 'Olive Editor', author_email: 'olive@example.com', author_url: null, ...say(`Second ${tag} version`) });
    assert.deepEqual(await found(`first ${tag}`), []);
    assert.deepEqual(await found(`second ${tag}`), idsOf(edited));
    assert.deepEqual(await found('olive', 'author'), idsOf(edited));

    await t.desk.store.db.updateTable('articles').set({ title: `Beacon ${tag}` }).where('id', '=', article.id).execute();
    assert.deepEqual(await found(`lighthouse ${tag}`, 'article'), []);
    assert.deepEqual(await found(`beacon ${tag}`, 'article'), idsOf(edited, kept));

    await t.desk.store.db.updateTable('comments').set({ status: 'approved' }).where('id', '=', kept.id).execute();
    assert.deepEqual(await found(`beacon ${tag}`, 'article'), idsOf(edited), 'the status tab still applies');
    assert.deepEqual(await found(`beacon ${tag}`, 'article', 'approved'), idsOf(kept));

    await deleteCommentsForever(t.desk.store.db, [edited.id]);
    assert.deepEqual(await found(`second ${tag}`), []);
    await t.desk.store.db.deleteFrom('articles').where('id', '=', article.id).execute();
    assert.equal(await indexRowsFor([kept.id]), 0, 'a deleted article takes its comments out of the index');
  });

  test('a rebuild restores a damaged index and drops rows of comments gone', async () => {
    const tag = uniqueTag();
    const comment = await addComment(t.desk, await freshArticle(), say(`Rebuilt ${tag}`));
    await sql`delete from comment_search where ${sql.ref(t.desk.store.dialect === 'postgres' ? 'comment_id' : 'rowid')} = ${comment.id}`.execute(t.desk.store.db);
    assert.deepEqual(await found(tag), []);
    const total = Number((await t.desk.store.db.selectFrom('comments').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(await rebuildCommentSearchIndex(t.desk.store.db), total);
    assert.deepEqual(await found(tag), idsOf(comment));
  });
});

describe('emails stay on staff pages', () => {
  test('a commenter is found by email in the queue; the public search and article page never show it', async () => {
    const tag = uniqueTag();
    const article = await freshArticle(`Quay ${tag}`);
    const comment = await addComment(t.desk, article, { ...say(`Approved ${tag} remark`), author_email: `${tag}@post.example`, status: 'approved' });
    assert.deepEqual(await found(`${tag}@post.example`, 'email', 'approved'), idsOf(comment));
    const reader = new Browserish(t.url);
    // (A search for the address itself would echo it back in its own search box.)
    for (const path of [`/search?q=${tag}`, `/articles/${article.slug}`]) {
      const page = await reader.get(path);
      assert.equal(page.status, 200, path);
      assert.ok(!decodeEntities(page.html).includes(`${tag}@post.example`), `no email on ${path}`);
    }
    assert.match((await reader.get(`/articles/${article.slug}`)).html, new RegExp(`Approved ${tag} remark`), 'the comment itself is public');
  });
});

async function indexRowsFor(ids: number[]): Promise<number> {
  const column = sql.ref(t.desk.store.dialect === 'postgres' ? 'comment_id' : 'rowid');
  const result = await sql<{ n: number | string }>`select count(*) as n from comment_search where ${column} in (${sql.join(ids)})`.execute(t.desk.store.db);
  return Number(result.rows[0]?.n ?? 0);
}
