// Imaging items: modality, body part, laterality and contrast of every item, from a reading of the
// printed lists (not from the JSON), plus a check derived from the printed names themselves.
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import type { ImagingItem } from '../../lib/catalog/catalog-schema.ts';
import { imagingConceptKey } from '../../lib/catalog/concept-key.ts';

const imaging = (id: string): ImagingItem[] =>
  (builtinCatalogSet.catalogs.find((c) => c.id === id)?.items ?? []).filter((i): i is ImagingItem => i.kind === 'imaging');
const chuanyu = imaging('chuanyu-imaging-2022');
const sichuan = imaging('sichuan-imaging-2022');

type L = 'left' | 'right' | 'bilateral' | 'none';
type C = 'plain' | 'enhanced' | 'none';
// [seq, modality, bodyPart, laterality, contrast] for 川渝 附件2.
const chuanyuTable: [number, 'DR' | 'CT' | 'MR', string, L, C][] = [
  [1, 'DR', 'chest', 'none', 'none'],
  [2, 'DR', 'chest', 'none', 'none'],
  [3, 'DR', 'chest', 'none', 'none'],
  [4, 'DR', 'shoulder', 'left', 'none'],
  [5, 'DR', 'shoulder', 'right', 'none'],
  [6, 'DR', 'elbow', 'left', 'none'],
  [7, 'DR', 'elbow', 'right', 'none'],
  [8, 'DR', 'wrist', 'left', 'none'],
  [9, 'DR', 'wrist', 'right', 'none'],
  [10, 'DR', 'hand', 'left', 'none'],
  [11, 'DR', 'hand', 'right', 'none'],
  // Printed 髌关节正位: read as 髋关节 (Sichuan #12), both hips.
  [12, 'DR', 'hip', 'bilateral', 'none'],
  [13, 'DR', 'knee', 'left', 'none'],
  [14, 'DR', 'knee', 'right', 'none'],
  [15, 'DR', 'ankle', 'left', 'none'],
  [16, 'DR', 'ankle', 'right', 'none'],
  [17, 'DR', 'foot', 'left', 'none'],
  [18, 'DR', 'foot', 'right', 'none'],
  [19, 'DR', 'cervical-spine', 'none', 'none'],
  [20, 'DR', 'thoracic-spine', 'none', 'none'],
  [21, 'DR', 'lumbar-spine', 'none', 'none'],
  [22, 'DR', 'sacrococcyx', 'none', 'none'],
  [23, 'DR', 'pelvis', 'none', 'none'],
  [24, 'DR', 'abdomen', 'none', 'none'],
  [25, 'DR', 'abdomen', 'none', 'none'],
  [26, 'DR', 'cervical-spine', 'none', 'none'],
  [27, 'DR', 'cervical-spine', 'none', 'none'],
  [28, 'DR', 'lumbar-spine', 'none', 'none'],
  [29, 'DR', 'lumbar-spine', 'none', 'none'],
  [30, 'DR', 'tibia-fibula', 'right', 'none'],
  [31, 'DR', 'tibia-fibula', 'left', 'none'],
  [32, 'DR', 'femur', 'right', 'none'],
  [33, 'DR', 'femur', 'left', 'none'],
  [34, 'CT', 'head', 'none', 'plain'],
  [35, 'CT', 'nose', 'none', 'plain'],
  [36, 'CT', 'chest', 'none', 'plain'],
  [37, 'CT', 'cervical-spine', 'none', 'plain'],
  [38, 'CT', 'thoracic-spine', 'none', 'plain'],
  [39, 'CT', 'lumbar-spine', 'none', 'plain'],
  [40, 'CT', 'hip', 'bilateral', 'plain'],
  [41, 'CT', 'foot', 'left', 'plain'],
  [42, 'CT', 'foot', 'right', 'plain'],
  [43, 'CT', 'ankle', 'left', 'plain'],
  [44, 'CT', 'ankle', 'right', 'plain'],
  [45, 'CT', 'head', 'none', 'enhanced'],
  [46, 'CT', 'nose', 'none', 'enhanced'],
  [47, 'CT', 'upper-abdomen', 'none', 'enhanced'],
  [48, 'CT', 'pelvic-cavity', 'none', 'enhanced'],
  [49, 'CT', 'chest', 'none', 'enhanced'],
  [50, 'CT', 'whole-abdomen', 'none', 'enhanced'],
  [51, 'CT', 'adrenal', 'none', 'enhanced'],
  [52, 'CT', 'shoulder', 'left', 'plain'],
  [53, 'CT', 'shoulder', 'right', 'plain'],
  [54, 'CT', 'neck', 'none', 'plain'],
  [55, 'CT', 'neck', 'none', 'enhanced'],
  [56, 'CT', 'maxillofacial', 'none', 'plain'],
  [57, 'CT', 'maxillofacial', 'none', 'enhanced'],
  [58, 'MR', 'head', 'none', 'plain'],
  [59, 'MR', 'sellar', 'none', 'plain'],
  [60, 'MR', 'cervical-spine', 'none', 'plain'],
  [61, 'MR', 'thoracic-spine', 'none', 'plain'],
  [62, 'MR', 'lumbar-spine', 'none', 'plain'],
  [63, 'MR', 'hip', 'bilateral', 'plain'],
  [64, 'MR', 'knee', 'left', 'plain'],
  [65, 'MR', 'knee', 'right', 'plain'],
  [66, 'MR', 'ankle', 'left', 'plain'],
  [67, 'MR', 'ankle', 'right', 'plain'],
  [68, 'MR', 'head', 'none', 'enhanced'],
  [69, 'MR', 'cervical-spine', 'none', 'enhanced'],
  [70, 'MR', 'thoracic-spine', 'none', 'enhanced'],
  [71, 'MR', 'lumbar-spine', 'none', 'enhanced'],
  [72, 'MR', 'hip', 'bilateral', 'enhanced'],
  [73, 'MR', 'knee', 'left', 'enhanced'],
  [74, 'MR', 'knee', 'right', 'enhanced'],
  [75, 'MR', 'ankle', 'left', 'enhanced'],
  [76, 'MR', 'ankle', 'right', 'enhanced'],
  [77, 'MR', 'shoulder', 'left', 'plain'],
  [78, 'MR', 'shoulder', 'right', 'plain'],
  [79, 'MR', 'shoulder', 'left', 'enhanced'],
  [80, 'MR', 'shoulder', 'right', 'enhanced'],
];

