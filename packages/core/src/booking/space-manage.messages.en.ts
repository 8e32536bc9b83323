import type { Catalog } from '../i18n/translate.js';
import type { SpaceManageMessageKey } from './space-manage.messages.fi.js';

/** English texts of a booking's manage view. */
const en: Catalog<SpaceManageMessageKey> = {
  'space.manage.title': 'Your booking: {name}',
  'space.manage.titlePlain': 'Your booking',
  'space.manage.loading': 'Loading the booking…',
  'space.manage.missing': 'The link lacks the booking id or the booking code. Open the whole link from the confirmation.',
  'space.manage.notFound': 'No booking was found with this link. Check that you opened the whole link from the confirmation.',
  'space.manage.loadFailed': 'The booking could not be loaded. Check the connection and try again.',
  'space.manage.retry': 'Try again',
  'space.manage.space': 'Space',
  'space.manage.when': 'Time',
  'space.manage.status': 'Status',
  'space.manage.status.confirmed': 'Confirmed',
  'space.manage.status.pending': 'Waiting for handling',
  'space.manage.status.cancelled': 'Cancelled',
  'space.manage.status.denied': 'Denied',
  'space.manage.deadlineHint': 'You can cancel or move the booking yourself until {when}.',
  'space.manage.cancel': 'Cancel the booking',
  'space.manage.cancelAsk': 'Cancel the booking on {when}? A cancellation cannot be undone.',
  'space.manage.cancelYes': 'Yes, cancel it',
  'space.manage.cancelNo': 'Keep it',
  'space.manage.cancelled': 'The booking is cancelled. You will get a confirmation of the cancellation by email.',
  'space.manage.move': 'Move to another time',
  'space.manage.movePick': 'Choose a new start time in the calendar. The booking keeps its length: {minutes} min.',
  'space.manage.moveTo': 'Move the booking: {when}',
  'space.manage.moveNo': 'Do not move',
  'space.manage.moved': 'The booking is moved: {when}. You will get a message about the change by email.',
  'space.manage.movedPending': 'The booking is moved ({when}) and waits for handling.',
  'space.manage.deadline': 'The cancellation deadline has passed: you can no longer cancel or move the booking yourself. Contact the staff of the space.',
  'space.manage.state': 'The booking can no longer be changed: it is cancelled or denied.',
  'space.manage.failed': 'The change did not go through. Try again.',
};
export default en;
