import { describe, expect, it } from 'vitest';
import { RESOURCES_ES } from '@/help-content/es/resources';
import { HELP_SOMEONE_TIPS_ES } from '@/help-content/es/help-someone';
import { PRESCRIBER_CHECKLIST } from '@/help-content/guides';
import { HELP_SOMEONE_TIPS } from '@/help-content/help-someone';
import { pageLanguage } from '@/shared/page-language';
import { REGIONS } from '@/help-content/regions';
import { RESOURCE_GROUPS, RESOURCES } from '@/help-content/resources';
import type { RegionCode } from '@/help-content/regions';
import { filterResources } from '@/shared/filter-resources';
import { isOfficialUrl } from '@/tests/support/evidence-checks';

const COUNTRIES = REGIONS.filter((region): region is Exclude<RegionCode, 'OTHER'> => region !== 'OTHER');

/**
 * Each country's own resources: every one the research notes (aftercare.md, section D-R) mark as checked and give an
 * official page for. What is left out, and why, is in help-content/README.md ("Known gaps").
 */
const BY_COUNTRY: Record<Exclude<RegionCode, 'OTHER'>, readonly string[]> = {
  US: ['findtreatment-gov', 'samhsa-helpline', 'nami-helpline', 'narr'],
  // NHS England's finder and the Scottish and Northern Irish ones have no checked address.
  GB: ['gb-frank-find-support', 'gb-nhs-wales-drug-services', 'gb-postscript-360', 'gb-smart-recovery'],
  // The HSE Drugs and Alcohol Helpline and the "Your Mental Health" line have no official page on record.
  IE: ['ie-services-map', 'ie-drugs-ie-services'],
  // Health Canada's page has no quote on record; 9-8-8 is a crisis line (in the help bar); NORS is not a withdrawal
  // or treatment service and its only evidence is its number.
  CA: ['ca-connexontario', 'ca-hope-for-wellness-counseling'],
  AU: [
    'au-reconnexion',
    'au-national-aod-hotline',
    'au-vic-directline',
    'au-wa-alcohol-drug-support-line',
    'au-act-alcohol-drug-line',
    'au-sa-adis',
    'au-family-drug-support',
    'au-smart-recovery',
    'au-counselling-online',
  ],
  // Healthline and the Poisons Centre are advice lines, in Helplines; no addiction-service finder is on record.
  NZ: ['nz-adh', 'nz-need-to-talk'],
  // Línea de la Vida, UNEME-CECOSAMA and IMSS have no official page on record.
  MX: ['mx-cij'],
  // 024, Teléfono de la Esperanza and the regional programmes have no checked official page.
  ES: ['es-proyecto-hombre'],
};

describe('aftercare resources', () => {
  it('have unique ids and https official sites', () => {
    expect(new Set(RESOURCES.map((r) => r.id)).size).toBe(RESOURCES.length);
    for (const resource of RESOURCES) expect(new URL(resource.url).protocol, resource.id).toBe('https:');
  });

  it('fill every group, and sit only in groups that exist', () => {
    const kinds = RESOURCE_GROUPS.map((group) => group.kind);
    // With "All kinds", a resource is listed under its first kind only, so every group needs one that starts with it.
    for (const kind of kinds)
      expect(
        RESOURCES.some((r) => r.kinds[0] === kind),
        kind,
      ).toBe(true);
    for (const resource of RESOURCES) for (const kind of resource.kinds) expect(kinds).toContain(kind);
  });

  it('list government and nonprofit resources before any commercial one', () => {
    const firstCommercial = RESOURCES.findIndex((r) => r.operator === 'commercial');
    const lastOther = RESOURCES.map((r) => r.operator !== 'commercial').lastIndexOf(true);
    expect(firstCommercial === -1 || firstCommercial > lastOther).toBe(true);
  });

  it('warn about forum advice and check sober homes', () => {
    expect(RESOURCES.find((r) => r.id === 'benzobuddies')?.caution).toMatch(/prescriber/);
    expect(RESOURCES.find((r) => r.id === 'narr')?.caution).toMatch(/certified/);
  });
});

