/**
 * Headings at the level the host asks for (`heading-level`, 2-6): the widget usually sits under the page's
 * own h2, so its stage title may need to be an h3, and everything under it one level deeper.
 *
 * One plain html`` template per tag, not a dynamic tag (lit/static-html): the build minifies every template
 * (scripts/minify-templates.mjs), and the minifier can only parse markup whose tag names are written out.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Any value to a level in 2-6; anything else (missing, 1, 9, "abc") is the default, 2. */
export function headingLevel(value: unknown): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : 2;
}

/** The stage heading: focus moves here after each user action (tabindex -1: focusable, not a tab stop). */
export function stageHeading(level: HeadingLevel, text: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 id="stage-heading" class="stage-heading" tabindex="-1">${text}</h3>`;
    case 4:
      return html`<h4 id="stage-heading" class="stage-heading" tabindex="-1">${text}</h4>`;
    case 5:
      return html`<h5 id="stage-heading" class="stage-heading" tabindex="-1">${text}</h5>`;
    case 6:
      return html`<h6 id="stage-heading" class="stage-heading" tabindex="-1">${text}</h6>`;
    default:
      return html`<h2 id="stage-heading" class="stage-heading" tabindex="-1">${text}</h2>`;
  }
}

/** A heading one level under the stage heading (at level 6 it stays 6: there is no h7). */
export function subHeading(level: HeadingLevel, text: string, id?: string): TemplateResult {
  const idValue = id ?? nothing;
  switch (level) {
    case 2:
      return html`<h3 class="sub-heading" id=${idValue}>${text}</h3>`;
    case 3:
      return html`<h4 class="sub-heading" id=${idValue}>${text}</h4>`;
    case 4:
      return html`<h5 class="sub-heading" id=${idValue}>${text}</h5>`;
    default:
      return html`<h6 class="sub-heading" id=${idValue}>${text}</h6>`;
  }
}
