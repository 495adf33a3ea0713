import { describe, expect, it } from 'vitest';
import index from '../../catalogs/item-search-index.json' with { type: 'json' };
import { buildItemSearchIndex, initialsOf } from '../../catalogs/build-item-search-index.ts';
import { searchItems, type ItemSearchIndex } from '../../lib/catalog/item-search.ts';

const committed = index as ItemSearchIndex;

describe('item search index', () => {
  it('is up to date with the catalogs (run `npx tsx catalogs/build-item-search-index.ts` after editing one)', () => {
    expect(buildItemSearchIndex()).toEqual(committed);
  });

  it('computes pinyin initials', () => {
    expect(initialsOf('血红蛋白')).toBe('XHDB');
    expect(initialsOf('左侧膝关节 MR 平扫')).toBe('ZCXGJMRPS');
  });

  it.each([
    ['XHDB', 'lab:HB'],
    ['血红蛋白', 'lab:HB'],
    ['ｈｂ', 'lab:HB'],
    ['ZCXGJMRPS', 'img:MR:knee:left:plain:none'],
    ['丙氨酸', 'lab:ALT'],
  ])('finds %s → %s first', (query, concept) => {
    expect(searchItems(committed, query)[0]?.concept).toBe(concept);
  });

  it('returns nothing for an empty query and at most the limit', () => {
    expect(searchItems(committed, '  ')).toEqual([]);
    expect(searchItems(committed, 'CT', 5)).toHaveLength(5);
  });
});
