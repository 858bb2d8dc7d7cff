#!/usr/bin/env python3
"""Writes scripts/workshop.order: the functions a release `workshop` runs while it starts, then while a
moderator tours its screens, then while it quits. Package.swift hands the file to the linker (lld's
--symbol-ordering-file) for release builds, which lays those functions out first and together: start-up then
touches a few megabytes of the 140 MB binary instead of pieces scattered all over it, and each piece the
kernel maps in costs memory (README, Performance). The functions that ran but share their name with others,
which that file cannot name, it writes into scripts/workshop.ld by file instead.

Run it after changes that add or move much code, on a fresh release build; then link again (the build does
not know the files are inputs) and commit the new files:

    swift build -c release --static-swift-stdlib --product workshop && python3 scripts/hot-code-order.py
    rm .build/release/workshop && swift build -c release --static-swift-stdlib --product workshop

A stale file costs nothing but memory: functions it names that are gone are skipped (the linker is told not
to warn of them), new ones are laid out as if the file did not exist. Needs valgrind, tmux and binutils.
"""

import collections
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "workshop")
ORDER = os.path.join(ROOT, "scripts", "workshop.order")
TITLE = "Mechelse warmtestrategie"
END_MARKER = "workshop_hot_code_end"
LAYOUT = os.path.join(ROOT, "scripts", "workshop.ld")
BEGIN_REPEATED = "/* Written by scripts/hot-code-order.py: */"
END_REPEATED = "/* End of what hot-code-order.py writes. */"
# The object files of the modules built with a section per function (Package.swift's ownCode).
OWN_OBJECTS = "*/Workshop*.build/*.o"
# The keys tui-perf.py presses, then every screen with its help; valgrind runs the program ~50 times slower.
TOUR = ["?", "Escape", "g", "Escape", "Space", "Tab", "?", "Escape", "Tab", "?", "Escape", "Tab", "?",
        "Escape", "Tab", "?", "Escape", "Tab"]


def run(*argv, **kw):
    return subprocess.run(argv, check=True, capture_output=True, text=True, **kw).stdout


class Failure(Exception):
    pass


def wait_for(what, test, timeout):
    deadline = time.monotonic() + timeout
    while not test():
        if time.monotonic() > deadline:
            raise Failure("gave up waiting for %s after %d s" % (what, timeout))
        time.sleep(0.5)


def called_functions(dump):
    """The names of the functions a callgrind dump saw run."""
    names = set()
    with open(dump) as f:
        for line in f:
            if line.startswith("fn=") or line.startswith("cfn="):
                names.add(line.split("=", 1)[1].strip())
    return names


