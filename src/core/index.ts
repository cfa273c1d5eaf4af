/**
 * Package entry `fair-offer/core`: the DOM-free part (offer model, guardrails, copy checks, receipts, plan,
 * experiments, analytics adapters). Runs in Node and browsers; imports no lit and touches no DOM globals.
 */
// Node and the CLI validate offers in every language synchronously: every pack and string table is registered
// on import. (The element imports the core modules it needs directly and loads other languages on demand.)
import './register-all.js';

export { validateOffer, type ValidationResult, type ValidateOptions } from './validate-offer.js';
export { defineOffer, parseOffer, InvalidOfferError } from './define-offer.js';
export { checkCopy, checkCopyUpTo, MAX_CHECKED_CHARS } from './copy/check-copy.js';
export {
  registerCopyPack,
  copyPackFor,
  loadCopyPack,
  registeredCopyPacks,
  primaryLanguage,
  PACK_LANGUAGES,
} from './copy/pack-registry.js';
export { copyLanguagesIn } from './copy-languages.js';
export type { CopyPack, DeclineGrammar, PolarityLexicon, Shape } from './copy/pack.js';
export type { ReadabilityFormula } from './copy/readability/formula.js';
export type { Finding, CopyRole, CopyCheckOptions } from './finding.js';
export { RULES, ruleInfo, type RuleInfo, type RuleId } from './guardrails/rules.js';
export {
  registerCheckGroup,
  loadCheckGroup,
  checkGroupsFor,
  type CheckGroup,
  type CheckGroupName,
} from './guardrails/check-groups.js';
export {
  OfferSchema,
  CONSTRAINTS,
  ACCESS_LEVELS,
  PERIODS,
  TERM_KEYS,
  type Offer,
  type OfferOption,
  type Terms,
  type Price,
  type AddOn,
  type Arm,
  type Claim,
  type Constraint,
  type AccessLevel,
  type Period,
  type TermKey,
} from './offer-schema.js';
export {
  discloseOption,
  compareTerms,
  formatPrice,
  totalCommitment,
  type DisclosedOption,
  type TermRow,
} from './disclosure.js';
export {
  createReceipt,
  verifyReceipt,
  buildDisclosure,
  type Receipt,
  type Disclosure,
  type VerifyResult,
} from './receipt.js';
export { renderPlan, type RenderPlanOptions } from './plan.js';
export { EN_STRINGS, fill, type Strings, type StringKey } from './strings.js';
export { LOCALE_STRINGS, stringsFor } from './locales/all.js';
export { assignArm, applyArm, armFor, getVisitorId, type Experiment, type ArmView } from './experiment.js';
export {
  analyzeEvents,
  analysisFromCounts,
  type Analysis,
  type AnalyzeOptions,
  type ArmStats,
  type Downstream,
  type EventRecord,
  type Rate,
  type RetainedRate,
} from './analyze.js';
export type { AnalysisCounts, ArmCounts, OutcomeCounts } from './analyze-counts.js';
export type { ConcessionRanking, RankedRetreat, Concession } from './analyze-concession.js';
export {
  createOutcome,
  checkOutcome,
  isoMillis,
  OutcomeError,
  OUTCOMES,
  OUTCOME_TYPE,
  type Outcome,
  type OutcomeInput,
  type OutcomeRecord,
} from './outcome.js';
export { rememberStop, isStopRemembered, forgetStop, DEFAULT_REMEMBER_DAYS } from './stop-memory.js';
export { checkDeadlineHistory, DEADLINE_KEY_PREFIX } from './deadline-history.js';
export { safeLocalStorage, type StorageLike } from './storage.js';
export {
  reduce,
  initialState,
  normalizeState,
  configFor,
  STAGES,
  MODES,
  type Stage,
  type Mode,
  type SequenceState,
} from './sequence.js';
export * from './adapters/index.js';
export { VERSION } from './version.js';
export { lintDigest, LINT_DIGEST_PREFIX, type LintDigestOptions } from './lint-digest.js';
