/**
 * Ideas shown in an empty circle, so students know what to write (one for each built-in circle).
 * NetworkMapWorksheet.astro writes them into the page as the island's props.
 */
export const CIRCLE_EXAMPLES: Record<string, string> = {
  work: 'A supervisor from a summer job, a coworker at the campus café, the person who ran your internship.',
  family: 'An aunt who works in a hospital, a cousin in college, a neighbour, a friend’s parent.',
  activities: 'Your soccer coach, a choir member, someone you volunteer with, a club advisor.',
  school: 'A teacher you liked, your academic advisor, a lab partner, the librarian who helped with a project.',
  community: 'Someone from your place of worship, a cultural group, a neighbour from your hometown.',
};

/** The idea shown in a circle the student made. */
export const OWN_CIRCLE_EXAMPLE = 'Anyone you know through this part of your life.';
