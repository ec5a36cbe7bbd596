"""check.py MINIPY: the command line as CPython 3.11's — what a script that is
missing, a directory, or interrupted prints and exits with, and -c's argv.

Each case runs under both minipy and python3 (CPython 3.11) in a scratch
directory; stdout, stderr and the exit status must agree once the
executable's own path is replaced by EXE.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def run(exe, args, cwd):
    done = subprocess.run([exe] + args, cwd=cwd, capture_output=True, text=True, timeout=60)
    # CPython names itself by the path it was started with, minipy by the
    # resolved one; both stand for the executable.
    err = done.stderr.replace(os.path.realpath(exe), "EXE").replace(exe, "EXE")
    return done.returncode, done.stdout, err


def interrupted(exe, cwd):
    """Sends SIGINT to a busy loop; the process should end killed by it."""
    proc = subprocess.Popen([exe, "-c", "import time\nprint('ready', flush=True)\nwhile True: pass"],
                            cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    proc.stdout.readline()
    time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err.splitlines()[-1] if err else ""


def main():
    minipy = os.path.abspath(sys.argv[1])
    python = shutil.which(os.environ.get("PYTHON", "python3"))
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        os.mkdir(os.path.join(scratch, "empty"))
        os.mkdir(os.path.join(scratch, "app"))
        with open(os.path.join(scratch, "app", "__main__.py"), "w") as f:
            f.write("import sys\nprint(__name__, __file__, sys.path[0], sys.argv)\n")
        with open(os.path.join(scratch, "argv.py"), "w") as f:
            f.write("import sys\nprint(sys.argv, __file__)\n")
        cases = {
            "missing file": ["missing.py"],
            "missing file in a missing folder": ["nowhere/missing.py"],
            "file under a file": ["argv.py/x.py"],
            "directory without __main__": ["empty"],
            "directory with __main__": ["app", "x", "y"],
            "script argv": ["argv.py", "a", "-b", "--c"],
            "-c argv": ["-c", "import sys; print(sys.argv)", "one", "two"],
            "-c SystemExit": ["-c", "raise SystemExit(3)"],
            "-c uncaught": ["-c", "1/0"],
        }
        for name, args in cases.items():
            got = run(minipy, args, scratch)
            want = run(python, args, scratch)
            got = (got[0], got[1].replace(scratch, "DIR"), got[2].replace(scratch, "DIR"))
            want = (want[0], want[1].replace(scratch, "DIR"), want[2].replace(scratch, "DIR"))
            if got != want:
                failures += 1
                print(f"FAIL {name}: minipy {got!r}\n     python3 {want!r}")
        got, want = interrupted(minipy, scratch), interrupted(python, scratch)
        if got != want:
            failures += 1
            print(f"FAIL SIGINT: minipy {got!r}\n     python3 {want!r}")
    print(f"{len(cases) + 1 - failures}/{len(cases) + 1} command-line cases agree with CPython")
    sys.exit(1 if failures else 0)


main()
