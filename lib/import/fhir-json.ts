// Loose, safe access to parsed FHIR JSON (resources are untrusted input, never cast blindly).

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function objects(value: unknown): JsonObject[] {
  return asArray(value)
    .map(asObject)
    .filter((item): item is JsonObject => item !== undefined);
}

export function asString(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Codings of a CodeableConcept. */
export function codings(concept: unknown): JsonObject[] {
  return objects(asObject(concept)?.coding);
}

/** A CodeableConcept's words: its text, else the first coding display. */
export function conceptText(concept: unknown): string | undefined {
  return asString(asObject(concept)?.text) ?? codings(concept).map((coding) => asString(coding.display)).find((display) => display !== undefined);
}

/** Extensions of a resource with the given url. */
export function extensionsOf(resource: JsonObject, url: string): JsonObject[] {
  return objects(resource.extension).filter((extension) => extension.url === url);
}

/** An extension's value as text: valueCode, valueString, valueCoding.code. */
export function extensionText(extension: JsonObject): string | undefined {
  return asString(extension.valueCode) ?? asString(extension.valueString) ?? asString(asObject(extension.valueCoding)?.code);
}
