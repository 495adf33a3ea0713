import { describe, expect, it } from 'vitest';
import type { Duration, ValidityWindow } from '../../lib/catalog/catalog-schema.ts';
import type { CatalogEntry } from '../../lib/catalog/catalog-set.ts';
import { defaultPolicySettings, resolvePolicySettings } from '../../lib/rules/policy-settings.ts';
import {
  addDuration, formatDate, instantOf, parseInstant, shanghaiDateOf, shanghaiDateString, type CalendarDate,
} from '../../lib/rules/shanghai-calendar.ts';
import { assessWindow, lastValidDay } from '../../lib/rules/validity-window.ts';
import { miniSet } from '../golden/support/mini-catalog.ts';
import { prior } from '../golden/support/request-builder.ts';

const d = (s: string): CalendarDate => {
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const dur = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit });

describe('Asia/Shanghai calendar', () => {
  it.each([
    ['2026-11-23T09:30:00+08:00', '2026-11-23'],
    ['2026-11-22T16:00:00Z', '2026-11-23'],
    ['2026-11-22T15:59:59Z', '2026-11-22'],
    ['2026-11-22T23:30:00-08:00', '2026-11-23'],
    ['2026-11-23T00:10', '2026-11-23'],
    ['2026-11-23', '2026-11-23'],
    ['2026-11-23T23:59:59.999', '2026-11-23'],
    ['2026-11-23T09:30:00+0800', '2026-11-23'],
  ])('%s is %s in Shanghai', (iso, date) => {
    expect(shanghaiDateString(iso)).toBe(date);
  });

  it('reads a time without offset as Shanghai wall time', () => {
    expect(instantOf('2026-11-23T08:00')).toBe(instantOf('2026-11-23T00:00:00Z'));
    expect(instantOf('2026-11-23')).toBe(instantOf('2026-11-22T16:00:00Z'));
  });

  it.each(['2026-02-30', '2026-13-01', '2025-02-29T10:00', '2026-11-23T24:00', '2026-11-23T10:60', '2026-11-23T10:00+15:00', 'yesterday'])(
    'refuses the impossible value %s',
    (iso) => {
      expect(parseInstant(iso).ok).toBe(false);
    },
  );

  it.each([
    ['2026-11-20', dur(3, 'day'), '2026-11-23'],
    ['2026-12-30', dur(3, 'day'), '2027-01-02'],
    ['2026-01-31', dur(1, 'month'), '2026-02-28'],
    ['2028-01-31', dur(1, 'month'), '2028-02-29'],
    ['2026-03-31', dur(1, 'month'), '2026-04-30'],
    ['2026-01-30', dur(1, 'month'), '2026-02-28'],
    ['2026-02-28', dur(1, 'month'), '2026-03-28'],
    ['2026-08-31', dur(6, 'month'), '2027-02-28'],
    ['2026-11-15', dur(3, 'month'), '2027-02-15'],
    ['2026-12-31', dur(1, 'month'), '2027-01-31'],
    ['2028-02-29', dur(10, 'year'), '2038-02-28'],
    ['2026-06-01', dur(10, 'year'), '2036-06-01'],
    ['2026-11-20', dur(90, 'day'), '2027-02-18'],
  ])('%s + %o = %s', (start, duration, end) => {
    expect(formatDate(addDuration(d(start), duration))).toBe(end);
  });

  it('offers one day less under the minus-one setting', () => {
    const policy = resolvePolicySettings({ lastValidDay: 'date-plus-window-minus-one' });
    expect(formatDate(lastValidDay(d('2026-01-31'), dur(1, 'month'), policy))).toBe('2026-02-27');
    expect(formatDate(lastValidDay(d('2026-01-31'), dur(1, 'month'), defaultPolicySettings))).toBe('2026-02-28');
  });

  it('computes the date of an instant without the machine time zone', () => {
    expect(shanghaiDateOf(Date.UTC(2026, 10, 22, 16, 0, 0))).toEqual({ year: 2026, month: 11, day: 23 });
  });
});

const entry = (concept: string, catalogId: string): CatalogEntry => {
  const found = miniSet.entriesByConcept.get(concept)?.find((e) => e.catalog.id === catalogId);
  if (!found) throw new Error(`no ${concept} in ${catalogId}`);
  return found;
};

