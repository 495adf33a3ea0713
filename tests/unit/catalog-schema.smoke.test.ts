import { describe, expect, it } from 'vitest';
import { markSchema } from '../../lib/catalog/catalog-schema.ts';

describe('mark schema', () => {
  it('accepts the three marks and refuses others', () => {
    expect(markSchema.parse('川渝HR')).toBe('川渝HR');
    expect(() => markSchema.parse('渝HR')).toThrow();
  });
});
