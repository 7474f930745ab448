import { defaultSettings, type SettingKey, type Settings } from '../../../store/settings.js';
import type { Staff } from '../staff.js';
import { AdminLayout, Notice } from './layout.js';
import { FieldError } from '../../pages/form-parts.js';

/** Settings edited in a text area (one entry per line, or JSON). */
export const longTextSettings: ReadonlySet<string> = new Set(['moderationWords', 'disallowedWords', 'blockedAuthors', 'globalFilters']);

/** Labels and help for the form; a setting added later without an entry still gets a field, labelled by its key. */
const described: Partial<Record<SettingKey, { label: string; help: string }>> = {
  siteName: { label: 'Site name', help: 'Shown in every page’s header and title.' },
  siteTagline: { label: 'Tagline', help: 'Shown under the site name.' },
  threadDepth: { label: 'Reply depth', help: 'Nesting depth of replies; deeper replies are shown at the last level, marked “In reply to”.' },
  commentMaxLinks: { label: 'Links that hold a comment', help: 'Hold a comment with this many links or more; 0 turns it off.' },
  requirePriorApproval: { label: 'Hold first comments', help: 'Hold a comment unless its author (same name and email) has an approved one.' },
  floodSeconds: { label: 'Seconds between comments', help: 'No two comments from one address or email within this time.' },
  minFillSeconds: { label: 'Minimum seconds to fill the form', help: 'A form sent sooner after it was shown is taken for a bot.' },
  formTokenMaxAgeHours: { label: 'Hours a form stays valid', help: 'An older form must be sent again.' },
  articlesPerPage: { label: 'Articles per page', help: 'On the home page and source pages.' },
  homeShowsStories: { label: 'Top stories on the home page', help: 'Above the latest articles, the stories of the last days that most outlets report.' },
  timeZone: { label: 'Time zone', help: 'The IANA time zone dates are shown in, such as Europe/Lisbon or UTC.' },
  maxConcurrentFetches: { label: 'Fetches at once', help: 'Over all hosts; never more than one per host.' },
  globalFilters: { label: 'Filters for every source (JSON)', help: 'Keep/block rules, e.g. [{"action":"block","field":"title","pattern":"sponsored"}]; fields title, content, author, url, any; "regex": true for a pattern.' },
  retentionDays: { label: 'Keep articles for (days)', help: 'Remove articles older than this that nobody commented on; 0 keeps everything.' },
  moderationWords: { label: 'Words that hold a comment', help: 'One word or phrase per line; a match in author, email, URL, text, address or user agent holds the comment.' },
  disallowedWords: { label: 'Words that send a comment to spam', help: 'One word or phrase per line.' },
  holdAllComments: { label: 'Hold every comment', help: 'Every comment waits for a moderator.' },
  closeCommentsAfterDays: { label: 'Close comments after (days)', help: 'On articles older than this; 0 keeps them open.' },
  commentsPerPage: { label: 'Threads per page', help: 'Top-level threads per page under an article.' },
  blockedAuthors: { label: 'Blocked authors', help: 'One per line: an email address, or an address range such as 192.0.2.0/24.' },
  commentsPerMinutePerAddress: { label: 'Comments per minute from one address', help: '0 turns the limit off.' },
  notifyModeratorsOfHeld: { label: 'Email moderators about held comments', help: 'One message for each comment held for moderation.' },
  emptyTrashAfterDays: { label: 'Empty trash and spam after (days)', help: 'Comments in the trash or spam longer than this are deleted for good; 0 keeps them.' },
  spamScoreHold: { label: 'Spam score that holds', help: 'A spam model score (0–100) at or above this holds the comment. The default was chosen by cross-validation (README, Spam defence).' },
  spamScoreSpam: { label: 'Spam score that means spam', help: 'A spam model score at or above this sends the comment to spam (kept, never shown).' },
};

/**
 * The page's groups, the discussion ones as WordPress's Discussion screen has them, then the
 * site's own. A setting added later without a place here lands in the last group, "Other".
 */
export const settingGroups: { id: string; legend: string; help: string; keys: SettingKey[] }[] = [
  {
    id: 'before',
    legend: 'Before a comment appears',
    help: 'Whether a comment is published at once or waits for a moderator.',
    keys: ['holdAllComments', 'requirePriorApproval'],
  },
  {
    id: 'moderation',
    legend: 'Comment moderation',
    help: 'What holds a comment in the queue, and the limits that refuse a post outright.',
    keys: ['commentMaxLinks', 'moderationWords', 'spamScoreHold', 'floodSeconds', 'commentsPerMinutePerAddress', 'minFillSeconds', 'formTokenMaxAgeHours'],
  },
  {
    id: 'disallowed',
    legend: 'Disallowed words and spam',
    help: 'What sends a comment straight to spam (kept, never shown), and how long spam and trash are kept.',
    keys: ['disallowedWords', 'blockedAuthors', 'spamScoreSpam', 'emptyTrashAfterDays'],
  },
  {
    id: 'notifications',
    legend: 'Notifications',
    help: 'Mail to the staff who moderate.',
    keys: ['notifyModeratorsOfHeld'],
  },
  {
    id: 'appearance',
    legend: 'Appearance of discussions',
    help: 'How threads are shown under an article, and when they close.',
    keys: ['threadDepth', 'commentsPerPage', 'closeCommentsAfterDays'],
  },
  {
    id: 'site',
    legend: 'Site',
    help: 'What every page shows.',
    keys: ['siteName', 'siteTagline', 'timeZone', 'articlesPerPage', 'homeShowsStories'],
  },
  {
    id: 'sources',
    legend: 'Sources and fetching',
    help: 'How articles come in and how long they stay.',
    keys: ['maxConcurrentFetches', 'globalFilters', 'retentionDays'],
  },
];

