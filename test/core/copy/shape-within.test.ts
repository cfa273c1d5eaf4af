/**
 * The shape element `!~Nx` (issue 9, session 14 need 8): zero-width, none of the next N words of the clause starts x.
 * `!x` looks at the next word only; a count "not followed by a condition within 4 words" needs more. Own sentences.
 */
import { describe, expect, it } from 'vitest';
import { ShapeSet } from '../../../src/core/copy/shape-set.js';
import { buildClasses, ShapeParts } from '../../../src/core/copy/shapes.js';
import { compilePack } from '../../../src/core/copy/compiled-pack.js';
import { EN } from '../../../src/core/copy/packs/en.js';
import { tokenize } from '../../../src/core/copy/tokens.js';
import { packWords } from '../../../src/core/copy/words.js';

const words = packWords(EN);
const classes = buildClasses(words, { condition: ['when', 'if', 'once', 'as soon as'] });
const parts = new ShapeParts({}, words, classes);
const set = (shape: string) => new ShapeSet([shape], words, classes, parts);
const matches = (shape: string, text: string) => !!set(shape).find(compilePack(EN).read(text, tokenize(text)).r);

describe('!~Nx: not followed within N words of the clause by x', () => {
  it.each([
    // the count is no condition of the visitor's: matched
    ['only # left !~4@condition', 'Only 3 left in the warehouse', true],
    ['only # left !~4@condition', 'Only 2 left, tell me when more arrive', true], // the condition is in another clause
    ['only # left !~4@condition', 'Only 3 left in the blue size when we ship', true], // five words on
    ['only # left !~4@condition', 'Only 3 left? Notify me when', true], // another sentence
    // a condition within four words: not matched
    ['only # left !~4@condition', 'Only 3 left when the sale starts', false],
    ['only # left !~4@condition', 'Only 3 left in stock if you wait', false],
    ['only # left !~4@condition', 'Only 3 left as soon as the doors open', false], // a phrase of the class counts
    // N words from here, the word right after included (what `!x` reads)
    ['only # left !~1@condition', 'Only 3 left when we open', false],
    ['only # left !~1@condition', 'Only 3 left today when we open', true],
  ])('%s on %j: %s', (shape, text, expected) => {
    expect(matches(shape, text)).toBe(expected);
  });
  it('is zero-width: the match ends where the words before it end', () => {
    const text = 'Only 3 left in stock';
    const r = compilePack(EN).read(text, tokenize(text)).r;
    expect(set('only # left !~4@condition').find(r)).toEqual([0, 3]);
  });
});
