// The shape of the institution configuration file (src/config/institution.json), as a Zod schema.
// The build validates the file with it (validate.ts), and npm run config-schema writes the same
// rules as a JSON Schema (institution.schema.json) that editors use to complete and check the file.
import { z } from 'astro/zod';
import { contrastRatio } from './contrast.ts';

/** The minimum contrast of each brand colour against white (WCAG AA for normal text). */
export const MIN_BRAND_CONTRAST = 4.5;
/** Most items a plan template can hold (the same limit as a plan link). */
export const MAX_TEMPLATE_ITEMS = 30;
/** Longest note of a plan template, in characters (the same limit as a plan link). */
export const MAX_TEMPLATE_NOTE = 280;

const text = z.string().trim().min(1, 'must not be empty');
const webAddress = z.url({
  protocol: /^https?$/,
  error: 'must be a full web address starting with https://',
});
const hexColor = (what: string) =>
  z
    .string()
    .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour like #1d4ed8')
    .refine((c) => (contrastRatio(c, '#ffffff') ?? 0) >= MIN_BRAND_CONTRAST, {
      error: (issue) =>
        `is too light: ${issue.input} has ${(contrastRatio(String(issue.input), '#ffffff') ?? 0).toFixed(2)}:1 contrast against white, and it needs at least ${MIN_BRAND_CONTRAST}:1 so that text in it stays readable. Choose a darker colour`,
    })
    .describe(`${what} A hex colour like #1d4ed8, with at least ${MIN_BRAND_CONTRAST}:1 contrast against white.`);
/** One word: a name the guide puts inside sample messages whose words it counts. */
const oneWord = (what: string) =>
  z
    .string()
    .regex(/^\p{L}[\p{L}\p{M}'’-]*$/u, 'must be one word (letters, hyphens or apostrophes, no spaces)')
    .describe(`${what} One word: sample messages print their word count.`);

const place = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must use only lowercase letters, digits and hyphens')
      .describe('Stable id. Students’ saved answers refer to it, so never change it once the guide is published.'),
    name: text.describe('The name students see, like "Career fair".'),
    hint: z.string().optional().describe('One short sentence on what happens there (optional).'),
    url: webAddress.optional().describe('A page about the place or event (optional).'),
    date: z.iso
      .date('must be a date written YYYY-MM-DD, like 2027-03-14')
      .optional()
      .describe('For a one-off event: its date, YYYY-MM-DD. The event leaves the guide by itself after that day.'),
  })
  .describe('A place or event where students can meet people.');

const planTemplate = z
  .strictObject({
    name: text.describe('The name advisors choose it by, like "First appointment".'),
    note: z
      .string()
      .max(MAX_TEMPLATE_NOTE, `must be at most ${MAX_TEMPLATE_NOTE} characters`)
      .optional()
      .describe('A note for the student that the template fills in (optional).'),
    items: z
      .array(
        z
          .string()
          .regex(
            /^\/[^\s]*$/,
            'must be an address inside the guide that starts with /, like /steps/follow-up/#thank-you',
          )
          .describe('An address in the guide: a page, a section or a worksheet, like /steps/follow-up/#thank-you.'),
      )
      .min(1, 'must list at least one address')
      .max(MAX_TEMPLATE_ITEMS, `must list at most ${MAX_TEMPLATE_ITEMS} addresses`),
  })
  .describe('A ready-made plan that advisors can start from.');

/** The institution configuration file, as the build reads it. */
export const institutionSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema that editors use to check this file. Leave it as it is.'),
    siteName: text.describe('Short name of the site, shown in the header and page titles.'),
    institutionName: text.describe('The school, college or university.'),
    officeName: text.describe('The office that publishes the guide, like "Careers Office".'),
    siteUrl: webAddress
      .refine(
        (u) => {
          try {
            const url = new URL(u);
            return url.pathname === '/' && !url.search && !url.hash;
          } catch {
            return true;
          }
        },
        {
          error:
            'must be the address of the site only, like https://careers.example.edu, with nothing after the name: the guide is served from the top of its address',
        },
      )
      .describe('The address where the guide is published, like https://careers.example.edu (for links and QR codes).'),
    lang: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/, 'must be a language tag like en or en-GB')
      .describe('The language of the pages, like en or en-GB.'),
    logo: z
      .string()
      .regex(/\.(svg|png)$/i, 'must be the name of an .svg or .png file, like logo.svg')
      .optional()
      .describe('Your logo: an .svg or .png file in the same folder as this file, like logo.svg (optional).'),
    brandColor: hexColor('The main brand colour, for links, buttons and headings.'),
    secondaryColor: hexColor('The second brand colour, for labels, boxes and the header stripe.'),
    advising: z
      .strictObject({
        email: z.email('must be an email address').describe('The email address students write to.'),
        phone: z.string().trim().min(1, 'must not be empty').optional().describe('The phone number (optional).'),
        bookingUrl: webAddress.describe('The page where students book an appointment.'),
        location: z
          .string()
          .trim()
          .min(1, 'must not be empty')
          .optional()
          .describe('Where the office is, like "Student Center, Room 100" (optional).'),
      })
      .describe('How students reach the career office.'),
    alumniNetwork: z
      .strictObject({
        name: text.describe('Its name, like "Example University Alumni Network".'),
        url: webAddress.describe('Its web address.'),
      })
      .describe('The alumni network students can use to find graduates.'),
    places: z
      .strictObject({
        campus: z.array(place).min(1, 'must list at least one place').describe('Places and events on campus.'),
        outside: z.array(place).min(1, 'must list at least one place').describe('Places and events outside campus.'),
      })
      .describe('Places and events to meet people (step 2).'),
    examples: z
      .strictObject({
        school: oneWord('The made-up school named in sample messages, like Northfield.'),
        student: z.strictObject({
          first: oneWord('First name of the student in the guide’s examples.'),
          last: oneWord('Family name of the student in the guide’s examples.'),
        }),
        graduate: z.strictObject({
          first: oneWord('First name of the graduate the student talks to in the examples.'),
          last: oneWord('Family name of the graduate the student talks to in the examples.'),
        }),
      })
      .describe('The made-up names in the guide’s examples. The guide uses no pronouns for them.'),
    planTemplates: z
      .array(planTemplate)
      .describe('Ready-made plans on the advisor page, like "First appointment".')
      .default([]),
  })
  .superRefine((value, ctx) => {
    const seen = new Map<string, string>();
    for (const kind of ['campus', 'outside'] as const) {
      value.places[kind].forEach((p, i) => {
        const first = seen.get(p.id);
        if (first)
          ctx.addIssue({
            code: 'custom',
            path: ['places', kind, i, 'id'],
            message: `"${p.id}" is already the id of ${first}: each place needs its own id`,
          });
        else seen.set(p.id, `places.${kind}.${i}`);
      });
    }
  })
  .describe('The institution that publishes this copy of the networking guide.');

/** The configuration file as written (what an office edits). */
export type InstitutionData = z.output<typeof institutionSchema>;
/** One place or event of the configuration (step 2). */
export type MeetingPlace = InstitutionData['places']['campus'][number];
/** One plan template of the configuration. */
export type PlanTemplateData = InstitutionData['planTemplates'][number];
