import { css } from 'lit';

/**
 * Public custom properties (documented on the class) fall back to private `--_x` ones, which change
 * with the colour scheme. Logical properties only, so dir="rtl" mirrors without extra rules.
 */
export const fairOfferStyles = css`
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
  .diagnostics {
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
  p,
  ul {
    margin: 0;
  }
  h2 {
    font-size: max(1.375rem, 16px);
    line-height: 1.25;
  }
  h3 {
    font-size: max(1rem, 13px);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
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
  /* Decline and stop are equally real buttons: same size, neutral, never faint. */
  button.secondary {
    font-weight: 600;
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
  .option {
    display: grid;
    gap: 0.5rem;
    align-content: start;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
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
  .terms {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    font-size: max(0.9375rem, 12px);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: break-word;
  }
  thead th {
    background: var(--_subtle);
  }
  th[scope='row'] {
    position: relative;
  }
  .term-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    align-items: center;
  }
  button.info {
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0;
    inline-size: 24px;
    block-size: 24px;
    border-radius: 50%;
    border-width: 1px;
    font-size: max(0.875rem, 12px);
    line-height: 1;
  }
  .badge {
    display: inline-block;
    padding-inline: 0.375rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: max(0.8125rem, 12px);
    font-weight: 600;
  }
  .tip {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: min(18rem, 80vw);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 400;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .tip[hidden] {
    display: none;
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
  .diagnostics code {
    font-size: max(0.875rem, 12px);
  }
  /* Narrow containers (320 px phones): tighter cells so the three columns fit without scrolling. */
  @container (max-width: 30rem) {
    .stage {
      padding: 0.75rem;
    }
    th,
    td {
      padding: 0.375rem 0.25rem;
      font-size: max(0.875rem, 12px);
    }
    .actions > * {
      flex: 1 1 100%;
    }
  }
  /* Printing the chosen state gives the recap on paper: the controls and the question have no use there. */
  @media print {
    .actions,
    .feedback,
    #save-hint,
    button.info {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_border: CanvasText;
      --_surface: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
    }
    button {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button.primary {
      background: ButtonFace;
      color: ButtonText;
      border-width: 3px;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
    button:focus-visible,
    h2:focus-visible,
    input:focus-visible,
    a:focus-visible {
      outline: 3px solid Highlight;
    }
    a,
    a:visited {
      color: LinkText;
    }
    .badge,
    .tip,
    .option {
      border-color: CanvasText;
    }
  }
`;
