// Demo or live mode, and the live API's base URL and token.
export { ConnectionSettings } from './ui/ConnectionSettings';
