// The changes step 3's organizations make to the workbook: adding (one name, or each line of the
// notes), changing, removing with undo (and the undoable remove the list keeps), and the notes
// themselves. Fetched by the organizations' islands (GoalsOrgAdd, GoalsOrganizations, GoalsOrgNotes)
// at the student's first change or when one of their fields is first reached, apart from the orders
// and words the list shows.
import { orgListOf } from '../../workbook/goal-parts';
import { newId } from '../../workbook/ids';
import { cleanName, MAX_NAME, type Organization, type Workbook } from '../../workbook/model';
import { entityListChanges } from '../shared/entity-list';
import { namesFromNotes } from './org-notes';

export { createUndoableRemove } from '../shared/undoable-remove';
export { setGoalText } from './goal-answers';

/** The organization on the list with the same name (case and extra spaces ignored), if there is one. */
function sameName(list: readonly Organization[], name: string): Organization | undefined {
  const key = cleanName(name).toLocaleLowerCase();
  return list.find((org) => cleanName(org.name).toLocaleLowerCase() === key);
}

/** The workbook with the list of organizations replaced. */
function withList(doc: Workbook, orgList: Organization[]): Workbook {
  return { ...doc, goals: { ...doc.goals, orgList } };
}

/** An organization with only its name. */
function newOrganization(name: string): Organization {
  return { id: newId('o'), name, alumni: false, advocacy: false, motivation: 0, posting: false };
}

/** The result of adding an organization: the new workbook and its id, or a message in words. */
export type AddResult = { ok: true; doc: Workbook; id: string } | { ok: false; error: string };

/** Adds an organization at the end of the list; refuses an empty name, a name too long and a name already there. */
export function addOrganization(doc: Workbook, name: string): AddResult {
  const clean = cleanName(name);
  if (!clean)
    return { ok: false, error: 'Enter the name of an organization, for example a company, agency or school.' };
  if (clean.length > MAX_NAME)
    return { ok: false, error: `Names can be at most ${MAX_NAME} characters. Shorten this one.` };
  const list = orgListOf(doc.goals);
  const same = sameName(list, clean);
  if (same) return { ok: false, error: `${same.name} is already on your list.` };
  const org = newOrganization(clean);
  return { ok: true, doc: withList(doc, [...list, org]), id: org.id };
}

/**
 * Adds each line of the notes on organizations to the list, one organization a line or between semicolons (names already
 * there and lines too long for a name are left out). The notes themselves stay as they are.
 */
export function addNotesAsRows(doc: Workbook): { doc: Workbook; added: number; tooLong: number } {
  const list = orgListOf(doc.goals);
  const { names, tooLong } = namesFromNotes(doc.goals.organizations, list);
  if (names.length === 0) return { doc, added: 0, tooLong };
  return { doc: withList(doc, [...list, ...names.map(newOrganization)]), added: names.length, tooLong };
}

/** The changes of one organization: fields, removal (with what "Undo" needs) and putting it back. */
const organizationChanges = entityListChanges<Organization>((doc) => orgListOf(doc.goals), withList);

/** Changes parts of one organization (the same workbook when nothing changes or it is gone). */
export const updateOrganization = organizationChanges.update;

/** Removes one organization; `removed` lets "Undo" put it back where it was. */
export const removeOrganization = organizationChanges.remove;

/** Puts a removed organization back where it was. */
export const restoreOrganization = organizationChanges.restore;
