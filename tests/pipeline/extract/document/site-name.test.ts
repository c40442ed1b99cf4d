import { describe, expect, it } from 'vitest';
import { siteDomain, siteName } from '../../../../src/pipeline/extract/document/site-name';

describe('siteName', () => {
  it.each([
    // Words split by frequency; "the" and small words kept.
    ['https://www.balticplusnews.com/a', 'Baltic Plus News'],
    ['https://nigeriandigest.com/a', 'Nigerian Digest'],
    ['https://thebluesignalnews.net/a', 'The Blue Signal News'],
    ['https://voiceofthesteppe.org/a', 'Voice of the Steppe'],
    ['https://hopeisnews.com/a', 'Hope Is News'],
    ['https://easternpolicyreview.com/a', 'Eastern Policy Review'],
    // Prefixes and public suffixes go: .co.uk, .com.tr, .org.ua; amp/m/english subdomains.
    ['https://amp.northernledger.co.uk/a', 'Northern Ledger'],
    ['https://m.frontierpost.com.tr/a', 'Frontier Post'],
    ['https://english.civicvoice.org.ua/a', 'Civic Voice'],
    // Hyphens separate words.
    ['https://danube-observer.eu/a', 'Danube Observer'],
    // Brand styling: digits and clipped pieces are written solid.
    ['https://planetnews24.com/a', 'PlanetNews24'],
    ['https://exgazette.com/a', 'ExGazette'],
    ['https://securityinfo.net/a', 'SecurityInfo'],
    ['https://indiewire.example/a', 'IndieWire'],
    // Acronyms in capitals.
    ['https://euwatch.org/a', 'EU Watch'],
    ['https://bnn.example/a', 'BNN'],
  ])('%s -> %s', (url, name) => {
    expect(siteName(url)).toBe(name);
  });

  it.each([
    // No trusted split: the domain as written.
    ['https://zqi.st/a', 'zqi.st'],
    ['https://netzender.com/a', 'netzender.com'],
    ['https://www.krovnikal.com/a', 'krovnikal.com'],
    // A split that ends on a little word, or runs two together, reads as no name.
    ['https://toweris.net/a', 'toweris.net'],
    ['https://anoftimes.com/a', 'anoftimes.com'],
    // A generic word alone names no site.
    ['https://news.by/eng/a', 'news.by'],
    ['https://online.ua/a', 'online.ua'],
  ])('keeps the domain %s when unsure', (url, name) => {
    expect(siteName(url)).toBe(name);
  });

  it('takes the styling the page itself prints', () => {
    expect(siteName('https://balticplusnews.com/a', 'Welcome to BalticPlus News\n\nText.')).toBe(
      'BalticPlus News',
    );
    expect(siteName('https://balticplusnews.com/a', 'See balticplusnews.com for more.')).toBe(
      'Baltic Plus News',
    );
  });

  it('has no name for addresses without a registrable domain', () => {
    expect(siteName('http://127.0.0.1:8080/a')).toBeNull();
    expect(siteName('http://localhost/a')).toBeNull();
    expect(siteName('not a url')).toBeNull();
    expect(siteDomain('https://blog.kyivnotes.substack.com/p/a')).toBe('substack.com');
  });
});
