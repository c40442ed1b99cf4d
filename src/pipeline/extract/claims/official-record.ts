/** Pages that are a state's own record of what its members said (a parliament's debates): their word is the state's. */
import table from '../../../../data/reference/official-records.json' with { type: 'json' };

interface OfficialRecord {
  hosts: string[];
  speaksFor: string;
}

const RECORDS: OfficialRecord[] = table.records;

/** The actor a page's official record speaks for, from its URL's host (subdomains included), or null. */
export function officialRecordOf(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const record = RECORDS.find((r) => r.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  return record?.speaksFor ?? null;
}
