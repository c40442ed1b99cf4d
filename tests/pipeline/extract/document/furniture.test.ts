import { describe, expect, it } from 'vitest';
import { dropFurniture, isFurniture } from '../../../../src/pipeline/extract/document/furniture';

describe('page furniture lines', () => {
  it.each([
    'Read More',
    'READ MORE',
    'Read more: Ministers meet to discuss winter fuel prices',
    'Story continues',
    'Story continues below advertisement',
    'Sponsored',
    'Sponsored content',
    'Advertisement',
    'ADVERTISEMENT',
    'Share this article',
    'Share on Facebook',
    'Follow us on Twitter',
    'Follow us on Twitter and Facebook',
    'Sign up to our morning newsletter',
    'Skip to main content',
    'Listen to this article',
    '  Copy link  ',
    'Quote Message',
    'Image caption',
    'Share this',
    'Return to Briefings main page',
    'Back to top',
    'Here’s how you know',
    'Accessibility links',
    'An official website of the United States government',
    'Official websites use .gov',
    'A .gov website belongs to a government agency of the state.',
    'A lock (shown closed) means you have safely connected to the .gov website. Take care online.',
    'Secure .gov websites use HTTPS',
    'Caret icon It shows that a list of sections unfolds here. MENU',
    'Subscribers only',
    'Premium',
    'EMBED <> More Videos',
    'Report an error',
    'Facebook Pixel',
    'Google Tag Manager',
  ])('drops %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'Officials said they would read more of the report before deciding.',
    'The advertisement for recruits appeared in three newspapers on Monday.',
    'Share prices fell as about 100,000 troops gathered near the border.',
    'Follow-up talks on the troop numbers are due next week.',
    'Quote messages from the front were read out in parliament.',
    'Image caption: soldiers unload a train near the border',
    'Share this view of the border with your colleagues.',
    'Back to the border went the two battalions, officials said.',
    'Sponsored by the defence ministry, the exercise involved 30,000 soldiers.',
    'Related: the troops moved west overnight, officials said, and more are expected to follow them in the coming days while the talks continue in the capital and the ministers meet again.'.repeat(
      2,
    ),
    'Premium fuel ran short at depots behind the front, a logistics officer said.',
    'Members only learnt of the deployment of 2,000 soldiers from the news.',
    'The map icon it shows marks every place a text names.',
    'Report an error in the count, the ministry told the three observers.',
    'Facebook pixel data showed the clip was shared 40,000 times.',
  ])('keeps %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it('drops whole lines only, keeping one blank line between the paragraphs around them', () => {
    const text = 'First paragraph.\n\nRead More\n\nSecond paragraph.\nStory continues\nSame paragraph.';
    expect(dropFurniture(text)).toEqual({
      text: 'First paragraph.\n\nSecond paragraph.\nSame paragraph.',
      dropped: 2,
    });
  });

  it('returns the text unchanged when there is nothing to drop', () => {
    const text = 'Troops moved.\n\n\nMore troops moved.';
    expect(dropFurniture(text)).toEqual({ text, dropped: 0 });
  });
});
