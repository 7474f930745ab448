import type { SubscriptionScope } from '../../store/schema.js';

/** What the note under a reader's own held comment needs to say what happens next. */
export interface HeldNoteFacts {
  /** Moderators are mailed about each held comment (settings.notifyModeratorsOfHeld). */
  moderatorsMailed: boolean;
  /** What the author's address follows under this article, and whether that mail is confirmed; null when nothing. */
  following: { scope: SubscriptionScope; confirmed: boolean } | null;
  /** Why it is held, where saying so helps the reader: a first comment, or every comment held; else 'other' (the rules' reasons stay the moderators'). */
  why?: 'first' | 'all' | 'other';
}

/** The held reason stored with a comment, as far as the note tells it. */
export function heldWhy(statusReason: string): NonNullable<HeldNoteFacts['why']> {
  if (statusReason === 'held: first comment') return 'first';
  if (statusReason === 'held: every comment is held') return 'all';
  return 'other';
}

/** The words of the note, one sentence each; the first is the one readers know from WordPress. */
export function heldNoteSentences({ moderatorsMailed, following, why = 'other' }: HeldNoteFacts): string[] {
  const sentences = ['Your comment is awaiting moderation.'];
  if (why === 'first') sentences.push('A first comment under a name and email address is read before it appears; once one is approved, the next ones usually appear at once.');
  if (why === 'all') sentences.push('Every comment here is read before it appears.');
  sentences.push(
    moderatorsMailed ? 'The moderators have been told, and one of them will read it.' : 'A moderator will read it when they next look at the comments waiting.',
    'Once it is approved it appears here for everyone; until then only you can see it, in this browser.',
  );
  if (following) {
    const what = following.scope === 'article' ? 'new comments on this article' : 'replies to your comment';
    sentences.push(
      following.confirmed
        ? `You will get an email about ${what}.`
        : `You asked for emails about ${what}: we have sent you an email with a link to confirm your address first, and nothing is sent until you open it.`,
    );
  } else {
    sentences.push('You will not get an email about it.');
  }
  return sentences;
}

/** The familiar sentence on its own, then what happens next. */
export function HeldNote({ facts }: { facts: HeldNoteFacts }) {
  const [first, ...rest] = heldNoteSentences(facts);
  return (
    <div class="held-note">
      <p class="moderation-note">{first}</p>
      <p class="moderation-next">{rest.join(' ')}</p>
    </div>
  );
}
