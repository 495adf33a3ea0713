// "Please confirm" identity matches (DOMAIN: a prior applies when tied by an identifier, or when the
// doctor confirms a name + sex + age match). Order screens often show only 姓名 性别 年龄; this decides
// whether a stored patient is a *candidate* the doctor may confirm. It never links anyone by itself.
// Pure: no Dexie, no DOM.

/** Identifier kinds that name one person for good (a visit number changes every visit). */
const PERSON_IDENTIFIERS = ['idCard', 'insuranceCard', 'hisPatientId'] as const;

/**
 * Screens often mask ID card numbers (`51010419600302****`): a masked value names many people, so it
 * is not an identifier at all (it neither finds, nor matches, nor contradicts anyone).
 */
export function isUsableIdentifier(value: string | undefined): boolean {
  const trimmed = (value ?? '').trim();
  return trimmed !== '' && !/[*＊xX]{3,}|…|\.\.\./.test(trimmed);
}

/** The forms of a person's name worth looking up: as written, and without any space. */
export function personNameVariants(name: string | undefined): string[] {
  const trimmed = (name ?? '').normalize('NFKC').trim();
  if (!trimmed) return [];
  const compact = trimmed.replace(/\s+/g, '');
  return [...new Set([trimmed, compact])];
}

/** Two names are the same person's name when they agree ignoring width, spaces and the middle dot's form. */
export function samePersonName(a: string | undefined, b: string | undefined): boolean {
  const key = (name: string | undefined) =>
    (name ?? '')
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[•・‧∙.]/g, '·');
  const left = key(a);
  return left !== '' && left === key(b);
}

/** 男 / 女 from what screens print; anything else (未知, blank, a code we cannot read) is undefined. */
export function normalizeSex(text: string | undefined): '男' | '女' | undefined {
  const value = (text ?? '').normalize('NFKC').trim().toLowerCase();
  if (['男', 'm', 'male', '1', '男性'].includes(value)) return '男';
  if (['女', 'f', 'female', '2', '女性'].includes(value)) return '女';
  return undefined;
}

/** An age as HIS screens print it: 45 / 45岁 / 45Y / 1岁2月 / 3个月 / 15天. */
export interface AgeText {
  years?: number;
  months?: number;
  days?: number;
}

export function parseAgeText(text: string | undefined): AgeText | undefined {
  const value = (text ?? '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (!value) return undefined;
  if (/^\d{1,3}$/.test(value)) return { years: Number(value) };
  const match = /^(?:(\d{1,3})(?:岁|周岁|y|yr|yrs|years?))?(?:(\d{1,2})(?:个月|月|m))?(?:(\d{1,3})(?:天|日|d))?$/.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined && match[3] === undefined)) return undefined;
  const age: AgeText = {};
  if (match[1] !== undefined) age.years = Number(match[1]);
  if (match[2] !== undefined) age.months = Number(match[2]);
  if (match[3] !== undefined) age.days = Number(match[3]);
  return age;
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

/** Whole years, months and days from birth to today (both calendar dates). */
function exactAge(birth: Ymd, today: Ymd): { years: number; months: number; totalMonths: number; days: number } {
  let totalMonths = (today.year - birth.year) * 12 + (today.month - birth.month);
  if (today.day < birth.day) totalMonths -= 1;
  const days = Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(birth.year, birth.month - 1, birth.day)) / 86_400_000);
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12, totalMonths, days };
}

/**
 * Whether a printed age fits a birth date today. Years alone also accept the age some HIS compute
 * (this year minus the birth year), since the doctor still confirms with the birth date shown;
 * months and days must be exact. An age we cannot read never fits.
 */
export function ageFitsBirthDate(ageText: string | undefined, birthDate: string, todayIso: string): boolean {
  const age = parseAgeText(ageText);
  const birth = ymd(birthDate);
  const today = ymd(todayIso);
  if (!age || !birth || !today) return false;
  const exact = exactAge(birth, today);
  if (exact.days < 0) return false;
  if (age.days !== undefined && age.years === undefined && age.months === undefined) return age.days === exact.days;
  if (age.months !== undefined) {
    const months = (age.years ?? 0) * 12 + age.months;
    return months === exact.totalMonths;
  }
  if (age.years === undefined) return false;
  return age.years === exact.years || age.years === today.year - birth.year;
}

/**
 * True when the screen shows an identifier of a kind the stored patient also has, and none of the
 * stored ones of that kind is it: then they are two people, whatever their names.
 */
export function identifiersConflict(screenIds: Record<string, string>, stored: readonly string[]): boolean {
  for (const kind of PERSON_IDENTIFIERS) {
    const shown = screenIds[kind]?.trim();
    if (!shown || !isUsableIdentifier(shown)) continue;
    const sameKind = stored.filter((identifier) => identifier.startsWith(`${kind}:`) && isUsableIdentifier(identifier.slice(kind.length + 1)));
    if (sameKind.length > 0 && !sameKind.includes(`${kind}:${shown}`)) return true;
  }
  return false;
}

/** What the screen showed of the patient, as one key: a confirmation holds for this and this day only. */
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
