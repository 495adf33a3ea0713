import { describe, expect, it } from 'vitest';

// The unit suite runs once per time zone (tests/vitest.config.ts); this proves each run really is
// in the zone it claims, so a calendar bug that depends on the machine's zone cannot hide.
describe('unit suite time zone', () => {
  it('runs in the zone its project sets', () => {
    const zone = process.env.TZ;
    expect(['Asia/Shanghai', 'America/Los_Angeles']).toContain(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    const offset = new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset();
    expect(offset).toBe(zone === 'Asia/Shanghai' ? -480 : 480);
  });
});
