/**
 * Results remembered per list of rows. The views' lists come from caches (the filter pass keeps one list per
 * filter, the search narrowing keeps its last), so a view that returns to a list it showed before (a search
 * cleared, a word retyped, a filter undone) gets the same list object back; with this it also finds what it
 * derived from it, instead of recomputing over tens of thousands of claims while the user waits.
 */

/**
 * `compute` remembered for each list: called again only when the other arguments (compared by identity) differ
 * from the last call with that list. The list must not change after it is made, as the views' lists never do.
 */
export function perList<L extends object, A extends readonly unknown[], R>(
  compute: (list: L, ...rest: A) => R,
): (list: L, ...rest: A) => R {
  const last = new WeakMap<L, { rest: A; value: R }>();
  return (list, ...rest) => {
    const hit = last.get(list);
    if (hit && hit.rest.length === rest.length && hit.rest.every((arg, i) => Object.is(arg, rest[i]))) {
      return hit.value;
    }
    const value = compute(list, ...rest);
    last.set(list, { rest, value });
    return value;
  };
}
