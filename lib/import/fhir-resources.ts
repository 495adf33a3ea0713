// Loads a FHIR R4 Bundle (JSON), a single resource, or NDJSON (one resource per line; a line may
// also be a Bundle) into labelled entries, and resolves references within the file: `Patient/123`,
// absolute URLs ending in `Type/id`, `urn:uuid:…` full URLs and `#id` contained resources.
import { asArray, asObject, asString, objects, type JsonObject } from './fhir-json.ts';
import type { IssueList } from './import-types.ts';

export interface FhirEntry {
  /** `entry[3]`, `行 2`, `行 2 entry[0]`, or `resource` for a lone resource. */
  label: string;
  resource: JsonObject;
  resourceType: string;
  fullUrl?: string;
}

function entriesOfBundle(bundle: JsonObject, prefix: string, issues: IssueList): FhirEntry[] {
  const entries: FhirEntry[] = [];
  asArray(bundle.entry).forEach((raw, index) => {
    const label = `${prefix}entry[${index}]`;
    const entry = asObject(raw);
    const resource = asObject(entry?.resource);
    const resourceType = asString(resource?.resourceType);
    if (!resource || !resourceType) {
      issues.add(label, 'resource', 'entry 没有 resource 或 resourceType');
      return;
    }
    const item: FhirEntry = { label, resource, resourceType };
    const fullUrl = asString(entry?.fullUrl);
    if (fullUrl) item.fullUrl = fullUrl;
    entries.push(item);
  });
  return entries;
}

function entriesOf(value: unknown, label: string, issues: IssueList): FhirEntry[] {
  const resource = asObject(value);
  const resourceType = asString(resource?.resourceType);
  if (!resource || !resourceType) {
    issues.add(label, 'resourceType', '不是 FHIR 资源（没有 resourceType）');
    return [];
  }
  if (resourceType === 'Bundle') return entriesOfBundle(resource, label === 'file' ? '' : `${label} `, issues);
  return [{ label: label === 'file' ? 'resource' : label, resource, resourceType }];
}

/** A whole JSON document (Bundle or one resource). */
export function loadFhirJson(value: unknown, issues: IssueList): FhirEntry[] {
  return entriesOf(value, 'file', issues);
}

/** NDJSON: one resource (or Bundle) per non-empty line. */
export function loadFhirNdjson(text: string, issues: IssueList): FhirEntry[] {
  const entries: FhirEntry[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const label = `行 ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      issues.add(label, '', `不是有效的 JSON：${(error as Error).message}`);
      return;
    }
    entries.push(...entriesOf(value, label, issues));
  });
  return entries;
}

export class FhirIndex {
  private readonly byKey = new Map<string, FhirEntry>();

  constructor(readonly entries: readonly FhirEntry[]) {
    for (const entry of entries) {
      const id = asString(entry.resource.id);
      if (id && !this.byKey.has(`${entry.resourceType}/${id}`)) this.byKey.set(`${entry.resourceType}/${id}`, entry);
      if (entry.fullUrl && !this.byKey.has(entry.fullUrl)) this.byKey.set(entry.fullUrl, entry);
    }
  }

  /**
   * The entry a Reference points to, or a message saying why not. `expected` lists the resource
   * types allowed there.
   */
  resolve(reference: unknown, from: FhirEntry, expected: readonly string[]): { entry: FhirEntry } | { message: string } {
    const ref = asString(asObject(reference)?.reference);
    if (!ref) return { message: '引用没有 reference（只有 identifier 或 display 的逻辑引用无法在文件中找到）' };
    let found: FhirEntry | undefined;
    if (ref.startsWith('#')) {
      const contained = objects(from.resource.contained).find((resource) => resource.id === ref.slice(1));
      const resourceType = asString(contained?.resourceType);
      if (contained && resourceType) found = { label: `${from.label} contained ${ref}`, resource: contained, resourceType };
    } else {
      found = this.byKey.get(ref);
      if (!found) {
        const m = /([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(ref);
        if (m) found = this.byKey.get(`${m[1]}/${m[2]}`);
      }
    }
    if (!found) return { message: `引用 ${ref} 在文件中找不到` };
    if (!expected.includes(found.resourceType)) return { message: `引用 ${ref} 指向 ${found.resourceType}，这里应为 ${expected.join(' 或 ')}` };
    return { entry: found };
  }
}
