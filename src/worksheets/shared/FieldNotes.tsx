// What a labelled field says only now and then: that text typed before the saved answer loaded was
// kept, and that the field is full. Fetched by Field.tsx the first time a field needs one, so the
// code of every worksheet's fields stays small.
import { onMount, Show } from 'solid-js';
import { groupDigits } from '../../lib/group-digits';
import { announce } from '../../scripts/announce';

/** Said next to a field that kept both its saved answer and the text typed before it loaded. */
const KEPT_BOTH = 'You typed this before your saved answer loaded. We kept both: check and tidy the text.';

/** Said when the saved answer was kept and the text typed early is offered instead. */
const EARLY_CHOICE = 'Your saved answer loaded after you started typing, so we kept it. You typed:';

/** Props of the note on text typed before the saved answer loaded. */
export interface EarlyNoteProps {
  /** The field's id: the note's id is `<id>-kept`, which the field's description names. */
  id: string;
  /** The text typed early, when it is offered instead of the saved answer (else both were kept). */
  offered: string | undefined;
  /** Puts the offered text in the field. */
  onUse: (typed: string) => void;
}

/** The note on text typed before the saved answer loaded, said aloud when it first shows. */
export function EarlyNote(props: EarlyNoteProps) {
  onMount(() => announce(props.offered === undefined ? KEPT_BOTH : `${EARLY_CHOICE} ${props.offered}`));
  return (
    <div class="notice kept-early no-print" id={`${props.id}-kept`}>
      <Show when={props.offered} fallback={<p>{KEPT_BOTH}</p>}>
        {(typed) => (
          <>
            <p>
              {EARLY_CHOICE} <q class="kept-typed">{typed()}</q>
            </p>
            <button type="button" class="button secondary" onClick={() => props.onUse(typed())}>
              Use what I typed instead
            </button>
          </>
        )}
      </Show>
    </div>
  );
}

/** Said under a field whose text reached its limit. */
export function LimitNote(props: { id: string; maxLength: number }) {
  return (
    <p class="limit-message" id={`${props.id}-limit`}>
      You have reached the limit of {groupDigits(props.maxLength)} characters. Anything longer is not kept.
    </p>
  );
}
