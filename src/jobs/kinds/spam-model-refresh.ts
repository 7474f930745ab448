import { learnedModelSettled, refreshLearnedModel, warmLearnedModel } from '../../discussion/spam/bayes-store.js';
import { objectPayload, optionalFlag } from '../payloads.js';
import { deskJob } from '../registry.js';

/*
 * Brings the learned spam model of the process running this job up to date with the verdicts
 * in the database (a rebuild when asked). The model lives in each process's memory, so this
 * refreshes the worker's copy; web nodes keep theirs current on their own (bayes-store.ts).
 */
export const spamModelRefreshJob = deskJob({
  kind: 'spam-model-refresh',
  parse(raw) {
    const rebuild = optionalFlag(objectPayload(raw).rebuild, 'rebuild');
    return rebuild === undefined ? {} : { rebuild };
  },
  async run(payload, context) {
    // The first call in a process builds the model; later ones catch up or rebuild it.
    await warmLearnedModel(context.db);
    refreshLearnedModel(context.db, { rebuild: payload.rebuild ?? false });
    await learnedModelSettled(context.db);
    return undefined;
  },
});
