/** The comment form's fields exactly as the reader typed them. */
export interface CommentFormInput {
  comment: string;
  author: string;
  email: string;
  url: string;
  parentId: string;
  saveDetails: boolean;
  /** "Notify me of all new comments on this article" (field `notify`, value "yes"). */
  notify: boolean;
  /** "Notify me of replies to my comment" (field `notify_replies`, value "yes"). */
  notifyReplies: boolean;
  formToken: string;
  /** The honeypot: hidden from people, filled by many bots. */
  trap: string;
}

/** A form that passed validation, trimmed and normalized. */
export interface CommentDraft {
  body: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  parentId: number | null;
}

export type CommentField = 'comment' | 'author' | 'email' | 'url';
export type FieldErrors = Partial<Record<CommentField, string>>;

/** WordPress's column limits, which readers and importers already expect. */
export const commentLimits = { comment: 65_525, author: 245, email: 100, url: 200 } as const;

export const emptyCommentForm: CommentFormInput = {
  comment: '',
  author: '',
  email: '',
  url: '',
  parentId: '',
  saveDetails: false,
  notify: false,
  notifyReplies: false,
  formToken: '',
  trap: '',
};

/** Reads the posted body defensively: anything missing or not a string becomes empty. */
export function readCommentForm(body: unknown): CommentFormInput {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const text = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    comment: text('comment'),
    author: text('author'),
    email: text('email'),
    url: text('url'),
    parentId: text('parent_id'),
    saveDetails: text('save_details') === 'yes',
    notify: text('notify') === 'yes',
    notifyReplies: text('notify_replies') === 'yes',
    formToken: text('form_token'),
    trap: text('homepage'),
  };
}

// Pragmatic address check in the spirit of WordPress's is_email(): local@domain.tld, no spaces.
const emailPattern = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function validateCommentForm(input: CommentFormInput): { draft: CommentDraft } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const body = input.comment.replace(/\r\n?/g, '\n').trim();
  const authorName = input.author.replace(/\s+/g, ' ').trim();
  const authorEmail = input.email.trim();
  const rawUrl = input.url.trim();

  if (!body) errors.comment = 'Please type your comment.';
  else if (body.length > commentLimits.comment) errors.comment = tooLong('Your comment', commentLimits.comment, body.length);

  if (!authorName) errors.author = 'Please enter your name.';
  else if (authorName.length > commentLimits.author) errors.author = tooLong('Your name', commentLimits.author, authorName.length);

  if (!authorEmail) errors.email = 'Please enter your email address. It will not be published.';
  else if (authorEmail.length > commentLimits.email) errors.email = tooLong('Your email address', commentLimits.email, authorEmail.length);
  else if (!emailPattern.test(authorEmail)) errors.email = 'Please enter a valid email address, like name@example.com.';

  let authorUrl: string | null = null;
  if (rawUrl) {
    if (rawUrl.length > commentLimits.url) errors.url = tooLong('Your website address', commentLimits.url, rawUrl.length);
    else {
      authorUrl = normalizeWebsite(rawUrl);
      if (!authorUrl) errors.url = 'Please enter a web address starting with http:// or https://, or leave it empty.';
    }
  }

  let parentId: number | null = null;
  if (input.parentId && input.parentId !== '0') {
    parentId = /^\d{1,15}$/.test(input.parentId) ? Number(input.parentId) : -1;
  }

  if (Object.keys(errors).length > 0) return { errors };
  return { draft: { body, authorName, authorEmail, authorUrl, parentId } };
}

/** Accepts "example.org/me" as WordPress does by assuming http; refuses every other scheme. */
export function normalizeWebsite(raw: string): string | null {
  // "example.org:8080/me" starts with a port, not a scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.href;
}

/** What the reader asked to be mailed about: the whole article wins over replies only. */
export function followScope(input: Pick<CommentFormInput, 'notify' | 'notifyReplies'>): 'article' | 'replies' | null {
  if (input.notify) return 'article';
  return input.notifyReplies ? 'replies' : null;
}

function tooLong(what: string, limit: number, actual: number): string {
  return `${what} is too long: ${actual.toLocaleString('en')} characters, the limit is ${limit.toLocaleString('en')}.`;
}
