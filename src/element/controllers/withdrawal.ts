/**
 * No silent withdrawal: once a choice is recorded it stands until the visitor replaces it with another choice or
 * withdraws it. While it stands the stop control says "Withdraw my choice" and asks once before it does; the
 * `offer-choice` (stop) it sends says which earlier choice it withdraws. The stopped stage then says what
 * happened: a stop now, a withdrawal, or a "Not now" remembered from an earlier visit (not an answer to
 * anything done on this visit).
 */
import type { Choice } from '../../core/sequence.js';
import type { WithdrawView } from '../templates/withdraw-parts.js';

export interface StandingChoice {
  choice: Choice;
  /** The option's title as shown, for the question and the confirmation. */
  title: string;
  /** The digest of the choice's receipt, once hashed (events leave in order, so it is set before a withdrawal's). */
  digest: string | null;
}

/** Why the stopped stage is shown. */
export type StopReason = 'now' | 'withdrawn' | 'earlier';

export class Withdrawal {
  standing: StandingChoice | null = null;
  /** The question "Withdraw your choice of …?" is open. */
  confirming = false;
  reason: StopReason = 'now';
  /** The title of the choice withdrawn last, for the stopped stage. */
  withdrawnTitle: string | null = null;

  /** A new offer (or a new visit): nothing stands; `earlier` when a "Not now" was remembered from a past visit. */
  reset(reason: StopReason): void {
    this.standing = null;
    this.confirming = false;
    this.reason = reason;
    this.withdrawnTitle = null;
  }

  /** A choice is recorded: it replaces the one standing (returned, for the event's `replaces`). */
  choose(choice: Choice, title: string): { record: StandingChoice; replaced: StandingChoice | null } {
    const replaced = this.standing;
    this.standing = { choice, title, digest: null };
    this.confirming = false;
    return { record: this.standing, replaced };
  }

  /**
   * The stop control was pressed: `stop` when nothing stands (or the offer is already stopped), `ask` when it
   * opens the question now, `asking` when the question is already open (nothing to do).
   */
  ask(stopped: boolean): 'stop' | 'ask' | 'asking' {
    if (!this.standing || stopped) return 'stop';
    if (this.confirming) return 'asking';
    this.confirming = true;
    return 'ask';
  }

  /** "Keep my choice": closes the question; false when it was not open. */
  keep(): boolean {
    if (!this.confirming) return false;
    this.confirming = false;
    return true;
  }

  /** What the stop control and the withdraw question show (a copy: the templates never hold the live state). */
  view(): WithdrawView['withdrawal'] {
    return {
      standingTitle: this.standing?.title ?? null,
      confirming: this.confirming,
      reason: this.reason,
      withdrawnTitle: this.withdrawnTitle,
    };
  }

  /** The visitor stopped: what it withdraws (null for a plain "Not now"). */
  stop(): StandingChoice | null {
    const withdrawn = this.standing;
    this.standing = null;
    this.confirming = false;
    this.reason = withdrawn ? 'withdrawn' : 'now';
    this.withdrawnTitle = withdrawn?.title ?? null;
    return withdrawn;
  }
}

/** The event's record of an earlier choice: which option, and the digest of its receipt. */
export const earlierChoice = (standing: StandingChoice) => ({ choice: standing.choice, digest: standing.digest });
