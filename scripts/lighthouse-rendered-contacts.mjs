// A Lighthouse gatherer and audit that count the seeded contacts shown on the page at the end of the
// measured load, so a layout-shift score is never taken from a page that drew an empty workbook.
import { Audit, Gatherer } from 'lighthouse';

/** The id of the audit (and of its category) in the Lighthouse result. */
export const RENDERED_CONTACTS_AUDIT = 'rendered-contacts';

/**
 * In the page: how many different seeded contacts ("… Person 12") the page's text names. The DOM's
 * text, not innerText: the tracker's cards use content-visibility, so innerText leaves out those off screen.
 */
function countRenderedContacts() {
  const numbers = new Set();
  // No word boundary after the number: in the DOM's text a card's name runs into the next element's
  // text ("Tomás Person 19Status: …").
  for (const match of document.body.textContent.matchAll(/\bPerson (\d+)(?!\d)/g)) numbers.add(match[1]);
  return numbers.size;
}

/** Reads the count once the page has loaded and gone quiet, in the run Lighthouse measures. */
class RenderedContacts extends Gatherer {
  meta = { supportedModes: ['navigation', 'snapshot', 'timespan'] };

  async getArtifact(context) {
    return context.driver.executionContext.evaluate(countRenderedContacts, { args: [], useIsolation: true });
  }
}

/** A Lighthouse config: the default one with the counter added in a category of its own. */
export function configWithContactCount(expected) {
  class RenderedContactsAudit extends Audit {
    static get meta() {
      return {
        id: RENDERED_CONTACTS_AUDIT,
        title: `All ${expected} seeded contacts are on the page`,
        failureTitle: `Not all ${expected} seeded contacts are on the page`,
        description: 'Counts the seeded contacts named in the rendered text at the end of the load.',
        requiredArtifacts: ['RenderedContacts'],
        scoreDisplayMode: Audit.SCORING_MODES.BINARY,
      };
    }

    static audit(artifacts) {
      const count = artifacts.RenderedContacts;
      return {
        score: count >= expected ? 1 : 0,
        numericValue: count,
        numericUnit: 'unitless',
        displayValue: `${count} of ${expected}`,
      };
    }
  }
  return {
    extends: 'lighthouse:default',
    artifacts: [{ id: 'RenderedContacts', gatherer: { implementation: RenderedContacts } }],
    audits: [{ implementation: RenderedContactsAudit }],
    categories: {
      [RENDERED_CONTACTS_AUDIT]: {
        title: 'Seeded workbook',
        auditRefs: [{ id: RENDERED_CONTACTS_AUDIT, weight: 1 }],
      },
    },
  };
}
