import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { discussionContext } from '../desk.js';
import { operator } from '../commands/actor.js';
import { moderateComments } from '../commands/comments.js';
import { listComments } from '../store/comments.js';
import { commentStatuses, type CommentStatus } from '../store/schema.js';
import { UsageError, positiveId, withDesk } from './shared.js';

export async function commentsCommand(config: Config, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'list') {
    const { values } = parseArgs({ args: rest, options: { status: { type: 'string' }, limit: { type: 'string', default: '50' } } });
    const status = values.status;
    if (status !== undefined && !isStatus(status)) throw new UsageError(`--status must be one of ${commentStatuses.join(', ')}`);
    return withDesk(config, async ({ store }) => {
      const rows = await listComments(store.db, { status, limit: Number(values.limit) || 50 });
      if (rows.length === 0) console.log('No comments.');
      for (const r of rows) {
        const text = r.body_markdown.replace(/\s+/g, ' ').slice(0, 60);
        console.log(`#${r.id}\t${r.status}\t${r.created_at}\t${r.author_name} <${r.author_email}>\t/articles/${r.article_slug}\t${r.status_reason}\n\t${text}`);
      }
    });
  }
  const target = isStatusAction(action) ? actionStatus[action] : undefined;
  if (target) {
    const id = positiveId(rest[0], `newsdesk comments ${action}`);
    return withDesk(config, async ({ context }) => {
      const result = await moderateComments(await discussionContext(context), operator, { commentIds: [id], status: target });
      if (result.kind === 'forbidden' || result.missing.length > 0) {
        console.error(`newsdesk: there is no comment #${id}`);
        return 1;
      }
      console.log(`Comment #${id} is now ${target}.`);
    });
  }
  throw new UsageError('comments needs list, approve, spam, trash or pending');
}

const actionStatus = { approve: 'approved', spam: 'spam', trash: 'trash', pending: 'pending' } as const satisfies Record<string, CommentStatus>;
function isStatusAction(action: string | undefined): action is keyof typeof actionStatus {
  return action !== undefined && Object.hasOwn(actionStatus, action);
}
function isStatus(value: string): value is CommentStatus {
  return (commentStatuses as readonly string[]).includes(value);
}

