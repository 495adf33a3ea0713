// Organization → Institution. Level, region and ownership come from this product's extensions or
// Organization.type codings (fhir-extensions.ts); region may also come from address.state (四川省 /
// 重庆市). What the resource lacks may come from the deployment's institution table; what neither
// gives is an issue on the Organization, reported once.
import type { Institution } from '../rules/evaluate-schema.ts';
import { CODE_SYSTEM, EXT } from './fhir-extensions.ts';
import { asObject, asString, codings, extensionText, extensionsOf, objects, type JsonObject } from './fhir-json.ts';
import type { FhirEntry, FhirIndex } from './fhir-resources.ts';
import type { InstitutionTable, IssueList } from './import-types.ts';

const PERFORMER_TYPES = ['Organization', 'PractitionerRole', 'Practitioner', 'CareTeam', 'Device', 'Patient', 'RelatedPerson'];
import { lookupInstitution, resolveInstitution, type RawInstitution } from './institution-values.ts';

function typeCode(resource: JsonObject, system: string): string | undefined {
  for (const type of objects(resource.type)) {
    const coding = codings(type).find((candidate) => candidate.system === system);
    if (coding) return asString(coding.code);
  }
  return undefined;
}

function valueOf(resource: JsonObject, url: string, system: string): string | undefined {
  const extension = extensionsOf(resource, url)[0];
  return (extension ? extensionText(extension) : undefined) ?? typeCode(resource, system);
}

export const ORGANIZATION_FIELDS = {
  name: 'name',
  level: 'extension:institution-level',
  region: 'extension:institution-region',
  ownership: 'extension:institution-ownership',
};

export class FhirInstitutions {
  private readonly cache = new Map<string, Institution | undefined>();

  constructor(
    private readonly table: InstitutionTable | undefined,
    private readonly issues: IssueList,
  ) {}

  /** The institution an Organization entry describes; issues are reported on that entry once. */
  fromOrganization(entry: FhirEntry): Institution | undefined {
    if (this.cache.has(entry.label)) return this.cache.get(entry.label);
    const org = entry.resource;
    const raw: RawInstitution = {
      name: asString(org.name),
      level: valueOf(org, EXT.level, CODE_SYSTEM.level),
      region: valueOf(org, EXT.region, CODE_SYSTEM.region) ?? asString(objects(org.address)[0]?.state),
      ownership: valueOf(org, EXT.ownership, CODE_SYSTEM.ownership),
      alliances: extensionsOf(org, EXT.alliance)
        .map(extensionText)
        .filter((name): name is string => name !== undefined),
    };
    const identifiers = objects(org.identifier).map((identifier) => asString(identifier.value));
    const { institution, problems } = resolveInstitution(raw, this.table, ORGANIZATION_FIELDS, [raw.name, ...identifiers]);
    for (const problem of problems) this.issues.add(entry.label, problem.field, problem.message);
    this.cache.set(entry.label, institution);
    return institution;
  }

  /** A performer given only by name (`display`, no reference): only the institution table can say. */
  fromDisplay(reference: unknown): Institution | undefined {
    const display = asString(asObject(reference)?.display);
    return display === undefined ? undefined : lookupInstitution(this.table, display);
  }

  /**
   * The one performing institution among performer references: Organizations directly or through
   * PractitionerRole.organization, or a `display` the table knows. None, or two, is an issue.
   */
  fromPerformers(performers: { references: unknown[]; from: FhirEntry; field: string }, index: FhirIndex): Institution | undefined {
    const { references, from, field } = performers;
    const found = new Map<string, Institution>();
    let failed = false;
    references.forEach((reference, i) => {
      if (!asString(asObject(reference)?.reference)) {
        const byName = this.fromDisplay(reference);
        if (byName) found.set(byName.name, byName);
        return;
      }
      const resolved = index.resolve(reference, from, PERFORMER_TYPES);
      if ('message' in resolved) {
        this.issues.add(from.label, `${field}[${i}]`, resolved.message);
        failed = true;
        return;
      }
      let org: FhirEntry | undefined = resolved.entry;
      if (org.resourceType === 'PractitionerRole') {
        const organization = org.resource.organization;
        if (organization === undefined) return;
        const viaRole = index.resolve(organization, org, ['Organization']);
        if ('message' in viaRole) {
          this.issues.add(org.label, 'organization', viaRole.message);
          failed = true;
          return;
        }
        org = viaRole.entry;
      }
      if (org.resourceType !== 'Organization') return;
      const institution = this.fromOrganization(org);
      if (institution) found.set(institution.name, institution);
      else failed = true;
    });
    if (failed) return undefined;
    if (found.size === 1) return [...found.values()][0];
    this.issues.add(
      from.label,
      field,
      found.size === 0
        ? '没有执行机构：performer 中没有 Organization（或带 organization 的 PractitionerRole）'
        : `有多个执行机构（${[...found.keys()].join('、')}），不能确定结果出自哪家`,
    );
    return undefined;
  }
}
