// Split a normalised order name into the orderable things it joins with `+`, `、`, `,` or `;`.
// A piece that only carries a contrast, projection or side (`胸部CT平扫+增强`, `胸部正位+侧位`,
// `左+右膝`) belongs to the piece before it and is glued back.
import { parseImagingDescriptor } from './imaging-descriptor.ts';

const SEPARATORS = new Set(['+', '、', ',', ';']);

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
  if (d.flags.some((f) => f === 'post-processing' || f === 'thin-slice' || f === 'contrast-agent' || f === 'hrct' || f === 'low-dose')) return false;
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

/** A piece that is only an add-on to an imaging exam (三维重建, 图像后处理, 对比剂, 薄层). */
export function isImagingAddOn(piece: string): boolean {
  const d = parseImagingDescriptor(piece);
  if (d.bodyPart || d.modality || d.leftover || d.excluded.length > 0 || d.contrast) return false;
  return d.flags.some((f) => f === 'post-processing' || f === 'thin-slice' || f === 'contrast-agent');
}
