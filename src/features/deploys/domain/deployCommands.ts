/** The Astro CLI commands and the CI step that deploy to one Deployment, ready to copy. */

export interface DeployCommand {
  label: string;
  command: string;
  explanation: string;
}

/** Shell-quotes a value only when it needs it, so the common case stays readable. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function deployCommands(deploymentId: string, imageName = '<image-name:tag>', description = 'Describe this deploy'): DeployCommand[] {
  const id = shellQuote(deploymentId);
  return [
    { label: 'Image and DAGs', command: `astro deploy ${id}`, explanation: 'Builds the project image and uploads the DAGs.' },
    { label: 'DAGs only', command: `astro deploy ${id} --dags`, explanation: 'Uploads only the dags folder; the image keeps running.' },
    { label: 'Image only', command: `astro deploy ${id} --image`, explanation: 'Builds and pushes the image; the DAG bundle stays as it is.' },
    { label: 'A prebuilt image', command: `astro deploy ${id} --image-name ${shellQuote(imageName)}`, explanation: 'Deploys an image your CI already built.' },
    {
      label: 'With a description',
      command: `astro deploy ${id} --description ${shellQuote(description)}`,
      explanation: 'Shows in the deploy history; put the commit ID in it.',
    },
  ];
}

const DEPLOY_ACTION = 'astronomer/deploy-action@v0.10.1';

/** A GitHub Actions workflow that deploys this Deployment on every push to `branch`. */
export function githubActionsWorkflow(deploymentId: string, branch = 'main'): string {
  return [
    'name: Deploy to Astro',
    'on:',
    '  push:',
    `    branches: [${branch}]`,
    'env:',
    '  ASTRO_API_TOKEN: ${{ secrets.ASTRO_API_TOKEN }}',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - name: Deploy to Astro',
    `        uses: ${DEPLOY_ACTION}`,
    '        with:',
    `          deployment-id: ${deploymentId}`,
    '',
  ].join('\n');
}
