// How a patient's results are laid out inside their record (schema v5): rows of values in a fixed
// order instead of objects, institutions listed once per patient. IndexedDB's structured clone
// writes every property name of every object; for a result that was ~40% of its bytes, and bytes are
// what an import of a million results mostly pays for (docs/benchmarks.md). Pure: no Dexie here.
import type { Institution } from '../rules/evaluate-schema.ts';
import type { PackedResultRow, PackedResults, StoredResult } from './hr-database.ts';

/** Packs results (their `patientKey` is not kept: it is the key of the record they go into). */
export function packResults(results: Iterable<Omit<StoredResult, 'patientKey'>>): PackedResults {
  const institutions: Institution[] = [];
  const indexOf = new Map<string, number>();
  const rows = Array.from(results, (result): PackedResultRow => {
    // Same name, different attributes (two sources disagreeing on a level) stay two entries.
    const identity = institutionIdentity(result.institution);
    let index = indexOf.get(identity);
    if (index === undefined) {
      index = institutions.push(result.institution) - 1;
      indexOf.set(identity, index);
    }
    return [
      result.id,
      result.itemName,
      result.performedAt,
      result.reportedAt,
      index,
      result.mark,
      result.result,
      result.value,
      result.unit,
      result.archiveNo,
      result.source,
    ];
  });
  return { institutions, rows };
}

export function unpackResults(patientKey: string, packed: PackedResults | undefined): StoredResult[] {
  if (!packed) return [];
  return packed.rows.map(([id, itemName, performedAt, reportedAt, institution, mark, result, value, unit, archiveNo, source]) => {
    const unpacked: StoredResult = { id, patientKey, itemName, performedAt, institution: packed.institutions[institution]!, mark, source };
    // Optional fields stay absent when they were absent, as they were written.
    if (reportedAt !== undefined) unpacked.reportedAt = reportedAt;
    if (result !== undefined) unpacked.result = result;
    if (value !== undefined) unpacked.value = value;
    if (unit !== undefined) unpacked.unit = unit;
    if (archiveNo !== undefined) unpacked.archiveNo = archiveNo;
    return unpacked;
  });
}

export function countPacked(packed: PackedResults | undefined): number {
  return packed?.rows.length ?? 0;
}

function institutionIdentity(institution: Institution): string {
  const alliances = institution.alliances ? `\u0001${institution.alliances.join('\u0001')}` : '';
  return `${institution.name}\u0000${institution.level}\u0000${institution.region}\u0000${institution.ownership}${alliances}`;
}
