import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/*
 * Conventions that keep one schema portable across SQLite and PostgreSQL:
 * times are ISO 8601 UTC strings (they sort as text), flags are 0/1 integers,
 * structured values are JSON text.
 */

export type IsoTime = string;
export type Flag = 0 | 1;

export interface SourcesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  site_url: string;
  feed_url: string | null;
  description: string;
  created_at: IsoTime;
  fetch_interval_minutes: Generated<number>;
  full_text: Generated<FullTextMode>;
  /** Words kept in each excerpt; 0 keeps the whole text (for sources that permit it). */
  excerpt_words: Generated<number>;
  etag: string | null;
  last_modified: string | null;
  next_fetch_at: IsoTime | null;
  last_fetched_at: IsoTime | null;
  last_success_at: IsoTime | null;
  error_count: Generated<number>;
  last_error: string | null;
  paused: Generated<Flag>;
  /** JSON array of FilterRule. */
  filters: Generated<string>;
  max_age_days: number | null;
  /** A worker that claimed the source for fetching holds it until then. */
  lease_until: IsoTime | null;
}

export type FullTextMode = 'auto' | 'on' | 'off';

export interface ArticlesTable {
  id: Generated<number>;
  source_id: number;
  /** SHA-256 of the item's identity within its source (GUID, else normalized link). */
  guid_hash: string;
  slug: string;
  url: string;
  canonical_url: string;
  title: string;
  author: string | null;
  published_at: IsoTime;
  fetched_at: IsoTime;
  updated_at: IsoTime;
  /** Sanitized on the way in; safe to render as is. */
  excerpt_html: string;
  image_url: string | null;
  language: string | null;
  /** JSON array of lowercase topic words. */
  topics: Generated<string>;
  hidden: Generated<Flag>;
  comments_open: Generated<Flag>;
  /** SHA-256 of title and body as fetched: tells an edited item from an unchanged one. */
  content_hash: Generated<string>;
  /** The story it belongs to (migration 011); null until the analysis job assigns it. */
  story_id: number | null;
  /** 1 when an editor placed it in its story (merge or split): the assigner leaves it there. */
  story_pinned: Generated<Flag>;
  /** When the analysis job last processed it; null while it waits. */
  analyzed_at: IsoTime | null;
}

/**
 * Each article's full extracted plain text (migration 010): what search reads. Never rendered;
 * a search result shows at most a snippet of it.
 */
export interface ArticleTextsTable {
  article_id: number;
  body_text: string;
}

export const commentStatuses = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export interface CommentsTable {
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  author_name: string;
  /** Staff pages and outgoing mail only; never rendered publicly. */
  author_email: string;
  author_url: string | null;
  body_markdown: string;
  /** Rendered from body_markdown and sanitized; safe to render as is. */
  body_html: string;
  status: CommentStatus;
  /** Why the status was given ("held: first comment"), for moderators. */
  status_reason: string;
  /** HMAC of the poster's address with the desk secret; the address itself is never stored. */
  client_hash: string;
  user_agent: string;
  created_at: IsoTime;
  /** Set when a staff member wrote the comment (shown with a staff badge). */
  user_id: number | null;
  /** 0–100 from the spam model; null when not scored. */
  spam_score: number | null;
  /** The spam model version that gave spam_score (0: as shipped); null when not scored. */
  spam_model_version: number | null;
  /** For a comment the score held or sent to spam: its strongest features, JSON [{feature, weight}]. */
  spam_features: string | null;
  status_changed_at: IsoTime | null;
}

export interface ArticleTombstonesTable {
  source_id: number;
  guid_hash: string;
  deleted_at: IsoTime;
}

/** A host that asked us to wait (429, 503): no source on it is fetched before paused_until. */
export interface FetchHostsTable {
  host: string;
  paused_until: IsoTime;
  reason: string;
}

/**
 * Who may fetch from a host now (one fetch at a time per host over every worker). A lease ends at
 * leased_until, early when released (lease_owner null), late never: a dead worker's lease runs out.
 */
export interface HostLeasesTable {
  host: string;
  lease_owner: string | null;
  leased_until: IsoTime;
  /** The worker next in line while waiter_until lasts; nobody else takes the host meanwhile. */
  waiter: string | null;
  waiter_until: IsoTime | null;
}

export const staffRoles = ['admin', 'editor', 'moderator'] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: Generated<string>;
  role: StaffRole;
  /** scrypt, with its parameters and salt; null until the user sets a password. */
  password_hash: string | null;
  created_at: IsoTime;
  /** 1: the account cannot sign in (migration 017); an admin can switch it on again. */
  disabled: Generated<Flag>;
}

