import { analyzeArticlesJob } from './kinds/analyze-articles.js';
import { fetchSourceJob } from './kinds/fetch-source.js';
import { housekeepingJob } from './kinds/housekeeping.js';
import { importSourcesJob } from './kinds/import-sources.js';
import { sendMailJob } from './kinds/send-mail.js';
import { spamModelRefreshJob } from './kinds/spam-model-refresh.js';
import { jobRegistry, type JobRegistry } from './registry.js';

/** Every kind `newsdesk worker` runs. */
export function deskJobs(): JobRegistry {
  return jobRegistry([fetchSourceJob, sendMailJob, housekeepingJob, spamModelRefreshJob, analyzeArticlesJob, importSourcesJob]);
}
