import { createMemo, For } from 'solid-js';
import { STATUS_LABELS } from '../../workbook/labels';
import { CONTACT_STATUSES } from '../../workbook/model';
import { statusCounts } from '../shared/follow-up/status-counts';
import { ALL } from '../shared/follow-up/tracker-links';
import { trackerPath } from '../shared/follow-up/tracker-path';
import { useWorkbookData } from '../shared/use-workbook';
import { WhoIntroducedWhom } from './WhoIntroducedWhom';

/**
 * Step 7 worksheet, the contacts by status, each a link to the tracker showing them, then who
 * introduced whom. An island of its own (see Dashboard.tsx); the two are one island so that the
 * list of introductions, which loads on demand, is fetched when the table comes into view, before
 * the list is reached: it does not push the page down while the student reads it.
 */
export default function DashboardStatus() {
  const doc = useWorkbookData();
  const counts = createMemo(() => statusCounts(doc().contacts));
  return (
    <>
      <h4 id="db-status-title">Your contacts by status</h4>
      {/* The table is drawn even with no one (all zeros) and the line under it keeps its room, so
          the parts below do not move when saved answers load. */}
      <p class="hint db-status-hint">
        {doc().contacts.length
          ? 'Choose a status to see those people in your contact tracker.'
          : 'No one on your list yet. Start with your network map in step 1.'}
      </p>
      <div class="db-table">
        <table class="db-status-table" aria-labelledby="db-status-title">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col" class="db-num">
                People
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={CONTACT_STATUSES}>
              {(s) => (
                <tr>
                  <th scope="row">
                    <a href={trackerPath(s)}>
                      {STATUS_LABELS[s]}
                      <span class="sr-only"> (show them in the tracker)</span>
                    </a>
                  </th>
                  <td class="db-num">{counts()[s]}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                <a href={trackerPath(ALL)}>
                  Everyone<span class="sr-only"> (show them in the tracker)</span>
                </a>
              </th>
              <td class="db-num">{doc().contacts.length}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <WhoIntroducedWhom contacts={doc().contacts} />
    </>
  );
}
