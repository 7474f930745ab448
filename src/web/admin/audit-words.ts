/*
 * The audit log in sentences: "ana@desk.example approved Ben’s comment on “Title”." Each action
 * the commands write (src/commands, src/accounts, src/store) has its sentence here; the names
 * an entry only holds as numbers (comments, articles, sources, accounts, stories) come from
 * lookups the page fills for the entries it shows.
 */
import type { SettingKey } from '../../store/settings.js';
import { settingLabel } from './pages/settings.js';

export interface AuditEntry {
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  /** JSON, as stored. */
  details: string;
}

export interface AuditLookups {
  comments: ReadonlyMap<number, { author: string; articleTitle: string }>;
  articles: ReadonlyMap<number, string>;
  /** Article titles by slug: deleted comments and replies name their article by slug. */
  articlesBySlug: ReadonlyMap<string, string>;
  sources: ReadonlyMap<number, string>;
  users: ReadonlyMap<number, string>;
  stories: ReadonlyMap<number, string>;
}

export const noLookups: AuditLookups = { comments: new Map(), articles: new Map(), articlesBySlug: new Map(), sources: new Map(), users: new Map(), stories: new Map() };

type Details = Record<string, unknown>;

interface Said {
  who: string;
  entry: AuditEntry;
  details: Details;
  lookups: AuditLookups;
  id: number | null;
}

/** How an actor label reads as the subject of a sentence. */
const actorWords: Record<string, string> = {
  'command line': 'the command line',
  'automatic clean-up': 'the automatic clean-up',
  'comment author': 'the comment’s author',
  'reader (mail link)': 'a reader, through a mail link,',
  'reader (privacy)': 'a reader, through a privacy link,',
  serve: 'the desk, starting without an admin,',
};

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function quoted(text: string, max = 80): string {
  return `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
}

/** "Ben’s comment on “Title”", else what the details keep, else "comment #12". */
function commentRef(lookups: AuditLookups, id: number | null, details: Details = {}): string {
  const known = id === null ? undefined : lookups.comments.get(id);
  const author = known?.author ?? str(details.author);
  const slug = str(details.article);
  const title = known?.articleTitle ?? (slug ? (lookups.articlesBySlug.get(slug) ?? slug) : '');
  const whose = author ? `${author}’s comment` : id === null ? 'a comment' : `comment #${id}`;
  return title ? `${whose} on ${quoted(title)}` : whose;
}

function articleRef(s: Said): string {
  const title = (s.id === null ? undefined : s.lookups.articles.get(s.id)) ?? (str(s.details.slug) ? (s.lookups.articlesBySlug.get(str(s.details.slug)) ?? str(s.details.slug)) : '');
  return title ? `the article ${quoted(title)}` : `article #${s.entry.target_id}`;
}

function sourceRef(s: Said): string {
  const title = (s.id === null ? undefined : s.lookups.sources.get(s.id)) ?? str(s.details.title);
  return title ? `the source ${quoted(title)}` : `source #${s.entry.target_id}`;
}

function accountRef(s: Said): string {
  const email = str(s.details.email) || (s.id === null ? '' : (s.lookups.users.get(s.id) ?? ''));
  return email ? `the account ${email}` : `account #${s.entry.target_id}`;
}

function storyRef(lookups: AuditLookups, id: number | null): string {
  const title = id === null ? undefined : lookups.stories.get(id);
  return title ? `the story ${quoted(title)}` : `story #${id ?? '?'}`;
}

/** "(it was in spam)": where a comment came from, when that says something. */
function fromStatus(details: Details): string {
  const from = str(details.from);
  const words: Record<string, string> = { pending: 'it was pending', approved: 'it was approved', spam: 'it was in spam', trash: 'it was in the trash' };
  return words[from] ? ` (${words[from]})` : '';
}

/** An edit by the comment's author that moved it: the rules' reason comes with it. */
function afterEdit(details: Details): string {
  const reason = str(details.reason);
  return reason ? `, because of the rule “${reason}”` : '';
}

function settingValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return String(value);
  const text = str(value);
  return text === '' || text === '[]' ? 'empty' : quoted(text.replace(/\s+/g, ' '), 40);
}

function settingChanges(details: Details): string {
  const parts = Object.entries(details).map(([key, change]) => {
    const c = (typeof change === 'object' && change !== null ? change : {}) as { from?: unknown; to?: unknown };
    return `${settingLabel(key as SettingKey)} from ${settingValue(c.from)} to ${settingValue(c.to)}`;
  });
  return parts.length > 0 ? `: ${parts.join('; ')}` : '';
}

function fieldList(value: unknown): string {
  return Array.isArray(value) && value.length > 0 ? ` (${value.map(String).join(', ')})` : '';
}

