import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openHrDatabase, SCHEMA_VERSIONS } from '../../lib/store/hr-database.ts';
import { allResults, resultsOfPatient, resultsOfRecord } from '../../lib/store/patient-results.ts';
import type { StoredPatient } from '../../lib/store/hr-database.ts';

const fixtureDir = fileURLToPath(new URL('./fixtures/db/', import.meta.url));
const fixtures = readdirSync(fixtureDir)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(fixtureDir + file, 'utf8')) as { version: number; tables: Record<string, unknown[]>; expectAfterUpgrade?: { institutions: string[] } });

/** v4 result sets with no patient record: v5 keeps each under an empty identity (one more patient row). */
function orphanSets(tables: Record<string, unknown[]>): number {
  const patients = new Set((tables.patients as { key: string }[]).map((patient) => patient.key));
  return ((tables.resultSets ?? []) as { patientKey: string }[]).filter((set) => !patients.has(set.patientKey)).length;
}

describe('store schema upgrades', () => {
  it('has a fixture database for every schema version but the newest', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(fixtures.map((fixture) => fixture.version).sort()).toEqual(versions.slice(0, -1));
  });

  it('lists versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('upgrading a version %i database loses nothing', async (version, fixture) => {
    const name = `upgrade-from-v${version}`;
    const old = openHrDatabase(name, version);
    await old.open();
    expect(old.verno).toBe(version);
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    old.close();

    const current = openHrDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const sortBy = (key: string) => (list: unknown[]) =>
      [...list].sort((a, b) => String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key])));
    // The results the old version held: one row per result (v1–v3), one set per patient (v4), or
    // packed in the patient's own record (v5 on).
    const oldResults = (fixture.tables.results ??
      (fixture.tables.resultSets as { results: unknown[] }[] | undefined)?.flatMap((set) => set.results) ??
      (fixture.tables.patients as StoredPatient[]).flatMap((record) => resultsOfRecord(record))) as {
      id: string;
      patientKey: string;
      institution: { name: string };
    }[];
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (table === 'results' || table === 'resultSets') continue;
      const key = current.table(table).schema.primKey.keyPath as string;
      let stored = await current.table(table).toArray();
      // Since v5 a patient's record also holds their results (compared below, unpacked).
      const identityOnly = ({ results: _results, ...identity }: Record<string, unknown>) => identity;
      if (table === 'patients') stored = stored.map(identityOnly);
      const expected = table === 'patients' ? (rows as Record<string, unknown>[]).map(identityOnly) : rows;
      expect(sortBy(key)(stored)).toEqual(expect.arrayContaining(sortBy(key)(expected)));
      expect(stored).toHaveLength(rows.length + (table === 'patients' ? orphanSets(fixture.tables) : 0));
    }
    // Every old result is still there, under its patient, exactly as it was written.
    expect(sortBy('id')(await allResults(current))).toEqual(sortBy('id')(oldResults));
    for (const row of oldResults) expect((await resultsOfPatient(current, row.patientKey)).map((result) => result.id)).toContain(row.id);
    // The indexes of the new version work on the old data.
    expect(await current.patients.where('identifiers').equals('insuranceCard:YB0002').count()).toBe(1);
    expect(await current.patients.where('name').equals('李秀英').count()).toBe(1);
    // Data migrations ran: every institution named by a result is known afterwards.
    const named = [...new Set(oldResults.map((result) => result.institution.name))].sort();
    expect((await current.institutions.toCollection().primaryKeys()).sort()).toEqual(expect.arrayContaining(named));
    // The old result tables are gone.
    expect(current.tables.map((table) => table.name)).not.toContain('results');
    expect(current.tables.map((table) => table.name)).not.toContain('resultSets');
    if (fixture.expectAfterUpgrade) expect(named).toEqual(fixture.expectAfterUpgrade.institutions);
    await current.delete();
  });
});
