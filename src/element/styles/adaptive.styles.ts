import { css } from 'lit';

/**
 * What adapts to the widget's width (container queries on the host), to print, to reduced motion and to
 * forced colours. `--_layout` is read by layout-controller.ts: the breakpoints live here only.
 */
export const adaptiveStyles = css`
  /* Empty and zero-height: only its width (the host's) and --_layout matter. */
  .layout-probe {
    --_layout: medium;
    display: block;
    block-size: 0;
    overflow: hidden;
  }
  /* Wide enough for both options side by side: what mode="auto" shows from here up. */
  @container (min-width: 40rem) {
    .layout-probe {
      --_layout: wide;
    }
  }
  /* Narrow containers (320 px phones): tighter cells so the three columns fit without scrolling. */
  @container (max-width: 30rem) {
    .layout-probe {
      --_layout: narrow;
    }
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
    *,
    *::before,
    *::after {
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
    /* The stop path keeps its lighter outline, in a system colour that is always visible. */
    button.secondary.quiet {
      border-width: 1px;
    }
    button.disclosure::after {
      border-color: ButtonText;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
    button:focus-visible,
    .stage-heading:focus-visible,
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
