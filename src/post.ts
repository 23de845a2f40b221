import { cleanup, saveEnvironment } from './action/post.js';

cleanup();
// Never rejects: a failure to save is a warning.
void saveEnvironment();
