import type { InstitutionConfig } from './institution.types.ts';

/**
 * The institution this copy of the guide is published for.
 * To rebrand the site, change the values below (see "Rebrand the guide" in the README).
 * The lists of places come from the career office page the guide is based on.
 */
const institution: InstitutionConfig = {
  siteName: 'Networking Guide',
  institutionName: 'Example University',
  officeName: 'Careers Office',
  siteUrl: 'https://careers.example.edu',
  lang: 'en',
  places: {
    campus: [
      {
        id: 'company-presentations',
        name: 'Company presentations',
        hint: 'Employers visit campus to talk about their work and hiring.',
      },
      { id: 'career-fairs', name: 'Career fairs', hint: 'Many employers in one room, ready to talk with students.' },
      { id: 'alumni-network', name: 'The alumni network', hint: 'Graduates who offer to talk with students.' },
      {
        id: 'campus-events',
        name: 'Residence hall, living group and student group events',
        hint: 'Talks, socials and meetings run by students.',
      },
    ],
    outside: [
      {
        id: 'professional-associations',
        name: 'Professional associations and conferences',
        hint: 'Groups and meetings for people who work in one field.',
      },
      { id: 'regional-career-fairs', name: 'Local and regional career fairs and events' },
      {
        id: 'community-groups',
        name: 'Community groups',
        hint: 'Volunteer groups, faith groups, clubs and local meetings.',
      },
      { id: 'industry-meetups', name: 'Industry meetups', hint: 'Informal evening talks for people in one industry.' },
      { id: 'online-groups', name: 'Online groups: LinkedIn groups, forums and mailing lists' },
    ],
  },
  alumniNetwork: { name: 'Example University Alumni Network', url: 'https://alumni.example.edu/' },
  advising: {
    email: 'careers@example.edu',
    bookingUrl: 'https://careers.example.edu/appointments',
    location: 'Student Center, Room 100',
  },
  brandColor: '#1d4ed8',
};

export default institution;
