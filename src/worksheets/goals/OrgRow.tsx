import { For } from 'solid-js';
import { MAX_NAME, type Organization, type Rating } from '../../workbook/model';
import { Field } from '../shared/Field';
import { ratingWord } from '../shared/priorities/rating-words';
import { ORG_CHECKS, orgLabel } from './org-words';

/** The choices of interest, "Not rated yet" first. */
const INTEREST_CHOICES: readonly Rating[] = [0, 1, 2, 3];

/** Props of one organization on the ranked list. */
export interface OrgRowProps {
  org: Organization;
  /** Its place as shown, from 1. */
  number: number;
  onChange: (patch: Partial<Omit<Organization, 'id'>>) => void;
  onRemove: () => void;
}

/** Short words on each yes-or-no box of a row (the hint above the list says them in full). */
const SHORT: Readonly<Record<(typeof ORG_CHECKS)[number]['key'], string>> = {
  alumni: 'Alumni there',
  advocacy: 'Someone to speak up',
  posting: 'Hiring now',
};

/** One organization: its name, the three yes-or-no questions, the interest rating and a remove button. */
export function OrgRow(props: OrgRowProps) {
  const id = (part: string) => `goals-o-${props.org.id}-${part}`;
  // Every control names the organization for screen readers, so 40 rows never read the same.
  const whose = () => <span class="sr-only"> ({orgLabel(props.org)})</span>;
  return (
    <li class="org-row">
      <Field
        id={id('name')}
        class="org-name"
        label={
          <>
            Name<span class="sr-only"> of organization {props.number}</span>
          </>
        }
        value={props.org.name}
        maxLength={MAX_NAME}
        onValue={(name) => props.onChange({ name })}
      />
      <div class="org-answers">
        <For each={ORG_CHECKS}>
          {(check) => (
            <div class="choice">
              <input
                type="checkbox"
                id={id(check.key)}
                checked={props.org[check.key]}
                onChange={(e) => props.onChange({ [check.key]: e.currentTarget.checked })}
              />
              <label for={id(check.key)}>
                {SHORT[check.key]}
                {whose()}
              </label>
            </div>
          )}
        </For>
        <div class="org-interest">
          <label for={id('interest')}>Interest{whose()}</label>
          <select
            id={id('interest')}
            onChange={(e) => props.onChange({ motivation: Number(e.currentTarget.value) as Rating })}
          >
            <For each={INTEREST_CHOICES}>
              {(value) => (
                <option value={String(value)} selected={props.org.motivation === value}>
                  {value === 0 ? ratingWord(0) : `${value} ${ratingWord(value)}`}
                </option>
              )}
            </For>
          </select>
        </div>
        <button type="button" class="small-button danger" onClick={() => props.onRemove()}>
          Remove<span class="sr-only"> {orgLabel(props.org)}</span>
        </button>
      </div>
    </li>
  );
}
