/**
 * `npx tsx bench/profile-summary.ts file.cpuprofile [--top 30]`: where a Chromium CPU profile's time went, by
 * function (self time) and by script, for reading `bench/compare.ts --profile` output without DevTools.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, inclusive: { type: 'string', default: '' } },
});
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    const script = url.split('/').pop() || '(native)';
    const key = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    total += ms;
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${k}`);
  const idle = [...byFunction].filter(([k]) => k.startsWith('(idle)')).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n${file}: ${total.toFixed(0)} ms sampled, ${(total - idle).toFixed(0)} ms busy`);
  console.log(top(byScript, 12).join('\n'));
  console.log('--');
  console.log(top(byFunction, Number(values.top)).join('\n'));
  // Inclusive time of the named functions (comma-separated): every sample with the function on its stack.
  const names = (values.inclusive ?? '').split(',').filter(Boolean);
  if (names.length === 0) continue;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>(names.map((n) => [n, 0]));
  profile.samples.forEach((id, i) => {
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      onStack.add(byId.get(at)!.callFrame.functionName);
    for (const name of names)
      if (onStack.has(name)) inclusive.set(name, inclusive.get(name)! + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log('-- inclusive');
  console.log(top(inclusive, names.length).join('\n'));
}
