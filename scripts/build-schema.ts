/**
 * Generates schema/offer.schema.json from the valibot offer model (src/core/offer-schema.ts), so editors
 * validate and autocomplete offer files against the very structure the runtime checks.
 * `npx tsx scripts/build-schema.ts` writes the file; a test asserts the committed file equals a fresh build.
 *
 * Descriptions live here, keyed by where they apply, because valibot keeps JSDoc out of the runtime;
 * a test fails if a key no longer matches a property, so they cannot drift silently.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import {
  hasDaysOrOngoing,
  notBothDaysAndOngoing,
  ActionSchema,
  AddOnSchema,
  ArmSchema,
  ClaimSchema,
  ImpactSchema,
  OfferSchema,
  OptionSchema,
  PriceSchema,
  TermsSchema,
} from '../src/core/offer-schema.js';
import { isTimeZone } from '../src/core/deadline-line.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../schema/offer.schema.json', import.meta.url));

/** Reused shapes become `$defs`, so an editor shows "Option" rather than the same 60 lines five times. */
const DEFINITIONS = {
  Option: OptionSchema,
  Terms: TermsSchema,
  Price: PriceSchema,
  Action: ActionSchema,
  Impact: ImpactSchema,
  AddOn: AddOnSchema,
  Claim: ClaimSchema,
  Arm: ArmSchema,
};

/** `root.x.y` = property y of property x of the offer; `Def.x` = property x of a definition. */
export const DESCRIPTIONS: Record<string, string> = {
  'root.$schema': 'Path or URL of this JSON Schema, for editors. Ignored by the widget.',
  'root.id':
    'Stable id of the offer: receipts, the remembered "Not now", deadlines and experiment assignment key on it. Use a new id for a new campaign.',
  'root.decision': "The decision both options serve, in the buyer's words.",
  'root.successCriteria': 'KPIs / success criteria both options are judged by (1-10).',
  'root.requester': 'The one person who makes both asks (the same requester for the full option and the retreat).',
  'root.full': 'The recommended option, shown first. Needs a rationale.',
  'root.retreat':
    'The one smaller option shown after "Not this one". Must be smaller (time, total commitment, data access or auto-renewal) and say what it still answers.',
  'root.retreatFor':
    'Optional retreat per named constraint (time, budget, policy). The visitor still sees only one retreat.',
  'root.retreatVariants': 'Retreat-size variants for experiments; each needs an id, and each visitor sees exactly one.',
  'root.askConstraint':
    'Ask which constraint got in the way after "Not this one" (skippable, never forced). Default true.',
  'root.addOns': 'Optional extras. Never selected by default: the visitor opts in.',
  'root.deadline':
    'A real deadline, shown as a date with its reason (never a countdown). Urgency copy is refused without one; a past or moving deadline is refused.',
  'root.deadline.at': 'ISO 8601 date-time with a time zone, e.g. "2026-12-31T23:59:00Z".',
  'root.deadline.reason': 'Why the deadline is real, e.g. "Prices change on 1 January".',
  'root.deadline.timeZone':
    'IANA time zone the date is shown in, with the zone named, e.g. "Europe/Berlin". Default "UTC": every visitor reads the same date, never their browser\'s zone.',
  'root.claims':
    'Scarcity or activity claims, each with the source of its number. Such claims in other copy are refused.',
  'root.stop':
    'The stop path ("Not now"), shown in every state. Cannot be hidden or removed; leave it out for the defaults.',
  'root.stop.label': 'Neutral label of the stop button. Default "Not now".',
  'root.stop.confirmation': 'What the visitor reads after stopping.',
  'root.stop.rememberDays':
    'Days a "Not now" is remembered for this offer id (no re-prompt). Default 30; 0 = not remembered.',
  'root.declineLabel': 'Replaces the decline label ("Not this one"). Neutral words only.',
  'root.experiment':
    'Experiment arms (rtr, small-only, full-only); they vary framing only, never the disclosures or the stop path.',
  'root.locale': "BCP 47 locale for prices and dates; the page's lang when absent.",
  'root.jurisdictions':
    'Legal packs to check and show (README "Jurisdiction packs"): eu, de, fr, es (each implies eu), us-ca, us-ny. None by default.',
  'root.withdrawal':
    'eu: the right of withdrawal. `days` (at least 14) and `url`, the https page of the withdrawal function the widget links as "withdraw from contract here".',
  'Option.id': 'Stable id of the option, used in events and receipts.',
  'Option.title': 'Short name of the option, shown as its heading.',
  'Option.summary': 'One or two sentences about the option.',
  'Option.rationale': "Why it is worth it, in the buyer's outcomes and risks. Required for the full option.",
  'Option.stillAnswers':
    'Retreat only: the decision it still lets the buyer make ("Same KPIs, fewer variables: ..."). Required for every retreat.',
  'Option.escalations':
    'Retreat only: what it knowingly adds over the full option (auto-renewal, a recurring charge where the full option is paid once, fees, wider data access). Each must also be explained in `notice`.',
  'Option.notice': 'Text shown beside the action button: renewal, fees, what changes.',
  'Option.impact': 'Donation impact of this option, with a link that verifies it.',
  'Terms.scope': 'What is included.',
  'Terms.evidence': 'What the option will prove or deliver. A smaller option proves less: say so.',
  'Terms.dataAccess': 'What data or systems the option touches, and at which level.',
  'Terms.time': "Calendar time and the buyer's effort.",
  'Terms.time.duration': 'Calendar time as people say it, e.g. "6 weeks".',
  'Terms.time.days':
    'The same in days, used to compare the two options (a retreat may not take longer). Leave out with `ongoing: true`.',
  'Terms.time.ongoing':
    'true for a commitment with no end date (a monthly pledge "until you stop", a free-forever plan); then leave out `days`. Sizes are compared on what is known: price per period, total commitment, access, renewal.',
  'Terms.time.effort': 'The buyer\'s effort, e.g. "2 hours a week from one analyst".',
  'Terms.price': 'Amount, currency, period, minimum term and fees.',
  'Terms.renewal': 'Whether it renews automatically, when and at what price, and how to cancel.',
  'Terms.renewal.cancel': 'How to cancel.',
  'Terms.renewal.cancelUrl':
    'de: the https confirmation page („jetzt kündigen", no login) that „Verträge hier kündigen" links to.',
  'Terms.renewal.cancelBy': 'us-ny: by when the visitor must cancel to avoid the next charge, shown beside the button.',
  'Terms.exit': 'How to stop, and what happens to data and money.',
  'Price.amount': "Amount per period in the currency's major unit (49.5 = 49.50). 0 for free.",
  'Price.currency': 'ISO 4217 code, e.g. "EUR".',
  'Price.minimumTerm': 'Minimum number of periods the buyer commits to (1 when omitted).',
  'Price.fees': 'One-off fees on top of the amount (setup, onboarding).',
  'Price.note': 'Extra words shown with the price, e.g. "plus VAT".',
  'Action.label':
    'The button label; say what it does ("Start the 2-week proof"). The widget adds the price when it commits to paying.',
  'Action.href':
    'Absolute https: URL the widget follows after the choice, once its offer-choice event is dispatched and not cancelled (preventDefault). Never javascript: or data:.',
  'root.stop.href':
    'Absolute https: URL the widget follows after "Not now", once its offer-choice event is dispatched and not cancelled.',
  'Impact.verificationUrl': 'Absolute https: URL where the impact figure is published.',
  'AddOn.selected':
    'Must be false or absent: the visitor opts in. No other key is allowed on an add-on, so no flag can pre-select it.',
  'Claim.text': 'A scarcity or activity claim, e.g. "3 seats left in the Tuesday workshop".',
  'Claim.source': 'Where the number comes from, e.g. "room capacity 12, bookings system".',
  'Arm.name': 'Arm name in events, e.g. "rtr", "small-only", "rtr-short".',
  'Arm.retreat': 'Which retreat variant (by id in `retreatVariants`) this arm shows; the default retreat when absent.',
};

