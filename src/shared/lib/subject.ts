/** Who did something, as a person reads it: a user's name, or the API token's name. */
export function subjectName(subject?: { subjectType?: string; fullName?: string; username?: string; apiTokenName?: string; id: string }): string {
  if (!subject) return 'unknown';
  if (subject.subjectType === 'SERVICEKEY') return `API token ${subject.apiTokenName ?? subject.id}`;
  return subject.fullName || subject.username || subject.id;
}

/** The Airflow UI link: the API gives host and path without a scheme. */
export function airflowUrl(webServerUrl: string): string {
  if (!webServerUrl) return '';
  return /^https?:\/\//.test(webServerUrl) ? webServerUrl : `https://${webServerUrl}`;
}
