#!/usr/bin/env bash
# Everything we check on a GPU, in one timed session (a lent GPU is short-lived, so one script):
#   1. the CUDA tests, beside the suite (tests/unit/test_cuda.py: training on the device, no per-step host syncs,
#      CUDA/CPU agreement, out-of-memory reported as one line);
#   2. the pipeline benchmark on CUDA (ours vs the standard DataLoader recipe, cnn);
#   3. as much of `python -m fashion suite` (the seed's whole study) as fits the time left,
#      several runs at once on the one GPU.
#
#   FASHION_DATA=/path/to/idx bash benchmarks/gpu_session.sh OUT_DIR [SECONDS]
#
# OUT_DIR receives the logs and the run folders (OUT_DIR/runs). SECONDS (default 540) bounds the
# whole script; unfinished runs keep their last epoch and resume when the suite is run again.
set -u
out=${1:?usage: gpu_session.sh OUT_DIR [SECONDS]}
budget=${2:-540}
jobs=${JOBS:-6}
start=$(date +%s)
left() { echo $(( budget - ($(date +%s) - start) )); }
mkdir -p "$out/runs"
export PYTHONUNBUFFERED=1 OMP_NUM_THREADS=2
python=${PYTHON:-python3}

nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$out/gpu.txt"
$python -c "import torch, torchvision; print('torch', torch.__version__, 'torchvision', torchvision.__version__)" | tee -a "$out/gpu.txt"

echo "== pipeline benchmark (cnn, CUDA)"
timeout 90 $python benchmarks/pipeline.py --device cuda --images 25600 --repeats 2 2>&1 | tail -4 | tee "$out/pipeline_cuda.txt"

# The CUDA tests run beside the suite (they check behaviour, not speed).
timeout 240 $python -m pytest -q -p no:cacheprovider tests/unit/test_cuda.py > "$out/cuda_tests.txt" 2>&1 &
tests=$!

suite_seconds=$(( $(left) - 20 ))
echo "== suite: $suite_seconds s, $jobs runs at once"
suite_start=$(date +%s)
timeout -s INT -k 60 "$suite_seconds" $python -m fashion suite --jobs "$jobs" --half-weights --quiet --out "$out/runs" 2>&1 \
  | tee "$out/suite.txt"
echo "suite wall time: $(( $(date +%s) - suite_start )) s (exit ${PIPESTATUS[0]})" | tee -a "$out/suite.txt"
$python -m fashion runs --out "$out/runs" 2>&1 | tee "$out/runs.txt"
wait $tests
echo "== CUDA tests"
tail -15 "$out/cuda_tests.txt"
