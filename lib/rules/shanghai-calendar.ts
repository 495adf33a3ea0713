// Dates and instants on the Asia/Shanghai calendar, computed without the machine's time zone.
// China has kept UTC+08:00 without daylight saving since 1991 (it observed DST 1986–1991), so a
// fixed offset is exact for every date the engine meets (the longest window, 10 years for blood
// type, reaches back to the 2010s). Using the fixed offset instead of Intl keeps the engine
// deterministic on any workstation, whatever its TZ setting or ICU data.
import type { Duration } from '../catalog/catalog-schema.ts';

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MS_PER_DAY = 86_400_000;

/** A calendar date (Asia/Shanghai). `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined) return SHANGHAI_OFFSET_MINUTES;
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/**
 * Parses an ISO-8601 date or date-time into epoch milliseconds. A value without an offset is
 * Asia/Shanghai wall time; a date alone is 00:00 that day in Asia/Shanghai. Returns an error
 * message for impossible dates (2026-02-30, 25:00) instead of letting `Date` roll them over.
 */
export function parseInstant(iso: string): { ok: true; epochMs: number } | { ok: false; message: string } {
  const m = ISO_PATTERN.exec(iso);
  if (!m) return { ok: false, message: `不是 ISO-8601 日期时间：${iso}` };
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = frac === undefined ? 0 : Number(frac.padEnd(3, '0'));
  if (year < 1900) return { ok: false, message: `年份不合理：${iso}` };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `日期不存在：${iso}` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `时间不存在：${iso}` };
  }
  if (offset !== undefined && offset !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    if (Number(digits.slice(0, 2)) > 14 || Number(digits.slice(2, 4)) > 59) {
      return { ok: false, message: `时区偏移不存在：${iso}` };
    }
  }
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return { ok: true, epochMs: wallClockAsUtc - offsetMinutes(offset) * 60_000 };
}

/** Like `parseInstant` but throws; for values already validated by `parseEvaluateRequest`. */
export function instantOf(iso: string): number {
  const parsed = parseInstant(iso);
  if (!parsed.ok) throw new RangeError(parsed.message);
  return parsed.epochMs;
}

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDateOf(epochMs: number): CalendarDate {
  const shifted = new Date(epochMs + SHANGHAI_OFFSET_MINUTES * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Days since 1970-01-01 for a calendar date (proleptic Gregorian), for differences and ordering. */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/**
 * Adds a duration on the calendar. Months and years keep the day of month and fall back to the
 * last day of the target month when it has no such day (Jan 31 + 1 month → Feb 28/29;
 * Feb 29 + 1 year → Feb 28), as 民法典 第二百零二条 counts periods in months and years.
 */
export function addDuration(date: CalendarDate, duration: Duration): CalendarDate {
  if (duration.unit === 'day') return fromDayNumber(dayNumber(date) + duration.amount);
  const monthsToAdd = duration.unit === 'month' ? duration.amount : duration.amount * 12;
  const zeroBased = date.month - 1 + monthsToAdd;
  const year = date.year + Math.floor(zeroBased / 12);
  const month = (zeroBased % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function formatDate(date: CalendarDate): string {
  const y = String(date.year).padStart(4, '0');
  const m = String(date.month).padStart(2, '0');
  const d = String(date.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The Asia/Shanghai calendar date of an ISO string, as YYYY-MM-DD. */
export function shanghaiDateString(iso: string): string {
  return formatDate(shanghaiDateOf(instantOf(iso)));
}

/** An instant written as Asia/Shanghai wall time with its offset (`…+08:00`), whatever the machine's zone. */
export function shanghaiIsoOf(instant: Date): string {
  return `${new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
