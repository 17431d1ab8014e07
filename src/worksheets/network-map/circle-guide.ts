// The second column of the step 1 page's table of circles ("Who to think of"), by circle id. The
// names come from BUILT_IN_CIRCLES, which the worksheet reads too; only the page needs this text.

/** Who to think of in each built-in circle, as the step 1 page's table says it. */
export const WHO_TO_THINK_OF: Readonly<Record<string, string>> = {
  work: 'Managers, coworkers, customers you got to know',
  family: 'Relatives, friends, their parents, neighbors',
  activities: 'Teammates, coaches, club members, volunteers',
  school: 'Teachers, advisors, classmates, staff you talk to',
  community: 'Religious groups, cultural groups, people from your hometown',
};
