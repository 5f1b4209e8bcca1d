import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { FormProvider, useForm } from 'react-hook-form';
import type { DeploymentFormValues } from '../../domain/deploymentForm';
import { SchedulesField } from './SchedulesField';

function Form() {
  const form = useForm<DeploymentFormValues>({
    defaultValues: {
      schedules: [{ hibernateAtCron: '0 22 * * 5-7', wakeAtCron: 'every night', description: '', isEnabled: true }],
    } as Partial<DeploymentFormValues>,
  });
  return (
    <FormProvider {...form}>
      <SchedulesField />
    </FormProvider>
  );
}

describe('SchedulesField', () => {
  it('says it is reading the schedule while the words load, then shows them under the field', async () => {
    render(<Form />);
    const hibernate = screen.getByRole('textbox', { name: 'Schedule 1 hibernate at (cron, UTC)' });
    expect(hibernate).toHaveAccessibleDescription(/Reading the schedule…/);
    await waitFor(() => expect(hibernate).toHaveAccessibleDescription(/^At 22:00, Friday through Sunday \(UTC\)\s*Next: .* UTC/));
    // An expression the API would refuse gets the format, not words.
    expect(screen.getByRole('textbox', { name: 'Schedule 1 wake at (cron, UTC)' })).toHaveAccessibleDescription(/5 fields, in UTC/);
  });
});
