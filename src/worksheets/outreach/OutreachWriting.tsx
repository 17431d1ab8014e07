import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { updateWorkbook } from '../../workbook/client';
import { MAX_NAME } from '../../workbook/model';
import { changesOnDemand } from '../shared/changes-on-demand';
import { useChosenContact } from '../shared/chosen-contact';
import { Field } from '../shared/Field';
import { FormattedField } from '../shared/FormattedField';
import { LongAnswer } from '../shared/LongAnswer';
import { LoadProblem } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import { draftFor, updateDraft } from './drafts';
import type { MessageText } from './message-body';
import { PARTS } from './parts';

/** Saving the person's email address, fetched when the email field is first reached. */
const emailSaving = changesOnDemand(() => import('./email-address'));

/**
 * Step 5 worksheet, second of its islands (OutreachWorksheet.astro): the person's email
 * address, and the message's subject and parts being written. Each change is saved in the person's draft. With
 * no one on the list yet, the frame's lines to write on print instead (OutreachWorksheet.astro).
 */
export default function OutreachWriting() {
  const doc = useWorkbookData();
  const contact = useChosenContact();
  const name = () => contact()?.name ?? '';
  const draft = createMemo(() => {
    const c = contact();
    return c ? draftFor(doc(), c.id) : undefined;
  });
  // Each part as a memo: the draft is plain data, a new object at each change, and a field is
  // written again only when its own text changes (never while the student types in another one).
  const part = (key: keyof MessageText) => createMemo(() => draft()?.[key] ?? '');
  const subject = part('subject');

  // The email field keeps what is typed; it is saved on the contact only when it is a usable address or empty.
  const [emailError, setEmailError] = createSignal<string>();
  // Another person was chosen: close what belonged to the previous one.
  createEffect(
    on(
      () => contact()?.id,
      () => setEmailError(undefined),
      { defer: true },
    ),
  );

  const saveEmail = (email: string) => {
    const c = contact();
    if (c)
      emailSaving.use(({ saveEmailAddress }) => updateWorkbook((d) => saveEmailAddress(d, c.id, email, new Date())));
  };

  const save = (patch: Partial<MessageText>) => {
    const c = contact();
    if (c) updateWorkbook((d) => updateDraft(d, c.id, patch, new Date()));
  };

  return (
    <div class="or-writing">
      <Show when={contact()}>
        <FormattedField
          id="or-email"
          format="email"
          class="no-print"
          label={`Email address of ${name()}`}
          optional
          hint="Saved with this person, for the mail app link."
          value={contact()?.email ?? ''}
          error={emailError()}
          onError={setEmailError}
          maxLength={MAX_NAME}
          autocomplete="off"
          onValue={saveEmail}
          // Its change is fetched as the field is reached, so the first address typed is saved at once.
          ref={(el) => el.addEventListener('focus', () => emailSaving.use(() => {}), { once: true })}
        />
        <Show when={emailSaving.failed()}>
          <LoadProblem what="part that saves the email address" />
        </Show>
        <fieldset class="or-parts">
          <legend>Your message to {name()}</legend>
          <Field
            id="or-subject"
            label="Subject line"
            hint="Say why you are writing. For example: “Riverside design student asking for your advice”."
            value={subject()}
            maxLength={MAX_NAME}
            onValue={(subject) => save({ subject })}
          />
          <For each={PARTS}>
            {(p) => {
              const value = part(p.key);
              return (
                <LongAnswer
                  id={`or-${p.key}`}
                  label={p.label}
                  hint={p.hint}
                  optional={p.optional}
                  rows={2}
                  value={value()}
                  onValue={(v) => save({ [p.key]: v })}
                  printLines={2}
                />
              );
            }}
          </For>
        </fieldset>
      </Show>
    </div>
  );
}
