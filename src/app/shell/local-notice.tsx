/** Says when what this browser keeps (added articles, an opened file) could not be read, so nothing vanishes silently. */
import { useDataset } from '../../data/hooks';

/** The notice, or nothing. */
export function LocalNotice() {
  const { local } = useDataset();
  if (local.notices.length === 0) return null;
  return (
    <section className="notice" aria-label="Stored data">
      {local.notices.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </section>
  );
}
