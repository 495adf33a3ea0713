// Property tests: a name written from a catalog item's own descriptor with the side or the contrast
// flipped is never `certain` for that item; written faithfully, it never is `certain` for another.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import type { Contrast, ImagingItem, Laterality } from '../../lib/catalog/catalog-schema.ts';
import { renderImagingName } from '../../lib/matching/imaging-render.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { allItemMatches, isCertainFor } from '../../lib/matching/summarize-match.ts';

const imagingItems: ImagingItem[] = builtinCatalogSet.catalogs.flatMap((c) => c.items.filter((i): i is ImagingItem => i.kind === 'imaging'));

const FLIPPED_SIDES: Record<Laterality, Laterality[]> = {
  left: ['right', 'bilateral'],
  right: ['left', 'bilateral'],
  bilateral: ['left', 'right'],
  none: ['left', 'right'],
};
const FLIPPED_CONTRAST: Record<Contrast, Contrast[]> = {
  plain: ['enhanced'],
  enhanced: ['plain'],
  // DR has no contrast phase: a DR name saying 平扫 or 增强 is not the DR item.
  none: ['plain', 'enhanced'],
};

const itemArb = fc.constantFrom(...imagingItems);
const choicesArb = fc.array(fc.nat(20), { minLength: 8, maxLength: 8 });

describe('imaging property tests', () => {
  it('has imaging items to test', () => {
    expect(imagingItems.length).toBeGreaterThan(100);
  });

  it('a flipped side is never certain for the original item', () => {
    fc.assert(
      fc.property(itemArb, choicesArb, fc.nat(1), (item, choices, which) => {
        const laterality = FLIPPED_SIDES[item.laterality][which % FLIPPED_SIDES[item.laterality].length] as Laterality;
        const name = renderImagingName({ ...item, laterality }, choices);
        const m = matchOrderName(name, builtinCatalogSet);
        return !isCertainFor(m, item.concept);
      }),
      { numRuns: 1500 },
    );
  });

  it('a flipped contrast is never certain for the original item', () => {
    fc.assert(
      fc.property(itemArb, choicesArb, fc.nat(1), (item, choices, which) => {
        const options = FLIPPED_CONTRAST[item.contrast];
        const contrast = options[which % options.length] as Contrast;
        const name = renderImagingName({ ...item, contrast }, choices);
        const m = matchOrderName(name, builtinCatalogSet);
        return !isCertainFor(m, item.concept);
      }),
      { numRuns: 1500 },
    );
  });

  it('side and contrast flipped together are never certain for the original item', () => {
    fc.assert(
      fc.property(itemArb, choicesArb, (item, choices) => {
        const laterality = FLIPPED_SIDES[item.laterality][0] as Laterality;
        const contrast = FLIPPED_CONTRAST[item.contrast][0] as Contrast;
        return !isCertainFor(matchOrderName(renderImagingName({ ...item, laterality, contrast }, choices), builtinCatalogSet), item.concept);
      }),
      { numRuns: 500 },
    );
  });

  it('a faithful rendering matches the item and is never certain for another item', () => {
    fc.assert(
      fc.property(itemArb, choicesArb, (item, choices) => {
        const name = renderImagingName(item, choices);
        const items = allItemMatches(matchOrderName(name, builtinCatalogSet));
        const wrongCertain = items.some((i) => i.concept !== item.concept && i.confidence === 'certain');
        const found = items.some((i) => i.concept === item.concept);
        if (wrongCertain || !found) throw new Error(`${name} → ${JSON.stringify(items)}`);
        return true;
      }),
      { numRuns: 1500 },
    );
  });

  it('every rendering of every item in its first spelling is certain', () => {
    for (const item of imagingItems) {
      const name = renderImagingName(item);
      expect(isCertainFor(matchOrderName(name, builtinCatalogSet), item.concept), name).toBe(true);
    }
  });
});

describe('robustness', () => {
  it('never throws and always answers with a known kind, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), (s) => {
        const m = matchOrderName(s, builtinCatalogSet);
        return ['item', 'panel', 'multi', 'none'].includes(m.kind) && m.input === s;
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on random joins of clinical words, and a none always has a reason', () => {
    const words = ['左', '右', '双', '膝关节', '胸部', '头颅', 'CT', 'MR', 'DR', '平扫', '增强', '正侧位', '+', '、', '(', ')', 'ALT', '血常规', '尿', '葡萄糖', 'CTA', '三维重建', '婴幼儿', '立位', '床旁'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (parts) => {
        const m = matchOrderName(parts.join(''), builtinCatalogSet);
        return m.kind !== 'none' || m.reason.length > 0;
      }),
      { numRuns: 1000 },
    );
  });
});
