export const USAGE = `Usage: lighteval-action build --provider FILE --model NAME [options]

Builds LightEval configuration from a provider record, a model and a run configuration.
Writes DIR/config.yaml and DIR/lighteval-model.yaml, prints the redacted config.

Options:
  --provider FILE            provider record, YAML or JSON (required)
  --model NAME               model name, with or without the LiteLLM prefix (required)
  --run-config FILE          run configuration, YAML or JSON
  --run-id ID                run id written to metadata
  --dataset-id ID            dataset id written to metadata
  --dataset-name NAME        dataset name written to metadata
  --include-api-key          write the key into config.yaml (then mode 0600)
  --api-key-env NAME         variable the key is read from, written as api_key_env
                             (default: the variable LiteLLM reads for the provider)
  --lighteval-version X.Y.Z  LightEval version lighteval-model.yaml targets (default 0.13.0)
  --out-dir DIR              where the files go (default lighteval-output)
  --format yaml|json         format of the printed config (default yaml)
  -h, --help                 show this help

The key is read from the environment, never from the command line.
Exit status: 0 done, 1 invalid input, 2 bad usage.
`;
