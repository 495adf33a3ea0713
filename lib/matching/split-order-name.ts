// Split a normalised order name into the orderable things it joins with `+`, `、`, `,` or `;`.
// A piece that only carries a contrast, projection or side (`胸部CT平扫+增强`, `胸部正位+侧位`,
// `左+右膝`) belongs to the piece before it and is glued back.
import { parseImagingDescriptor } from './imaging-descriptor.ts';
import type { ImagingFlag } from './imaging-lexicon.ts';

const SEPARATORS = new Set(['+', '、', ',', ';']);

/** Flags of pieces that are add-ons to an imaging exam rather than an exam. */
export const ADD_ON_FLAGS: ReadonlySet<ImagingFlag> = new Set<ImagingFlag>(['post-processing', 'thin-slice', 'contrast-agent', 'extra-sequence']);

function rawSplit(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of s) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.filter((p) => p !== '');
}

/** A piece that only modifies the previous one: contrast / projection / side / posture words. */
function isContinuation(piece: string): boolean {
  const d = parseImagingDescriptor(piece);
  if (d.bodyPart || d.leftover || d.excluded.length > 0 || d.problems.length > 0) return false;
  if (d.modality && !d.modalityInferred) return false;
  if (d.flags.some((f) => ADD_ON_FLAGS.has(f) || f === 'hrct' || f === 'low-dose')) return false;
  return d.contrast !== undefined || d.views.length > 0 || d.side !== undefined || d.posture !== undefined;
}

export function splitOrderName(normalized: string): string[] {
  const merged: string[] = [];
  for (const piece of rawSplit(normalized)) {
    const last = merged.length - 1;
    if (last >= 0 && isContinuation(piece)) merged[last] = `${merged[last]}+${piece}`;
    else merged.push(piece);
  }
  return merged;
}

/**
 * The add-on flags when a piece is only an add-on to an imaging exam (三维重建, 图像后处理, 对比剂,
 * 薄层, DWI), else an empty list.
 */
export function imagingAddOnFlags(piece: string): ImagingFlag[] {
  const d = parseImagingDescriptor(piece);
  if (d.bodyPart || d.modality || d.leftover || d.excluded.length > 0 || d.contrast) return [];
  const flags = d.flags.filter((f) => ADD_ON_FLAGS.has(f));
  return flags.length === d.flags.length ? flags : [];
}
