import { Show } from 'solid-js';

/** Props of FlowActions: the main action with its words while busy, any problem in words, and Close. */
export interface FlowActionsProps {
  label: string;
  busyLabel: string;
  busy: boolean;
  problem: string | undefined;
  onAction: () => void;
  onClose: () => void;
}

/** The end of a share or move panel: the problem, if any, as an alert, then the main action and Close. */
export function FlowActions(props: FlowActionsProps) {
  return (
    <>
      <Show when={props.problem}>
        <p class="error-message" role="alert">
          {props.problem}
        </p>
      </Show>
      <div class="button-row">
        <button type="button" class="button" disabled={props.busy} onClick={() => props.onAction()}>
          {props.busy ? props.busyLabel : props.label}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </>
  );
}
