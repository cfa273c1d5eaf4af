/** What bidi-control.ts's finding says. */
export const BIDI_CONTROL_WORDING = {
  bidiControl: () =>
    'This text contains bidi embedding or override characters (U+202A–U+202E), which can make the words shown differ from the words written (e.g. reorder a price). Remove them: the browser orders Arabic and Hebrew text without them.',
};
