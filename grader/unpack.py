#!/usr/bin/env python3
"""Read one submission, safely: what grader/grade-batch runs in a child.

    python3 grader/unpack.py SUBMISSION OUTDIR NAME...

SUBMISSION is a directory, a tarball (.tar, .tar.gz, .tgz, .tar.bz2,
.tar.xz) or a .zip; a directory that holds nothing but one archive (an
uploaded `make handin` tarball) is read as that archive.  Nothing is
unpacked to disk.  Every regular file is listed, and the contents of those
whose base name is one of the NAMEs (the base names of the files the stage
allows, and HANDIN-INFO) are kept, up to MAX_FILE + 1 bytes each, in
OUTDIR/blobs/.  OUTDIR/manifest.json says what was found:

    {"files": [{"path": P, "size": N, "blob": "blobs/3" or null}, ...],
     "refused": ["P: why", ...],
     "bad": null or why the submission cannot be read}

A submission is hostile input, so this runs in its own process, under
the submission's own limits (grade-batch: CPU, memory, file size, wall
clock, and the sandbox), and counts what it reads:

  - bytes decompressed (MAX_UNPACKED): a 16 KB bzip2 file can hold 16 GiB
    of zeros, and reading through it is all it takes;
  - entries (MAX_ENTRIES), and directory levels (MAX_DEPTH);

Past a limit, or on a read error (a corrupt or encrypted archive, a
truncated stream), "bad" says why: grade-batch gives the submission 0
points with that note (status bad-submission).  Links, devices, absolute
and `..` paths are refused one by one, and the rest is still read.  A bug
in this program itself (an exception that is no read error) ends it with
status 70 and a traceback: grade-batch reports a grader error.
"""

import bz2
import gzip
import json
import lzma
import os
import re
import stat
import struct
import sys
import tarfile
import zipfile
import zlib

ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar", ".zip")
MAX_FILE = 1 << 20              # bytes kept of one file (grade-batch refuses more)
MAX_UNPACKED = 256 << 20        # bytes decompressed in all
MAX_ENTRIES = 20000             # files, directories and members looked at
MAX_DEPTH = 32                  # directory levels
SKIP_DIRS = (".git", "build")   # never looked into in a directory submission
BUG_STATUS = 70                 # EX_SOFTWARE: a bug here, not a bad submission


class Bad(Exception):
    """The submission cannot be read: the message says why, for the student."""


# What reading hostile bytes can raise: all mean "bad submission".
READ_ERRORS = (OSError, EOFError, ValueError, RuntimeError, NotImplementedError,
               OverflowError, MemoryError, RecursionError, UnicodeError, struct.error,
               tarfile.TarError, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error,
               lzma.LZMAError)


class Budget:
    """What is left of the limits for this submission."""

    def __init__(self):
        self.unpacked = 0
        self.entries = 0

    def bytes(self, n):
        self.unpacked += n
        if self.unpacked > MAX_UNPACKED:
            raise Bad("it decompresses to more than %d MiB (an archive bomb?)"
                      % (MAX_UNPACKED >> 20))

    def entry(self, name):
        self.entries += 1
        if self.entries > MAX_ENTRIES:
            raise Bad("it holds more than %d entries" % MAX_ENTRIES)
        if name.count("/") + 1 > MAX_DEPTH:
            raise Bad("a path is more than %d directories deep: %s..."
                      % (MAX_DEPTH, name[:80]))


class Counted:
    """A file object whose reads are charged to the budget: what tarfile
    reads of a decompressed stream, skipped members included."""

    def __init__(self, f, budget):
        self.f, self.budget = f, budget

    def read(self, n=-1):
        data = self.f.read(n if n is not None and n >= 0 else 1 << 20)
        self.budget.bytes(len(data))
        return data


class Listing:
    def __init__(self, outdir, wanted):
        self.outdir, self.wanted = outdir, set(wanted)
        self.files, self.refused = [], []
        self.blobs = 0

    def add(self, path, size, read):
        """A regular file; its contents kept if its base name is wanted."""
        blob = None
        if os.path.basename(path) in self.wanted:
            data = read()
            blob = "blobs/%d" % self.blobs
            self.blobs += 1
            with open(os.path.join(self.outdir, blob), "wb") as f:
                f.write(data)
        self.files.append({"path": path, "size": size, "blob": blob})


def norm(name):
    """A member name as a relative path, or None if it is absolute or climbs out."""
    name = name.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def read_file_capped(path, budget):
    with open(path, "rb") as f:
        data = f.read(MAX_FILE + 1)
    budget.bytes(len(data))
    return data