export interface SessionsTable {
  /** SHA-256 of the session cookie's token; the token itself is never stored. */
  token_hash: string;
  user_id: number;
  created_at: IsoTime;
  expires_at: IsoTime;
  last_seen_at: IsoTime;
  user_agent: Generated<string>;
}

export interface PasswordTokensTable {
  token_hash: string;
  user_id: number;
  expires_at: IsoTime;
  used_at: IsoTime | null;
}

/** One-time links that create a new desk's first admin (migration 017); only the token's hash is kept. */
export interface SetupLinksTable {
  token_hash: string;
  created_at: IsoTime;
  expires_at: IsoTime;
  used_at: IsoTime | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  /** "pair:HASH:EMAIL", "address:HASH" or "account:EMAIL"; rows include attempts still being checked. */
  key: string;
  failed_at: IsoTime;
}

/** Locked by each sign-in reservation while it counts and records (one row, name "sign-in"). */
export interface SignInGatesTable {
  name: string;
  passed_at: IsoTime;
}

export interface AuditLogTable {
  id: Generated<number>;
  user_id: number | null;
  /** Who acted, as shown to admins: the user's email, or "command line". */
  actor: string;
  action: string;
  target_type: Generated<string>;
  target_id: Generated<string>;
  /** JSON. */
  details: Generated<string>;
  created_at: IsoTime;
}

/** Double opt-in state of an address that asked for reply notifications. */
export interface MailAddressesTable {
  email: string;
  confirmed_at: IsoTime | null;
  confirmation_sent_at: IsoTime | null;
  unsubscribed_at: IsoTime | null;
}

export interface SubscriptionsTable {
  id: Generated<number>;
  email: string;
  article_id: number;
  comment_id: number | null;
  created_at: IsoTime;
  unsubscribed_at: IsoTime | null;
  /** 'article': every new comment under it; 'replies': only replies to the address's own comments. */
  scope: Generated<SubscriptionScope>;
}

export type SubscriptionScope = 'article' | 'replies';

/** Mail waiting to go out; the idempotency key makes a crash never send twice or lose one. */
export interface OutboxTable {
  id: Generated<number>;
  idempotency_key: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** JSON object of extra headers (List-Unsubscribe…). */
  headers: Generated<string>;
  created_at: IsoTime;
  attempts: Generated<number>;
  next_attempt_at: IsoTime;
  leased_until: IsoTime | null;
  sent_at: IsoTime | null;
  last_error: string | null;
}

export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
}

export const jobStates = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

/** Background work (src/jobs/): claimed in batches under a lease that running workers renew. */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  /** JSON text; its shape belongs to the kind. */
  payload: Generated<string>;
  /** Unique among queued and running jobs: a second enqueue with it is a no-op. */
  dedupe_key: string | null;
  state: Generated<JobState>;
  /** Not claimed before this time (a retry's backoff moves it forward). */
  run_at: IsoTime;
  /** Claims so far, this one included while running. */
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  lease_owner: string | null;
  /** A running job whose lease ended belongs to a worker that stopped; it is queued again. */
  leased_until: IsoTime | null;
  last_error: string | null;
  created_at: IsoTime;
  finished_at: IsoTime | null;
}

export interface Database {
  sources: SourcesTable;
  articles: ArticlesTable;
  article_texts: ArticleTextsTable;
  comments: CommentsTable;
  settings: SettingsTable;
  article_tombstones: ArticleTombstonesTable;
  fetch_hosts: FetchHostsTable;
  users: UsersTable;
  sessions: SessionsTable;
  password_tokens: PasswordTokensTable;
  login_failures: LoginFailuresTable;
  sign_in_gates: SignInGatesTable;
  audit_log: AuditLogTable;
  mail_addresses: MailAddressesTable;
  subscriptions: SubscriptionsTable;
  outbox: OutboxTable;
  jobs: JobsTable;
  host_leases: HostLeasesTable;
  spam_models: SpamModelsTable;
  stories: StoriesTable;
  story_terms: StoryTermsTable;
  story_term_documents: StoryTermDocumentsTable;
  article_fingerprints: ArticleFingerprintsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  article_entities: ArticleEntitiesTable;
  quotes: QuotesTable;
  page_changes: PageChangesTable;
  source_fetches: SourceFetchesTable;
  source_imports: SourceImportsTable;
  setup_links: SetupLinksTable;
}

