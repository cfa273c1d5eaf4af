/**
 * What judges in an English decline label whose reason the grammar does not know (DeclineGrammar `openReasons`,
 * `judgements`): with open reasons any clause of the visitor's own words passes ("Cancel — the timing is wrong for
 * us"), unless it says one of these. Each is a construction a jab is made of, not a phrase of one: a good left to
 * others, a harm let happen to what the visitor owns, a gift given back, the visitor's own failing. Written from
 * the language; probes in test/core/copy/packs/decline-judgements.test.ts.
 */
import type { Shape } from '../pack.js';

/** Defects of a thing the visitor puts up with: "a lumpy mattress", "squeaky floorboards", "my cracked screen". */
const DEFECT =
  'lumpy|squeaky|cracked|broken|leaky|leaking|dripping|rusty|burnt|stale|soggy|mouldy|moldy|wobbly|creaky|blurry|holes|frayed|torn|cold|lukewarm|flat|dead|clogged|noisy';

export const EN_DECLINE_JUDGEMENTS: readonly Shape[] = [
  // putting up with a defect as the reason: "I sleep fine on a lumpy mattress", "I'm used to cold showers", "I'll
  // manage with my cracked screen", "my old boots still have a few holes left" (not "my laptop is broken": a reason)
  `( fine | comfortable | happy | okay | ok | manage | cope | live | make do | used to | stick with | still have | still has ) ~4 ${DEFECT}`,
  // a thing left to fend for itself: "my garden can look after itself", "my car will survive another winter"
  '( look | looks ) after itself|themselves',
  'survive|survives|last|lasts ( another | one more ) winter|year|summer|season',
  // a good called overrated or frightening, or not for the visitor: "comfort is overrated", "fresh vegetables
  // scare me", "cheap flights are not for me", "who needs a tidy inbox"
  'overrated|overhyped|overvalued',
  '( scare | scares | frighten | frightens | terrify | terrifies ) me',
  'cheap|free|good|fresh|healthy|fast|great|better ~2 ( is | are ) ~1 not for me',
  'who needs',
  // a good left to others: "healthy habits are for other people"
  '( is | are ) for ( other people | others | everyone else | someone else )',
  // trusting luck instead: "I trust my memory for birthdays", "I'll eat instant noodles again"
  'trust my memory|luck|gut|instincts',
  '( eat | eating ) ~3 again $',
  // a good left to others: "someone else can save the planet", "other people will help" (not "someone else on my
  // team decides": what others are left is a good deed or the visitor's own share)
  '( someone | somebody | other people | others ) else? can|will|should|could ~1 save|help|feed|rescue|care|support|donate|give|protect|grab|take|have|enjoy',
  // a harm let happen to what the visitor owns: "let my car rust", "let my projects fall apart" (not "let my
  // trial end", "let my membership expire": a term allowed to end is the grammar's own)
  'let|letting ~3 rust|rot|die|drop|slide|suffer|decay|crumble|wither|fade|break|starve|wilt|sink|fail ( apart | down )?',
  'let|letting ~3 fall apart|behind|to pieces',
  // what the visitor owns left in a bad state: "my lawn can stay brown", "hackers can have my data" (not "my team
  // can stay on Basic")
  'can|may ~1 stay|remain !on|with|in|at|as|subscribed|put|where|here|the|my|a|an',
  'can|may ( have | take | keep ) my ~2 data|money|savings|details|identity|password|passwords',
  // a gift given back: "Ditch my loyalty points", "Remove my free upgrade", "Forfeit my welcome credit" (not
  // "Cancel my free trial", "Keep my free plan"; not a gift: "Stop my monthly gift" is a donation)
  'my ~1 free|welcome|bonus|loyalty|reward|rewards|birthday|anniversary|founder|early !trial|trials|plan|account|version|tier|tools|edition',
  'my # % ~2 credit|discount|off|bonus|voucher|coupon',
  '^ ( ditch | forfeit | surrender | sacrifice | throw away | give back | hand back | waive ) my',
  'wipe|erase|lose|losing|delete|throw away ~2 # years|months of',
  // the visitor's own failing as the reason: "I'm done learning", "I'm used to disappointment", "I don't take my
  // business seriously", "maths isn't my thing", "my team doesn't deserve it", "and probably get audited"
  '( im | i am ) done ~1 learning|growing|improving|trying|caring|saving',
  '( im | i am ) ~1 used to ~2 disappointment|losing|failing|overpaying|paying more|being',
  '( dont | do not ) take ~3 seriously',
  '( dont | do not ) need to ~1 understand|know|learn|improve|grow|care',
  'deserve|deserves|deserved|deserving',
  '( and | or ) probably',
  '( i | ill ) trust every|all|any ~1 hacker|hackers|scammer|scammers',
  '( im | i am ) ~1 good|fine|happy|okay|ok ~1 paying|overpaying|losing|wasting|missing',
  // a loss told in the reason: "(when it costs double)", "(it won't be)"
  'cost|costs|costing double|twice',
  '( it wont | it will not ) be $',
  'if|when ~3 still ~3 by then|later $',
  // a taste that mocks: "free stuff makes me nervous", "cold showers build character"
  'makes|make me ~1 anxious|nervous|charming|suspicious|tougher|stronger|interesting',
  'build|builds character',
  'ever being|becoming fluent|fit|healthy|rich|organised|organized|better',
];