/** The groups with every setting placed: those no group names go to a last group, "Other". */
function groupsOfAllSettings() {
  const placed = new Set(settingGroups.flatMap((g) => g.keys));
  const others = (Object.keys(defaultSettings) as SettingKey[]).filter((k) => !placed.has(k));
  return others.length === 0 ? settingGroups : [...settingGroups, { id: 'other', legend: 'Other', help: 'Settings without a group yet.', keys: others }];
}

/** A setting's default as the page states it: "Default: 5", "Default: on", "Default: empty". */
export function defaultInWords(key: SettingKey): string {
  const value = defaultSettings[key];
  if (typeof value === 'boolean') return `Default: ${value ? 'on' : 'off'}`;
  if (typeof value === 'number') return `Default: ${value}`;
  if (value === '' || value === '[]') return 'Default: empty';
  return `Default: ${value}`;
}

export function settingLabel(key: string): string {
  return described[key as SettingKey]?.label ?? key;
}

/** What the form shows: each setting's value as typed (text) or ticked (boolean). */
export type SettingsFormValues = Record<string, string | boolean>;

export function formValuesOf(settings: Settings): SettingsFormValues {
  const values: SettingsFormValues = {};
  for (const [key, value] of Object.entries(settings)) values[key] = typeof value === 'boolean' ? value : String(value);
  return values;
}

export function SettingsPage({ settings, staff, csrfToken, values, errors, publicUrl, notice }: { settings: Settings; staff: Staff; csrfToken: string; values: SettingsFormValues; errors: Record<string, string>; publicUrl: string; notice: string | null }) {
  const errorCount = Object.keys(errors).length;
  return (
    <AdminLayout settings={settings} staff={staff} csrfToken={csrfToken} title="Settings" section="settings">
      <h1 class="page-title">Settings</h1>
      <Notice text={notice} />
      <form method="post" action="/admin/settings" class="admin-form settings-form" novalidate>
        {errorCount > 0 && (
          <div class="form-message" role="alert">
            <p>Nothing was saved: {errorCount === 1 ? 'one setting needs' : `${errorCount} settings need`} correcting. Each is marked below.</p>
          </div>
        )}
        <div class="readonly-setting">
          <p>
            <strong>Public address:</strong> <code id="public-url">{publicUrl}</code>
          </p>
          <p class="field-help">Read-only here: it comes from the environment variable NEWSDESK_PUBLIC_URL. Change it there and restart the desk.</p>
        </div>
        {groupsOfAllSettings().map((group) => (
          <fieldset class="settings-group" id={`group-${group.id}`} aria-describedby={`group-${group.id}-help`}>
            <legend>{group.legend}</legend>
            <p class="group-help" id={`group-${group.id}-help`}>
              {group.help}
            </p>
            {group.keys.map((key) => (
              <SettingField name={key} value={values[key] ?? ''} error={errors[key]} />
            ))}
          </fieldset>
        ))}
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p class="form-actions">
          <button type="submit">Save settings</button>
        </p>
      </form>
    </AdminLayout>
  );
}

function SettingField({ name, value, error }: { name: SettingKey; value: string | boolean; error: string | undefined }) {
  const label = settingLabel(name);
  const help = described[name]?.help;
  const id = `setting-${name}`;
  const describedBy = [`${id}-help`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const kind = typeof defaultSettings[name];
  const helpText = (
    <span class="field-help" id={`${id}-help`}>
      {help}
      <span class="setting-default">{defaultInWords(name)}</span>
    </span>
  );
  const errorText = <FieldError id={`${id}-error`} error={error} />;
  if (kind === 'boolean') {
    return (
      <p class={`checkbox-field${error ? ' has-error' : ''}`}>
        <input id={id} name={name} type="checkbox" value="on" checked={value === true} aria-describedby={describedBy} />{' '}
        <label for={id}>{label}</label>
        {helpText}
        {errorText}
      </p>
    );
  }
  const common = { id, name, 'aria-describedby': describedBy, 'aria-invalid': error ? ('true' as const) : undefined };
  return (
    <p class={error ? 'has-error' : undefined}>
      <label for={id}>{label}</label>
      {longTextSettings.has(name) ? (
        <textarea {...common} rows={name === 'globalFilters' ? 4 : 5}>
          {String(value)}
        </textarea>
      ) : kind === 'number' ? (
        <input {...common} type="text" inputMode="numeric" value={String(value)} class="short" />
      ) : (
        <input {...common} type="text" value={String(value)} />
      )}
      {helpText}
      {errorText}
    </p>
  );
}
