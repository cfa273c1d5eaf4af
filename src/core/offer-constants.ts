/**
 * The offer model's fixed value lists, apart from the schema (offer-schema.ts re-exports them), so the element's
 * first paint can use them without valibot: the schema is in the checks chunk, which a linted offer loads after it
 * has painted (lint-digest.ts).
 */

export const CONSTRAINTS = ['time', 'budget', 'policy', 'other'] as const;
export type Constraint = (typeof CONSTRAINTS)[number];

export const ACCESS_LEVELS = ['none', 'read', 'write', 'admin'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const PERIODS = ['once', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Escalations a retreat may add over the full option, if declared and shown beside its button. */
export const ESCALATIONS = ['auto-renewal', 'recurring-charge', 'fees', 'data-access'] as const;
export type Escalation = (typeof ESCALATIONS)[number];

export const ARM_KINDS = ['rtr', 'small-only', 'full-only'] as const;
export type ArmKind = (typeof ARM_KINDS)[number];

export const TERM_KEYS = ['scope', 'evidence', 'dataAccess', 'time', 'price', 'renewal', 'exit'] as const;
export type TermKey = (typeof TERM_KEYS)[number];
