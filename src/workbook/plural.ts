/** "1 contact", "2 contacts": a count followed by the singular or plural noun. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
