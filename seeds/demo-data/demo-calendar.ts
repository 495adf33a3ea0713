// Asia/Shanghai calendar arithmetic, so the demo dates follow `now` whatever the machine's time zone.

// UTC+8 all year, no DST since 1991: plain UTC arithmetic, no time zone data.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDate(instant: Date): CalendarDate {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The calendar date `days` days after `date` (negative: before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function ymd(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** YYYYMMDD, as in archive numbers. */
export function compact(date: CalendarDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

/** A calendar date and a time of day (HH:mm) as ISO-8601 with the +08:00 offset. */
export function shanghaiIso(date: CalendarDate, time: string): string {
  return `${ymd(date)}T${time}:00+08:00`;
}

/** An instant as ISO-8601 with the +08:00 offset (seconds precision). */
export function toShanghaiIso(instant: Date): string {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

/** Whole years of age on the Asia/Shanghai calendar date of `now` (as the HIS shows it). */
export function ageOn(birthDate: string, now: Date): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const today = shanghaiDate(now);
  const beforeBirthday = today.month < bm || (today.month === bm && today.day < bd);
  return today.year - by - (beforeBirthday ? 1 : 0);
}
