import { describe, expect, it } from 'vitest';
import { dependencyTooNewHint, packagesForTasks, pipRequirements } from '../../src/lighteval/requirements.js';

describe('requirements', () => {
  it('installs LightEval with litellm and the extras asked for, a LiteLLM it can load, and what the tasks need', () => {
    expect(
      pipRequirements({
        version: '0.13.0',
        extras: ['multilingual', 'litellm'],
        tasks: ['gsm8k', 'extended|ifeval|0'],
      }),
    ).toEqual(['lighteval[litellm,multilingual]==0.13.0', 'litellm<1.109', 'xxhash<4', 'pyarrow<26', 'langdetect']);
    expect(packagesForTasks(['gsm8k|0', 'mmlu:anatomy'])).toEqual([]);
    // LightEval 0.9 and 0.10 cannot load their own tasks without the math extra.
    expect(pipRequirements({ version: '0.9.2', extras: [], tasks: [] })).toEqual([
      'lighteval[litellm,math]==0.9.2',
      'litellm<1.109',
      'xxhash<4',
      'pyarrow<26',
      'huggingface_hub<1',
      'datasets<4',
    ]);
    // LightEval 0.11 imports every extended task's packages on every run.
    expect(pipRequirements({ version: '0.11.0', extras: [], tasks: [] })[0]).toBe(
      'lighteval[litellm,extended_tasks]==0.11.0',
    );
    expect(pipRequirements({ version: '0.12.2', extras: [], tasks: [] })[0]).toBe('lighteval[litellm]==0.12.2');
    expect(packagesForTasks(['ifeval', 'lighteval|ifeval|0|0'])).toEqual(['langdetect']);
  });

  it('explains the crash of a LightEval given a LiteLLM, an xxhash or a pyarrow too new for it', () => {
    // What LightEval 0.13 prints (rich traceback, colours and all) with LiteLLM 1.109 or later.
    const tail = [
      '│ ❱  52 │   litellm.cache = Cache(type=LiteLLMCacheType.DISK)   │',
      '\u001b[1;91mAttributeError: \u001b[0mDISK',
    ];
    expect(dependencyTooNewHint(tail)).toMatch(/LiteLLM 1\.109 removed the disk cache.*install "litellm<1\.109"/);
    expect(dependencyTooNewHint(['TypeError: Strings must be encoded before hashing'])).toMatch(/install "xxhash<4"/);
    expect(dependencyTooNewHint(['ImportError: pyarrow requires NumPy 2.0 or newer, found 1.26.4'])).toMatch(
      /install "pyarrow<26"/,
    );
    expect(dependencyTooNewHint(['AttributeError: DISKS', 'KeyError: DISK'])).toBeUndefined();
  });
});
