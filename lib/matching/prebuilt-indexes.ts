// The matcher's three look-up tables (imaging, lab, panels) for one CatalogSet, as plain JSON and
// back. Building them costs a cold service worker ~30 ms on the way to its first warning (`npm run
// bench`, asleep); the extension's build writes them for the bundled catalogs instead, and tests
// prove the restored tables equal freshly built ones.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { restoreImagingIndex, serializeImagingIndex, type SerializedImagingIndex } from './imaging-catalog.ts';
import { restoreLabIndex, serializeLabIndex, type SerializedLabIndex } from './lab-index.ts';
import { restorePanelIndex, serializePanelIndex, type SerializedPanelIndex } from './panel-match.ts';

export interface PrebuiltMatcherIndexes {
  imaging: SerializedImagingIndex;
  lab: SerializedLabIndex;
  panels: SerializedPanelIndex;
}

export function prebuildMatcherIndexes(set: CatalogSet): PrebuiltMatcherIndexes {
  return { imaging: serializeImagingIndex(set), lab: serializeLabIndex(set), panels: serializePanelIndex(set) };
}

export function restoreMatcherIndexes(set: CatalogSet, data: PrebuiltMatcherIndexes): void {
  restoreImagingIndex(set, data.imaging);
  restoreLabIndex(set, data.lab);
  restorePanelIndex(set, data.panels);
}
