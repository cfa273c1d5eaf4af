/**
 * Hostile 100 KB inputs for the copy checks: long runs of what the rules look for, almost-matches that
 * make a backtracking pattern try every start, one giant token, and symbol soup. Used by the vitest
 * linear-time test (they must finish) and by bench/copy.ts (which times them).
 */
export const PATHOLOGICAL_SIZE = 100 * 1024;

const fill = (fragment: string) =>
  fragment.repeat(Math.ceil(PATHOLOGICAL_SIZE / fragment.length)).slice(0, PATHOLOGICAL_SIZE);

/** A fixed pseudo-random word salad from the rules' own vocabulary (same output every run). */
function salad(): string {
  const words =
    'only just 2 left in stock no thanks i dont want to save money rather not hurry ends in 00 : 12 : 45 days hours mins secs people are viewing someone from leeds just bought limited time offer last chance free gift , . ! pay full price'.split(
      ' ',
    );
  let seed = 42;
  const out: string[] = [];
  let size = 0;
  while (size < PATHOLOGICAL_SIZE) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const word = words[seed % words.length]!;
    out.push(word);
    size += word.length + 1;
  }
  return out.join(' ').slice(0, PATHOLOGICAL_SIZE);
}

export function pathologicalInputs(): { name: string; text: string }[] {
  return [
    { name: '"a" × 100 KB (one giant word)', text: fill('a') },
    { name: '"only " repeated', text: fill('only ') },
    { name: '"only 1 2 3 " (scarcity without "left")', text: fill('only 1 2 3 ') },
    { name: '"no " repeated', text: fill('no ') },
    { name: '"no thanks, i don\'t " repeated', text: fill("no thanks, i don't ") },
    { name: '"i would rather " repeated', text: fill('i would rather ') },
    { name: '"00:" repeated', text: fill('00:') },
    { name: '"00 days 00 hours " (one endless timer)', text: fill('00 days 00 hours ') },
    { name: '"1,1,1," (one endless number)', text: fill('1,1,') },
    { name: '"someone in " repeated', text: fill('someone in ') },
    { name: '"free " repeated', text: fill('free ') },
    { name: '"ends " repeated', text: fill('ends ') },
    { name: '"12 people are " repeated', text: fill('12 people are ') },
    { name: '"a." repeated (one-word sentences)', text: fill('a.') },
    { name: '"!?" repeated', text: fill('!?') },
    { name: '"é" repeated', text: fill('é') },
    { name: 'emoji repeated', text: fill('🔥👁️') },
    { name: '"I\'d " repeated', text: fill("I'd ") },
    { name: 'camelCase seams "aB" repeated', text: fill('aB') },
    { name: 'zero-width joiners between letters', text: fill('a\u200B') },
    { name: 'word salad of rule vocabulary', text: salad() },
  ];
}
