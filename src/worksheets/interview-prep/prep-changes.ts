// Everything the preparation changes after a click, a tick or Enter, in one module so that it is one
// fetch (load-changes.ts): the changes of shared/prep-changes.ts, and the sample set of questions.
// Named as that file, so its chunk keeps the name prep-changes.

import type { Workbook } from '../../workbook/model';
import { bankQuestion, SAMPLE_SET } from '../question-bank';
import { addBankQuestions } from '../shared/prep-changes';

export * from '../shared/prep-changes';

/** Adds the sample set of bank questions to a contact's list, skipping those already chosen. */
export function addSampleSet(doc: Workbook, contactId: string): Workbook {
  return addBankQuestions(
    doc,
    contactId,
    SAMPLE_SET.flatMap((id) => bankQuestion(id) ?? []),
  );
}
