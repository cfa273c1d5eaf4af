import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildOfferJsonSchema,
  DESCRIPTIONS,
  nodeAt,
  offerJsonSchemaText,
  SCHEMA_PATH,
} from '../../../scripts/build-schema.js';

describe('schema/offer.schema.json', () => {
  it('equals a fresh generation from the valibot model (run `npx tsx scripts/build-schema.ts` after changing the model)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(offerJsonSchemaText());
  });

  it('every description key still names a property', () => {
    const schema = buildOfferJsonSchema() as Record<string, unknown>;
    for (const key of Object.keys(DESCRIPTIONS)) expect(nodeAt(schema, key), key).toBeDefined();
    expect(nodeAt(schema, 'root.nope')).toBeUndefined();
  });

  it('describes the offer model for editors', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'decision', 'successCriteria', 'requester', 'full', 'retreat']),
    );
    expect(schema.properties.full.$ref).toBe('#/$defs/Option');
    expect(schema.$defs.Terms.required).toEqual([
      'scope',
      'evidence',
      'dataAccess',
      'time',
      'price',
      'renewal',
      'exit',
    ]);
    expect(schema.$defs.Terms.properties.dataAccess.properties.level.enum).toEqual(['none', 'read', 'write', 'admin']);
    // Blank copy and non-http links are refused by the schema too, not only at runtime.
    expect(new RegExp(schema.properties.decision.pattern).test('   ')).toBe(false);
    expect(new RegExp(schema.$defs.Action.properties.href.pattern).test('javascript:alert(1)')).toBe(false);
    expect(new RegExp(schema.$defs.Action.properties.href.pattern).test('https://example.com')).toBe(true);
    // Offer files may point at the schema.
    expect(schema.properties.$schema.type).toBe('string');
    expect(schema.$defs.Option.properties.stillAnswers.description).toMatch(/still/);
  });
});
