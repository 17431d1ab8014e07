import { createMemo } from 'solid-js';
import type { Contact } from '../../workbook/model';
import { countOf } from '../../workbook/plural';
import { createPager, ShowMore } from '../shared/ShowMore';
import { ReferralList } from './ReferralList';
import { countPeople, referralTree } from './referrals';

/**
 * "Who introduced whom" once someone has an introducer: how many people and chains, then the
 * chains as nested lists, a page at a time (all of them when printed). The dashboard loads it on
 * demand, only for a student who has recorded an introduction.
 */
export function Introductions(props: { contacts: readonly Contact[] }) {
  const tree = createMemo(() => referralTree(props.contacts));
  const treePager = createPager(() => tree().length);
  let treeWrap: HTMLElement | undefined;
  return (
    <>
      <p class="hint">
        {countOf(countPeople(tree()), 'person', 'people')} in {countOf(tree().length, 'chain', 'chains')} of
        introductions, from each contact's "Introduced by".
      </p>
      <section class="db-tree-wrap" aria-labelledby="db-tree-title" tabindex="0" ref={treeWrap}>
        <ReferralList nodes={treePager.page(tree())} />
      </section>
      <ShowMore
        pager={treePager}
        list={() => treeWrap?.querySelector('.db-tree') ?? undefined}
        noun={['chain', 'chains']}
        which="of introductions"
      />
    </>
  );
}
