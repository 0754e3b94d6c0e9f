"""One crawl per database at a time: an flock()ed lock file next to the database.

The kernel drops an flock when the last process holding the file dies, so a crashed or
SIGKILLed run never leaves a lock that blocks the next one. The file also records who holds
it (pid, run, start time), which is what the "already running" message shows.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from pathlib import Path

from .errors import CleanCrawlError


class DatabaseLocked(CleanCrawlError):
    """Another crawl holds the database's lock."""


def lock_path(db_path: str | Path) -> Path:
    """The lock file of a database: `DB.lock` beside it."""
    return Path(str(db_path) + ".lock")


def pid_alive(pid: int | None) -> bool:
    """True if a process with this pid exists on this machine."""
    if not pid:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


class DatabaseLock:
    """An exclusive, non-blocking lock on one database; a context manager."""

    def __init__(self, db_path: str | Path):
        self.db_path = str(db_path)
        self.path = lock_path(db_path)
        self.fd: int | None = None
        self.owner = True  # False when adopted: the parent removes the file

    @classmethod
    def adopt(cls, db_path: str | Path, fd: int) -> "DatabaseLock":
        """Take over a lock a parent process acquired and passed down as an open descriptor."""
        lock = cls(db_path)
        if os.fstat(fd).st_ino != os.stat(lock.path).st_ino:
            raise DatabaseLocked(f"descriptor {fd} is not the lock of {db_path}")
        lock.fd, lock.owner = fd, False
        return lock

    def acquire(self, run_id: int | None = None) -> "DatabaseLock":
        """Take the lock or raise DatabaseLocked naming the run that holds it."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = self._read(fd)
                os.close(fd)
                raise DatabaseLocked(self._message(holder)) from None
            # The previous holder may have unlinked the file between our open and flock:
            # then we hold a lock nobody else can see, so start over on the new file.
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        self.fd = fd
        self.describe(run_id)
        return self

    def describe(self, run_id: int | None) -> None:
        """Write who holds the lock into the lock file."""
        from .store import now

        info = {"pid": os.getpid(), "host": socket.gethostname(), "run_id": run_id,
                "db": self.db_path, "locked_at": now()}
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, json.dumps(info).encode(), 0)

    def release(self) -> None:
        """Remove the lock file and drop the lock (the order matters: see acquire)."""
        if self.fd is None:
            return
        try:
            if self.owner and os.fstat(self.fd).st_ino == os.stat(self.path).st_ino:
                os.unlink(self.path)
        except FileNotFoundError:
            pass
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> "DatabaseLock":
        return self.acquire() if self.fd is None else self

    def __exit__(self, *exc) -> None:
        self.release()

    @staticmethod
    def _read(fd: int) -> dict:
        try:
            return json.loads(os.pread(fd, 4096, 0) or b"{}")
        except ValueError:
            return {}

    def _message(self, holder: dict) -> str:
        who = f"pid {holder.get('pid', '?')}"
        if holder.get("run_id"):
            who = f"run {holder['run_id']}, {who}"
        since = f" since {holder['locked_at']}" if holder.get("locked_at") else ""
        return (f"another crawl is already writing to {self.db_path} ({who}{since}); "
                f"not starting a second one. Lock file: {self.path}")


def is_locked(db_path: str | Path) -> bool:
    """True if some process holds the database's lock right now."""
    path = lock_path(db_path)
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def hold_lock(db_path: str | Path, inherited_fd=None) -> DatabaseLock:
    """The lock a crawl process writes under: adopted from its parent's descriptor, or taken."""
    if inherited_fd not in (None, ""):
        return DatabaseLock.adopt(db_path, int(inherited_fd))
    return DatabaseLock(db_path).acquire()
