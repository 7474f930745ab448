import { retrainDeskModel } from '../../discussion/spam/model-store.js';
import { objectPayload, optionalFlag } from '../payloads.js';
import { deskJob } from '../registry.js';

/*
 * Retrains the desk's spam model from the shipped data and the moderators' standing verdicts
 * and stores it as the new active version (src/discussion/spam/model-store.ts). Queued by a
 * moderator's verdict (src/commands/comment-status.ts), never run on a request; web nodes pick
 * the new version up on their own.
 */
export const spamModelRefreshJob = deskJob({
  kind: 'spam-model-refresh',
  parse(raw) {
    const rebuild = optionalFlag(objectPayload(raw).rebuild, 'rebuild');
    return rebuild === undefined ? {} : { rebuild };
  },
  async run(_payload, context) {
    const result = await retrainDeskModel(context.db, context.now());
    return result ? `spam model v${result.version} trained on ${result.spam} spam and ${result.ham} genuine verdicts` : 'spam model: no verdicts yet, the shipped model stays';
  },
});
