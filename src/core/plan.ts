/**
 * The one-page plan: the written follow-up the playbook asks for ("I will email both options in one page").
 * Both options side by side with the seven terms as displayed, the decision, success criteria, exit rights and
 * the reply options. HTML is self-contained and email-safe (inline styles, a real table, no scripts, no
 * external resources, every offer string escaped); text is plain and wrapped at 72 columns.
 */
import {
  compareTerms,
  discloseAddOn,
  discloseAddOns,
  discloseOption,
  type DisclosedAddOn,
  type DisclosedOption,
} from './disclosure.js';
import { formatDeadline } from './deadline-line.js';
import type { Jurisdiction, Offer, OfferOption } from './offer-schema.js';
import { offerJurisdictions, recapNotices } from './legal-notices.js';
import { offerOptions, type Choice } from './receipt.js';
import { PLAN_TRANSLATIONS } from './locales/plan-strings.js';
import { primaryLanguage, stringsFor } from './locales/index.js';
import { TERM_LABEL, fill, type Strings } from './strings.js';

/** Plan-only words; the rest comes from the widget's strings so the plan says what the widget said. */
export const PLAN_STRINGS = {
  planTitle: 'Two options: {full}, or {retreat}',
  optionLetter: 'Option {letter}',
  yourChoice: 'Your choice',
  youStopped: 'You chose "{stop}"',
  actionLine: 'Action',
  priceLine: 'Price and renewal',
  replyHeading: 'How to reply',
  replyOption: 'Reply "{letter}" for {title} ({action}).',
  replyStop: 'Or reply "{stop}": nothing is chosen and nothing is charged.',
  addOnsHeading: 'Optional extras (off unless you ask for them)',
  addedHeading: 'Extras you added',
  addOnLine: '{label} ({price})',
} as const;
export type PlanStrings = Record<keyof typeof PLAN_STRINGS, string>;

export interface RenderPlanOptions {
  format: 'html' | 'text';
  choice?: Choice;
  /** BCP 47 locale for prices and dates; `offer.locale`, else "en". */
  locale?: string;
  /** The widget's strings, when the host replaced the built-in ones. */
  strings?: Partial<Strings>;
  planStrings?: Partial<PlanStrings>;
  /** Which retreat was shown (an option id, or `retreat-<constraint>` / `variant-<n>`); default `offer.retreat`. */
  retreatId?: string;
  /** Ids of the add-ons the visitor ticked with the choice: listed as added, with their prices. */
  addOns?: readonly string[];
  /** Legal packs the host adds to the offer's `jurisdictions`: their links go with each option's exit rights. */
  jurisdictions?: readonly Jurisdiction[];
}

interface PlanModel {
  lang: string;
  s: Strings;
  p: PlanStrings;
  offer: Offer;
  full: DisclosedOption;
  retreat: DisclosedOption;
  fullSource: OfferOption;
  retreatSource: OfferOption;
  choice?: Choice;
  stopLabel: string;
  deadline?: string;
  /** Ticked add-ons, and the others still on offer, as displayed. */
  added: DisclosedAddOn[];
  optional: DisclosedAddOn[];
  jurisdictions: ReadonlySet<Jurisdiction>;
}

function model(offer: Offer, o: RenderPlanOptions): PlanModel {
  const lang = o.locale ?? offer.locale ?? 'en';
  // The language's built-in words unless the host passes its own (the element passes the strings it displayed);
  // stringsFor gives English for a language whose strings are not registered.
  const s: Strings = { ...stringsFor(lang), ...o.strings };
  const p: PlanStrings = { ...PLAN_STRINGS, ...PLAN_TRANSLATIONS[primaryLanguage(lang)], ...o.planStrings };
  const found = o.retreatId
    ? offerOptions(offer).find((c) => c.option !== offer.full && (c.option.id ?? c.fallbackId) === o.retreatId)
    : undefined;
  if (o.retreatId && !found) throw new RangeError(`renderPlan: no retreat "${o.retreatId}" in offer "${offer.id}"`);
  const retreatSource = found?.option ?? offer.retreat;
  const deadline = offer.deadline ? formatDeadline(offer.deadline, lang, s) : undefined;
  // A stop agrees to nothing: no add-on is listed as added.
  const added = o.choice === 'stop' ? [] : discloseAddOns(offer, o.addOns ?? [], lang, s);
  return {
    lang,
    s,
    p,
    offer,
    full: discloseOption(offer.full, 'full', lang, s),
    retreat: discloseOption(retreatSource, found?.fallbackId ?? 'retreat', lang, s),
    fullSource: offer.full,
    retreatSource,
    choice: o.choice,
    stopLabel: offer.stop?.label ?? s.stop,
    deadline,
    added,
    jurisdictions: offerJurisdictions(offer, o.jurisdictions),
    optional: (offer.addOns ?? [])
      .filter((a) => !added.some((t) => t.id === a.id))
      .map((a) => discloseAddOn(a, lang, s)),
  };
}

