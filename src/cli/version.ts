/** The version `--version` prints: package.json's, built into the bundle, so that nothing is read when it runs. */
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
