import type { Config } from '../config.js';
import { operator } from '../commands/actor.js';
import { mergeStories, splitArticleOut } from '../commands/stories.js';
import { UsageError, positiveId, withDesk } from './shared.js';

export async function storiesCommand(config: Config, args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'merge') {
    const into = positiveId(rest[0], 'newsdesk stories merge INTO FROM');
    const from = positiveId(rest[1], 'newsdesk stories merge INTO FROM');
    return withDesk(config, async ({ store }) => {
      const result = await mergeStories(store.db, operator, { intoStoryId: into, fromStoryId: from });
      if (result.kind === 'merged') {
        console.log(`Story #${from} is now part of story #${into}: ${result.size} articles from ${result.sourceCount} sources.`);
        return 0;
      }
      console.error(`newsdesk: ${result.kind === 'invalid' ? result.message : `story #${into} or story #${from} does not exist`}`);
      return 1;
    });
  }
  if (action === 'split') {
    const articleId = positiveId(rest[0], 'newsdesk stories split ARTICLE');
    return withDesk(config, async ({ store }) => {
      const result = await splitArticleOut(store.db, operator, { articleId });
      if (result.kind === 'split') {
        console.log(`Article #${articleId} left story #${result.leftStoryId}; it is now story #${result.storyId}, and stays there.`);
        return 0;
      }
      console.error(`newsdesk: ${result.kind === 'invalid' ? result.message : `there is no article #${articleId}`}`);
      return 1;
    });
  }
  throw new UsageError('stories needs merge or split');
}
