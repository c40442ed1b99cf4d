import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../../src/pipeline/extract/document/dom';
import { pageMetadata } from '../../../../src/pipeline/extract/document/page-metadata';

const page = (head: string, body = '<p>Body.</p>') =>
  pageMetadata(parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`));

describe('pageMetadata', () => {
  it('reads Open Graph, article and canonical tags, and strips the site from <title>', () => {
    expect(
      page(`<title>Convoy seen near river | Kyiv Ledger</title>
        <meta property="og:site_name" content="Kyiv Ledger">
        <meta property="article:published_time" content="2022-02-03T09:00:00Z">
        <meta name="author" content="By Olena Writer">
        <link rel="canonical" href="https://kyiv.example/a">`),
    ).toEqual({
      title: 'Convoy seen near river',
      byline: 'Olena Writer',
      siteName: 'Kyiv Ledger',
      canonicalUrl: 'https://kyiv.example/a',
      publishedTime: '2022-02-03T09:00:00Z',
    });
  });

  it('reads a NewsArticle inside an @graph array, skipping other nodes and broken blocks', () => {
    const meta = page(`<script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
        {"@type":["NewsArticle"],"headline":"Talks resume","datePublished":"2022-01-10T12:00:00+02:00",
         "author":[{"name":"A. Writer"},{"name":"B. Writer"},"A. Writer"],"publisher":{"name":"Wire"},
         "mainEntityOfPage":{"@id":"https://wire.example/talks"}}]}</script>`);
    expect(meta).toEqual({
      title: 'Talks resume',
      byline: 'A. Writer, B. Writer',
      siteName: 'Wire',
      canonicalUrl: 'https://wire.example/talks',
      publishedTime: '2022-01-10T12:00:00+02:00',
    });
  });

  it('reads a top-level JSON-LD list, and a <time itemprop> when no tag gives the date', () => {
    const ld = page(
      '<script type="application/ld+json">[{"@type":"LiveBlogPosting","headline":"Live: drills","url":"https://x.example/live"}]</script>',
      '<time itemprop="datePublished" datetime="2022-02-15T07:00:00Z">7am</time>',
    );
    expect(ld).toMatchObject({
      title: 'Live: drills',
      canonicalUrl: 'https://x.example/live',
      publishedTime: '2022-02-15T07:00:00Z',
    });
  });

  it('gives nulls for a page that says nothing about itself', () => {
    expect(page('')).toEqual({
      title: null,
      byline: null,
      siteName: null,
      canonicalUrl: null,
      publishedTime: null,
    });
  });
});
