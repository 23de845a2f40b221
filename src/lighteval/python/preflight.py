"""Sends one short chat request the way LightEval's litellm backend does, and prints its outcome as one JSON object.

Usage: python preflight.py MODEL_FILE.yaml

{"ok": true} or {"ok": false, "error": "AuthenticationError", "status": 401, "message": "..."}

A wrong key, an unknown model, a wrong route or an unreachable server make LightEval retry every sample, record
empty answers and exit 0 with zero scores; asked once before the run, the same call says why in seconds. The call
uses the installed LiteLLM, the model file LightEval loads and LightEval's environment, so it meets what LightEval
would meet. No retries: the caller decides what a failure means.
"""

import json
import os
import sys

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

# A reply long enough for any provider's minimum, short enough to cost nothing.
MAX_TOKENS = 16
DEFAULT_TIMEOUT_SECONDS = 60
MAX_MESSAGE = 2000


def main():
    if len(sys.argv) != 2:
        print("usage: preflight.py MODEL_FILE.yaml", file=sys.stderr)
        return 2
    import yaml

    with open(sys.argv[1], encoding="utf-8") as file:
        parameters = yaml.safe_load(file)["model_parameters"]
    generation = parameters.get("generation_parameters") or {}

    # LiteLLM prints to standard output; only the JSON may go there.
    stdout = os.dup(1)
    os.dup2(2, 1)
    try:
        import litellm

        try:
            litellm.completion(
                model=parameters["model_name"],
                messages=[{"role": "user", "content": "Reply with OK."}],
                base_url=parameters.get("base_url"),
                api_key=parameters.get("api_key"),
                max_tokens=max(MAX_TOKENS, generation.get("max_new_tokens") or 0),
                timeout=parameters.get("timeout") or DEFAULT_TIMEOUT_SECONDS,
                num_retries=0,
                max_retries=0,
            )
            outcome = {"ok": True}
        except Exception as error:
            outcome = {
                "ok": False,
                "error": type(error).__name__,
                "status": getattr(error, "status_code", None),
                "message": str(error)[:MAX_MESSAGE],
            }
    finally:
        sys.stdout.flush()
        os.dup2(stdout, 1)
        os.close(stdout)
    json.dump(outcome, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
