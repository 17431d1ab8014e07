/** Said, as an alert, when a part that loads on demand (an editor, a form) could not be fetched. */
export function LoadProblem(props: { what: string }) {
  return (
    <p class="error-message" role="alert">
      The {props.what} could not be loaded. Check your connection, then reload the page.
    </p>
  );
}
