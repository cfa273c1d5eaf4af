/**
 * English confirmshaming by polarity, as data for the engine's polarity frames (polarity-frames.ts):
 *
 *   frame                                              object            verdict
 *   refusal  "I don't want / hate / who needs"        + a good          shaming   "I don't want more customers"
 *   refusal                                            + a loss          fine      "I don't want to lose my data"
 *   preference "I'd rather / I'll / No thanks, / Continue"
 *                                                      + a loss          shaming   "I'd rather keep doing reports by hand"
 *   preference                                         + a good          fine      "I'll stay on the free plan"
 *
 * "without", "not", "never" inside a frame turn it round ("I'll shop without a discount"); refusing verbs (skip,
 * pass on, turn down) open a refusal inside a preference ("I'll pass on free delivery"). Also read here: guilt
 * ("Abandon the children?"), mockery ("I'm too cool for discounts"), boasts after a decline ("No thanks, my skin is
 * perfect"), a good let slip or put off ("I'll save another day"), and a loaded yes beside a plain no. Word
 * classes are in en-polarity-words.ts (the pack's `classes`: this lexicon names them, `@good`, and reads them there).
 */
import type { PolarityLexicon } from '../pack.js';

/** Where an imperative label starts: its first word, after a comma, or after "and" / "yes" ("Yes, cancel and lose …"). */
const LABEL_START = '( ^ | and|anyway|yes|then )';

