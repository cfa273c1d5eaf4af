import { css } from 'lit';
import { adaptiveStyles } from './styles/adaptive.styles.js';
import { termsStyles } from './styles/terms.styles.js';

/**
 * Public custom properties (documented on the class) fall back to private `--_x` ones, which change
 * with the colour scheme. Logical properties only, so dir="rtl" mirrors without extra rules.
 * Three sheets: the base (colours, text, buttons, stages), the terms (table, toggletips, the short
 * version), and what adapts (container queries, print, reduced motion, forced colours), last so it wins.
 */
const baseStyles = css`
  :host {
    --_accent: var(--fair-offer-accent, #1d4ed8);
    --_on-accent: #ffffff;
    --_surface: var(--fair-offer-surface, #ffffff);
    --_text: var(--fair-offer-text, #1a1a1a);
    --_muted: #4a4a4a;
    --_border: #6b6b6b;
    --_subtle: #f2f4f7;
    /* Links: private, not the host's accent, so they keep 4.5:1 on our own surface whatever the page sets. */
    --_link: #1d4ed8;
    --_radius: var(--fair-offer-radius, 0.5rem);
    --_gap: var(--fair-offer-gap, 1rem);
    --_font: var(--fair-offer-font, system-ui, sans-serif);
    display: block;
    /* Layout and style containment: nothing inside can shift the page around it. */
    contain: layout style;
    container-type: inline-size;
    max-inline-size: 100%;
    box-sizing: border-box;
    font-family: var(--_font);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--fair-offer-accent, #8ab4ff);
      --_on-accent: #0b1020;
      --_surface: var(--fair-offer-surface, #16181d);
      --_text: var(--fair-offer-text, #f1f1f1);
      --_muted: #c4c4c4;
      --_border: #9a9a9a;
      --_subtle: #23262d;
      --_link: #8ab4ff;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Colours go on our own content, not on :host, so page fallback content keeps the page's colours. */
  .stage,
  .diagnostics,
  .part-unavailable {
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    /* Inherited text settings of a hostile page (font-size: 4px, line-height: 0, letter-spacing, text-indent:
       -9999px, all !important) stop here, on our own elements where page selectors cannot reach. */
    font-size: max(1em, 12px);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    text-shadow: none;
    /* Break between words; a word breaks inside only when it cannot fit a line on its own. Never
       overflow-wrap: anywhere (it lets the table's columns shrink until "compliance" and prices split). */
    overflow-wrap: break-word;
  }
  /* Prices and other numbers stay on one line ("€4,800.00", never "€4,800.0 / 0"). */
  .nowrap {
    white-space: nowrap;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link);
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus {
    outline: none;
  }
  a:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .stage {
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap);
    min-inline-size: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul {
    margin: 0;
  }
  /* Sized by role, not by tag: heading-level changes the tags, never the look. */
  .stage-heading,
  .diagnostics h2 {
    font-size: max(1.375rem, 16px);
    line-height: 1.25;
  }
  .sub-heading {
    font-size: max(1rem, 13px);
  }
  .stage-heading:focus {
    outline: none;
  }
  .stage-heading:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 4px;
    border-radius: 2px;
  }
  .eyebrow,
  .meta,
  .price-line,
  .notice,
  .hint {
    color: var(--_muted);
  }
  .eyebrow {
    font-size: max(0.875rem, 12px);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) * 0.75);
    align-items: flex-start;
  }
  .action-group {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .price-line,
  .notice {
    font-size: max(0.875rem, 12px);
  }
  button {
    font: inherit;
    /* Never below 44 px, even when the page shrinks its root font-size. */
    min-block-size: max(2.75rem, 44px);
    min-inline-size: 24px;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-align: center;
    overflow-wrap: break-word;
    transition: background-color 120ms ease, border-color 120ms ease;
  }
  button:hover {
    border-color: var(--_text);
  }
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  /* Decline and the other secondary answers: filled and bold. */
  button.secondary {
    font-weight: 600;
    background: var(--_subtle);
  }
  /* The stop path: lighter than the decline beside it (one outline, normal weight, the surface behind it),
     never faint: the same size, text at 4.5:1 or more, its outline at 3:1 or more (--_border). */
  button.secondary.quiet {
    font-weight: 400;
    background: var(--_surface);
    border-width: 1px;
    padding-inline: calc(1rem + 1px);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Disabled by a host <fieldset disabled> or form: visibly inactive, still readable. */
  button:disabled,
  input:disabled {
    cursor: not-allowed;
    border-style: dashed;
  }
  .feedback {
    margin-block-start: var(--_gap);
    padding-block-start: calc(var(--_gap) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .feedback p {
    margin-block: 0 0.5rem;
  }
  .options {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  /* A column whose action sits at the bottom, so the two cards' actions line up side by side. */
  .option {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .option > .action-group {
    flex: none;
    margin-block-start: auto;
  }
  .option.recommended {
    border: 2px solid var(--_accent);
  }
  fieldset {
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  label {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 24px;
  }
  input[type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .diagnostics {
    padding: var(--_gap);
    border: 2px solid #b00020;
    border-radius: var(--_radius);
  }
  .part-unavailable {
    margin: 0;
    padding: var(--_gap);
  }
  .diagnostics code {
    font-size: max(0.875rem, 12px);
  }
`;

export const fairOfferStyles = [baseStyles, termsStyles, adaptiveStyles];
