import { createSignal, Show } from 'solid-js';
import { LoadStatus, onDemand } from '../on-demand';
import { useWorkbookData } from '../use-workbook';
import { senderName } from './sender';

/** Props of the "About you" line: the ids' prefix, and its words before and after a name is filled in. */
export interface AboutYouPartProps {
  /** Prefix of the form's ids, unique on the page. */
  id: string;
  /** Said before the student's name: "Signed as" where messages are written. */
  named: string;
  /** Said while no name is filled in: what About you is for here. */
  empty: string;
}

/**
 * The line that stands for "About you" on a worksheet ("Signed as Ana Souza · Change", or what it
 * is for while no name is filled in), opening the form in place. The form's code is fetched when
 * it is first opened.
 */
export function AboutYouPart(props: AboutYouPartProps) {
  const data = useWorkbookData();
  const [open, setOpen] = createSignal(false);
  const form = onDemand(() => import('./AboutYouForm').then((m) => m.default));
  const Form = () => (open() ? form() : undefined);
  return (
    <details class="about-you-part no-print" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Show when={senderName(data().profile)} fallback={props.empty}>
          {(name) => (
            <>
              {props.named} {name()}
              <span class="ay-change"> · Change</span>
            </>
          )}
        </Show>
      </summary>
      <Show when={Form()} keyed fallback={<LoadStatus what="form" failed={form.failed()} />}>
        {(AboutYouForm) => <AboutYouForm id={props.id} />}
      </Show>
    </details>
  );
}
