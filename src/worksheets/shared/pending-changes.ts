// A change the student made while the code that makes it was still on its way (it loads at the
// first click: changes-on-demand.ts, the tracker's changes, "Mark as sent"). Until the change is in
// the workbook, leaving the page asks first, as it does when saving fails: a change is never lost
// without a word because its code arrived a moment after the click.

let pending = 0;

/** Asks the browser to confirm leaving the page. */
function askFirst(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older browsers ask only when returnValue is set.
  event.returnValue = '';
}

/** Leaving the page asks first until `change` settles (the change made, or its failure said in words). */
export function holdWhile<T>(change: Promise<T>): Promise<T> {
  if (pending === 0) window.addEventListener('beforeunload', askFirst);
  pending += 1;
  const settled = () => {
    pending -= 1;
    if (pending === 0) window.removeEventListener('beforeunload', askFirst);
  };
  change.then(settled, settled);
  return change;
}