/** Every action the code writes, and its sentence. */
const sentences: Record<string, (s: Said) => string> = {
  'comment.approved': (s) => `${s.who} approved ${commentRef(s.lookups, s.id)}${fromStatus(s.details)}${afterEdit(s.details)}`,
  'comment.pending': (s) => (str(s.details.reason) ? `${s.who} edited ${commentRef(s.lookups, s.id)}, which is now held${afterEdit(s.details)}` : `${s.who} sent ${commentRef(s.lookups, s.id)} back to pending${fromStatus(s.details)}`),
  'comment.spam': (s) => `${s.who} marked ${commentRef(s.lookups, s.id)} as spam${fromStatus(s.details)}${afterEdit(s.details)}`,
  'comment.trash': (s) => `${s.who} moved ${commentRef(s.lookups, s.id)} to the trash${fromStatus(s.details)}`,
  'comment.delete': (s) => `${s.who} deleted ${commentRef(s.lookups, s.id, s.details)} forever${fromStatus({ from: s.details.status })}`,
  'comment.edit': (s) => `${s.who} edited ${commentRef(s.lookups, s.id)}${fieldList(s.details.fields)}`,
  'comment.reply': (s) => `${s.who} replied as staff to ${commentRef(s.lookups, num(s.details.parent), { article: s.details.article })}`,
  'comment.empty_trash': (s) => `${s.who} deleted ${plural(num(s.details.deleted) ?? 0, 'comment', 'comments')} that had been in the trash or spam for more than ${plural(num(s.details.olderThanDays) ?? 0, 'day', 'days')}`,
  'article.hide': (s) => `${s.who} hid ${articleRef(s)}`,
  'article.unhide': (s) => `${s.who} showed ${articleRef(s)} again`,
  'article.close_comments': (s) => `${s.who} closed comments on ${articleRef(s)}`,
  'article.open_comments': (s) => `${s.who} opened comments on ${articleRef(s)}`,
  'article.edit': (s) => `${s.who} edited ${articleRef(s)}${fieldList(s.details.fields)}`,
  'story.merge': (s) => `${s.who} merged ${storyRef(s.lookups, num(s.details.merged))} (${plural(num(s.details.articles) ?? 0, 'article', 'articles')}) into ${storyRef(s.lookups, s.id)}`,
  'story.split': (s) => `${s.who} moved ${articleRef({ ...s, details: {} })} out of ${storyRef(s.lookups, num(s.details.from))} into a story of its own`,
  'source.add': (s) => `${s.who} added ${sourceRef(s)}`,
  'source.import': (s) => {
    const added = Array.isArray(s.details.added) ? s.details.added.length : 0;
    const known = num(s.details.known) ?? 0;
    return `${s.who} imported ${plural(added, 'source', 'sources')} from ${str(s.details.from) || 'a list'}${known > 0 ? ` (${plural(known, 'was', 'were')} already there)` : ''}`;
  },
  'source.edit': (s) => `${s.who} edited ${sourceRef(s)}${fieldList(Object.keys(s.details).map((k) => k.replace(/_/g, ' ')))}`,
  'source.remove': (s) => `${s.who} removed ${sourceRef(s)}${num(s.details.articles) !== null ? ` with its ${plural(num(s.details.articles) ?? 0, 'article', 'articles')} and ${plural(num(s.details.comments) ?? 0, 'comment', 'comments')}` : ''}`,
  // Written by the sources work merged beside this one: a fetch asked for, and an OPML import started as a job.
  'source.fetch-now': (s) => `${s.who} asked for ${sourceRef(s)} to be fetched now`,
  'source.import.start': (s) => `${s.who} started importing ${plural(num(s.details.feeds) ?? 0, 'feed', 'feeds')}${str(s.details.label) ? ` from ${quoted(str(s.details.label))}` : ''}`,
  'source.pause': (s) => `${s.who} paused ${sourceRef(s)}`,
  'source.resume': (s) => `${s.who} resumed ${sourceRef(s)}`,
  'settings.change': (s) => `${s.who} changed the settings${settingChanges(s.details)}`,
  'spam-model.rollback': (s) => `${s.who} took the spam model back from version ${s.entry.target_id || '?'} to version ${str(s.details.to) || '?'}`,
  'user.add': (s) => `${s.who} added ${accountRef(s)}${str(s.details.role) ? ` as ${str(s.details.role)}` : ''}`,
  'user.remove': (s) => `${s.who} removed ${accountRef(s)}${str(s.details.role) ? ` (${str(s.details.role)})` : ''}`,
  'user.rename': (s) => `${s.who} renamed ${accountRef(s)} from ${quoted(str(s.details.from))} to ${quoted(str(s.details.to))}`,
  'user.set_role': (s) => `${s.who} changed the role of ${accountRef(s)} from ${str(s.details.from) || '?'} to ${str(s.details.to) || '?'}`,
  'user.reset_password': (s) => `${s.who} made a link to set a new password for ${accountRef(s)}`,
  'user.set_password': (s) => `${s.who} set a new password`,
  'user.sign_in': (s) => `${s.who} signed in${str(s.details.via) ? ` through a ${str(s.details.via)}` : ''}`,
  'user.sign_out': (s) => `${s.who} signed out`,
  'user.disable': (s) => `${s.who} disabled ${accountRef(s)}: it can no longer sign in`,
  'user.enable': (s) => `${s.who} enabled ${accountRef(s)} again`,
  'user.change_email': (s) => `${s.who} changed their email from ${str(s.details.from) || '?'} to ${str(s.details.to) || '?'}`,
  'user.change_password': (s) => `${s.who} changed their password`,
  'desk.setup_link': (s) => `${s.who} made a one-time link to create the first admin`,
  'desk.load_demo': (s) => `${s.who} loaded the demo content${num(s.details.sources) !== null ? ` (${plural(num(s.details.sources) ?? 0, 'source', 'sources')}, ${plural(num(s.details.articles) ?? 0, 'article', 'articles')})` : ''}`,
  'desk.start_empty': (s) => `${s.who} chose an empty desk${num(s.details.removedDemoSources) ? `, removing ${plural(num(s.details.removedDemoSources) ?? 0, 'demo source', 'demo sources')}` : ''}`,
  'subscription.confirm': (s) => `${s.who} confirmed their mail address for reply notifications`,
  'subscription.end': (s) => `${s.who} stopped the mail about one article`,
  'subscription.end_all': (s) => `${s.who} stopped all mail to their address`,
  'privacy.erase': (s) => `${s.who} erased their comments and personal data${erasedCounts(s.details)}`,
  'privacy.link_sent': (s) => `${s.who} asked for a link to their personal data, and it was mailed`,
};

