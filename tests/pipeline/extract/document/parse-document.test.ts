import { describe, expect, it } from 'vitest';
import {
  formatOf,
  parseDocument,
  titleFromText,
} from '../../../../src/pipeline/extract/document/parse-document';

describe('parseDocument: text and markdown', () => {
  it('strips a date header merged onto the first line and keeps the rest verbatim', () => {
    const doc = parseDocument('a.txt', ' date 2022-01-19 Tanks moved west overnight\n\nMore follows.');
    expect(doc.headerDate).toBe('2022-01-19');
    expect(doc.text).toBe('Tanks moved west overnight\n\nMore follows.');
    expect(doc.title).toBe('Tanks moved west overnight');
    expect(doc.id).toBe('a');
  });

  it('strips a header that gives only the month, keeping the month, so the title is the first line of the text', () => {
    const doc = parseDocument('m.txt', ' date 2022-03 Sappers cleared the bridge at dawn.\n\nMore follows.');
    expect(doc.headerDate).toBeNull();
    expect(doc.headerMonth).toBe('2022-03');
    expect(doc.text).toBe('Sappers cleared the bridge at dawn.\n\nMore follows.');
    expect(doc.title).toBe('Sappers cleared the bridge at dawn.');
    expect(parseDocument('n.txt', 'date 2022-14 Drills continue.').headerMonth).toBeNull();
  });

  it('rejects an impossible header date as metadata, with a warning, and still strips it', () => {
    const doc = parseDocument('b.txt', 'date 2022-13-45 Drills continue.');
    expect(doc.headerDate).toBeNull();
    expect(doc.text).toBe('Drills continue.');
    expect(doc.messages.join()).toMatch(/not a real date/);
  });

  it('reads YAML front matter; user metadata wins and the body starts after it', () => {
    const source =
      '---\ntitle: Convoy spotted\noutlet: Kyiv Post\nurl: https://example.org/a\ndate: 2022-02-03\nauthor: [A. Writer, B. Writer]\n---\nThe convoy moved.\n';
    const doc = parseDocument('c.md', source);
    expect(doc.meta).toEqual({
      title: 'Convoy spotted',
      outlet: 'Kyiv Post',
      url: 'https://example.org/a',
      date: '2022-02-03',
      author: 'A. Writer, B. Writer',
    });
    expect(doc.title).toBe('Convoy spotted');
    expect(doc.text).toBe('The convoy moved.\n');
    expect(doc.format).toBe('markdown');
  });

  it('keeps the body and warns when the front matter is broken YAML', () => {
    const doc = parseDocument('d.txt', '---\ntitle: [unclosed\ndate: :\n---\nBody text here.');
    expect(doc.text).toBe('Body text here.');
    expect(doc.meta.title).toBeNull();
    expect(doc.messages.join()).toMatch(/not valid YAML/);
  });

  it.each([
    ['2022-13-45', /not a real date/],
    ['yesterday', /not a real date/],
  ])('drops front-matter date %s with a warning', (date, message) => {
    const doc = parseDocument('e.txt', `---\ndate: ${date}\n---\nText.`);
    expect(doc.meta.date).toBeNull();
    expect(doc.messages.join()).toMatch(message);
  });

  it('ignores a non-http url in metadata', () => {
    const doc = parseDocument('f.txt', '---\nurl: "javascript:alert(1)"\n---\nText.');
    expect(doc.meta.url).toBeNull();
    expect(doc.messages.join()).toMatch(/not an http/);
  });
});

describe('parseDocument: HTML', () => {
  const html = `<!doctype html><html><head><title>Troops mass near Kharkiv</title>
    <meta property="og:site_name" content="The Guardian">
    <meta property="article:published_time" content="2022-02-10T08:00:00Z">
    <link rel="canonical" href="https://www.theguardian.com/world/x">
    <style>p { color: red }</style><script>alert('head')</script></head>
    <body onload="alert(1)"><h1>Troops mass</h1><p>Some <b>100,000</b> troops &amp; tanks.</p>
    <script>document.write('evil')</script><iframe src="https://evil.example"></iframe>
    <p onclick="steal()">Second<br>line.</p><noscript>enable js</noscript><svg><text>svg text</text></svg></body></html>`;

  it('keeps text in blocks, drops scripts, styles, frames and handlers, and reads the head', () => {
    const doc = parseDocument('page.html', html);
    // Readability drops the h1 that repeats the page title; the title is kept as metadata.
    expect(doc.text).toBe('Some 100,000 troops & tanks.\n\nSecond\nline.');
    expect(doc.meta).toMatchObject({
      title: 'Troops mass near Kharkiv',
      outlet: 'The Guardian',
      date: '2022-02-10',
      url: 'https://www.theguardian.com/world/x',
    });
    expect(doc.format).toBe('html');
  });
});

