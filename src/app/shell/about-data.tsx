/** "About this data": what a claim is, what its date means, how the map and chart draw it, sources and limits. */
import { useId, useState } from 'react';
import { useDataset } from '../../data/hooks';

/** A button in the header and, while open, the explanation under it. */
export function AboutData() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const { index } = useDataset();
  const { articles, outlets, claims, generatedAt } = index.dataset;
  const range = index.dayRange;
  return (
    <div className="about">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        About this data
      </button>
      {open && (
        <section id={id} className="about__panel" aria-label="About this data">
          <h2>About this data</h2>
          <p>
            {claims.length.toLocaleString('en-US')} claims from {articles.length.toLocaleString('en-US')}{' '}
            articles by {outlets.length.toLocaleString('en-US')} outlets
            {range ? `, ${range.min} to ${range.max}` : ''}; read by the ingest pipeline on{' '}
            {generatedAt.slice(0, 10)}.
          </p>
          <h3>What a claim is</h3>
          <p>
            One sentence in an article that gives a number of troops (or battalion tactical groups), with who
            says so. &ldquo;Unattributed&rdquo; means the outlet states the number itself. Ranges, hedges
            (&ldquo;about&rdquo;, &ldquo;more than&rdquo;) and vague amounts (&ldquo;tens of thousands&rdquo;)
            are kept as written; a vague amount is read as a range, which is an interpretation.
          </p>
          <p>
            Claimants are named as the articles name them, with the country or body they speak for in
            brackets: that body is their group, the colour and line they are drawn in.
          </p>
          <h3>What its date means</h3>
          <p>
            The day the article (or the live-blog entry) was published, not the day the troops were counted.
            An article without a date of its own is badged &ldquo;inferred&rdquo; and says how its date was
            worked out.
          </p>
          <h3>The map</h3>
          <p>
            A symbol sits at the place the sentence names, not at a surveyed troop position; its area grows
            with the number. Claims naming no place are not on the map. Where several symbols meet they are
            spread apart or gathered into a numbered cluster.
          </p>
          <h3>The chart</h3>
          <p>
            A filled dot is an estimate, a dashed ring a forecast, a bar a range, a shaded band a vague
            amount. When claims outnumber the pixels, one mark stands for a claimant&rsquo;s claims of a day,
            week or month: it sits at the median of their numbers with a bar from the lowest to the highest,
            vague amounts shown as a band and left out of the median. Dashed white gaps in the time axis are
            stretches without claims.
          </p>
          <h3>Limits</h3>
          <p>
            The numbers are what the articles report, read by software: a claim can be misread, misattributed
            or repeated across outlets. Every mark leads back to its sentence; check it there before citing
            it.
          </p>
        </section>
      )}
    </div>
  );
}
