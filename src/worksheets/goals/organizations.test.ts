import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workbookToMarkdown } from '../../workbook/markdown';
import { readWorkbook } from '../../workbook/read-workbook';
import { emptyWorkbook, type Organization, type Workbook, WorkbookSchema } from '../../workbook/schema';
import {
  addNotesAsRows,
  addOrganization,
  removeOrganization,
  restoreOrganization,
  updateOrganization,
} from './org-changes';
import {
  compareRank,
  namesFromNotes,
  orgFacts,
  orgLabel,
  rankedOrganizations,
  sameIds,
  sortOrganizations,
} from './organizations';

const NOW = new Date('2026-11-25T10:00:00Z');

/** An organization; only what the test cares about is given. */
function org(id: string, name: string, extra: Partial<Organization> = {}): Organization {
  return { id, name, alumni: false, advocacy: false, motivation: 0, posting: false, ...extra };
}

/** A workbook holding these organizations and these notes. */
function withOrgs(orgList: Organization[], organizations = ''): Workbook {
  const doc = emptyWorkbook(NOW);
  return { ...doc, goals: { ...doc.goals, orgList, organizations } };
}

const names = (list: readonly Organization[]) => list.map((o) => o.name);

describe('ranking', () => {
  const list = [
    org('a', 'Acme', { motivation: 2 }),
    org('b', 'Birch Lab', { motivation: 3 }),
    org('c', 'City Archive', { motivation: 2, posting: true }),
    org('d', 'Delta', { motivation: 0, posting: true, alumni: true, advocacy: true }),
    org('e', 'Elm Trust', { motivation: 2, advocacy: true }),
    org('f', 'Fern Co', { motivation: 2, alumni: true }),
    org('g', 'Gull Inc', { motivation: 2 }),
  ];

  it('puts interest first, then hiring now, then someone to speak up, then alumni; ties keep the order added', () => {
    expect(names(sortOrganizations(list, 'rank'))).toEqual([
      'Birch Lab',
      'City Archive',
      'Elm Trust',
      'Fern Co',
      'Acme',
      'Gull Inc',
      'Delta',
    ]);
  });

  it('puts an organization not rated yet after every rated one, whatever else it has', () => {
    expect(compareRank(org('x', 'X', { motivation: 1 }), list[3] as Organization)).toBeLessThan(0);
  });

  it('sorts by name (case and accents ignored, numbers by value, empty names last) and keeps the order added', () => {
    const named = [org('1', 'zeta'), org('2', ''), org('3', 'Émile Lab'), org('4', 'Lab 10'), org('5', 'Lab 9')];
    expect(names(sortOrganizations(named, 'name'))).toEqual(['Émile Lab', 'Lab 9', 'Lab 10', 'zeta', '']);
    expect(names(sortOrganizations(named, 'added'))).toEqual(names(named));
  });

  it('tells when two orders are the same', () => {
    expect(sameIds(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
  });

  it('does not change the list it sorts', () => {
    const copy = [...list];
    sortOrganizations(list, 'rank');
    sortOrganizations(list, 'name');
    expect(list).toEqual(copy);
  });

  it('ranks a workbook saved before the list existed as an empty list', () => {
    const doc = emptyWorkbook(NOW);
    const { orgList: _, ...older } = doc.goals;
    expect(rankedOrganizations(older as Workbook['goals'])).toEqual([]);
  });
});

describe('changes', () => {
  it('adds with a cleaned name at the end, and refuses empty, too long and repeated names in words', () => {
    const r = addOrganization(withOrgs([org('a', 'Acme')]), '  City   Archive ');
    expect(r.ok && names(r.doc.goals.orgList)).toEqual(['Acme', 'City Archive']);
    expect(addOrganization(withOrgs([]), '   ')).toEqual({
      ok: false,
      error: expect.stringContaining('Enter the name'),
    });
    expect(addOrganization(withOrgs([]), 'x'.repeat(201))).toEqual({
      ok: false,
      error: expect.stringContaining('200'),
    });
    expect(addOrganization(withOrgs([org('a', 'Acme')]), 'ACME')).toEqual({
      ok: false,
      error: 'Acme is already on your list.',
    });
  });

  it('changes one organization and leaves the others as the same objects (rows keyed by id redraw only it)', () => {
    const doc = withOrgs([org('a', 'Acme'), org('b', 'Birch')]);
    const next = updateOrganization(doc, 'b', { motivation: 3, posting: true });
    expect(next.goals.orgList[1]).toEqual(org('b', 'Birch', { motivation: 3, posting: true }));
    expect(next.goals.orgList[0]).toBe(doc.goals.orgList[0]);
    expect(updateOrganization(doc, 'b', { name: 'Birch' })).toBe(doc);
    expect(updateOrganization(doc, 'gone', { name: 'X' })).toBe(doc);
  });

  it('removes one and puts it back where it was', () => {
    const doc = withOrgs([org('a', 'Acme'), org('b', 'Birch'), org('c', 'Cedar')]);
    const { doc: without, removed } = removeOrganization(doc, 'b');
    expect(names(without.goals.orgList)).toEqual(['Acme', 'Cedar']);
    if (!removed) throw new Error('nothing removed');
    expect(restoreOrganization(without, removed).goals.orgList).toEqual(doc.goals.orgList);
  });
});

describe('the notes on organizations written before the list existed', () => {
  it('offer one name a line or between semicolons, without list marks, repeats or names already listed', () => {
    const notes = '- Acme\n* City Archive; county water lab\n\n1. Birch Lab\nacme\n  \n• Delta';
    expect(namesFromNotes(notes, [org('b', 'birch lab')])).toEqual({
      names: ['Acme', 'City Archive', 'county water lab', 'Delta'],
      tooLong: 0,
    });
  });

  it('leave a line too long for a name out of the list, and count it', () => {
    expect(namesFromNotes(`Acme\n${'a very long line '.repeat(20)}`, [])).toEqual({ names: ['Acme'], tooLong: 1 });
  });

  it('become rows on request, and the notes themselves stay exactly as written', () => {
    const notes = `Acme\nState museum\n${'x'.repeat(300)}`;
    const doc = withOrgs([], notes);
    const r = addNotesAsRows(doc);
    expect(r.added).toBe(2);
    expect(r.tooLong).toBe(1);
    expect(names(r.doc.goals.orgList)).toEqual(['Acme', 'State museum']);
    expect(r.doc.goals.organizations).toBe(notes);
    expect(addNotesAsRows(r.doc).doc).toBe(r.doc);
  });

  it('survive reading the stored version 1 fixture, are in the export, and turn into rows', () => {
    const raw = readFileSync(new URL('../../workbook/fixtures/v1.json', import.meta.url), 'utf8');
    const typed = (JSON.parse(raw) as { goals: { organizations: string } }).goals.organizations;
    const read = readWorkbook(raw, NOW);
    expect(read.status).toBe('ok');
    expect(read.doc.goals.organizations).toBe(typed);
    expect(read.doc.goals.orgList).toEqual([]);
    const md = workbookToMarkdown(read.doc, { siteName: 'Guide', siteUrl: 'https://example.edu', now: NOW });
    expect(md).toContain(`Notes on organizations: ${typed}`);
    const rows = addNotesAsRows(read.doc).doc;
    expect(names(rows.goals.orgList)).toEqual(['State Environmental Protection Agency', 'county water lab']);
    expect(rows.goals.organizations).toBe(typed);
    expect(WorkbookSchema.safeParse(rows).success).toBe(true);
  });
});

describe('words', () => {
  it('say each answer that is yes and the interest, and name an unnamed organization', () => {
    expect(orgFacts(org('a', 'Acme', { motivation: 3, alumni: true, posting: true }))).toBe(
      'Interest: High · Alumni work there · Hiring now',
    );
    expect(orgFacts(org('a', 'Acme'))).toBe('Interest: Not rated yet');
    expect(orgLabel(org('a', '   '))).toBe('Unnamed organization');
    expect(orgLabel(org('a', '\u0000\u0007'))).toBe('Unnamed organization');
    expect(orgLabel(org('a', ' Acme  Lab '))).toBe('Acme Lab');
  });
});