export const EN_POLARITY: PolarityLexicon = {
  // the pack's own classes (en-polarity-words.ts), named rather than copied
  subject: ['@subject'],
  frames: [
    // "No thanks, …": a preference in the visitor's mouth, where a boast mocks them ("No thanks, my skin is perfect")
    { opens: ['no|nope|nah|nay ,|thank'], polarity: 'prefer', speaks: true, loss: ['@boast'] },
    // rhetorical refusals: "Who needs more customers?", "Why would I want free samples?"
    { opens: ['who need|care|want', 'why would|should|do i|we need|care|want'], polarity: 'refuse' },
    // "Keep me in the dark": an imperative preference spoken by the visitor
    { opens: [`${LABEL_START} keep|leave me`], polarity: 'prefer', outside: true },
    // "Cancel and lose my streak", "Forfeit my reward": giving up what is the visitor's (it follows closely)
    {
      opens: [
        `${LABEL_START} lose|forfeit|sacrifice|waste|miss|ignore|skip all? my|your`,
        `${LABEL_START} =give|throw up|away all? my|your`,
      ],
      polarity: 'refuse',
      window: 3,
      // (session 13: and what a member earned, en-shaming.ts: "Cancel and lose your price lock", "… my founder pricing")
      good: ['@owned', '@rewardThing'],
    },
    { opens: ['not|no into|interest'], polarity: 'refuse' },
    // "I don't mind paying extra" prefers; "I don't (even) want …", "I hate …", "I'd rather not …" refuse
    {
      opens: ['@negation ~3@negationFiller mind', 'do not ~3@negationFiller mind'],
      polarity: 'prefer',
      personal: true,
    },
    {
      opens: ['@negation ~3@negationFiller @wish', 'do not ~3@negationFiller @wish'],
      polarity: 'refuse',
      personal: true,
    },
    { opens: ['hate|dislike|detest', 'rather|prefer|choose not'], polarity: 'refuse', personal: true },
    // guilt without a subject: turning away from someone ("Abandon the children?", "Leave them behind?")
    {
      opens: [
        '<!@negation abandon|desert|leave !with|at|on|in|for|it',
        '<!@negation walk away',
        '<!@negation turn _? back',
      ],
      polarity: 'refuse',
      outside: true,
      good: ['them'],
    },
    // refusing verbs: "I'll pass on the bonus", "I give up on my dreams" (not "-ed" adjectives: "ignored emails")
    {
      opens: [
        '=skip|skips|skipping|forfeit|forfeits|forfeiting|decline|declines|declining|ignore|ignores|ignoring|refuse|refuses|refusing|abandon|abandons|abandoning|desert|deserts|deserting',
        '=pass|passes|passing on|up',
        '=give|gives|giving up|down|back',
        '=turn|turns|turning down|back',
        '=turn|turns|turning _ back',
      ],
      polarity: 'refuse',
      personal: true,
    },
    // preferences: labels that need no subject, first-person auxiliaries, and preference verbs after a subject
    // (not an admin's step left out: "Proceed without associating the promotion with a campaign")
    { opens: ['continue|proceed|let !@skippedStep', 'im|ill|id|wed'], polarity: 'prefer', extendsOpen: true },
    { opens: ['@preferVerb'], polarity: 'prefer', personal: true, extendsOpen: true },
  ],
  refuse: [],
  prefer: [],
  flip: ['not', 'without', 'never', 'no', 'nothing', 'dont'],
  // in English a negative word inside a refusal turns it round too
  without: ['not', 'without', 'never', 'no', 'nothing', 'dont'],
  mock: ['<im|am too'],
  good: ['@good'],
  goodShapes: [
    // "save money", "save 20%", "saving time"
    '=save|saving ( money|time|cash|big|more|on|up|lots|%|a | # )',
    // "free gifts" (a bare "free" is an adjective with nothing to refuse)
    'free _',
    // "looks good", "I don't want to help"
    '<@wish|look|looking good',
    '<to|not =help|support|feed|rescue|plant|donate|give',
    '<% off',
    '<# off',
    // the visitor's own time ("I don't value my time"), not a time phrase ("not this time", "next time")
    '<more|free|spare|extra|your|my|our|valuable|precious|quality|family time',
    // wellbeing: "I don't want to sleep well", "… to get in shape"
    'sleep well|better|soundly',
    'in shape',
  ],
  refusedGood: ['@cherished', '# % off|code|discount|coupon|savings|back'],
  // (session 13: protection, a product's name, passes through a flip word: "Continue without protection"; session 14: and
  // refused outright too, as real insurance upsells' honest declines say it: "I don't need protection", "No thanks, I don't need
  // the protection plan"; the verb is still a good: "I don't want to protect my device")
  explicitGood: ['=save|saving $'],
  channels: ['@channel'],
  products: ['@product'],
  loss: [],
  lossShapes: [
    // "too expensive for me" is the visitor's own reason, not a preference for a loss
    // (session 14: nor a harm that names what a cover insures against: "Yes, I want to add Lost Baggage Protection")
    '<!too @harm !baggage|luggage|card|cards|bag|bags|parcel|parcels|package|packages|item|items|@product',
    '@paying ~4 @paidExtra',
    // after "stay", "be" (which open or extend the frame themselves): "I'd rather stay a beginner"
    '<@become @lossState',
    '<@becomeA @lossState',
    // "hidden booking fees", "bank charges"; a payment by bank transfer or card is a method, not a cost
    '@costModifier _? @cost',
    'bank|banking @cost',
    '=full @cost',
    'already _? @boast',
    '@boast already',
    '<im|am @rich',
    'made of money',
    'out of the loop',
    'out of shape',
    'by hand',
    'hard|old way',
    'the dark',
    'left|miss|missing out',
    'my chances',
    'break down',
    // someone else left to help ("someone else can help"), not an errand for someone else ("booking for someone else")
    '<!for someone else',
    'last to',
    '0 %? off',
    // a chore done by hand, not one's own way of doing an account's task ("I'll renew manually")
    '( do | doing | type | typing | enter | entering | copy | copying | track | tracking | count | counting | calculate | calculating | everything | all ) ~3!@ownDetail manually',
    'manual work|labour|labor|entry|data|process|spreadsheets|tracking|admin',
    // a low status kept: "Continue as an amateur"
    'as a|an @lossState',
    // one's data lost, accepted: "I'm fine with my details being leaked"
    'data|details|information|passwords|identity ~1 being|getting ~1 sold|leaked|stolen|hacked|exposed',
  ],
  preferShames: [
    // a good called enough, wanted only when gone, or put off: "I'm rich enough", "I'll save another day"
    '@good|save|saving _? enough',
    '@good|save|saving ~3 after they|it =end|ended|ends|over|gone|expire|expired|expires',
    '@good|save|saving ~3 another|other|next day|time',
  ],
  loadedYes: { yes: ['yes', 'yeah', 'yep'], no: ['no|nope|nah|nay', 'not now'] },
};
