import { describe, expect, it } from 'vitest';
import { PRESCRIBER_CHECKLIST } from '../../utils/content/guides';
import { RESOURCE_GROUPS, RESOURCES } from '../../utils/content/resources';

describe('aftercare resources', () => {
  it('have unique ids and https official sites', () => {
    expect(new Set(RESOURCES.map((r) => r.id)).size).toBe(RESOURCES.length);
    for (const resource of RESOURCES) expect(new URL(resource.url).protocol, resource.id).toBe('https:');
  });

  it('fill every group, and sit only in groups that exist', () => {
    const kinds = RESOURCE_GROUPS.map((group) => group.kind);
    // With "All kinds", a resource is listed under its first kind only, so every group needs one that starts with it.
    for (const kind of kinds) expect(RESOURCES.some((r) => r.kinds[0] === kind), kind).toBe(true);
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

describe('prescriber checklist', () => {
  it('has unique ids and both groups', () => {
    expect(new Set(PRESCRIBER_CHECKLIST.map((i) => i.id)).size).toBe(PRESCRIBER_CHECKLIST.length);
    expect(new Set(PRESCRIBER_CHECKLIST.map((i) => i.group))).toEqual(new Set(['ask', 'bring']));
  });
});
