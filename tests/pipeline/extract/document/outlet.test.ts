import { describe, expect, it } from 'vitest';
import { findOutlet, knownOutlet, outletFromUrl } from '../../../../src/pipeline/extract/document/outlet';

describe('findOutlet', () => {
  it.each([
    ['(The Hill) – Lawmakers pressed the White House on Monday.', 'The Hill', 'text'],
    ['MOSCOW (Reuters) - The Kremlin said on Tuesday...', 'Reuters', 'text'],
    ['Text of the story.\n\n© 2021 Telegraph Media Group Limited', 'The Telegraph', 'text'],
    ['Story.\n\nTelegraph Media Group Limited [2022]', 'The Telegraph', 'text'],
    ['Copyright 2022 The Associated Press. All rights reserved.', 'Associated Press', 'text'],
    ["Thank you for joining the BBC's live coverage of the crisis.", 'BBC', 'text'],
    ['Anna Smith\nBBC Moscow correspondent\n\nTanks were seen.', 'BBC', 'text'],
    ['By Jane Doe, CNN senior international correspondent', 'CNN', 'text'],
    ['Guardian News & Media Limited [2022]', 'The Guardian', 'text'],
  ])('%j', (text, name, source) => {
    expect(findOutlet(text, null)).toMatchObject({ name, source });
  });

  it.each([
    ['Reporting by wire agencies.\n\nWith Reuters, AP and AFP'],
    ['Chief political correspondent Adam Fleming says talks stalled.'],
    ['© AP Photo/Efrem Lukatsky'],
    ['Officials met in Brussels (on Monday) to talk.'],
  ])('finds no outlet in %j', (text) => {
    expect(findOutlet(text, null)).toBeNull();
  });

  it('falls back to the URL host, subdomains included', () => {
    expect(
      findOutlet('No cues here.', 'https://www.bbc.co.uk/news/live/world-europe-60383385'),
    ).toMatchObject({
      name: 'BBC',
      source: 'url',
    });
    expect(outletFromUrl('https://edition.cnn.com/x')?.name).toBe('CNN');
    expect(outletFromUrl('https://notbbc.co.uk.evil.example/')).toBeNull();
    expect(outletFromUrl('not a url')).toBeNull();
  });

  it('prefers a text cue over the URL', () => {
    expect(findOutlet('(The Hill) – Text.', 'https://www.reuters.com/x')?.name).toBe('The Hill');
  });

  it('maps legal names and brands to display names', () => {
    expect(knownOutlet('telegraph media group')).toBe('The Telegraph');
    expect(knownOutlet('Nobody Weekly')).toBeNull();
  });
});
