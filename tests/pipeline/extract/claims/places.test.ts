import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/pipeline/extract/claims/extract-claims';
import { docOf, recogniseNaively, reference } from './claims-fixture';

function placesOf(text: string): string[][] {
  return extractClaims(docOf(text), recogniseNaively(text), reference).map((c) => c.placeIds);
}

describe('claim places: a country the troops are around is its border with their own country', () => {
  it.each([
    ['Moscow is thought to have 95 battalion tactical groups encircling Ukraine.', [['ukraine-border']]],
    ['Some 120,000 Russian soldiers now surround Ukraine, officials say.', [['ukraine-border']]],
    [
      'Russia has 110 battalion tactical groups, each of around 800 troops, surrounding Ukraine.',
      [['ukraine-border']],
    ],
    ['Russia keeps roughly 100,000 troops close to Ukraine.', [['ukraine-border']]],
    ['Analysts count 80,000 Russian troops not far from Ukraine.', [['ukraine-border']]],
    ['Belarus has 20,000 soldiers massed near Ukraine.', [['belarus-ukraine-border']]],
    // No border area between the two in the gazetteer: the country stays.
    ['Russia has 5,000 troops near Poland.', [['poland']]],
    // Inside a country is not around it.
    ['Russia has 30,000 troops in Belarus.', [['belarus']]],
    // Without a known force, nothing to pair the country with.
    ['There are 40,000 troops near Ukraine.', [['ukraine']]],
  ])('%s', (text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('claim places: a force named for an invasion stands on the border facing its target', () => {
  it.each([
    [
      'Washington fears Russia will invade Ukraine and could attack with as many as 150,000 troops.',
      [['ukraine-border']],
    ],
    [
      'Officials warn Russia is planning an invasion of Ukraine involving up to 175,000 troops.',
      [['ukraine-border']],
    ],
    [
      'Russia would launch a large-scale invasion of Ukraine with nearly 200,000 troops that would seize Kyiv.',
      [['ukraine-border']],
    ],
    // A named location wins over the target.
    ['Russia could invade Ukraine with 30,000 troops now in Belarus.', [['belarus']]],
    // Its own country is never a target border.
    ['Russia could attack Russia with 10,000 troops, a hoax claimed.', [[]]],
  ])('%s', (text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});

describe('claim places: "its borders" belong to the other country named before', () => {
  it.each([
    ['Ukraine says Russia has massed 100,000 troops on its borders.', [['ukraine-border']]],
    [
      'Ukraine believes Belarus keeps 20,000 soldiers near its northern border.',
      [['belarus-ukraine-border']],
    ],
    // The force's own borders name no other country: no place.
    ['Russia has massed 100,000 troops on its borders, Nato says.', [[]]],
  ])('%s', (text, want) => {
    expect(placesOf(text)).toEqual(want);
  });
});
