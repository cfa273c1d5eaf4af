/**
 * The visitor's own reason or alternative after an English refusal (DeclineGrammar `reasonOpeners`,
 * `alternativeOpeners`, `reasonShapes`, en-decline.ts): "No thanks, I'll pay monthly", "Not now, the budget is
 * spent". A reason passes unless it says something evaluative about the visitor.
 */
import type { Shape } from '../pack.js';

export const EN_REASON_OPENERS = [
  // a reason linked to the refusal, or its time: "Thanks, but I'll wait …", "Later, after my exams"
  'but i',
  'its a',
  'it is a',
  'but ill',
  'but im',
  'but we',
  'but my',
  'after my',
  'after our',
  'after the',
  'until my',
  'until the',
  'once my',
  'once the',
  'when my',
  'when i get',
  'when i have',
  'when i know',
  'when we have',
  'when we know',
  // a constraint said of a thing: "the budget is spent"
  'the budget',
  'our budget',
  'my budget',
  'i',
  'im',
  'ill',
  'id',
  'ive',
  'i am',
  'we',
  'were',
  'well',
  'wed',
  'weve',
  'my',
  'our',
  'let me',
  'let us',
  'lets',
  'id like to',
  'i would like to',
  'id love to',
  'i would love to',
  'just',
  'need to',
  'have to',
  'already',
  'only',
  'maybe',
  'not the right time',
  'too expensive',
  'too much',
  'no budget',
  'no time',
];

export const EN_ALTERNATIVE_OPENERS = [
  'id rather',
  'i would rather',
  'i prefer to',
  'id prefer to',
  'i would prefer to',
  'ill stick to',
];

export const EN_REASON_SHAPES: readonly Shape[] = [
  // giving another way is the visitor's own alternative: "Make a one-off donation instead"
  '~2 make|give a|an|my ~2 donation|pledge|contribution ~2',
  // the purchase's purpose, what the visitor takes: "it's a gift", "just this item"
  '( its | it is ) for? a gift|present ~2',
  'just|only ( this | that | the ) one? item|product|order $',
  '~3 is|are|seems|feels enough ~3',
  'one|a ~2 is|are|will|would ~4',
  'already have|got ~4',
  'not ~2 right|good time ~3',
  'not ~5',
  'happy|fine|ok|okay|good|satisfied|content with ~4',
  'too expensive|pricey|much|big|small|long|early|soon ~4',
  'already ~5',
  'no|not enough budget|time|need|room|space|use ~3',
  'maybe ~4',
  'wrong size|time|plan|fit ~2',
  'out of budget|scope|stock ~2',
  'over budget ~3',
  'budget ~4',
  'use ~4 instead',
  'just looking|browsing|checking|visiting ~3',
  'need ~5',
  'still ~5',
  '~4 works|suits|fits for? me|us ~2',
  '~3 is|are fine|ok|okay ~3',
  // a taste for a channel or a feature ("Newsletters aren't my thing"; a good named so is a shaming shape)
  '~3 ( isnt | arent | is not | are not ) ~1 really|so? my thing|style $',
  // the visitor's own time: "when I've finished my exams", "once we've moved"
  '( when | once | after | until | before | as soon as ) i|ive|im|id|ill|we|weve|were|wed|my|our|the ~5',
  // the topic of a channel: "Stop texts about offers" declines the texts
  '~3 email|newsletter|messages|texts|sms|notifications|alerts|updates|mail|calls|offers about|on|regarding|with ~4', // "standard delivery is fine" ("fine the way it is" is smug, an evaluative)
];
