"""The grader's model of the kit: stages, tests, runs and machines.

labs/stageN.json and labs/boot.json (read and checked by labfiles.py)
become the objects here: a Stage holds its Tests, a Test one or more Runs
(boots of a machine, all of which must pass), and a Profile is a machine
a test boots.  Every other part of the grader works on these objects,
raises ConfigError for a problem a person must fix, and names files in
its messages with rel().
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Union

DEFAULT_OUTPUT_LIMIT = 4 * 1024 * 1024   # bytes of serial output kept per run

DEFAULT_PROGRESS_TIMEOUT = 30.0          # seconds without output, times TIMEOUT_SCALE
HOST_BOOT = "host"                       # "boot" of a test that runs no QEMU


class ConfigError(Exception):
    """A usage or configuration problem: reported plainly, exit status 2."""


@dataclass
class Run:
    """One boot of the machine.  A plain test is a single run."""
    cmdline: str
    expect: List[str]
    forbid: List[str]
    timeout: float
    exit: Union[str, int] = "ok"
    input: Optional[str] = None
    prompt: Optional[str] = None    # regex: type input a line per prompt
    qemu_args: List[str] = field(default_factory=list)
    driver: Optional[str] = None
    forbid_always: bool = True     # false: boot.json's forbid_always is off
    verdicts: List[str] = field(default_factory=list)   # verdict texts to verify
    signed: List[str] = field(default_factory=list)     # patterns of signed lines
    challenge: Optional[str] = None   # grader/challenges.py: the answer from a seed
    progress_timeout: Optional[float] = None  # seconds without output; None: default
    spec: dict = field(default_factory=dict)   # the run's own JSON object


@dataclass
class Test:
    """A graded test: one or more runs, all of which must pass."""
    stage: int
    number: int            # position within the stage, from 1
    name: str
    points: float
    boot: str
    runs: List[Run]
    disk: Optional[str] = None
    disk_size: Optional[int] = None
    host_check: Optional[List[str]] = None
    output_limit: int = DEFAULT_OUTPUT_LIMIT
    description: str = ""
    spec: dict = field(default_factory=dict)
    hidden: bool = False   # from --hidden: an instructor's test students do not see
    command: Optional[List[str]] = None   # a host test ("boot": "host"): what runs
    checks: Optional[int] = None          # a host test: the Check tests it must pass
    native: Optional["Test"] = None       # a compare test: the native run's test
    varying: List[str] = field(default_factory=list)   # a compare test: lines left out


@dataclass
class Stage:
    number: int
    title: str
    path: Path
    student_files: List[str]
    tests: List[Test]


@dataclass
class Profile:
    """A machine: which kernel and modules to boot, and extra QEMU devices."""
    name: str
    kernel: str
    modules: List[str] = field(default_factory=list)
    args: List[str] = field(default_factory=list)
    drive: Optional[str] = None
    disk_size: Optional[int] = None
    spec: dict = field(default_factory=dict)
    monitor_log: bool = False   # COM2 carries the monitor's log: keep it


@dataclass
class BootConfig:
    qemu: List[str]
    common: List[str]
    forbid_always: List[str]
    profiles: Dict[str, Profile]
    progress_timeout: float = DEFAULT_PROGRESS_TIMEOUT
    build: Optional[str] = None   # the build directory, for paths under build/


def rel(path, root):
    """A path relative to the root when it is inside it, for shorter messages."""
    path = Path(path)
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.resolve().relative_to(Path(root).resolve()))
    except ValueError:
        return str(path)