describe('titles and formats', () => {
  it.each([
    ['(The Hill) – Talks collapsed. More later.', 'Talks collapsed. More later.'],
    ['KYIV, Ukraine (AP) — Shelling resumed on Monday.\n\nOfficials said.', 'Shelling resumed on Monday.'],
    ['# Heading in markdown\n\nBody.', 'Heading in markdown'],
    ['Summary\n\n  • First bullet point\n  • Second', 'First bullet point'],
    [
      `Mr. Smith went to Minsk on Tuesday to meet the defence minister and two generals about the drills. ${'Then he left for the airport, where more officials waited. '.repeat(3)}`,
      'Mr. Smith went to Minsk on Tuesday to meet the defence minister and two generals about the drills.',
    ],
    [
      `${'The convoy of trucks, tanks and fuel carriers moved slowly along the river road, '.repeat(3)}and stopped.`,
      'The convoy of trucks, tanks and fuel carriers moved slowly along the river road, The convoy of…',
    ],
    // Section labels and date stamps above the headline are passed over.
    ['World\nLIVE TV\nTroops gather near the river crossing\nBody.', 'Troops gather near the river crossing'],
    [
      'March 9, 2022 GMT\nTroops gather near the river crossing\nBody.',
      'Troops gather near the river crossing',
    ],
    [
      '9 Mar 2022 | Posted by Example.org\nTroops gather near the river\nBody.',
      'Troops gather near the river',
    ],
    // A short headline with nothing better below it stays.
    ['Drills end', 'Drills end'],
    ['Wednesday, March 9, 2022\nMar 9, 2022 - World\nDrills end\nBody.', 'Drills end'],
    ['WORLD NEWS\nDrills end\nVolume 3: debated on 9 March 2022\nBody.', 'Drills end'],
    [
      '(soft music)\nAnchor: Good evening, the drills go on.\nBody.',
      'Anchor: Good evening, the drills go on.',
    ],
    ['Breaking News\nTop Story\nDrills end early\nBody.', 'Drills end early'],
    // A site's own controls, a kicker with a stamp, a wire credit and a bare slash dateline are no headline.
    [
      'Top Menu\nSign In\nFerry Service Resumes Across the Strait\nBody.',
      'Ferry Service Resumes Across the Strait',
    ],
    ['Subscription was successful!\nFerry service resumes\nBody.', 'Ferry service resumes'],
    ['LIVE|Mar 4, 2022,10:05am EST\nFerry service resumes\nBody.', 'Ferry service resumes'],
    ['Associated Press\nFerry service resumes\nBody.', 'Ferry service resumes'],
    ['RIGA, March 4. /Example Agency/.\nFerry service resumes\nBody.', 'Ferry service resumes'],
    // Datelines before a lead's sentence go; a breadcrumb trail gives way to the headline it ends in.
    [
      'RIGA, March 4. /Example Agency/. The ferry between the two ports sailed again on Friday after a week of storms.',
      'The ferry between the two ports sailed again on Friday after a week of storms.',
    ],
    [
      'RIGA — The ferry between the two ports sailed again on Friday after a week of storms.',
      'The ferry between the two ports sailed again on Friday after a week of storms.',
    ],
    ['NATO - Baltic Talks Resume\nBody.', 'NATO - Baltic Talks Resume'],
    [
      'Home Europe Ferry Service Resumes Across the Strait\nFerry Service Resumes Across the Strait\nBody.',
      'Ferry Service Resumes Across the Strait',
    ],
    [
      'The ferry sailed again today. Storms had kept it in port.\nFigure 2: Ferry Routes Across the Northern Strait\nBody.',
      'The ferry sailed again today. Storms had kept it in port.',
    ],
    // A notice or standfirst of sentences above a title-case headline; a lead with only sentence-case lines below.
    [
      'This archive page is kept for reference. Its links may be stale.\nGeneral Visits Border Posts on Friday\nBody.',
      'General Visits Border Posts on Friday',
    ],
    [
      'The drills began at dawn. Tanks crossed the river.\nWhat happens next\nBody.',
      'The drills began at dawn. Tanks crossed the river.',
    ],
    // A wire's credit with a section's name, a market ticker and a section of two words are no headline either.
    ['Associated Press Videos\nFerry service resumes\nBody.', 'Ferry service resumes'],
    ['XYZ 4.20 Up ▲ 0.05\nFerry service resumes\nBody.', 'Ferry service resumes'],
    ['Grain Index 310 Falls (-0.4%)\nFerry service resumes\nBody.', 'Ferry service resumes'],
    ['Travel & Weather\nFerry service resumes\nBody.', 'Ferry service resumes'],
    // A credit line and a banner's weekday date are no headline either.
    ['Source: Riverside Defence Review\nFerry service resumes\nBody.', 'Ferry service resumes'],
    ['Fri. Mar 4th, 2022\nFerry service resumes\nBody.', 'Ferry service resumes'],
    // An image's credit after the headline is no part of it; a caption ending in its photographer's credit or
    // "(File)" is no headline; a credit glued to the headline by lost markup is cut off.
    [
      'Harbour cranes return to work after the strike (Photo by A. Lens/Example Agency via Archive Images)\nBody.',
      'Harbour cranes return to work after the strike',
    ],
    [
      'Cranes return to the harbour after the strike. Photo: EXAMPLEWIRE/A. Lens\nBody.',
      'Cranes return to the harbour after the strike.',
    ],
    [
      'A crane stands idle at the harbour, March 3, 2022. REUTERS/Ann Lens\nFerry service resumes\nBody.',
      'Ferry service resumes',
    ],
    [
      'Dock workers have staged several strikes. (File)\nFerry service resumes\nBody.',
      'Ferry service resumes',
    ],
    [
      'Ferry service resumes after the storms, port saysWire | Harbourtown | Updated: 04-03-2022 10:05 IST\nBody.',
      'Ferry service resumes after the storms, port says',
    ],
    ['Ferry service resumes | Harbourtown News\nBody.', 'Ferry service resumes | Harbourtown News'],
    ['Ferry service resumes as 40% of routes reopen\nBody.', 'Ferry service resumes as 40% of routes reopen'],
    // A clock time alone, a feed's entries led by their age, a place alone with a colon and an agency's dateline
    // alone or before the lead are no headline; the lead after such a dateline is the title without it.
    [
      '07:15pm GMT\nTugboats towed the stranded tanker off the sandbank at dawn.\nBody.',
      'Tugboats towed the stranded tanker off the sandbank at dawn.',
    ],
    [
      '12m agoLighthouse keeper retires after forty winters\n3h agoBakery wins county prize\nFerry crews vote to end the strike\nBody.',
      'Ferry crews vote to end the strike',
    ],
    [
      'North Harbour:\nFerry crews voted on Friday to end the strike.\nBody.',
      'Ferry crews voted on Friday to end the strike.',
    ],
    [
      'Example News Agency, March 4th.\nFerry crews vote to end the strike\nBody.',
      'Ferry crews vote to end the strike',
    ],
    [
      'Example News Agency, March 4th. Ferry crews voted on Friday to end a strike that had kept the island cut off from the mainland all winter.\nBody.',
      'Ferry crews voted on Friday to end a strike that had kept the island cut off from the mainland all winter.',
    ],
    // A pop-up's appeal above its "No thanks", a banner's weather, a caption led by its picture agency's credit or
    // with its photographer's credit run on, an edition switcher and a breadcrumb trail from "Home" are no headline.
    [
      'Your gifts keep our harbour reporting open to all.\nSupport the newsroom\nNo thanks\nFerry crews vote to end the strike\nBody.',
      'Ferry crews vote to end the strike',
    ],
    [
      'Monday 7 March Harbourtown: 11°C\nFerry crews vote to end the strike\nBody.',
      'Ferry crews vote to end the strike',
    ],
    [
      'Ann Lens/Example Images Dockers unload grain at the north quay.\nFerry crews vote to end the strike\nBody.',
      'Ferry crews vote to end the strike',
    ],
    [
      'Harbourtown, March 3: Dockers wait by the idle cranes at the quay.Ann Lens/Example Wire\nFerry crews vote to end the strike\nBody.',
      'Ferry crews vote to end the strike',
    ],
    [
      'International EditionEUROPE Deutsch Español\nFerry crews vote to end the strike\nBody.',
      'Ferry crews vote to end the strike',
    ],
    ['Home / Travel / Sea\nFerry crews vote to end the strike\nBody.', 'Ferry crews vote to end the strike'],
    // Guards: a lead opening with an age and a comma, a place before a headline on its line, a temperature inside a
    // headline and a headline with a slash are titles.
    [
      '10 days ago, the ferry left the quay for the last time.\nBody.',
      '10 days ago, the ferry left the quay for the last time.',
    ],
    [
      'Harbourtown: Ferry crews vote to end the strike\nBody.',
      'Harbourtown: Ferry crews vote to end the strike',
    ],
    [
      'Harbour water warms to 18°C, a record for March\nBody.',
      'Harbour water warms to 18°C, a record for March',
    ],
    [
      'Home truths / Ferry crews count the cost of the strike\nBody.',
      'Home truths / Ferry crews count the cost of the strike',
    ],
  ])('title of %j', (text, title) => {
    expect(titleFromText(text, 'fallback')).toBe(title);
  });

  it.each([
    // A player and a station's tagline above the headline the address spells.
    [
      'Listen Live\nRiverside Public Radio\nFerry service resumes after storms close the strait\nBody.',
      'https://example.org/2022-03-04/ferry-service-resumes-after-storms-close-the-strait',
      'Ferry service resumes after storms close the strait',
    ],
    // Of two lines spelling it, the one without a breadcrumb's extra words.
    [
      'Home World Ferry Service Resumes After Storms\nFerry Service Resumes After Storms\nBody.',
      'https://example.org/world/ferry-service-resumes-after-storms.html',
      'Ferry Service Resumes After Storms',
    ],
    // An address without a slug, or with one no line spells, leaves the usual choice.
    [
      'Riverside Public Radio\nFerry service resumes\nBody.',
      'https://example.org/story/48213',
      'Riverside Public Radio',
    ],
    // The site's address standing as its name, with a tagline, is its banner; a line that merely opens with it stays.
    [
      'HarbourWatch.net - Your Window On The Straits\nFerry service resumes\nBody.',
      'https://www.harbourwatch.net/story/48213',
      'Ferry service resumes',
    ],
    [
      'HarbourWatch.net readers counted 40 ferries in the strait on Friday\nBody.',
      'https://www.harbourwatch.net/story/48213',
      'HarbourWatch.net readers counted 40 ferries in the strait on Friday',
    ],
    [
      'Riverside Public Radio\nFerry service resumes\nBody.',
      'https://example.org/news/harbour-cranes-return-to-work-today',
      'Riverside Public Radio',
    ],
  ])('title of %j with the address %j', (text, url, title) => {
    expect(titleFromText(text, 'fallback', null, url)).toBe(title);
  });

  // Twenty-second round: on a tag's page the line that spells the tag is its label, not a headline.
  it.each([
    [
      'Harbour Board\n\nFerry Service Resumes Across the Strait\n\nBody.',
      'https://example.org/en/tags/harbour-board',
      'Ferry Service Resumes Across the Strait',
    ],
    // Guard: a headline that only starts with the tag's words stays.
    [
      'Harbour Board Reopens the Ferry Route\n\nBody.',
      'https://example.org/en/tags/harbour-board',
      'Harbour Board Reopens the Ferry Route',
    ],
  ])('title of %j on the tag page %j', (text, url, title) => {
    expect(titleFromText(text, 'fallback', null, url)).toBe(title);
  });

  it('reads the address for the title from the front matter', () => {
    const doc = parseDocument(
      'g.txt',
      '---\nurl: https://example.org/2022/03/04/cranes-return-to-the-harbour-after-the-strike\n---\nSkip ad\nListen now\nCranes return to the harbour after the strike\nBody.',
    );
    expect(doc.title).toBe('Cranes return to the harbour after the strike');
  });

  it("passes over the site's name standing as a masthead", () => {
    const text = 'Riverside Courier\nTroops gather near the river crossing\nBody.';
    expect(titleFromText(text, 'fallback', 'The Riverside Courier')).toBe(
      'Troops gather near the river crossing',
    );
    expect(titleFromText(text, 'fallback')).toBe('Riverside Courier');
  });

  // Twenty-second round: a list's heading, a caption handed out via an agency and its cut-off copy, and the site's
  // name with a newsroom's word after it are no headline.
  it.each([
    ['Most Read\nMost Commented\nFerry service resumes\nBody.', null, 'Ferry service resumes'],
    [
      'Dock cranes stand idle at the harbour. Port Authority Press Office via AP\nDock cranes stand idle at the har\n\nFerry service resumes\nBody.',
      null,
      'Ferry service resumes',
    ],
    [
      'Riverside Courier Report\nFerry service resumes after the storms.\nBody.',
      'Riverside Courier',
      'Ferry service resumes after the storms.',
    ],
    // A window's title with the site's tagline and name after a dash or bar gives way to the headline below it.
    [
      'Ferry Service Resumes Across the Strait - Harbour News Daily | Example\nAd slot\nFerry Service Resumes Across the Strait\nBody.',
      null,
      'Ferry Service Resumes Across the Strait',
    ],
    // Guards: a headline that merely ends in "report" stays; so does a line the next one repeats whole.
    [
      'Ferry service resumes, harbour board says in report\nBody.',
      'Riverside Courier',
      'Ferry service resumes, harbour board says in report',
    ],
    ['Ferry service resumes\nFerry service resumes\nBody.', null, 'Ferry service resumes'],
  ])('title of %j with the masthead %j', (text, masthead, title) => {
    expect(titleFromText(text, 'fallback', masthead)).toBe(title);
  });

  it.each([
    ['a.txt', 'text'],
    ['b.MD', 'markdown'],
    ['c.htm', 'html'],
    ['d.pdf', 'pdf'],
    ['e.DOCX', 'docx'],
    ['f.doc', null],
    ['noext', null],
  ])('format of %s', (file, format) => {
    expect(formatOf(file)).toBe(format);
  });
});
