import { describe, expect, it } from 'vitest';
import { emptyWorkbook, MAX_NAME, PITCH_AUDIENCES, type Workbook } from '../../workbook/model';
import { SUGGESTED_NAMES } from './audience-words';
import { suggestName, updatePitch } from './audiences';
import {
  createPitch,
  deletePitch,
  duplicatePitch,
  neighbourAfterDelete,
  renamePitch,
  restorePitch,
  versionNameProblem,
} from './versions';

const now = new Date('2026-11-25T10:00:00Z');
const later = new Date('2026-11-26T09:30:00Z');

/** A workbook with the versions named, all for recruiters. */
function withVersions(...names: string[]): Workbook {
  let doc = emptyWorkbook(now);
  for (const name of names) {
    const r = createPitch(doc, { name, audience: 'recruiter' }, now);
    if (!r.ok) throw new Error(r.error);
    doc = r.doc;
  }
  return doc;
}

describe('creating versions', () => {
  it('starts the first part of a new version from About you, and nothing else', () => {
    const doc = emptyWorkbook(now);
    const about = {
      ...doc,
      profile: { ...doc.profile, firstName: 'Ana', year: 'second-year', fieldOfStudy: 'design' },
    };
    const r = createPitch(about, { name: 'Career fair', audience: 'recruiter' }, now);
    if (!r.ok) throw new Error(r.error);
    expect(r.doc.pitches[0]).toMatchObject({
      now: 'Hi, I’m Ana. I’m a second-year design student.',
      past: '',
      ask: '',
    });
  });

  it('adds an empty version with a cleaned name, the audience and the time', () => {
    const r = createPitch(emptyWorkbook(now), { name: '  Career   fair ', audience: 'recruiter' }, now);
    if (!r.ok) throw new Error(r.error);
    expect(r.doc.pitches).toEqual([
      {
        id: r.id,
        name: 'Career fair',
        audience: 'recruiter',
        now: '',
        past: '',
        future: '',
        ask: '',
        updatedAt: '2026-11-25T10:00:00.000Z',
      },
    ]);
    expect(r.id).toMatch(/^pi_[a-z0-9]{14}$/);
  });

  it('refuses an empty name with a message', () => {
    expect(createPitch(emptyWorkbook(now), { name: ' \n ', audience: 'own' }, now)).toEqual({
      ok: false,
      error: 'Enter a name for this version, for example “Career fair”.',
    });
  });

  it('refuses a name already used, ignoring case and spaces', () => {
    const r = createPitch(withVersions('Career fair'), { name: 'career  FAIR', audience: 'alumnus' }, now);
    expect(r).toEqual({
      ok: false,
      error: 'You already have a version called “Career fair”. Choose a different name.',
    });
  });

  it('refuses a name longer than the limit', () => {
    expect(versionNameProblem(emptyWorkbook(now), 'x'.repeat(MAX_NAME + 1))).toContain('at most 200 characters');
    expect(versionNameProblem(emptyWorkbook(now), 'x'.repeat(MAX_NAME))).toBeUndefined();
  });

  it('offers the four audiences and suggests a free name for each', () => {
    expect(PITCH_AUDIENCES).toEqual(['recruiter', 'alumnus', 'family-friend', 'own']);
    const doc = withVersions('Career fair', 'Career fair 2');
    expect(suggestName(doc, 'recruiter', SUGGESTED_NAMES)).toBe('Career fair 3');
    expect(suggestName(doc, 'alumnus', SUGGESTED_NAMES)).toBe('Graduate of my school');
    expect(suggestName(doc, 'family-friend', SUGGESTED_NAMES)).toBe('Family friend');
    expect(suggestName(doc, 'own', SUGGESTED_NAMES)).toBe('My pitch');
  });
});

