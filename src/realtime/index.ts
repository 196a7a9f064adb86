// Public exports of the realtime layer (re-exported by src/index.ts).

export type { Announcement, AnnouncementKind, AnnounceOptions } from './announce.js';
export { announce } from './announce.js';
export type { CentreAgent, CentreOptions } from './centre/CentreOptions.js';
export type { CentreQueueView, CentreSnapshot, CentreStats, CentreTracker } from './centre/CentreTracker.js';
export type { AgentStateEvent, CallOfQueue, CentreTrackerEvent } from './centre/CentreTrackerEvent.js';
export { createCentreTracker, restoreCentreTracker } from './centre/createCentreTracker.js';
export type { WaitInput } from './estimateWait.js';
export { estimateWait, MAX_AHEAD } from './estimateWait.js';
export type { ForecastOptions, IntervalForecast, IntervalOutlook, LiveQueueState, ServiceTarget } from './forecastInterval.js';
export { forecastInterval } from './forecastInterval.js';
export type { AnnouncePhrases } from './locales/AnnouncePhrases.js';
export type { CallbackDecision, CallbackOptions } from './offerCallback.js';
export { offerCallback } from './offerCallback.js';
export type { ReplayFigures } from './replay/ReplayScore.js';
export type { ReplayMethod, ReplayOptions, ReplayResult, ReplayTable } from './replay/replay.js';
export { replay } from './replay/replay.js';
export type { WarmWindowOptions } from './replay/WarmWindow.js';
export type { WarmCentreOptions } from './replay/warmCentreTracker.js';
export { warmCentreTracker } from './replay/warmCentreTracker.js';
export type { WarmOptions, WarmResult } from './replay/warmTracker.js';
export { warmTracker } from './replay/warmTracker.js';
export type { PreviousAnnouncement, ReviseOptions } from './reviseAnnouncement.js';
export { reviseAnnouncement } from './reviseAnnouncement.js';
export type { AnnounceStep } from './roundUpWait.js';
export { roundUpWait } from './roundUpWait.js';
export type { TrackerErrorCode } from './TrackerEventError.js';
export { TrackerEventError } from './TrackerEventError.js';
export { createQueueTracker, restoreQueueTracker } from './tracker/createQueueTracker.js';
export type { PredictorName } from './tracker/PredictorName.js';
export type { AgentState, CallId, QueueEvent } from './tracker/QueueEvent.js';
export type {
  CallerEstimate,
  EstimateOptions,
  LiveStateOptions,
  PredictOptions,
  PredictorAccuracy,
  QueueTracker,
  RecordResult,
  TrackerStats,
} from './tracker/QueueTracker.js';
export type { TrackerOptions } from './tracker/TrackerOptions.js';
export type { TrackerSnapshot } from './tracker/trackerSnapshot.js';
export type { WaitEstimate } from './WaitEstimate.js';
