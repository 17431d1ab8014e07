import { type Component, createSignal, onCleanup, onMount, Show } from 'solid-js';
import type SharedContentType from './SharedContent';

/**
 * The page an advisor opens from a shared link. The summary is in the address after "#" (which
 * browsers never send): the code that reads it is fetched only once there is one.
 */
export default function SharedPage(props: { siteName: string }) {
  const [fragment, setFragment] = createSignal<string>();
  const [content, setContent] = createSignal<Component<{ fragment: string; siteName: string }>>();
  const read = () => {
    setFragment(window.location.hash.length > 1 ? window.location.hash : '');
    if (fragment() && !content())
      void import('./SharedContent').then((m) => setContent(() => m.default as typeof SharedContentType));
  };
  onMount(() => {
    read();
    window.addEventListener('hashchange', read);
    onCleanup(() => window.removeEventListener('hashchange', read));
  });
  return (
    <div class="shared-page">
      <Show when={fragment() !== undefined} fallback={<p>Opening the shared workbook…</p>}>
        <Show
          when={fragment()}
          fallback={
            <div class="notice">
              <p>
                This page shows what a student chose to share with you from their workbook. Open the link the student
                sent you, and it appears here.
              </p>
            </div>
          }
        >
          {(hash) => (
            <Show when={content()} fallback={<p>Opening the shared workbook…</p>}>
              {(Content) => (
                <Show when={hash()} keyed>
                  {(key) => {
                    const View = Content();
                    return <View fragment={key} siteName={props.siteName} />;
                  }}
                </Show>
              )}
            </Show>
          )}
        </Show>
      </Show>
    </div>
  );
}
