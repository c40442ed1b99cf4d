import { describe, expect, it } from 'vitest';
import table from '../../../../data/reference/outlets.json' with { type: 'json' };
import { findOutlet, knownOutlet, outletFromUrl } from '../../../../src/pipeline/extract/document/outlet';

describe('findOutlet', () => {
  it.each([
    ['(The Hill) – Lawmakers pressed the White House on Monday.', 'The Hill', 'text'],
    ['MOSCOW (Reuters) - The Kremlin said on Tuesday...', 'Reuters', 'text'],
    ['Text of the story.\n\n© 2021 Telegraph Media Group Limited', 'The Telegraph', 'text'],
    ['Story.\n\nTelegraph Media Group Limited [2022]', 'The Telegraph', 'text'],
    ['Copyright 2022 The Associated Press. All rights reserved.', 'Associated Press', 'text'],
    ["Good evening, and welcome to the BBC's rolling page on the talks.", 'BBC', 'text'],
    ['Anna Smith\nBBC Moscow correspondent\n\nTanks were seen.', 'BBC', 'text'],
    ['By Jane Doe, CNN senior international correspondent', 'CNN', 'text'],
    ['Guardian News & Media Limited [2022]', 'The Guardian', 'text'],
    [
      'Drills extended\n\nA caption of the drills.\n\nKYIV, Feb 20 (Reuters) - The drills go on.',
      'Reuters',
      'text',
    ],
    [
      'Subscribe now\nA warning on the build-up\nThe Guardian\n|February 15, 2022\nText.',
      'The Guardian',
      'text',
    ],
  ])('%j', (text, name, source) => {
    expect(findOutlet(text, null)).toMatchObject({ name, source });
  });

  it.each([
    ['Reporting by wire agencies.\n\nWith Reuters, AP and AFP'],
    ['Our diplomatic editor Jane Roe says talks stalled.'],
    ['© AP Photo/John Doe'],
    ['Officials met in Brussels (on Monday) to talk.'],
    ['Drills extended\n\nKYIV, Feb 20 (Ukraine Border Guard) - The drills go on.'],
    ['Headline\nBy a staff writer\nText citing The Guardian and Reuters.'],
  ])('finds no outlet in %j', (text) => {
    expect(findOutlet(text, null)).toBeNull();
  });

  it('falls back to the URL host, subdomains included', () => {
    expect(findOutlet('No cues here.', 'https://www.bbc.co.uk/news/a-page')).toMatchObject({
      name: 'BBC',
      source: 'url',
    });
    expect(outletFromUrl('https://edition.cnn.com/x')?.name).toBe('CNN');
    expect(outletFromUrl('https://notbbc.co.uk.evil.example/')).toBeNull();
    expect(outletFromUrl('not a url')).toBeNull();
  });

  // Twenty-second round: a copy of a site kept on a storage host, under the site's own host name.
  it('credits the site a storage host keeps a copy of, named by the first segment of the path', () => {
    expect(
      findOutlet('No cues here.', 'https://bucket.storage.example.com/harbourgazette.com/ferry-story.html'),
    ).toMatchObject({ name: 'Harbour Gazette', source: 'url' });
    expect(findOutlet('No cues here.', 'https://cache.example.net/www.bbc.co.uk/news/a-page')?.name).toBe(
      'BBC',
    );
  });

  it("guard: a file's name or a folder without a dot as the first segment of the path is no host", () => {
    expect(findOutlet('No cues here.', 'https://harbourgazette.com/ferry-story.html/amp')?.name).toBe(
      'Harbour Gazette',
    );
    expect(findOutlet('No cues here.', 'https://harbourgazette.com/world/ferry-story')?.name).toBe(
      'Harbour Gazette',
    );
  });

  it('credits the site serving the page, not the wire or first publisher its text names', () => {
    expect(findOutlet('(The Hill) – Text.', 'https://www.reuters.com/x')?.name).toBe('Reuters');
    expect(
      findOutlet('MOSCOW (Reuters) - The ministry spoke.', 'https://www.dailysabah.com/world/story'),
    ).toMatchObject({ name: 'Daily Sabah', source: 'url' });
    expect(
      findOutlet(
        'Troops moved.\n\nThis article originally appeared in Slate.',
        'https://www.reposted-stories.example.org/slate/story',
      )?.name,
    ).not.toBe('Slate');
    expect(
      findOutlet('Syndicated copy.\n\n© 2022 Independent Digital News & Media', 'https://news.yahoo.com/x')
        ?.name,
    ).toBe('Yahoo News');
  });

  it.each([
    ['https://edition.cnn.com/2022/03/07/world/story/index.html', 'CNN'],
    ['https://english.alarabiya.net/2022/03/09/story', 'Al Arabiya English'],
    ['https://www.alarabiya.net/arab-and-world/story', 'Al Arabiya'],
    ['https://news.err.ee/1600000001/story', 'ERR News'],
    ['https://feeds.bbci.co.uk/sport/live/tennis-61000001?page=2', 'BBC'],
    ['https://www.anews.com.tr/story', 'A News'],
    ['https://english.nv.ua/nation/story-50000001.html', 'New Voice of Ukraine'],
    ['https://crisis24.garda.com/en/product/100001', 'Crisis24'],
    ['https://www.garda.com/about', 'GardaWorld'],
    ['http://www.uawire.org:80/story', 'UAWire'],
    ['https://uk.news.yahoo.com/story.html', 'Yahoo News'],
    ['https://www.msn.com/en-gb/news/world/story/ar-AA1', 'MSN'],
    ['https://www.defense.gov/News/Releases/1/', 'U.S. Department of Defense'],
    ['https://hansard.parliament.uk/Commons/2022-01-01/debates/X/Ukraine', 'Hansard'],
    ['https://committees.parliament.uk/work/1/', 'UK Parliament'],
    ['https://www.hurriyetdailynews.com/story-123', 'Hürriyet Daily News'],
    ['https://www.dawn.com/news/1234', 'Dawn'],
    ['https://timesofindia.indiatimes.com/world/europe/story/articleshow/1.cms', 'The Times of India'],
    ['https://economictimes.indiatimes.com/news/defence/story/articleshow/2.cms', 'The Economic Times'],
    ['https://www.lrt.lt/en/story/123', 'LRT'],
    ['https://www.pap.pl/en/news/story', 'Polish Press Agency'],
  ])('names the outlet of %s from the domain table', (url, name) => {
    expect(findOutlet('No cues here.', url)).toMatchObject({ name, source: 'url' });
  });

  it.each([
    [
      'https://www.magzter.com/stories/Newspaper/The-Guardian/Story-title',
      'The Mast\nText.',
      'The Guardian',
      'url',
    ],
    [
      'https://www.magzter.com/stories/Magazine/x/Story-title',
      'The Economist\n|March 3, 2022\nText.',
      'The Economist',
      'text',
    ],
    ['https://www.magzter.com/stories/Magazine/x/Story-title', 'A story with no masthead.', 'Magzter', 'url'],
  ])('credits a newsstand page (%s) to the publication it shows', (url, text, name, source) => {
    expect(findOutlet(text, url)).toMatchObject({ name, source });
  });

  it("falls back to the site's own name for a domain the table does not know", () => {
    expect(findOutlet('Text.', 'https://www.kievdailyplus.com/story')).toMatchObject({
      name: 'Kiev Daily Plus',
      source: 'url',
    });
  });

  it('maps legal names and brands to display names', () => {
    expect(knownOutlet('telegraph media group')).toBe('The Telegraph');
    expect(knownOutlet('Nobody Weekly')).toBeNull();
  });

  it('has several hundred outlets, each host listed once, bare and lower-case', () => {
    const hosts = table.outlets.flatMap((o) => o.hosts);
    expect(table.outlets.length).toBeGreaterThan(400);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(new Set(table.outlets.map((o) => o.name)).size).toBe(table.outlets.length);
  });
});
