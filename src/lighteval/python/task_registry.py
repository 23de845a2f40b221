"""Prints the installed LightEval's task registry as one JSON object on standard output.

Usage: python task_registry.py [--custom-tasks PATH] [--multilingual]

{"lighteval_version": "0.13.0", "keyed_by": "task", "tasks": ["aime24", ...], "requires": {"ifeval": ["langdetect"]}}

The registry is built with LightEval's own Registry, as `lighteval endpoint litellm` builds it, so that task names are
resolved as the installed version resolves them. Three registry APIs exist:
- 0.12+: `Registry.load_all_task_configs`; keys are `suite|task` in 0.12.0 (first suite only), the task alone from 0.12.1.
- 0.11: `Registry(load_extended=...)`; keys are `suite|task`, one per suite a task is in; the `extended` suite is loaded
  only when a task spec names it, so it is loaded here (the caller then writes `extended|ifeval|0`).
- 0.9, 0.10: `Registry().task_registry`; keys are `suite|task`; the `extended` suite is there only when langdetect and
  openai are installed (`can_load_extended_tasks`).
`requires` lists the packages that a task's own functions declare with `@requires(...)` (0.11+); up to 0.10 nothing is
declared per task, and the whole `extended` suite needs what `can_load_extended_tasks` checks.
"""

import argparse
import json
import logging
import os
import sys
import traceback

# Building the registry needs no network: keep the hub libraries and LiteLLM (its cost map) from reaching for it.
os.environ.update(HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", LITELLM_LOCAL_MODEL_COST_MAP="True")

# LightEval logs warnings that are not ours to show ("You passed no task name...").
logging.disable(logging.WARNING)

# Version 0.9/0.10 gates the whole extended suite on these packages (lighteval/utils/imports.py).
EXTENDED_SUITE_PACKAGES = ["langdetect", "openai"]


def without_downloads():
    """Some task modules fetch files when imported (tinyBenchmarks.pkl with requests.get, nltk data): the registry
    needs neither, and without network they would fail or wait. LightEval fetches them itself when it runs."""
    import nltk
    import requests

    def unavailable(*args, **kwargs):
        response = requests.Response()
        response.status_code = 503
        response._content = b""
        return response

    requests.get = unavailable
    nltk.download = lambda *args, **kwargs: False


def registry_configs(custom_tasks, multilingual):
    """{lookup key: LightevalTaskConfig}, as the CLI's Registry has it."""
    from lighteval.tasks.registry import Registry

    if hasattr(Registry, "load_all_task_configs"):  # 0.12+
        return Registry.load_all_task_configs(custom_tasks=custom_tasks, load_multilingual=multilingual)
    if multilingual:
        print("task_registry: --multilingual needs LightEval 0.12 or later; ignored", file=sys.stderr)
    if hasattr(Registry, "_load_full_registry"):  # 0.11
        try:
            return Registry(tasks=None, custom_tasks=custom_tasks, load_extended=True)._task_registry
        except ImportError as error:  # the extended suite needs the extended_tasks extra (emoji, spacy, ...)
            print(f"task_registry: the extended suite cannot load ({error}); listed without it", file=sys.stderr)
            return Registry(tasks=None, custom_tasks=custom_tasks, load_extended=False)._task_registry
    # 0.9, 0.10: lazy tasks, functools.partial(LightevalTask, key, config, ...)
    return {key: lazy.args[1] for key, lazy in Registry(custom_tasks=custom_tasks).task_registry.items()}


def declared_packages(config):
    """Packages declared with @requires on the task's prompt function and metric functions (0.11+)."""
    parts = [config.prompt_function, getattr(config, "sample_fields", None)]
    for metric in config.metrics:
        metric = getattr(metric, "value", metric)  # a Metrics enum member holds its Metric
        corpus = getattr(metric, "corpus_level_fn", None)
        parts += [getattr(metric, "sample_level_fn", None), *(corpus.values() if isinstance(corpus, dict) else [corpus])]
    names = []
    for part in parts:
        # @requires sets _backends on functions and classes; an instance finds it on its class.
        for backend in getattr(part, "_backends", None) or []:
            name = getattr(backend, "name", None) or f"lighteval[{backend.value}]"  # a Requirement, or an Extra
            if name not in names:
                names.append(name)
    return names


def one_line(error):
    return f"{type(error).__name__}: {' '.join(str(error).split())}"


def main():
    parser = argparse.ArgumentParser(prog="task_registry.py", description="Print LightEval's task registry as JSON.")
    parser.add_argument("--custom-tasks", help="a custom tasks file, as given to `lighteval --custom-tasks`")
    parser.add_argument("--multilingual", action="store_true", help="include multilingual tasks (0.12+)")
    args = parser.parse_args()

    # LightEval and task modules may print: only the JSON goes to standard output (descriptor 1, for C code too).
    stdout = os.dup(1)
    os.dup2(2, 1)
    try:
        try:
            import lighteval
        except Exception as error:  # not installed, or broken
            print(f"task_registry: cannot import lighteval with {sys.executable}: {one_line(error)}", file=sys.stderr)
            return 2
        try:
            without_downloads()
            configs = registry_configs(args.custom_tasks, args.multilingual)
            from lighteval.utils import imports

            if hasattr(imports, "can_load_extended_tasks"):  # 0.9, 0.10: needs are declared by suite, not by task
                requires = {key: EXTENDED_SUITE_PACKAGES for key in configs if key.startswith("extended|")}
            else:
                requires = {key: declared_packages(config) for key, config in configs.items()}
        except Exception as error:  # the CLI would fail the same way: say why, in the last line
            traceback.print_exc()
            message = f"LightEval {lighteval.__version__} could not build its task registry: {one_line(error)}"
            print(f"task_registry: {message}", file=sys.stderr)
            return 1
    finally:
        sys.stdout.flush()
        os.dup2(stdout, 1)
        os.close(stdout)

    # Keys are `suite|task` up to 0.12.0 and bare task names (which hold no "|") from 0.12.1.
    keyed_by = "suite|task" if any("|" in key for key in configs) else "task"
    document = {
        "lighteval_version": lighteval.__version__,
        "keyed_by": keyed_by,
        "tasks": sorted(configs),
        "requires": {key: packages for key, packages in sorted(requires.items()) if packages},
    }
    json.dump(document, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
