/** One place or event where a student can meet people (step 2). */
export interface MeetingPlace {
  /** Stable id: saved answers refer to it, so never change it once published. */
  id: string;
  name: string;
  /** One short sentence on what happens there (optional). */
  hint?: string;
}

/** Everything a career office changes to publish the guide in its own name. */
export interface InstitutionConfig {
  /** Short name of the site, shown in the header and page titles. */
  siteName: string;
  /** The school, college or university. */
  institutionName: string;
  /** The office that publishes the guide. */
  officeName: string;
  /** Absolute URL where the built site is served (canonical links, QR codes, plan links). */
  siteUrl: string;
  /** Language of the pages (BCP 47), for the html lang attribute. */
  lang: string;
  /** Places to meet people on campus, then outside it (step 2). */
  places: { campus: MeetingPlace[]; outside: MeetingPlace[] };
  /** The alumni network students can use to find people. */
  alumniNetwork: { name: string; url: string };
  /** How students reach the advising office. */
  advising: { email: string; phone?: string; bookingUrl: string; location?: string };
  /** Brand colour (hex, like #1d4ed8); it must reach 4.5:1 contrast against white. */
  brandColor: string;
}
