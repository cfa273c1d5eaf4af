/** The one-page plan as plain text, wrapped at 72 columns. */
import { compareTerms } from './disclosure.js';
import { addOnText, exitRights, legalLinks, type PlanModel } from './plan-model.js';
import { TERM_LABEL, fill } from './strings.js';

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

export function renderText(m: PlanModel): string {
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
