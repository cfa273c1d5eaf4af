/** The jurisdiction parts' styles (templates/legal-parts.ts): in the first-paint bundle, like every style. */
import { css } from 'lit';

export const legalPartStyles = css`
  .consent {
    display: grid;
    gap: 0.25rem;
  }
  .consent label {
    align-items: flex-start;
  }
  /* A long label (the renewal terms, an add-on with its price) must not squeeze a checkbox under 24 px at 320 px. */
  label > input[type='checkbox'] {
    flex: none;
  }
  .consent-message {
    margin: 0;
    font-weight: 600;
  }
  .consent input[aria-invalid='true'] {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
  .legal-links {
    padding-inline-start: 1.25rem;
  }
`;
