import { forgetOldSignInFailures } from '../../accounts/login-limit.js';
import { applyRetention } from '../../ingest/retention.js';
import { emptyOldTrash } from '../../store/admin-comments.js';
import { clearExpiredHostPauses, clearIdleHostLeases } from '../../store/fetch-hosts.js';
import { pruneFinishedJobs } from '../../store/jobs.js';
import { trimPageChanges } from '../../store/page-changes.js';
import { deleteExpiredSessions } from '../../store/staff-tokens.js';
import { loadSettings } from '../../store/settings.js';
import { objectPayload } from '../payloads.js';
import { deskJob } from '../registry.js';

const DAY_MS = 86_400_000;
/** Done jobs are history for a day (what ran, and when); given-up ones for 30, so their error can be read. */
const KEEP_DONE_MS = DAY_MS;
const KEEP_FAILED_MS = 30 * DAY_MS;

/** Retention, trash emptying, the job table's own history, ended sessions, old sign-in failures, stale host rows and old page changes; each step is idempotent. */
export const housekeepingJob = deskJob({
  kind: 'housekeeping',
  parse(raw) {
    objectPayload(raw);
    return {};
  },
  async run(_payload, context) {
    const settings = await loadSettings(context.db);
    const now = context.now();
    const removedArticles = await applyRetention(context.db, settings.retentionDays, now);
    const deletedComments = await emptyOldTrash(context.db, settings.emptyTrashAfterDays, now);
    const prunedJobs = await pruneFinishedJobs(context.db, { doneBefore: new Date(now.getTime() - KEEP_DONE_MS), failedBefore: new Date(now.getTime() - KEEP_FAILED_MS) });
    // Hosts nobody fetched from for a day, and pauses that ended: rows that decide nothing any more.
    await clearIdleHostLeases(context.db, new Date(now.getTime() - DAY_MS));
    await clearExpiredHostPauses(context.db, now);
    // Sign-in state that decides nothing any more; no request pays for forgetting it.
    const endedSessions = await deleteExpiredSessions(context.db, now);
    const oldFailures = await forgetOldSignInFailures(context.db, now);
    const oldPageChanges = await trimPageChanges(context.db);
    if (removedArticles + deletedComments + prunedJobs + endedSessions + oldFailures + oldPageChanges === 0) return undefined;
    return `housekeeping: ${removedArticles} old articles removed, ${deletedComments} comments deleted from trash and spam, ${prunedJobs} finished jobs pruned, ${endedSessions} ended sessions, ${oldFailures} old sign-in failures and ${oldPageChanges} old page changes forgotten`;
  },
});