// Sichuan seq → 川渝 seq for the same exam, from reading both lists side by side.
const sichuanToChuanyu = new Map<number, number>([
  ...Array.from({ length: 23 }, (_, i) => [i + 1, i + 1] as [number, number]),
  ...Array.from({ length: 16 }, (_, i) => [24 + i, 34 + i] as [number, number]),
  ...Array.from({ length: 8 }, (_, i) => [40 + i, 58 + i] as [number, number]),
]);

/** Laterality and contrast as the printed name states them (双/左/右, 平扫/增强). */
function fromName(printed: string): { laterality: L | undefined; contrast: C | undefined } {
  // 双斜位 is two oblique projections of a midline structure, not both sides.
  const name = printed.replace('双斜位', '斜位');
  const laterality: L | undefined = name.includes('双') ? 'bilateral' : name.includes('左') ? 'left' : name.includes('右') ? 'right' : undefined;
  const contrast: C | undefined = printed.includes('增强') ? 'enhanced' : printed.includes('平扫') ? 'plain' : undefined;
  return { laterality, contrast };
}

describe('川渝 imaging items', () => {
  it('has 80 items, seq 1–80', () => {
    expect(chuanyu.map((i) => i.seq)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });

  it.each(chuanyuTable)('#%i is %s %s, laterality %s, contrast %s', (seq, modality, bodyPart, laterality, contrast) => {
    const item = chuanyu.find((i) => i.seq === seq);
    expect(item).toMatchObject({ modality, bodyPart, laterality, contrast });
    if (item) expect(item.concept).toBe(imagingConceptKey(item));
  });

  it('laterality and contrast agree with what each printed name says', () => {
    for (const item of [...chuanyu, ...sichuan]) {
      const said = fromName(item.name);
      const expectedLaterality = said.laterality ?? (item.bodyPart === 'hip' ? 'bilateral' : 'none');
      expect(item.laterality, item.id).toBe(expectedLaterality);
      expect(item.contrast, item.id).toBe(item.modality === 'DR' ? 'none' : said.contrast);
    }
  });

  it('every DR item has a projection and every CT/MR item none', () => {
    for (const item of [...chuanyu, ...sichuan]) {
      if (item.modality === 'DR') expect(item.projection, item.id).not.toBe('');
      else expect(item.projection, item.id).toBe('');
    }
  });

  it('#12 (printed 髌关节正位) is read as 髋关节, both hips, with the inference recorded', () => {
    const item = chuanyu.find((i) => i.seq === 12);
    expect(item?.name).toBe('髌关节正位');
    expect(item?.concept).toBe('img:DR:hip:bilateral:none:frontal');
    expect(item?.inferences?.map((i) => i.field).sort()).toEqual(['bodyPart', 'laterality']);
    expect(item?.aliases).toContain('髋关节正位');
    expect(item?.aliases).toContain('双髋关节正位');
    // A left-hip film is not the same exam: no one-sided alias may point at the bilateral item.
    expect(item?.aliases.some((a) => a.includes('左') || a.includes('右'))).toBe(false);
  });

  it('left and right never share a concept, and no name mixes sides', () => {
    for (const item of chuanyu) {
      if (item.laterality === 'left') expect(item.aliases.some((a) => a.includes('右')), item.id).toBe(false);
      if (item.laterality === 'right') expect(item.aliases.some((a) => a.includes('左')), item.id).toBe(false);
    }
  });

  it('plain and enhanced names do not cross', () => {
    for (const item of chuanyu) {
      if (item.contrast === 'plain') expect(item.aliases.some((a) => a.includes('增强')), item.id).toBe(false);
    }
  });

  it('the infant chest film is a separate concept from the adult one', () => {
    const adult = chuanyu.find((i) => i.seq === 1);
    const infant = chuanyu.find((i) => i.seq === 3);
    expect(adult?.concept).not.toBe(infant?.concept);
  });
});

describe('Sichuan imaging items', () => {
  it('holds items 1–47: 1–46 from our copy, 47 inferred; 48–53 left out with the reason in the catalog notes', () => {
    expect(sichuan.map((i) => i.seq)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    const catalog = builtinCatalogSet.catalogs.find((c) => c.id === 'sichuan-imaging-2022');
    const notes = catalog?.notes.join('\n') ?? '';
    expect(notes).toContain('53');
    expect(notes).toContain('第 48–53 项（6 项）未收录');
    expect(notes).toContain('宁缺不猜');
    const item47 = sichuan.find((i) => i.seq === 47);
    expect(item47?.inferences?.find((i) => i.field === 'item')?.note).toContain('第 46 项');
    expect(item47?.concept).toBe('img:MR:knee:right:plain:none');
  });

  it.each([...sichuanToChuanyu])('Sichuan #%i is the same exam as 川渝 #%i', (sc, cy) => {
    const a = sichuan.find((i) => i.seq === sc);
    const b = chuanyu.find((i) => i.seq === cy);
    expect(a).toBeDefined();
    expect(a?.concept).toBe(b?.concept);
  });

  it('every Sichuan imaging concept exists in the 川渝 list', () => {
    const concepts = new Set(chuanyu.map((i) => i.concept));
    for (const item of sichuan) expect(concepts.has(item.concept), item.id).toBe(true);
  });

  it('items 12 and 30 (髋关节, no side) are bilateral with the inference recorded', () => {
    for (const seq of [12, 30]) {
      const item = sichuan.find((i) => i.seq === seq);
      expect(item?.laterality).toBe('bilateral');
      expect(item?.inferences?.some((i) => i.field === 'laterality')).toBe(true);
    }
  });

  it('item 46 (释义 cut off in our copy) marks its description as inferred', () => {
    expect(sichuan.find((i) => i.seq === 46)?.inferences?.some((i) => i.field === 'description')).toBe(true);
  });
});
