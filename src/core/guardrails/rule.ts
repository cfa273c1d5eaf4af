/**
 * What a rule is: its metadata (declared beside its check, one rule a file) and the check that validateOffer
 * runs. Types only, so importing them costs the browser bundle nothing.
 */
import type * as v from 'valibot';
import type { Jurisdiction, Offer } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Rec } from './untrusted-input.js';

/** A rule's public description: the README table, `fair-offer lint` SARIF rule metadata, `ruleInfo(id)`. */
export interface RuleInfo {
  id: string;
  severity: 'error' | 'warning';
  /** Which checks report it: the offer structure and its comparison, the words of a copy field, or a law. */
  kind: 'structure' | 'copy' | 'jurisdiction';
  /** What it refuses, in one sentence. */
  refuses: string;
  /** Where the rule comes from. */
  why: string;
  /** What to change. */
  fix: string;
  /** The law, judgment or standard behind it, when there is one. */
  citation?: string;
  /** The README heading that documents it (GitHub/npm anchor, no '#'): SARIF `helpUri` points there. */
  readme: string;
}

/** What every check may read. `input` is the offer as given (never trusted); `findings` are those reported so far. */
export interface InputContext {
  input: Rec;
  /** Valibot's issues when the structure is invalid (empty when it is valid). */
  issues: readonly v.BaseIssue<unknown>[];
  /** The parsed offer, when the structure is valid. */
  offer: Offer | undefined;
  now: Date;
  findings: readonly Finding[];
  /** The legal packs that apply (the offer's and the host's, implied ones included); empty by default. */
  jurisdictions: ReadonlySet<Jurisdiction>;
  /** Primary language subtag the offer is shown in (its locale, else the host's resolved language). */
  language: string | undefined;
}

export interface OfferContext extends InputContext {
  offer: Offer;
}

/**
 * One entry of the check list. `input` checks run on any record, so one pass lists everything to fix even when
 * the structure is broken; `offer` checks compare parsed options and run only when the structure is valid.
 */
export type Check =
  | { name: string; needs: 'input'; run: (context: InputContext) => Finding[] }
  | { name: string; needs: 'offer'; run: (context: OfferContext) => Finding[] };
