import type { ErasureResult } from '../../commands/privacy.js';
import { commentLimits } from '../../discussion/comment-form.js';
import type { Settings } from '../../store/settings.js';
import { formatDateTime, plural, plainTextTeaser } from '../format.js';
import { Layout } from './layout.js';
import { FieldError } from './form-parts.js';

/** What the eraser does, said the same way before and after. */
const erasureWords =
  'Your comments stay, without your name: each is shown as written by “Anonymous”, and the email address, website, the keyed hash of your internet address and your browser’s user agent are removed from them. Reply notifications to this address stop, and the desk forgets the address.';

export const privacyRequestAnswer = 'If comments were posted with that address, a link is on its way. It works for 24 hours.';

export interface PrivacyPageProps {
  settings: Settings;
  csrfToken: string;
  email: string;
  error: string | null;
  /** The request was taken (whether or not the address is known). */
  answered: boolean;
}

export function PrivacyPage({ settings, csrfToken, email, error, answered }: PrivacyPageProps) {
  return (
    <Layout settings={settings} title="Privacy">
      <h1 class="page-title">Privacy</h1>
      <h2>What the desk keeps when you comment</h2>
      <ul>
        <li>
          <strong>Your name</strong> and, if you give one, <strong>your website</strong>: both are shown with your comment.
        </li>
        <li>
          <strong>Your email address</strong>: never shown publicly. Moderators see it; the desk uses it for mail you ask for (such as reply notifications) and for
          the link below. The picture beside your comments is drawn from a keyed hash of the address, which cannot be turned back into it.
        </li>
        <li>
          <strong>The text of your comment</strong> and when you posted it.
        </li>
        <li>
          <strong>A keyed hash of your internet address</strong>, to spot floods and spam. The address itself is not stored.
        </li>
        <li>
          <strong>Your browser’s user agent</strong> (its name and version), to help moderators tell people from bots.
        </li>
      </ul>
      <h2>Cookies</h2>
      <ul>
        <li>A form cookie, so the desk can tell that a comment was sent from its own page.</li>
        <li>
          Your name, email and website, only if you tick “Save my name, email, and website in this browser”; kept for a year, or until you post without ticking
          it.
        </li>
        <li>Which of your comments await moderation, so you can see them before they are approved; kept for 30 days.</li>
        <li>The right to edit or delete your own comments for 15 minutes after posting them.</li>
      </ul>
      <p>None of them is shared with anyone, and the desk uses no tracking or advertising cookies.</p>

      <h2 id="your-data">Your comments’ data</h2>
      <p>
        Enter the email address you commented with. The desk sends a link to that address, so only its owner can use it: it lets you download every comment
        written with the address, or remove your name and address from them.
      </p>
      {answered && (
        <div class="notice" role="status">
          <p>{privacyRequestAnswer}</p>
        </div>
      )}
      <form action="/privacy#your-data" method="post" class="comment-form" id="privacyform">
        {error && (
          <div class="form-message" role="alert">
            <p>Your request was not sent. Please correct the marked field.</p>
          </div>
        )}
        <p class={`comment-form-email${error ? ' has-error' : ''}`}>
          <label for="email">Email address</label>
          <input
            id="email"
            name="email"
            type="email"
            value={email}
            maxLength={commentLimits.email}
            autocomplete="email"
            required
            aria-required="true"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'email-error' : undefined}
          />
          <FieldError id="email-error" error={error} />
        </p>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p class="form-submit">
          <button type="submit">Send me a link</button>
        </p>
      </form>
    </Layout>
  );
}

export interface ManagedComment {
  id: number;
  articleTitle: string;
  articlePath: string | null;
  createdAt: string;
  status: string;
  bodyMarkdown: string;
  authorName: string;
}

export interface PrivacyManagePageProps {
  settings: Settings;
  token: string;
  email: string;
  expiresAt: Date;
  comments: readonly ManagedComment[];
  csrfToken: string;
  /** Set just after an erasure. */
  erased: ErasureResult | null;
  message: string | null;
}

const statusWords: Record<string, string> = { approved: 'published', pending: 'awaiting moderation', spam: 'held as spam', trash: 'deleted' };

export function PrivacyManagePage({ settings, token, email, expiresAt, comments, csrfToken, erased, message }: PrivacyManagePageProps) {
  return (
    <Layout settings={settings} title="Your comments’ data">
      <h1 class="page-title">Your comments’ data</h1>
      <p>
        For <strong>{email}</strong>. This link works until {formatDateTime(expiresAt.toISOString(), settings.timeZone)}.
      </p>
      {message && (
        <div class="form-message" role="alert">
          <p>{message}</p>
        </div>
      )}
      {erased && (
        <div class="notice" role="status">
          <p>
            Done. {erased.commentIds.length === 0 ? 'No comments carried this address.' : `${plural(erased.commentIds.length, 'comment', 'comments')} changed.`} {erasureWords}
          </p>
        </div>
      )}
      <h2>{comments.length === 0 ? 'No comments with this address' : plural(comments.length, 'comment', 'comments') + ' with this address'}</h2>
      {comments.length > 0 && (
        <ul>
          {comments.map((c) => (
            <li>
              {c.articlePath ? <a href={c.articlePath}>{c.articleTitle}</a> : c.articleTitle}
              {`, ${formatDateTime(c.createdAt, settings.timeZone)} (${statusWords[c.status] ?? c.status}), as ${c.authorName}: “${plainTextTeaser(c.bodyMarkdown, 12)}”`}
            </li>
          ))}
        </ul>
      )}
      <h2>Download</h2>
      <p>Every comment written with this address, as a JSON file: the article’s title and address, the text, its status, the date, your name and website.</p>
      <form action="/privacy/export" method="post" class="comment-form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p class="form-submit">
          <button type="submit">Download my comments</button>
        </p>
      </form>
      <h2>Erase</h2>
      <p>{erasureWords} This cannot be undone.</p>
      <form action="/privacy/erase" method="post" class="comment-form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="_csrf" value={csrfToken} />
        <p class="form-submit">
          <button type="submit">Remove my name and address from my comments</button>
        </p>
      </form>
    </Layout>
  );
}

export function PrivacyLinkRefusedPage({ settings, expired }: { settings: Settings; expired: boolean }) {
  return (
    <Layout settings={settings} title="This link does not work">
      <h1 class="page-title">This link does not work</h1>
      <p role="alert">
        {expired
          ? 'This link has expired: links to your comments’ data work for 24 hours.'
          : 'This link is not valid. It may have been copied incompletely, or changed.'}
      </p>
      <p>
        <a href="/privacy#your-data">Ask for a new link</a>
      </p>
    </Layout>
  );
}
