import { css } from 'lit';

/** The terms table, its toggletips, the disclosure that folds it on a phone, and the short version. */
export const termsStyles = css`
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
  button.disclosure {
    justify-self: start;
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 0.5rem;
  }
  /* A chevron that says open or closed; aria-expanded says it to assistive technology. */
  button.disclosure::after {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 120ms ease;
  }
  button.disclosure[aria-expanded='true']::after {
    transform: rotate(-135deg);
  }
  .terms {
    display: grid;
  }
  .in-short ul {
    margin-block-start: 0.25rem;
  }
`;
