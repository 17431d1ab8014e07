import { Show } from 'solid-js';
import type { Contact } from '../../workbook/model';
import { LoadStatus, onDemand } from '../shared/on-demand';
import { hasIntroductions } from './has-introductions';

/**
 * Step 7 worksheet, who introduced whom, the last section of the contacts' island (DashboardStatus.tsx).
 * The list itself (Introductions.tsx) loads only for a student who has recorded an introduction.
 */
export function WhoIntroducedWhom(props: { contacts: readonly Contact[] }) {
  const introductions = onDemand(() => import('./Introductions').then((m) => m.Introductions));
  return (
    <>
      <h4 id="db-tree-title">Who introduced whom</h4>
      <Show
        when={hasIntroductions(props.contacts)}
        fallback={
          <p class="empty-hint">
            No introductions recorded yet. When someone introduces you to a person, choose "Introduced by" for that
            person in the contact tracker.
          </p>
        }
      >
        <Show
          when={introductions()}
          fallback={<LoadStatus what="list of introductions" failed={introductions.failed()} />}
        >
          {(loaded) => {
            const Introductions = loaded();
            return <Introductions contacts={props.contacts} />;
          }}
        </Show>
      </Show>
    </>
  );
}
