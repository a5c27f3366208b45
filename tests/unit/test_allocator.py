"""keep_freed_memory: freed inference buffers are reused instead of faulted in afresh."""
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Allocate, fill and free a 64 MiB buffer (a layer's output for a batch of 1,000 images is about
# that size) 20 times; print the minor page faults that cost. glibc always maps buffers above
# 32 MiB afresh from the kernel, so by default each one faults in all its 16,384 pages.
LOOP = """
import resource, sys, torch
if sys.argv[1] == "keep":
    from fashion.allocator import keep_freed_memory
    assert keep_freed_memory()
torch.ones(1 << 24)  # warm up
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    torch.ones(1 << 24)  # 64 MiB of float32, freed at once
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def page_faults(mode: str) -> int:
    result = subprocess.run([sys.executable, "-c", LOOP, mode], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt: Linux only")
def test_freed_buffers_are_reused_without_page_faults():
    assert page_faults("default") > 15 * 16384  # a fresh buffer each time
    assert page_faults("keep") < 3 * 16384     # at most the first one or two