export function renderPlan(offer: Offer, options: RenderPlanOptions): string {
  const m = model(offer, options);
  return options.format === 'html' ? renderHtml(m) : renderText(m);
}

/** Exit rights: how to stop (and what happens to data and money), and how to cancel a renewal. */
function exitRights(m: PlanModel, i: number): string {
  const source = i === 0 ? m.fullSource : m.retreatSource;
  const exit = (i === 0 ? m.full : m.retreat).terms.exit;
  return `${exit} ${source.terms.renewal.cancel}`;
}

/** The withdrawal link and period (eu) and the cancellation link (de) that go with an option's exit rights. */
function legalLinks(m: PlanModel, i: number): Array<{ text: string; href: string; note?: string }> {
  const { withdrawal, cancel } = recapNotices(
    m.offer,
    i === 0 ? m.fullSource : m.retreatSource,
    m.jurisdictions,
    m.lang,
  );
  return [...(withdrawal ? [{ ...withdrawal, note: withdrawal.period }] : []), ...(cancel ? [cancel] : [])];
}

/** An add-on as the widget shows it beside its checkbox: the label and, when it costs something, the price. */
function addOnText(m: PlanModel, a: DisclosedAddOn): string {
  return a.price ? fill(m.p.addOnLine, { label: a.label, price: a.price }) : a.label;
}

// ---------- HTML ----------

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every string that reaches the HTML goes through here: offer text, host strings, numbers. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
const e = escapeHtml;

// Inline styles only: many email clients drop <style> blocks. System fonts, no images, no web fonts.
const S = {
  body: 'margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;',
  h1: 'font-size:22px;line-height:1.3;margin:0 0 8px;',
  h2: 'font-size:18px;margin:24px 0 8px;',
  meta: 'margin:0 0 4px;color:#404040;',
  table: 'border-collapse:collapse;width:100%;max-width:760px;',
  caption: 'text-align:left;font-weight:bold;padding:8px 0;',
  th: 'text-align:left;vertical-align:top;border:1px solid #8a8a8a;padding:8px;background:#f2f2f2;',
  td: 'text-align:left;vertical-align:top;border:1px solid #8a8a8a;padding:8px;',
  chosen: 'text-align:left;vertical-align:top;border:3px solid #1a1a1a;padding:8px;background:#fff8d6;',
  badge: 'display:inline-block;border:1px solid #1a1a1a;padding:0 4px;font-size:13px;font-weight:bold;',
  banner: 'border:3px solid #1a1a1a;background:#fff8d6;padding:8px 12px;margin:12px 0;font-weight:bold;',
};

