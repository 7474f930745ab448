/** The outer fold of eval/entities.ts whose posts eval/entities/tune.ts never reads: feature choices are made without it. */
export const UNTOUCHED_OUTER_FOLD = 0;
