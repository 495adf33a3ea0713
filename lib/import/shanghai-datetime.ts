// Date and time values from files → ISO-8601 strings the engine reads. A time without an offset is
// Asia/Shanghai wall time and is written with `+08:00`; a time with another offset is converted to
// the same instant in Asia/Shanghai; a date alone stays `YYYY-MM-DD` (the engine reads it as that
// Shanghai calendar day). Never uses the machine's time zone (China: UTC+8, no DST since 1991).
import { daysInMonth, shanghaiIsoOf } from '../rules/shanghai-calendar.ts';

const SHANGHAI_OFFSET_MINUTES = 8 * 60;

export type DateParse = { ok: true; iso: string } | { ok: false; message: string };

interface Parts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  /** Minutes east of UTC; absent → Asia/Shanghai. */
  offsetMinutes?: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function build(parts: Parts, original: string): DateParse {
  const { year, month, day, time } = parts;
  if (year < 1900 || year > 2100) return { ok: false, message: `年份不合理：${original}` };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `日期不存在：${original}` };
  if (!time) return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
  if (time.hour > 23 || time.minute > 59 || time.second > 59) return { ok: false, message: `时间不存在：${original}` };
  const offset = parts.offsetMinutes ?? SHANGHAI_OFFSET_MINUTES;
  const epochMs = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second) - offset * 60_000;
  const shanghai = new Date(epochMs + SHANGHAI_OFFSET_MINUTES * 60_000).toISOString();
  return { ok: true, iso: `${shanghai.slice(0, 19)}+08:00` };
}

function offsetOf(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function timeOf(hour?: string, minute?: string, second?: string): Parts['time'] {
  if (hour === undefined || minute === undefined) return undefined;
  return { hour: Number(hour), minute: Number(minute), second: second === undefined ? 0 : Number(second) };
}

// 2026-11-03, 2026/11/03, 2026.11.3, 2026年11月3日, each optionally followed by a time
// (10:20, 10:20:00, 10:20:00.123) and an offset (Z, +08:00, +0800).
const SEPARATED =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
// 20261103, 202611031020, 20261103102000
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;

/**
 * A date or date-time as people and spreadsheets write it. Two-digit years, day-first orders and
 * Excel serial numbers are refused rather than guessed.
 */
export function parseLooseDateTime(text: string): DateParse {
  const value = text.trim();
  const m = SEPARATED.exec(value) ?? COMPACT.exec(value);
  if (!m) {
    if (/^\d{5}(\.\d+)?$/.test(value)) return { ok: false, message: `看起来是 Excel 日期序号（${value}）：请把该列设为文本或日期格式后重新导出` };
    return { ok: false, message: `无法识别的日期时间：${value}（应如 2026-11-03 10:20、2026/11/03 10:20:00 或 2026-11-03）` };
  }
  const [, y, mo, d, h, mi, s, offset] = m;
  return build({ year: Number(y), month: Number(mo), day: Number(d), time: timeOf(h, mi, s), offsetMinutes: offsetOf(offset) }, value);
}

/** A birth date: any date form `parseLooseDateTime` accepts, without a time. */
export function parseBirthDate(text: string): DateParse {
  const parsed = parseLooseDateTime(text);
  if (parsed.ok && parsed.iso.length !== 10) {
    return { ok: true, iso: parsed.iso.slice(0, 10) };
  }
  return parsed;
}

// HL7 v2 TS/DTM: YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]
const HL7_TS = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d{1,4})?([+-]\d{4})?$/;

/** HL7 v2 timestamp; at least a day is required (a month alone cannot date a result). */
export function parseHl7Timestamp(text: string): DateParse {
  const value = text.trim();
  const m = HL7_TS.exec(value);
  if (!m) return { ok: false, message: `不是 HL7 时间格式（YYYYMMDDHHMMSS）：${value}` };
  const [, y, mo, d, h, mi, s, offset] = m;
  if (mo === undefined || d === undefined) return { ok: false, message: `时间只精确到年或月，不能确定日期：${value}` };
  // HHMM without SS is allowed; HH alone means the start of that hour.
  const time = h === undefined ? undefined : { hour: Number(h), minute: mi === undefined ? 0 : Number(mi), second: s === undefined ? 0 : Number(s) };
  return build({ year: Number(y), month: Number(mo), day: Number(d), time, offsetMinutes: offsetOf(offset) }, value);
}

// FHIR dateTime / instant: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss(.sss)(Z|±hh:mm).
const FHIR_DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** FHIR dateTime; a time without a zone (not valid FHIR, but seen) is read as Asia/Shanghai. */
export function parseFhirDateTime(text: string): DateParse {
  const m = FHIR_DATE_TIME.exec(text.trim());
  if (!m) return { ok: false, message: `不是 FHIR dateTime：${text}` };
  const [, y, mo, d, h, mi, s, offset] = m;
  if (mo === undefined || d === undefined) return { ok: false, message: `时间只精确到年或月，不能确定日期：${text}` };
  return build({ year: Number(y), month: Number(mo), day: Number(d), time: timeOf(h, mi, s), offsetMinutes: offsetOf(offset) }, text.trim());
}

/** The current instant as Asia/Shanghai ISO time. */
export function shanghaiNow(now: Date = new Date()): string {
  return shanghaiIsoOf(now);
}
