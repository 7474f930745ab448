import type { Kysely } from 'kysely';
import { writeAudit } from '../store/audit.js';
import type { Database } from '../store/schema.js';
import { findArticlePlacement, findStoryRow, mergeStoryRows, splitArticleRows, type TermWeights } from '../store/stories.js';
import { allowedIn, type CommandActor, type Forbidden } from './actor.js';
import type { Invalid, Missing } from './results.js';

/*
 * An editor's word on the stories, which the assigner never overrides: two stories are one
 * event (merge), or an article belongs to none of the others (split). The moved articles are
 * pinned, so no later assignment moves them again; each change writes its audit entry in the
 * same transaction. Editors and admins (the articles area) or the command line.
 */

export type MergeStoriesResult = Forbidden | Missing | Invalid | { kind: 'merged'; storyId: number; size: number; sourceCount: number };

/** Sums two centroids term by term: a centroid is the sum of its articles' unit vectors. */
export function mergedCentroid(into: TermWeights, from: TermWeights): TermWeights {
  const sum = new Map<string, number>(into.map(([term, weight]) => [term, weight]));
  for (const [term, weight] of from) sum.set(term, (sum.get(term) ?? 0) + weight);
  return [...sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export async function mergeStories(db: Kysely<Database>, actor: CommandActor, input: { intoStoryId: number; fromStoryId: number }, now: Date = new Date()): Promise<MergeStoriesResult> {
  const allowed = allowedIn(actor, 'articles');
  if (allowed.kind === 'forbidden') return allowed;
  if (input.intoStoryId === input.fromStoryId) return { kind: 'invalid', message: 'A story cannot be merged into itself: name two different stories.' };
  return db.transaction().execute(async (trx): Promise<MergeStoriesResult> => {
    const into = await findStoryRow(trx, input.intoStoryId);
    const from = await findStoryRow(trx, input.fromStoryId);
    if (!into || !from) return { kind: 'missing' };
    const centroid = mergedCentroid(JSON.parse(into.centroid) as TermWeights, JSON.parse(from.centroid) as TermWeights);
    const markers = [...new Set([...(JSON.parse(into.markers) as string[]), ...(JSON.parse(from.markers) as string[])])];
    const members = await mergeStoryRows(trx, from.id, into.id, { centroid, markers }, now.toISOString());
    await writeAudit(trx, allowed.audit, { action: 'story.merge', targetType: 'story', targetId: into.id, details: { merged: from.id, articles: from.size } }, now);
    return { kind: 'merged', storyId: into.id, size: members.size, sourceCount: members.sources.length };
  });
}

export type SplitArticleResult = Forbidden | Missing | Invalid | { kind: 'split'; storyId: number; leftStoryId: number };

export async function splitArticleOut(db: Kysely<Database>, actor: CommandActor, input: { articleId: number }, now: Date = new Date()): Promise<SplitArticleResult> {
  const allowed = allowedIn(actor, 'articles');
  if (allowed.kind === 'forbidden') return allowed;
  return db.transaction().execute(async (trx): Promise<SplitArticleResult> => {
    const placement = await findArticlePlacement(trx, input.articleId);
    if (!placement) return { kind: 'missing' };
    const { storyId } = placement;
    if (storyId === null) return { kind: 'invalid', message: 'This article is not in a story yet: it is assigned after it is analysed.' };
    const story = await findStoryRow(trx, storyId);
    if (!story || story.size <= 1) return { kind: 'invalid', message: 'This article is the only one in its story: there is nothing to split it from.' };
    const newStoryId = await splitArticleRows(trx, { ...placement, storyId }, now.toISOString());
    await writeAudit(trx, allowed.audit, { action: 'story.split', targetType: 'article', targetId: placement.articleId, details: { from: storyId, to: newStoryId } }, now);
    return { kind: 'split', storyId: newStoryId, leftStoryId: storyId };
  });
}
