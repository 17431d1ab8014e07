import { splitProps } from 'solid-js';
import { localDay } from '../../lib/local-day';
import { type DateRule, dateProblem, notADate } from './date-rule';
import { FormattedField, type FormattedFieldProps } from './FormattedField';

/** Props of a date field: those of a FormattedField, with the rule its date must keep (or its own `check`). */
export interface DateFieldProps extends Omit<FormattedFieldProps, 'format'> {
  /** What the date may be (required, not past, not future); without one (or a `check`), any whole date or nothing. */
  rule?: DateRule;
  /** Today, as the rule sees it (default: the student's local day now). */
  today?: () => string;
}

/**
 * A date field that saves only a whole date that keeps its rule (or nothing); anything else stays on
 * screen with the reason in words (see FormattedField and date-rule.ts).
 */
export function DateField(props: DateFieldProps) {
  const [own, field] = splitProps(props, ['rule', 'today', 'check', 'incomplete']);
  const today = () => own.today?.() ?? localDay(new Date());
  const check = (date: string) => {
    if (own.check) return own.check(date);
    return own.rule ? dateProblem(date, own.rule, today()) : undefined;
  };
  return (
    <FormattedField
      {...field}
      format="date"
      incomplete={own.incomplete ?? (own.rule ? notADate(own.rule) : undefined)}
      check={check}
    />
  );
}