function renderHtml(m: PlanModel): string {
  const { s, p, offer, full, retreat } = m;
  const letters = ['A', 'B'] as const;
  const opts = [full, retreat];
  const chosenIndex = m.choice === 'full' ? 0 : m.choice === 'retreat' ? 1 : -1;
  const cell = (i: number) => (i === chosenIndex ? S.chosen : S.td);
  const heading = fill(p.planTitle, { full: full.title, retreat: retreat.title });
  const badge = (text: string) => `<span style="${S.badge}">${e(text)}</span>`;
  const colHead = (i: number) =>
    `<th scope="col" style="${i === chosenIndex ? S.chosen : S.th}">${e(fill(p.optionLetter, { letter: letters[i]! }))}, ${e(i === 0 ? s.recommended : s.smallerOption)}<br>${e(opts[i]!.title)}${i === chosenIndex ? ` ${badge(p.yourChoice)}` : ''}</th>`;
  const rowHead = (label: string, extra = '') => `<th scope="row" style="${S.th}">${e(label)}${extra}</th>`;

  const rows: string[] = [];
  if (m.fullSource.rationale || m.retreatSource.stillAnswers) {
    rows.push(
      `<tr>${rowHead(`${s.whyRecommended} / ${s.stillAnswers}`)}<td style="${cell(0)}">${e(m.fullSource.rationale ?? '')}</td><td style="${cell(1)}">${e(m.retreatSource.stillAnswers ?? '')}</td></tr>`,
    );
  }
  for (const row of compareTerms(full, retreat)) {
    const mark = ` <br>${badge(row.differs ? s.differs : s.same)}`;
    rows.push(
      `<tr>${rowHead(s[TERM_LABEL[row.key]], mark)}<td style="${cell(0)}">${e(row.full)}</td><td style="${cell(1)}">${e(row.retreat)}</td></tr>`,
    );
  }
  rows.push(
    `<tr>${rowHead(p.priceLine)}${opts.map((o, i) => `<td style="${cell(i)}">${e(o.priceLine)}${o.notice ? `<br>${e(o.notice)}` : ''}</td>`).join('')}</tr>`,
  );
  rows.push(
    `<tr>${rowHead(p.actionLine)}${opts.map((o, i) => `<td style="${cell(i)}">${e(o.actionLabel)}</td>`).join('')}</tr>`,
  );

  const banner =
    m.choice === 'stop'
      ? `<p style="${S.banner}">${e(fill(p.youStopped, { stop: m.stopLabel }))}. ${e(offer.stop?.confirmation ?? s.stoppedDefault)}</p>`
      : chosenIndex >= 0
        ? `<p style="${S.banner}">${e(fill(s.chosenHeading, { title: opts[chosenIndex]!.title }))}</p>`
        : '';
  const addOnList = (heading: string, list: DisclosedAddOn[]) =>
    list.length
      ? `<h2 style="${S.h2}">${e(heading)}</h2><ul>${list.map((a) => `<li>${e(addOnText(m, a))}</li>`).join('')}</ul>`
      : '';
  const addOns = addOnList(p.addedHeading, m.added) + addOnList(p.addOnsHeading, m.optional);
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(m.lang)}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(heading)}</title></head>`,
    `<body style="${S.body}">`,
    `<h1 style="${S.h1}">${e(heading)}</h1>`,
    `<p style="${S.meta}">${e(fill(s.requestedBy, { name: offer.requester.name, role: offer.requester.role }))}</p>`,
    `<p style="${S.meta}"><strong>${e(s.decisionLabel)}:</strong> ${e(offer.decision)}</p>`,
    m.deadline ? `<p style="${S.meta}">${e(m.deadline)}</p>` : '',
    banner,
    `<table style="${S.table}">`,
    `<caption style="${S.caption}">${e(s.differencesCaption)}</caption>`,
    `<thead><tr><th scope="col" style="${S.th}">${e(s.termColumn)}</th>${colHead(0)}${colHead(1)}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
    `<h2 style="${S.h2}">${e(s.successCriteria)}</h2>`,
    `<ul>${offer.successCriteria.map((c) => `<li>${e(c)}</li>`).join('')}</ul>`,
    `<h2 style="${S.h2}">${e(s.howToExit)}</h2>`,
    `<ul>${opts
      .map(
        (_o, i) =>
          `<li><strong>${e(fill(p.optionLetter, { letter: letters[i]! }))}:</strong> ${e(exitRights(m, i))}${legalLinks(
            m,
            i,
          )
            .map((l) => ` ${l.note ? `${e(l.note)} ` : ''}<a href="${e(l.href)}">${e(l.text)}</a>`)
            .join('')}</li>`,
      )
      .join('')}</ul>`,
    addOns,
    `<h2 style="${S.h2}">${e(p.replyHeading)}</h2>`,
    '<ul>',
    ...opts.map(
      (o, i) => `<li>${e(fill(p.replyOption, { letter: letters[i]!, title: o.title, action: o.actionLabel }))}</li>`,
    ),
    `<li>${e(fill(p.replyStop, { stop: m.stopLabel }))}</li>`,
    '</ul>',
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n');
}

// ---------- text ----------

export const TEXT_WIDTH = 72;

