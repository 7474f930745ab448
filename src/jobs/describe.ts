/**
 * How a log line names a job: its number, its kind, and what it works on when the payload says
 * (a source, an article), so a failure can be traced to the thing that failed without the table.
 */
export function describeJob(job: { id: number; kind: string; payload: string }): string {
  const subject = subjectOf(job.payload);
  return `job #${job.id} ${job.kind}${subject ? ` (${subject})` : ''}`;
}

const subjects: Record<string, string> = { sourceId: 'source', articleId: 'article', commentId: 'comment' };

function subjectOf(payload: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const parts = Object.entries(subjects)
    .filter(([key]) => Number.isSafeInteger((value as Record<string, unknown>)[key]))
    .map(([key, word]) => `${word} #${(value as Record<string, number>)[key]}`);
  return parts.length ? parts.join(', ') : null;
}
