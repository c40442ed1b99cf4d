/**
 * Builds the hostile corpus of issue 4 in a temporary folder: every kind of bad input beside good files.
 * Returns the folder and what each file should become in the report.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GOOD = `Russian forces gathered again near Kharkiv, Ukrainian officials said.

Some 100,000 Russian troops are now deployed near Ukraine's borders, according to US officials.

Talks between Moscow and Washington are expected to continue next week in Geneva.`;

const TOPICS = [
  'Fishing boats stayed in port at Odesa as naval drills closed the western Black Sea to shipping.',
  'Farmers near Sumy said grain prices had doubled since the autumn and fuel was hard to find.',
  'A choir in Lviv sang the national anthem in the main square to mark the day of unity.',
  'Rail freight through Chernihiv was rerouted after engineers inspected two ageing bridges.',
  'Hospitals in Dnipro ran blood-donation drives and stocked up on medicines over the weekend.',
  'Students in Poltava held a debate on the Minsk agreements and their prospects.',
];

/** A short, distinct article (so that encoding variants are not merged as duplicates of each other). */
const story = (n: number) => `${TOPICS[n % TOPICS.length]}\n\n${TOPICS[(n + 3) % TOPICS.length]}\n\n${GOOD}`;

/** What a file of the hostile corpus should get in the report. */
export type Expected = 'ok' | 'warning' | 'rejected';

/** Writes the corpus into a fresh temporary folder. */
export function buildHostileCorpus(): { dir: string; expected: Map<string, Expected> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-hostile-'));
  const expected = new Map<string, Expected>();
  const put = (name: string, content: string | Uint8Array, status: Expected) => {
    writeFileSync(path.join(dir, name), content);
    expected.set(name, status);
  };
  put('good.txt', ` date 2022-02-15 ${GOOD}`, 'ok');
  put('empty.txt', '', 'rejected');
  put('blank.txt', '  \n\t\n  ', 'rejected');
  put(
    'photo.txt',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
    'rejected',
  );
  put(
    'latin1.txt',
    Buffer.from(`Caf\u00e9 owners in Kharkiv said troops moved.\n${story(0)}`, 'latin1'),
    'warning',
  );
  put(
    'utf16.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(` date 2022-02-16 ${story(1)}`, 'utf16le')]),
    'ok',
  );
  put(
    'bom.txt',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(` date 2022-02-17 ${story(2)}`)]),
    'ok',
  );
  put('crlf.txt', ` date 2022-02-18 ${story(3)}`.replace(/\n/g, '\r\n'), 'ok');
  put('cr.txt', ` date 2022-02-19 ${story(4)}`.replace(/\n/g, '\r'), 'ok');
  put(
    'one-line.txt',
    ` date 2022-02-20 ${'Tanks rolled past the depot while officials met and the talks went on. '.repeat(30_000)}`,
    'ok',
  );
  put(
    'page.html',
    `<html><head><title>Shelling <script>alert(1)</script> near Donetsk</title>
     <meta property="article:published_time" content="2022-02-21T06:00:00Z"><style>body{}</style></head>
     <body onload="alert('x')"><p>Shelling resumed near Donetsk.</p><script>window.evil = 1</script>
     <iframe src="https://evil.example/"></iframe><img src=x onerror="alert(2)"><p>Residents fled.</p></body></html>`,
    'ok',
  );
  put('broken-yaml.md', `---\ntitle: [never closed\noutlet: : :\n---\n${story(5)}`, 'warning');
  put(
    'impossible-date.txt',
    `---\ndate: 2022-13-45\n---\nCourt papers about Odesa port.\n\n${GOOD.slice(0, 80)}`,
    'warning',
  );
  put(
    'decades-off.txt',
    `---\ndate: 1962-02-15\n---\nAn archive note on Black Sea exercises in Crimea.`,
    'warning',
  );
  put('copy-one.txt', `${GOOD}\n\nA unique closing line about Mariupol.`, 'warning');
  put('copy-two.txt', `${GOOD}\n\nA unique closing line about Mariupol.`, 'warning');
  put(
    'Bericht über Kyjiw – Lage.txt',
    ' date 2022-02-22 Die Lage in Kyjiw bleibt angespannt, sagten Beamte am Montag.',
    'ok',
  );
  put(
    'numbers.txt',
    ' date 2022-02-23 Reports claimed 999,999,999 troops. Another said -5 troops. A third said 1e9 troops.',
    'ok',
  );
  put('report.pdf', '%PDF-1.4 not an article', 'rejected');
  put('memo.docx', 'PK\u0003\u0004 a zip signature and nothing else', 'rejected');
  put('notes.rtf', '{\\rtf1 Troops were seen near Kharkiv.}', 'rejected');
  put('huge.txt', '', 'rejected');
  truncateSync(path.join(dir, 'huge.txt'), 20 * 1024 * 1024);
  // Sub-folders are read; a link to a folder (here the corpus itself: a loop) is not followed.
  mkdirSync(path.join(dir, 'sub'));
  put(
    'sub/nested.txt',
    ' date 2022-02-20 Belarusian officials said 30,000 Russian troops would leave after drills near Brest.',
    'ok',
  );
  symlinkSync(dir, path.join(dir, 'folder.txt'));
  expected.set('folder.txt', 'rejected');
  symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
  expected.set('dangling.txt', 'rejected');
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  expected.set('pipe.txt', 'rejected');
  // chmod 000 stops everyone but root; as root the file is readable and so correctly ingested.
  put(
    'locked.txt',
    ` date 2022-02-24 Locked copy about Lviv. ${GOOD.slice(0, 60)}`,
    process.getuid?.() === 0 ? 'ok' : 'rejected',
  );
  chmodSync(path.join(dir, 'locked.txt'), 0o000);
  return { dir, expected };
}