describe('assessWindow', () => {
  const wbc = entry('lab:WBC', 'cy-lab');
  const hbsab = entry('lab:HBSAB', 'cy-lab');
  const glu = entry('lab:GLU', 'cy-lab');
  const ctHead = entry('img:CT:head:none:plain:none', 'cy-img');
  const scCtHead = entry('img:CT:head:none:plain:none', 'sc-img');

  it.each<[string, CatalogEntry, string, Partial<Parameters<typeof prior>[0]>, string, string | undefined, number | undefined]>([
    ['3 days, last day', wbc, '2026-11-23T23:59:00+08:00', { performedAt: '2026-11-20T00:01:00+08:00' }, '2026-11-23', undefined, 0],
    ['3 days, next day', wbc, '2026-11-24T00:00:00+08:00', { performedAt: '2026-11-20T23:59:00+08:00' }, '2026-11-23', 'window-expired', undefined],
    ['UTC collection crossing Shanghai midnight', wbc, '2026-11-24T09:00:00+08:00', { performedAt: '2026-11-20T17:00:00Z' }, '2026-11-24', undefined, 0],
    ['by-result unknown uses 1 month', hbsab, '2026-02-28T09:00:00+08:00', { performedAt: '2026-01-31T09:00:00+08:00', result: null }, '2026-02-28', undefined, 0],
    ['by-result unknown, past 1 month', hbsab, '2026-03-01T09:00:00+08:00', { performedAt: '2026-01-31T09:00:00+08:00' }, '2026-02-28', 'window-expired', undefined],
    ['by-result negative 1 month', hbsab, '2026-03-01T09:00:00+08:00', { performedAt: '2026-01-31T09:00:00+08:00', result: 'negative' }, '2026-02-28', 'window-expired', undefined],
    ['by-result positive 6 months', hbsab, '2026-07-31T09:00:00+08:00', { performedAt: '2026-01-31T09:00:00+08:00', result: 'positive' }, '2026-07-31', undefined, 0],
    ['imaging 90 days (catalog default)', ctHead, '2027-02-18T20:00:00+08:00', { performedAt: '2026-11-20T09:00:00+08:00' }, '2027-02-18', undefined, 0],
    ['imaging day 91', ctHead, '2027-02-19T08:00:00+08:00', { performedAt: '2026-11-20T09:00:00+08:00' }, '2027-02-18', 'window-expired', undefined],
    ['future prior', wbc, '2026-11-23T09:00:00+08:00', { performedAt: '2026-11-23T10:00:00+08:00' }, '', 'prior-in-future', undefined],
  ])('%s', (_label, e, now, overrides, validUntil, limitingCode, daysLeft) => {
    const result = assessWindow(prior({ itemName: 'x', ...overrides }), e, instantOf(now), defaultPolicySettings);
    expect(result.validUntil ?? '').toBe(validUntil);
    expect(result.daysLeft).toBe(daysLeft);
    const limiting = result.findings.filter((f) => f.limit !== 'none').map((f) => f.reason.code);
    expect(limiting).toEqual(limitingCode ? [limitingCode] : []);
  });

  it('cites the list: the item row, or the 川渝 imaging note for the catalog default', () => {
    const expired = (e: CatalogEntry) =>
      assessWindow(prior({ itemName: 'x', performedAt: '2020-01-01' }), e, instantOf('2026-11-23T09:00:00+08:00'), defaultPolicySettings)
        .findings.find((f) => f.reason.code === 'window-expired')?.reason.clause;
    expect(expired(wbc)).toBe('川渝检验互认清单 第1项');
    expect(expired(ctHead)).toBe('川渝影像互认清单 注');
    expect(expired(scCtHead)).toBe('四川影像互认清单（推断）');
  });

  it.each<[string, CatalogEntry, ValidityWindow['kind'], string[]]>([
    ['inferred item window', glu, 'fixed', ['window-inferred']],
    ['inferred catalog default', scCtHead, 'fixed', ['window-inferred']],
    ['by-result with unknown result', hbsab, 'by-result', ['window-result-unknown']],
  ])('explains the window: %s', (_label, e, _kind, codes) => {
    const result = assessWindow(prior({ itemName: 'x' }), e, instantOf('2026-11-21T09:00:00+08:00'), defaultPolicySettings);
    expect(result.findings.map((f) => f.reason.code)).toEqual(codes);
  });
});
