/**
 * Where uv takes torch from: `cpu` (PyTorch's CPU-only wheels, about 0.2 GB against 4 GB of CUDA libraries: an API
 * needs no GPU), a CUDA, ROCm or XPU build or `auto` (uv's names, passed as `--torch-backend`), or `pypi`: whatever the
 * package index serves (the CUDA build on Linux x86-64).
 */
export const DEFAULT_TORCH_BACKEND = 'cpu';

const TORCH_BACKEND = /^(cpu|auto|pypi|xpu|cu\d{2,3}|rocm\d+(\.\d+){1,2})$/;

export function isTorchBackend(value: string): boolean {
  return TORCH_BACKEND.test(value);
}
