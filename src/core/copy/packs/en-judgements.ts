/**
 * English judgements (DeclineGrammar `judgements`, read with `openReasons`, engine decline-open.ts): what makes the
 * visitor's own words in a decline label a jab. Reasons are open-ended ("the gym closed", "money is tight", "two
 * people left the team": bad news reported as the cause passes), judgements are a small set of constructions: a good
 * left to others, a failing pinned on oneself, a harm chosen or accepted, a liking for something bad, someone
 * undeserving, a basic good not needed, a boast, a sarcasm marker. A harm word alone never judges here; each shape
 * carries its frame. Examples are this file's own.
 */
import type { Shape } from '../pack.js';

export const EN_JUDGEMENT_CLASSES = {
  /** Bad things one may say one likes or prefers, sarcastically: "I'd rather get spam", "queues are fun". */
  badThing: [
    'spam',
    'ads',
    'clutter',
    'crash',
    'fee',
    'chaos',
    'queue',
    'lag',
    'bug',
    'typo',
    'junk',
    'mess',
    'delay',
    'paperwork',
    'error',
    'headache',
    'rust',
    'burnt',
    'traffic jam',
  ],
  /** Praise, as sarcasm gives it to a bad thing: "typos make me charming", "cold showers build character". */
  praise: [
    'fun',
    'charming',
    'character',
    'adventure',
    'exciting',
    'hobby',
    'cosy',
    'cozy',
    'relaxing',
    'thrill',
    'jam',
  ],
  /** Who harms the visitor, welcomed: "hackers can have my data". */
  villain: ['hacker', 'thief', 'thieves', 'scammer', 'burglar', 'spammer', 'criminal'],
  /** Caring for a dependant or a good, left to itself or to others. */
  care: ['look after', 'take care of', 'fend for', 'cope', 'survive', 'save', 'help', 'learn'],
  /** Giving up what one has, in the visitor's own words: "ditch my points", "throw away my progress". */
  renounce: ['forfeit', 'give up', 'throw away', 'ditch', 'wipe', 'abandon'],
  /** Goods a visitor improves by, given up for good: "I'm done learning". */
  bettering: ['learn', 'improve', 'grow', 'try', 'get better', 'get fit', 'progress', 'read'],
  /** Basic goods a visitor cannot seriously not need: "I don't need to understand my own money". */
  basicGood: ['understand', 'know', 'learn', 'protect', 'improve', 'check'],
  /** Boasts about what is the visitor's: "my password is strong enough as it is". */
  boastWord: ['strong', 'safe', 'secure', 'healthy', 'smart', 'fit', 'fast'],
};

export const EN_JUDGEMENTS: readonly Shape[] = [
  // 1. a good left to others: "someone else can save the whales", "other people will help", "the shelter will manage
  // without me", "my plants can look after themselves"
  '( other people | others ) ~2 can|will|could|should',
  '@care ~3 ( itself | themselves | on their|its own | without me|us )',
  // 2. a failing or trait the visitor pins on themself: "I'm used to losing", "numbers were never my thing", "I don't
  // take my health seriously", "I'm done improving", "fresh air scares me"
  'used to ~2 @loss|@lossState|@badThing|disappointment|being',
  'never ~1 my ( thing | strength | forte | strong suit )',
  'done|finished|through with? ~1 @bettering',
  'not ready|generous|brave|caring enough? to ~1 be? @valued|help|care|give',
  // 3. a harm chosen or a bad consequence accepted: "let my garden die", "and probably get fined", "I'll just hope
  // nothing breaks", "my roof can stay leaky", "become a stranger"
  'let|letting ~3 ( fall apart | fall behind | go to waste )',
  'my|our|the ~3 can|may|will stay|remain|keep !on|in|with|at|where|as|private|local|offline|the|my',
  'and keep|continue ~3 @badThing',
  'leave|let ~5 unused|untouched|unclaimed',
  'clearly|obviously ~2 mistake',
  'become|stay|remain a|an? stranger|nobody|beginner|amateur|dinosaur',
  'and|then @renounce',
  'count me out of ~2 @valued',
  // 4. a liking or preference for something bad: "I'd rather get spam", "I'm fine with clutter", "queues are fun",
  // "security is overrated"
  '( rather | prefer | fine | happy | okay | ok | good | comfortable | stick with | stay with ) ~4 @badThing',
  '@badThing|@loss ~3 @praise',
  // 5. someone undeserving: "my kids don't deserve …", "the dog deserves the cheap food"
  '@villain ~3 can|will|may ~1 have|take|get',
  '@dependants ~2 can|will ~1 wait|suffer|starve|struggle',
  // 6. not needing a basic good, or a boast: "I don't need to understand my own money", "my password is strong
  // enough as it is", "my car will survive another winter"
  '( dont | do not | never ) ~1 need to ~2 @basicGood',
  '@boastWord enough $',
  'already ~2 ( a work of art | a masterpiece | perfect | flawless )',
  // 7. sarcasm markers that turn a reason into a jab: a parenthetical "(… too)", "as always"
  'as|like always',
  // a later that mocks the wait: "(when it costs twice as much)", "(if there's still a later)"
  'when|once|if it costs|cost double|twice|more',
  'if ( theres | there is ) still',
  // paying more on purpose, by its figure: "I'll pay the full 40"
  'pay|paying the full|whole ~1 #',
];
