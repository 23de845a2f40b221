"""Prototype (see FINDINGS.md §4.5): runs the `lighteval` CLI in this process and counts LiteLLM calls and failures.

    <venv>/bin/python lighteval_counting.py COUNTS.json endpoint litellm MODEL.yaml TASKS [lighteval options...]

Same arguments, output, and exit code as `lighteval ...`. Tested with LightEval 0.9.2, 0.11.0, and 0.13.0. At exit, it writes COUNTS.json:
{"calls": {"succeeded": n, "failed": n, "cache_hits": n},   # one per LiteLLM call (the OpenAI SDK's inner retries are inside)
 "failures": {"AuthenticationError 401 <- litellm.OpenAIError <- openai.AuthenticationError <- ...": n, ...},
 "first_failure": {"class": ..., "status": ..., "message": <first 300 characters, the provider's text>},
 "gave_up": n,            # samples LightEval gave up on and scored as "" ("API call failed after N attempts")
 "retry_warnings": n}     # "Error in API call: ..." warnings (400-class errors produce none)
The cause chain separates an unreachable server (openai.APIConnectionError <- httpx.ConnectError ...) from a real 500.
Both are LiteLLM InternalServerError 500.
"""

import atexit
import json
import logging
import sys
import threading

OUT = sys.argv[1]
ARGS = sys.argv[2:]

lock = threading.Lock()
state = {
    "calls": {"succeeded": 0, "failed": 0, "cache_hits": 0},
    "failures": {},
    "first_failure": None,
    "gave_up": 0,
    "retry_warnings": 0,
}


def dump():
    with lock:
        with open(OUT, "w") as f:
            json.dump(state, f, indent=1)


atexit.register(dump)


class LightEvalRecords(logging.Handler):
    def emit(self, record):
        message = record.getMessage()
        with lock:
            if message.startswith("API call failed after"):
                state["gave_up"] += 1
            elif message.startswith("Error in API call"):
                state["retry_warnings"] += 1


sys.argv = ["lighteval", *ARGS]
# lighteval.__main__ runs logging.config.dictConfig, which disables every logger that exists by then: attach after it.
from lighteval.__main__ import app  # noqa: E402

import litellm  # noqa: E402
from litellm.integrations.custom_logger import CustomLogger  # noqa: E402


class Counter(CustomLogger):
    def log_success_event(self, kwargs, response_obj, start_time, end_time):
        with lock:
            state["calls"]["succeeded"] += 1
            if kwargs.get("cache_hit"):
                state["calls"]["cache_hits"] += 1

    def log_failure_event(self, kwargs, response_obj, start_time, end_time):
        error = kwargs.get("exception")
        status = getattr(error, "status_code", None)
        key = f"{type(error).__name__} {status}" if status is not None else type(error).__name__
        chain, cause = [], error.__cause__ or error.__context__
        while cause is not None and len(chain) < 6:
            chain.append(f"{type(cause).__module__.split('.')[0]}.{type(cause).__name__}")
            cause = cause.__cause__ or cause.__context__
        if chain:
            key += " <- " + " <- ".join(chain)
        with lock:
            state["calls"]["failed"] += 1
            state["failures"][key] = state["failures"].get(key, 0) + 1
            if state["first_failure"] is None:
                state["first_failure"] = {"class": type(error).__name__, "status": status, "message": str(error)[:300]}


litellm.callbacks = [*getattr(litellm, "callbacks", []), Counter()]


handler = LightEvalRecords(level=logging.WARNING)
for name in ("lighteval.models.litellm_model", "lighteval.models.endpoints.litellm_model"):
    logging.getLogger(name).addHandler(handler)

app()