export const entityTypes = ['PERSON', 'ORG', 'PLACE'] as const;
export type EntityTypeName = (typeof entityTypes)[number];

/** A person, organization or place named in articles (migration 012). */
export interface EntitiesTable {
  id: Generated<number>;
  type: EntityTypeName;
  /** The longest full form seen first; shown on pages. */
  name: string;
  /** The name folded (lowercase, accents and punctuation gone): with the type, what makes two names one entity. */
  name_key: string;
  slug: string;
  created_at: IsoTime;
}

/** Other forms that named an entity in some article (a surname, an acronym, a #tag). */
export interface EntityAliasesTable {
  entity_id: number;
  alias: string;
}

export interface ArticleEntitiesTable {
  article_id: number;
  entity_id: number;
  /** How often the article names it. */
  mentions: number;
}

/** A direct quotation in an article, with its speaker when one could be told. */
export interface QuotesTable {
  id: Generated<number>;
  article_id: number;
  /** Where it starts in the article's text: quotes are listed in reading order. */
  position: number;
  text: string;
  speaker_name: string | null;
  speaker_entity_id: number | null;
}

/** One event reported by one or more articles (migration 011; src/stories/). */
export interface StoriesTable {
  id: Generated<number>;
  title: string;
  representative_article_id: number;
  /** JSON [term, weight][]: the representative article's terms before IDF. */
  representative_terms: string;
  /** JSON [term, weight][]: the sum of its articles' unit vectors, cut to the heaviest terms. */
  centroid: string;
  /** JSON string[]: the centroid's terms that were a name or a number in some article. */
  markers: Generated<string>;
  size: number;
  first_seen_at: IsoTime | null;
  last_seen_at: IsoTime | null;
  /** JSON array of source ids (as strings), in the order they first reported it. */
  sources: string;
  source_count: Generated<number>;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** The inverted index: a story listed under each of its heaviest terms. */
export interface StoryTermsTable {
  story_id: number;
  term: string;
  weight: number;
}

/** How many assigned articles hold each term. */
export interface StoryTermDocumentsTable {
  term: string;
  documents: number;
}

/** An assigned article's SimHash fingerprint as four 16-bit quarters, each indexed. */
export interface ArticleFingerprintsTable {
  article_id: number;
  story_id: number;
  quarter_0: number;
  quarter_1: number;
  quarter_2: number;
  quarter_3: number;
}

/** A desk's retrained spam model (migration 008); version 0, as shipped, has no row. */
export interface SpamModelsTable {
  id: Generated<number>;
  created_at: IsoTime;
  bias: number;
  weights: string;
  spam_verdicts: number;
  ham_verdicts: number;
  rolled_back_at: IsoTime | null;
}

export type User = Selectable<UsersTable>;

export type Source = Selectable<SourcesTable>;
export type NewSource = Insertable<SourcesTable>;
export type Article = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type Comment = Selectable<CommentsTable>;
export type NewComment = Insertable<CommentsTable>;

/** SQLite only (migration 015): what changed a public page, appended by triggers; see src/store/page-changes.ts. */
export interface PageChangesTable {
  id: Generated<number>;
  /** `article:ID`, `story:ID`, `source:ID`, `desk` or `*`. */
  scope: string;
}

export type FetchOutcomeKind = 'fetched' | 'not-modified' | 'failed';

/** One fetch of a source (migration 018); the newest few per source are kept. */
export interface SourceFetchesTable {
  id: Generated<number>;
  source_id: number;
  started_at: IsoTime;
  duration_ms: number;
  outcome: FetchOutcomeKind;
  http_status: number | null;
  items_new: Generated<number>;
  items_updated: Generated<number>;
  /** The failure in words, as the source's last error says it. */
  error: string | null;
}

/** A subscription list staff import from the back office (migration 018), checked entry by entry by a job. */
export interface SourceImportsTable {
  id: Generated<number>;
  created_at: IsoTime;
  user_id: number | null;
  /** The audit log's name for who started it. */
  actor: string;
  /** What the list was called (its title, or "pasted list"). */
  label: string;
  /** JSON array of ImportEntry. */
  entries: string;
  total: number;
  checked: Generated<number>;
  added: Generated<number>;
  known: Generated<number>;
  /** JSON array of { feedUrl, reason }. */
  failures: Generated<string>;
  finished_at: IsoTime | null;
}

export type SourceFetch = Selectable<SourceFetchesTable>;
export type SourceImport = Selectable<SourceImportsTable>;
