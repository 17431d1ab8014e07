import { updateWorkbook } from '../../workbook/client';
import type { Workbook } from '../../workbook/model';
import { changesOnDemand } from '../shared/changes-on-demand';

/** The preparation's changes once fetched (ticks, the pitch, the date, adding, moving and removing questions). */
export type PrepChanges = typeof import('./prep-changes');

/** The preparation's changes, fetched at the student's first change in any of the worksheet's islands. */
export const prepChanges = changesOnDemand<PrepChanges>(() => import('./prep-changes'));

/** Applies a change to a contact's preparation once the changes are here, then runs `after`. */
export function changePrepOf(
  contactId: string | undefined,
  recipe: (changes: PrepChanges, d: Workbook, id: string) => Workbook,
  after?: () => void,
): void {
  if (!contactId) return;
  prepChanges.use((changes) => {
    updateWorkbook((d) => recipe(changes, d, contactId));
    after?.();
  });
}
