// The catalog side of imaging matching: one descriptor per catalog imaging item. Modality, side and
// contrast come from the item's structured fields; body part, projection, posture and age group
// are read from its printed name (the source of truth), cross-checked against its `bodyPart` key.
import type { Catalog, ImagingItem, Laterality } from '../catalog/catalog-schema.ts';
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { parseImagingDescriptor } from './imaging-descriptor.ts';
import type { ParsedImagingName } from './imaging-descriptor.ts';
import { isListedBodyPart } from './imaging-lexicon.ts';
import type { AgeGroup, Posture, View } from './imaging-lexicon.ts';
import { normalizeItemName } from './normalize-item-name.ts';

export interface CatalogImagingEntry {
  concept: string;
  catalog: Catalog;
  item: ImagingItem;
  bodyPart: string;
  /** The body part was only read from a near-synonym / known misprint (e.g. 川渝 DR 12 `髌关节`). */
  bodyPartLoose: boolean;
  side: Laterality;
  contrast: 'plain' | 'enhanced' | 'none';
  views: View[];
  direction?: 'pa' | 'ap';
  posture?: Posture;
  age?: AgeGroup;
}

export interface CatalogImagingIndex {
  entries: CatalogImagingEntry[];
  /** Items whose printed name disagrees with their structured fields (shown in tests, never guessed). */
  inconsistencies: string[];
  /** Items no descriptor could be built for: they match only by exact name / alias. */
  undescribed: string[];
  /** Normalised printed name or alias → concept; `null` when two concepts share it. */
  byName: Map<string, string | null>;
}

/** Catalog `bodyPart` keys that mean one of the lexicon's parts under another spelling. */
const BODY_PART_KEY_ALIASES: Record<string, string> = {
  brain: 'head',
  cranium: 'head',
  'head-brain': 'head',
  sellar: 'sella',
  'sellar-region': 'sella',
  'sella-turcica': 'sella',
  nasal: 'nose',
  'nasal-cavity': 'nose',
  face: 'maxillofacial',
  'oral-maxillofacial': 'maxillofacial',
  'maxillofacial-region': 'maxillofacial',
  'c-spine': 'cervical-spine',
  't-spine': 'thoracic-spine',
  'l-spine': 'lumbar-spine',
  sacrococcygeal: 'sacrococcyx',
  'sacrococcygeal-spine': 'sacrococcyx',
  'sacrum-coccyx': 'sacrococcyx',
  'full-abdomen': 'whole-abdomen',
  'abdomen-whole': 'whole-abdomen',
  'pelvis-cavity': 'pelvic-cavity',
  'adrenal-gland': 'adrenal',
  'adrenal-glands': 'adrenal',
  adrenals: 'adrenal',
  tibiofibula: 'tibia-fibula',
  'tibia-and-fibula': 'tibia-fibula',
  'lower-leg': 'tibia-fibula',
  thigh: 'femur',
  'hip-joint': 'hip',
  'knee-joint': 'knee',
  'ankle-joint': 'ankle',
  'shoulder-joint': 'shoulder',
  'elbow-joint': 'elbow',
  'wrist-joint': 'wrist',
};

export function catalogBodyPartKey(key: string): string | undefined {
  const k = BODY_PART_KEY_ALIASES[key] ?? key;
  return isListedBodyPart(k) ? k : undefined;
}

/** DR abdominal films are whole-abdomen films whatever they are called (立位腹部平片 = 全腹部前后立位). */
export function comparableBodyPart(part: string, modality: string): string {
  return modality === 'DR' && part === 'whole-abdomen' ? 'abdomen' : part;
}

