import { sql, type Kysely, type Selectable } from 'kysely';
import { preparedQuery } from './prepared.js';
import type { Database, MailAddressesTable, SubscriptionScope, SubscriptionsTable } from './schema.js';

/*
 * Reply subscriptions and the double opt-in state of their addresses. Addresses are stored
 * lowercased by the caller (src/discussion/subscriptions.ts), so one person is one row.
 */

export type Subscription = Selectable<SubscriptionsTable>;
export type MailAddress = Selectable<MailAddressesTable>;

/**
 * Subscribes an address to an article's comments (`scope`: all of them, or replies to the address's
 * own). Subscribing again undoes an earlier unsubscribe; a live subscription to the whole article
 * is never narrowed to replies by a later, narrower wish.
 */
export async function upsertSubscription(db: Kysely<Database>, entry: { email: string; articleId: number; commentId: number | null; scope?: SubscriptionScope; now: Date }): Promise<Subscription> {
  const scope = entry.scope ?? 'article';
  return db
    .insertInto('subscriptions')
    .values({ email: entry.email, article_id: entry.articleId, comment_id: entry.commentId, created_at: entry.now.toISOString(), unsubscribed_at: null, scope })
    .onConflict((oc) =>
      oc.columns(['email', 'article_id']).doUpdateSet({
        unsubscribed_at: null,
        scope: sql<SubscriptionScope>`case when subscriptions.unsubscribed_at is null and subscriptions.scope = 'article' then 'article' else excluded.scope end`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** What an address follows under one article (lowercased address), and whether mail to it is confirmed: for the note under a held comment. */
export async function findFollowing(db: Kysely<Database>, email: string, articleId: number): Promise<{ scope: SubscriptionScope; confirmed: boolean } | null> {
  const row = await db
    .selectFrom('subscriptions')
    .leftJoin('mail_addresses', 'mail_addresses.email', 'subscriptions.email')
    .select(['subscriptions.scope', 'mail_addresses.confirmed_at', 'mail_addresses.unsubscribed_at as address_unsubscribed_at'])
    .where('subscriptions.email', '=', email)
    .where('subscriptions.article_id', '=', articleId)
    .where('subscriptions.unsubscribed_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return { scope: row.scope, confirmed: row.confirmed_at != null && row.address_unsubscribed_at == null };
}

export async function findSubscription(db: Kysely<Database>, id: number): Promise<Subscription | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The address's opt-in row, created unconfirmed when it is new. */
export async function ensureMailAddress(db: Kysely<Database>, email: string): Promise<MailAddress> {
  await db
    .insertInto('mail_addresses')
    .values({ email, confirmed_at: null, confirmation_sent_at: null, unsubscribed_at: null })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  return db.selectFrom('mail_addresses').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
}

export async function findMailAddress(db: Kysely<Database>, email: string): Promise<MailAddress | undefined> {
  return db.selectFrom('mail_addresses').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Notes a confirmation mail as sent, only if no other request noted one since `previous` was read. */
export async function recordConfirmationSent(db: Kysely<Database>, email: string, previous: string | null, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mail_addresses')
    .set({ confirmation_sent_at: now.toISOString() })
    .where('email', '=', email)
    .where((eb) => (previous === null ? eb('confirmation_sent_at', 'is', null) : eb('confirmation_sent_at', '=', previous)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks an address confirmed (keeping the first confirmation time) and lifts an "unsubscribe from all". */
export async function confirmMailAddress(db: Kysely<Database>, email: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mail_addresses')
    .set({ confirmed_at: sql<string>`coalesce(confirmed_at, ${now.toISOString()})`, unsubscribed_at: null })
    .where('email', '=', email)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Ends one subscription. False when there is no such subscription. */
export async function endSubscription(db: Kysely<Database>, id: number, now: Date): Promise<boolean> {
  const found = await findSubscription(db, id);
  if (!found) return false;
  await db.updateTable('subscriptions').set({ unsubscribed_at: now.toISOString() }).where('id', '=', id).where('unsubscribed_at', 'is', null).execute();
  return true;
}

/** Ends every subscription of an address and stops all mail to it until it confirms again. */
export async function endAllSubscriptions(db: Kysely<Database>, email: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('mail_addresses')
    .values({ email, confirmed_at: null, confirmation_sent_at: null, unsubscribed_at: at })
    .onConflict((oc) => oc.column('email').doUpdateSet({ unsubscribed_at: at }))
    .execute();
  await db.updateTable('subscriptions').set({ unsubscribed_at: at }).where('email', '=', email).where('unsubscribed_at', 'is', null).execute();
}

/** Ends the subscriptions made with a comment (when it turns out to be spam). */
export async function endSubscriptionsOfComment(db: Kysely<Database>, commentId: number, now: Date): Promise<void> {
  await db.updateTable('subscriptions').set({ unsubscribed_at: now.toISOString() }).where('comment_id', '=', commentId).where('unsubscribed_at', 'is', null).execute();
}

/**
 * Who hears of a new comment on a visible article: live subscriptions of confirmed addresses but
 * one (the comment's author), following the whole article, or its replies when the comment answers
 * `parentEmail` (lowercased; '' for a new thread).
 */
export async function listNotifiableSubscriptions(db: Kysely<Database>, articleId: number, exceptEmail: string, parentEmail = ''): Promise<Array<{ id: number; email: string; scope: SubscriptionScope }>> {
  return (await notifiableQuery(db, { articleId, exceptEmail, parentEmail })).rows;
}

// Asked for every approved comment: built once.
const notifiableQuery = preparedQuery(
  () => 'one',
  (db, v: { articleId: number; exceptEmail: string; parentEmail: string }) =>
    db
      .selectFrom('subscriptions')
      .innerJoin('mail_addresses', 'mail_addresses.email', 'subscriptions.email')
      .innerJoin('articles', 'articles.id', 'subscriptions.article_id')
      .select(['subscriptions.id', 'subscriptions.email', 'subscriptions.scope'])
      .where('subscriptions.article_id', '=', v.articleId)
      .where('articles.hidden', '=', 0)
      .where('subscriptions.unsubscribed_at', 'is', null)
      .where('mail_addresses.confirmed_at', 'is not', null)
      .where('mail_addresses.unsubscribed_at', 'is', null)
      .where('subscriptions.email', '!=', v.exceptEmail)
      .where((eb) => eb.or([eb('subscriptions.scope', '=', 'article'), eb('subscriptions.email', '=', v.parentEmail)]))
      .orderBy('subscriptions.id'),
);

/** Staff who moderate: admins and moderators. */
export async function listModerators(db: Kysely<Database>): Promise<Array<{ email: string; name: string }>> {
  return db.selectFrom('users').select(['email', 'name']).where('role', 'in', ['admin', 'moderator']).orderBy('id').execute();
}

/** What a mail says about an article. */
export async function findArticleForMail(db: Kysely<Database>, id: number): Promise<{ id: number; slug: string; title: string; hidden: number } | undefined> {
  return db.selectFrom('articles').select(['id', 'slug', 'title', 'hidden']).where('id', '=', id).executeTakeFirst();
}

/** Whether an address (lowercased) has a subscription or an opt-in row. */
export async function hasSubscriptionOrAddress(db: Kysely<Database>, email: string): Promise<boolean> {
  const subscription = await db
    .selectFrom('subscriptions')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirst();
  if (subscription) return true;
  const address = await db
    .selectFrom('mail_addresses')
    .select('email')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirst();
  return address !== undefined;
}

/** An address's subscriptions (lowercased address), oldest first, with their articles. */
export async function listSubscriptionsByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('subscriptions')
    .innerJoin('articles', 'articles.id', 'subscriptions.article_id')
    .select(['articles.title', 'articles.slug', 'subscriptions.created_at', 'subscriptions.unsubscribed_at', 'subscriptions.scope'])
    .where((eb) => eb(eb.fn('lower', ['subscriptions.email']), '=', email))
    .orderBy('subscriptions.created_at')
    .execute();
}

/** Removes an address's subscriptions and its opt-in row; returns how many of each went. */
export async function deleteMailDataOf(db: Kysely<Database>, email: string): Promise<{ subscriptions: number; mailAddresses: number }> {
  const subs = await db.deleteFrom('subscriptions').where((eb) => eb(eb.fn('lower', ['email']), '=', email)).executeTakeFirst();
  const addresses = await db.deleteFrom('mail_addresses').where((eb) => eb(eb.fn('lower', ['email']), '=', email)).executeTakeFirst();
  return { subscriptions: Number(subs.numDeletedRows), mailAddresses: Number(addresses.numDeletedRows) };
}