/** Greedy word wrap; a word longer than the line (a URL) is cut so no line exceeds the width. */
export function wrap(text: string, width = TEXT_WIDTH, indent = ''): string[] {
  const room = Math.max(8, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > room) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, room));
      word = word.slice(room);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= room) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l);
}

/** A labelled paragraph: the label on the first line, continuation lines indented under it. */
function hanging(label: string, text: string, indent = '  '): string[] {
  const first = wrap(`${label} ${text}`, TEXT_WIDTH, indent);
  if (first.length <= 1) return first;
  const rest = wrap(first.slice(1).join(' '), TEXT_WIDTH, indent + '   ');
  return [first[0]!, ...rest];
}

function renderText(m: PlanModel): string {
  const { s, p, offer, full, retreat } = m;
  const letters = ['A', 'B'] as const;
  const opts = [full, retreat];
  const chosenIndex = m.choice === 'full' ? 0 : m.choice === 'retreat' ? 1 : -1;
  const out: string[] = [];
  const heading = fill(p.planTitle, { full: full.title, retreat: retreat.title });
  const h1 = wrap(heading);
  out.push(...h1, '='.repeat(Math.min(TEXT_WIDTH, Math.max(...h1.map((l) => l.length)))), '');
  out.push(...wrap(fill(s.requestedBy, { name: offer.requester.name, role: offer.requester.role })));
  out.push(...wrap(`${s.decisionLabel}: ${offer.decision}`));
  if (m.deadline) out.push(...wrap(m.deadline));
  if (m.choice === 'stop')
    out.push(
      '',
      ...wrap(`>> ${fill(p.youStopped, { stop: m.stopLabel })}. ${offer.stop?.confirmation ?? s.stoppedDefault}`),
    );
  else if (chosenIndex >= 0) out.push('', ...wrap(`>> ${fill(s.chosenHeading, { title: opts[chosenIndex]!.title })}`));

  const section = (title: string) => out.push('', title, '-'.repeat(Math.min(TEXT_WIDTH, title.length)));
  opts.forEach((o, i) => {
    const label = `${fill(p.optionLetter, { letter: letters[i]! })}, ${i === 0 ? s.recommended : s.smallerOption}${i === chosenIndex ? ` [${p.yourChoice}]` : ''}`;
    section(label);
    out.push(...wrap(o.title));
    const reason = i === 0 ? m.fullSource.rationale : m.retreatSource.stillAnswers;
    if (reason) out.push(...hanging(`${i === 0 ? s.whyRecommended : s.stillAnswers}:`, reason));
    out.push(...hanging(`${p.priceLine}:`, o.priceLine + (o.notice ? ` ${o.notice}` : '')));
    out.push(...hanging(`${p.actionLine}:`, o.actionLabel));
  });

  section(s.differencesCaption);
  for (const row of compareTerms(full, retreat)) {
    out.push(`${s[TERM_LABEL[row.key]]} (${row.differs ? s.differs : s.same})`);
    if (row.differs) {
      out.push(...hanging(`${letters[0]}:`, row.full), ...hanging(`${letters[1]}:`, row.retreat));
    } else {
      out.push(...hanging(`${letters[0]}, ${letters[1]}:`, row.full));
    }
  }

  section(s.successCriteria);
  for (const c of offer.successCriteria) out.push(...hanging('-', c));
  section(s.howToExit);
  opts.forEach((_o, i) => {
    out.push(...hanging(`${letters[i]}:`, exitRights(m, i)));
    for (const l of legalLinks(m, i)) out.push(...hanging(' ', `${l.note ? `${l.note} ` : ''}${l.text}: ${l.href}`));
  });
  for (const [heading, list] of [
    [p.addedHeading, m.added],
    [p.addOnsHeading, m.optional],
  ] as const) {
    if (!list.length) continue;
    section(heading);
    for (const a of list) out.push(...hanging('-', addOnText(m, a)));
  }
  section(p.replyHeading);
  opts.forEach((o, i) =>
    out.push(...hanging('-', fill(p.replyOption, { letter: letters[i]!, title: o.title, action: o.actionLabel }))),
  );
  out.push(...hanging('-', fill(p.replyStop, { stop: m.stopLabel })));
  return out.join('\n') + '\n';
}
