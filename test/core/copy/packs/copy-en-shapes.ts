/**
 * English copy by SHAPE (the grammar behind a pattern), written for these tests as probes before the pack's rules
 * for each shape were generalised: dark strings of the shape and honest look-alikes that must pass. Not taken from
 * the development set or any blind batch, and never pasted into the pack (en-shapes.test.ts runs them).
 */

export interface ShapeProbe {
  /** The shape, in words. */
  shape: string;
  rule: 'confirmshaming' | 'false-urgency' | 'pressure';
  /** `decline`: checked as a decline label; otherwise with no role, as body or modal copy. */
  role?: 'decline';
  dark: readonly string[];
  honest: readonly string[];
}

export const EN_SHAPES: readonly ShapeProbe[] = [
  {
    shape: 'leaving, said as a choice about oneself: "if you go, you are choosing …", "saying no is saying no to …"',
    rule: 'confirmshaming',
    dark: [
      'If you close this now, you are choosing to fall behind.',
      "If you skip the upgrade, you're telling your clients they can wait.",
      "If you walk away today, you're deciding your garden isn't worth it.",
      'Turning this down is turning your back on your own health.',
      'Saying no to the course is saying no to your future.',
    ],
    honest: [
      'If you cancel now, you keep access until 30 June.',
      "If you close this window, your answers are saved and you're choosing nothing yet.",
      'If you skip this step, you can add a payment method later.',
      'Saying no to cookies does not change the price.',
      'Cancelling means your data is deleted after 30 days.',
    ],
  },
  {
    shape:
      'the visitor cast as the odd one out: "don\'t be the one who …", "will you be the one who …", "the only … without"',
    rule: 'confirmshaming',
    dark: [
      "Don't be that parent who forgets the school photos.",
      'Do not be the one guy at the office still using spreadsheets.',
      'Will you be the one who lets the shelter close?',
      "Soon you'll be the only one in your street without solar.",
      'Become the only member of your class who never finished.',
    ],
    honest: [
      'Be the first to hear about new arrivals.',
      'You are the only admin on this workspace.',
      'Only one person can hold the owner role.',
      'Will you be the one who picks up the parcel?',
      'You are the only contact without a phone number on file.',
    ],
  },
  {
    shape: 'a sarcastic "enjoy …" or a shrug after a question about saying no',
    rule: 'confirmshaming',
    dark: [
      'Not upgrading? Enjoy the buffering.',
      'Skipping the warranty? Hope you like paying for repairs.',
      'Declining the plan? Have fun with the spam.',
      "Not joining? Guess you'd rather stay in the dark.",
      'Leaving so soon? Enjoy paying double.',
    ],
    honest: [
      'Not sure which plan? Enjoy a free 14-day trial first.',
      'Enjoy reading! Your first issue arrives Monday.',
      'Not upgrading? Your free plan keeps every feature it has today.',
      'Hope you enjoy your new headphones.',
      'Still deciding? Compare the plans side by side.',
    ],
  },
  {
    shape: 'an insult by comparison: "we thought you were smarter", "you are better than that"',
    rule: 'confirmshaming',
    dark: [
      'We really expected you to be smarter about money.',
      'Honestly, we thought you were wiser than this.',
      'Come on, you are better than that.',
      'We had you down as someone smarter.',
      'We figured you were cleverer than the average shopper.',
    ],
    honest: [
      'Smarter budgeting starts with one account.',
      'We thought you might like these picks.',
      'You are eligible for a better rate.',
      'Our new model is smarter than the last one.',
      'We thought you should know about our new app.',
    ],
  },
  {
    shape: 'a rhetorical question that the visitor does not care, or does not even want a good',
    rule: 'confirmshaming',
    dark: [
      'Do you even want a clean house?',
      'Or do you just not care?',
      'Does your family even matter to you?',
      'Do you honestly not care about your grades?',
      'Do you even like saving time?',
    ],
    honest: [
      'Do you even need a VPN? Read our guide.',
      "Don't care about tracking? Turn it off in settings.",
      'Do you want a paper invoice?',
      'Does your team use single sign-on?',
      'Do you care about delivery speed or price more?',
    ],
  },
  {
    shape: 'a vice pinned on the visitor: "don\'t let your laziness …", "your own procrastination"',
    rule: 'confirmshaming',
    dark: [
      "Don't let your procrastination win again.",
      'Do not let laziness decide for you.',
      'Your own stubbornness is costing you clients.',
      'Stop making excuses and start.',
      "Don't let your indecision cost you another summer.",
    ],
    honest: [
      "Don't let jet lag ruin your trip: book an arrival-day spa slot.",
      'Do not let the pan boil dry.',
      'Our guide to beating procrastination is free.',
      'Lazy Sunday brunch, served until 3 pm.',
      'No excuses needed: returns are free.',
    ],
  },
  {
    shape: 'what most people who leave feel: regret, as a claim about the visitor',
    rule: 'confirmshaming',
    dark: [
      'Most members who cancel regret it within days.',
      'Nearly everyone who skips this ends up regretting it.',
      'Many customers who leave come to regret that choice.',
      "You'll wish you had said yes.",
      'People who pass on this usually regret it.',
    ],
    honest: [
      'Most members who cancel do so in the first month.',
      'No regrets: cancel within 30 days for a full refund.',
      'Many customers who leave come back for the winter range.',
      'We regret that this item is no longer available.',
      'Most people choose the monthly plan.',
    ],
  },
  {
    shape: 'someone the visitor leaves behind, told of the refusal or left without a good',
    rule: 'confirmshaming',
    dark: [
      "We'll let your kids know you said no.",
      'Shall we tell the puppies you passed?',
      'Leave your family without cover',
      'Leaving your staff unprotected, then?',
      'Without your gift, Max may not survive the cold.',
    ],
    honest: [
      "We'll let your team know you've joined.",
      'Leave your driver a tip at checkout.',
      'Without your gift card number we cannot apply the balance.',
      'Tell your friends about us and both get 10% off.',
      'Without your support, none of this would be possible.',
    ],
  },
  {
    shape:
      'a shrug or a loss told with sarcasm: "It\'s a shame you don\'t …", "good luck doing it alone", "guess you\'d rather"',
    rule: 'confirmshaming',
    dark: [
      "It's a pity you don't want to sleep better.",
      'What a shame you will not be joining the winners.',
      'Good luck sorting that out by yourself.',
      'Guess you prefer doing it the slow way.',
      'Fine. Keep fixing it by hand every week.',
    ],
    honest: [
      "It's a pity the event was cancelled; refunds go out today.",
      'Good luck with your exams!',
      'Good luck on launch day from the whole team.',
      'What a shame about the weather: the festival moves indoors.',
      'Fine print: the offer is for new customers.',
    ],
  },
  {
    shape: 'a backhanded remark about the progress the visitor walks away from',
    rule: 'confirmshaming',
    dark: [
      'Leaving now means losing your streak, and you were finally getting good.',
      'You were just starting to get somewhere. Shame to quit.',
      'Your lessons end today, right when you were getting better.',
    ],
    honest: [
      'Leaving now keeps your streak until Sunday.',
      'You were just about to get your certificate: it is in your inbox.',
      'Your lessons pause for the summer. Your notes stay in your account.',
    ],
  },
  // ── decline labels (role: 'decline') ──
  {
    shape: 'decline: the visitor goes on as before, doing something absurd or bad ("I\'ll keep …", "I\'ll go on …")',
    rule: 'confirmshaming',
    role: 'decline',
    dark: [
      "No thanks, I'll keep writing my passwords on the fridge",
      "Nah, I'll go on eating cereal for dinner",
      "No, I'll carry on guessing my measurements",
      "Not now, I'll keep storing photos on one old phone",
      "No thanks, I'll stay a beginner",
      'Continue as an amateur',
    ],
    honest: [
      "No thanks, I'll keep my current plan",
      "No thanks, I'll keep paying monthly",
      "Not now, I'll keep using the free version",
      "No, I'll carry on with the basic plan",
      'Continue as a guest',
      "No thanks, I'll stick with what I have",
    ],
  },
  {
    shape: 'decline: resigning oneself to fate or to a loss ("hope for the best", "my files may vanish", "given up")',
    rule: 'confirmshaming',
    role: 'decline',
    dark: [
      "No thanks, I'll wing it and hope for the best",
      'Downgrade (my photos can vanish)',
      "Later, when I've given up on my plants",
      "Not now — I'll just cross my fingers",
      'Skip, I gave up on being tidy',
    ],
    honest: [
      "No thanks, I'll figure it out myself",
      'Downgrade (my photos stay in the archive)',
      "Later, when I've finished my exams",
      'Not now — I need to ask my partner',
      "Skip, I've already got one",
    ],
  },
  {
    shape: 'decline: confirming one\'s own refusal ("Yes, cancel …") or naming a channel\'s topic ("emails about …")',
    rule: 'confirmshaming',
    role: 'decline',
    dark: ['Yes, cancel and lose my points', 'Stop emails, I hate saving money'],
    honest: [
      'Yes, cancel my plan',
      'Yes, end my trial',
      'Stop texts about offers',
      'Unsubscribe from emails about discounts',
      'No more newsletters about deals',
    ],
  },
  {
    shape: 'decline: a neutral way of doing it oneself ("renew manually") is no sarcastic chore ("do it all by hand")',
    rule: 'confirmshaming',
    role: 'decline',
    dark: ["No thanks, I'd rather do everything manually", "No, I'll type it all in manually"],
    honest: [
      "No thanks, I'll renew manually",
      "No, I'll pay manually each month",
      "Not now, I'll install it manually",
      'Discard changes',
      'Discard this draft',
    ],
  },
  {
    shape:
      'decline: a product named after a good ("the protection plan") and a time phrase ("not this time") are neutral',
    rule: 'confirmshaming',
    role: 'decline',
    dark: ['Continue without protection for my kids', 'No, not this time — I like losing things'],
    honest: [
      'Continue without the protection plan',
      'Skip the security package',
      'No savings plan for me',
      'Nope, not this time',
      'Not this time, thanks',
      'No, maybe next time',
    ],
  },
  // ── urgency and pressure (no role) ──
  {
    shape:
      'urgency: an offer that dies at a near time ("self-destructs at midnight", "vanishes tonight"), time told as running out',
    rule: 'false-urgency',
    dark: [
      'This voucher melts away at midnight',
      'Your discount evaporates in 2 hours',
      "Time's nearly up on this deal",
      'Time is almost up!',
      'The promo code self-destructs tonight',
    ],
    honest: [
      'Your session times out after 30 minutes of inactivity.',
      'Time is up for the quiz: see your results below.',
      'The voucher is valid until 30 September.',
      'Melt the butter, then add the flour.',
      'Takes about 2 hours to charge fully.',
    ],
  },
  {
    shape: 'urgency: the offer lost for good when the visitor leaves the page',
    rule: 'false-urgency',
    dark: [
      'If you leave this page, this price is gone forever',
      'Close this window and the offer disappears for good',
      'Once you refresh, the coupon will be lost',
      'Leave now and you will never see this deal again',
    ],
    honest: [
      'If you leave this page, your cart is saved.',
      'Close this window to return to the shop.',
      'Once you refresh, the new settings apply.',
      'Leave now and pick up where you left off later.',
    ],
  },
  {
    shape:
      'urgency: the end of a discount on a calendar date is a date; "soon" or "tomorrow" is urgency (a rise is urgency)',
    rule: 'false-urgency',
    dark: [
      'Prices go back up tomorrow',
      'Rates return to normal soon',
      'Prices increase at midnight',
      'Prices go up on 1 May',
    ],
    honest: [
      'Prices return to normal on 3 March.',
      'Summer rates end on 31 August; prices revert to normal on 1 September.',
      'Spring sale: 15% off, then prices go back to normal on 1 June.',
    ],
  },
  {
    shape: 'pressure: a stranger or a crowd doing what the visitor has not, told without a source',
    rule: 'pressure',
    dark: [
      'Someone in Oslo just switched to the yearly plan',
      'A shopper from Leeds just upgraded',
      'Everyone is grabbing this one',
      "You're not the only one looking at this",
      '14 people from your school already joined',
      'Others are buying this right now',
      'Priya in Pune saved $30 an hour ago',
    ],
    honest: [
      'Someone from our team will reply within a day.',
      'Everyone on your plan gets priority support.',
      'You are not the only one who asked: here is our FAQ.',
      '14 people from your school are on your team.',
      'Others also bought: see related items.',
      'You saved $30 on this order.',
      'Log in to see what you saved.',
    ],
  },
  {
    shape: 'pressure: the last one in the visitor\'s size or colour, and demand "in your area"',
    rule: 'pressure',
    dark: [
      'Last pair in your size',
      'Final one in this colour!',
      'Huge demand in your city',
      'High demand in your region today',
    ],
    honest: [
      'Last updated in May',
      'Our last one in this series was a hit; here is the new one.',
      'Find stores in your area',
      'Delivery times in your area: 2-3 days',
    ],
  },
  {
    shape:
      'honest: retries, attempts and return windows are no stock or deadline; a count with its capacity is sourced',
    rule: 'pressure',
    dark: ['Only 4 seats left — book now'],
    honest: [
      'Sync failed (2 attempts left)',
      'Password incorrect: 3 tries remaining',
      'Time left to return this item: 20 days',
      'Days left to exchange: 9',
      '8 places left: the hall seats 60 and 52 are booked.',
      'Deliver to a neighbour or leave with the concierge',
      'The offer ends Friday at 6 pm, as stated in our newsletter.',
    ],
  },
  {
    shape: 'pressure: the last few of a kind "at this hotel", "on our site"; a push to grab it while one can',
    rule: 'pressure',
    dark: [
      'Last 3 cabins at this campsite',
      'Final 2 tickets on our site',
      'Grab one while you can',
      'Stock alert: get yours while they last',
    ],
    honest: [
      'Last 3 orders on your account',
      'Final 2 chapters free on our site',
      'Visit while you can still see the autumn colours',
      'Stock alert settings: notify me below 5 units',
    ],
  },
  {
    shape: 'urgency: a near time first, then the offer gone ("Tonight the discount is gone")',
    rule: 'false-urgency',
    dark: ['Tonight this coupon will be gone', 'By tomorrow the sale is over', 'At midnight your discount expires'],
    honest: [
      'Tonight the shop closes at 8 pm; orders still ship on Monday.',
      'By tomorrow your parcel will be with the courier.',
      'At midnight your backup runs.',
    ],
  },
  {
    shape:
      'refusing wellbeing ("I don\'t want to sleep well"), a self-label ("I\'m not the … type"), a loss of one\'s data accepted',
    rule: 'confirmshaming',
    dark: [
      "No thanks, I don't want to feel better",
      "No, I don't need to look good",
      "No thanks, I don't want to sleep soundly",
      "I don't need to get in shape",
      "I'm not the exercising type",
      'No thanks, I am not a planning kind of person',
      "I'm okay with my details being leaked",
      "No, I don't mind my passwords getting stolen",
    ],
    honest: [
      "No thanks, I don't want to sign up today",
      "I don't want my details shared with partners",
      'Not the right type of account? Switch in settings.',
      'No, I feel fine about my current plan',
      'Your details are never sold or shared.',
      'We sleep well knowing your data is encrypted.',
      'Not in shape for 10K yet? Start with the 5K plan.',
    ],
  },
  {
    shape:
      'a dependant or a valuable given worse: "my cat can eat the cheap stuff", "I\'ll keep my cash under the mattress"',
    rule: 'confirmshaming',
    dark: [
      "No, my kids can wear last year's shoes",
      'Nah, my parrot will eat the cheap seeds',
      "No thanks, I'll keep my savings under the mattress",
      "I'd rather store my passwords in a notebook",
    ],
    honest: [
      'Your kids can wear these shoes all year.',
      'Cats can eat the food dry or mixed with water.',
      "No thanks, I'll keep my savings in my current account",
      "I'd rather store my files locally",
    ],
  },
];