function describe(catalog: Catalog, item: ImagingItem, problems: string[]): CatalogImagingEntry | undefined {
  const label = `${catalog.id} ${item.seq} ${item.name}`;
  const fromName = parseImagingDescriptor(normalizeItemName(item.name));
  const fromDescription: ParsedImagingName = parseImagingDescriptor(normalizeItemName(item.description));
  const keyPart = catalogBodyPartKey(item.bodyPart);
  let bodyPart: string | undefined;
  let bodyPartLoose = false;
  if (fromName.bodyPart && !fromName.bodyPartLoose) {
    bodyPart = fromName.bodyPart;
    if (keyPart && keyPart !== bodyPart) problems.push(`${label}: 名称部位 ${bodyPart} ≠ bodyPart ${item.bodyPart}`);
  } else if (keyPart) {
    bodyPart = keyPart;
  } else if (fromName.bodyPart) {
    bodyPart = fromName.bodyPart;
    bodyPartLoose = true;
  }
  if (!bodyPart) return undefined;

  if (fromName.modality && !fromName.modalityInferred && fromName.modality !== item.modality) {
    problems.push(`${label}: 名称模态 ${fromName.modality} ≠ modality ${item.modality}`);
  }
  if (fromName.side && fromName.side !== 'single' && fromName.side !== item.laterality) {
    problems.push(`${label}: 名称侧别 ${fromName.side} ≠ laterality ${item.laterality}`);
  }
  if (fromName.contrast && fromName.contrast !== item.contrast) {
    problems.push(`${label}: 名称 ${fromName.contrast} ≠ contrast ${item.contrast}`);
  }

  const entry: CatalogImagingEntry = {
    concept: item.concept,
    catalog,
    item,
    bodyPart: comparableBodyPart(bodyPart, item.modality),
    bodyPartLoose,
    side: item.laterality,
    contrast: item.contrast,
    views: fromName.views,
  };
  const direction = fromName.direction ?? (fromName.views.includes('frontal') && !item.description.includes('或') ? fromDescription.direction : undefined);
  if (direction) entry.direction = direction;
  const posture = fromName.posture ?? fromDescription.posture;
  if (posture) entry.posture = posture;
  if (fromName.age) entry.age = fromName.age;
  return entry;
}

const cache = new WeakMap<CatalogSet, CatalogImagingIndex>();

export function catalogImagingIndex(set: CatalogSet): CatalogImagingIndex {
  const cached = cache.get(set);
  if (cached) return cached;
  const index: CatalogImagingIndex = { entries: [], inconsistencies: [], undescribed: [], byName: new Map() };
  for (const catalog of set.catalogs) {
    for (const item of catalog.items) {
      if (item.kind !== 'imaging') continue;
      for (const name of [item.name, ...item.aliases]) {
        const k = normalizeItemName(name);
        const prev = index.byName.get(k);
        index.byName.set(k, prev === undefined || prev === item.concept ? item.concept : null);
      }
      const entry = describe(catalog, item, index.inconsistencies);
      if (entry) index.entries.push(entry);
      else index.undescribed.push(`${catalog.id} ${item.seq} ${item.name}`);
    }
  }
  cache.set(set, index);
  return index;
}

/**
 * The index as plain JSON, each entry's catalog item by position (catalog, item) in the set: the
 * extension's build writes the bundled catalogs' index so a freshly woken service worker does not
 * build it on the way to a warning (catalogs/prebuilt-catalogs-plugin.ts).
 */
export interface SerializedImagingIndex {
  entries: (Omit<CatalogImagingEntry, 'catalog' | 'item'> & { at: [number, number] })[];
  inconsistencies: string[];
  undescribed: string[];
  byName: [string, string | null][];
}

export function serializeImagingIndex(set: CatalogSet): SerializedImagingIndex {
  const index = catalogImagingIndex(set);
  return {
    entries: index.entries.map(({ catalog, item, ...described }) => {
      const at = set.catalogs.indexOf(catalog);
      return { ...described, at: [at, catalog.items.indexOf(item)] };
    }),
    inconsistencies: index.inconsistencies,
    undescribed: index.undescribed,
    byName: [...index.byName],
  };
}

/** Installs a serialized index as `set`'s index. Throws if a position names no imaging item of `set`. */
export function restoreImagingIndex(set: CatalogSet, data: SerializedImagingIndex): void {
  const entries = data.entries.map(({ at: [catalogAt, itemAt], ...described }): CatalogImagingEntry => {
    const catalog = set.catalogs[catalogAt];
    const item = catalog?.items[itemAt];
    if (!catalog || item?.kind !== 'imaging' || item.concept !== described.concept) {
      throw new Error(`prebuilt imaging index does not fit these catalogs: ${described.concept} at ${catalogAt}/${itemAt}`);
    }
    return { ...described, catalog, item };
  });
  cache.set(set, { entries, inconsistencies: data.inconsistencies, undescribed: data.undescribed, byName: new Map(data.byName) });
}
