import { splitProps } from 'solid-js';
import { MAX_TEXT } from '../../workbook/model';
import { Field, type FieldProps } from './Field';
import { PrintText } from './PrintText';

/** Props of a long answer: those of a Field, with the blank lines printed when it is empty. */
export interface LongAnswerProps extends Omit<FieldProps, 'multiline' | 'class' | 'type'> {
  /** Lines to write on by hand when the answer is empty on paper (default 3). */
  printLines?: number;
}

/**
 * A text area for a long answer that prints as the text itself (a printed text area cuts long text
 * off), or as lines to write on when it is empty. Holds at most MAX_TEXT characters unless told.
 */
export function LongAnswer(props: LongAnswerProps) {
  const [own, field] = splitProps(props, ['printLines', 'maxLength']);
  return (
    <>
      <Field {...field} class="print-replaced" multiline maxLength={own.maxLength ?? MAX_TEXT} />
      <PrintText text={props.value} lines={own.printLines} />
    </>
  );
}
