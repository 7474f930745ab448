import { analyzeArticle } from '../../analysis/analyze-article.js';
import { shippedTagger } from '../../analysis/entities/tagger.js';
import { assignStoredArticle } from '../../stories/assign-stored.js';
import { defaultStoryOptions } from '../../stories/options.js';
import { articlesAwaitingAnalysis, markArticleAnalyzed } from '../../store/analysis.js';
import { saveArticleAnalysis } from '../../store/entities.js';
import { htmlToText } from '../../text/html.js';
import { objectPayload } from '../payloads.js';
import { deskJob } from '../registry.js';

/*
 * Analyses stored articles oldest first: its people, organizations, places and quotes
 * (src/analysis/) replace what was stored for it, and it joins a story (src/stories/) or starts one. One
 * such job is queued or running at a time (its dedupe key), so assignments never race; the
 * scheduler queues it while any article waits. It stops after a batch, or when its lease is
 * lost, and the next one carries on: an article is marked analysed only after its assignment
 * committed, and one already placed is not placed again, so a rerun changes nothing.
 */

/** Articles per run; the scheduler queues the next run at once while more wait. */
export const ANALYZE_BATCH = 200;

export const analyzeArticlesJob = deskJob({
  kind: 'analyze-articles',
  parse(raw) {
    objectPayload(raw);
    return {};
  },
  async run(_payload, context) {
    const articles = await articlesAwaitingAnalysis(context.db, ANALYZE_BATCH);
    let joined = 0;
    let started = 0;
    for (const article of articles) {
      if (context.signal.aborted) break;
      const analysis = analyzeArticle(article.title, article.text ?? htmlToText(article.excerptHtml), shippedTagger());
      const quotes = analysis.quotes.map((quote) => ({ position: quote.position, text: quote.text, speakerName: quote.speaker, speakerEntity: quote.speakerEntity }));
      await saveArticleAnalysis(context.db, article.id, analysis.entities, quotes, context.now().toISOString());
      const assignment = await assignStoredArticle(context.db, article, defaultStoryOptions, context.now);
      if (assignment?.isNew) started++;
      else if (assignment) joined++;
      await markArticleAnalyzed(context.db, article.id, context.now().toISOString());
    }
    return articles.length === 0 ? undefined : `analysed ${joined + started} articles: ${joined} joined a story, ${started} started one`;
  },
});
