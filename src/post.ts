import { cleanup } from './action/post.js';

cleanup();