def read_dir(root, listing, budget):
    """Regular files under root; symbolic links are refused, not followed."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False,
                                                onerror=_walk_error):
        rel_dir = os.path.relpath(dirpath, root)
        for d in list(dirnames):
            relp = os.path.normpath(os.path.join(rel_dir, d)).replace(os.sep, "/")
            budget.entry(relp)
            if os.path.islink(os.path.join(dirpath, d)):
                listing.refused.append("%s: a symbolic link" % relp)
                dirnames.remove(d)
            elif d in SKIP_DIRS or d.startswith("build-"):
                dirnames.remove(d)
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            relp = os.path.normpath(os.path.join(rel_dir, name)).replace(os.sep, "/")
            budget.entry(relp)
            st = os.lstat(full)
            if stat.S_ISLNK(st.st_mode):
                listing.refused.append("%s: a symbolic link (to %s)" % (relp, os.readlink(full)))
            elif not stat.S_ISREG(st.st_mode):
                listing.refused.append("%s: not a regular file" % relp)
            else:
                listing.add(relp, st.st_size, lambda full=full: read_file_capped(full, budget))


def _walk_error(e):
    raise e


def open_decompressed(path):
    """The tarball's decompressed stream, by its first bytes (not its name)."""
    with open(path, "rb") as f:
        magic = f.read(6)
    if magic.startswith(b"\x1f\x8b"):
        return gzip.open(path, "rb")
    if magic.startswith(b"BZh"):
        return bz2.open(path, "rb")
    if magic.startswith(b"\xfd7zXZ\x00"):
        return lzma.open(path, "rb")
    return open(path, "rb")


def read_tar(path, listing, budget):
    """Every member in order, as a stream: nothing is seeked, and every byte
    decompressed, skipped members included, is charged to the budget."""
    with open_decompressed(path) as raw:
        with tarfile.open(fileobj=Counted(raw, budget), mode="r|") as tf:
            for m in tf:
                budget.entry(m.name)
                name = norm(m.name)
                if m.isdir():
                    continue
                if name is None:
                    listing.refused.append("%s: an absolute path, or one with .." % m.name)
                elif m.issym() or m.islnk():
                    listing.refused.append("%s: a link (to %s)" % (m.name, m.linkname))
                elif not m.isfile():
                    listing.refused.append("%s: not a regular file" % m.name)
                else:
                    listing.add(name, m.size,
                                lambda m=m: tf.extractfile(m).read(MAX_FILE + 1))


def read_zip_member(zf, info, budget):
    with zf.open(info) as f:
        data = f.read(MAX_FILE + 1)
    budget.bytes(len(data))
    return data


def read_zip(path, listing, budget):
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            budget.entry(info.filename)
            if info.is_dir():
                continue
            name = norm(info.filename)
            mode = info.external_attr >> 16
            if name is None:
                listing.refused.append("%s: an absolute path, or one with .." % info.filename)
            elif stat.S_ISLNK(mode):
                listing.refused.append("%s: a symbolic link" % info.filename)
            elif info.flag_bits & 0x1:
                raise Bad("%s is encrypted" % info.filename)
            else:
                listing.add(name, info.file_size,
                            lambda info=info: read_zip_member(zf, info, budget))


def is_archive(name):
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def read_archive(path, listing, budget):
    if path.lower().endswith(".zip"):
        read_zip(path, listing, budget)
    else:
        read_tar(path, listing, budget)


def read_submission(path, listing, budget):
    if os.path.islink(path):
        raise Bad("the submission is a symbolic link")
    if os.path.isdir(path):
        read_dir(path, listing, budget)
        archives = [f for f in listing.files if is_archive(f["path"])]
        if len(listing.files) == 1 and len(archives) == 1 and not listing.refused:
            inner = os.path.join(path, archives[0]["path"])
            listing.files = []
            read_archive(inner, listing, budget)
        return
    if not os.path.isfile(path) or not is_archive(path):
        raise Bad("not a directory, a tarball or a zip file")
    read_archive(path, listing, budget)


def main(argv):
    if len(argv) < 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    src, outdir, wanted = argv[1], argv[2], argv[3:]
    os.makedirs(os.path.join(outdir, "blobs"), exist_ok=True)
    listing, budget = Listing(outdir, wanted), Budget()
    bad = None
    try:
        read_submission(src, listing, budget)
    except Bad as e:
        bad = str(e)
    except READ_ERRORS as e:
        bad = "%s: %s" % (type(e).__name__, e) if str(e) else type(e).__name__
    doc = {"files": listing.files, "refused": listing.refused, "bad": bad,
           "unpacked": budget.unpacked, "entries": budget.entries}
    with open(os.path.join(outdir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Exception:       # noqa: BLE001 -- a bug here: say so, as such
        import traceback
        traceback.print_exc()
        sys.exit(BUG_STATUS)
