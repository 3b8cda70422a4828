"""Pathway eligibility for every learner: 10,000 learners x 20 achievements x 5 pathways.

Run: .venv/bin/python benchmarks/pathway_eligibility.py [--learners 10000]

Builds a fresh workspace directly with bulk inserts: 20 achievements, 5 pathways over them
(nested "all of" and "at least N" groups), and for each learner credentials for a random
half of the achievements, some revoked, renewed or expired. The credential rows carry a
placeholder instead of signed JSON: this benchmark measures only eligibility, which reads the
register's columns and never the signed text. Then, in the same run, it measures
  1. the baseline: loading every learner's live credentials (pathways.live_holdings);
  2. pathways.progress_many for all learners: that load, the pathways, and every tree
     evaluated in memory with the sentences for each "not yet".
Asserts nothing; the goal is at most 1 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from badgesmith.core.pathways.requirements import from_json
from badgesmith.core.services import achievements as ach
from badgesmith.core.services import issuer, pathways
from badgesmith.core.store.models import Credential, Learner, SigningKey
from badgesmith.core.store.workspace import Workspace

N_ACHIEVEMENTS = 20
RUNS = 5


def build(folder: Path, n_learners: int) -> Workspace:
    rnd = random.Random(20261201)
    ws = Workspace.open(folder)
    issuer.init_issuer(ws, "Benchmark Issuer", "benchmark passphrase")
    spec = ach.AchievementSpec(name="x", criteria=(ach.CriterionSpec("Attended", "status"),))
    ids = [ach.create_achievement(ws, ach.AchievementSpec(**{**spec.__dict__, "name": f"Module {i + 1}"})).id
           for i in range(N_ACHIEVEMENTS)]
    a = [{"achievement": i} for i in ids]
    trees = [
        {"all_of": a[0:3]},
        {"at_least": 3, "of": a[3:8]},
        {"all_of": [a[0], {"at_least": 2, "of": a[8:12]}, {"at_least": 1, "of": a[12:14]}]},
        {"at_least": 2, "of": [{"all_of": a[14:16]}, {"all_of": a[16:18]}, a[18], a[19]]},
        {"all_of": [{"at_least": 4, "of": a[0:10]}, {"at_least": 4, "of": a[10:20]}]},
    ]
    for n, tree in enumerate(trees):
        pid = ach.create_achievement(ws, ach.AchievementSpec(**{**spec.__dict__, "name": f"Pathway {n + 1}"})).id
        pathways.set_requirement(ws, pid, from_json(tree))
    now = datetime.now(UTC)
    with ws.session() as s:
        key_id = s.scalar(select(SigningKey.id))
        versions = {aid: ach.current_version(s, aid).id for aid in ids}
        s.execute(insert(Learner), [{"name": f"Learner {i}", "name_key": f"learner {i}", "family_key": f"{i}",
                                     "email": f"l{i}@example.org"} for i in range(n_learners)])
        learner_ids = list(s.scalars(select(Learner.id)))
        rows = []
        for lid in learner_ids:
            for aid in rnd.sample(ids, N_ACHIEVEMENTS // 2):
                at = now - timedelta(days=rnd.randrange(1, 900))
                roll = rnd.random()
                rows.append({"id": f"urn:uuid:{uuid.uuid4()}", "learner_id": lid, "achievement_id": aid,
                             "version_id": versions[aid], "key_id": key_id, "signed_json": "{}",
                             "recipient_name": "-", "achievement_name": "-", "issued_at": at,
                             "awarded_date": at, "valid_from": at,
                             "valid_until": now - timedelta(days=1) if roll < 0.05 else None,
                             "status": "revoked" if 0.05 <= roll < 0.10 else "active",
                             "superseded_by": "urn:uuid:renewed" if 0.10 <= roll < 0.13 else None})
        s.execute(insert(Credential), rows)
    return ws


def timed(fn: object) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        t = time.perf_counter()
        result = fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=10_000)
    n = ap.parse_args().learners
    t = time.perf_counter()
    ws = build(Path(tempfile.mkdtemp(prefix="badgesmith-pathways-")) / "ws", n)
    with ws.read_session() as s:
        n_creds = s.query(Credential).count()
    print(f"(built {n:,} learners, {N_ACHIEVEMENTS} achievements, 5 pathways, {n_creds:,} credential rows "
          f"in {time.perf_counter() - t:.1f} s; median of {RUNS} runs below)")

    def load() -> object:
        with ws.read_session() as s:
            return pathways.live_holdings(s)

    base, held = timed(load)
    print(f"baseline: load every learner's live credentials   {base * 1000:8.1f} ms  "
          f"({sum(len(h) for h in held.values()):,} live holdings)")  # type: ignore[attr-defined]
    full, result = timed(lambda: pathways.progress_many(ws))
    rows = [p for ps in result.values() for p in ps]  # type: ignore[attr-defined]
    met = sum(p.met for p in rows)
    print(f"progress_many, all learners x 5 pathways          {full * 1000:8.1f} ms  ({full / base:.1f}x the "
          f"baseline; {len(rows):,} evaluations, {met:,} met; goal <= 1000 ms)")
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
