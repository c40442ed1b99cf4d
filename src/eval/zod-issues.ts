/** Readable lines for a failed zod parse: the field's path, what is wrong in words, at most a screenful. */
import type { z } from 'zod';

/** A path such as `articles[3].troop_claims[0].value_min`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(the file)';
}

/** One line per problem, `max` at most; `label` may add a hint after the path (such as an article id). */
export function describeIssues(
  error: z.ZodError,
  max: number,
  label: (path: readonly PropertyKey[]) => string = () => '',
): string[] {
  const lines = error.issues.map((issue) => {
    // zod words a missing field as "expected number, received undefined"
    const message = issue.message.replace(
      /^Invalid input: expected (.+), received undefined$/,
      'is missing (expected $1)',
    );
    return `${fieldPath(issue.path)}${label(issue.path)}: ${message}`;
  });
  return lines.length <= max ? lines : [...lines.slice(0, max), `... and ${lines.length - max} more`];
}
