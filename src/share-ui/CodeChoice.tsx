import { createSignal, Show } from 'solid-js';
import { makeCode, ownCodeProblem, tidyCode } from '../share/code-words';
import { CodeInput } from './CodeInput';

/** The code in use: the words the site made, or the student's own code and what is wrong with it. */
export interface CodeState {
  code: string;
  problem?: string;
}

/**
 * The code that locks a link or file: four words the site makes (new ones on request), or the
 * student's own. `onChange` gets the code to use and, for an own code, what is wrong with it.
 */
export function CodeChoice(props: { id: string; onChange: (state: CodeState) => void; showErrors: boolean }) {
  const [words, setWords] = createSignal(makeCode());
  const [own, setOwn] = createSignal(false);
  const [typed, setTyped] = createSignal('');
  const report = () =>
    props.onChange(own() ? { code: tidyCode(typed()), problem: ownCodeProblem(typed()) } : { code: words() });
  report();
  return (
    <div class="code-choice">
      <Show
        when={own()}
        fallback={
          <>
            <p>
              Your code: <strong class="code-words">{words()}</strong>
            </p>
            <div class="button-row">
              <button
                type="button"
                class="small-button"
                onClick={() => {
                  setWords(makeCode());
                  report();
                }}
              >
                Make new words
              </button>
              <button
                type="button"
                class="small-button"
                onClick={() => {
                  setOwn(true);
                  report();
                  document.getElementById(`${props.id}-own`)?.focus();
                }}
              >
                Choose my own code
              </button>
            </div>
          </>
        }
      >
        <CodeInput
          id={`${props.id}-own`}
          label="Your own code"
          hint="At least 12 letters. Several words you will remember are best."
          value={typed()}
          error={props.showErrors ? ownCodeProblem(typed()) : undefined}
          onValue={(value) => {
            setTyped(value);
            report();
          }}
        />
        <button
          type="button"
          class="small-button"
          onClick={() => {
            setOwn(false);
            report();
          }}
        >
          Use the words the site made
        </button>
      </Show>
    </div>
  );
}
