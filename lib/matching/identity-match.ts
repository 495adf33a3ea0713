// "Please confirm" identity matches (DOMAIN: a prior applies when tied by an identifier, or when the
// doctor confirms a name + sex + age match). Order screens often show only 姓名 性别 年龄; this decides
// whether a stored patient is a *candidate* the doctor may confirm. It never links anyone by itself.
// Pure: no Dexie, no DOM.
import { parseSex } from '../import/patient-values.ts';
import { daysInMonth } from '../rules/shanghai-calendar.ts';

/**
 * Identifier kinds of which a person has exactly one, for life: only the resident ID card number. A
 * person may hold several HIS patient numbers (a temporary registration, a second card) and a reissued
 * insurance card, so those differing proves nothing.
 */
const ONE_PER_PERSON = ['idCard'] as const;

/**
 * Screens often mask ID card numbers (`51010419600302****`): a masked value names many people, so it
 * is not an identifier at all (it neither finds, nor matches, nor contradicts anyone).
 */
export function isUsableIdentifier(value: string | undefined): boolean {
  const trimmed = (value ?? '').trim();
  return trimmed !== '' && !/[*＊xX]{3,}|…|\.\.\./.test(trimmed);
}

const MIDDLE_DOTS = /[·•・‧∙.]/g;
const HAS_MIDDLE_DOT = /[·•・‧∙.]/;

/**
 * The spellings of a person's name to look up in the store's exact `name` index: as written, without
 * spaces, and with each form of the middle dot of minority names (阿依古丽·买买提). A stored name
 * with a space inside (张 建国) is not found from 张建国: imports write names as the source has them.
 */
export function personNameVariants(name: string | undefined): string[] {
  const trimmed = (name ?? '').normalize('NFKC').trim();
  if (!trimmed) return [];
  const compact = trimmed.replace(/\s+/g, '');
  const dotted = HAS_MIDDLE_DOT.test(compact) ? ['·', '•', '・', '.'].map((dot) => compact.replace(MIDDLE_DOTS, dot)) : [];
  return [...new Set([trimmed, compact, ...dotted])];
}

/** Two names are the same person's name when they agree ignoring width, spaces and the middle dot's form. */
export function samePersonName(a: string | undefined, b: string | undefined): boolean {
  const key = (name: string | undefined) =>
    (name ?? '')
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(MIDDLE_DOTS, '·');
  const left = key(a);
  return left !== '' && left === key(b);
}

/** 男 / 女 from what screens print (as imports read it); 未知, blank or unreadable is undefined. */
export function normalizeSex(text: string | undefined): '男' | '女' | undefined {
  const sex = parseSex(text ?? '');
  return sex === '男' || sex === '女' ? sex : undefined;
}

/** An age as HIS screens print it: 45 / 45岁 / 45周岁 / 45Y / 1岁2月 / 3个月12天 / 3周 / 15天. */
interface AgeText {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
}

const AGE_PATTERN =
  /^(?:(\d{1,3})(?:周岁|岁|y|yr|yrs|years?))?(?:(\d{1,2})(?:个月|月|m|mo))?(?:(\d{1,2})(?:周|w|wk))?(?:(\d{1,3})(?:天|日|d))?$/;

