import type { SubscriptionScope } from '../../store/schema.js';

/** What the note under a reader's own held comment needs to say what happens next. */
export interface HeldNoteFacts {
  /** Moderators are mailed about each held comment (settings.notifyModeratorsOfHeld). */
  moderatorsMailed: boolean;
  /** What the author's address follows under this article, and whether that mail is confirmed; null when nothing. */
  following: { scope: SubscriptionScope; confirmed: boolean } | null;
}

/** The words of the note, one sentence each; the first is the one readers know from WordPress. */
export function heldNoteSentences({ moderatorsMailed, following }: HeldNoteFacts): string[] {
  const sentences = [
    'Your comment is awaiting moderation.',
    moderatorsMailed ? 'The moderators have been told, and one of them will read it.' : 'A moderator will read it when they next look at the comments waiting.',
    'Once it is approved it appears here for everyone; until then only you can see it, in this browser.',
  ];
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
