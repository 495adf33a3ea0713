import { describe, expect, it } from 'vitest';
import { placePanel, type Box } from '../../lib/content/panel-placement.ts';

const view = { width: 1366, height: 600 };
const boxOf = (p: ReturnType<typeof placePanel>, width = view.width): Box => {
  const left = p.side === 'right' ? width - 8 - p.width : 8;
  return { left, top: p.top, right: left + p.width, bottom: p.top + p.height };
};
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('panel placement never covers the submit control', () => {
  it.each<[string, Box | undefined]>([
    ['no submit control', undefined],
    ['submit at the bottom right', { left: 1250, top: 540, right: 1340, bottom: 565 }],
    ['submit at the top right', { left: 1250, top: 20, right: 1340, bottom: 45 }],
    ['submit at the bottom left', { left: 10, top: 540, right: 100, bottom: 565 }],
    ['submit bar across the whole frame', { left: 0, top: 300, right: 1366, bottom: 330 }],
  ])('%s', (_name, submit) => {
    const place = placePanel(view, submit);
    if (submit) expect(overlaps(boxOf(place), submit)).toBe(false);
    expect(place.height).toBeGreaterThanOrEqual(120);
  });

  it('prefers the top right at full height when nothing is in the way', () => {
    expect(placePanel(view, undefined)).toEqual({ side: 'right', top: 8, width: 400, height: 560 });
  });

  it('shortens before it moves', () => {
    expect(placePanel(view, { left: 1250, top: 540, right: 1340, bottom: 565 })).toMatchObject({ side: 'right', height: 524 });
    expect(placePanel(view, { left: 1250, top: 20, right: 1340, bottom: 45 }).side).toBe('left');
  });
});
