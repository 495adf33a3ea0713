// applyWindowOverrides: a deployment's replacement windows, and the refusal of bad ones.
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import type { CatalogSet } from '../../lib/catalog/catalog-set.ts';
import { CatalogLoadError } from '../../lib/catalog/load-catalogs.ts';
import { applyWindowOverrides } from '../../lib/catalog/window-overrides.ts';
import { itemWindow } from '../../lib/catalog/window-text.ts';

const entry = (set: CatalogSet, itemId: string) => {
  for (const catalog of set.catalogs) {
    const item = catalog.items.find((i) => i.id === itemId);
    if (item) return { catalog, item };
  }
  throw new Error(`no item ${itemId}`);
};
const windowOf = (set: CatalogSet, itemId: string) => {
  const { catalog, item } = entry(set, itemId);
  return itemWindow(catalog, item);
};

function refusal(overrides: unknown): CatalogLoadError {
  try {
    applyWindowOverrides(builtinCatalogSet, overrides, { source: 'deploy.json' });
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogLoadError);
    return error as CatalogLoadError;
  }
  throw new Error('expected the overrides to be refused');
}

describe('applyWindowOverrides', () => {
  it('a concept override changes that concept in every catalog and keeps the replaced window', () => {
    const set = applyWindowOverrides(builtinCatalogSet, [
      { concept: 'lab:HBSAG', window: { kind: 'fixed', duration: { amount: 3, unit: 'month' } }, note: '本院质控会决定' },
    ]);
    expect(windowOf(set, 'chuanyu-lab-2022#57')).toEqual({
      kind: 'fixed',
      duration: { amount: 3, unit: 'month' },
      override: { note: '本院质控会决定', replaced: '1 个月' },
    });
    // The Sichuan window was our inference: the replaced text says so.
    expect(windowOf(set, 'sichuan-lab-2022#16')).toMatchObject({ duration: { amount: 3, unit: 'month' }, override: { replaced: '1 个月（推断）' } });
    expect(windowOf(set, 'sichuan-lab-2022#16').inference).toBeUndefined();
    // Look-ups are rebuilt from the new catalogs.
    expect(set.entriesByConcept.get('lab:HBSAG')?.every((e) => e.item.window?.override)).toBe(true);
  });

  it('does not change the input set', () => {
    const before = JSON.stringify(builtinCatalogSet.catalogs);
    applyWindowOverrides(builtinCatalogSet, [{ concept: 'lab:TSH', window: { kind: 'fixed', duration: { amount: 1, unit: 'month' } }, note: '甲功按 1 个月' }]);
    expect(JSON.stringify(builtinCatalogSet.catalogs)).toBe(before);
    expect(windowOf(builtinCatalogSet, 'chuanyu-lab-2022#55')).toMatchObject({ duration: { amount: 7, unit: 'day' } });
  });

  it('an item override changes only that item; a later override wins and still names the published window', () => {
    const set = applyWindowOverrides(builtinCatalogSet, [
      { concept: 'lab:ALT', window: { kind: 'fixed', duration: { amount: 14, unit: 'day' } }, note: '全院 14 天' },
      { itemId: 'sichuan-lab-2022#12', window: { kind: 'fixed', duration: { amount: 7, unit: 'day' } }, note: '川内 7 天' },
    ]);
    expect(windowOf(set, 'chuanyu-lab-2022#27')).toMatchObject({ duration: { amount: 14, unit: 'day' }, override: { note: '全院 14 天', replaced: '1 个月' } });
    expect(windowOf(set, 'sichuan-lab-2022#12')).toMatchObject({ duration: { amount: 7, unit: 'day' }, override: { note: '川内 7 天', replaced: '1 个月（推断）' } });
    expect(windowOf(set, 'chuanyu-lab-2022#28').override).toBeUndefined();
  });

  it('a by-result override is accepted', () => {
    const set = applyWindowOverrides(builtinCatalogSet, [
      {
        itemId: 'chuanyu-lab-2022#57',
        window: { kind: 'by-result', positive: { amount: 6, unit: 'month' }, negative: { amount: 1, unit: 'month' } },
        note: 'HBsAg 同抗-HBs',
      },
    ]);
    expect(windowOf(set, 'chuanyu-lab-2022#57')).toMatchObject({ kind: 'by-result', override: { replaced: '1 个月' } });
  });

  it('a catalog override changes the default window of the items that use it', () => {
    const set = applyWindowOverrides(builtinCatalogSet, [
      { catalogId: 'chuanyu-imaging-2022', window: { kind: 'fixed', duration: { amount: 60, unit: 'day' } }, note: '本院影像 60 天' },
    ]);
    expect(windowOf(set, 'chuanyu-imaging-2022#34')).toMatchObject({ duration: { amount: 60, unit: 'day' }, override: { replaced: '90 天' } });
    expect(windowOf(set, 'sichuan-imaging-2022#24')).toMatchObject({ duration: { amount: 90, unit: 'day' } });
  });

  it('an empty list returns an equivalent set', () => {
    const set = applyWindowOverrides(builtinCatalogSet, []);
    expect(JSON.stringify(set.catalogs)).toBe(JSON.stringify(builtinCatalogSet.catalogs));
  });

  it.each([
    [[{ concept: 'lab:NOPE', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'x' }], 'overrides[0].concept', 'unknown concept lab:NOPE'],
    [[{ itemId: 'chuanyu-lab-2022#99', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'x' }], 'overrides[0].itemId', 'unknown item chuanyu-lab-2022#99'],
    [[{ catalogId: 'nope', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'x' }], 'overrides[0].catalogId', 'unknown catalog nope'],
    [[{ catalogId: 'chuanyu-lab-2022', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'x' }], 'overrides[0].catalogId', 'no items using a default window'],
    [[{ concept: 'lab:WBC', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: '  ' }], 'overrides[0].note', 'needs a note'],
    [[{ concept: 'lab:WBC', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } } }], 'overrides[0].note', ''],
    [[{ concept: 'lab:WBC', itemId: 'chuanyu-lab-2022#1', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'x' }], 'overrides[0]', 'exactly one of concept, itemId or catalogId'],
    [[{ window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'x' }], 'overrides[0]', 'exactly one of concept, itemId or catalogId'],
    [[{ concept: 'lab:WBC', window: { kind: 'fixed', duration: { amount: -1, unit: 'day' } }, note: 'x' }], 'overrides[0].window.duration.amount', ''],
    [[{ concept: 'lab:WBC', window: { kind: 'fixed', duration: { amount: 1, unit: 'week' } }, note: 'x' }], 'overrides[0].window.duration.unit', ''],
    [[{ concpet: 'lab:WBC', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'x' }], 'overrides[0]', 'concpet'],
    [{ concept: 'lab:WBC' }, 'overrides', ''],
  ])('refuses %j at %s (%s)', (overrides, path, reason) => {
    const error = refusal(overrides);
    const issue = error.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue?.source).toBe('window overrides (deploy.json)');
    expect(issue?.message).toContain(reason);
  });

  it('refuses the whole list when one override is bad (nothing half-applied)', () => {
    const error = refusal([
      { concept: 'lab:WBC', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'ok' },
      { concept: 'lab:XYZ', window: { kind: 'fixed', duration: { amount: 1, unit: 'day' } }, note: 'bad' },
    ]);
    expect(error.issues.map((i) => i.path)).toEqual(['overrides[1].concept']);
    expect(error.message).toContain('window overrides (deploy.json) at overrides[1].concept: unknown concept lab:XYZ');
  });
});