describe('changing versions', () => {
  it('duplicates a version with its text, right after it, as "(copy)"', () => {
    let doc = withVersions('Career fair', 'Alumni');
    const first = doc.pitches[0]?.id ?? '';
    doc = updatePitch(doc, first, { now: 'I am Ana.', ask: 'What do you look for?' }, now);
    const r = duplicatePitch(doc, first, later);
    if (!r.ok) throw new Error(r.error);
    expect(r.doc.pitches.map((p) => p.name)).toEqual(['Career fair', 'Career fair (copy)', 'Alumni']);
    expect(r.doc.pitches[1]).toMatchObject({
      id: r.id,
      now: 'I am Ana.',
      ask: 'What do you look for?',
      audience: 'recruiter',
    });
    expect(r.id).not.toBe(first);
    const again = duplicatePitch(r.doc, first, later);
    expect(again.ok && again.doc.pitches.map((p) => p.name)).toContain('Career fair (copy) 2');
  });

  it('keeps a duplicate of a very long name within the limit', () => {
    const doc = withVersions('n'.repeat(MAX_NAME));
    const r = duplicatePitch(doc, doc.pitches[0]?.id ?? '', now);
    expect(r.ok && (r.doc.pitches[1]?.name.length ?? 0) <= MAX_NAME).toBe(true);
    expect(r.ok && r.doc.pitches[1]?.name.endsWith(' (copy)')).toBe(true);
  });

  it('renames a version, but not to an empty name or one in use', () => {
    const doc = withVersions('Career fair', 'Alumni');
    const id = doc.pitches[0]?.id ?? '';
    const r = renamePitch(doc, id, ' Job fair ', later);
    expect(r.ok && r.doc.pitches[0]).toMatchObject({ name: 'Job fair', updatedAt: later.toISOString() });
    expect(renamePitch(doc, id, '', later)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Enter a name'),
    });
    expect(renamePitch(doc, id, 'ALUMNI', later)).toMatchObject({
      ok: false,
      error: expect.stringContaining('already'),
    });
    expect(renamePitch(doc, id, 'career FAIR', later).ok).toBe(true);
    expect(renamePitch(doc, 'pi_gone', 'X', later).ok).toBe(false);
  });

  it('updates the text of one version only and stamps the time', () => {
    const doc = withVersions('A', 'B');
    const id = doc.pitches[1]?.id ?? '';
    const next = updatePitch(doc, id, { past: 'I tutored math.' }, later);
    expect(next.pitches[1]).toMatchObject({ past: 'I tutored math.', updatedAt: later.toISOString() });
    expect(next.pitches[0]).toBe(doc.pitches[0]);
    expect(updatePitch(doc, 'pi_gone', { past: 'x' }, later)).toBe(doc);
  });
});

describe('deleting and restoring', () => {
  it('deletes a version and restores it in its place', () => {
    const doc = withVersions('A', 'B', 'C');
    const id = doc.pitches[1]?.id ?? '';
    const { doc: after, removed } = deletePitch(doc, id);
    expect(after.pitches.map((p) => p.name)).toEqual(['A', 'C']);
    expect(removed?.index).toBe(1);
    if (!removed) throw new Error('nothing removed');
    expect(restorePitch(after, removed).pitches).toEqual(doc.pitches);
    expect(restorePitch(doc, removed)).toBe(doc);
    expect(deletePitch(doc, 'pi_gone')).toEqual({ doc });
  });

  it('gives a restored version a number if its name was taken meanwhile', () => {
    const doc = withVersions('A');
    const { doc: after, removed } = deletePitch(doc, doc.pitches[0]?.id ?? '');
    const r = createPitch(after, { name: 'A', audience: 'own' }, now);
    if (!r.ok || !removed) throw new Error('setup failed');
    expect(restorePitch(r.doc, removed).pitches.map((p) => p.name)).toEqual(['A 2', 'A']);
  });

  it('chooses the next version to show after a delete', () => {
    const doc = withVersions('A', 'C');
    expect(neighbourAfterDelete(doc, 1)).toBe(doc.pitches[1]?.id);
    expect(neighbourAfterDelete(doc, 2)).toBe(doc.pitches[1]?.id);
    expect(neighbourAfterDelete(emptyWorkbook(now), 0)).toBeUndefined();
  });
});
