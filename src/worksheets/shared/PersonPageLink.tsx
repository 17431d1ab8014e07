import { personPagePath } from './person-page-path';

/**
 * A link to everything about one person (the person page), whose words name them: "All about Sam
 * Lee", or only the name (`nameOnly`) where the sentence around it says who they are.
 */
export function PersonPageLink(props: { id: string; name: string; nameOnly?: boolean }) {
  return (
    <a class="person-page-link" href={personPagePath(props.id)}>
      {props.nameOnly ? props.name : `All about ${props.name}`}
    </a>
  );
}
