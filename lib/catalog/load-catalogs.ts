// Loads catalogs and panels from untrusted data (bundled JSON or a deployment's files) into a
// CatalogSet. Every problem is reported with the file / catalog id, the field path and the reason,
// and loading fails as a whole: a half-loaded catalog would silently drop recognised items, and a
// wrong alias would turn into a false "must recognise", which is a clinical safety defect.
import type { z } from 'zod';
import { catalogSchema, panelFileSchema, type Catalog, type CatalogItem, type Panel } from './catalog-schema.ts';
import { buildCatalogSet, type CatalogSet } from './catalog-set.ts';
import { BODY_PART_PATTERN, imagingConceptKey, LAB_CONCEPT_PATTERN, nameKey } from './concept-key.ts';

export interface CatalogIssue {
  /** Which input: `catalog chuanyu-lab-2022 (catalogs/chuanyu-lab-2022.json)`, `panels (catalogs/panels.json)`. */
  source: string;
  /** Field path inside that input, e.g. `items[17].window.duration.amount`; `''` for the whole input. */
  path: string;
  message: string;
}

export class CatalogLoadError extends Error {
  readonly issues: readonly CatalogIssue[];

  constructor(issues: readonly CatalogIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super([`catalog data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n  '));
    this.name = 'CatalogLoadError';
    this.issues = issues;
  }
}

export function formatIssue(issue: CatalogIssue): string {
  return `${issue.source}${issue.path ? ` at ${issue.path}` : ''}: ${issue.message}`;
}

export interface LoadCatalogOptions {
  /** File names (or other labels) of `rawCatalogs`, index for index, quoted in errors. */
  catalogSources?: readonly string[];
  /** File name of `rawPanels`, quoted in errors. */
  panelSource?: string;
}

/** `items[3].window.duration` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function rawField(raw: unknown, key: string): unknown {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>)[key] : undefined;
}

function catalogLabel(raw: unknown, index: number, file: string | undefined): string {
  const id = rawField(raw, 'id');
  const name = typeof id === 'string' && id !== '' ? `catalog ${id}` : `catalogs[${index}]`;
  return file ? `${name} (${file})` : name;
}

/** Adds the item id to a path that points into `items[n]`, so a reader need not count items. */
function describeItemPath(raw: unknown, path: readonly PropertyKey[]): string {
  const formatted = formatPath(path);
  if (path[0] !== 'items' || typeof path[1] !== 'number') return formatted;
  const items = rawField(raw, 'items');
  const item = Array.isArray(items) ? items[path[1]] : undefined;
  const id = rawField(item, 'id');
  return typeof id === 'string' ? `${formatted} (${id})` : formatted;
}

function zodIssues(source: string, raw: unknown, error: z.ZodError): CatalogIssue[] {
  return error.issues.map((issue) => ({ source, path: describeItemPath(raw, issue.path), message: issue.message }));
}

/** Rules the schema cannot express on one field: id format, concept keys, modality/contrast. */
function checkCatalog(catalog: Catalog, source: string): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const at = (index: number, item: CatalogItem, field: string) => `items[${index}].${field} (${item.id})`;
  const seenConcepts = new Map<string, string>();
  const seenSeqs = new Set<number>();
  catalog.items.forEach((item, index) => {
    const expectedId = `${catalog.id}#${item.seq}`;
    if (item.id !== expectedId) issues.push({ source, path: at(index, item, 'id'), message: `expected ${expectedId} (<catalog id>#<seq>)` });
    if (seenSeqs.has(item.seq)) issues.push({ source, path: at(index, item, 'seq'), message: `duplicate seq ${item.seq}` });
    seenSeqs.add(item.seq);
    const other = seenConcepts.get(item.concept);
    if (other) issues.push({ source, path: at(index, item, 'concept'), message: `concept ${item.concept} is also used by ${other} in the same catalog` });
    seenConcepts.set(item.concept, item.id);

    if (item.kind === 'lab') {
      if (!LAB_CONCEPT_PATTERN.test(item.concept)) {
        issues.push({ source, path: at(index, item, 'concept'), message: `lab concept must look like lab:<UPPERCASE-ABBR>, got ${item.concept}` });
      }
      return;
    }
    if (!BODY_PART_PATTERN.test(item.bodyPart)) {
      issues.push({ source, path: at(index, item, 'bodyPart'), message: `body part must be kebab-case English, got ${item.bodyPart}` });
    }
    // DR has no contrast phase; CT and MR are always either plain or enhanced.
    if (item.modality === 'DR' && item.contrast !== 'none') {
      issues.push({ source, path: at(index, item, 'contrast'), message: `DR items have contrast none, got ${item.contrast}` });
    }
    if (item.modality !== 'DR' && item.contrast === 'none') {
      issues.push({ source, path: at(index, item, 'contrast'), message: `${item.modality} items are plain or enhanced, got none` });
    }
    if (item.modality === 'DR' && item.projection === '') {
      issues.push({ source, path: at(index, item, 'projection'), message: 'DR items need a projection (e.g. frontal-lateral)' });
    }
    const expected = imagingConceptKey(item);
    if (item.concept !== expected) {
      issues.push({ source, path: at(index, item, 'concept'), message: `concept must match the descriptor fields: expected ${expected}, got ${item.concept}` });
    }
  });
  return issues;
}

interface NameOwner {
  concept: string;
  where: string;
}

/**
 * A name (item name, alias, panel name or alias) must mean one thing across the whole set: the
 * matcher turns names into concepts, and a name shared by two concepts would match the wrong one.
 */
function checkNameCollisions(catalogs: readonly { catalog: Catalog; source: string }[], panels: readonly Panel[], panelSource: string): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const owners = new Map<string, NameOwner>();
  const claim = (name: string, owner: NameOwner, source: string, path: string) => {
    const key = nameKey(name);
    const existing = owners.get(key);
    if (!existing) {
      owners.set(key, owner);
    } else if (existing.concept !== owner.concept) {
      issues.push({ source, path, message: `name "${name}" also names ${existing.concept} (${existing.where}); a name must mean one thing` });
    }
  };
  for (const { catalog, source } of catalogs) {
    catalog.items.forEach((item, index) => {
      const owner = { concept: item.concept, where: item.id };
      claim(item.name, owner, source, `items[${index}].name (${item.id})`);
      item.aliases.forEach((alias, a) => claim(alias, owner, source, `items[${index}].aliases[${a}] (${item.id})`));
    });
  }
  panels.forEach((panel, index) => {
    const owner = { concept: `panel:${panel.id}`, where: `panel ${panel.id}` };
    claim(panel.name, owner, panelSource, `panels[${index}].name`);
    panel.aliases.forEach((alias, a) => claim(alias, owner, panelSource, `panels[${index}].aliases[${a}]`));
  });
  return issues;
}

