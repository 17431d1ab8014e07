import type { PrepQuestion } from '../../workbook/model';
import { type BankQuestion, bankQuestion } from '../question-bank';

/** The bank question behind a chosen question, if it came from the bank. */
export function bankOf(question: PrepQuestion): BankQuestion | undefined {
  return question.id.startsWith('bank-') ? bankQuestion(question.id.slice(5)) : undefined;
}
