// Runtime: the catalogue of Astro Runtime releases (API releases merged with the documented facts), the
// releases page and the Dockerfile tag composer. Its query is in api.ts.
export { RuntimeReleases } from './ui/RuntimeReleases';
// The Deployment overview's Runtime line: lifecycle badge, warning, and the upgrade planner (its own chunk).
export { RuntimeLifecycleNotice } from './ui/RuntimeLifecycleNotice';
// The create form offers and the Details tab explains Runtimes from the same catalogue.
export { runtimeOffer, runtimeStanding } from './domain/runtimeChoice';
export { LifecycleBadge } from './ui/LifecycleBadge';
export { RuntimeStandingNote } from './ui/RuntimeStandingNote';
