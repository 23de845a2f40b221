import { describe, expect, it } from 'vitest';
import { dependencyTooNewHint, packagesForTasks, pipRequirements } from '../../src/lighteval/requirements.js';

describe('requirements', () => {
  it('installs LightEval with litellm and the extras asked for, a LiteLLM it can load, and what the tasks need', () => {
    expect(pipRequirements({ version: '0.13.0', extras: ['multilingual', 'litellm'], packages: packagesForTasks(['gsm8k', 'extended|ifeval|0']) })).toEqual([
      'lighteval[litellm,multilingual]==0.13.0',
      'litellm<1.109',
      'xxhash<4',
      'langdetect',
    ]);
    expect(packagesForTasks(['gsm8k|0', 'mmlu:anatomy'])).toEqual([]);
    expect(packagesForTasks(['ifeval', 'lighteval|ifeval|0|0'])).toEqual(['langdetect']);
  });

  it('explains the crash of a LightEval given a LiteLLM or an xxhash too new for it', () => {
    // What LightEval 0.13 prints (rich traceback, colours and all) with LiteLLM 1.109 or later.
    const tail = ['│ ❱  52 │   litellm.cache = Cache(type=LiteLLMCacheType.DISK)   │', '\u001b[1;91mAttributeError: \u001b[0mDISK'];
    expect(dependencyTooNewHint(tail)).toMatch(/LiteLLM 1\.109 removed the disk cache.*install "litellm<1\.109"/);
    expect(dependencyTooNewHint(['TypeError: Strings must be encoded before hashing'])).toMatch(/install "xxhash<4"/);
    expect(dependencyTooNewHint(['AttributeError: DISKS', 'KeyError: DISK'])).toBeUndefined();
  });
});
