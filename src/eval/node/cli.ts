/**
 * `npm run eval -- (--in DIR | --dataset FILE) --gold FILE`: scores the pipeline against a gold annotation and
 * prints the report. Exit 0 when a report was printed; 1 with a reason when a file cannot be read or is not
 * valid; 2 for a wrong command line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS } from '../../pipeline/node/io';
import { evaluate } from '../evaluate';
import { reportLines } from '../report';
import type { ScoredDataset } from '../scored-dataset';
import { EvalError, ingestFolder, readDataset, readGold, reason } from './inputs';

const USAGE = `Usage: npm run eval -- (--in DIR | --dataset FILE) --gold FILE [--out DIR] [--reference DIR]

  --in DIR         ingest this folder of articles (as npm run ingest does) and score the result
  --dataset FILE   score a dataset.json written earlier; bodies are read from articles/ beside it
  --gold FILE      the annotation, in the dev set's per-article format (docs/evaluation.md)
  --out DIR        with --in: also write the ingested dataset here (default: kept in memory only)
  --reference DIR  with --in: actor, place and outlet tables; default data/reference
  --help           show this help

Gold article <id> is the input file <id>.txt (or .md, .html).
Files over ${DEFAULT_LIMITS.maxFileBytes / (1024 * 1024)} MB are rejected unread, as by npm run ingest.`;

interface Args {
  in: string | null;
  dataset: string | null;
  gold: string | null;
  out: string | null;
  reference: string;
  help: boolean;
}

/** Parses the command line; throws with a one-line reason on anything it does not understand. */
export function parseArgs(argv: string[]): Args {
  const args: Args = {
    in: null,
    dataset: null,
    gold: null,
    out: null,
    reference: 'data/reference',
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (['--in', '--dataset', '--gold', '--out', '--reference'].includes(flag)) {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new Error(`${flag} needs a path`);
      args[flag.slice(2) as 'in' | 'dataset' | 'gold' | 'out' | 'reference'] = value;
    } else throw new Error(`unknown option ${flag}`);
  }
  if (args.help) return args;
  if (!args.gold) throw new Error('--gold FILE is required');
  if ((args.in === null) === (args.dataset === null))
    throw new Error('give either --in DIR or --dataset FILE');
  if (args.out && !args.in) throw new Error('--out only goes with --in');
  return args;
}

/** Where the command writes: the process's streams, or a test's buffers. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const STDIO: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the command; returns the exit code. */
export async function main(argv: string[], io: Output = STDIO): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.err(`eval: ${reason(error)}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  try {
    const gold = await readGold(args.gold!);
    let dataset: ScoredDataset;
    let bodies: Map<string, string>;
    let source: string;
    if (args.in !== null) {
      const result = await ingestFolder({ ...args, in: args.in });
      const s = result.dataset.report.summary;
      dataset = result.dataset;
      bodies = new Map(result.bodies.map((b) => [b.id, b.text]));
      source = `${args.in} (files read ${s.read}: ok ${s.ok}, warning ${s.warning}, rejected ${s.rejected})`;
    } else {
      ({ dataset, bodies } = await readDataset(args.dataset!, gold));
      source = args.dataset!;
    }
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    const lines = [
      `Scored ${source} against ${args.gold}`,
      '',
      ...reportLines(evaluate(gold, dataset, bodies), actors),
    ];
    io.out(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    io.err(`${error instanceof EvalError ? error.message : `eval: ${reason(error)}`}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
