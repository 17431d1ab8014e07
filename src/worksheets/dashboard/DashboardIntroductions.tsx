import { Show } from 'solid-js';
import { LoadStatus, onDemand } from '../shared/on-demand';
import { useWorkbookData } from '../shared/use-workbook';
import { hasIntroductions } from './has-introductions';

/**
 * Step 7 worksheet, who introduced whom. An island of its own (see Dashboard.tsx); the list itself
 * (Introductions.tsx) loads only for a student who has recorded an introduction.
 */
export default function DashboardIntroductions() {
  const doc = useWorkbookData();
  const introductions = onDemand(() => import('./Introductions').then((m) => m.Introductions));
  return (
    <>
      <h4 id="db-tree-title">Who introduced whom</h4>
      <Show
        when={hasIntroductions(doc().contacts)}
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
            return <Introductions contacts={doc().contacts} />;
          }}
        </Show>
      </Show>
    </>
  );
}
