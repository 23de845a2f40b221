/**
 * The task lookup against each tested version's real registry, asked the way the action asks it: LightEval's own
 * tasks need the hub to run, but not to be looked up.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryTaskRegistry } from '../../src/io/task-registry-query.js';
import { TASK_PACKAGES } from '../../src/lighteval/requirements.js';
import type { TaskRegistry } from '../../src/lighteval/task-registry.js';
import { normalizeTaskList } from '../../src/lighteval/tasks.js';
import { configErrorOf } from '../fixtures/requests.js';
import { lightevalBin, REAL_LIGHTEVAL_VERSIONS, type RealLightEvalVersion } from '../support/test-environments.js';

async function registryOf(version: RealLightEvalVersion): Promise<TaskRegistry> {
  const answer = await queryTaskRegistry({
    program: join(lightevalBin(version), 'lighteval'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HF_HUB_OFFLINE: '1', HF_DATASETS_OFFLINE: '1' },
    secrets: [],
  });
  if ('unavailable' in answer) throw new Error(`LightEval ${version}: ${answer.unavailable}`);
  return answer.registry;
}

/** How each version is expected to write a bare ifeval and gsm8k. */
const EXPECTED: Record<RealLightEvalVersion, { ifeval: string; gsm8k: string }> = {
  '0.9.2': { ifeval: 'extended|ifeval|0|0', gsm8k: 'lighteval|gsm8k|0|0' },
  '0.11.0': { ifeval: 'extended|ifeval|0', gsm8k: 'lighteval|gsm8k|0' },
  '0.12.2': { ifeval: 'ifeval|0', gsm8k: 'gsm8k|0' },
  '0.13.0': { ifeval: 'ifeval|0', gsm8k: 'gsm8k|0' },
};

describe.each(REAL_LIGHTEVAL_VERSIONS)('the registry of LightEval %s', (version) => {
  it('gives bare names the suite that holds them, refuses unknown ones with close names, and knows what ifeval needs', async () => {
    const registry = await registryOf(version);
    expect(registry.lightevalVersion).toBe(version);
    expect(registry.tasks.length).toBeGreaterThan(100);

    const { specs } = normalizeTaskList(['ifeval|0', 'gsm8k', 'mmlu:anatomy|0'], version, registry);
    expect(specs.slice(0, 2)).toEqual([EXPECTED[version].ifeval, EXPECTED[version].gsm8k]);
    // The suite chosen for mmlu:anatomy is one the registry really has it in.
    const [mmlu = ''] = specs.slice(2);
    const key = registry.keyedBy === 'task' ? 'mmlu:anatomy' : mmlu.split('|').slice(0, 2).join('|');
    expect(registry.tasks).toContain(key);

    expect(configErrorOf(() => normalizeTaskList(['ifevl|0'], version, registry)).issues[0]?.message).toMatch(
      /has no task "ifevl"; did you mean .*ifeval/,
    );
    // What the registry says ifeval needs is what the action installs for it.
    const declared = Object.entries(registry.requires)
      .filter(([task]) => task.split('|').at(-1) === 'ifeval')
      .flatMap(([, packages]) => packages);
    for (const name of declared) expect(['langdetect', 'openai'], name).toContain(name);
    expect(declared.filter((name) => name !== 'openai').every((name) => TASK_PACKAGES.ifeval?.includes(name))).toBe(
      true,
    );
  }, 180_000);
});
