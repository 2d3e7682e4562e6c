#!/usr/bin/env python3
"""Re-runs every `$ ./run.sh ...` command of notebooks-md/*.md and of the DocC articles (Sources/*/*.docc/*.md) that shows output and replaces that output with
what the built binary prints now (GuideTests checks them byte for byte). Usage: scripts/refresh_guides.py [binary]"""
import pathlib, shlex, subprocess, sys

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/ilead"
for path in sorted(list(pathlib.Path("notebooks-md").glob("*.md")) + list(pathlib.Path("Sources").glob("*/*.docc/*.md"))):
    lines = path.read_text().split("\n")
    out, k = [], 0
    while k < len(lines):
        line = lines[k]
        out.append(line)
        k += 1
        if line.startswith("$ ./run.sh "):
            j = k
            while j < len(lines) and not lines[j].startswith("```") and not lines[j].startswith("$ "):
                j += 1
            if j > k or ".docc" in str(path):  # the command shows output (an article's always does): refresh it
                args = shlex.split(line[len("$ ./run.sh "):].split("#")[0])
                text = subprocess.run([binary] + args, capture_output=True, text=True, check=True).stdout
                out.extend(text.rstrip("\n").split("\n"))
                k = j
    path.write_text("\n".join(out))
