// Parse one imaging item name into a descriptor: modality, body part, side, contrast, projection,
// posture, age group and flags. Whatever is not understood is kept in `leftover`, so the matcher
// can refuse to call the result `certain`.
import type { Modality } from '../catalog/catalog-schema.ts';
import { LEXICON, MAX_TERM_LENGTH } from './imaging-lexicon.ts';
import type { AgeGroup, ImagingFlag, Posture, Side, Term, View } from './imaging-lexicon.ts';

export interface ParsedImagingName {
  modality?: Modality;
  /** True when no modality word was given and DR was inferred from a projection (正侧位, 正斜位…). */
  modalityInferred: boolean;
  bodyPart?: string;
  /** The body part came from a near-synonym (小腿, 垂体…). */
  bodyPartLoose: boolean;
  /** Undefined: no side stated. `single`: 单侧 / 患侧 (a side, but which one is not said). */
  side?: Side | 'single';
  contrast?: 'plain' | 'enhanced';
  views: View[];
  direction?: 'pa' | 'ap';
  posture?: Posture;
  age?: AgeGroup;
  flags: ImagingFlag[];
  /** Exams outside the lists named in the text (CTA, 超声, PET-CT…). */
  excluded: string[];
  /** Contradictions that make the name unusable (two modalities, two body parts, 左 and 右…). */
  problems: string[];
  /** Text no lexicon term explains. */
  leftover: string;
  /** At least one imaging word (modality, projection, contrast, exclusion) was found. */
  looksLikeImaging: boolean;
}

export interface Token {
  text: string;
  term?: Term;
}

const LATIN = /[A-Z]/u;

/** Greedy longest-match tokenisation; Latin terms must not be glued to other Latin letters. */
export function tokenizeImaging(s: string): Token[] {
  const chars = [...s];
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    let matched: Token | undefined;
    for (let len = Math.min(MAX_TERM_LENGTH, chars.length - i); len >= 1; len--) {
      const text = chars.slice(i, i + len).join('');
      const term = LEXICON.get(text);
      if (!term) continue;
      const before = chars[i - 1] ?? '';
      const after = chars[i + len] ?? '';
      if (LATIN.test(text[0] ?? '') && LATIN.test(before)) continue;
      if (LATIN.test(text[text.length - 1] ?? '') && LATIN.test(after)) continue;
      matched = { text, term };
      break;
    }
    if (matched) {
      tokens.push(matched);
      i += [...matched.text].length;
    } else {
      tokens.push({ text: chars[i] ?? '' });
      i += 1;
    }
  }
  return tokens;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const VIEW_ORDER: View[] = ['frontal', 'lateral', 'oblique', 'bi-oblique', 'open-mouth', 'flexion-extension', 'axial'];

/** Parse a normalised name (see normalizeItemName) into an imaging descriptor. */
export function parseImagingDescriptor(normalized: string): ParsedImagingName {
  const tokens = tokenizeImaging(normalized);
  const strong: Modality[] = [];
  const weak: Modality[] = [];
  const parts: { part: string; loose: boolean }[] = [];
  const sides: (Side | 'single')[] = [];
  const contrasts: ('plain' | 'enhanced')[] = [];
  const views: View[] = [];
  const directions: ('pa' | 'ap')[] = [];
  const postures: Posture[] = [];
  const ages: AgeGroup[] = [];
  const flags: ImagingFlag[] = [];
  const excluded: string[] = [];
  let leftover = '';
  for (const { text, term } of tokens) {
    if (!term) {
      leftover += text;
      continue;
    }
    switch (term.role) {
      case 'modality':
        (term.strong ? strong : weak).push(term.modality);
        if (term.flag) flags.push(term.flag);
        break;
      case 'body':
        parts.push({ part: term.part, loose: term.loose ?? false });
        break;
      case 'side':
        sides.push(term.side);
        break;
      case 'contrast':
        contrasts.push(term.contrast);
        if (term.flag) flags.push(term.flag);
        break;
      case 'projection':
        views.push(...term.views);
        if (term.direction) directions.push(term.direction);
        if (term.flag) flags.push(term.flag);
        break;
      case 'posture':
        postures.push(term.posture);
        break;
      case 'age':
        ages.push(term.age);
        break;
      case 'flag':
        flags.push(term.flag);
        break;
      case 'exclude':
        excluded.push(term.what);
        break;
      case 'filler':
        break;
    }
  }

  const problems: string[] = [];
  const d: ParsedImagingName = {
    modalityInferred: false,
    bodyPartLoose: false,
    views: [],
    flags: unique(flags),
    excluded: unique(excluded),
    problems,
    leftover,
    looksLikeImaging: strong.length + weak.length + views.length + contrasts.length + excluded.length > 0 || flags.includes('hrct'),
  };

  const strongModalities = unique(strong);
  if (strongModalities.length > 1) problems.push(`名称同时含有多种检查方式（${strongModalities.join('、')}）`);
  else if (strongModalities.length === 1) d.modality = strongModalities[0];
  else if (weak.length > 0) d.modality = 'DR';
  else if (views.length > 0) {
    d.modality = 'DR';
    d.modalityInferred = true;
  }

  const partKeys = unique(parts.map((p) => p.part));
  if (partKeys.length > 1) problems.push('名称含有多个检查部位');
  else if (partKeys.length === 1) {
    d.bodyPart = partKeys[0];
    d.bodyPartLoose = parts.every((p) => p.loose);
  } else if (d.flags.includes('hrct') || d.flags.includes('low-dose')) {
    // HRCT / 低剂量 CT without a body part is, in practice, always the chest.
    d.bodyPart = 'chest';
  }

  const stated = unique(sides.filter((s) => s !== 'single'));
  if (stated.length > 1) problems.push('名称中的侧别互相矛盾（左/右/双侧）');
  else if (stated.length === 1) d.side = stated[0];
  else if (sides.includes('single')) d.side = 'single';

  const contrastSet = unique(contrasts);
  if (contrastSet.includes('enhanced')) d.contrast = 'enhanced';
  else if (contrastSet.includes('plain')) d.contrast = 'plain';

  d.views = VIEW_ORDER.filter((v) => views.includes(v));
  const dirs = unique(directions);
  if (dirs.length > 1) problems.push('名称中的投照方向互相矛盾（后前位/前后位）');
  else if (dirs.length === 1) d.direction = dirs[0];

  const postureSet = unique(postures);
  if (postureSet.includes('bedside')) d.posture = 'bedside';
  else if (postureSet.length > 1) problems.push('名称中的体位互相矛盾（立位/卧位）');
  else if (postureSet.length === 1) d.posture = postureSet[0];

  const ageSet = unique(ages);
  if (ageSet.includes('child')) d.age = 'child';
  else if (ageSet.length === 1) d.age = ageSet[0];

  if (d.modality && d.modality !== 'DR' && d.views.length > 0) problems.push('CT/MR 名称中出现了 X 线投照体位');
  return d;
}
