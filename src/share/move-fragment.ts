// Told apart without loading anything else: My workbook checks its address with this at start.

/** True when the part after "#" of an address is a moved workbook (so My workbook offers to open it). */
export function isMoveFragment(fragment: string): boolean {
  return /^#?m\d+\./.test(fragment);
}