export function parseAgeText(text: string | undefined): AgeText | undefined {
  const value = (text ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\((?:周岁|实岁)\)$/, '')
    .toLowerCase();
  if (!value) return undefined;
  if (/^\d{1,3}$/.test(value)) return { years: Number(value) };
  const match = AGE_PATTERN.exec(value);
  if (!match || match.slice(1).every((part) => part === undefined)) return undefined;
  const [, years, months, weeks, days] = match;
  return {
    ...(years !== undefined ? { years: Number(years) } : {}),
    ...(months !== undefined ? { months: Number(months) } : {}),
    ...(weeks !== undefined ? { weeks: Number(weeks) } : {}),
    ...(days !== undefined ? { days: Number(days) } : {}),
  };
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function ymd(iso: string): Ymd | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const dayNumber = (date: Ymd) => Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;

/**
 * Whole months from birth to today, a month counted on the day of the month of birth or, in a month
 * without that day, on its last day (born 01-31: one month on 02-28; born 02-29: a year on 02-28) —
 * as HIS compute it; and the days since that last monthly anniversary, and since birth.
 */
function exactAge(birth: Ymd, today: Ymd): { totalMonths: number; daysSinceMonth: number; totalDays: number } {
  const anniversaryDay = (year: number, month: number) => Math.min(birth.day, daysInMonth(year, month));
  let totalMonths = (today.year - birth.year) * 12 + (today.month - birth.month);
  if (today.day < anniversaryDay(today.year, today.month)) totalMonths -= 1;
  const monthIndex = birth.year * 12 + (birth.month - 1) + totalMonths;
  const last = { year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1, day: 0 };
  last.day = anniversaryDay(last.year, last.month);
  return { totalMonths, daysSinceMonth: dayNumber(today) - dayNumber(last), totalDays: dayNumber(today) - dayNumber(birth) };
}

/**
 * Whether a printed age fits a birth date today. Years alone also accept the age some HIS compute
 * (this year minus the birth year), since the doctor still confirms with the birth date shown; every
 * other part printed must be exact (1岁2月, 3个月12天, 3周, 15天). An age we cannot read never fits.
 */
export function ageFitsBirthDate(ageText: string | undefined, birthDate: string, todayIso: string): boolean {
  const age = parseAgeText(ageText);
  const birth = ymd(birthDate);
  const today = ymd(todayIso);
  if (!age || !birth || !today) return false;
  const exact = exactAge(birth, today);
  if (exact.totalDays < 0) return false;
  const { years, months, weeks, days } = age;
  if (months === undefined && weeks === undefined && days === undefined) {
    return years === Math.floor(exact.totalMonths / 12) || years === today.year - birth.year;
  }
  if (years === undefined && months === undefined) {
    // 3周 / 15天 / 2周3天: counted from birth.
    return (weeks ?? 0) * 7 + (days ?? 0) === (days === undefined ? Math.floor(exact.totalDays / 7) * 7 : exact.totalDays);
  }
  if ((years ?? 0) * 12 + (months ?? 0) !== exact.totalMonths) return false;
  // 1岁2月 with no days printed fits the whole month; printed days (and weeks) must be exact.
  if (weeks === undefined && days === undefined) return true;
  const rest = exact.daysSinceMonth;
  return (weeks ?? 0) * 7 + (days ?? 0) === (days === undefined ? Math.floor(rest / 7) * 7 : rest);
}

/**
 * True when the screen shows an ID card number and the stored patient has another one: then they are
 * two people, whatever their names.
 */
export function identifiersConflict(screenIds: Record<string, string>, stored: readonly string[]): boolean {
  for (const kind of ONE_PER_PERSON) {
    const shown = screenIds[kind]?.trim();
    if (!shown || !isUsableIdentifier(shown)) continue;
    const sameKind = stored.filter((identifier) => identifier.startsWith(`${kind}:`) && isUsableIdentifier(identifier.slice(kind.length + 1)));
    if (sameKind.length > 0 && !sameKind.includes(`${kind}:${shown}`)) return true;
  }
  return false;
}

/** What the screen showed of the patient, with the day, as one key (part of a showing's key, resolve-identity.ts). */
export function identityScreenKey(patient: { ids: Record<string, string>; name?: string; sex?: string; age?: string }, day: string): string {
  const ids = Object.entries(patient.ids)
    .filter(([, value]) => value.trim() !== '')
    .map(([kind, value]) => `${kind}=${value.trim()}`)
    .sort();
  const name = personNameVariants(patient.name).at(-1) ?? '';
  const age = (patient.age ?? '').normalize('NFKC').replace(/\s+/g, '');
  return [name, normalizeSex(patient.sex) ?? '', age, ids.join(','), day].join('|');
}

/** An identifier shown so the doctor can compare it with the patient's card, not read it whole. */
export function maskIdentifier(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length <= 4) return trimmed.replace(/.(?=.)/g, '*');
  if (trimmed.length >= 15) return `${trimmed.slice(0, 4)}${'*'.repeat(trimmed.length - 8)}${trimmed.slice(-4)}`;
  return `${'*'.repeat(trimmed.length - 4)}${trimmed.slice(-4)}`;
}

/** A short, stable tag of a string (FNV-1a): names a showing to the panel without repeating it. */
export function shortTag(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
