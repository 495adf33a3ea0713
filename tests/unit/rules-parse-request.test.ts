import { describe, expect, it } from 'vitest';
import { parseEvaluateRequest } from '../../lib/rules/parse-request.ts';
import { prior, request } from '../golden/support/request-builder.ts';

const valid = request({ orders: [{ name: 'WBC' }], priors: [prior({ itemName: 'WBC' })] });

describe('parseEvaluateRequest', () => {
  it('returns a valid request unchanged', () => {
    expect(parseEvaluateRequest(JSON.parse(JSON.stringify(valid)))).toEqual({ ok: true, request: valid });
  });

  it.each<[string, (r: Record<string, unknown>) => unknown, string[]]>([
    ['now without an offset', (r) => ({ ...r, now: '2026-11-23T10:00:00' }), ['now']],
    ['impossible now', (r) => ({ ...r, now: '2026-02-30T10:00:00+08:00' }), ['now']],
    ['no orders', (r) => ({ ...r, orders: [] }), ['orders']],
    ['empty order name', (r) => ({ ...r, orders: [{ name: '' }] }), ['orders[0].name']],
    ['unknown level', (r) => ({ ...r, orderingInstitution: { ...(r.orderingInstitution as object), level: '四级' } }), ['orderingInstitution.level']],
    ['unknown mark', (r) => ({ ...r, priors: [{ ...(r.priors as object[])[0], mark: '渝HR' }] }), ['priors[0].mark']],
    ['missing mark (null is required for none)', (r) => ({ ...r, priors: [{ ...(r.priors as object[])[0], mark: undefined }] }), ['priors[0].mark']],
    ['impossible performedAt', (r) => ({ ...r, priors: [{ ...(r.priors as object[])[0], performedAt: '2026-04-31' }] }), ['priors[0].performedAt']],
    ['duplicate prior ids', (r) => ({ ...r, priors: [(r.priors as object[])[0], (r.priors as object[])[0]] }), ['priors[1].id']],
    ['unknown exception', (r) => ({ ...r, exceptions: ['tired'] }), ['exceptions[0]']],
    ['several problems at once', (r) => ({ ...r, now: 'soon', orders: 'WBC' }), ['now', 'orders']],
  ])('%s → errors at %j', (_name, change, paths) => {
    const result = parseEvaluateRequest(change(JSON.parse(JSON.stringify(valid)) as Record<string, unknown>));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(paths);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
  });

  it('explains in Chinese', () => {
    const result = parseEvaluateRequest({ ...valid, orders: [] });
    expect(!result.ok && result.errors[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a non-object', () => {
    const result = parseEvaluateRequest('WBC');
    expect(result).toEqual({ ok: false, errors: [{ path: '(根)', message: expect.any(String) }] });
  });
});
