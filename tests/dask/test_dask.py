"""tailorcore.dask on real Dask: a scheduler and two worker processes started on 127.0.0.1, a
LocalCluster, a user lexicon that reaches the workers, and engines built once per process.
Every ranking is compared with Engine.rank over the same postings on this machine."""
import json
import os
import pickle
import socket
import subprocess
import sys
import time

import dask
import dask.bag as db
import pytest
from dask.distributed import Client, LocalCluster

import tailorcore
import tailorcore.dask

EXAMPLES = os.environ["TAILORCORE_EXAMPLES"]
GENERATOR = os.environ["TAILORCORE_FEED_GENERATOR"]


def generated(count, seed):
    out = subprocess.run([sys.executable, GENERATOR, "--count", str(count), "--seed", str(seed)],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def lines(results):
    return [(r.id, r.index, r.score, r.literal_score, r.missing) for r in results]


def by_score(results):
    return sorted(results, key=lambda r: (-r.score, r.index))


@pytest.fixture(scope="module")
def resume():
    return open(os.path.join(EXAMPLES, "resume-en.txt"), encoding="utf-8").read()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args, log):
    return subprocess.Popen([sys.executable, "-m", *args], stdout=log, stderr=subprocess.STDOUT)


def test_a_scheduler_and_two_workers_rank_files_and_shards_as_one_machine(resume, tmp_path):
    postings = generated(20000, 3)
    files = []
    for i in range(4):  # four files of 5,000
        path = tmp_path / f"feed-{i}.jsonl"
        path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n"
                                for p in postings[i * 5000:(i + 1) * 5000]), encoding="utf-8")
        files.append(str(path))
    engine = tailorcore.Engine()
    want = engine.rank(resume, postings, top_k=25, threads=2)
    address = f"tcp://127.0.0.1:{free_port()}"
    log = open(tmp_path / "dask.log", "w")
    processes = [start(["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
                        address.rsplit(":", 1)[1], "--no-dashboard"], log)]
    try:
        for _ in range(2):
            processes.append(start(["distributed.cli.dask_worker", address, "--nworkers", "1",
                                    "--nthreads", "1", "--no-dashboard", "--memory-limit", "0"],
                                   log))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            assert len(client.scheduler_info()["workers"]) == 2
            bag = db.read_text(files).map(json.loads)
            assert bag.npartitions == 4
            assert lines(tailorcore.dask.rank(resume, bag, top_k=25, engine=engine)) == lines(want)
            shards = tailorcore.dask.build_index(bag, tmp_path / "shards", shards=4, engine=engine)
            assert [os.path.basename(p) for p in shards] == [f"shard-0000{i}.idx" for i in range(4)]
            assert sum(len(tailorcore.Index.open(p, engine)) for p in shards) == 20000
            assert lines(tailorcore.dask.rank(resume, shards, top_k=25, engine=engine)) == lines(want)
            # Both workers took part.
            assert len({w for w in client.run(os.getpid).values()}) == 2
    finally:
        for p in reversed(processes):
            p.terminate()
        for p in processes:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        log.close()


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as c, Client(c) as client:
        yield client


def test_local_cluster_every_result_and_ids_by_position(resume, cluster):
    postings = generated(1200, 5)
    for i, p in enumerate(postings):
        if i % 3 == 0:
            del p["id"]  # no id: the result's id is its position among all postings
    engine = tailorcore.Engine()
    bag = db.from_sequence(postings, npartitions=5)
    want = by_score(engine.rank(resume, postings))
    assert lines(tailorcore.dask.rank(resume, bag, top_k=None, engine=engine)) == lines(want)
    assert lines(tailorcore.dask.rank(resume, bag, top_k=7, engine=engine)) == lines(want[:7])
    assert want[0].id in (want[0].index, postings[want[0].index].get("id"))
    with pytest.raises(TypeError):
        tailorcore.dask.rank(engine.analyze_resume(resume), bag)
    with pytest.raises(TypeError):
        tailorcore.dask.rank(resume, [3, 4])


def test_a_user_lexicon_reaches_the_workers(tmp_path, cluster):
    lexicon = tmp_path / "team.tsv"
    lexicon.write_text("skill\tzorblax\tZorblax\ttools\t\n", encoding="utf-8")
    engine = tailorcore.Engine(extra_lexicons=[str(lexicon)], weights={"required_weight": 4})
    postings = [{"id": f"z{i}", "text": f"Requirements\n- Zorblax\n- {s}\n"}
                for i, s in enumerate(["Python", "Go", "Kafka", "Java"] * 5)]
    resume = "Experience\n- Built Zorblax pipelines in Python\n"
    want = by_score(engine.rank(resume, postings))
    assert any("zorblax" not in r.missing for r in want)  # the skill counts here
    assert lines(want) != lines(by_score(tailorcore.Engine().rank(resume, postings)))
    lexicon.unlink()  # the file's contents travel with the engine, not its path
    bag = db.from_sequence(postings, npartitions=4)
    assert lines(tailorcore.dask.rank(resume, bag, top_k=None, engine=engine)) == lines(want)


def test_engines_are_built_once_per_worker_process(cluster):
    engine = tailorcore.Engine(weights={"preferred_weight": 1.5})
    assert pickle.loads(pickle.dumps(engine)) is pickle.loads(pickle.dumps(engine))

    def which(_, e):
        return os.getpid(), id(e)

    seen = dask.compute(*[dask.delayed(which)(i, engine) for i in range(40)])
    per_process = {}
    for pid, engine_id in seen:
        per_process.setdefault(pid, set()).add(engine_id)
    assert len(per_process) == 2 and all(len(ids) == 1 for ids in per_process.values())


def test_an_index_pickles_as_its_path(tmp_path, resume):
    engine = tailorcore.Engine()
    index = tailorcore.Index.build(tmp_path / "jobs.idx", generated(50, 9), engine=engine)
    again = pickle.loads(pickle.dumps(index))
    assert again.path == index.path and len(again) == 50
    assert lines(engine.rank(resume, again, top_k=5)) == lines(engine.rank(resume, index, top_k=5))


def test_a_filtered_bag_builds_only_the_shards_it_fills(resume, tmp_path, cluster):
    postings = generated(300, 8)
    bag = db.from_sequence(postings, npartitions=6).filter(lambda p: int(p["id"].split("-")[1]) < 100)
    engine = tailorcore.Engine()
    shards = tailorcore.dask.build_index(bag, tmp_path / "filtered", shards=3, engine=engine)
    assert 1 <= len(shards) <= 3
    assert sum(len(tailorcore.Index.open(p, engine)) for p in shards) == 100
    want = engine.rank(resume, postings[:100], top_k=5)
    assert lines(tailorcore.dask.rank(resume, shards, top_k=5, engine=engine)) == lines(want)
