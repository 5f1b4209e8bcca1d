import { describeCron } from '../../domain/cronWords';

/** A cron in words; lazy, so cronstrue loads with the schedule field and not before. */
export default function CronWords({ expression }: { expression: string }) {
  return <>{describeCron(expression)}</>;
}
