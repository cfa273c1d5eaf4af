/**
 * What prepareOffer does after validateOffer: deadline history → experiment arm → remembered stop, for a verdict
 * already made. Apart from prepare-offer.ts so the element's first paint can prepare a linted offer (a verdict it
 * trusts until the checks chunk confirms it, lint-digest.ts) without importing the checks. Never throws.
 */
import { checkDeadlineHistory } from './deadline-history.js';
import { plainView, type ArmView } from './arm-view.js';
import { checkGroup } from './guardrails/check-groups.js';
import { isStopRemembered } from './stop-memory.js';
import type { Finding } from './finding.js';
import type { Offer } from './offer-schema.js';
import type { StorageLike } from './storage.js';
import type { ValidateOptions, ValidationResult } from './validate-offer.js';

export interface PrepareOptions {
  /** Where the deadline history, the visitor id and the remembered "Not now" live; null remembers nothing. */
  storage?: StorageLike | null;
  /** Assigns the experiment arm from this id; without it, from a random id kept in `storage`. */
  visitorId?: string | null;
  /** The experiment arm by name, when the server assigned it (the element's `arm` attribute); wins over `visitorId`. */
  arm?: string | null;
  /**
   * No visitor is known yet (a server render given neither `visitorId` nor `arm`, and the browser's hydration of
   * it): an experiment's offer shows its plain sequence, and the browser assigns the arm after it has painted.
   */
  withoutVisitor?: boolean;
  /** Clock for the deadline checks (tests, previews). */
  now?: Date;
  /** Legal packs the host adds (the element's `jurisdiction` attribute) and its language, for validateOffer. */
  jurisdictions?: ValidateOptions['jurisdictions'];
  language?: string;
}

export interface PreparedOffer {
  /** The guardrails' verdict, with a moved deadline or an arm the offer cannot show added as errors. */
  validation: ValidationResult;
  /** The offer as the visitor's arm shows it; null when the offer is refused. */
  arm: ArmView | null;
  /** The visitor said "Not now" to this offer id within `stop.rememberDays`. */
  stopRemembered: boolean;
  /** Which step refused the offer, or null when it can be shown. */
  refusedBy: 'guardrails' | 'deadline-history' | 'experiment' | null;
}

/** The steps after validation, on `validation` (each later step only on an offer the earlier ones accepted). */
export function prepareVerdict(validation: ValidationResult, options: PrepareOptions = {}): PreparedOffer {
  const storage = options.storage ?? null;
  const offer = validation.offer;
  if (!validation.ok || !offer) return refused(validation, 'guardrails');
  // An evergreen timer: the same offer id declared an earlier deadline on a previous visit.
  const moved = checkDeadlineHistory(offer.id, offer.deadline?.at, storage);
  if (moved.length) return refused({ ok: false, findings: [...validation.findings, ...moved] }, 'deadline-history');
  const arm = prepareArm(offer, options, storage);
  if (Array.isArray(arm)) return refused({ ok: false, findings: arm }, 'experiment');
  const stopRemembered = isStopRemembered(storage, offer.id, offer.stop?.rememberDays, options.now);
  return { validation, arm, stopRemembered, refusedBy: null };
}

function refused(validation: ValidationResult, refusedBy: PreparedOffer['refusedBy']): PreparedOffer {
  return { validation, arm: null, stopRemembered: false, refusedBy };
}

/**
 * The visitor's arm (deterministic and sticky, see experiment.ts), or the finding that makes the offer invalid
 * when the experiment names something the offer cannot show. Outside experiments: the plain sequence.
 */
export function prepareArm(
  offer: Offer,
  visitor: Pick<PrepareOptions, 'visitorId' | 'arm' | 'withoutVisitor'>,
  storage: StorageLike | null,
): ArmView | Finding[] {
  try {
    if (!offer.experiment) return plainView(offer);
    // validateOffer refuses an experiment offer while its group is not loaded, so an accepted one has the code.
    const code = checkGroup('experiment')?.arms;
    if (!code) throw new Error('the experiment code is not loaded on this page');
    if (visitor.arm) {
      const named = offer.experiment.arms.find((arm) => arm.name === visitor.arm);
      if (!named) {
        const names = offer.experiment.arms.map((arm) => arm.name).join(', ');
        throw new RangeError(`arm "${visitor.arm}" is not one of the experiment's arms (${names})`);
      }
      return code.applyArm(offer, named);
    }
    if (!visitor.visitorId && visitor.withoutVisitor) return plainView(offer);
    return code.armFor(offer, visitor.visitorId || code.getVisitorId(storage).id);
  } catch (error) {
    return [{ rule: 'invalid-offer', severity: 'error', path: 'experiment', message: (error as Error).message }];
  }
}
