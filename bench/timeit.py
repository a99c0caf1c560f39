#!/usr/bin/env python3
"""Runs a command RUNS times (stdout to /dev/null) and prints the best wall
time and the best CPU time (user + system, all its processes and threads),
in ms: "WALL CPU". The machine these figures come from is shared, so a run
can only be slowed by others: the best of several is the command's own.

usage: timeit.py RUNS [--before CMD] -- COMMAND ARGS...
--before runs a shell command before each run (untimed), e.g. to remove a
store."""
import os
import resource
import subprocess
import sys
import time

args = sys.argv[1:]
runs = int(args.pop(0))
before = None
if args[0] == "--before":
    before = args[1]
    args = args[2:]
if args[0] == "--":
    args = args[1:]
best_wall = best_cpu = None
for _ in range(runs):
    if before:
        subprocess.run(before, shell=True, check=True)
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
    wall = (time.monotonic() - t0) * 1000
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) * 1000
    best_wall = wall if best_wall is None else min(best_wall, wall)
    best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
print("%.0f %.0f" % (best_wall, best_cpu))
