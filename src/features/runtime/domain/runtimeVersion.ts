// The comparator is a rule the deploys and deployments features share, so it lives in shared/lib.
export * from '../../../shared/lib/runtimeVersion';