function erasedCounts(details: Details): string {
  const parts = Object.entries(details)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => `${k.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${v as number}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

export function hasAuditSentence(action: string): boolean {
  return Object.hasOwn(sentences, action);
}

function parseDetails(json: string): Details {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Details) : {};
  } catch {
    return {};
  }
}

/** One audit entry as a sentence, starting with a capital and ending with a full stop. */
export function auditSentence(entry: AuditEntry, lookups: AuditLookups = noLookups): string {
  const who = actorWords[entry.actor] ?? entry.actor;
  const id = /^[1-9]\d{0,14}$/.test(entry.target_id) ? Number(entry.target_id) : null;
  const said: Said = { who, entry, details: parseDetails(entry.details), lookups, id };
  const sentence = hasAuditSentence(entry.action) ? sentences[entry.action]!(said) : `${who} did “${entry.action}”${entry.target_type ? ` to ${entry.target_type}${entry.target_id ? ` #${entry.target_id}` : ''}` : ''}`;
  // An email stays as typed; "the command line" and the like start the sentence with a capital.
  const capital = who.includes('@') ? sentence : sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return `${capital}.`;
}

/** The audit page's "what" filter: kinds of action, each a list of the actions above. */
export const auditActionKinds = {
  moderation: { label: 'Comment moderation', actions: ['comment.approved', 'comment.pending', 'comment.spam', 'comment.trash', 'comment.delete', 'comment.empty_trash'] },
  'comment-edits': { label: 'Comment edits and staff replies', actions: ['comment.edit', 'comment.reply'] },
  articles: { label: 'Articles and stories', actions: ['article.hide', 'article.unhide', 'article.close_comments', 'article.open_comments', 'article.edit', 'story.merge', 'story.split'] },
  sources: { label: 'Sources', actions: ['source.add', 'source.import', 'source.import.start', 'source.edit', 'source.remove', 'source.pause', 'source.resume', 'source.fetch-now'] },
  settings: { label: 'Settings and the spam model', actions: ['settings.change', 'spam-model.rollback'] },
  accounts: { label: 'Staff accounts and sign-ins', actions: ['user.add', 'user.remove', 'user.rename', 'user.set_role', 'user.reset_password', 'user.set_password', 'user.sign_in', 'user.sign_out', 'user.disable', 'user.enable', 'user.change_email', 'user.change_password'] },
  'first-run': { label: 'First run', actions: ['desk.setup_link', 'desk.load_demo', 'desk.start_empty'] },
  readers: { label: 'Readers’ mail and privacy links', actions: ['subscription.confirm', 'subscription.end', 'subscription.end_all', 'privacy.erase', 'privacy.link_sent'] },
} as const satisfies Record<string, { label: string; actions: readonly string[] }>;
export type AuditActionKind = keyof typeof auditActionKinds;

export function isAuditActionKind(value: string): value is AuditActionKind {
  return Object.hasOwn(auditActionKinds, value);
}
