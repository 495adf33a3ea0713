import { describe, expect, it } from 'vitest';
import { originMatchPatterns, parseDeploymentBundle } from '../../lib/config/deployment-bundle.ts';
import { trainingHisAdapter } from '../../lib/adapters/training-his-adapter.ts';
import { TRAINING_SETTINGS } from '../../lib/background/deployment-settings.ts';

const adapter = { ...trainingHisAdapter, id: 'dept-order', urlPatterns: ['http://10.1.2.3:8080/his/order.jsp**'] };
const bundle = { format: 'hr-assistant-deployment', version: 1, settings: TRAINING_SETTINGS, hisOrigins: ['http://10.1.2.3:8080'], adapters: [adapter] };

describe('deployment bundle', () => {
  it('accepts a bundle whose adapters stay on its HIS origins', () => {
    const parsed = parseDeploymentBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['an adapter on another origin', { ...bundle, adapters: [{ ...adapter, urlPatterns: ['http://10.9.9.9/his/order.jsp'] }] }, 'adapters.0.urlPatterns.0'],
    ['an origin with a path', { ...bundle, hisOrigins: ['http://10.1.2.3:8080/his'] }, 'hisOrigins.0'],
    ['duplicate adapter ids', { ...bundle, adapters: [adapter, adapter] }, 'adapters.1.id'],
    ['an invalid alert mode', { ...bundle, settings: { ...TRAINING_SETTINGS, alertMode: 'loud' } }, 'settings.alertMode'],
    ['an adapter with no row selector', { ...bundle, adapters: [{ ...adapter, orders: { ...adapter.orders, row: '' } }] }, 'adapters.0.orders.row'],
  ])('refuses %s, naming the field', (_name, raw, field) => {
    const parsed = parseDeploymentBundle(JSON.stringify(raw));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.field)).toContain(field);
  });

  it('refuses text that is not JSON', () => {
    expect(parseDeploymentBundle('{').ok).toBe(false);
  });

  it('turns origins into port-less host match patterns', () => {
    expect(originMatchPatterns(['http://10.1.2.3:8080', 'http://10.1.2.3:9090', 'https://his.example.cn'])).toEqual(['http://10.1.2.3/*', 'https://his.example.cn/*']);
  });
});
