"""A generative LightEval task over eight arithmetic questions in ./arith/test.jsonl, for running real LightEval offline.

    lighteval endpoint litellm MODEL.yaml SPEC --custom-tasks test/support/real-lighteval/arith_tasks.py

SPEC by installed version (see FINDINGS.md): 0.9.x `custom|arith|0|0`; 0.10/0.11 `custom|arith|0`; 0.12+ `arith|0`.

One file for every version: the task configuration is built from the fields the installed LightevalTaskConfig has
(0.9: `metric` and `suite`; 0.11: `metrics` and `suite`; 0.12+: `metrics`, no `suite`). Doc(query, choices, gold_index,
task_name) and Metrics.exact_match ("em") exist in all of them.

The dataset is the folder next to this file, loaded with `datasets.load_dataset(path=<folder>, name="default")`, which
is all LightEval passes (plus revision=None, and trust_remote_code=False on 0.9). Its only file, test.jsonl, becomes
the `test` split. LightEval 0.9 does not import this file where it lies: it has `datasets` copy it into
$HF_HOME/modules/datasets_modules/... (which needs datasets<4), beside a JSON file naming the original path; the
folder is found through that file then.

LightEval 0.9.2's LiteLLM client cannot run any generative task: its greedy_until reads `self.disable_tqdm`, which
only the abstract base defines, as `raise NotImplementedError` (fixed upstream by huggingface/lighteval#736, in 0.10).
So that 0.9.2 can be observed at all, this file makes that property return False when, and only when, it raises
NotImplementedError. Set ARITH_TASKS_NO_SHIM=1 to see the real 0.9.2 behaviour (the run ends with NotImplementedError
before any request is sent).
"""

import dataclasses
import json
import os
from pathlib import Path

from lighteval.metrics.metrics import Metrics
from lighteval.tasks.lighteval_task import LightevalTaskConfig
from lighteval.tasks.requests import Doc

DATA_FOLDER_NAME = "arith"


def _data_folder() -> str:
    here = Path(__file__).resolve()
    folder = here.parent / DATA_FOLDER_NAME
    if folder.is_dir():
        return str(folder)
    # LightEval 0.9: this is datasets' copy; `<name>.json` beside it records where the original was.
    meta = here.with_suffix(".json")
    if meta.is_file():
        original = Path(json.loads(meta.read_text(encoding="utf-8"))["original file path"])
        folder = original.resolve().parent / DATA_FOLDER_NAME
        if folder.is_dir():
            return str(folder)
    raise FileNotFoundError(f"arith_tasks: no dataset folder {DATA_FOLDER_NAME!r} beside {here}")


def arith_prompt(line, task_name: str = None):
    return Doc(
        task_name=task_name,
        query=f"{line['question']} Answer with the number only.",
        choices=[line["answer"]],
        gold_index=0,
    )


def _shim_disable_tqdm():
    """0.9.2 only: LightevalModel.disable_tqdm raises NotImplementedError, and LiteLLMClient does not override it."""
    from lighteval.models.abstract_model import LightevalModel

    try:
        LightevalModel.disable_tqdm.fget(None)
    except NotImplementedError:
        LightevalModel.disable_tqdm = property(lambda self: False)
    except Exception:
        pass


if os.environ.get("ARITH_TASKS_NO_SHIM") != "1":
    _shim_disable_tqdm()


_FIELDS = {field.name for field in dataclasses.fields(LightevalTaskConfig)}

_config = dict(
    name="arith",
    prompt_function=arith_prompt,
    hf_repo=_data_folder(),
    hf_subset="default",
    hf_avail_splits=["test"],
    evaluation_splits=["test"],
    few_shots_split=None,
    few_shots_select=None,
    generation_size=16,
    stop_sequence=["\n"],
    version=0,
)
# 0.9: `metric`; 0.10+: `metrics`.
_config["metrics" if "metrics" in _FIELDS else "metric"] = [Metrics.exact_match]
# Up to 0.11 a task belongs to suites, and is looked up as `suite|name`; 0.12 dropped the field.
if "suite" in _FIELDS:
    _config["suite"] = ["custom"]

TASKS_TABLE = [LightevalTaskConfig(**_config)]
