/**
 * The one-page plan as HTML: self-contained and email-safe (inline styles, a real table, no scripts, no external
 * resources), every offer string escaped.
 */
import { compareTerms, type DisclosedAddOn } from './disclosure.js';
import { addOnText, exitRights, legalLinks, type PlanModel } from './plan-model.js';
import { TERM_LABEL, fill } from './strings.js';

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

export function renderHtml(m: PlanModel): string {
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
