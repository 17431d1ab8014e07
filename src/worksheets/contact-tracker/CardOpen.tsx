import { type Accessor, createMemo, Show } from 'solid-js';
import type { Day } from '../../lib/days';
import { announce } from '../../scripts/announce';
import { STATUS_LABELS } from '../../workbook/labels';
import type { Contact, Workbook } from '../../workbook/model';
import { LoadProblem, onDemand } from '../shared/on-demand';
import { CardDetails } from './CardDetails';
import { fetchChanges, withChanges } from './tracker-state';

/** A person's editor (its dates, the contact fields and their checks), fetched when a card first opens. */
const contactEditor = onDemand(() => import('./ContactEditor').then((m) => m.ContactEditor));

/** Props of an opened card in the list. */
export interface CardOpenProps {
  person: Accessor<Contact>;
  /** The workbook as the list reads it: the person's circle and the other people. */
  workbook: Accessor<Workbook>;
  today: Day;
  editing: boolean;
  /** Opens (true) or closes (false) the editor; one person's editor is open at a time. */
  onEditing: (open: boolean) => void;
}

/**
 * An opened card in the list: its details, whose quick buttons save the next contact date, and the
 * editor when asked for. Loaded when a card first opens; it starts fetching the editor and the
 * tracker's saving, a step before the student needs them.
 */
export function CardOpen(props: CardOpenProps) {
  contactEditor();
  fetchChanges();
  const circleName = () =>
    props.workbook().circles.find((c) => c.id === props.person().circleId)?.name ?? 'Not in a circle';
  // Closing the editor (its "Done" or the button that opened it) puts focus back on that button.
  const closeEditor = () => {
    props.onEditing(false);
    queueMicrotask(() => document.getElementById(`ct-${props.person().id}-edit`)?.focus());
  };
  const update = (patch: Partial<Contact>, then?: () => void) =>
    withChanges((m) => {
      m.saveContact(props.person().id, patch, new Date());
      then?.();
    }, announce);
  return (
    <CardDetails
      person={props.person}
      circleName={circleName()}
      today={props.today}
      editing={props.editing}
      onEdit={() => (props.editing ? closeEditor() : props.onEditing(true))}
      onNext={(date, said) => update({ nextContactAt: date }, () => announce(said))}
    >
      <Show when={props.editing}>
        <Show
          when={contactEditor()}
          fallback={
            <Show when={contactEditor.failed()}>
              <LoadProblem what="editor" />
            </Show>
          }
        >
          {(loaded) => {
            const ContactEditor = loaded();
            // The other people, for the editor's "Introduced by" menu: the same list (so the menu
            // is not drawn again) until a name or a person changes.
            const others = createMemo(
              () =>
                props
                  .workbook()
                  .contacts.filter((c) => c.id !== props.person().id)
                  .map((c) => ({ id: c.id, name: c.name })),
              undefined,
              {
                equals: (a, b) =>
                  a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.name === b[i]?.name),
              },
            );
            return (
              <ContactEditor
                person={props.person()}
                others={others}
                today={props.today}
                onChange={(patch) => update(patch)}
                onStatus={(s, patch) => {
                  update(patch, () => announce(`${props.person().name}: ${STATUS_LABELS[s]}.`));
                }}
                onDone={closeEditor}
              />
            );
          }}
        </Show>
      </Show>
    </CardDetails>
  );
}
