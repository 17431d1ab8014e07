import { onMount } from 'solid-js';
import { downloadBackup } from '../worksheets/shared/backup-download';

/**
 * When no recovery copy of the current workbook can be kept: says why, offers to download it
 * first, and replaces only when the student chooses to go on without a copy.
 */
export function NoRoomChoice(props: { message: string; goOn: string; onGoOn: () => void; onCancel: () => void }) {
  let box: HTMLDivElement | undefined;
  onMount(() => box?.focus());
  return (
    <div class="notice error" role="alert" tabindex="-1" ref={box}>
      <p>{props.message}</p>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={downloadBackup}>
          Download my current workbook
        </button>
        <button type="button" class="button secondary" onClick={() => props.onGoOn()}>
          {props.goOn}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
