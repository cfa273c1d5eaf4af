/**
 * Evergreen-timer detection: remembers the deadline each offer id declared, and reports `false-urgency`
 * when the same offer id later declares a later deadline ("ends tonight", every night).
 * DOM-free: the element passes localStorage; tests pass a Map-backed object. Storage may be missing,
 * full or throwing (private mode, disabled cookies): then nothing is remembered and nothing is reported.
 */
import type { Finding } from './finding.js';
import type { StorageLike } from './storage.js';

export type { StorageLike };

export const DEADLINE_KEY_PREFIX = 'fair-offer:deadline:';

/**
 * Records `deadlineAt` for `offerId` and returns a `false-urgency` finding if an earlier deadline was seen
 * before. The earliest deadline seen is kept, so an evergreen timer is reported on every later visit,
 * not only on the first one after it moved. Never throws.
 */
export function checkDeadlineHistory(
  offerId: string,
  deadlineAt: string | undefined,
  storage: StorageLike | null | undefined,
): Finding[] {
  const at = typeof deadlineAt === 'string' ? Date.parse(deadlineAt) : Number.NaN;
  if (!storage || typeof offerId !== 'string' || Number.isNaN(at)) return [];
  const key = DEADLINE_KEY_PREFIX + offerId;
  let seen: number | undefined;
  let seenText: string | undefined;
  try {
    const stored = storage.getItem(key);
    const parsed: unknown = stored === null ? undefined : JSON.parse(stored);
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { at?: unknown }).at === 'string') {
      seenText = (parsed as { at: string }).at;
      const t = Date.parse(seenText);
      if (!Number.isNaN(t)) seen = t;
    }
  } catch {
    // Unreadable or corrupt storage: treat as a first visit.
  }
  if (seen === undefined || at < seen) {
    try {
      storage.setItem(key, JSON.stringify({ at: deadlineAt }));
    } catch {
      // Full or disabled storage: nothing is remembered, which is the honest fallback.
    }
  }
  if (seen !== undefined && at > seen) {
    return [
      {
        rule: 'false-urgency',
        severity: 'error',
        path: 'deadline.at',
        message: `The deadline of offer ${JSON.stringify(offerId)} moved later, from ${seenText} to ${deadlineAt}: a deadline that moves is not a real one. Keep it fixed, or use a new offer id for a new campaign.`,
      },
    ];
  }
  return [];
}
