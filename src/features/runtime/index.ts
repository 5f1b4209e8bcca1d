// Runtime: the catalogue of Astro Runtime releases (API releases merged with the documented facts), the
// releases page and the Dockerfile tag composer. Its query is in api.ts.
export { RuntimeReleases } from './ui/RuntimeReleases';
