/** Whether two lists hold the same items (by identity) in the same order: an equal newer list can give way to the older one, so what is memoised on it stays. */
export function sameItems(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
