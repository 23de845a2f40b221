/**
 * `.eval752.zip` bundles: a build's configuration, redacted, with the scrubbed results of its run, for replaying
 * offline. Pure (no file system, no @actions/* import); fflate and Node's crypto are loaded on first use.
 */
export { type BundleSource, bundleContentsFrom, lightevalVersionFor, type PreparedBundle, taskKeysOf } from './contents.js';
export { type BundleContents, type BundleFiles, type BundleResults, createBundle } from './create.js';
export { comparisonTable } from './comparison.js';
export { type BundleKey, bundleKeyOf, keyFromEnvironment, keysInEnvironment } from './key.js';
export {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleMetadata,
  defaultBundleName,
  type Manifest,
  ManifestSchema,
} from './manifest.js';
export { type OpenedBundle, openBundle } from './open.js';
export { BUNDLE_LIMITS, type ReadBundle, readBundle } from './read.js';
