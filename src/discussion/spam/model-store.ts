import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { activeSpamModelVersion, findSpamModel, insertSpamModel } from '../../store/spam-models.js';
import { decodeWeights, encodeWeights, loadShippedModel } from './model-file.js';
import type { SpamModel } from './model.js';
import { retrainWith } from './retrain.js';
import { deskVerdicts } from './verdicts.js';

/*
 * The model a process decides with, per database: the desk's active version (the newest not
 * rolled back) or, with none, the shipped one. A request never waits for it: it gets the model
 * in hand, and at most every CHECK_INTERVAL_MS a background look at which version is active
 * swaps in another one once loaded, so web nodes follow the worker's retraining and rollbacks.
 */

const CHECK_INTERVAL_MS = 5_000;

interface State {
  model: SpamModel;
  checkedAt: number;
  check: Promise<void> | null;
  failing: boolean;
}

const states = new WeakMap<object, State>();

function stateFor(db: Kysely<Database>): State {
  let state = states.get(db);
  if (!state) {
    state = { model: loadShippedModel().model, checkedAt: 0, check: null, failing: false };
    states.set(db, state);
  }
  return state;
}

/** Loads a stored version (0: the shipped model). */
export async function loadSpamModel(db: Kysely<Database>, version: number): Promise<SpamModel> {
  if (version === 0) return loadShippedModel().model;
  const row = await findSpamModel(db, version);
  if (!row) throw new Error(`spam model version ${version} is not stored`);
  return { version: row.id, bias: row.bias, weights: decodeWeights(Buffer.from(row.weights, 'base64')) };
}

async function check(db: Kysely<Database>, state: State): Promise<void> {
  try {
    const version = await activeSpamModelVersion(db);
    if (version !== state.model.version) state.model = await loadSpamModel(db, version);
    state.failing = false;
  } catch (error) {
    // The model in hand keeps serving; said once until it recovers.
    if (!state.failing) console.warn(`spam model: could not load the active version, the previous one keeps serving: ${error instanceof Error ? error.message : String(error)}`);
    state.failing = true;
  }
}

function startCheck(db: Kysely<Database>, state: State, now: number): Promise<void> {
  state.checkedAt = now;
  state.check ??= check(db, state).finally(() => {
    state.check = null;
  });
  return state.check;
}

/** The model to decide with now; never loads on the caller's time. */
export function currentSpamModel(db: Kysely<Database>, now = Date.now()): SpamModel {
  const state = stateFor(db);
  if (now - state.checkedAt >= CHECK_INTERVAL_MS) void startCheck(db, state, now);
  return state.model;
}

/** Loads the active version now (serve start, after a rollback or a retrain in this process). */
export function refreshSpamModel(db: Kysely<Database>): Promise<void> {
  return startCheck(db, stateFor(db), Date.now());
}

export interface RetrainResult {
  version: number;
  spam: number;
  ham: number;
}

/**
 * The spam-model-refresh job: a new version from the shipped data and every standing verdict,
 * stored and made active. Null when the desk has given no verdict yet.
 */
export async function retrainDeskModel(db: Kysely<Database>, now = new Date()): Promise<RetrainResult | null> {
  const verdicts = await deskVerdicts(db);
  if (verdicts.length === 0) return null;
  const model = retrainWith(verdicts, 0);
  const spam = verdicts.filter((v) => v.label === 'spam').length;
  const version = await insertSpamModel(db, {
    created_at: now.toISOString(),
    bias: model.bias,
    weights: encodeWeights(model.weights).toString('base64'),
    spam_verdicts: spam,
    ham_verdicts: verdicts.length - spam,
  });
  await refreshSpamModel(db);
  return { version, spam, ham: verdicts.length - spam };
}