describe('aftercare resources by country', () => {
  it.each(COUNTRIES)('%s lists exactly its own checked resources', (region) => {
    expect(RESOURCES.filter((r) => r.region === region).map((r) => r.id)).toEqual(BY_COUNTRY[region]);
  });

  it('give Australia at least five of its own, and every other country Steady covers at least one', () => {
    const count = (region: RegionCode) => RESOURCES.filter((r) => r.region === region).length;
    expect(count('AU')).toBeGreaterThanOrEqual(5);
    expect(count('GB')).toBe(4);
    for (const region of COUNTRIES) expect(count(region), region).toBeGreaterThanOrEqual(1);
  });

  it('serve only a country Steady covers, or anyone online', () => {
    for (const resource of RESOURCES) expect([...COUNTRIES, 'online'], resource.id).toContain(resource.region);
  });

  it('link only official sites', () => {
    for (const resource of RESOURCES) expect(isOfficialUrl(resource.url), `${resource.id}: ${resource.url}`).toBe(true);
  });

  it.each(COUNTRIES)('%s: a reader there sees their country’s resources first, then online ones, nothing from elsewhere', (region) => {
    const shown = filterResources(RESOURCES, { kind: 'all', region, query: '' });
    const own = BY_COUNTRY[region].length;
    expect(shown.slice(0, own).map((r) => r.id)).toEqual(BY_COUNTRY[region]);
    expect(shown.slice(own).every((r) => r.region === 'online')).toBe(true);
    expect(shown.slice(own)).toHaveLength(RESOURCES.filter((r) => r.region === 'online').length);
    // Under "Everywhere" their country still leads.
    const everywhere = filterResources(RESOURCES, { kind: 'all', region: 'all', query: '' }, region);
    expect(everywhere.slice(0, own).map((r) => r.id)).toEqual(BY_COUNTRY[region]);
  });

  it('offer Spanish speakers resources in Spanish, and mark those links as Spanish', () => {
    for (const id of ['ashton-manual-spanish', 'mx-cij', 'es-proyecto-hombre']) {
      const resource = RESOURCES.find((r) => r.id === id);
      expect(resource && pageLanguage(resource.url), id).toBe('es');
    }
    expect(RESOURCES.find((r) => r.id === 'ashton-manual-spanish')?.region).toBe('online');
    expect(RESOURCES_ES['ashton-manual-spanish']?.name).toBe('El Manual Ashton, en español');
    // Every other resource links a page in English.
    const spanish = RESOURCES.filter((r) => pageLanguage(r.url) === 'es').map((r) => r.id);
    expect(spanish).toEqual(['ashton-manual-spanish', 'mx-cij', 'es-proyecto-hombre']);
  });

  it('send taper tools back to the prescriber, and warn of Reconnexion’s waits', () => {
    const reconnexion = RESOURCES.find((r) => r.id === 'au-reconnexion');
    expect(reconnexion?.caution).toMatch(/with your prescriber/);
    expect(reconnexion?.caution).toMatch(/wait/);
    expect(RESOURCES.find((r) => r.id === 'ashton-manual-spanish')?.caution).toMatch(/prescriber/);
  });

  it('say so where a cost or who runs a service is not confirmed, rather than guess', () => {
    const unconfirmed = RESOURCES.filter((r) => r.operator === 'unconfirmed').map((r) => r.id);
    expect(unconfirmed).toContain('au-family-drug-support');
    expect(unconfirmed).not.toContain('findtreatment-gov');
    for (const resource of RESOURCES.filter((r) => r.cost === 'Not confirmed'))
      expect(RESOURCES_ES[resource.id]?.cost, resource.id).toBe('Sin confirmar');
  });
});

describe('support for the people who help', () => {
  it('point every reader to family support, not to a US-only service', () => {
    const tip = HELP_SOMEONE_TIPS.find((item) => item.id === 'your-own-support');
    expect(tip?.text).not.toMatch(/NAMI/);
    expect(HELP_SOMEONE_TIPS_ES['your-own-support']?.text).not.toMatch(/NAMI/);
    expect(tip?.text).toMatch(/near you or online/);
  });
});

describe('prescriber checklist', () => {
  it('has unique ids and both groups', () => {
    expect(new Set(PRESCRIBER_CHECKLIST.map((i) => i.id)).size).toBe(PRESCRIBER_CHECKLIST.length);
    expect(new Set(PRESCRIBER_CHECKLIST.map((i) => i.group))).toEqual(new Set(['ask', 'bring']));
  });
});
