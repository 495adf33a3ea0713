// Institution fields (level, region, ownership, alliances) as files write them, completed from the
// deployment's institution table. Nothing is guessed: a field neither the file nor the table gives
// is an issue naming that field.
import type { Institution } from '../rules/evaluate-schema.ts';
import type { InstitutionTable } from './import-types.ts';
import { compactKey } from './text-values.ts';

type Level = Institution['level'];
type Region = Institution['region'];
type Ownership = Institution['ownership'];

/** 三级 / 三级甲等 / 三甲 / 3级 → 三级 (likewise 二级, 一级); 未定级 / 未评级 → 未定级. */
export function parseLevel(text: string): Level | undefined {
  const key = compactKey(text);
  const m = /^([一二三123])级?(?:[甲乙丙特]等?)?(?:医院)?$/.exec(key);
  if (m) return ({ 一: '一级', '1': '一级', 二: '二级', '2': '二级', 三: '三级', '3': '三级' } as const)[m[1] as '一'];
  if (['未定级', '未评级', '未定', '无等级'].includes(key)) return '未定级';
  return undefined;
}

const REGIONS: Record<string, Region> = {
  四川: 'sichuan', 四川省: 'sichuan', 川: 'sichuan', sichuan: 'sichuan',
  重庆: 'chongqing', 重庆市: 'chongqing', 渝: 'chongqing', chongqing: 'chongqing',
  其他: 'other', 其它: 'other', 省外: 'other', other: 'other',
};

/** 四川 / 重庆 / 其他 (or sichuan / chongqing / other). A city name is refused, not mapped. */
export function parseRegion(text: string): Region | undefined {
  return REGIONS[compactKey(text).toLowerCase()];
}

const OWNERSHIPS: Record<string, Ownership> = {
  公立: 'public', 公立医院: 'public', 公办: 'public', 政府办: 'public', public: 'public',
  社会办: 'private', 社会办医: 'private', 社会办医院: 'private', 民营: 'private', 民营医院: 'private',
  私立: 'private', 私立医院: 'private', 非公立: 'private', private: 'private',
};

/** 公立 / 社会办 (or public / private, 民营, 私立). */
export function parseOwnership(text: string): Ownership | undefined {
  return OWNERSHIPS[compactKey(text).toLowerCase()];
}

/** 医联体 names: one cell may list several, separated by ；; 、 | or ,. */
export function splitAlliances(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[;；、|,，]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Looks a name or code up in the table, ignoring width and white space. */
const indexes = new WeakMap<InstitutionTable, Map<string, Institution>>();

function indexOf(table: InstitutionTable): Map<string, Institution> {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    for (const [key, institution] of Object.entries(table)) index.set(compactKey(key), institution);
    for (const institution of Object.values(table)) if (!index.has(compactKey(institution.name))) index.set(compactKey(institution.name), institution);
    indexes.set(table, index);
  }
  return index;
}

export function lookupInstitution(table: InstitutionTable | undefined, ...keys: (string | undefined)[]): Institution | undefined {
  if (!table) return undefined;
  const index = indexOf(table);
  for (const key of keys) {
    if (key === undefined || key.trim() === '') continue;
    const found = index.get(compactKey(key));
    if (found) return found;
  }
  return undefined;
}

/** Raw institution fields from a file; each absent when the file does not carry it. */
export interface RawInstitution {
  name?: string;
  level?: string;
  region?: string;
  ownership?: string;
  alliances?: string[];
}

/** Field names as the caller's format calls them, for issues (`机构等级`, `OBX-23`, `extension(institution-level)`). */
export interface InstitutionFieldNames {
  name: string;
  level: string;
  region: string;
  ownership: string;
}

export type InstitutionProblem = { field: string; message: string };

type Parsed<T> = { value?: T; problem?: string };

function parseField<T>(raw: string | undefined, parse: (text: string) => T | undefined, what: string, allowed: string): Parsed<T> {
  if (raw === undefined || raw.trim() === '') return {};
  const value = parse(raw);
  return value === undefined ? { problem: `无法识别的${what}：${raw}（应为 ${allowed}）` } : { value };
}

/**
 * Builds the institution from the file's fields and the table entry found under `lookupKeys` (the
 * file's name first). A value in both that disagrees is an issue; so is one in neither.
 */
export function resolveInstitution(
  raw: RawInstitution,
  table: InstitutionTable | undefined,
  fields: InstitutionFieldNames,
  lookupKeys: (string | undefined)[] = [raw.name],
): { institution?: Institution; problems: InstitutionProblem[] } {
  const problems: InstitutionProblem[] = [];
  const known = lookupInstitution(table, ...lookupKeys);
  const name = known?.name ?? raw.name?.trim();
  if (!name) {
    problems.push({ field: fields.name, message: '缺少机构名称' });
    return { problems };
  }
  const tableNote = table ? `，部署的机构表中也没有「${name}」` : '，部署也没有提供机构表';
  function pick<T extends string>(field: string, what: string, parsed: Parsed<T>, fromTable: T | undefined): T | undefined {
    if (parsed.problem) {
      problems.push({ field, message: parsed.problem });
      return undefined;
    }
    if (parsed.value !== undefined && fromTable !== undefined && parsed.value !== fromTable) {
      problems.push({ field, message: `${what}与部署的机构表不一致：文件为 ${parsed.value}，机构表为 ${fromTable}` });
      return undefined;
    }
    const value = parsed.value ?? fromTable;
    if (value === undefined) problems.push({ field, message: `机构「${name}」缺少${what}：文件中没有${known ? '，机构表中该机构也没有' : tableNote}` });
    return value;
  }
  const level = pick(fields.level, '机构等级', parseField(raw.level, parseLevel, '机构等级', '三级/二级/一级/未定级'), known?.level);
  const region = pick(fields.region, '机构地区', parseField(raw.region, parseRegion, '机构地区', '四川/重庆/其他'), known?.region);
  const ownership = pick(fields.ownership, '机构性质', parseField(raw.ownership, parseOwnership, '机构性质', '公立/社会办'), known?.ownership);
  if (!level || !region || !ownership) return { problems };
  const alliances = [...new Set([...(known?.alliances ?? []), ...(raw.alliances ?? [])])];
  const institution: Institution = { name, level, region, ownership };
  if (alliances.length > 0) institution.alliances = alliances;
  return { institution, problems };
}
