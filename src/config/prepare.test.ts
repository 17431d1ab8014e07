import { describe, expect, it } from 'vitest';
import { localDay } from '../lib/local-day';
import institution from './institution.json';
import { prepareInstitution, upcomingPlaces } from './prepare';
import { validateInstitution } from './validate';

describe('upcomingPlaces', () => {
  const places = [
    { id: 'club', name: 'Photography club' },
    { id: 'fair-march', name: 'Spring fair', date: '2027-03-14' },
    { id: 'fair-april', name: 'April fair', date: '2027-04-02' },
  ];

  it('keeps places without a date, and events on or after the day', () => {
    expect(upcomingPlaces(places, '2027-03-14').map((p) => p.id)).toEqual(['club', 'fair-march', 'fair-april']);
  });

  it('drops events whose day has passed', () => {
    expect(upcomingPlaces(places, '2027-03-15').map((p) => p.id)).toEqual(['club', 'fair-april']);
    expect(upcomingPlaces(places, '2028-01-01').map((p) => p.id)).toEqual(['club']);
  });
});

describe('prepareInstitution', () => {
  const data = validateInstitution(institution);

  it('gives the logo an address named after its content, and a size, and leaves out the $schema line', () => {
    const prepared = prepareInstitution(data, '2027-01-01', { type: 'svg', width: 32, height: 32, hash: '0a1b2c3d' });
    expect(prepared.logo).toEqual({ src: '/_astro/logo.0a1b2c3d.svg', width: 32, height: 32 });
    expect(prepared).not.toHaveProperty('$schema');
    expect(prepareInstitution(data, '2027-01-01')).not.toHaveProperty('logo');
  });

  it('filters both lists of places by the day of the build', () => {
    const dated = {
      ...data,
      places: {
        campus: [{ id: 'past', name: 'Past fair', date: '2026-12-31' }, ...data.places.campus],
        outside: [{ id: 'next', name: 'Next fair', date: '2027-01-01' }],
      },
    };
    const prepared = prepareInstitution(dated, '2027-01-01');
    expect(prepared.places.campus.map((p) => p.id)).not.toContain('past');
    expect(prepared.places.outside.map((p) => p.id)).toEqual(['next']);
  });
});

describe('localDay', () => {
  it('writes the local calendar day as YYYY-MM-DD', () => {
    expect(localDay(new Date(2027, 2, 4, 23, 59))).toBe('2027-03-04');
  });
});
