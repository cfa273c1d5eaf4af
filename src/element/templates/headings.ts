/**
 * Headings at the level the host asks for (`heading-level`, 2-6): the widget usually sits under the page's
 * own h2, so its stage title may need to be an h3, and everything under it one level deeper.
 */
import { type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Fixed tag names (never from input), so the static template stays safe. */
const TAGS: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** Any value to a level in 2-6; anything else (missing, 1, 9, "abc") is the default, 2. */
export function headingLevel(value: unknown): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : 2;
}

/** The stage heading: focus moves here after each user action (tabindex -1: focusable, not a tab stop). */
export function stageHeading(level: HeadingLevel, text: string): TemplateResult {
  const tag = TAGS[level];
  return staticHtml`<${tag} id="stage-heading" class="stage-heading" tabindex="-1">${text}</${tag}>`;
}

/** A heading one level under the stage heading (at level 6 it stays 6: there is no h7). */
export function subHeading(level: HeadingLevel, text: string, id?: string): TemplateResult {
  const tag = TAGS[Math.min(level + 1, 6) as HeadingLevel];
  return id
    ? staticHtml`<${tag} class="sub-heading" id=${id}>${text}</${tag}>`
    : staticHtml`<${tag} class="sub-heading">${text}</${tag}>`;
}
