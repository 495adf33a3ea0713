import { describe, expect, it } from 'vitest';
import { routeMessage } from '../../lib/background/message-router.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const snapshot = { adapterId: 'training-his-order-entry', url: 'http://127.0.0.1:8000/order-entry.html', patient: { ids: { hisPatientId: 'MZ1' } }, orders: [{ name: '血常规' }] };
const evaluateMessage = { type: 'orders/evaluate', panelToken: 'abcdefghijklmnop1234', snapshot };

describe('background message router', () => {
  it('accepts a well-formed message from our content script in a tab', () => {
    const routed = routeMessage(evaluateMessage, { id: ID, url: 'http://127.0.0.1:8000/order-entry.html', tab: { id: 3 }, frameId: 7 }, ID, ORIGIN);
    expect(routed).toMatchObject({ from: 'content', tabId: 3, frameId: 7 });
  });

  it('rejects messages from other extensions or with no tab', () => {
    expect(routeMessage(evaluateMessage, { id: 'someone-else', tab: { id: 1 } }, ID, ORIGIN).from).toBe('rejected');
    expect(routeMessage(evaluateMessage, { id: ID, url: 'http://127.0.0.1/' }, ID, ORIGIN).from).toBe('rejected');
  });

  it('rejects malformed or oversized content messages, naming the field', () => {
    const tooLong = { ...evaluateMessage, snapshot: { ...snapshot, orders: [{ name: 'x'.repeat(201) }] } };
    const routed = routeMessage(tooLong, { id: ID, tab: { id: 1 } }, ID, ORIGIN);
    expect(routed.from).toBe('rejected');
    expect(routed.from === 'rejected' && routed.reason).toContain('snapshot.orders.0.name');
    expect(routeMessage({ type: 'store/import', fileName: 'x', text: '{}' }, { id: ID, tab: { id: 1 } }, ID, ORIGIN).from).toBe('rejected');
    const sure = (detectionConfidence: number) => routeMessage({ ...evaluateMessage, snapshot: { ...snapshot, detectionConfidence } }, { id: ID, tab: { id: 1 } }, ID, ORIGIN);
    expect(sure(0.72).from).toBe('content');
    const unsure = sure(7);
    expect(unsure.from === 'rejected' && unsure.reason).toContain('snapshot.detectionConfidence');
  });

  it('only lets extension pages use the store and panel messages', () => {
    const routed = routeMessage({ type: 'store/stats' }, { id: ID, url: `${ORIGIN}/options.html` }, ID, ORIGIN);
    expect(routed).toEqual({ from: 'extension-page', message: { type: 'store/stats' } });
    expect(routeMessage(evaluateMessage, { id: ID, url: `${ORIGIN}/options.html` }, ID, ORIGIN).from).toBe('rejected');
  });
});
