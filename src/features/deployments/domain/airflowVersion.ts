/** The major version of an Airflow version ("3.1.0" -> 3, "2.10.5" -> 2); 0 when there is none to read. */
export function airflowMajor(airflowVersion: string | undefined): number {
  return Number.parseInt(airflowVersion ?? '', 10) || 0;
}
