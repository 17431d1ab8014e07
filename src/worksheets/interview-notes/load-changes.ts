import { changesOnDemand } from '../shared/changes-on-demand';

/** The notes' changes once fetched (saving, next steps, people suggested). */
export type Changes = typeof import('./changes');

/** The notes' changes, fetched at the student's first change of that kind. */
export const noteChanges = changesOnDemand<Changes>(() => import('./changes'));
