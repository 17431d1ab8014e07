import ContactTrackerWorksheet from '../worksheets/contact-tracker/ContactTrackerWorksheet.astro';
import ConversationCardWorksheet from '../worksheets/conversation-card/ConversationCardWorksheet.astro';
import DashboardWorksheet from '../worksheets/dashboard/DashboardWorksheet.astro';
import GoalsWorksheet from '../worksheets/goals/GoalsWorksheet.astro';
import InterviewNotesWorksheet from '../worksheets/interview-notes/InterviewNotesWorksheet.astro';
import InterviewPrepWorksheet from '../worksheets/interview-prep/InterviewPrepWorksheet.astro';
import NetworkMapWorksheet from '../worksheets/network-map/NetworkMapWorksheet.astro';
import OutreachWorksheet from '../worksheets/outreach/OutreachWorksheet.astro';
import PitchBuilderWorksheet from '../worksheets/pitch-builder/PitchBuilderWorksheet.astro';
import PlacesWorksheet from '../worksheets/places-to-meet/PlacesWorksheet.astro';
import ThankYouWorksheet from '../worksheets/thank-you/ThankYouWorksheet.astro';
import Callout from './Callout.astro';
import StepList from './StepList.astro';

/** Components every MDX page can use without importing them: text helpers and the worksheets. */
export const mdxComponents = {
  Callout,
  StepList,
  NetworkMapWorksheet,
  PlacesWorksheet,
  GoalsWorksheet,
  PitchBuilderWorksheet,
  OutreachWorksheet,
  InterviewPrepWorksheet,
  ConversationCardWorksheet,
  InterviewNotesWorksheet,
  ContactTrackerWorksheet,
  ThankYouWorksheet,
  DashboardWorksheet,
};
