/**
 * Page furniture: lines a browser copy or a saved page carries that are not the article ("Read More",
 * "Story continues", "Advertisement", "Share this article", "Follow us on Twitter", an icon's label such as
 * "Quote Message"). Only whole lines that
 * are nothing but such a prompt are dropped, so a sentence that merely contains "read more" stays. The
 * text is cleaned before it is stored, and every span is computed on the cleaned text.
 */

/** Whole-line prompts; matched against the trimmed line, case-insensitively. */
const FURNITURE: RegExp[] = [
  /^(?:read|see|show|load) more(?: (?:stories|news|articles|comments))?\.?$/i,
  /^(?:read more|related|see also|also read|more on this story|recommended|you may also like)\s*[:|›»–-]\s*.{1,200}$/i,
  /^story continues(?: below(?: (?:this )?(?:ad|advert|advertisement))?)?\.?$/i,
  /^(?:sponsored(?: content| links?| stories)?|advertisement|advertising|advert|ad|paid content|promoted(?: content)?)\.?$/i,
  /^(?:skip to (?:the )?(?:main )?(?:content|navigation|footer)|continue reading.{0,40}|scroll down.{0,20})$/i,
  /^share (?:this|the) (?:article|story|page|post)(?: on .{1,40})?\.?$/i,
  /^(?:share this|accessibility links)\.?$/i,
  /^(?:return|back|go back) to (?:the )?(?:[\w'’-]+ ){0,3}(?:main page|home ?page|home|index|top)\.?$/i,
  // The banner every U.S. government site shows above its page, line by line.
  /^here['’]s how you know\.?$/i,
  /^an official website of the united states government\.?$/i,
  /^secure \.gov websites use https\.?$/i,
  /^official websites use \.gov\.?$/i,
  /^(?:an? )?\.gov website belongs to an? (?:official )?government (?:organi[sz]ation|agency|body)\b.{0,40}$/i,
  /^an? lock .{0,40} means you(?:['’]ve| have) safely connected to the \.gov website\..{0,120}$/i,
  /^share(?: on| via)? (?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|telegram|reddit)\.?$/i,
  /^(?:share|copy link|copied|print|email|comments?|save|bookmark)\.?$/i,
  /^follow (?:us|\w+(?: \w+)?) on (?:facebook|twitter|x|instagram|telegram|linkedin|youtube|tiktok|threads|bluesky|google news)(?:(?:,| and| or) (?:facebook|twitter|x|instagram|telegram|linkedin|youtube|tiktok|threads|bluesky))*\.?$/i,
  /^(?:sign up|subscribe) (?:to|for) (?:our|the) .{1,40}newsletters?\.?$/i,
  /^listen to this (?:article|story)(?: \d+ min(?:utes?)?)?\.?$/i,
  // An icon's label left alone on its line by a copied page (a quotation mark, a caption's camera).
  /^(?:quote(?: message)?|image caption|media caption|video caption|image source)$/i,
  // An icon's spoken description copied with its label: "Arrow icon It indicates a menu that opens. HOME".
  // The description runs on into a capital "It" with no stop between: alt text, not a sentence.
  /^(?:\p{Lu}[\w-]* ){1,2}icon It (?:indicates|means|shows|opens)\b.{0,200}$/u,
  // A paywall's or a video player's label: "Subscriber Only", "Premium", "EMBED <>More Videos".
  /^(?:(?:subscribers?|members?|premium)(?: only| exclusive| content| article)?|embed\s*<>\s*more videos)$/i,
  // A tracking tag's label a page's fallback markup leaves as a line of text: "Facebook Pixel".
  /^(?:facebook|meta|twitter|linkedin|tiktok|pinterest|reddit|snapchat|quora)\s+pixel(?:\s+code)?$|^google tag manager$/i,
  /^report an? (?:correction|error|typo|mistake)(?: or (?:an? )?(?:correction|error|typo|mistake))?\.?$/i,
];

/** The longest line considered: prompts are short, article paragraphs are not. */
const MAX_PROMPT = 240;

/** True when `line` is nothing but a furniture prompt. */
export function isFurniture(line: string): boolean {
  const t = line.replace(/\u00a0/g, ' ').trim();
  return t.length > 0 && t.length <= MAX_PROMPT && FURNITURE.some((re) => re.test(t));
}

/** The text without furniture lines, and how many were dropped. A blank line left doubled is dropped too. */
export function dropFurniture(text: string): { text: string; dropped: number } {
  const lines = text.split('\n');
  const kept: string[] = [];
  let dropped = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isFurniture(line)) {
      kept.push(line);
      continue;
    }
    dropped++;
    // "para\n\nRead More\n\nnext" would leave two blank lines; keep one so paragraphs stay as they were.
    const before = kept.length === 0 || kept[kept.length - 1]!.trim() === '';
    if (before) while (i + 1 < lines.length && lines[i + 1]!.trim() === '') i++;
  }
  if (dropped === 0) return { text, dropped };
  // A page ending in "Share this article" must not end in the blank line that stood before it.
  if (isFurniture(lines[lines.length - 1]!))
    while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  return { text: kept.join('\n'), dropped };
}