def write_repeated(names):
    """Lists, in scripts/workshop.ld, the sections of the functions that ran but have names the ordering file
    cannot use. The linker script can name them by file as well: only our own modules, whose every function
    has a section of its own (Package.swift), so the few copies there move and nothing else does."""
    text = open(LAYOUT).read()
    if BEGIN_REPEATED not in text or END_REPEATED not in text:
        raise Failure("%s lacks the lines %s and %s between which the list goes"
                      % (os.path.relpath(LAYOUT), BEGIN_REPEATED, END_REPEATED))
    begin, end = text.index(BEGIN_REPEATED), text.index(END_REPEATED)
    lines = ["    %s(.text.%s)" % (OWN_OBJECTS, name) for name in names if "*" not in name and ")" not in name]
    block = BEGIN_REPEATED + "\n" + "\n".join(lines) + "\n    "
    with open(LAYOUT, "w") as f:
        f.write(text[:begin] + block + text[end:])
    return len(lines)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else BINARY
    for tool in ("valgrind", "callgrind_control", "tmux", "objcopy", "nm"):
        if shutil.which(tool) is None:
            sys.exit("hot-code-order: %s is missing (apt-get install valgrind tmux binutils)" % tool)
    if not os.path.exists(binary):
        sys.exit("hot-code-order: no %s; build it first: swift build -c release --static-swift-stdlib "
                 "--product workshop" % binary)
    work = tempfile.mkdtemp(prefix="hot-code-order-")
    server = ["tmux", "-L", os.path.basename(work), "-f", "/dev/null"]
    try:
        # valgrind 3.19 cannot read the DWARF 5 debug information; the symbol table is all it needs.
        program = os.path.join(work, "workshop")
        run("objcopy", "--strip-debug", binary, program)
        dump = os.path.join(work, "callgrind.out")
        run(*server, "new-session", "-d", "-s", "tour", "-x", "120", "-y", "40",
            "env", "WORKSHOP_HOME=" + os.path.join(work, "home"),
            "valgrind", "--tool=callgrind", "--callgrind-out-file=" + dump, "--dump-instr=no",
            "--compress-strings=no", "--compress-pos=no", "--demangle=no",
            "--log-file=" + os.path.join(work, "valgrind.log"), program, "run")
        pid = run(*server, "list-panes", "-t", "tour", "-F", "#{pane_pid}").strip()

        def screen():
            shown = subprocess.run(server + ["capture-pane", "-p", "-t", "tour"], capture_output=True, text=True)
            if shown.returncode != 0:
                raise Failure("workshop or valgrind stopped before its first frame")
            return shown.stdout

        wait_for("the first frame", lambda: TITLE in screen(), 180)
        tiers = []
        for keys in (TOUR, ["q", "j"]):
            # Everything run so far goes in one dump (callgrind numbers them .1, .2); the counters restart.
            run("callgrind_control", "--dump", pid)
            numbered = "%s.%d" % (dump, len(tiers) + 1)
            wait_for("callgrind's dump", lambda: os.path.exists(numbered), 60)
            tiers.append(numbered)
            for key in keys:
                run(*server, "send-keys", "-t", "tour", key)
                time.sleep(2)
        wait_for("workshop to quit", lambda: os.path.exists(dump), 60)
        tiers.append(dump)

        # A name the binary defines more than once (a file-local helper such as `objectdestroyTm`, which
        # many objects have) would move every section that has one, hot or not: leave those out.
        definitions = collections.Counter()
        for line in run("nm", "--defined-only", program).splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[1] in "tTwW":
                definitions[parts[2]] += 1
        defined = {name for name, count in definitions.items() if count == 1}
        # Each part sorted by name: the order within one does not matter (all of it runs), and a file
        # written again then differs only by what moved between the parts. The entry point runs first of
        # all, but callgrind does not name it.
        order, seen, counts, repeated = [], set(), [], set()
        for number, tier in enumerate(tiers):
            called = called_functions(tier) | ({"_start"} if number == 0 else set())
            part = sorted((called & defined) - seen)
            seen.update(part)
            order += part
            counts.append(len(part))
            repeated |= {name for name in called if definitions[name] > 1}
        if counts[0] < 1000:
            raise Failure("only %d functions ran before the first frame" % counts[0])
        # Last, the marker CStartup reads as the end of the code that start-up and the tour run
        # (Sources/CStartup/startup.c). Nothing calls it, so callgrind never lists it.
        order.append(END_MARKER)
        with open(ORDER, "w") as f:
            f.write("\n".join(order) + "\n")
        shared = write_repeated(sorted(repeated))
        print("%s: %d functions (start-up %d, the tour %d, quitting %d); %s: %d that share their names"
              % (os.path.relpath(ORDER), len(order), *counts, os.path.relpath(LAYOUT), shared))
    except (Failure, subprocess.CalledProcessError) as failure:
        log = os.path.join(work, "valgrind.log")
        tail = open(log).read().splitlines()[-12:] if os.path.exists(log) else []
        sys.exit("hot-code-order: %s; %s was left as it was. valgrind's last words:\n%s"
                 % (failure, os.path.relpath(ORDER), "\n".join(tail)))
    finally:
        subprocess.run(server + ["kill-server"], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