type Node = Record<string, unknown> & { properties?: Record<string, Node>; items?: Node };

/** The node a description key points at, or undefined if the key is stale. */
export function nodeAt(schema: Node, key: string): Node | undefined {
  const [head, ...rest] = key.split('.');
  let node: Node | undefined = head === 'root' ? schema : (schema.$defs as Record<string, Node> | undefined)?.[head!];
  for (const prop of rest) {
    // Descend through arrays' items and optional wrappers to the object that has the property.
    while (node && !node.properties && node.items) node = node.items;
    node = node?.properties?.[prop];
  }
  return node;
}

export function buildOfferJsonSchema(): JsonSchema {
  const schema = toJsonSchema(OfferSchema, {
    definitions: DEFINITIONS,
    // `trim` and `finite` have no JSON Schema equivalent (JSON numbers are finite; editors need not trim).
    ignoreActions: ['trim', 'finite'],
    overrideAction: ({ valibotAction, jsonSchema }) => {
      // Copy must not be blank: minLength 1 alone would accept "   ".
      if (valibotAction.type === 'non_empty' && jsonSchema.type === 'string')
        return { ...jsonSchema, minLength: 1, pattern: '\\S' };
      // The URL scheme check: http(s) only.
      if (valibotAction.type === 'check' && jsonSchema.format === 'uri')
        return { ...jsonSchema, pattern: '^[Hh][Tt][Tt][Pp][Ss]?:' };
      // time: days or ongoing, not both (the runtime checks are `hasDaysOrOngoing` and `notBothDaysAndOngoing`).
      const requirement = (valibotAction as { requirement?: unknown }).requirement;
      if (valibotAction.type === 'partial_check' && requirement === hasDaysOrOngoing)
        return {
          ...jsonSchema,
          anyOf: [{ required: ['days'] }, { required: ['ongoing'], properties: { ongoing: { const: true } } }],
        };
      if (valibotAction.type === 'partial_check' && requirement === notBothDaysAndOngoing)
        return { ...jsonSchema, not: { required: ['days', 'ongoing'], properties: { ongoing: { const: true } } } };
      // An IANA zone name ("Europe/Berlin", "UTC"); the runtime asks Intl whether it knows the zone.
      if (valibotAction.type === 'check' && (valibotAction as { requirement?: unknown }).requirement === isTimeZone)
        return { ...jsonSchema, pattern: '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$' };
      return undefined;
    },
  }) as Node;
  schema.properties!.$schema = { type: 'string' };
  for (const [key, description] of Object.entries(DESCRIPTIONS)) {
    const node = nodeAt(schema, key);
    if (!node) throw new Error(`build-schema: description key "${key}" matches no property`);
    node.description = description;
  }
  return {
    $schema: schema.$schema,
    title: 'fair-offer offer',
    description:
      'An offer for the <fair-offer> web component: a recommended option, one smaller retreat, a stop path, and the same seven terms disclosed for both. Generated from src/core/offer-schema.ts by scripts/build-schema.ts. The guardrails (`npx fair-offer lint`) check what a schema cannot.',
    ...schema,
  } as JsonSchema;
}

export function offerJsonSchemaText(): string {
  return JSON.stringify(buildOfferJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, offerJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