/**
 * `supersedes` must point at an older list of the same kind and region: a lab list replacing an
 * imaging list, or a list replacing itself, would silently remove items from force.
 */
function checkSupersedes(catalogs: readonly { catalog: Catalog; source: string }[]): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const byId = new Map(catalogs.map(({ catalog }) => [catalog.id, catalog]));
  for (const { catalog, source } of catalogs) {
    (catalog.supersedes ?? []).forEach((oldId, index) => {
      const path = `supersedes[${index}]`;
      if (oldId === catalog.id) {
        issues.push({ source, path, message: 'a catalog cannot supersede itself' });
        return;
      }
      // An id not in the set is allowed: a deployment may drop the older file altogether.
      const older = byId.get(oldId);
      if (!older) return;
      if (older.kind !== catalog.kind || older.region !== catalog.region) {
        issues.push({ source, path, message: `${oldId} is a ${older.region} ${older.kind} list; a ${catalog.region} ${catalog.kind} list can only supersede a list of the same region and kind` });
      }
      if (older.effectiveDate >= catalog.effectiveDate) {
        issues.push({ source, path, message: `${oldId} takes effect ${older.effectiveDate}, not before this list (${catalog.effectiveDate})` });
      }
    });
  }
  return issues;
}

function checkPanels(panels: readonly Panel[], concepts: ReadonlySet<string>, source: string): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const ids = new Set<string>();
  panels.forEach((panel, index) => {
    if (ids.has(panel.id)) issues.push({ source, path: `panels[${index}].id`, message: `duplicate panel id ${panel.id}` });
    ids.add(panel.id);
    const seen = new Set<string>();
    panel.components.forEach((component, c) => {
      const path = `panels[${index}].components[${c}] (${panel.id})`;
      if (!concepts.has(component)) {
        issues.push({ source, path, message: `component ${component} is not a concept listed in any catalog (put members no catalog lists in unlistedComponents)` });
      }
      if (seen.has(component)) issues.push({ source, path, message: `duplicate component ${component}` });
      seen.add(component);
    });
  });
  return issues;
}

/**
 * Validates raw catalogs and the raw panel file and builds the CatalogSet. Throws CatalogLoadError
 * listing every problem; never returns a partial set.
 */
export function loadCatalogSet(rawCatalogs: unknown[], rawPanels: unknown, options: LoadCatalogOptions = {}): CatalogSet {
  const issues: CatalogIssue[] = [];
  const loaded: { catalog: Catalog; source: string }[] = [];
  const catalogIds = new Map<string, string>();

  rawCatalogs.forEach((raw, index) => {
    const source = catalogLabel(raw, index, options.catalogSources?.[index]);
    const parsed = catalogSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(source, raw, parsed.error));
      return;
    }
    const catalog = parsed.data;
    const previous = catalogIds.get(catalog.id);
    if (previous) issues.push({ source, path: 'id', message: `duplicate catalog id ${catalog.id} (also ${previous})` });
    catalogIds.set(catalog.id, source);
    issues.push(...checkCatalog(catalog, source));
    loaded.push({ catalog, source });
  });

  const panelSource = options.panelSource ? `panels (${options.panelSource})` : 'panels';
  const parsedPanels = panelFileSchema.safeParse(rawPanels);
  let panels: Panel[] = [];
  if (parsedPanels.success) {
    panels = parsedPanels.data.panels;
  } else {
    issues.push(...parsedPanels.error.issues.map((issue) => ({ source: panelSource, path: formatPath(issue.path), message: issue.message })));
  }

  // Cross-file checks only make sense once every file parsed; otherwise they would report
  // "unknown concept" for concepts of a catalog that failed for another reason.
  if (issues.length === 0) {
    const concepts = new Set(loaded.flatMap(({ catalog }) => catalog.items.map((item) => item.concept)));
    issues.push(...checkSupersedes(loaded));
    issues.push(...checkPanels(panels, concepts, panelSource));
    issues.push(...checkNameCollisions(loaded, panels, panelSource));
  }

  if (issues.length > 0) throw new CatalogLoadError(issues);
  return buildCatalogSet(
    loaded.map(({ catalog }) => catalog),
    panels,
  );
}
